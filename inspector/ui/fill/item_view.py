"""One checklist item as a card: what to check, how, on what basis, and the answer."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.schema import Method
from inspector.checklists.sources import load_sources
from inspector.scoring import FAIL, NA, PASS, InvalidAnswer, judge, parse_value
from inspector.ui.fill.editors import ValueEditor, make_editor
from inspector.ui.fill.photos import PhotoStrip, image_files
from inspector.ui.fill.repeat_table import RepeatTable
from inspector.ui.fill.state import Entry

if TYPE_CHECKING:
    from inspector.ui.fill.fill_page import FillPage

FAIL_COLOR = "#c62828"
PASS_COLOR = "#2e7d32"
WARN_COLOR = "#b45309"
NOTE_DELAY_MS = 400


def _badge(text: str, fg: str, bg: str | None = None) -> QLabel:
    label = QLabel(text)
    style = f"color: {fg}; border: 1px solid {fg}; border-radius: 3px; padding: 0px 5px;"
    if bg:
        style = f"color: {fg}; background: {bg}; border-radius: 3px; padding: 1px 6px;" \
                " font-weight: bold;"
    label.setStyleSheet(style)
    return label


class ItemCard(QFrame):
    def __init__(self, entry: Entry, page: FillPage, inspection_date: date):
        super().__init__()
        self.entry = entry
        self.page = page
        self.lang = page.lang
        self.inspection_date = inspection_date
        self.current = False
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        item = entry.item
        lang = self.lang

        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(5)

        # number, severity, methods ... result
        top = QHBoxLayout()
        top.setSpacing(8)
        number = QLabel(f"<b>{entry.number}</b>")
        number.setToolTip(f"{entry.checklist.id} / {item.id}")
        top.addWidget(number)
        if item.severity == "critical":
            top.addWidget(_badge(self.tr("Critical · veto"), "#ffffff", FAIL_COLOR))
        elif item.severity == "major":
            top.addWidget(_badge(self.tr("Major"), WARN_COLOR))
        else:
            minor = QLabel(self.tr("Minor"))
            minor.setEnabled(False)
            top.addWidget(minor)
        methods = QLabel(" · ".join(self._method(m) for m in item.methods))
        methods.setEnabled(False)
        top.addWidget(methods)
        if item.photo_on_fail:
            photo_rule = QLabel(self.tr("photo if failed"))
            photo_rule.setEnabled(False)
            top.addWidget(photo_rule)
        top.addStretch(1)
        item_id = QLabel(item.id)
        item_id.setEnabled(False)
        top.addWidget(item_id)
        top.addSpacing(12)
        self.result_label = QLabel()
        top.addWidget(self.result_label)
        outer.addLayout(top)

        self.prompt = QLabel(item.prompt.get(lang))
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.12)
        font.setBold(True)
        self.prompt.setFont(font)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        outer.addWidget(self.prompt)

        guidance = QLabel(self.tr("How to check: {text}").format(
            text=item.guidance.get(lang)))
        guidance.setTextFormat(Qt.TextFormat.PlainText)
        guidance.setWordWrap(True)
        guidance.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(guidance)

        self.citations = QLabel(self._citations_html())
        self.citations.setWordWrap(True)
        self.citations.setTextFormat(Qt.TextFormat.RichText)
        self.citations.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.citations.linkActivated.connect(self._toggle_quotes)
        self.citations.setToolTip(self._quotes_html())
        outer.addWidget(self.citations)
        self.quotes = QLabel(self._quotes_html())
        self.quotes.setWordWrap(True)
        self.quotes.setTextFormat(Qt.TextFormat.RichText)
        self.quotes.setVisible(False)
        self.quotes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quotes.setFrameShape(QFrame.Shape.StyledPanel)
        self.quotes.setContentsMargins(6, 4, 6, 4)
        outer.addWidget(self.quotes)

        # the answer
        self.not_applicable_label = QLabel()
        self.not_applicable_label.setVisible(False)
        outer.addWidget(self.not_applicable_label)
        self.editor: ValueEditor | None = None
        self.table: RepeatTable | None = None
        if item.response.type == "repeat":
            self.table = RepeatTable(item, lang, inspection_date)
            self.table.row_added.connect(lambda row: page.row_added(entry, row))
            self.table.row_changed.connect(lambda row: page.row_changed(entry, row))
            self.table.row_removed.connect(lambda row: page.row_removed(entry, row))
            self.table.row_moved.connect(lambda row, pos: page.row_moved(entry, row, pos))
            self.table.escape.connect(page.back_to_items)
            outer.addWidget(self.table)
        else:
            self.editor = make_editor(item, lang, inspection_date)
            assert self.editor is not None
            self.editor.edited.connect(lambda value: page.save_value(entry, value))
            self.editor.preview.connect(self._preview)
            outer.addWidget(self.editor)

        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {FAIL_COLOR};")
        self.reason.setVisible(False)
        outer.addWidget(self.reason)
        self.mark = QLabel()
        self.mark.setStyleSheet(f"color: {WARN_COLOR}; font-weight: bold;")
        self.mark.setVisible(False)
        outer.addWidget(self.mark)

        bottom = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (N) — what you saw, who said what"))
        self.note.setClearButtonEnabled(True)
        self.note.setMaxLength(2000)
        bottom.addWidget(self.note, 1)
        self.photos = PhotoStrip()
        self.photos.add_clicked.connect(lambda: page.add_photo_dialog(entry))
        self.photos.photo_clicked.connect(lambda i: page.open_viewer(entry, i))
        bottom.addWidget(self.photos)
        outer.addLayout(bottom)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.note.textEdited.connect(lambda _t: self._note_timer.start())
        self.note.editingFinished.connect(self.flush_note)
        self._saved_note = entry.answer.note

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {FAIL_COLOR}; font-weight: bold;")
        self.error.setVisible(False)
        outer.addWidget(self.error)

        for w in self._focusables():
            w.installEventFilter(self)
        self.refresh()

    # --- text ----------------------------------------------------------------------

    def _method(self, method: Method) -> str:
        return {Method.LOOK: self.tr("look"), Method.ASK: self.tr("ask"),
                Method.RECORD: self.tr("see records"),
                Method.MEASURE: self.tr("measure")}[method]

    def _citations_html(self) -> str:
        sources = load_sources()
        parts = []
        for c in self.entry.item.citations:
            doc = sources.get(c.source)
            name = f"《{doc.title}》" if doc else c.source
            parts.append(f"{html.escape(name)} {html.escape(c.clause)}")
        for r in self.entry.item.references:
            parts.append(html.escape(f"{r.title} {r.clause or ''}".strip()))
        link = self.tr("quotes")
        return (html.escape(self.tr("Basis:")) + " " + "；".join(parts)
                + f" &nbsp;<a href='quotes'>{html.escape(link)}</a>")

    def _quotes_html(self) -> str:
        sources = load_sources()
        lines = []
        for c in self.entry.item.citations:
            doc = sources.get(c.source)
            head = f"{doc.issuer} {doc.number} {c.clause}" if doc else c.label
            lines.append(f"<b>{html.escape(head)}</b>：{html.escape(c.quote)}")
        for r in self.entry.item.references:
            says = r.says.get(self.lang) if r.says else ""
            lines.append(f"<b>{html.escape(r.title)} {html.escape(r.clause or '')}</b>"
                         f"：{html.escape(says)}")
        return "<br>".join(lines)

    def _toggle_quotes(self, _link: str = "") -> None:
        self.quotes.setVisible(not self.quotes.isVisible())

    # --- state ---------------------------------------------------------------------

    def _focusables(self) -> list[QWidget]:
        return [w for w in self.findChildren(QWidget)
                if w.focusPolicy() != Qt.FocusPolicy.NoFocus]

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def refresh(self) -> None:
        """Show the entry's answer as it now stands."""
        a = self.entry.answer
        if self.editor is not None:
            self.editor.set_value(a.value)
        if self.table is not None and self.table.rows is not a.rows:
            self.table.set_rows(a.rows)
        self._show_result(a.result, a.reason, a.not_applicable)
        if not self.note.hasFocus() and not self._note_timer.isActive():
            self.note.setText(a.note)
        self.photos.set_photos(a.photos)
        missing = self.entry.missing
        if missing == "photo":
            self.mark.setText("⚠ " + self.tr("photo required: a failed item of this checklist "
                                              "needs a photo as evidence"))
        elif missing == "note":
            self.mark.setText("⚠ " + self.tr("note required: a failed critical item needs a "
                                              "note or a photo"))
        self.mark.setVisible(missing is not None)
        errors = []
        if a.error:
            errors.append("⚠ " + self.tr("Not saved: {reason}").format(reason=a.error))
        if a.photo_error:
            errors.append("⚠ " + a.photo_error)
        self.error.setText("\n".join(errors))
        self.error.setVisible(bool(errors))
        if not self.entry.applicable:
            self.not_applicable_label.setText(self.tr("Not applicable to this facility"))
            self.not_applicable_label.setVisible(True)

    def _show_result(self, result: str | None, reason: dict[str, str] | None, na: bool,
                     unsaved: bool = False) -> None:
        if na or result == NA:
            text, color = self.tr("N.A."), None
        elif result == PASS:
            text, color = "✔ " + self.tr("Pass"), PASS_COLOR
        elif result == FAIL:
            text, color = "✘ " + self.tr("Fail"), FAIL_COLOR
        elif self.entry.counts:
            text, color = self.tr("recorded"), None
        else:
            text, color = self.tr("not answered"), None
        if unsaved:
            text += " " + self.tr("(not saved yet)")
        self.result_label.setText(text)
        self.result_label.setStyleSheet(f"color: {color}; font-weight: bold;" if color
                                        else "font-weight: bold;")
        self.result_label.setEnabled(color is not None or na or result == NA)
        show_reason = result == FAIL and bool(reason) and not na
        self.reason.setText(reason.get(self.lang, "") if show_reason and reason else "")
        self.reason.setVisible(show_reason)
        if self.editor is not None:
            self.editor.setEnabled(not na and not self.page.locked)

    def _preview(self, raw: Any) -> None:
        """Judge a value while it is being typed, before it is saved."""
        item = self.entry.item
        if raw is None:
            self._show_result(None, None, False, unsaved=True)
            return
        try:
            value = parse_value(item, raw, self.inspection_date)
        except InvalidAnswer as exc:
            self.result_label.setText("⚠ " + self.tr("invalid"))
            self.result_label.setStyleSheet(f"color: {FAIL_COLOR}; font-weight: bold;")
            self.reason.setText(self.page.explain_invalid(item, raw, exc))
            self.reason.setVisible(True)
            return
        j = judge(item, value, self.inspection_date)
        reason = {"zh": j.reason.zh, "en": j.reason.en} if j.reason else None
        self._show_result(j.result, reason, False, unsaved=True)

    def flush_note(self) -> None:
        self._note_timer.stop()
        text = self.note.text().strip()
        if text != self._saved_note.strip():
            self._saved_note = text
            self.page.save_note(self.entry, text)

    def flush(self) -> None:
        self.flush_note()
        if self.editor is not None:
            self.editor.flush()

    def set_read_only(self, read_only: bool) -> None:
        if self.editor is not None:
            self.editor.set_read_only(read_only)
        if self.table is not None:
            self.table.set_read_only(read_only)
        self.note.setReadOnly(read_only)
        self.photos.set_read_only(read_only)
        self.setAcceptDrops(not read_only)

    def focus_value(self) -> bool:
        if self.editor is not None:
            return self.editor.focus_editor()
        if self.table is not None:
            return self.table.focus_editor()
        return False

    # --- events --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            if watched is self.note:
                self.flush_note()
            elif self.editor is not None:
                self.editor.flush()
            self.page.back_to_items()
            return True
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.page.select(self.entry, focus_list=True)
        super().mousePressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if not self.page.locked and (image_files(mime) or mime.hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        self.page.select(self.entry, focus_list=True)
        files = image_files(mime)
        if files:
            self.page.add_photo_files(self.entry, files)
        elif mime.hasImage():
            self.page.add_photo_image(self.entry, mime.imageData())
        event.acceptProposedAction()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        if self.current:
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2.5))
        else:
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawRoundedRect(rect, 6, 6)
        if self.entry.critical_failed or self.entry.missing:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(FAIL_COLOR if self.entry.critical_failed else WARN_COLOR))
            painter.drawRoundedRect(QRectF(1.5, 1.5, 5, rect.height()), 2, 2)
        painter.end()
