"""Importing facilities from a CSV or XLSX sheet, with a preview before anything is
saved.

The sheet is read in a worker thread (a big workbook takes seconds) while the dialog
shows a busy indicator. The preview lists every row of the sheet: rows with a problem
are marked and tinted, the bad cell is highlighted and the problem is spelled out in
the UI language. Importing is all-or-nothing unless the user chooses to skip the bad
rows; the core's ``Facilities.import_sheet`` does the saving, also in the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.facilities import FacilityInfo, ImportReport
from inspector.facility_records import (
    FacilityInput,
    RowError,
    SheetResult,
    read_facility_sheet,
    write_facility_template,
)
from inspector.ui.context import AppContext
from inspector.ui.fields import ERROR_CELL_TINT, ERROR_TINT, ErrorLabel, problem_message
from inspector.ui.row_filter import RowFilter

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
NEW, UPDATED, UNCHANGED, ERROR = "new", "updated", "unchanged", "error"
PROBLEMS = 1  # the preview column listing a row's problems, right after the line


# ------------------------------------------------------------------ background work


class _JobSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    """Runs ``work`` in a pool thread and reports back through queued signals."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the user, never lost in the thread
            log.exception("import job failed")
            self.signals.failed.emit(str(exc) or type(exc).__name__)
            return
        self.signals.done.emit(result)


# ------------------------------------------------------------------ the preview


@dataclass
class PreviewRow:
    line: int
    cells: list[str]
    status: str  # new | updated | unchanged | error
    errors: list[RowError] = field(default_factory=list)
    bad_columns: set[int] = field(default_factory=set)


@dataclass
class Preview:
    path: Path
    stamp: tuple[float, int] | None
    sheet: SheetResult
    rows: list[PreviewRow]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)


