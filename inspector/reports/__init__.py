"""PDF documents handed to the facility: the inspection report and the
rectification notice (整改通知书), drawn with ReportLab.

Every font is the embedded CJK TrueType font found by ``inspector.fonts`` (no
Helvetica anywhere); Chinese lines never start with closing punctuation. The
core never imports Qt.
"""

from __future__ import annotations

from inspector.reports.notice import render_notice
from inspector.reports.report import inspection_digest, qr_payload, render_report

__all__ = ["inspection_digest", "qr_payload", "render_notice", "render_report"]
