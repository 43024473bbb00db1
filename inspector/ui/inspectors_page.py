"""Inspector profiles: who can be on an inspection team.

Profiles are never deleted (past inspections name them); a profile that is no
longer used is deactivated and is then not offered for new inspections.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inspector.inspectors import InspectorInfo, ProfileError
from inspector.ui.context import AppContext
from inspector.ui.fields import FieldBox, yes_no
from inspector.ui.icons import icon, icon_size
from inspector.ui.messages import explain

_Index = QModelIndex | QPersistentModelIndex

NAME_MAX, DEPARTMENT_MAX, BADGE_MAX = 50, 100, 30


class InspectorTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InspectorInfo] = []

    def set_inspectors(self, rows: list[InspectorInfo]) -> None:
        self.beginResetModel()
        # Active profiles first, each group by name.
        self._rows = sorted(rows, key=lambda p: (not p.active, p.name))
        self.endResetModel()

    def inspector(self, row: int) -> InspectorInfo:
        return self._rows[row]

    def row_of(self, inspector_id: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == inspector_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Department"), self.tr("Badge number"),
                    self.tr("Active"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.name, p.department, p.badge_number, yes_no(p.active))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole and not p.active:
            return self.tr("Inactive: not offered for new inspections")
        return None


class InspectorDialog(QDialog):
    """Add or edit one profile; problems are shown next to the fields."""

    def __init__(self, ctx: AppContext, parent: QWidget | None,
                 inspector: InspectorInfo | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inspector = inspector
        self.inspector_id: str | None = inspector.id if inspector else None
        self.setWindowTitle(self.tr("Edit inspector") if inspector else self.tr("New inspector"))
        self._touched: set[str] = set()
        self._closing = False
        self._problems: dict[str, str] = {}
        others = ctx.workspace.inspectors.list(include_inactive=True)
        self._badges = {p.badge_number.casefold(): p.name for p in others
                        if p.id != self.inspector_id}

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX)
        self.department_edit = QComboBox(self)
        self.department_edit.setEditable(True)
        self.department_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department_edit.addItems(sorted({p.department for p in others}))
        self.department_edit.setCurrentIndex(-1)
        department_line = self.department_edit.lineEdit()
        assert department_line is not None
        department_line.setMaxLength(DEPARTMENT_MAX)
        department_line.setPlaceholderText(self.tr("e.g. District Health Commission"))
        self.badge_edit = QLineEdit(self)
        self.badge_edit.setMaxLength(BADGE_MAX)
        self.boxes = {"name": FieldBox(self.name_edit, self),
                      "department": FieldBox(self.department_edit, self),
                      "badge": FieldBox(self.badge_edit, self)}
        for key, line in (("name", self.name_edit), ("department", department_line),
                          ("badge", self.badge_edit)):
            line.textEdited.connect(lambda _t: None if self._closing else self._validate())
            line.editingFinished.connect(lambda k=key: self._left(k))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (("name", self.tr("&Name")), ("department", self.tr("&Department")),
                           ("badge", self.tr("&Badge number"))):
            row_label = QLabel(label + " *", self)
            row_label.setBuddy(self.boxes[key].editor)
            form.addRow(row_label, self.boxes[key])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if inspector is not None:
            self.name_edit.setText(inspector.name)
            self.department_edit.setEditText(inspector.department)
            self.badge_edit.setText(inspector.badge_number)
        self.name_edit.setFocus()
        self.resize(460, 220)

    def values(self) -> dict[str, str]:
        return {"name": self.name_edit.text().strip(),
                "department": self.department_edit.currentText().strip(),
                "badge": self.badge_edit.text().strip()}

    def _check(self) -> dict[str, str]:
        values = self.values()
        problems: dict[str, str] = {}
        for key in ("name", "department", "badge"):
            if not values[key]:
                problems[key] = self.tr("Required.")
        owner = self._badges.get(values["badge"].casefold()) if values["badge"] else None
        if owner is not None:
            problems["badge"] = self.tr(
                "This badge number already belongs to {name}.").format(name=owner)
        self._problems = problems
        return problems

    def done(self, result: int) -> None:
        # Line edits report "editing finished" while the closed dialog is torn down.
        self._closing = True
        super().done(result)

    def _left(self, key: str) -> None:
        if self._closing:
            return
        self._touched.add(key)
        self._validate()

    def _validate(self) -> None:
        self._check()
        typed_badge = bool(self.values()["badge"])
        for key, box in self.boxes.items():
            message = self._problems.get(key)
            # A badge that is taken is said at once; other fields once left.
            if key not in self._touched and not (key == "badge" and typed_badge):
                message = None
            box.set_error(message)

    def problems(self) -> dict[str, str]:
        return dict(self._check())

    def accept(self) -> None:
        self._touched.update(self.boxes)
        self._validate()
        if self._problems:
            first = next(k for k in ("name", "department", "badge") if k in self._problems)
            self.boxes[first].editor.setFocus()
            return
        v = self.values()
        service = self.ctx.workspace.inspectors
        try:
            if self.inspector_id is None:
                self.inspector_id = service.create(v["name"], v["department"], v["badge"],
                                                   self.ctx.actor())
            else:
                service.update(uuid.UUID(self.inspector_id), v["name"], v["department"],
                               v["badge"], self.ctx.actor())
        except ProfileError as exc:
            if "badge" in str(exc):
                self.boxes["badge"].set_error(
                    self.tr("This badge number is already registered."))
                self.badge_edit.setFocus()
            else:
                QMessageBox.warning(self, self.tr("Not saved"),
                                    self.tr("The profile was not saved:") + "\n" + explain(exc))
            return
        self.ctx.events.inspectors_changed.emit()
        super().accept()


class InspectorsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = InspectorTableModel(self)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(icon_size())
        self.add_action = QAction(icon("new"), self.tr("&Add inspector\u2026"), self)
        self.add_action.setShortcuts([QKeySequence("Ctrl+Shift+N"), QKeySequence("Insert")])
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action = QAction(icon("inspector"), self.tr("&Edit\u2026"), self)
        self.active_action = QAction(self.tr("&Deactivate"), self)
        for action in (self.add_action, self.edit_action, self.active_action):
            self.toolbar.addAction(action)
            self.addAction(action)
        self.add_action.triggered.connect(self.add_inspector)
        self.edit_action.triggered.connect(self.edit_selected)
        self.active_action.triggered.connect(self.toggle_active)

        self.banner = QFrame(self)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QHBoxLayout(self.banner)
        banner_icon = QLabel(self.banner)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        banner_icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(banner_icon)
        banner_layout.addWidget(self.banner_text, 1)

        self.hint = QLabel(self.tr(
            "An official inspection is carried out by at least two inspectors, so keep at "
            "least two active profiles. Profiles are never deleted: deactivate a profile "
            "that is no longer used; past inspections keep its name."), self)
        self.hint.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)

        ctx.events.inspectors_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        selected = self.selected_inspector()
        profiles = self.ctx.workspace.inspectors.list(include_inactive=True)
        self.model.set_inspectors(profiles)
        self.table.resizeColumnsToContents()
        for column in range(3):
            self.table.setColumnWidth(column, max(self.table.columnWidth(column) + 24, 140))
        if selected is not None:
            self.select_inspector(selected.id)
        active = sum(1 for p in profiles if p.active)
        if active < 2:
            self.banner_text.setText(self.tr(
                "Only %n active inspector profile(s). An official inspection needs at least "
                "two inspectors: add or reactivate profiles before starting one.", "", active))
        self.banner.setVisible(active < 2)
        self._update_actions()

    def active_count(self) -> int:
        return sum(1 for row in range(self.model.rowCount()) if self.model.inspector(row).active)

    def selected_inspector(self) -> InspectorInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.inspector(rows[0].row()) if rows else None

    def select_inspector(self, inspector_id: str) -> bool:
        row = self.model.row_of(inspector_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _update_actions(self) -> None:
        p = self.selected_inspector()
        self.edit_action.setEnabled(p is not None)
        self.active_action.setEnabled(p is not None)
        if p is not None and not p.active:
            self.active_action.setText(self.tr("&Reactivate"))
            self.active_action.setToolTip(self.tr("Offer this inspector for new inspections"))
        else:
            self.active_action.setText(self.tr("&Deactivate"))
            self.active_action.setToolTip(
                self.tr("Stop offering this inspector for new inspections"))

    def add_inspector(self) -> None:
        dialog = InspectorDialog(self.ctx, self, None)
        if dialog.exec() and dialog.inspector_id:
            self.select_inspector(dialog.inspector_id)

    def edit_selected(self) -> None:
        p = self.selected_inspector()
        if p is not None:
            InspectorDialog(self.ctx, self, p).exec()

    def toggle_active(self) -> None:
        p = self.selected_inspector()
        if p is None:
            return
        try:
            self.ctx.workspace.inspectors.set_active(uuid.UUID(p.id), not p.active,
                                                     self.ctx.actor())
        except ProfileError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return
        self.ctx.events.inspectors_changed.emit()
