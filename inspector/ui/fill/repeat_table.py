"""The table of a repeat group: one row per staff member, camera area, extinguisher...

Cells are edited in place and checked one by one with the core's own parser
(``scoring.parse_row``); a bad cell is marked, said under the table and not saved,
the good ones are. Each row shows its own pass/fail (``scoring.judge_row``). Rows
are added, removed and moved with the buttons or the keyboard (Insert, Ctrl+Delete,
Ctrl+Up/Down). A cell is edited with Enter, F2 or a double click, never by just
typing: a letter pressed in the table is not text for a cell (nor a shortcut of the
checklist screen), so nothing lands in a cell that was not meant for it. Date cells
take the typed forms of the core and have a calendar (Alt+↓) that opens on the
inspection date.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.schema import Column, Item
from inspector.scoring import FAIL, PASS, InvalidAnswer, judge_row, parse_row
from inspector.ui.fields import ErrorLabel
from inspector.ui.fill.answer_text import invalid_message, range_hint
from inspector.ui.fill.date_field import DateField
from inspector.ui.fill.state import RowState

FAIL_COLOR = QColor("#c62828")
PASS_COLOR = QColor("#2e7d32")
VALUE_ROLE = Qt.ItemDataRole.UserRole
EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked
                 | QAbstractItemView.EditTrigger.EditKeyPressed)


def _fmt(value: Any, col: Column, lang: str) -> str:
    if value is None:
        return ""
    if col.type == "yes_no":
        return (QCoreApplication.translate("RepeatTable", "Yes") if value == "yes"
                else QCoreApplication.translate("RepeatTable", "No"))
    if col.type == "single_choice":
        option = next((o for o in col.options if o.id == value), None)
        return option.label.get(lang) if option else str(value)
    if col.type == "number" and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _wrap(text: str, width: int = 18, lines: int = 3) -> str:
    """A column heading on at most three short lines. Width counts a CJK character
    as two; Latin words are not split."""
    units = re.findall(r"[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+",
                       text)
    out: list[str] = []
    line, used = "", 0
    for unit in units:
        if unit.isspace():
            if line:
                line, used = line + " ", used + 1
            continue
        size = sum(2 if ord(c) > 0x2e80 else 1 for c in unit)
        if used + size > width and line.strip():
            out.append(line.rstrip())
            line, used = "", 0
        line, used = line + unit, used + size
    if line.strip():
        out.append(line.rstrip())
    if len(out) > lines:
        out = out[:lines]
        out[-1] += "…"
    return "\n".join(out)


class _CellDelegate(QStyledItemDelegate):
    """Combo boxes for yes/no and choice columns; line edits for the rest."""

    def __init__(self, table: RepeatTable):
        super().__init__(table.table)
        self.owner = table

    def _column(self, index: QModelIndex | QPersistentModelIndex) -> Column | None:
        cols = self.owner.columns
        return cols[index.column()] if index.column() < len(cols) else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        col = self._column(index)
        if col is not None and col.type in ("yes_no", "single_choice"):
            combo = QComboBox(parent)
            combo.addItem("", None)
            if col.type == "yes_no":
                combo.addItem(QCoreApplication.translate("RepeatTable", "Yes"), "yes")
                combo.addItem(QCoreApplication.translate("RepeatTable", "No"), "no")
            else:
                for o in col.options:
                    combo.addItem(o.label.get(self.owner.lang), o.id)
            return combo
        if col is not None and col.type == "date":
            field = DateField(self.owner.inspection_date, parent)
            field.setFrame(False)
            # A date picked in the calendar is the end of editing that cell.
            field.picked.connect(lambda _text, f=field: self._picked(f))
            return field
        return super().createEditor(parent, option, index)

    def _picked(self, field: DateField) -> None:
        self.commitData.emit(field)
        self.closeEditor.emit(field, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            pos = editor.findData(index.data(VALUE_ROLE))
            editor.setCurrentIndex(max(0, pos))
            return
        if isinstance(editor, DateField):
            editor.setText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), VALUE_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
            return
        if isinstance(editor, DateField):
            model.setData(index, editor.text(), Qt.ItemDataRole.DisplayRole)
            return
        super().setModelData(editor, model, index)


class RepeatTable(QWidget):
    row_added = Signal(object)  # RowState
    row_changed = Signal(object)  # RowState
    row_removed = Signal(object)  # RowState
    row_moved = Signal(object, int)  # RowState, new position
    escape = Signal()
    cells_checked = Signal()  # a cell was checked (its refusal shown or cleared)
    typed_outside_cell = Signal()  # a letter or digit while no cell is being edited

    def __init__(self, item: Item, lang: str, inspection_date: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.lang = lang
        self.inspection_date = inspection_date
        self.columns = list(item.response.columns)
        self.rows: list[RowState] = []
        self._filling = False
        self._read_only = False
        self._not_applicable = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.table = QTableWidget(0, len(self.columns) + 1)
        headers = []
        tips = []
        for col in self.columns:
            text = col.label.get(lang)
            if col.unit is not None:
                text += f" ({col.unit.get(lang)})"
            if not col.required:
                text += " " + self.tr("(optional)")
            headers.append(text)
            tip = text
            if col.type == "number" and col.range is not None:
                tip += "\n" + range_hint(col, lang)
            elif col.type == "date":
                tip += "\n" + self.tr("Enter or F2 to type a date; Alt+↓ opens the calendar")
            tips.append(tip)
        headers.append(self.tr("Result"))
        tips.append(headers[-1])
        self.table.setHorizontalHeaderLabels([_wrap(h) for h in headers])
        for n, text in enumerate(tips):
            self.table.horizontalHeaderItem(n).setToolTip(text)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        for n, col in enumerate(self.columns):
            lines = _wrap(headers[n]).split("\n")
            widest = max(self.fontMetrics().horizontalAdvance(line) for line in lines) + 20
            header.resizeSection(n, max(130 if col.type == "text" else 90, min(200, widest)))
        self.table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 12)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self.table.setItemDelegate(_CellDelegate(self))
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table)
        self.problems = ErrorLabel()
        layout.addWidget(self.problems)

        self.buttons_row = buttons = QHBoxLayout()
        row_label = item.response.row_label.get(lang) if item.response.row_label else ""
        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.setToolTip(self.tr("Add a row ({what}) — Insert").format(what=row_label)
                                   if row_label else self.tr("Add a row — Insert"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.setToolTip(self.tr("Remove the selected row — Ctrl+Delete"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setToolTip("Ctrl+Up")
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setToolTip("Ctrl+Down")
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(b)
        if item.response.min_rows:
            hint = QLabel(self.tr("at least %n row(s)", "", item.response.min_rows))
            hint.setEnabled(False)
            buttons.addWidget(hint)
        buttons.addSpacing(12)  # the card adds its N.A. button and the stretch
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))

        for keys, slot in ((QKeySequence(Qt.Key.Key_Insert), self.add_row),
                           (QKeySequence("Ctrl+Delete"), self.remove_current),
                           (QKeySequence("Ctrl+Up"), lambda: self.move_current(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move_current(1))):
            action = QAction(self.table)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self.table.installEventFilter(self)
        self._fit_height()

    # --- showing --------------------------------------------------------------------

    def set_rows(self, rows: list[RowState]) -> None:
        self.rows = rows
        self._filling = True
        current = self.table.currentIndex()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, col in enumerate(self.columns):
                cell = QTableWidgetItem(_fmt(row.cells.get(col.id), col, self.lang))
                cell.setData(VALUE_ROLE, row.cells.get(col.id))
                self.table.setItem(r, c, cell)
            self._show_row_state(r)
        if current.isValid() and current.row() < len(rows):
            self.table.setCurrentCell(current.row(), current.column())
        self._filling = False
        self._fit_height()

    def _show_row_state(self, r: int) -> None:
        row = self.rows[r]
        j = judge_row(self.item, row.cells, self.inspection_date)
        for c, col in enumerate(self.columns):
            cell = self.table.item(r, c)
            if cell is None:
                continue
            error = row.errors.get(col.id)
            cell.setForeground(QBrush(FAIL_COLOR) if error else QBrush())
            cell.setToolTip(error or "")
        if row.errors:
            text, color = "⚠ " + self.tr("Not saved: see below"), FAIL_COLOR
            tip = "\n".join(row.errors.values())
        elif j.result == FAIL:
            text, color = "✘ " + self.tr("Fail"), FAIL_COLOR
            tip = j.reason.get(self.lang) if j.reason else ""
        elif j.result == PASS:
            text, color, tip = "✔ " + self.tr("Pass"), PASS_COLOR, ""
        else:
            text, color, tip = self.tr("incomplete"), None, ""
        if j.result == FAIL and j.reason and not row.errors:
            text += "：" if self.lang == "zh" else ": "
            text += j.reason.get(self.lang)
        result = QTableWidgetItem(text)
        result.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if color is not None:
            result.setForeground(QBrush(color))
        result.setToolTip(tip)
        was = self._filling
        self._filling = True
        self.table.setItem(r, len(self.columns), result)
        self._filling = was
        self._show_problems()

    def _show_problems(self) -> None:
        """Every refused cell, said under the table (the cells are marked too)."""
        lines = []
        for n, row in enumerate(self.rows, start=1):
            for col in self.columns:
                if col.id in row.errors:
                    lines.append(self.tr("Row {row}, {column}: {problem} — not saved").format(
                        row=n, column=col.label.get(self.lang), problem=row.errors[col.id]))
        self.problems.set_message("\n".join(lines))

    def _fit_height(self) -> None:
        rows = max(2, min(len(self.rows), 8))
        h = (self.table.horizontalHeader().sizeHint().height()
             + rows * self.table.verticalHeader().defaultSectionSize()
             + 2 * self.table.frameWidth() + 4)
        if self.table.horizontalScrollBar().isVisible() or self._too_wide():
            h += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(h)

    def _too_wide(self) -> bool:
        header = self.table.horizontalHeader()
        return header.length() > self.table.viewport().width() > 0

    # --- editing --------------------------------------------------------------------

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() >= len(self.columns):
            return
        r, col = cell.row(), self.columns[cell.column()]
        row = self.rows[r]
        raw = cell.data(VALUE_ROLE) if col.type in ("yes_no", "single_choice") else cell.text()
        try:
            parsed = parse_row(self.item, {col.id: raw}, self.inspection_date)
        except InvalidAnswer as exc:
            row.errors[col.id] = invalid_message(exc, self.lang)
        else:
            row.errors.pop(col.id, None)
            if col.id in parsed:
                row.cells[col.id] = parsed[col.id]
            else:
                row.cells.pop(col.id, None)
            self._filling = True
            cell.setData(VALUE_ROLE, row.cells.get(col.id))
            cell.setText(_fmt(row.cells.get(col.id), col, self.lang))
            self._filling = False
            self.row_changed.emit(row)
        self._show_row_state(r)
        self.cells_checked.emit()

    def add_row(self) -> None:
        if not self.add_button.isEnabled():
            return
        row = RowState({})
        self.rows.append(row)
        self.set_rows(self.rows)
        self.table.setCurrentCell(len(self.rows) - 1, 0)
        self.table.setFocus()
        self.row_added.emit(row)

    def remove_current(self) -> None:
        r = self.table.currentRow()
        if not self.remove_button.isEnabled() or not 0 <= r < len(self.rows):
            return
        row = self.rows.pop(r)
        self.set_rows(self.rows)
        if self.rows:
            self.table.setCurrentCell(min(r, len(self.rows) - 1), 0)
        self.row_removed.emit(row)

    def move_current(self, delta: int) -> None:
        r = self.table.currentRow()
        new = r + delta
        if not self.up_button.isEnabled() or not (0 <= r < len(self.rows)
                                                  and 0 <= new < len(self.rows)):
            return
        column = max(0, self.table.currentColumn())
        row = self.rows.pop(r)
        self.rows.insert(new, row)
        self.set_rows(self.rows)
        self.table.setCurrentCell(new, column)
        self.row_moved.emit(row, new)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_state()

    def set_not_applicable(self, not_applicable: bool) -> None:
        """N.A.: the rows stay on file but cannot be edited until N.A. is taken back."""
        self._not_applicable = not_applicable
        self._apply_state()

    def _apply_state(self) -> None:
        editable = not self._read_only and not self._not_applicable
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setEnabled(editable)
        self.table.setEditTriggers(EDIT_TRIGGERS if editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setEnabled(not self._not_applicable)

    def focus_editor(self) -> bool:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.rows and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
        return True

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and self.table.state() != QAbstractItemView.State.EditingState):
            if event.key() == Qt.Key.Key_Escape:
                self.escape.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    self.table.currentIndex().isValid() and \
                    self.table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers:
                self.table.edit(self.table.currentIndex())  # Enter edits, as F2 does
                return True
            plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                         & ~Qt.KeyboardModifier.ShiftModifier)
            if plain and event.text() and event.text().isprintable() \
                    and event.key() != Qt.Key.Key_Space:
                # Not text for a cell (Enter/F2 edits), and not a shortcut either: the
                # table is being worked in. Swallowed, so it reaches neither.
                self.typed_outside_cell.emit()
                return True
        return super().eventFilter(watched, event)
