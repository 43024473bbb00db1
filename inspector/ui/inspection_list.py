"""The inspection list: a lazy table model over ``Inspections.query/count`` and its page.

The model never holds the whole list. ``rowCount()`` is the real total (one COUNT
query), so the scroll bar reflects it, and ``data()`` loads the page of rows that
contains the requested row on demand (one ``query`` with offset/limit), keeping a
bounded number of recently used pages. Scrolling to row 100,000 costs one page
query, not 100,000 rows. Sorting by a header asks the core for a new order.

The label helpers (``kind_label``, ``status_label``, ``verdict_label``) are shared by
other screens.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.inspection_records import InspectionFilter
from inspector.inspections import InspectionError, InspectionSummary
from inspector.ui.context import AppContext
from inspector.ui.messages import explain

KINDS = ("routine", "special", "complaint", "followup", "joint")
STATUSES = ("draft", "completed", "signed")
VERDICTS = ("pass", "basic_pass", "fail")

# Pass / fail marks: saturated enough to read on light and dark backgrounds.
VERDICT_COLOURS = {"pass": "#2e9d4f", "basic_pass": "#d99a1c", "fail": "#d64541"}


# --------------------------------------------------------------------------- labels


def kind_label(kind: str) -> str:
    labels = {
        "routine": QCoreApplication.translate("InspectionLabels", "Routine"),
        "special": QCoreApplication.translate("InspectionLabels", "Special"),
        "complaint": QCoreApplication.translate("InspectionLabels", "Complaint"),
        "followup": QCoreApplication.translate("InspectionLabels", "Follow-up"),
        "joint": QCoreApplication.translate("InspectionLabels", "Joint"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("InspectionLabels", "Draft"),
        "completed": QCoreApplication.translate("InspectionLabels", "Completed"),
        "signed": QCoreApplication.translate("InspectionLabels", "Signed"),
    }
    return labels.get(status, status)


def verdict_label(verdict: str | None) -> str:
    if verdict is None:
        return ""
    labels = {
        "pass": QCoreApplication.translate("InspectionLabels", "Pass"),
        "basic_pass": QCoreApplication.translate("InspectionLabels", "Basic pass"),
        "fail": QCoreApplication.translate("InspectionLabels", "Fail"),
    }
    return labels.get(verdict, verdict)


def verdict_mark(verdict: str | None, size: int = 12) -> QIcon:
    """A filled dot in the verdict's colour (an empty icon when not scored)."""
    colour = VERDICT_COLOURS.get(verdict or "")
    if colour is None:
        return QIcon()
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour).darker(130))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(3, 3, size * 2 - 6, size * 2 - 6))
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


# --------------------------------------------------------------------------- model

# (order key for Inspections.query or None when not sortable)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("date", "date"), ("facility", "facility"), ("township", "township"), ("kind", "kind"),
    ("status", "status"), ("score", "score"), ("verdict", "verdict"), ("fails", "fails"),
    ("progress", None),
)
COLUMN_KEYS = tuple(key for key, _ in COLUMNS)


