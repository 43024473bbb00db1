"""The checklist screen: navigate the sections, answer the items, attach evidence.

Left, the navigator (overall progress, checklist → section tree with counts and
marks); right, the item cards of the current checklist under their section headings.
Everything can be done from the keyboard (the hint line under the cards) and with the
mouse alike. The shortcut keys act while the item list has the focus; a key typed
into a field (a note, a number, a date, a table cell) is text for that field and
never a shortcut, and Esc returns to the list. A click on the navigator, a card or
one of its buttons gives the keys back to the list. Every change is shown at once
and saved through the ``SaveQueue`` behind it; the status line says whether
everything is saved. A signed inspection is shown read-only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.schema import Item, Option
from inspector.inspection_records import InspectionDetail
from inspector.scoring import NA, InvalidAnswer, judge, needs_na_reason, parse_value
from inspector.ui.context import AppContext
from inspector.ui.fill.answer_text import invalid_message
from inspector.ui.fill.item_view import FAIL_COLOR, ItemCard
from inspector.ui.fill.na_reason import NaReasonDialog
from inspector.ui.fill.navigator import Navigator
from inspector.ui.fill.photo_viewer import PhotoViewer
from inspector.ui.fill.photos import IMAGE_SUFFIXES, image_files
from inspector.ui.fill.state import Entry, Key, RowState, entries_of
from inspector.ui.messages import explain
from inspector.ui.save_queue import SaveQueue

POSITION_DELAY_MS = 700
HINT_FLASH_MS = 6000  # how long a hint about the keys stays in the hint line


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with … instead of widening the window
    (the full text is its tooltip)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, self.foregroundRole()))
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(self.alignment()), text)
        painter.end()


class ItemList(QWidget):
    """The cards of one checklist; it holds the keyboard focus while navigating."""

    def __init__(self, page: FillPage, checklist_id: str):
        super().__init__()
        self.page = page
        self.checklist_id = checklist_id
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.layout_.setSpacing(8)
        self.cards: dict[Key, ItemCard] = {}
        self.headers: dict[str, QLabel] = {}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A key a field inside a card did not take arrives here too: it is the field's
        # (typed into it), never a shortcut of the list.
        focus = QApplication.focusWidget()
        in_field = focus is not None and focus is not self and self.isAncestorOf(focus)
        if not self.page.handle_key(event, in_field=in_field):
            super().keyPressEvent(event)


class FillPage(QWidget):
    changed = Signal()
    progress_changed = Signal(int, int)
    score_changed = Signal(object, object)  # score (float | None), verdict (str | None)
    missing_changed = Signal(int)

    def __init__(self, ctx: AppContext, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.svc = ctx.workspace.inspections
        self.iid = str(inspection_id)
        self._uuid = uuid.UUID(self.iid)
        self.lang = ctx.language
        self.actor = ctx.actor()
        self.queue = SaveQueue(self)
        self.detail: InspectionDetail | None = None
        self.entries: list[Entry] = []
        self._by_key: dict[Key, Entry] = {}
        self.lists: dict[str, ItemList] = {}
        self.current: Entry | None = None
        self._saved_position: Key | None = None
        self._closed = False
        self._photo_dir = ""

        self._build()
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_DELAY_MS)
        self._position_timer.timeout.connect(self._save_position)
        self._notify_timer = QTimer(self, singleShot=True, interval=800)
        self._notify_timer.timeout.connect(
            lambda: self.ctx.events.inspection_changed.emit(self.iid))
        self.queue.busy_changed.connect(self._show_status)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            app.aboutToQuit.connect(self.shutdown)
        self.reload()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setContentsMargins(10, 6, 10, 6)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(self.banner.palette().ColorRole.ToolTipBase)
        self.banner.setForegroundRole(self.banner.palette().ColorRole.ToolTipText)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.navigator = Navigator(self.lang)
        self.navigator.section_chosen.connect(self._section_chosen)
        self.navigator.clicked.connect(self.back_to_items)
        self.splitter.addWidget(self.navigator)

        right = QWidget()
        rlayout = QVBoxLayout(right)
        rlayout.setContentsMargins(0, 0, 0, 0)
        rlayout.setSpacing(2)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 0, 6, 0)
        self.title = ElidedLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        bar.addWidget(self.title, 1)
        self.hidden_label = ElidedLabel()
        self.hidden_label.setEnabled(False)
        bar.addWidget(self.hidden_label)
        self.show_na = QCheckBox(self.tr("Show them"))
        self.show_na.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_na.toggled.connect(self._toggle_hidden)
        bar.addWidget(self.show_na)
        bar.addSpacing(16)
        self.status = QLabel()
        bar.addWidget(self.status)
        rlayout.addLayout(bar)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rlayout.addWidget(self.scroll, 1)
        self.hint = QLabel(self.key_help())
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)
        rlayout.addWidget(self.hint)
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_FLASH_MS)
        self._hint_timer.timeout.connect(self._restore_hint)
        self.choice_menu: QMenu | None = None
        self.reason_dialog: NaReasonDialog | None = None
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([350, 1010])
        layout.addWidget(self.splitter, 1)

    # --- loading ----------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.detail is not None and self.detail.locked

    @property
    def view(self) -> ItemList | None:
        """The card list that takes the keys (the current checklist's)."""
        w = self.scroll.widget()
        return w if isinstance(w, ItemList) else None

    def reload(self) -> None:
        """Read the inspection again (after signing, an amendment, an import...)."""
        if self.detail is not None:
            self.flush()
        self.detail = self.svc.detail(self._uuid)
        self.entries = entries_of(self.detail)
        self._by_key = {e.key: e for e in self.entries}
        self.scroll.takeWidget()
        for lst in self.lists.values():
            lst.deleteLater()
        self.lists.clear()
        self.current = None
        self.navigator.build(self.entries)
        hidden = sum(not e.applicable for e in self.entries)
        self.hidden_label.setText(self.tr(
            "%n item(s) not applicable to this facility, hidden", "", hidden))
        self.hidden_label.setVisible(hidden > 0)
        self.show_na.setVisible(hidden > 0)
        if self.detail.locked:
            self.banner.setText(self.tr(
                "This inspection is signed and locked. It is shown read-only; to change "
                "an answer, open an amendment (with a reason) on the Conclude tab."))
        self.banner.setVisible(self.detail.locked)
        self.hint.setVisible(not self.detail.locked)
        pos = self.detail.position
        start = self._by_key.get((pos.get("checklist", ""), pos.get("item", "")))
        if start is None or not self._shown(start):
            start = next((e for e in self.entries if self._shown(e)), None)
        self._saved_position = start.key if start and pos else None
        if start is not None:
            self.select(start, focus_list=True)
        self._after_change(emit=False)
        self._show_status(False)

    def _shown(self, e: Entry) -> bool:
        return e.applicable or self.show_na.isChecked()

    def _list_for(self, checklist_id: str) -> ItemList:
        lst = self.lists.get(checklist_id)
        if lst is not None:
            return lst
        lst = ItemList(self, checklist_id)
        assert self.detail is not None
        section = None
        for e in self.entries:
            if e.checklist.id != checklist_id:
                continue
            if e.section.id != section:
                section = e.section.id
                header = QLabel(f"{e.section_index}. {e.section.title.get(self.lang)}")
                font = header.font()
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 1.2)
                header.setFont(font)
                header.setContentsMargins(2, 8 if lst.headers else 0, 0, 0)
                lst.layout_.addWidget(header)
                lst.headers[section] = header
            card = ItemCard(e, self, self.detail.date)
            # Into the list first: a parentless widget made visible is a window of its
            # own (it would flash on screen and take the focus away from the app).
            lst.layout_.addWidget(card)
            card.set_read_only(self.locked)
            card.setVisible(self._shown(e))
            card.setEnabled(e.applicable)
            lst.cards[e.key] = card
        lst.layout_.addStretch(1)
        self.lists[checklist_id] = lst
        return lst

    def card(self, entry: Entry) -> ItemCard | None:
        lst = self.lists.get(entry.checklist.id)
        return lst.cards.get(entry.key) if lst else None

    def _show_checklist(self, checklist_id: str) -> ItemList:
        lst = self._list_for(checklist_id)
        if self.scroll.widget() is not lst:
            had_focus = self.view is not None and self.view.hasFocus()
            self.scroll.takeWidget()
            self.scroll.setWidget(lst)
            if had_focus:
                lst.setFocus()
            title = next(e.checklist.title.get(self.lang) for e in self.entries
                         if e.checklist.id == checklist_id)
            self.title.setText(title)
        return lst

    # --- moving around ----------------------------------------------------------------

    def select(self, entry: Entry, focus_list: bool = False, scroll: bool = True) -> None:
        lst = self._show_checklist(entry.checklist.id)
        if self.current is not None and self.current is not entry:
            old = self.card(self.current)
            if old is not None:
                old.set_current(False)
        self.current = entry
        card = lst.cards[entry.key]
        card.set_current(True)
        if focus_list:
            lst.setFocus(Qt.FocusReason.OtherFocusReason)
        if scroll:
            QTimer.singleShot(0, card, lambda c=card: self._scroll_to(c))
            self._scroll_to(card)
        self.navigator.show_section(entry.checklist.id, entry.section.id)
        if not self.locked and entry.key != self._saved_position:
            self._position_timer.start()

    def select_item(self, checklist_id: str, item_id: str) -> bool:
        """Show and select one item (e.g. from the list of what blocks completion)."""
        entry = self._by_key.get((checklist_id, item_id))
        if entry is None:
            return False
        if not self._shown(entry):
            self.show_na.setChecked(True)
        self.select(entry, focus_list=True)
        return True

    def _scroll_to(self, card: ItemCard) -> None:
        """Bring the card into view near the top, so the items after it show too."""
        if card.parent() is None or not card.isVisible():
            return
        bar = self.scroll.verticalScrollBar()
        view = self.scroll.viewport().height()
        top, bottom = card.y(), card.y() + card.height()
        if top >= bar.value() and bottom <= bar.value() + view:
            return  # already fully visible
        bar.setValue(max(0, top - min(60, view // 6)))

    def visible_entries(self) -> list[Entry]:
        return [e for e in self.entries if self._shown(e)]

    def move(self, delta: int) -> None:
        shown = self.visible_entries()
        if not shown:
            return
        if self.current not in shown:
            self.select(shown[0], focus_list=True)
            return
        i = shown.index(self.current) + delta  # type: ignore[arg-type]
        self.select(shown[max(0, min(i, len(shown) - 1))], focus_list=True)

    def next_unanswered(self) -> None:
        shown = self.visible_entries()
        if self.current not in shown:
            return self.move(1)
        i = shown.index(self.current)  # type: ignore[arg-type]
        for e in shown[i + 1:] + shown[:i]:
            if e.applicable and not e.counts:
                self.select(e, focus_list=True)
                return None
        return self.move(1)

    def move_section(self, delta: int) -> None:
        if self.current is None:
            return
        shown = self.visible_entries()
        sections: list[tuple[str, str]] = []
        for e in shown:
            if e.section_key not in sections:
                sections.append(e.section_key)
        i = sections.index(self.current.section_key) if self.current.section_key in sections \
            else 0
        target = sections[max(0, min(i + delta, len(sections) - 1))]
        self.select(next(e for e in shown if e.section_key == target), focus_list=True)

    def _section_chosen(self, checklist_id: str, section_id: str) -> None:
        for e in self.visible_entries():
            if e.checklist.id == checklist_id and (not section_id or e.section.id == section_id):
                self.select(e, focus_list=True)  # the keys work right after the click
                lst = self.lists[checklist_id]
                header = lst.headers.get(e.section.id)
                if header is not None and section_id:
                    QTimer.singleShot(0, header, lambda h=header:
                                      self.scroll.ensureWidgetVisible(h, 0, 0))
                return

    def back_to_items(self) -> None:
        view = self.view
        if view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Typing into an item's field makes it the current item."""
        if new is None or self._closed:
            return
        w: Any = new
        while w is not None and not isinstance(w, ItemCard):
            if w is self:
                return
            w = w.parentWidget()
        if isinstance(w, ItemCard) and w.page is self and w.entry is not self.current:
            self.select(w.entry, scroll=False)

    # --- keys -------------------------------------------------------------------------

    def key_help(self) -> str:
        return self.tr(
            "1 pass/yes/compliant option · 2 fail/no/non-compliant option · 3 N.A. (again: "
            "undo) · Del clear · J/K or ↓/↑ next/previous item · Enter edit value, Esc back "
            "· N note · P photo (or drop, Ctrl+V) · Ctrl+PgDn/PgUp section")

    def flash_hint(self, text: str) -> None:
        """Say something about the keys in the hint line for a few seconds."""
        self.hint.setText("ⓘ " + text)
        self.hint.setEnabled(True)
        self.hint.setStyleSheet("font-weight: bold;")
        self._hint_timer.start()

    def _restore_hint(self) -> None:
        self.hint.setText(self.key_help())
        self.hint.setEnabled(False)
        self.hint.setStyleSheet("")

    def explain_table_keys(self) -> None:
        self.flash_hint(self.tr("In a table, Enter or F2 edits the cell (Alt+↓ opens the "
                                "calendar of a date); Esc returns to the item list, where "
                                "the letter keys work."))

    def handle_key(self, event: QKeyEvent, in_field: bool = False) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        entry = self.current
        if ctrl and key == Qt.Key.Key_PageDown:
            self.move_section(1)
        elif ctrl and key == Qt.Key.Key_PageUp:
            self.move_section(-1)
        elif in_field:
            return False  # typed into a field: the field's, not a shortcut
        elif ctrl and key == Qt.Key.Key_V:
            if entry is not None and not self.locked:
                self.paste_photo(entry)
        elif not plain:
            return False
        elif key in (Qt.Key.Key_J, Qt.Key.Key_Down):
            self.move(1)
        elif key in (Qt.Key.Key_K, Qt.Key.Key_Up):
            self.move(-1)
        elif key == Qt.Key.Key_Home:
            self.move(-len(self.entries))
        elif key == Qt.Key.Key_End:
            self.move(len(self.entries))
        elif entry is None or self.locked:
            return key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_N,
                           Qt.Key.Key_P, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2,
                           Qt.Key.Key_Delete)
        elif key in (Qt.Key.Key_1, Qt.Key.Key_2):
            self._answer_by_key(entry, 0 if key == Qt.Key.Key_1 else 1)
        elif key == Qt.Key.Key_3:
            if entry.applicable:
                self.toggle_not_applicable(entry)
                if entry.answer.not_applicable:
                    self.next_unanswered()
        elif key == Qt.Key.Key_Delete:
            self.clear_answer(entry)
        elif key == Qt.Key.Key_N:
            card = self.card(entry)
            if card is not None:
                card.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif key == Qt.Key.Key_P:
            self.add_photo_dialog(entry)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            card = self.card(entry)
            if card is not None:
                card.focus_value()
        else:
            return False
        return True

    def _answer_by_key(self, entry: Entry, choice: int) -> None:
        """1 / 2: pass / fail, yes / no, or the compliant / non-compliant option of a
        single choice (a menu of them when there are several). Other items are
        answered in their field: the hint line says so."""
        if not entry.applicable:
            return
        t = entry.item.response.type
        if t in ("pass_fail", "yes_no"):
            value = (("pass", "fail") if t == "pass_fail" else ("yes", "no"))[choice]
            self.save_value(entry, value)
            self.next_unanswered()
            return
        if t == "single_choice":
            passes = choice == 0
            options = [o for o in entry.item.response.options if o.passes is passes] \
                or list(entry.item.response.options)
            if len(options) == 1:
                self.save_value(entry, options[0].id)
                self.next_unanswered()
            else:
                self.choose_option(entry, options)
            return
        if t == "multiple_choice":
            self.flash_hint(self.tr("This item takes several options: Enter goes to them, "
                                    "Space ticks one, Esc returns."))
        elif t == "repeat":
            self.flash_hint(self.tr("This item is a table: Enter goes to it, Insert adds a "
                                    "row, Esc returns."))
        else:
            self.flash_hint(self.tr("This item takes a value: press Enter and type it."))

    def choose_option(self, entry: Entry, options: list[Option]) -> QMenu:
        """A menu of ``options`` under the item, picked by their number (or ↑/↓ and
        Enter); Esc leaves the answer as it was."""
        menu = QMenu(self)
        for n, option in enumerate(options, start=1):
            label = option.label.get(self.lang).replace("&", "&&")
            action = menu.addAction(f"&{n}  {label}")
            action.triggered.connect(
                lambda _c=False, o=option.id: self._option_chosen(entry, o))
        menu.aboutToHide.connect(self.back_to_items)
        card = self.card(entry)
        anchor: QWidget = self
        if card is not None and card.editor is not None:
            anchor = card.editor
        menu.popup(anchor.mapToGlobal(QPoint(0, anchor.height())))
        self.choice_menu = menu
        return menu

    def _option_chosen(self, entry: Entry, option_id: str) -> None:
        self.save_value(entry, option_id)
        self.select(entry, focus_list=True)
        self.next_unanswered()

    # --- saving answers ---------------------------------------------------------------

    def explain_invalid(self, item: Item, raw: Any, exc: InvalidAnswer) -> str:
        return invalid_message(exc, self.lang)

    def input_checked(self, entry: Entry) -> None:
        """A value in a field was checked: the status line counts refused ones."""
        self._update_counts()
        self._show_status(self.queue.busy)

    def _submit(self, entry: Entry | None, fn: Callable[..., Any], *args: Any,
                on_done: Callable[[Any], None] | None = None) -> None:
        def done(result: Any) -> None:
            if entry is not None:
                entry.answer.error = None
            if on_done is not None:
                on_done(result)
            if entry is not None:
                self._refresh_entry(entry)
            self._after_change()

        def failed(exc: BaseException) -> None:
            if entry is not None:
                entry.answer.error = explain(exc)
                self._refresh_entry(entry)
            self._show_status(self.queue.busy)

        self.queue.submit(fn, *args, on_done=done, on_error=failed)

    def save_value(self, entry: Entry, raw: Any) -> None:
        if self.locked:
            return
        a = entry.answer
        assert self.detail is not None
        try:
            value = None if raw is None else parse_value(entry.item, raw, self.detail.date)
        except InvalidAnswer as exc:
            a.error = self.explain_invalid(entry.item, raw, exc)
            self._refresh_entry(entry)
            return
        a.value = value
        a.not_applicable = False
        j = judge(entry.item, value, self.detail.date)
        a.result = j.result
        a.reason = {"zh": j.reason.zh, "en": j.reason.en} if j.reason else None
        self._refresh_entry(entry)
        self._update_counts()

        def acked(state: Any) -> None:
            a.result, a.reason = state.result, state.reason
            self.score_changed.emit(state.score, state.verdict)

        self._submit(entry, self.svc.answer, self._uuid, entry.checklist.id, entry.item.id,
                     value, self.actor, on_done=acked)
        self._saved_position = entry.key  # answering records the position too

    def toggle_not_applicable(self, entry: Entry) -> bool:
        """N.A. on, or back off (key 3 or the N.A. button). A critical item asks for the
        reason first (kept as its note); cancelling changes nothing. True if changed."""
        if self.locked or not entry.applicable:
            return False
        a = entry.answer
        assert self.detail is not None
        turning_on = not a.not_applicable
        reason = None
        card = self.card(entry)
        if turning_on and needs_na_reason(entry.item):
            if card is not None:
                card.flush_note()
            dialog = NaReasonDialog(entry.item.prompt.get(self.lang), a.note, self)
            self.reason_dialog = dialog
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            self.reason_dialog = None
            self.back_to_items()
            if not accepted:
                return False
            reason = dialog.text()
            a.note = reason
            if card is not None:
                card.show_note(reason)
        a.not_applicable = turning_on
        if a.not_applicable:
            a.result, a.reason = NA, None
        else:
            j = judge(entry.item, a.value, self.detail.date,
                      rows=[r.cells for r in a.rows])
            a.result = j.result
            a.reason = {"zh": j.reason.zh, "en": j.reason.en} if j.reason else None
        self._refresh_entry(entry)
        self._update_counts()

        def acked(state: Any) -> None:
            a.result, a.reason = state.result, state.reason
            self.score_changed.emit(state.score, state.verdict)

        self._submit(entry, self.svc.set_not_applicable, self._uuid, entry.checklist.id,
                     entry.item.id, a.not_applicable, self.actor, reason, on_done=acked)
        self._saved_position = entry.key
        return True

    def clear_answer(self, entry: Entry) -> None:
        """Remove the answer (value and N.A.) of an item: key Delete or the Clear button.
        A table keeps its rows: they are removed one by one."""
        if self.locked or not entry.applicable:
            return
        if entry.item.response.type == "repeat":
            self.flash_hint(self.tr("Rows of a table are removed one by one: select one and "
                                    "press Ctrl+Delete."))
            return
        a = entry.answer
        if a.value is None and not a.not_applicable:
            return
        a.refused = None
        card = self.card(entry)
        if card is not None and card.editor is not None:
            card.editor.show_problem(None)
        self.save_value(entry, None)

    def save_note(self, entry: Entry, text: str) -> None:
        if self.locked:
            return
        entry.answer.note = text
        self._refresh_entry(entry)
        self._update_counts()
        self._submit(entry, self.svc.set_note, self._uuid, entry.checklist.id, entry.item.id,
                     text or None, self.actor)

    # --- repeat groups ----------------------------------------------------------------

    def _rows_changed(self, entry: Entry) -> None:
        a = entry.answer
        assert self.detail is not None
        a.not_applicable = False
        j = judge(entry.item, None, self.detail.date, rows=[r.cells for r in a.rows])
        a.result = j.result
        a.reason = {"zh": j.reason.zh, "en": j.reason.en} if j.reason else None
        self._refresh_entry(entry)
        self._update_counts()

    def _row_job(self, entry: Entry, fn: Callable[[], None]) -> None:
        def job() -> Any:
            fn()
            return self.svc.score_card(self._uuid)

        self._submit(entry, job,
                     on_done=lambda card: self.score_changed.emit(card.score, card.verdict))

    @staticmethod
    def _row_id(row: RowState) -> uuid.UUID:
        if row.id is None:
            raise RuntimeError("the row was not saved (its first save failed)")
        return uuid.UUID(row.id)

    def row_added(self, entry: Entry, row: RowState) -> None:
        cells = dict(row.cells)
        iid, cid, item_id, actor = self._uuid, entry.checklist.id, entry.item.id, self.actor

        def add() -> None:
            row.id = str(self.svc.add_row(iid, cid, item_id, cells, actor))

        self._rows_changed(entry)
        self._row_job(entry, add)

    def row_changed(self, entry: Entry, row: RowState) -> None:
        cells = dict(row.cells)
        self._rows_changed(entry)
        self._row_job(entry, lambda: self.svc.update_row(self._row_id(row), cells, self.actor))

    def row_removed(self, entry: Entry, row: RowState) -> None:
        self._rows_changed(entry)
        self._row_job(entry, lambda: self.svc.remove_row(self._row_id(row), self.actor))

    def row_moved(self, entry: Entry, row: RowState, position: int) -> None:
        self._rows_changed(entry)
        self._row_job(entry, lambda: self.svc.move_row(self._row_id(row), position,
                                                       self.actor))

    # --- photos -----------------------------------------------------------------------

    def add_photo_dialog(self, entry: Entry, from_mouse: bool = False) -> None:
        if self.locked:
            return
        if from_mouse:
            self.select(entry, focus_list=True)
        patterns = " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), self._photo_dir,
            self.tr("Images ({patterns})").format(patterns=patterns))
        self.back_to_items()
        if files:
            self._photo_dir = str(Path(files[0]).parent)
            self.add_photo_files(entry, [Path(f) for f in files])

    def add_photo_files(self, entry: Entry, paths: list[Path]) -> None:
        for path in paths:
            self._add_photo(entry, lambda p=path: p.read_bytes(), path.name)

    def add_photo_image(self, entry: Entry, image: Any) -> None:
        img = image if isinstance(image, QImage) else QImage(image)
        if img.isNull():
            return
        img = img.copy()  # our own copy: the clipboard may change while it is encoded

        def encode() -> bytes:
            # On the save queue's thread (QImage, unlike QPixmap, may be used there):
            # encoding a camera-sized picture takes long enough to freeze the window.
            # The store re-encodes it downscaled as JPEG anyway, so JPEG at high quality
            # loses nothing that is kept.
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            img.save(buffer, "JPEG", 95)
            return bytes(data.data())

        self._add_photo(entry, encode, self.tr("pasted image") + ".jpg")

    def paste_photo(self, entry: Entry) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        files = image_files(mime)
        if files:
            self.add_photo_files(entry, files)
        elif mime.hasImage():
            self.add_photo_image(entry, mime.imageData())

    def _add_photo(self, entry: Entry, read: Callable[[], bytes], name: str) -> None:
        if self.locked:
            return
        iid, cid, item_id, actor = self._uuid, entry.checklist.id, entry.item.id, self.actor
        key = entry.key

        def job() -> Any:
            self.svc.add_photo(iid, cid, item_id, read(), actor, original_name=name)
            answer = self.svc.detail(iid).answers.get(key)
            return list(answer.photos) if answer else []

        def done(photos: Any) -> None:
            entry.answer.photos = photos
            entry.answer.photo_error = None
            self._refresh_entry(entry)
            self._after_change()

        def failed(exc: BaseException) -> None:
            entry.answer.photo_error = self.tr("Photo {name} was not added: {reason}").format(
                name=name, reason=explain(exc))
            self._refresh_entry(entry)
            self._show_status(self.queue.busy)

        card = self.card(entry)
        if card is not None:
            card.photos.add_button.setText(self.tr("Adding photo…"))
        self.queue.submit(job, on_done=done, on_error=failed)

    def open_viewer(self, entry: Entry, index: int) -> PhotoViewer:
        viewer = PhotoViewer(entry.answer.photos, index,
                             f"{entry.number} {entry.item.prompt.get(self.lang)}",
                             read_only=self.locked, parent=self)
        viewer.remove_requested.connect(lambda photo: self.remove_photo(entry, photo))
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        self.viewer = viewer
        return viewer

    def remove_photo(self, entry: Entry, photo: Any) -> None:
        if self.locked:
            return
        entry.answer.photos = [p for p in entry.answer.photos if p.id != photo.id]
        self._refresh_entry(entry)
        self._update_counts()
        self._submit(entry, self.svc.remove_photo, uuid.UUID(photo.id), self.actor)

    # --- position, status, signals ----------------------------------------------------

    def _save_position(self) -> None:
        entry = self.current
        if entry is None or self.locked or entry.key == self._saved_position:
            return
        key = entry.key
        self._saved_position = key
        self.queue.submit(self.svc.set_position, self._uuid, key[0], key[1], self.actor)

    def _refresh_entry(self, entry: Entry) -> None:
        card = self.card(entry)
        if card is not None:
            card.refresh()
            card.update()

    @property
    def missing_count(self) -> int:
        """Failed items that still need a photo or a note."""
        return sum(e.missing is not None for e in self.entries)

    @property
    def progress(self) -> tuple[int, int]:
        applicable = [e for e in self.entries if e.applicable]
        return sum(e.counts for e in applicable), len(applicable)

    def _update_counts(self) -> None:
        self.navigator.update_counts(self.entries)

    def _after_change(self, emit: bool = True) -> None:
        self._update_counts()
        done, total = self.progress
        self.progress_changed.emit(done, total)
        self.missing_changed.emit(self.missing_count)
        if emit:
            self.changed.emit()
            self._notify_timer.start()

    def _show_status(self, busy: bool) -> None:
        failed = sum(1 for e in self.entries if e.answer.error)
        refused = sum(1 for e in self.entries if e.unsaved and not e.answer.error)
        if busy:
            text, style = self.tr("Saving…"), ""
        elif failed:
            text = "⚠ " + self.tr("Save failed — %n item(s) not saved; see the marked items",
                                  "", failed)
            style = f"color: {FAIL_COLOR}; font-weight: bold;"
        elif refused:
            text = "⚠ " + self.tr("%n value(s) not accepted and not saved; see the marked "
                                  "items", "", refused)
            style = f"color: {FAIL_COLOR}; font-weight: bold;"
        elif self.locked:
            text, style = self.tr("Read-only"), ""
        else:
            text, style = "✔ " + self.tr("All changes saved"), ""
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def _toggle_hidden(self, show: bool) -> None:
        for lst in self.lists.values():
            for key, card in lst.cards.items():
                card.setVisible(self._by_key[key].applicable or show)
        if self.current is not None and not self._shown(self.current):
            self.move(1)

    # --- closing ----------------------------------------------------------------------

    def flush_typing(self) -> None:
        """Hand what is being typed (notes, numbers, text) to the save queue now."""
        for lst in self.lists.values():
            for card in lst.cards.values():
                card.flush()

    def flush(self, timeout_ms: int = 10_000) -> bool:
        """Save what is being typed and wait for every pending save. True if all saved."""
        self.flush_typing()
        if self._position_timer.isActive():
            self._position_timer.stop()
            self._save_position()
        return self.queue.wait_idle(timeout_ms)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Flush and stop the save queue; the page must not be used afterwards."""
        if self._closed:
            return True
        ok = self.flush(timeout_ms)
        self._closed = True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
            app.aboutToQuit.disconnect(self.shutdown)
        self.queue.close(timeout_ms)
        return ok

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        current = self.current
        card = self.card(current) if current is not None else None
        if card is not None:  # the layout is only final once shown
            QTimer.singleShot(0, card, lambda c=card: self._scroll_to(c))

    def hideEvent(self, event: QHideEvent) -> None:
        # Another tab or screen is shown: what was typed must be saved for it to see.
        if not self._closed:
            self.flush_typing()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
