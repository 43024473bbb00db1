"""Shared page layout of the report and the notice: styles, the page canvas with
header and "page x of y" footer (and the QR code), and small flowable helpers.

Every style, table style and the canvas use the embedded CJK font: a PDF made here
never references Helvetica.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.paraparser import ParaParser

from inspector.localtime import format_local
from inspector.reports import text as _text  # installs the line-start rules
from inspector.reports.fonts import register_fonts
from inspector.reports.labels import LANGS, label
from inspector.reports.qr import define_qr_form

PAGE = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 26 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
QR_SIZE = 17 * mm

GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#F2F2F2")
RULE = colors.HexColor("#9A9A9A")
FAIL_BG = colors.HexColor("#FDE4E4")
FAIL_FG = colors.HexColor("#B00020")
PASS_FG = colors.HexColor("#1B7F3B")
BASIC_FG = colors.HexColor("#B36B00")


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")


def local_time(moment: datetime | None) -> str:
    """A stored UTC time in the laptop's local time, to the minute ("—" when absent),
    as the screens and the spreadsheets show it (``inspector/localtime.py``)."""
    return format_local(moment)


class Styles:
    """Paragraph styles; ``p(text, name)`` picks CJK wrapping when the text has Chinese."""

    def __init__(self) -> None:
        fonts = register_fonts()
        self.font, self.bold = fonts.regular, fonts.bold
        base = dict(fontName=self.font, bulletFontName=self.font, fontSize=9, leading=12.5)
        spec: dict[str, dict[str, Any]] = {
            "body": {},
            "cell": dict(fontSize=8.5, leading=11.5),
            "cell_bold": dict(fontSize=8.5, leading=11.5, fontName=self.bold),
            "cell_fail": dict(fontSize=8.5, leading=11.5, fontName=self.bold, textColor=FAIL_FG),
            "cell_grey": dict(fontSize=8.5, leading=11.5, textColor=GREY),
            "small": dict(fontSize=7, leading=9, textColor=GREY),
            "small_fail": dict(fontSize=7.5, leading=9.5, textColor=FAIL_FG),
            "caption": dict(fontSize=7, leading=9, textColor=GREY, alignment=TA_CENTER),
            "title": dict(fontSize=17, leading=22, fontName=self.bold, alignment=TA_CENTER),
            "subtitle": dict(fontSize=10.5, leading=14, alignment=TA_CENTER, textColor=GREY),
            "number": dict(fontSize=9, leading=12, alignment=TA_RIGHT),
            "h2": dict(fontSize=12, leading=16, fontName=self.bold, spaceBefore=8,
                       spaceAfter=4),
            "h3": dict(fontSize=10, leading=13, fontName=self.bold, spaceBefore=5,
                       spaceAfter=3),
            "verdict": dict(fontSize=20, leading=25, fontName=self.bold),
        }
        self._styles: dict[tuple[str, bool], ParagraphStyle] = {}
        self._templates: dict[str, Any] = {}
        for name, extra in spec.items():
            for cjk in (True, False):
                values = {**base, **extra}
                if cjk:
                    values["wordWrap"] = "CJK"
                self._styles[name, cjk] = ParagraphStyle(f"{name}-{cjk}", **values)

    def style(self, name: str, cjk: bool = True) -> ParagraphStyle:
        return self._styles[name, cjk]

    def p(self, text: str, name: str = "body", **overrides: Any) -> Paragraph:
        style = self._styles[name, _text.has_cjk(text)]
        if overrides:  # rare: parsed the ordinary way
            style = ParagraphStyle(f"{style.name}-x", parent=style, **overrides)
            return Paragraph(_text.para_text(text), style)
        # Plain text, one fragment: made from the style's template fragment instead of
        # running ReportLab's markup parser on every cell (a third of the render time).
        plain = " ".join(text.split("\n"))
        fragment = copy.copy(self._template(style))
        fragment.text = plain
        return Paragraph(_text.para_text(text), style, frags=[fragment])

    def _template(self, style: ParagraphStyle) -> Any:
        template = self._templates.get(style.name)
        if template is None:
            _, frags, _ = ParaParser().parse("x", style)
            template = self._templates[style.name] = frags[0]
        return template

    def table_style(self, *commands: tuple[Any, ...], header: bool = True,
                    grid: bool = True) -> TableStyle:
        base: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), self.font, 8.5, 11.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if grid:
            base.append(("GRID", (0, 0), (-1, -1), 0.4, RULE))
        if header:
            base += [("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                     ("FONT", (0, 0), (-1, 0), self.bold, 8.5)]
        return TableStyle(base + list(commands))

    def table(self, rows: Sequence[Sequence[Any]], widths: Sequence[float],
              *commands: tuple[Any, ...], header: bool = True, repeat: int = 1,
              grid: bool = True) -> Table:
        t = Table(list(map(list, rows)), colWidths=list(widths),
                  repeatRows=repeat if header else 0, hAlign="LEFT")
        t.setStyle(self.table_style(*commands, header=header, grid=grid))
        return t


# The report number of a preview of an inspection that is not signed yet.
DRAFT_NUMBER = "DRAFT"
# The mark across every page of an unsigned copy of a signed inspection's document.
COPY_MARK = "copy_mark"
DRAFT_GREY = colors.Color(0.55, 0.55, 0.55, alpha=0.28)


@dataclass(frozen=True)
class PageDecor:
    """What every page shows besides the flow: header line, footer, QR code."""

    lang: str
    title_key: str
    report_number: str
    issuer: str
    qr_payload: str | None
    font: str
    mark: str | None = None  # a label key written across every page (COPY_MARK)

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        w, h = PAGE
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        # header
        canvas.setFont(self.font, 7.5)
        top = h - MARGIN_TOP + 8 * mm
        canvas.drawString(MARGIN_X, top, label(self.title_key, self.lang))
        canvas.drawRightString(w - MARGIN_X, top,
                               f"{label('report_number', self.lang)}: {self.report_number}")
        canvas.line(MARGIN_X, top - 2.5 * mm, w - MARGIN_X, top - 2.5 * mm)
        # footer
        base = 9 * mm
        canvas.line(MARGIN_X, base + QR_SIZE + 1.5 * mm, w - MARGIN_X, base + QR_SIZE + 1.5 * mm)
        canvas.setFont(self.font, 8)
        canvas.drawString(MARGIN_X, base + 9 * mm,
                          f"{label('report_number', self.lang)}: {self.report_number}")
        canvas.drawString(MARGIN_X, base + 4.5 * mm, self.issuer)
        canvas.drawCentredString(w / 2, base + 9 * mm,
                                 label("page", self.lang, page=page, pages=pages))
        if self.qr_payload:
            canvas.setFont(self.font, 6.5)
            canvas.drawRightString(w - MARGIN_X - QR_SIZE - 2 * mm, base + 4.5 * mm,
                                   label("qr_hint", self.lang))
            canvas.translate(w - MARGIN_X - QR_SIZE, base)
            canvas.doForm("reportQR")
        canvas.restoreState()
        if self.report_number == DRAFT_NUMBER and self.mark is None:
            self._watermark(canvas, "draft_mark")
        elif self.mark is not None:
            self._watermark(canvas, self.mark)

    def _watermark(self, canvas: Canvas, key: str) -> None:
        """Across every page of a draft or a copy: this is not an issued document."""
        w, h = PAGE
        canvas.saveState()
        canvas.setFillColor(DRAFT_GREY)
        canvas.translate(w / 2, h / 2)
        canvas.rotate(35)
        canvas.setFont(self.font, 30 if self.lang != "both" else 22)
        for offset, line in enumerate(label(key, self.lang, sep="\n").split("\n")):
            canvas.drawCentredString(0, -offset * 36, line)
        canvas.restoreState()


def canvas_class(decor: PageDecor) -> type[Canvas]:
    """A canvas that keeps its pages until the end so each can say "page x of y"."""

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = decor.font
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number == 1 and decor.qr_payload:
                    define_qr_form(self, "reportQR", decor.qr_payload, QR_SIZE)
                decor.draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas


def build(story: list[Flowable], decor: PageDecor, *, title: str, subject: str,
          on_page: Callable[[Canvas, Any], None] | None = None) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, subject=subject, author=decor.issuer,
        creator="Childcare Safety & Hygiene Inspector", initialFontName=decor.font,
        initialFontSize=9, initialLeading=12)
    doc.build(story, canvasmaker=canvas_class(decor))
    return out.getvalue()
