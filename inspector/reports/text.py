"""Chinese line breaking for ReportLab paragraphs.

ReportLab's CJK wrapping (``wordWrap='CJK'``) hangs a character that may not start
a line in the right margin, but its list of such characters lacks the full-width
，；：！？ and 》 (it has 、。）」』】). ``install_kinsoku()`` adds them to
``reportlab.lib.textsplit.ALL_CANNOT_START`` and to the copy
``reportlab.platypus.paragraph`` imported, which is the one the layout reads.

ReportLab hangs at most one character, so after a run of two closing marks
(``」；``, ``）。``) the second still starts the next line. ``cjk_split`` replaces
the splitter ReportLab uses for a paragraph of one text fragment
(``textsplit.dumbSplit``): it hangs one closing mark when that is enough, and
otherwise carries characters over to the next line until that line starts with
one that may start it; it also keeps an opening bracket off a line end and a
Latin word in one piece when the line has a place to break before it. Paragraphs
made by ``Styles.p`` are always one fragment (no markup, no ``<br/>``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

import reportlab.lib.textsplit as textsplit
import reportlab.platypus.paragraph as rl_paragraph
from reportlab.pdfbase.pdfmetrics import stringWidth

#: Characters that must not start a line (Chinese closing punctuation).
CANNOT_START = "，。；：！？、）》」』】〕〉”’…"
#: Characters a test checks never start an extracted line.
FORBIDDEN_LINE_START = "，。；：！？"


#: ReportLab's own splitter, before ``install_kinsoku`` replaces it.
RL_DUMB_SPLIT = textsplit.dumbSplit
#: Characters that must not end a line (opening brackets and quotes).
CANNOT_END = "（《「『【〔〈“‘([{"
_FUZZ = 1e-8


def _is_cjk_char(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def _fit(word: str, widths: Sequence[float], start: int, max_width: float) -> int:
    """End (exclusive) of the longest line from ``start`` that fits (at least one char)."""
    used, i, n = 0.0, start, len(word)
    while i < n and (i == start or used + widths[i] <= max_width + _FUZZ):
        used += widths[i]
        i += 1
    return i


def _break_at(word: str, start: int, i: int) -> int:
    """Where to end the line that would end before ``i`` (the first char that did not fit)."""
    n = len(word)
    if i >= n:
        return n
    # Kinsoku: hang one closing mark in the margin if that settles it.
    if word[i] in CANNOT_START and (i + 1 >= n or word[i + 1] not in CANNOT_START):
        return i + 1
    k = i
    # Otherwise carry characters over until the next line may start where we break.
    while k > start + 1 and (word[k] in CANNOT_START or word[k - 1] in CANNOT_END):
        k -= 1
    if k == start + 1 and (word[k] in CANNOT_START or word[k - 1] in CANNOT_END):
        k = i  # no better place on this line: keep ReportLab's cut
    # Keep a Latin word whole: break at a space or a CJK boundary in the second half.
    if not _is_cjk_char(word[k]) and not word[k].isspace() and not word[k - 1].isspace() \
            and not _is_cjk_char(word[k - 1]):
        for j in range(k - 1, (start + k) // 2, -1):
            if word[j].isspace():
                return j + 1
            if _is_cjk_char(word[j]) and word[j + 1] not in CANNOT_START:
                return j + 1
    return k


def cjk_split(word: str, widths: Sequence[float],
              max_widths: float | Sequence[float]) -> list[list[Any]]:
    """``textsplit.dumbSplit`` with line-start rules: lines as [extra space, text]."""
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    lines: list[list[Any]] = []
    start, n = 0, len(word)
    while start < n:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        end = _break_at(word, start, _fit(word, widths, start, max_width))
        text = word[start:end]
        used = sum(widths[start:end])
        if end < n:
            text = text.rstrip()
            used -= sum(widths[start + len(text):end])
        lines.append([max_width - used, text])
        start = end
        while start < n and word[start].isspace() and start > 0:
            start += 1
    return lines


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def char_widths(word: str, font_name: str, font_size: float) -> list[float]:
    """``textsplit.getCharWidths`` with a cache per font and size: ReportLab measures
    every character of every CJK paragraph one ``stringWidth`` call at a time."""
    table = _WIDTHS.setdefault((font_name, font_size), {})
    out = []
    for ch in word:
        w = table.get(ch)
        if w is None:
            w = table[ch] = stringWidth(ch, font_name, font_size)
        out.append(w)
    return out


def install_kinsoku() -> None:
    """Make ReportLab's CJK wrapping refuse CANNOT_START at a line start (idempotent):
    the hanging set for paragraphs of several fragments, ``cjk_split`` for the rest."""
    extra = "".join(c for c in CANNOT_START if c not in textsplit.ALL_CANNOT_START)
    if extra:
        textsplit.ALL_CANNOT_START = textsplit.ALL_CANNOT_START + extra
    rl_paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START
    textsplit.dumbSplit = cjk_split
    textsplit.getCharWidths = char_widths


install_kinsoku()


def has_cjk(text: str) -> bool:
    return any("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef" for ch in text)


def para_text(text: str) -> str:
    """Plain text as Paragraph markup of one fragment: escaped, line breaks as spaces."""
    return escape(" ".join(text.split("\n")))


def line_texts(paragraph: rl_paragraph.Paragraph, width: float) -> list[str]:
    """The lines a paragraph is broken into at ``width`` (wraps it first)."""
    paragraph.wrap(width, 10_000)
    bl = paragraph.blPara
    out = []
    for line in bl.lines:
        if bl.kind == 0:  # simple lines: (extra space, words)
            out.append(" ".join(line[1]))
        else:
            words = getattr(line, "words", [])
            out.append("".join(getattr(w, "text", "") for w in words)
                       if words else "".join(getattr(line, "text", "")))
    return out
