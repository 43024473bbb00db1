"""Sync conflicts: records changed both here and on another laptop, kept side by side
until a person chooses.

On the left the conflicts waiting for a decision; on the right the parts of the
selected one that differ (an answer, a finding, the inspection's details, a field of
a facility or an inspector), ours beside theirs, each with a choice: keep mine or
take theirs. A version signed on the other laptop cannot be cut into pieces: only the
whole record can be taken, or ours kept whole. Applying the decision
(``Sync.resolve``) runs on a worker thread; the merged record is saved like an import.
"""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.schema import Item
from inspector.sync.conflicts import WHOLE, ConflictDetail, ConflictInfo, Unit
from inspector.ui.context import AppContext
from inspector.ui.fields import ErrorLabel, choice_label, yes_no
from inspector.ui.fields import field_label as facility_field_label
from inspector.ui.history import answer_value, row_cells
from inspector.ui.inspection_list import status_label
from inspector.ui.readable import list_separator, signer_text, when
from inspector.ui.sync_common import conflict_error_text, entity_label
from inspector.ui.worker import Progress, ProgressTask

PART, MINE, THEIRS, CHOICE = range(4)
KEPT_TINT = QColor(30, 142, 62, 40)  # the version that will be kept
_PHOTOS = re.compile(r"^(\d+) photo\(s\)$")
_COUNTED = re.compile(r"^(team|signatures|amendments) (\d+)$")
_ROWS = re.compile(r"^(\d+) rows: (.*)$")
_FINDING_TITLE = re.compile(r"^Finding: ([^/]+)/(.+)$")
_CODED_FIELDS = ("registration_kind", "facility_type", "filing_status")


def readable(text: str) -> str:
    """The core's description of one side of a unit, with its fixed words (pass /
    fail / N/A, the status, counts of photos, rows, team, signatures and amendments)
    in the UI language."""
    words = {"pass": QCoreApplication.translate("Sync", "Pass"),
             "fail": QCoreApplication.translate("Sync", "Fail"),
             "N/A": QCoreApplication.translate("Sync", "Not applicable"),
             "draft": status_label("draft"), "completed": status_label("completed"),
             "signed": status_label("signed")}
    counted = {
        "team": lambda n: QCoreApplication.translate("Sync", "team of %n", "", n),
        "signatures": lambda n: QCoreApplication.translate("Sync", "%n signature(s)", "", n),
        "amendments": lambda n: QCoreApplication.translate("Sync", "%n amendment(s)", "", n),
    }
    out = []
    for part in text.split(" · "):
        photos, count, rows = _PHOTOS.match(part), _COUNTED.match(part), _ROWS.match(part)
        if photos:
            n = int(photos.group(1))
            out.append(QCoreApplication.translate("Sync", "%n photo(s)", "", n))
        elif count:
            out.append(counted[count.group(1)](int(count.group(2))))
        elif rows:
            n = int(rows.group(1))
            out.append(QCoreApplication.translate("Sync", "%n row(s):", "", n) + " "
                       + rows.group(2))
        elif part.startswith("note "):
            out.append(QCoreApplication.translate("Sync", "note: {text}").format(
                text=part.removeprefix("note ")))
        elif part.endswith(" (withdrawn)"):
            out.append(part.removesuffix(" (withdrawn)") + " "
                       + QCoreApplication.translate("Sync", "(withdrawn)"))
        else:
            out.append(words.get(part, part))
    return " · ".join(out)


def inspector_field_label(name: str) -> str:
    return {"name": QCoreApplication.translate("Sync", "Name"),
            "department": QCoreApplication.translate("Sync", "Department"),
            "badge_number": QCoreApplication.translate("Sync", "Badge no."),
            "active": QCoreApplication.translate("Sync", "Active")}.get(name, name)