class InspectionTableModel(QAbstractTableModel):
    """Inspections matching a filter, in a server-side order, loaded page by page."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, ctx: AppContext, parent: Any = None, *, page_size: int = 200,
                 max_pages: int = 16) -> None:
        super().__init__(parent)
        self._inspections = ctx.workspace.inspections
        self.page_size = page_size
        self.max_pages = max_pages
        self._filter = InspectionFilter()
        self._order_by = "date"
        self._descending = True
        self._pages: OrderedDict[int, list[InspectionSummary]] = OrderedDict()
        self.page_loads = 0  # how many page queries ran (for tests and the benchmark)
        self._marks = {v: verdict_mark(v) for v in VERDICTS}
        self._count = self._inspections.count(self._filter)

    # --- state -------------------------------------------------------------------

    @property
    def filter(self) -> InspectionFilter:
        return self._filter

    @property
    def order(self) -> tuple[str, bool]:
        return self._order_by, self._descending

    def set_filter(self, flt: InspectionFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def refresh(self) -> None:
        """Recount and drop every cached page (rows load again when shown)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._inspections.count(self._filter)
        self.endResetModel()

    def reload_rows(self) -> None:
        """Show changed values without losing the view's scroll position and selection:
        a reset only when the number of rows changed."""
        count = self._inspections.count(self._filter)
        if count != self._count:
            self.refresh()
            return
        self._pages.clear()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))

    def fetched_rows(self) -> int:
        """How many rows are held in memory right now."""
        return sum(len(p) for p in self._pages.values())

    def summary(self, row: int) -> InspectionSummary | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def row_of(self, inspection_id: str) -> int | None:
        """The row of an inspection if its page is loaded."""
        for number, page in self._pages.items():
            for i, s in enumerate(page):
                if s.id == inspection_id:
                    return number * self.page_size + i
        return None

    def _load(self, number: int) -> list[InspectionSummary]:
        start = number * self.page_size
        size = min(self.page_size, self._count - start)
        if start > self._count // 2:
            # Past the middle, ask for the reverse order from the other end: SQLite
            # walks OFFSET rows one by one, so this keeps the last page as cheap as the
            # first. (The order is total, ties broken by id, so it reverses exactly.)
            page = self._inspections.query(
                self._filter, order_by=self._order_by, descending=not self._descending,
                offset=self._count - start - size, limit=size)[::-1]
        else:
            page = self._inspections.query(self._filter, order_by=self._order_by,
                                           descending=self._descending, offset=start,
                                           limit=self.page_size)
        self.page_loads += 1
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    # --- Qt model ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Date"), self.tr("Facility"), self.tr("Township"), self.tr("Kind"),
                  self.tr("Status"), self.tr("Score"), self.tr("Verdict"),
                  self.tr("Fails (critical)"), self.tr("Progress"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.summary(index.row())
        if s is None:
            return None
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, key)
        if role == Qt.ItemDataRole.DecorationRole and key == "verdict":
            return self._marks.get(s.verdict or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("score", "fails", "progress"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "fails" and s.critical_fail_count:
            return self.tr("%n critical item(s) failed", "", s.critical_fail_count)
        if role == self.ID_ROLE:
            return s.id
        if role == self.SUMMARY_ROLE:
            return s
        return None

    def _display(self, s: InspectionSummary, key: str) -> str:
        if key == "date":
            return s.date if isinstance(s.date, str) else s.date.isoformat()
        if key == "facility":
            return s.facility
        if key == "township":
            return s.township
        if key == "kind":
            return kind_label(s.kind)
        if key == "status":
            return status_label(s.status)
        if key == "score":
            return "" if s.score is None else f"{s.score:.1f}"
        if key == "verdict":
            return verdict_label(s.verdict)
        if key == "fails":
            if s.critical_fail_count:
                return f"{s.fail_count} ({s.critical_fail_count})"
            return str(s.fail_count)
        return f"{s.answered}/{s.applicable}"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._order_by, self._descending):
            return
        self._order_by, self._descending = key, descending
        self.refresh()

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column][1] is not None


# --------------------------------------------------------------------------- filter bar


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _group(*widgets: QWidget) -> QWidget:
    """Widgets that stay together on one line (a label and its field)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for w in widgets:
        row.addWidget(w)
    return box


class FlowLayout(QLayout):
    """Lays items out left to right and wraps them onto new lines when needed."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing // 2
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


