"""The facility registry: a sortable, searchable table of every facility, with the
selected facility's details and inspection history beside it.

Registries hold hundreds to a few thousand facilities, so the whole list is loaded
and filtered in memory.
"""

from __future__ import annotations

import unicodedata
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.facilities import FacilityInfo
from inspector.pinyin import is_pinyin_query, query_key, sort_key
from inspector.scoring import VERDICT_LABELS
from inspector.ui.context import AppContext
from inspector.ui.fields import choice_label, field_label, yes_no
from inspector.ui.icons import icon, icon_size

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    "name", "credit_code", "district", "township", "facility_type", "capacity",
    "takes_under_2", "serves_meals", "filing_status", "representative", "contact_phone",
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class FacilityTableModel(QAbstractTableModel):
    """Every facility, one per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FacilityInfo] = []
        self._keys: dict[tuple[int, str], str] = {}

    def set_facilities(self, rows: list[FacilityInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = {}
        self.endResetModel()

    def facility(self, row: int) -> FacilityInfo:
        return self._rows[row]

    def row_of(self, facility_id: str) -> int:
        for row, f in enumerate(self._rows):
            if f.id == facility_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            name = COLUMNS[section]
            if name == "takes_under_2":
                return self.tr("Under 2")
            if name == "serves_meals":
                return self.tr("Meals")
            if name == "capacity":
                return self.tr("Capacity")
            return field_label(name)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        name = COLUMNS[index.column()]
        value = getattr(f, name)
        if role == Qt.ItemDataRole.DisplayRole:
            if name in ("takes_under_2", "serves_meals"):
                return yes_no(value)
            if name in ("facility_type", "filing_status"):
                return choice_label(name, value)
            return value
        if role == SORT_ROLE:
            # Chinese text in pinyin order (华士 < 南闸 < 云亭): the name and the township
            # by the keys stored with the facility, the short labels computed.
            if isinstance(value, bool | int):
                return int(value)
            if name == "name":
                return f.sort_name
            if name == "township":
                return f.sort_township
            if name in ("facility_type", "filing_status"):
                return sort_key(choice_label(name, value))
            if not isinstance(value, str):
                return value
            key = self._keys.get((index.row(), name))
            if key is None:  # once per cell: sorting asks again for every comparison
                key = self._keys[(index.row(), name)] = sort_key(value)
            return key
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "capacity":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and name == "name":
            return f.address
        return None


class FacilityFilter(QSortFilterProxyModel):
    """Keeps the facilities whose name, credit code, township, address or person in
    charge contains the search text (case- and width-insensitive), or whose name or
    township it spells in pinyin or its initials (``xxx``, ``xiaoxing`` → 小星星)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._pinyin = ""
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(False)  # the sort keys are pinyin already

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = _fold(text.strip())
        self._pinyin = query_key(text) if is_pinyin_query(text) else ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, FacilityTableModel)
        f = model.facility(source_row)
        haystack = (f.name, f.credit_code, f.township, f.address, f.representative)
        if any(self._needle in _fold(text) for text in haystack):
            return True
        return bool(self._pinyin) and self._pinyin in f.search_pinyin