class UnitWords:
    """What the core describes as stored values (field names, codes, option ids, item
    ids), in the UI language: field names and coded values of a facility or an
    inspector, the prompts, options and columns of an inspection's items."""

    def __init__(self, ctx: AppContext, info: ConflictInfo) -> None:
        self.language = ctx.language
        self.entity = info.entity
        self.items: dict[tuple[str, str], Item] = {}
        if info.entity == "inspection":
            try:  # our copy: the checklist versions it was filled with
                detail = ctx.workspace.inspections.detail(uuid.UUID(info.entity_id))
            except Exception:  # not here (yet): the core's titles are kept
                detail = None
            if detail is not None:
                self.items = {(c.id, i.id): i for c in detail.checklists for i in c.items}

    def _item(self, key: str) -> Item | None:
        checklist, _, item = key.partition("/")
        return self.items.get((checklist, item))

    def title(self, unit: Unit) -> str:
        lang = self.language
        fallback = unit.title.get(lang) or unit.title.get("en") or unit.key
        if unit.key.startswith("field:"):
            name = unit.key.removeprefix("field:")
            return (facility_field_label(name) if self.entity == "facility"
                    else inspector_field_label(name))
        if unit.key.startswith("answer:"):
            item = self._item(unit.key.removeprefix("answer:"))
            return str(item.prompt.get(lang)) if item is not None else fallback
        finding = _FINDING_TITLE.match(unit.title.get("en", ""))
        if unit.key.startswith("finding:") and finding:
            item = self.items.get((finding.group(1), finding.group(2)))
            if item is not None:
                return QCoreApplication.translate("Sync", "Finding: {item}").format(
                    item=item.prompt.get(lang))
        return fallback

    def side(self, unit: Unit, text: str) -> str:
        if text == "—":
            return text
        if unit.key.startswith("field:"):
            return self._field(unit.key.removeprefix("field:"), text)
        if unit.key.startswith("answer:"):
            return self._answer(self._item(unit.key.removeprefix("answer:")), text)
        return readable(text)

    def _field(self, name: str, text: str) -> str:
        if text in ("True", "False"):
            return yes_no(text == "True")
        if self.entity == "facility" and name in _CODED_FIELDS:
            return choice_label(name, text)
        if self.entity == "facility" and name == "service_modes":
            return list_separator(self.language).join(
                choice_label(name, v) for v in text.split("; "))
        return text

    def _answer(self, item: Item | None, text: str) -> str:
        parts = text.split(" · ")
        out = []
        for n, part in enumerate(parts):
            rows = _ROWS.match(part)
            if n == 0 and part not in ("N/A", "—", "pass", "fail") and not rows:
                value: object = part.split("; ") if item is not None and \
                    item.response.type.value == "multiple_choice" else part
                out.append(answer_value(item, value, self.language))
            elif rows and item is not None:
                count = int(rows.group(1))
                cells = [dict(pair.split("=", 1) for pair in row.split(", ") if "=" in pair)
                         for row in rows.group(2).split(" | ")]
                out.append(QCoreApplication.translate("Sync", "%n row(s):", "", count) + " "
                           + " | ".join(row_cells(item, c, self.language) for c in cells))
            else:
                out.append(readable(part))
        return " · ".join(out)


