"""One checklist item as a card: what to check, how, on what basis, and the answer."""

from __future__ import annotations

import html
import re
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
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.schema import Method
from inspector.checklists.sources import load_sources
from inspector.scoring import FAIL, NA, PASS, InvalidAnswer, judge, parse_value
from inspector.ui.fill.answer_text import invalid_message
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


_DATE_CHARS = re.compile(r"^[\d\s\-/.年月日\uff10-\uff19\uff0d\uff0f\uff0e]*$")


def _unfinished_date(text: str) -> bool:
    """Digits and date separators short of a whole date: still being typed."""
    return bool(_DATE_CHARS.match(text)) and len(re.sub(r"\D", "", text)) < 8


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

        # the answer, with N/A and Clear beside it (mouse and keyboard alike)
        self.not_applicable_label = QLabel()
        self.not_applicable_label.setVisible(False)
        outer.addWidget(self.not_applicable_label)
        self.na_button = QPushButton(self.tr("N.A.  (3)"))
        self.na_button.setCheckable(True)
        self.na_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.na_button.setToolTip(
            self.tr("Not applicable (key 3); click again to take it back. A critical item "
                    "asks for the reason.") if item.severity == "critical" else
            self.tr("Not applicable (key 3); click again to take it back."))
        self.na_button.clicked.connect(lambda _c=False: page.toggle_not_applicable(entry))
        self.clear_button = QPushButton(self.tr("Clear answer"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setToolTip(self.tr("Remove the answer of this item (Delete)"))
        self.clear_button.clicked.connect(lambda _c=False: page.clear_answer(entry))
        for button in (self.na_button, self.clear_button):
            button.installEventFilter(self)  # a click gives the keys back to the list
        self.editor: ValueEditor | None = None
        self.table: RepeatTable | None = None
        if item.response.type == "repeat":
            self.table = RepeatTable(item, lang, inspection_date)
            self.table.row_added.connect(lambda row: page.row_added(entry, row))
            self.table.row_changed.connect(lambda row: page.row_changed(entry, row))
            self.table.row_removed.connect(lambda row: page.row_removed(entry, row))
            self.table.row_moved.connect(lambda row, pos: page.row_moved(entry, row, pos))
            self.table.escape.connect(page.back_to_items)
            self.table.cells_checked.connect(lambda: page.input_checked(entry))
            self.table.typed_outside_cell.connect(page.explain_table_keys)
            self.table.buttons_row.addWidget(self.na_button)
            self.table.buttons_row.addStretch(1)
            self.clear_button.setVisible(False)  # rows are removed one by one
            outer.addWidget(self.table)
        else:
            self.editor = make_editor(item, lang, inspection_date)
            assert self.editor is not None
            self.editor.edited.connect(self._commit)
            self.editor.preview.connect(self._preview)
            self.editor.settled.connect(self.refresh)
            self.editor.chosen.connect(page.back_to_items)
            # N.A. and Clear stay usable while the editor is off (N.A.): beside a
            # one-line editor, under one laid out vertically.
            row = QHBoxLayout()
            if self.editor.row is None:
                outer.addWidget(self.editor)
            else:
                row.addWidget(self.editor, 0, Qt.AlignmentFlag.AlignTop)
                row.addSpacing(12)
            for button in (self.na_button, self.clear_button):
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addStretch(1)
            outer.addLayout(row)

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
        self.photos.add_clicked.connect(lambda: page.add_photo_dialog(entry, from_mouse=True))
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
        """Show the entry's answer as it now stands (the saved state, and any value
        refused in the field)."""
        a = self.entry.answer
        if self.editor is not None:
            self.editor.set_value(a.value)
            if not self.editor.has_refused_input():
                a.refused = None
        if self.table is not None and self.table.rows is not a.rows:
            self.table.set_rows(a.rows)
        self._show_result(a.result, a.reason, a.not_applicable)
        if a.refused:
            self._show_refused()
        if not self.note.hasFocus() and not self._note_timer.isActive():
            self.note.setText(a.note)
            self._saved_note = a.note
        self.photos.set_photos(a.photos)
        locked = self.page.locked
        self.na_button.setChecked(a.not_applicable)
        self.na_button.setText(("✔ " if a.not_applicable else "") + self.tr("N.A.  (3)"))
        self.na_button.setEnabled(self.entry.applicable and not locked)
        self.clear_button.setEnabled(self.entry.applicable and not locked and (
            a.not_applicable or a.value is not None))
        if self.table is not None:
            self.table.set_not_applicable(a.not_applicable)
        missing = self.entry.missing
        if missing == "photo":
            self.mark.setText("⚠ " + self.tr("photo required: a failed item of this checklist "
                                              "needs a photo as evidence"))
        elif missing == "note":
            self.mark.setText("⚠ " + self.tr("note required: a failed critical item needs a "
                                              "note or a photo"))
        elif missing == "reason":
            self.mark.setText("⚠ " + self.tr("reason required: a critical item marked N.A. "
                                              "needs the reason in its note (N)"))
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

    def _check(self, raw: Any) -> tuple[Any, str | None]:
        """The canonical value of ``raw``, or why the core refuses it."""
        if raw is None:
            return None, None
        try:
            return parse_value(self.entry.item, raw, self.inspection_date), None
        except InvalidAnswer as exc:
            return None, invalid_message(exc, self.lang)

    def _preview(self, raw: Any) -> None:
        """Judge a value while it is being typed, before it is saved. An unfinished
        date is not an error yet; it is said so when the field is left."""
        item = self.entry.item
        assert self.editor is not None
        value, problem = self._check(raw)
        if problem is not None:
            if item.response.type == "date" and _unfinished_date(str(raw)):
                self.editor.show_problem(None)
                self._show_result(None, None, False, unsaved=True)
                return
            self.editor.show_problem(problem)
            self.result_label.setText("⚠ " + self.tr("not accepted"))
            self.result_label.setStyleSheet(f"color: {FAIL_COLOR}; font-weight: bold;")
            self.result_label.setEnabled(True)
            self.reason.setVisible(False)
            return
        self.editor.show_problem(None)
        if raw is None:
            self._show_result(None, None, False, unsaved=True)
            return
        j = judge(item, value, self.inspection_date)
        reason = {"zh": j.reason.zh, "en": j.reason.en} if j.reason else None
        self._show_result(j.result, reason, False, unsaved=True)

    def _commit(self, raw: Any) -> None:
        """The editor has a value to save: saved if the core takes it, otherwise the
        refusal stays next to the field and nothing is saved."""
        assert self.editor is not None
        _value, problem = self._check(raw)
        a = self.entry.answer
        if problem is not None:
            a.refused = problem
            self.editor.show_problem(problem)
            self._show_refused()
            self.page.input_checked(self.entry)
            return
        a.refused = None
        self.editor.show_problem(None)
        self.page.save_value(self.entry, raw)
        self.page.input_checked(self.entry)

    def _show_refused(self) -> None:
        self.result_label.setText("⚠ " + self.tr("not saved: see the field"))
        self.result_label.setStyleSheet(f"color: {FAIL_COLOR}; font-weight: bold;")
        self.result_label.setEnabled(True)
        self.reason.setVisible(False)

    def show_note(self, text: str) -> None:
        """The note as saved elsewhere (the reason of an N.A.)."""
        self._note_timer.stop()
        self.note.setText(text)
        self._saved_note = text

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
        if event.type() == QEvent.Type.MouseButtonRelease and watched in (
                self.na_button, self.clear_button):
            QTimer.singleShot(0, self, self.page.back_to_items)
        elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
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
