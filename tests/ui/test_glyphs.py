"""No missing glyphs on screen: every character the app can show — checklist text,
the seed citations' titles, the Chinese translation and the UI's own symbols — is
drawn with ink by the application font set up by ``inspector.ui.app``."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QPainter

from inspector.fonts import find_cjk_font
from inspector.ui.app import register_cjk_font
from tests.tooling import need

ROOT = Path(__file__).resolve().parents[2]


def _characters() -> set[str]:
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "checklists").glob("*.yaml")]
    texts += [p.read_text(encoding="utf-8")
              for p in (ROOT / "resources" / "translations").glob("*.ts")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "inspector" / "ui").rglob("*.py")]
    return {c for text in texts for c in text
            if not c.isascii() and not c.isspace()
            and unicodedata.category(c)[0] not in "CZ"}  # controls, separators


def _render(font: QFont, char: str) -> QImage:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, char)
    painter.end()
    return image


def _drawn(font: QFont, char: str, notdef: QImage) -> bool:
    """Ink, and not the box a font draws for a character it does not have."""
    image = _render(font, char)
    inked = any(image.pixelColor(x, y).lightness() < 160
                for y in range(0, 64, 2) for x in range(64))
    return inked and image != notdef


def test_every_character_the_app_shows_has_a_glyph(qapp) -> None:
    need(find_cjk_font() is not None, "a TrueType CJK font (fonts-wqy-microhei)")
    register_cjk_font(qapp)
    font = QFont(qapp.font())
    font.setPixelSize(28)
    chars = _characters()
    assert {"托", "育", "℃", "《", "》", "（"} <= chars  # the scan sees what matters
    notdef = _render(font, "\U0010fffd")  # a private-use character no font has
    missing = sorted(c for c in chars if not _drawn(font, c, notdef))
    assert missing == [], "not drawn: " + " ".join(f"{c} U+{ord(c):04X}" for c in missing)


def test_the_check_sees_blank_and_boxed_glyphs(qapp) -> None:
    font = QFont()
    font.setPixelSize(28)
    notdef = _render(font, "\U0010fffd")
    assert _drawn(font, "A", notdef)
    assert not _drawn(font, "\U0010fffe", notdef)  # another character nobody draws
