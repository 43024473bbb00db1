"""Starting an inspection: facility, kind, date, team and checklists.

The checklists offered are those the kind preselects; the preview says how many of
their items apply to the chosen facility and how many are hidden as not applicable.
Follow-ups (复查) are started from an earlier inspection, not here.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inspector.catalog import ChecklistConflict
from inspector.facilities import FacilityInfo
from inspector.inspections import InspectionError, facts_of
from inspector.scoring import applies
from inspector.ui.context import AppContext
from inspector.ui.messages import explain
from inspector.ui.pinyin_completer import PinyinCompleter

ID_ROLE = Qt.ItemDataRole.UserRole
WARN_STYLE = "color: #b45309;"
ERROR_STYLE = "color: #c62828; font-weight: bold;"


def _fit_rows(view: QListWidget, most: int) -> None:
    """As tall as its rows (at most ``most`` rows, then it scrolls)."""
    rows = max(2, min(view.count(), most))
    row = view.sizeHintForRow(0) if view.count() else view.fontMetrics().height() + 4
    view.setFixedHeight(rows * row + 2 * view.frameWidth() + 4)


class StartInspectionDialog(QDialog):
    KINDS = ("routine", "special", "complaint", "joint")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 facility_id: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id: str | None = None
        self.setWindowTitle(self.tr("Start an inspection"))
        ws = ctx.workspace
        lang = ctx.language
        # By name in pinyin order (the registry lists them by township first).
        self.facilities = sorted(ws.facilities.list(), key=lambda f: f.sort_name)
        self.catalog = ws.catalog
        self.me = ctx.current_inspector()
        self.policy = ws.policy.load()  # how many inspectors each kind needs

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.facility = QComboBox()
        self.facility.setEditable(True)
        self.facility.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for f in self.facilities:
            self.facility.addItem(f"{f.name} — {f.township}", f.id)
        self.facility.setCompleter(  # by name, township, or their pinyin
            PinyinCompleter(self.facility, [f.search_pinyin for f in self.facilities]))
        self.facility.lineEdit().setPlaceholderText(self.tr("Type to search by name or township"))
        self.facility.setMinimumWidth(420)
        self.facility.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("&Facility:"), self.facility)
        self.facility_details = QLabel()
        self.facility_details.setEnabled(False)
        form.addRow("", self.facility_details)

        self.kind = QComboBox()
        labels = {"routine": self.tr("Routine (日常)"), "special": self.tr("Special (专项)"),
                  "complaint": self.tr("Complaint (投诉)"), "joint": self.tr("Joint (联合)")}
        for k in self.KINDS:
            self.kind.addItem(labels[k], k)
        form.addRow(self.tr("&Kind:"), self.kind)

        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("&Date:"), self.date)

        self.team = QListWidget()
        inspectors = ws.inspectors.list()
        if self.me is not None:  # the current inspector first: the lead
            inspectors.sort(key=lambda i: i.id != self.me.id)
        for p in inspectors:
            text = f"{p.name} — {p.department} ({p.badge_number})"
            if self.me is not None and p.id == self.me.id:
                text += "  " + self.tr("[lead]")
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, p.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            mine = self.me is not None and p.id == self.me.id
            entry.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
            self.team.addItem(entry)
        _fit_rows(self.team, 7)
        form.addRow(self.tr("&Team:"), self.team)
        self.team_warning = QLabel()
        self.team_warning.setStyleSheet(WARN_STYLE)
        form.addRow("", self.team_warning)

        self.checklists = QListWidget()
        for c in self.catalog.current.values():
            entry = QListWidgetItem(f"{c.title.get(lang)}  (v{c.version})")
            entry.setData(ID_ROLE, c.id)
            entry.setToolTip(c.description.get(lang))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.checklists.addItem(entry)
        _fit_rows(self.checklists, 8)
        form.addRow(self.tr("&Checklists:"), self.checklists)
        self.preview = QLabel()
        form.addRow("", self.preview)
        layout.addLayout(form)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start inspection"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.facility.currentIndexChanged.connect(self._update)
        self.facility.lineEdit().textEdited.connect(lambda _t: self._update())
        self.kind.currentIndexChanged.connect(self._preselect)
        self.kind.currentIndexChanged.connect(self._update)
        self.team.itemChanged.connect(self._update)
        self.checklists.itemChanged.connect(self._update)

        if facility_id is not None:
            pos = self.facility.findData(str(facility_id))
            if pos >= 0:
                self.facility.setCurrentIndex(pos)
        elif self.facilities:
            self.facility.setCurrentIndex(-1)
        self._preselect()
        self.resize(max(660, self.sizeHint().width()), self.sizeHint().height())

    # --- reading the form -------------------------------------------------------------

    def selected_facility(self) -> FacilityInfo | None:
        fid = self.facility.currentData()
        if fid is None or self.facility.currentText() != self.facility.itemText(
                self.facility.currentIndex()):
            return None
        return next((f for f in self.facilities if f.id == fid), None)

    def selected_team(self) -> list[str]:
        ids = [self.team.item(i).data(ID_ROLE) for i in range(self.team.count())
               if self.team.item(i).checkState() == Qt.CheckState.Checked]
        if self.me is not None and self.me.id in ids:  # the current inspector leads
            ids.remove(self.me.id)
            ids.insert(0, self.me.id)
        return ids

    def selected_checklists(self) -> list[str]:
        return [self.checklists.item(i).data(ID_ROLE) for i in range(self.checklists.count())
                if self.checklists.item(i).checkState() == Qt.CheckState.Checked]

    def set_checklists(self, ids: list[str]) -> None:
        self.checklists.blockSignals(True)
        for i in range(self.checklists.count()):
            entry = self.checklists.item(i)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(ID_ROLE) in ids
                                else Qt.CheckState.Unchecked)
        self.checklists.blockSignals(False)
        self._update()

    def set_team(self, ids: list[str]) -> None:
        self.team.blockSignals(True)
        for i in range(self.team.count()):
            entry = self.team.item(i)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(ID_ROLE) in ids
                                else Qt.CheckState.Unchecked)
        self.team.blockSignals(False)
        self._update()

    # --- reacting ---------------------------------------------------------------------

    def _preselect(self) -> None:
        self.set_checklists(self.catalog.preselected(self.kind.currentData()))

    def _update(self) -> None:
        facility = self.selected_facility()
        if facility is None:
            self.facility_details.setText(self.tr("Choose a facility from the list."))
        else:
            self.facility_details.setText(self.tr(
                "{address} · capacity {capacity} · under 2: {under2} · meals: {meals}").format(
                address=facility.address, capacity=facility.capacity,
                under2=self.tr("yes") if facility.takes_under_2 else self.tr("no"),
                meals=self.tr("yes") if facility.serves_meals else self.tr("no")))
        team = self.selected_team()
        need = self.policy.min_team_size(self.kind.currentData())
        short = len(team) < need
        if short and need > 1:
            self.team_warning.setText("⚠ " + self.tr(
                "An official inspection is made by at least %n inspectors: choose another "
                "inspector. (The office can allow one inspector for some kinds of inspection "
                "in Settings.)", "", need))
        elif short:
            self.team_warning.setText("⚠ " + self.tr("Choose at least one inspector."))
        else:
            self.team_warning.setText("")
        self.team_warning.setVisible(short)
        chosen = self.selected_checklists()
        current = self.catalog.current
        if facility is not None and chosen:
            facts = facts_of(facility)
            items = [item for cid in chosen for item in current[cid].items]
            applying = sum(applies(item.applies_if, facts) for item in items)
            self.preview.setText(self.tr(
                "{applying} items apply to this facility; {hidden} are hidden as not "
                "applicable.").format(applying=applying, hidden=len(items) - applying))
        elif not chosen:
            self.preview.setText(self.tr("Choose at least one checklist."))
        else:
            self.preview.setText("")
        self.ok_button.setEnabled(facility is not None and not short and bool(chosen))
        self.error.setVisible(False)

    def accept(self) -> None:
        facility = self.selected_facility()
        team = self.selected_team()
        chosen = self.selected_checklists()
        if facility is None or not team or not chosen:
            self._fail(self.tr("Choose a facility, at least one inspector and a checklist."))
            return
        if len(team) < self.policy.min_team_size(self.kind.currentData()):
            self._fail(self.team_warning.text())
            return
        on = self.date.date().toPython()
        assert isinstance(on, date)
        try:
            iid = self.ctx.workspace.inspections.start(
                uuid.UUID(facility.id), self.kind.currentData(), on,
                [uuid.UUID(t) for t in team], self.ctx.actor(), checklist_ids=chosen)
        except (InspectionError, ChecklistConflict, ValueError) as exc:
            self._fail(self.tr("The inspection could not be started: {reason}").format(
                reason=explain(exc)))
            return
        self.inspection_id = str(iid)
        self.ctx.events.inspection_changed.emit(self.inspection_id)
        super().accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