def _stamp(path: Path) -> tuple[float, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime, info.st_size


def _same(existing: FacilityInfo, data: FacilityInput) -> bool:
    return all(getattr(existing, key) == getattr(data, key)
               for key in FacilityInput.model_fields)


def build_preview(path: Path, existing: list[FacilityInfo]) -> Preview:
    """Read the sheet and say for every row what importing it would do."""
    stamp = _stamp(path)
    sheet = read_facility_sheet(path)
    by_code = {f.credit_code: f for f in existing}
    good = dict(sheet.rows)
    errors: dict[int, list[RowError]] = {}
    for error in sheet.errors:
        errors.setdefault(error.line, []).append(error)
    rows: list[PreviewRow] = []
    for line, cells in sorted(sheet.cells.items()):
        row = PreviewRow(line, cells, ERROR)
        if line in errors:
            row.errors = errors[line]
            row.bad_columns = {sheet.columns[e.field_name] for e in row.errors
                               if e.field_name in sheet.columns}
        elif line in good:
            data = good[line]
            known = by_code.get(data.credit_code)
            row.status = NEW if known is None else UNCHANGED if _same(known, data) else UPDATED
        rows.append(row)
    return Preview(path, stamp, sheet, rows)


class PreviewModel(QAbstractTableModel):
    """Every row of the sheet: a status column, the sheet's columns, the problems."""

    def __init__(self, style: QStyle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview: Preview | None = None
        self._columns: list[int] = []  # sheet column index of each shown cell column
        self._icons = {
            ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            NEW: style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
            UPDATED: style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            UNCHANGED: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
        }

    def set_preview(self, preview: Preview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        if preview is None:
            self._columns = []
        else:
            width = max([len(preview.sheet.header)] + [len(r.cells) for r in preview.rows])
            header = preview.sheet.header + [""] * (width - len(preview.sheet.header))
            used = {i for r in preview.rows for i, text in enumerate(r.cells) if text}
            self._columns = [i for i in range(width) if header[i] or i in used]
        self.endResetModel()

    def row(self, row: int) -> PreviewRow:
        assert self.preview is not None
        return self.preview.rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.preview.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.preview is None else len(self._columns) + 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Line")
        if section == PROBLEMS:
            return self.tr("Problems")
        assert self.preview is not None
        index = self._columns[section - 2]
        header = self.preview.sheet.header
        return header[index] if index < len(header) else ""

    def status_text(self, status: str) -> str:
        return {ERROR: self.tr("Error"), NEW: self.tr("New"), UPDATED: self.tr("Update"),
                UNCHANGED: self.tr("Unchanged")}[status]

    def problems_text(self, row: PreviewRow, separator: str = "; ") -> str:
        return separator.join(f"{e.column}: {self.message(e)}" if e.column else self.message(e)
                              for e in row.errors)

    @staticmethod
    def message(error: RowError) -> str:
        return problem_message(error.code, error.params, error.message)

    def sheet_column(self, section: int) -> int | None:
        """The sheet's column index shown in ``section`` (None for line/problems)."""
        if 2 <= section < len(self._columns) + 2:
            return self._columns[section - 2]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        row = self.preview.rows[index.row()]
        section = index.column()
        sheet_column = self.sheet_column(section)
        last = section == PROBLEMS
        bad_cell = sheet_column is not None and sheet_column in row.bad_columns
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return f"{row.line}  {self.status_text(row.status)}"
            if last:
                return self.problems_text(row)
            assert sheet_column is not None
            return row.cells[sheet_column] if sheet_column < len(row.cells) else ""
        if role == Qt.ItemDataRole.DecorationRole and section == 0:
            return self._icons[row.status]
        if role == Qt.ItemDataRole.BackgroundRole and row.status == ERROR:
            return ERROR_CELL_TINT if bad_cell else ERROR_TINT
        if role == Qt.ItemDataRole.ToolTipRole and row.errors:
            if bad_cell:
                return "\n".join(self.message(e) for e in row.errors
                                 if self.preview.sheet.columns.get(e.field_name) == sheet_column)
            if section == 0 or last:
                return self.problems_text(row, "\n")
        if role == Qt.ItemDataRole.UserRole:
            return row.status
        return None


# ------------------------------------------------------------------ the dialog


class ImportDialog(QDialog):
    """Choose a sheet, check the preview, import."""

    preview_ready = Signal()
    import_finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = Path(path) if path is not None else None
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self.busy = False
        self._saving = False
        self._asked = False
        self._pool = QThreadPool.globalInstance()
        self._on_done: Callable[[Any], None] | None = None
        self.setWindowTitle(self.tr("Import facilities"))
        self._build()
        self._update_buttons()
        if self.path is not None:
            self.load(self.path)

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose file\u2026"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Save a &template\u2026"), self)
        self.template_button.setToolTip(
            self.tr("Save an empty sheet with the expected column headers"))
        self.template_button.clicked.connect(self.choose_template_path)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.template_button)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)

        self.problem_label = ErrorLabel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setVisible(False)

        self.model = PreviewModel(self.style(), self)
        self.proxy = RowFilter(lambda row: self.model.row(row).status == ERROR, self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_row_problems)

        self.row_problems = ErrorLabel(self)

        self.only_errors_box = QCheckBox(self.tr("Show only rows with &errors"), self)
        self.only_errors_box.toggled.connect(self.proxy.set_filtering)
        self.skip_box = QCheckBox(
            self.tr("&Skip rows with errors and import only the good rows"), self)
        self.skip_box.toggled.connect(self._update_buttons)
        options = QHBoxLayout()
        options.addWidget(self.only_errors_box)
        options.addStretch(1)
        options.addWidget(self.skip_box)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.row_problems)
        layout.addLayout(options)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Opened from a menu without a file: ask for one straight away.
        if self.path is None and not self._asked:
            self._asked = True
            QTimer.singleShot(0, self.choose_file)

    # ---------------------------------------------------------------- files

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(
            self.ctx.settings.value("import/folder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a facility sheet"), start,
            self.tr("Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)"))
        if name:
            self.ctx.settings.setValue("import/folder", str(Path(name).parent))
            self.load(Path(name))

    def choose_template_path(self) -> None:
        start = Path(str(self.ctx.settings.value("import/folder", str(Path.home()))))
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save an import template"), str(start / "facilities-template.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        self.save_template(path)

    def save_template(self, path: Path) -> bool:
        try:
            write_facility_template(path)
        except (OSError, ValueError) as exc:
            self.status_label.setText(
                self.tr("The template could not be saved: {error}").format(error=exc))
            return False
        self.status_label.setText(
            self.tr("Template saved as {path}.").format(path=str(path)))
        return True

    # ---------------------------------------------------------------- reading

    def load(self, path: Path) -> None:
        """Read ``path`` in the background and show the preview."""
        self.path = Path(path)
        self.preview = None
        self.report = None
        self.model.set_preview(None)
        self.problem_label.set_message(None)
        self.row_problems.set_message(None)
        self.summary_label.clear()
        self.warnings_label.setVisible(False)
        self.only_errors_box.setChecked(False)
        self.only_errors_box.setEnabled(False)
        self.file_label.setText(self.tr("File: {name}").format(name=str(self.path)))
        existing = self.ctx.workspace.facilities.list()
        self._run(lambda p=self.path: build_preview(p, existing), self._preview_done,
                  self.tr("Reading {name}\u2026").format(name=self.path.name))

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], status: str) -> None:
        """Run ``work`` in the pool; ``done`` gets its result. One job at a time: the
        controls that start jobs are disabled while busy."""
        self._set_busy(True, status)
        self._on_done = done
        job = _Job(work)
        # Bound methods of the dialog: Qt drops the connections if the dialog is
        # closed and deleted before the job ends.
        job.signals.done.connect(self._job_done)
        job.signals.failed.connect(self._job_failed)
        self._pool.start(job)

    def _job_done(self, result: Any) -> None:
        done, self._on_done = self._on_done, None
        self._set_busy(False)
        if done is not None:
            done(result)

    def _job_failed(self, message: str) -> None:
        self._on_done = None
        self._saving = False
        self._set_busy(False)
        self.problem_label.set_message(
            self.tr("Something went wrong: {error}").format(error=message))
        self._update_buttons()

    def _set_busy(self, busy: bool, status: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.status_label.setText(status)
        for widget in (self.choose_button, self.template_button, self.skip_box):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _preview_done(self, preview: Preview) -> None:
        self.preview = preview
        sheet = preview.sheet
        if sheet.problem:
            self.problem_label.set_message(
                self.tr("This file cannot be imported; nothing was changed.") + "\n"
                + sheet.problem)
            self.model.set_preview(None)
        else:
            self.model.set_preview(preview)
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                limit = 360 if column == PROBLEMS else 240
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), limit))
            self.summary_label.setText(self._summary(preview))
            if sheet.warnings:
                self.warnings_label.setText(
                    self.tr("Note:") + " " + " ".join(sheet.warnings))
                self.warnings_label.setVisible(True)
            errors = preview.count(ERROR)
            self.only_errors_box.setEnabled(errors > 0)
            if errors:
                # Start on the first bad row so its problem is in view.
                # Not selected: the selection colour would hide the cell highlight.
                first = next(i for i, r in enumerate(preview.rows) if r.status == ERROR)
                index = self.proxy.mapFromSource(self.model.index(first, 0))
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.table.scrollTo(index)
        self._update_buttons()
        self.preview_ready.emit()

    def _summary(self, preview: Preview) -> str:
        return self.tr(
            "{new} new, {updated} updated, {unchanged} unchanged, {errors} with errors"
        ).format(new=preview.count(NEW), updated=preview.count(UPDATED),
                 unchanged=preview.count(UNCHANGED), errors=preview.count(ERROR))

    def _show_row_problems(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.row_problems.set_message(None)
            return
        row = self.model.row(self.proxy.mapToSource(current).row())
        if row.errors:
            self.row_problems.set_message(
                self.tr("Line {line}:").format(line=row.line) + "\n"
                + self.model.problems_text(row, "\n"))
        else:
            self.row_problems.set_message(None)

    # ---------------------------------------------------------------- importing

    def can_import(self) -> bool:
        preview = self.preview
        if self.busy or self.report is not None or preview is None or preview.sheet.problem:
            return False
        if preview.count(ERROR) and not self.skip_box.isChecked():
            return False
        return bool(preview.sheet.rows)

    def _update_buttons(self) -> None:
        errors = self.preview.count(ERROR) if self.preview is not None else 0
        self.skip_box.setEnabled(not self.busy and errors > 0 and self.report is None)
        self.import_button.setEnabled(self.can_import())
        self.close_button.setEnabled(not self._saving)
        if self.preview is not None and errors and not self.skip_box.isChecked():
            self.import_button.setToolTip(self.tr(
                "Fix the rows with errors in the sheet, "
                "or tick \u201cskip rows with errors\u201d."))
        else:
            self.import_button.setToolTip("")

    def start_import(self) -> None:
        if not self.can_import() or self.path is None or self.preview is None:
            return
        if _stamp(self.path) != self.preview.stamp:
            # The user edited the sheet after the preview: show what would happen now.
            self.load(self.path)
            self.status_label.setText(
                self.tr("The file changed since it was previewed; check the new preview."))
            return
        skip = self.skip_box.isChecked()
        path, actor = self.path, self.ctx.actor()
        facilities = self.ctx.workspace.facilities
        self._saving = True
        self._run(lambda: facilities.import_sheet(path, actor, skip_invalid=skip),
                  self._import_done, self.tr("Importing\u2026"))

    def _import_done(self, report: ImportReport) -> None:
        self._saving = False
        if report.problem or (report.errors and not self.skip_box.isChecked()):
            # The file changed between preview and import; nothing was saved.
            self.problem_label.set_message(
                self.tr("The import was refused; nothing was changed.") + "\n"
                + (report.problem or "\n".join(str(e) for e in report.errors)))
            self._update_buttons()
            return
        self.report = report
        skipped = len({e.line for e in report.errors})
        text = self.tr(
            "Imported: {new} new, {updated} updated, {unchanged} unchanged."
        ).format(new=len(report.added), updated=len(report.updated),
                 unchanged=len(report.unchanged))
        if skipped:
            text += " " + self.tr("%n row(s) with errors skipped.", "", skipped)
        self.summary_label.setText(text)
        self.status_label.setText(self.tr("Import finished."))
        self.close_button.setText(self.tr("Close"))
        self.import_button.setVisible(False)
        self._update_buttons()
        self.ctx.events.facilities_changed.emit()
        self.import_finished.emit()

    def reject(self) -> None:
        if self._saving:
            return  # an import cannot be interrupted half-way
        if self.report is not None:
            self.accept()
            return
        super().reject()