class ChoiceCell(QWidget):
    """Two radio buttons in a table cell: keep mine / take theirs."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mine = QRadioButton(self.tr("Keep mine"))
        self.theirs = QRadioButton(self.tr("Take theirs"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.mine)
        self.group.addButton(self.theirs)
        self.mine.setChecked(True)
        self.theirs.toggled.connect(lambda _on: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(2)
        layout.addWidget(self.mine)
        layout.addWidget(self.theirs)
        layout.addStretch(1)

    def choice(self) -> str:
        return "theirs" if self.theirs.isChecked() else "mine"

    def set_choice(self, choice: str) -> None:
        (self.theirs if choice == "theirs" else self.mine).setChecked(True)


class ConflictDialog(QDialog):
    """The conflicts waiting for a decision, and the decision on one of them."""

    resolved = Signal(str)  # the id of the record whose conflict was resolved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 entity_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[ConflictInfo] = []
        self.detail: ConflictDetail | None = None
        self.choices: dict[str, ChoiceCell] = {}
        self._task: ProgressTask | None = None
        self.setWindowTitle(self.tr("Sync conflicts"))

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._selected)

        # --- the selected conflict ------------------------------------------------------
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.whole_note = QLabel()
        self.whole_note.setWordWrap(True)
        self.whole_note.setStyleSheet("background: rgba(227, 116, 0, 30); padding: 6px; "
                                      "border-radius: 4px;")
        self.whole_note.hide()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Part"), self.tr("Mine (this computer)"),
             self.tr("Theirs (other computer)"), self.tr("Decision")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PART, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(THEIRS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(PART, 220)

        self.all_mine_button = QPushButton(self.tr("All &mine"))
        self.all_mine_button.clicked.connect(lambda: self.choose_all("mine"))
        self.all_theirs_button = QPushButton(self.tr("All &theirs"))
        self.all_theirs_button.clicked.connect(lambda: self.choose_all("theirs"))
        self.apply_button = QPushButton(self.tr("&Apply decision"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.choice_summary = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.all_mine_button)
        actions.addWidget(self.all_theirs_button)
        actions.addWidget(self.choice_summary, 1)
        actions.addWidget(self.progress)
        actions.addWidget(self.apply_button)

        detail_page = QWidget()
        right = QVBoxLayout(detail_page)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.title)
        right.addWidget(self.subtitle)
        right.addWidget(self.whole_note)
        right.addWidget(self.table, 1)
        right.addLayout(actions)

        self.empty = QLabel(self.tr("No sync conflicts are waiting for a decision."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(detail_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([280, 800])

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = ErrorLabel()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.resize(1120, 640)
        self.refresh(select_entity=entity_id)

    # --- the list -------------------------------------------------------------------

    def refresh(self, select_entity: str | None = None, select_id: str | None = None) -> None:
        """Read the pending conflicts again; keep (or choose) the selection."""
        current = select_id or (self.detail.info.id if self.detail else None)
        try:
            self.conflicts = self.ctx.workspace.sync.pending_conflicts()
        except Exception as exc:  # shown, never a crash
            self.conflicts = []
            self.error.set_message(conflict_error_text(exc))
        self.list.blockSignals(True)
        self.list.clear()
        row = 0
        for n, info in enumerate(self.conflicts):
            kind = entity_label(info.entity)
            moment = when(info.created_at, self.ctx.language)
            text = f"{info.label}\n{kind} · {signer_text(info.signer)} · {moment}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setToolTip(text)
            self.list.addItem(item)
            if info.id == current or (select_entity and info.entity_id == select_entity):
                row = n
        if self.conflicts:
            self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        if self.conflicts:
            self._selected(row)
        else:
            self.detail = None
            self.pages.setCurrentWidget(self.empty)

    def _selected(self, row: int) -> None:
        if row < 0 or row >= len(self.conflicts):
            return
        info = self.conflicts[row]
        self.error.set_message(None)
        try:
            detail = self.ctx.workspace.sync.conflict_detail(uuid.UUID(info.id))
        except Exception as exc:  # e.g. resolved meanwhile: say so
            self.detail = None
            self.pages.setCurrentWidget(self.empty)
            self.error.set_message(conflict_error_text(exc))
            return
        self.show_detail(detail)

    # --- one conflict ---------------------------------------------------------------

    def show_detail(self, detail: ConflictDetail) -> None:
        self.detail = detail
        info = detail.info
        self.title.setText(info.label)
        text = self.tr(
            "{kind} changed both on this computer and by {who} (bundle imported {when}).").format(
                kind=entity_label(info.entity), who=signer_text(info.signer),
                when=when(info.created_at, self.ctx.language))
        if not detail.whole_only:
            text += " " + self.tr("Choose, part by part, which version to keep.")
        self.subtitle.setText(text)
        self.whole_note.setText(self.tr(
            "The other version was signed on the other computer, so it cannot be split: "
            "either take it whole or keep yours whole. The parts below show what differs."))
        self.whole_note.setVisible(detail.whole_only)
        self.choices = {}
        self.table.setRowCount(0)  # drops the choice widgets of the previous conflict
        self.table.setRowCount(len(detail.units))
        words = UnitWords(self.ctx, info)
        for row, unit in enumerate(detail.units):
            title = words.title(unit)
            part = QTableWidgetItem(title)
            part.setToolTip(title)
            if unit.key == WHOLE:
                font = QFont(part.font())
                font.setBold(True)
                part.setFont(font)
            mine = QTableWidgetItem(words.side(unit, unit.mine))
            mine.setToolTip(mine.text())
            theirs = QTableWidgetItem(words.side(unit, unit.theirs))
            theirs.setToolTip(theirs.text())
            for column, item in ((PART, part), (MINE, mine), (THEIRS, theirs)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
            cell = ChoiceCell(self.table.viewport())
            cell.changed.connect(self._choices_changed)
            if detail.whole_only and unit.key != WHOLE:
                cell.setEnabled(False)
                cell.setToolTip(self.tr("Only the whole record can be taken."))
            self.choices[unit.key] = cell
            self.table.setCellWidget(row, CHOICE, cell)
        self.table.resizeRowsToContents()
        self.pages.setCurrentWidget(self.pages.widget(1))
        self._choices_changed()

    def choose_all(self, choice: str) -> None:
        for key, cell in self.choices.items():
            if cell.isEnabled() or key == WHOLE:
                cell.set_choice(choice)

    def set_choice(self, unit_key: str, choice: str) -> None:
        self.choices[unit_key].set_choice(choice)

    def decision(self) -> dict[str, str]:
        """What ``resolve`` gets: every unit the user could choose."""
        if self.detail is not None and self.detail.whole_only:
            cell = self.choices.get(WHOLE)
            return {WHOLE: cell.choice() if cell is not None else "mine"}
        return {key: cell.choice() for key, cell in self.choices.items()}

    def _choices_changed(self) -> None:
        whole = self.choices.get(WHOLE)
        if self.detail is not None and self.detail.whole_only and whole is not None:
            # Every part follows the whole record's choice (they cannot be chosen alone).
            for cell in self.choices.values():
                if cell is not whole:
                    cell.blockSignals(True)
                    cell.set_choice(whole.choice())
                    cell.blockSignals(False)
        # Tint the side that will be kept, so the table reads as the result.
        for row, cell in enumerate(self.choices.values()):
            theirs = cell.choice() == "theirs"
            for column, chosen in ((MINE, not theirs), (THEIRS, theirs)):
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(KEPT_TINT if chosen else QBrush())
        decision = self.decision()
        theirs = sum(1 for v in decision.values() if v == "theirs")
        mine = len(decision) - theirs
        self.choice_summary.setText(self.tr("Keep mine: {mine} · take theirs: {theirs}").format(
            mine=mine, theirs=theirs))

    # --- applying -------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def apply(self) -> None:
        if self.busy or self.detail is None:
            return
        info = self.detail.info
        decision = self.decision()
        sync, actor = self.ctx.workspace.sync, self.ctx.actor()
        conflict_id = uuid.UUID(info.id)

        def work(_progress: Progress) -> ConflictInfo:
            sync.resolve(conflict_id, decision, actor)
            return info

        self.error.set_message(None)
        self.message.clear()
        self._set_busy(True)
        self._task = ProgressTask(work, self)
        self._task.succeeded.connect(self._applied)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.apply_button, self.all_mine_button, self.all_theirs_button,
                       self.list, self.table, self.close_button):
            widget.setEnabled(not busy)

    def _finish_task(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None
        self._set_busy(False)

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        self.error.set_message(self.tr("The decision was not applied: {reason}").format(
            reason=conflict_error_text(error)))
        self.refresh()

    def _applied(self, info: ConflictInfo) -> None:
        self._finish_task()
        self.detail = None
        self.message.setText(self.tr("Resolved: {label}").format(label=info.label))
        events = self.ctx.events
        if info.entity == "inspection":
            events.inspection_changed.emit(info.entity_id)
        elif info.entity == "facility":
            events.facilities_changed.emit()
        else:
            events.inspectors_changed.emit()
        self.resolved.emit(info.entity_id)
        self.refresh()

    def done(self, result: int) -> None:
        if self._task is not None:  # never drop a running thread
            self._task.wait()
        super().done(result)


def pending_count(ctx: AppContext) -> int:
    """How many conflicts wait for a decision (0 when they cannot be read)."""
    try:
        return ctx.workspace.sync.pending_count()
    except Exception:  # a status line must never break the window
        return 0
