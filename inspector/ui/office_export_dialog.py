"""File → Export tables…: the registry and the inspections as an Excel workbook or CSV.

The user ticks the tables, picks the format, an optional date range and status, the
language of the words (the UI's, by default) and the header row, then chooses where
to save (a file; a folder for several CSV
tables). ``inspector.office_export.export_tables`` does the work on a worker thread
and reports progress; the core writes to temporary files and moves them into place
only at the end, so an error or Cancel leaves nothing half-written. The result shows
the rows per table and offers to open the folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inspector.office_export import (
    TABLES,
    ExportCancelled,
    ExportOptions,
    ExportRefused,
    ExportResult,
    export_tables,
    planned_files,
)
from inspector.ui.context import AppContext
from inspector.ui.fields import ErrorLabel
from inspector.ui.inspection_list import status_label
from inspector.ui.messages import explain
from inspector.ui.worker import ProgressTask


class OfficeExportDialog(QDialog):
    """Choose tables, format, range and header language; export; show the result."""

    export_finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: ProgressTask | None = None
        self.result: ExportResult | None = None
        self.error: str | None = None
        self.setWindowTitle(self.tr("Export tables"))
        self._build()
        self._update()

    # ---------------------------------------------------------------- building

    def _build(self) -> None:
        names = {"facilities": self.tr("&Facilities (the whole registry)"),
                 "inspections": self.tr("&Inspections (one row each)"),
                 "answers": self.tr("&Answers (one row per checklist item)"),
                 "findings": self.tr("Fi&ndings")}
        tables = QGroupBox(self.tr("Tables"), self)
        box = QVBoxLayout(tables)
        self.table_boxes: dict[str, QCheckBox] = {}
        for table in TABLES:
            check = QCheckBox(names[table], tables)
            check.setChecked(True)
            check.toggled.connect(self._update)
            box.addWidget(check)
            self.table_boxes[table] = check

        self.format_box = QComboBox(self)
        self.format_box.addItem(self.tr("Excel workbook (.xlsx), one sheet per table"), "xlsx")
        self.format_box.addItem(self.tr("CSV files (UTF-8), one file per table"), "csv")
        self.format_box.currentIndexChanged.connect(self._update)

        self.range_box = QCheckBox(self.tr("Only inspections &dated from"), self)
        self.range_box.toggled.connect(self._update)
        # Never clip its text ("... dated from"): the dialog grows instead.
        self.range_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        today = QDate.currentDate()
        self.since_edit = self._date_edit(QDate(today.year(), 1, 1))
        self.until_edit = self._date_edit(today)
        dates = QHBoxLayout()
        dates.addWidget(self.range_box)
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.until_edit)
        dates.addStretch(1)

        self.status_box = QComboBox(self)
        self.status_box.addItem(self.tr("Any status"), None)
        for status in ("draft", "completed", "signed"):
            self.status_box.addItem(status_label(status), status)

        self.language_box = QComboBox(self)
        self.language_box.addItem("中文", "zh")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(self.language_box.findData(self.ctx.language), 0))
        self.language_box.setToolTip(self.tr(
            "Column names and coded values (kind, status, verdict…) are written in words "
            "in this language; the codes are in the …_code columns at the right."))
        self.headers_box = QComboBox(self)
        self.headers_box.addItem(self.tr("Column names"), "labels")
        self.headers_box.addItem(self.tr("Column keys (for scripts)"), "keys")

        form = QFormLayout()
        form.addRow(self.tr("Fo&rmat:"), self.format_box)
        form.addRow(self.tr("Date range:"), dates)
        form.addRow(self.tr("Inspection &status:"), self.status_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Header row:"), self.headers_box)

        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.problem_label = ErrorLabel(self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open folder"), self)
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_folder)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_button)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export\u2026"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.choose_and_export)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(tables)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_label)
        layout.addLayout(result_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # ---------------------------------------------------------------- state

    @property
    def busy(self) -> bool:
        return self.task is not None

    def tables(self) -> tuple[str, ...]:
        return tuple(t for t, box in self.table_boxes.items() if box.isChecked())

    def options(self, force: bool = False) -> ExportOptions:
        ranged = self.range_box.isChecked()
        return ExportOptions(
            format=self.format_box.currentData(), tables=self.tables(),
            since=self.since_edit.date().toPython() if ranged else None,
            until=self.until_edit.date().toPython() if ranged else None,
            status=self.status_box.currentData(), lang=self.language_box.currentData(),
            headers=self.headers_box.currentData(), force=force)

    def _update(self) -> None:
        busy = self.busy
        for widget in (*self.table_boxes.values(), self.format_box, self.range_box,
                       self.status_box, self.language_box, self.headers_box):
            widget.setEnabled(not busy)
        for edit in (self.since_edit, self.until_edit):
            edit.setEnabled(not busy and self.range_box.isChecked())
        self.export_button.setEnabled(not busy and bool(self.tables()))
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("Close"))
        csv_folder = self.options().to_folder
        self.hint_label.setText(
            self.tr("The CSV files are saved into a folder you choose: facilities.csv, "
                    "inspections.csv, answers.csv and findings.csv.") if csv_folder else "")
        self.hint_label.setVisible(csv_folder)

    # ---------------------------------------------------------------- exporting

    def _start_folder(self) -> Path:
        return Path(str(self.ctx.settings.value("export/folder", str(Path.home()))))

    def choose_and_export(self) -> None:
        """Ask where to save (a file, or a folder for several CSV tables), then export."""
        options = self.options()
        start = self._start_folder()
        if options.to_folder:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a folder for the CSV files"), str(start))
            if not name:
                return
            target = Path(name)
            existing = [p.name for p in planned_files(target, options) if p.exists()]
            if existing and QMessageBox.question(
                    self, self.tr("Replace files?"),
                    self.tr("This folder already has {files}. Replace them?").format(
                        files=self.ctx.join(existing))) != QMessageBox.StandardButton.Yes:
                return
        else:
            stem = options.tables[0] if len(options.tables) == 1 else self.tr("inspection-data")
            if options.format == "xlsx":
                filters = self.tr("Excel workbook (*.xlsx)")
            else:
                filters = self.tr("CSV file (*.csv)")
            suggested = start / f"{stem}-{date.today().isoformat()}.{options.format}"
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export tables"), str(suggested), filters)
            if not name:
                return
            target = Path(name)
            if target.suffix.lower() != f".{options.format}":
                target = target.with_name(target.name + f".{options.format}")
                if target.exists() and QMessageBox.question(
                        self, self.tr("Replace file?"),
                        self.tr("{name} already exists. Replace it?").format(
                            name=target.name)) != QMessageBox.StandardButton.Yes:
                    return
        # The file dialog (or the question above) asked before replacing anything.
        self.export_to(target, force=True)

    def export_to(self, target: Path, *, force: bool = False) -> None:
        """Export to ``target`` on a worker thread (tests call this directly)."""
        if self.busy:
            return
        options = self.options(force=force)
        try:
            options.check()
        except ExportRefused as exc:
            self.problem_label.set_message(explain(exc))
            return
        self.ctx.settings.setValue(
            "export/folder", str(target if options.to_folder else Path(target).parent))
        self.result = None
        self.error = None
        self.problem_label.set_message(None)
        self.result_label.clear()
        self.open_button.setVisible(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status_label.setText(self.tr("Exporting\u2026"))
        workspace = self.ctx.workspace
        self.task = ProgressTask(
            lambda progress: export_tables(workspace, Path(target), options, progress=progress),
            self, cancelled=ExportCancelled)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self._update()
        self.task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status_label.setText(self.tr("Exporting\u2026 {done} of {total}").format(
            done=done, total=total))

    def _end_task(self) -> None:
        if self.task is not None:
            self.task.wait()
            self.task.deleteLater()
            self.task = None
        self.progress.setVisible(False)
        self._update()

    def _succeeded(self, result: ExportResult) -> None:
        self._end_task()
        self.result = result
        names = {"facilities": self.tr("Facilities: %n row(s)", "", result.rows.get(
                     "facilities", 0)),
                 "inspections": self.tr("Inspections: %n row(s)", "", result.rows.get(
                     "inspections", 0)),
                 "answers": self.tr("Answers: %n row(s)", "", result.rows.get("answers", 0)),
                 "findings": self.tr("Findings: %n row(s)", "", result.rows.get(
                     "findings", 0))}
        lines = [names[t] for t in TABLES if t in result.rows]
        self.status_label.setText(self.tr("Export finished."))
        self.result_label.setText(
            self.tr("Saved to {path}").format(path=str(result.target)) + "\n"
            + "\n".join(lines))
        self.open_button.setVisible(True)
        self.export_finished.emit()

    def _failed(self, error: BaseException) -> None:
        self._end_task()
        if isinstance(error, ExportCancelled):
            self.status_label.setText(self.tr("Export cancelled; nothing was written."))
        else:
            self.status_label.clear()
            self.error = explain(error)
            self.problem_label.set_message(
                self.tr("The tables could not be exported; nothing was written.") + "\n"
                + self.error)
        self.export_finished.emit()

    def open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.folder)))

    # ---------------------------------------------------------------- closing

    def reject(self) -> None:
        """Cancel stops a running export (nothing is written); otherwise it closes."""
        if self.task is not None:
            self.task.cancel()
            self.status_label.setText(self.tr("Cancelling\u2026"))
            return
        super().reject()

    def done(self, code: int) -> None:
        if self.task is not None:  # never drop a running thread
            self.task.cancel()
            self.task.wait()
        super().done(code)