class FacilityDetail(QWidget):
    """The selected facility's data and its inspections, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.values: dict[str, QLabel] = {}
        for name in ("credit_code", "address", "district", "township", "registration_kind",
                     "facility_type", "service_modes", "capacity", "takes_under_2",
                     "serves_meals", "filing_status", "filing_number", "representative",
                     "contact_name", "contact_phone"):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = label
            self.form.addRow(field_label(name), label)
        layout.addLayout(self.form)
        self.history_label = QLabel(self.tr("Inspections"), self)
        layout.addWidget(self.history_label)
        self.history = QTreeWidget(self)
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Status"), self.tr("Score"),
             self.tr("Verdict")])
        self.history.itemActivated.connect(self._open)
        layout.addWidget(self.history, 1)
        self.show_facility(None)

    def show_facility(self, f: FacilityInfo | None) -> None:
        self.history.clear()
        if f is None:
            self.title.setText(self.tr("No facility selected"))
            for label in self.values.values():
                label.clear()
            self.history_label.setText(self.tr("Inspections"))
            return
        self.title.setText(f.name)
        for name, label in self.values.items():
            value = getattr(f, name)
            if name == "service_modes":
                text = "\u3001".join(choice_label(name, v) for v in value)
            elif isinstance(value, bool):
                text = yes_no(value)
            elif name in ("registration_kind", "facility_type", "filing_status"):
                text = choice_label(name, value)
            else:
                text = "" if value is None else str(value)
            label.setText(text or "\u2014")
        inspections = self.ctx.workspace.inspections.list(facility_id=uuid.UUID(f.id))
        self.history_label.setText(
            self.tr("Inspections (%n)", "", len(inspections)))
        for summary in inspections:
            verdict = VERDICT_LABELS.get(summary.verdict or "")
            item = QTreeWidgetItem([
                summary.date, self._kind(summary.kind), self._status(summary.status),
                "" if summary.score is None else f"{summary.score:.1f}",
                verdict.get(self.ctx.language) if verdict else "",
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, summary.id)
            self.history.addTopLevelItem(item)
        for column in range(self.history.columnCount()):
            self.history.resizeColumnToContents(column)

    def _kind(self, kind: str) -> str:
        return {
            "routine": self.tr("Routine"), "special": self.tr("Special"),
            "complaint": self.tr("Complaint"), "followup": self.tr("Follow-up"),
            "joint": self.tr("Joint"),
        }.get(kind, kind)

    def _status(self, status: str) -> str:
        return {"draft": self.tr("Draft"), "completed": self.tr("Completed"),
                "signed": self.tr("Signed")}.get(status, status)

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        self.ctx.events.open_inspection.emit(str(item.data(0, Qt.ItemDataRole.UserRole)))


class FacilitiesPage(QWidget):
    """The registry page: toolbar, search, table and detail pane."""

    selection_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = FacilityTableModel(self)
        self.proxy = FacilityFilter(self)
        self.proxy.setSourceModel(self.model)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(icon_size())
        self.add_action = QAction(icon("new"), self.tr("&Add facility\u2026"), self)
        self.add_action.setShortcuts([QKeySequence("Ctrl+Shift+N"), QKeySequence("Insert")])
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.setToolTip(self.tr("Add a facility (Ctrl+Shift+N or Insert)"))
        self.edit_action = QAction(icon("facility"), self.tr("&Edit\u2026"), self)
        self.edit_action.setToolTip(self.tr("Edit the selected facility (Enter)"))
        self.import_action = QAction(icon("import"), self.tr("&Import\u2026"), self)
        self.import_action.setToolTip(self.tr("Import facilities from a CSV or Excel sheet"))
        self.start_action = QAction(icon("inspection"), self.tr("&Start inspection\u2026"),
                                    self)
        self.start_action.setToolTip(self.tr("Start an inspection of the selected facility"))
        for action in (self.add_action, self.edit_action, self.import_action,
                       self.start_action):
            self.toolbar.addAction(action)
            self.addAction(action)
        self.add_action.triggered.connect(self.add_facility)
        self.edit_action.triggered.connect(self.edit_selected)
        self.import_action.triggered.connect(lambda: self.import_sheet())
        self.start_action.triggered.connect(self.start_inspection)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search name (or its pinyin), credit code, township, address, "
                    "person in charge"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("township"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(300)  # big registries: size by a sample
        # Enter and double-click both activate a row.
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = FacilityDetail(ctx, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 360])

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        ctx.events.facilities_changed.connect(self.reload)
        ctx.events.inspection_changed.connect(self._inspection_changed)
        self.reload()
        self._restore_layout()
        self.splitter.splitterMoved.connect(lambda *_: self._save_layout())
        header.sectionResized.connect(lambda *_: self._save_layout())
        header.sortIndicatorChanged.connect(lambda *_: self._save_layout())

    # ---------------------------------------------------------------- loading

    def reload(self) -> None:
        """Read the registry again, keeping the selected facility selected."""
        selected = self.selected_facility()
        self.model.set_facilities(self.ctx.workspace.facilities.list())
        if not self._layout_restored_widths():
            self.table.resizeColumnsToContents()
            for column in range(len(COLUMNS)):
                width = self.table.columnWidth(column)
                self.table.setColumnWidth(column, min(width, 260))
        if selected is not None:
            self.select_facility(selected.id)
        self._update_count()
        self._selection_changed()

    def _layout_restored_widths(self) -> bool:
        return bool(self.ctx.settings.value("facilities/header"))

    def _restore_layout(self) -> None:
        header_state = self.ctx.settings.value("facilities/header")
        if isinstance(header_state, QByteArray):
            self.table.horizontalHeader().restoreState(header_state)
        splitter_state = self.ctx.settings.value("facilities/splitter")
        if isinstance(splitter_state, QByteArray):
            self.splitter.restoreState(splitter_state)

    def _save_layout(self) -> None:
        self.ctx.settings.setValue("facilities/header",
                                   self.table.horizontalHeader().saveState())
        self.ctx.settings.setValue("facilities/splitter", self.splitter.saveState())

    def set_search(self, text: str) -> None:
        """Show only facilities matching ``text`` (the main window's search box)."""
        if self.search.text() != text:
            self.search.setText(text)
        else:
            self._filter(text)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount() == 1:
            self.table.selectRow(0)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n facility(ies)", "", total))
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} facilities").format(shown=shown, total=total))

    # ---------------------------------------------------------------- selection

    def visible_facilities(self) -> list[FacilityInfo]:
        """The facilities shown, in table order."""
        return [self.model.facility(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
                for row in range(self.proxy.rowCount())]

    def selected_facility(self) -> FacilityInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.facility(self.proxy.mapToSource(rows[0]).row())

    def select_facility(self, facility_id: str) -> bool:
        row = self.model.row_of(facility_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        f = self.selected_facility()
        self.edit_action.setEnabled(f is not None)
        self.start_action.setEnabled(f is not None)
        self.detail.show_facility(f)
        self.selection_changed.emit()

    def _inspection_changed(self, _inspection_id: str) -> None:
        # The history of the selected facility may have a new or changed entry.
        self.detail.show_facility(self.selected_facility())

    # ---------------------------------------------------------------- actions

    def add_facility(self) -> None:
        from inspector.ui.facility_dialog import FacilityDialog

        dialog = FacilityDialog(self.ctx, self, None)
        if dialog.exec() and dialog.facility_id:
            self.select_facility(dialog.facility_id)

    def edit_selected(self) -> None:
        from inspector.ui.facility_dialog import FacilityDialog

        f = self.selected_facility()
        if f is None:
            return
        dialog = FacilityDialog(self.ctx, self, f)
        dialog.exec()

    def import_sheet(self, path: Path | None = None) -> None:
        from inspector.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self, path)
        dialog.exec()

    def start_inspection(self) -> None:
        f = self.selected_facility()
        if f is None:
            return
        from inspector.ui.start_dialog import StartInspectionDialog

        dialog = StartInspectionDialog(self.ctx, self, facility_id=f.id)
        if dialog.exec() and dialog.inspection_id:
            self.ctx.events.open_inspection.emit(str(dialog.inspection_id))
