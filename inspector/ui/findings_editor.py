"""The findings of an inspection, edited in place with autosave.

A list (severity, item, deadline, status) next to an editor of the selected
finding: description, required action and deadline. Edits are saved a moment after
typing stops and at once when a field loses focus or another finding is chosen;
there is no Save button, an indicator says whether everything is saved.
"""

from __future__ import annotations

import dataclasses
import html
import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.inspection_records import FindingInfo
from inspector.inspections import InspectionError
from inspector.ui.context import AppContext
from inspector.ui.messages import explain

SAVE_DELAY_MS = 800
# Status marks: mid-tone colours that stay readable on light and dark palettes.
SEVERITY_COLOURS = {"critical": "#d32f2f", "major": "#e65100", "minor": "#8d6e00"}
PASS_COLOUR = "#2e7d32"
FAIL_COLOUR = "#d32f2f"


def severity_label(severity: str) -> str:
    labels = {
        "critical": QCoreApplication.translate("Findings", "Critical"),
        "major": QCoreApplication.translate("Findings", "Major"),
        "minor": QCoreApplication.translate("Findings", "Minor"),
    }
    return labels.get(severity, severity)


def finding_status_label(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("Findings", "Open"),
        "rectified": QCoreApplication.translate("Findings", "Rectified"),
        "not_rectified": QCoreApplication.translate("Findings", "Not rectified"),
        "withdrawn": QCoreApplication.translate("Findings", "Withdrawn"),
    }
    return labels.get(status, status)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FindingsEditor(QWidget):
    """Edit the findings of one inspection; ``saved`` is emitted after each commit."""

    saved = Signal(str)  # finding id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._findings: list[FindingInfo] = []
        self._inspection_date = date.today()
        self._current: str | None = None
        self._pending: dict[str, dict[str, object]] = {}
        self._read_only = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Severity"), self.tr("Item"), self.tr("Deadline"),
                                   self.tr("Status")])
        header = self.list.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.currentItemChanged.connect(self._selected)

        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.item_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.severity_label = QLabel()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))
        self.action = QPlainTextEdit()
        self.action.setTabChangesFocus(True)
        self.action.setAccessibleName(self.tr("Required action"))
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.deadline_hint = QLabel()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName(self.tr("Save status"))
        # The deadline changes by keys or the calendar, never by a wheel turned to
        # scroll past it.
        self.deadline.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.deadline.installEventFilter(self)

        for editor in (self.description, self.action):
            editor.textChanged.connect(self._edited)
            editor.installEventFilter(self)
        self.deadline.dateChanged.connect(self._edited)
        self.deadline.editingFinished.connect(self.flush)

        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(6, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Item:"), self.item_label)
        form.addRow(self.tr("Severity:"), self.severity_label)
        form.addRow(self._buddy(self.tr("&Description:"), self.description), self.description)
        form.addRow(self._buddy(self.tr("Required &action:"), self.action), self.action)
        deadline_row = QWidget()
        row = QHBoxLayout(deadline_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.deadline)
        row.addWidget(self.deadline_hint, 1)
        form.addRow(self._buddy(self.tr("D&eadline:"), self.deadline), deadline_row)
        form.addRow("", self.status)

        self.empty_label = QLabel(self.tr("No findings: no applicable item has failed."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        layout.addWidget(self.empty_label)
        self._show_editor(False)

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    # --- data -------------------------------------------------------------------

    def set_findings(self, findings: list[FindingInfo], inspection_date: date,
                     read_only: bool) -> None:
        """Show these findings (withdrawn ones are left out); keeps the selection."""
        self.flush()
        keep = self._current
        self._findings = [f for f in findings if f.status != "withdrawn"]
        order = {"critical": 0, "major": 1, "minor": 2}
        self._findings.sort(key=lambda f: (order.get(f.severity, 3), f.checklist_id, f.item_id))
        self._inspection_date = inspection_date
        self._read_only = read_only
        self.list.blockSignals(True)
        self.list.clear()
        for finding in self._findings:
            self.list.addTopLevelItem(self._row(finding))
        self.list.blockSignals(False)
        self._current = None
        ids = [f.id for f in self._findings]
        target = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.empty_label.setVisible(not ids)
        self._splitter.setVisible(bool(ids))
        if target >= 0:
            self.list.setCurrentItem(self.list.topLevelItem(target))
            self._load(self._findings[target])
        else:
            self._show_editor(False)
        self._apply_read_only()
        if not self._pending:
            self._set_status("")

    def findings(self) -> list[FindingInfo]:
        return list(self._findings)

    def select(self, finding_id: str) -> bool:
        for i, finding in enumerate(self._findings):
            if finding.id == finding_id:
                self.list.setCurrentItem(self.list.topLevelItem(i))
                return True
        return False

    def current_id(self) -> str | None:
        return self._current

    def has_pending(self) -> bool:
        return bool(self._pending)

    def _row(self, finding: FindingInfo) -> QTreeWidgetItem:
        prompt = finding.prompt.get(self.ctx.language) or finding.prompt.get("zh", "")
        row = QTreeWidgetItem([severity_label(finding.severity), prompt,
                               finding.deadline.isoformat(), finding_status_label(finding.status)])
        row.setForeground(0, QBrush(QColor(SEVERITY_COLOURS.get(finding.severity, "#808080"))))
        row.setToolTip(1, prompt)
        row.setData(0, Qt.ItemDataRole.UserRole, finding.id)
        return row

    def _finding(self, finding_id: str) -> FindingInfo | None:
        return next((f for f in self._findings if f.id == finding_id), None)

    # --- editor -----------------------------------------------------------------

    def _show_editor(self, visible: bool) -> None:
        self.form_box.setEnabled(visible)
        if not visible:
            for editor in (self.description, self.action):
                editor.blockSignals(True)
                editor.clear()
                editor.blockSignals(False)
            self.item_label.clear()
            self.severity_label.clear()
            self.deadline_hint.clear()

    def _apply_read_only(self) -> None:
        for editor in (self.description, self.action):
            editor.setReadOnly(self._read_only)
        self.deadline.setReadOnly(self._read_only)
        self.deadline.setCalendarPopup(not self._read_only)
        self.deadline.setButtonSymbols(QDateEdit.ButtonSymbols.NoButtons if self._read_only
                                       else QDateEdit.ButtonSymbols.UpDownArrows)

    def _selected(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.flush()
        if current is None:
            self._current = None
            self._show_editor(False)
            return
        finding = self._finding(current.data(0, Qt.ItemDataRole.UserRole))
        if finding is not None:
            self._load(finding)

    def _load(self, finding: FindingInfo) -> None:
        self._current = finding.id
        self._show_editor(True)
        if finding.id not in self._pending:  # a refusal said of the finding shown before
            self._set_status("")
        lang = self.ctx.language
        self.item_label.setText(finding.prompt.get(lang) or finding.prompt.get("zh", ""))
        colour = SEVERITY_COLOURS.get(finding.severity, "#808080")
        self.severity_label.setText(
            f'<span style="color:{colour}; font-weight:600">'
            f"{severity_label(finding.severity)}</span> · {finding_status_label(finding.status)}")
        for editor, text in ((self.description, finding.description),
                             (self.action, finding.required_action)):
            editor.blockSignals(True)
            editor.setPlainText(text)
            editor.blockSignals(False)
        self.deadline.blockSignals(True)
        self.deadline.setMinimumDate(to_qdate(self._inspection_date))
        self.deadline.setDate(to_qdate(finding.deadline))
        self.deadline.blockSignals(False)
        self._update_hint()

    def _update_hint(self) -> None:
        days = (from_qdate(self.deadline.date()) - self._inspection_date).days
        self.deadline_hint.setText(
            self.tr("%n day(s) after the inspection ({date})", "", days).format(
                date=self._inspection_date.isoformat()))

    # --- autosave ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.description, self.action):
            self.flush()
        if (event.type() == QEvent.Type.Wheel and watched is self.deadline
                and not self.deadline.hasFocus()):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _edited(self) -> None:
        if self._current is None or self._read_only:
            return
        changes = self._pending.setdefault(self._current, {})
        changes["description"] = self.description.toPlainText()
        changes["required_action"] = self.action.toPlainText()
        changes["deadline"] = from_qdate(self.deadline.date())
        self._update_hint()
        self._set_status(self.tr("Editing…"))
        self._timer.start()

    def flush(self) -> None:
        """Save every pending edit now."""
        self._timer.stop()
        while self._pending:
            finding_id, changes = self._pending.popitem()
            self._save(finding_id, changes)

    def _save(self, finding_id: str, changes: dict[str, object]) -> None:
        finding = self._finding(finding_id)
        if finding is None:
            return
        description = str(changes["description"]).strip()
        action = str(changes["required_action"]).strip()
        deadline = changes["deadline"]
        assert isinstance(deadline, date)
        if not description:
            self._set_status(self.tr("Not saved: a finding needs a description."), error=True)
            return
        if not action:
            self._set_status(self.tr("Not saved: a finding needs a required action."), error=True)
            return
        if (description, action, deadline) == (finding.description, finding.required_action,
                                               finding.deadline):
            self._set_status(self.tr("All changes saved"))
            return
        self._set_status(self.tr("Saving…"))
        try:
            self.ctx.workspace.inspections.update_finding(
                uuid.UUID(finding_id), self.ctx.actor(), description=description,
                required_action=action, deadline=deadline)
        except InspectionError as exc:
            self._set_status(self.tr("Not saved: {reason}").format(reason=explain(exc)), error=True)
            return
        updated = dataclasses.replace(finding, description=description, required_action=action,
                                      deadline=deadline)
        index = self._findings.index(finding)
        self._findings[index] = updated
        item = self.list.topLevelItem(index)
        if item is not None:
            item.setText(2, deadline.isoformat())
        self._set_status(self.tr("All changes saved"))
        self.saved.emit(finding_id)

    def _set_status(self, text: str, error: bool = False) -> None:
        text = html.escape(text)
        if error:
            self.status.setText(f'<span style="color:{FAIL_COLOUR}">{text}</span>')
        else:
            self.status.setText(text)
