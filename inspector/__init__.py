"""托育机构安全卫生检查 — Childcare Safety & Hygiene Inspector.

The package is split into a core that never imports Qt (storage, checklists,
scoring, findings, facilities, photos, demo data, command line) and, later, the
desktop UI that is a client of the core.
"""

__version__ = "0.1.0"
