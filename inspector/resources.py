"""Where bundled files (checklists, seed texts, translations) are found.

One function serves both a source checkout and a frozen build (PyInstaller sets
``sys._MEIPASS``), so no other module needs to know how the app was installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/``."""
    return _ROOT.joinpath("resources", *parts)


def checklists_dir() -> Path:
    """The folder of the bundled checklist data files."""
    return _ROOT / "checklists"
