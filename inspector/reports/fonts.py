"""Registering the CJK TrueType font with ReportLab, embedded, as regular and bold.

ReportLab embeds a subset of a ``TTFont``. The built-in Helvetica (never embedded)
must not appear in a report, so every style, table style, the canvas default and
the page footer use ``FONT`` / ``BOLD`` registered here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from inspector.fonts import find_cjk_font, font_install_hint, is_cjk_truetype

FONT = "InspectorCJK"
BOLD = "InspectorCJK-Bold"

# ASCII85 made one photo-heavy report 18.7 s instead of 0.34 s (technical notes).
rl_config.useA85 = 0

# A bold face shipped next to a regular one (Windows: msyh.ttc -> msyhbd.ttc).
_BOLD_SIBLINGS = {"msyh.ttc": "msyhbd.ttc", "simsun.ttc": "simsunb.ttf",
                  "stheiti light.ttc": "STHeiti Medium.ttc"}


class FontMissing(RuntimeError):
    """No usable Chinese TrueType font; the message says what to install."""


@dataclass(frozen=True)
class RegisteredFonts:
    regular: str
    bold: str
    path: Path
    bold_path: Path


def _bold_file(path: Path) -> Path:
    sibling = _BOLD_SIBLINGS.get(path.name.lower())
    if sibling:
        candidate = path.with_name(sibling)
        if candidate.is_file() and is_cjk_truetype(candidate):
            return candidate
    return path


@functools.cache
def register_fonts(path: Path | None = None) -> RegisteredFonts:
    """Register FONT and BOLD (once per process) and return what was registered.

    Without a separate bold file, BOLD is the regular face under a second name
    (one embedded subset each); headings are set apart by size instead.
    """
    font_path = path or find_cjk_font()
    if font_path is None:
        raise FontMissing(font_install_hint())
    bold_path = _bold_file(Path(font_path))
    pdfmetrics.registerFont(TTFont(FONT, str(font_path), subfontIndex=0))
    if bold_path == Path(font_path):
        bold = FONT  # the same embedded subset, no second copy of the font
    else:
        pdfmetrics.registerFont(TTFont(BOLD, str(bold_path), subfontIndex=0))
        bold = BOLD
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=bold, italic=FONT, boldItalic=bold)
    for b in (0, 1):
        for i in (0, 1):
            addMapping(FONT, b, i, bold if b else FONT)
    return RegisteredFonts(FONT, bold, Path(font_path), bold_path)