class InspectionFilterBar(QWidget):
    """Status, kind, township, verdict and a date range; emits the filter on change."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._quiet = False

        self.status = self._combo([(s, status_label(s)) for s in STATUSES])
        self.kind = self._combo([(k, kind_label(k)) for k in KINDS])
        self.township = self._combo([])
        self.verdict = self._combo([(v, verdict_label(v)) for v in VERDICTS])
        self.reload_townships()

        today = QDate.currentDate()
        self.since_on = QCheckBox(self.tr("From"))
        self.since = self._date_edit(today.addMonths(-3))
        self.until_on = QCheckBox(self.tr("To"))
        self.until = self._date_edit(today)
        for box, edit in ((self.since_on, self.since), (self.until_on, self.until)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self._emit)
            edit.dateChanged.connect(self._emit)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Show all inspections"))
        self.reset_button.clicked.connect(self.reset)

        # Groups wrap onto a second line when the window is narrow.
        layout = FlowLayout(self, spacing=12)
        for text, widget in ((self.tr("&Status:"), self.status), (self.tr("&Kind:"), self.kind),
                             (self.tr("&Township:"), self.township),
                             (self.tr("&Verdict:"), self.verdict)):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(_group(label, widget))
        layout.addWidget(_group(self.since_on, self.since, self.until_on, self.until))
        layout.addWidget(self.reset_button)

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Any"), None)
        for value, label in items:
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    def reload_townships(self) -> None:
        current = self.township.currentData()
        self._quiet = True
        try:
            self.township.clear()
            self.township.addItem(self.tr("Any"), None)
            for name in self._ctx.workspace.facilities.townships():
                self.township.addItem(name, name)
            found = self.township.findData(current) if current else 0
            self.township.setCurrentIndex(max(found, 0))
        finally:
            self._quiet = False
        if current and self.township.currentData() != current:
            self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def apply(self, base: InspectionFilter) -> InspectionFilter:
        """``base`` (which carries the search text) narrowed by this bar."""
        return replace(
            base, status=self.status.currentData(), kind=self.kind.currentData(),
            township=self.township.currentData(), verdict=self.verdict.currentData(),
            since=_pydate(self.since.date()) if self.since_on.isChecked() else None,
            until=_pydate(self.until.date()) if self.until_on.isChecked() else None)

    def set_values(self, *, status: str | None = None, kind: str | None = None,
                   township: str | None = None, verdict: str | None = None,
                   since: date | None = None, until: date | None = None) -> None:
        """Set every field at once (one change signal)."""
        self._quiet = True
        try:
            for combo, value in ((self.status, status), (self.kind, kind),
                                 (self.township, township), (self.verdict, verdict)):
                combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
            for box, edit, value in ((self.since_on, self.since, since),
                                     (self.until_on, self.until, until)):
                box.setChecked(value is not None)
                if value is not None:
                    edit.setDate(_qdate(value))
        finally:
            self._quiet = False
        self.changed.emit()

    def reset(self) -> None:
        self.set_values()

    def is_default(self) -> bool:
        return self.apply(InspectionFilter()) == InspectionFilter()


# --------------------------------------------------------------------------- page


class InspectionListPage(QWidget):
    """The filter bar, the count and the lazy table of inspections."""

    open_requested = Signal(str)
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._search = ""
        self.model = InspectionTableModel(ctx, self)
        self.filter_bar = InspectionFilterBar(ctx, self)
        self.filter_bar.changed.connect(self._apply_filter)

        self.count_label = QLabel()
        self.view = QTableView(self)
        self.view.setModel(self.model)
        delete = QAction(self.view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.view.addAction(delete)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._activated)
        vh = self.view.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setHighlightSections(False)
        self.fit_columns()

        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self.model.modelReset.connect(self._update_count)
        self._update_count()
        ctx.events.inspection_changed.connect(self._inspection_changed)
        ctx.events.facilities_changed.connect(self.filter_bar.reload_townships)

    def fit_columns(self) -> None:
        """Widths from the longest label each column can show (never from scanning
        rows: there may be 100,000)."""
        fm = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        samples = {
            "date": ["2026-12-31"], "facility": ["江阴市澄江街道小橙子托育中心有限公司"],
            "township": ["徐霞客镇街道"], "kind": [kind_label(k) for k in KINDS],
            "status": [status_label(s) for s in STATUSES], "score": ["100.0"],
            "verdict": [verdict_label(v) + "MMM" for v in VERDICTS], "fails": ["88 (8)"],
            "progress": ["188/188"],
        }
        for column, key in enumerate(COLUMN_KEYS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            text = max((fm.horizontalAdvance(t) for t in samples[key]), default=0)
            # the header needs room for the sort arrow as well
            header.resizeSection(column, max(text + 16, fm.horizontalAdvance(title) + 32))

    # --- filtering ---------------------------------------------------------------

    def set_search(self, text: str) -> int:
        """Narrow the list to inspections matching ``text``; the number found."""
        self._search = text.strip()
        self._apply_filter()
        return self.model.rowCount()

    def _apply_filter(self) -> None:
        base = InspectionFilter(text=self._search or None)
        self.model.set_filter(self.filter_bar.apply(base))

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n inspection(s)", "", n))
        self.count_changed.emit(n)

    def refresh(self) -> None:
        self.model.reload_rows()

    def _inspection_changed(self, _inspection_id: str) -> None:
        self.model.reload_rows()

    # --- layout state --------------------------------------------------------------

    def save_state(self) -> None:
        self._ctx.settings.setValue("inspections/header",
                                    self.view.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = self._ctx.settings.value("inspections/header")
        header = self.view.horizontalHeader()
        if state is not None and header.restoreState(state):
            column = header.sortIndicatorSection()
            if self.model.is_sortable(column):
                self.model.sort(column, header.sortIndicatorOrder())

    # --- opening -----------------------------------------------------------------

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(index, InspectionTableModel.ID_ROLE)

    def _activated(self, index: QModelIndex) -> None:
        iid = self.model.data(index, InspectionTableModel.ID_ROLE)
        if iid:
            self.open_requested.emit(iid)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        summary: InspectionSummary = self.model.data(index, InspectionTableModel.SUMMARY_ROLE)
        menu = QMenu(self)
        open_action = QAction(self.tr("Open"), menu)
        open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        open_action.triggered.connect(lambda: self.open_requested.emit(summary.id))
        menu.addAction(open_action)
        followup = QAction(self.tr("Start follow-up…"), menu)
        followup.setEnabled(self.can_follow_up(summary))
        followup.triggered.connect(lambda: self.start_followup(summary.id))
        menu.addAction(followup)
        export = QAction(self.tr("Export bundle…"), menu)
        export.triggered.connect(
            lambda: self.export_bundle(self.selected_ids() or [summary.id]))
        menu.addAction(export)
        menu.addSeparator()
        delete = QAction(self.tr("Delete draft…"), menu)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setEnabled(summary.status == "draft")
        delete.triggered.connect(lambda: self.delete_draft(summary.id))
        menu.addAction(delete)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows (the current row when none is selected)."""
        model = self.view.selectionModel()
        rows = sorted({i.row() for i in model.selectedRows()}) if model is not None else []
        ids = [self.model.data(self.model.index(r, 0), InspectionTableModel.ID_ROLE)
               for r in rows]
        if not ids and self.current_id():
            ids = [self.current_id()]
        return [str(i) for i in ids if i]

    def export_bundle(self, inspection_ids: list[str]) -> None:
        from inspector.ui.bundle_export import BundleExportDialog

        BundleExportDialog(self._ctx, self, inspection_ids).exec()

    def delete_current(self) -> None:
        """The Delete key on the list."""
        current = self.current_id()
        if current is not None:
            self.delete_draft(current)

    def delete_draft(self, inspection_id: str, confirm: bool = True) -> bool:
        """Delete an inspection started by mistake, after asking. Only drafts."""
        svc = self._ctx.workspace.inspections
        detail = svc.detail(uuid.UUID(inspection_id))
        if detail.status != "draft" or detail.amendments:
            QMessageBox.information(
                self, self.tr("Delete draft"),
                self.tr("Only a draft can be deleted. A completed, signed or amended "
                        "inspection is part of the record; correct it with an amendment."))
            return False
        answered = sum(1 for a in detail.answers.values()
                       if a.result is not None or a.not_applicable or a.value is not None)
        if confirm and QMessageBox.question(
                self, self.tr("Delete draft"),
                self.tr("Delete the draft inspection of {facility} on {date}? Its {answered} "
                        "answer(s), notes and photos are removed. This cannot be undone.")
                .format(facility=detail.facility.name, date=detail.date.isoformat(),
                        answered=answered),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        try:
            svc.delete_draft(uuid.UUID(inspection_id), self._ctx.actor())
        except InspectionError as exc:
            QMessageBox.warning(self, self.tr("Delete draft"),
                                self.tr("The draft was not deleted: {reason}").format(
                                    reason=explain(exc)))
            return False
        self.refresh()
        self._ctx.events.inspection_changed.emit(inspection_id)
        return True

    def can_follow_up(self, summary: InspectionSummary) -> bool:
        """Completed or signed, with findings still open."""
        if summary.status not in ("completed", "signed") or not summary.fail_count:
            return False
        findings = self._ctx.workspace.inspections.findings(uuid.UUID(summary.id))
        return any(f.status in ("open", "not_rectified") for f in findings)

    def start_followup(self, original_id: str) -> str | None:
        try:
            from inspector.ui.followup import start_followup_dialog
        except ImportError as exc:
            QMessageBox.critical(self, self.tr("Follow-up"),
                                 self.tr("Follow-up inspections are not available in this "
                                         "build ({error}).").format(error=exc))
            return None
        new_id = start_followup_dialog(self._ctx, self, original_id)
        if new_id:
            self._ctx.events.inspection_changed.emit(new_id)
            self.open_requested.emit(new_id)
        return new_id
