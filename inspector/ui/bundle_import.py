"""File → Import bundle…: check a bundle from another laptop, preview what it would
change, then import it.

Choosing (or dropping) a file runs a dry run of the import on a worker thread: the
core checks the whole bundle and walks every record inside a transaction it rolls
back, so the preview says exactly what importing would do and nothing changes. A
refused bundle (damaged, tampered, from a newer app, unsigned) shows why, and that
nothing was changed. A bundle signed by someone this computer does not trust shows
who signed it; the user may say they know that inspector, and the preview runs again
accepting that signer. Import applies the bundle for real (adding an accepted signer
to the trust list) and reports the outcome; conflicts can be resolved from here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.sync.container import BundleRefused, SignerInfo
from inspector.sync.importer import ImportSummary, Outcome
from inspector.ui.context import AppContext
from inspector.ui.fields import ErrorLabel
from inspector.ui.messages import explain
from inspector.ui.row_filter import RowFilter
from inspector.ui.sync_common import (
    OUTCOME_COLORS,
    OUTCOME_ORDER,
    UNCHANGED,
    entity_label,
    grouped_fingerprint,
    join_counts,
    local_time,
    outcome_label,
    reason_text,
    refusal_headline,
)
from inspector.ui.worker import Progress, ProgressTask

_Index = QModelIndex | QPersistentModelIndex
FOLDER_KEY = "sync/import_folder"
ENTITY, LABEL, OUTCOME, REASON = range(4)


class OutcomeModel(QAbstractTableModel):
    """What the import does (or would do) to each record of the bundle; what needs a
    look first (rejected, conflicts) at the top."""

    def __init__(self, style: QStyle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Outcome] = []
        sp = QStyle.StandardPixmap
        self._icons: dict[str, QIcon] = {
            "rejected": style.standardIcon(sp.SP_MessageBoxCritical),
            "conflict": style.standardIcon(sp.SP_MessageBoxWarning),
            "new": style.standardIcon(sp.SP_FileDialogNewFolder),
            "updated": style.standardIcon(sp.SP_BrowserReload),
            "older": style.standardIcon(sp.SP_DialogApplyButton),
            "identical": style.standardIcon(sp.SP_DialogApplyButton),
        }

    def set_outcomes(self, outcomes: list[Outcome]) -> None:
        order = {o: n for n, o in enumerate(OUTCOME_ORDER)}
        entities = {"facility": 0, "inspector": 1, "inspection": 2}
        self.beginResetModel()
        self.rows = sorted(outcomes, key=lambda o: (order.get(o.outcome, 99),
                                                    entities.get(o.entity, 9), o.label))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Type"), self.tr("Record"), self.tr("Outcome"),
                self.tr("Reason"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ENTITY:
                return entity_label(row.entity)
            if column == LABEL:
                return row.label
            if column == OUTCOME:
                return outcome_label(row.outcome)
            return reason_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column in (LABEL, REASON):
            return reason_text(row) if column == REASON else row.label
        if role == Qt.ItemDataRole.DecorationRole and column == OUTCOME:
            return self._icons.get(row.outcome)
        if role == Qt.ItemDataRole.ForegroundRole and column == OUTCOME:
            return OUTCOME_COLORS.get(row.outcome)
        if role == Qt.ItemDataRole.FontRole and column == OUTCOME \
                and row.outcome in ("rejected", "conflict"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.outcome
        return None


class RefusalPanel(QFrame):
    """Why the whole bundle was refused, big and plain, with the core's detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusal")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#refusal { background: rgba(217, 48, 37, 20); "
                           "border: 1px solid rgba(217, 48, 37, 120); border-radius: 4px; }")
        self.icon = icon = QLabel(self)
        self._icon_size = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel(self)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nothing = QLabel(self.tr("Nothing was changed."), self)
        self.nothing.setWordWrap(True)
        bold = self.nothing.font()
        bold.setBold(True)
        self.nothing.setFont(bold)
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        text.addWidget(self.nothing)
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addLayout(text, 1)

    def show_refusal(self, headline: str, detail: str, *, warning: bool = False) -> None:
        """``warning``: a question for the user (an unknown signer), not damage."""
        self.headline.setText(headline)
        self.detail.setText(detail)
        rgb = "227, 116, 0" if warning else "217, 48, 37"
        self.setStyleSheet(f"#refusal {{ background: rgba({rgb}, 20); "
                           f"border: 1px solid rgba({rgb}, 120); border-radius: 4px; }}")
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if warning
                  else QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(self._icon_size,
                                                                     self._icon_size))
        self.show()


class BundleImportDialog(QDialog):
    """Choose a bundle, check the dry-run preview, import."""

    preview_ready = Signal()
    import_finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 path: Path | None = None, *, ask_for_file: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self._ask_for_file = ask_for_file and path is None
        self.preview: ImportSummary | None = None
        self.summary: ImportSummary | None = None  # after the real import
        self.refusal: BundleRefused | None = None
        self.untrusted: SignerInfo | None = None
        self._task: ProgressTask | None = None
        self._importing = False
        self.setWindowTitle(self.tr("Import bundle"))
        self.setAcceptDrops(True)
        self._build()
        self._update_buttons()
        if path is not None:
            self.load(Path(path))

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("Choose a bundle file, or drop one on this window."))
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel()

        self.refusal_panel = RefusalPanel(self)
        self.refusal_panel.hide()

        # Who signed an untrusted bundle, and the user's explicit acceptance.
        self.signer_box = QFrame()
        self.signer_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.signer_name = QLabel()
        self.signer_subject = QLabel()
        self.signer_subject.setWordWrap(True)
        self.signer_valid = QLabel()
        self.signer_fingerprint = QLabel()
        self.signer_fingerprint.setFont(QFont("monospace"))
        self.signer_fingerprint.setStyleSheet("font-family: monospace;")
        for label in (self.signer_name, self.signer_subject, self.signer_valid,
                      self.signer_fingerprint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain_label = QLabel(self.tr(
            "Accept this signer only if you know this inspector and the fingerprint matches "
            "the one they read out to you (for example over the phone)."))
        explain_label.setWordWrap(True)
        self.accept_box = QCheckBox(self.tr("I know this inspector; &trust this signer"))
        self.accept_box.toggled.connect(self._accept_toggled)
        signer_form = QFormLayout(self.signer_box)
        signer_form.addRow(self.tr("Signed by:"), self.signer_name)
        signer_form.addRow(self.tr("Certificate:"), self.signer_subject)
        signer_form.addRow(self.tr("Valid until:"), self.signer_valid)
        signer_form.addRow(self.tr("SHA-256 fingerprint:"), self.signer_fingerprint)
        signer_form.addRow(explain_label)
        signer_form.addRow(self.accept_box)
        self.signer_box.hide()

        # What the bundle is.
        self.info_box = QFrame()
        self.bundle_id_label = QLabel()
        self.exporter_label = QLabel()
        self.signer_label = QLabel()
        self.created_label = QLabel()
        for label in (self.bundle_id_label, self.exporter_label, self.signer_label,
                      self.created_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info = QFormLayout(self.info_box)
        info.setContentsMargins(0, 0, 0, 0)
        info.addRow(self.tr("Bundle:"), self.bundle_id_label)
        info.addRow(self.tr("Exported by:"), self.exporter_label)
        info.addRow(self.tr("Signed by:"), self.signer_label)
        info.addRow(self.tr("Created:"), self.created_label)
        self.info_box.hide()

        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = OutcomeModel(self.style(), self)
        self.proxy = RowFilter(lambda row: self.model.rows[row].outcome not in UNCHANGED, self,
                               filtering=True)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.hide()

        self.unchanged_box = QCheckBox(self.tr("Show &unchanged records"))
        self.unchanged_box.toggled.connect(lambda on: self.proxy.set_filtering(not on))
        self.unchanged_box.hide()

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.conflicts_button = QPushButton(self.tr("&Resolve conflicts…"))
        self.conflicts_button.clicked.connect(self.resolve_conflicts)
        self.conflicts_button.hide()
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unchanged_box)
        buttons.addStretch(1)
        buttons.addWidget(self.conflicts_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.refusal_panel)
        layout.addWidget(self.signer_box)
        layout.addWidget(self.info_box)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)
        self.resize(960, 620)

    # --- files ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Opened from the menu: ask for the file straight away.
        if self._ask_for_file:
            self._ask_for_file = False
            QTimer.singleShot(0, self.choose_file)

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(
            self.ctx.settings.value(FOLDER_KEY, str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a bundle"), start,
            self.tr("Inspection bundles (*.zip);;All files (*)"))
        if name:
            self.ctx.settings.setValue(FOLDER_KEY, str(Path(name).parent))
            self.load(Path(name))

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(u.toLocalFile()) for u in urls if isinstance(u, QUrl) and u.isLocalFile()]
        return files[0] if len(files) == 1 and files[0].is_file() else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.busy and self.summary is None and self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None or self.busy or self.summary is not None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load(path)

    # --- the preview ----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def accepted_signer(self) -> str | None:
        """The fingerprint the user accepted for this bundle, if any."""
        if self.untrusted is not None and self.accept_box.isChecked():
            return self.untrusted.fingerprint
        return None

    def load(self, path: Path) -> None:
        """Check ``path`` with a dry run (nothing changes) and show the preview."""
        if self.busy or self.summary is not None:
            return
        self.path = Path(path)
        self.untrusted = None
        self.accept_box.blockSignals(True)
        self.accept_box.setChecked(False)
        self.accept_box.blockSignals(False)
        self.file_label.setText(self.tr("File: {path}").format(path=str(self.path)))
        self._dry_run()

    def _dry_run(self) -> None:
        assert self.path is not None
        self._clear_result()
        self._run(self._work(dry_run=True), self._preview_done,
                  self.tr("Checking {name}…").format(name=self.path.name))

    def _work(self, *, dry_run: bool) -> Any:
        sync, actor = self.ctx.workspace.sync, self.ctx.actor()
        path, accept = self.path, self.accepted_signer()

        def work(progress: Progress) -> ImportSummary:
            assert path is not None
            return sync.import_bundle(path, actor, dry_run=dry_run, accept_signer=accept,
                                      progress=progress)
        return work

    def _clear_result(self) -> None:
        self.preview = None
        self.refusal = None
        self.error.set_message(None)
        self.refusal_panel.hide()
        self.info_box.hide()
        self.counts_label.clear()
        self.model.set_outcomes([])
        self.table.hide()
        self.unchanged_box.hide()
        if self.untrusted is None:
            self.signer_box.hide()

    def _run(self, work: Any, done: Any, status: str) -> None:
        self.status.setText(status)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._task = ProgressTask(work, self)
        self._task.progressed.connect(self._progressed)
        self._task.succeeded.connect(done)
        self._task.failed.connect(self._failed)
        self._update_buttons()
        self._task.start()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finish_task(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None
        self.progress.setVisible(False)
        self.status.clear()

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        importing, self._importing = self._importing, False
        if isinstance(error, BundleRefused):
            self.show_refusal(error)
        elif importing:
            self.error.set_message(self.tr("The import failed; nothing was changed: {reason}")
                                   .format(reason=explain(error)))
        else:
            self.error.set_message(self.tr("The bundle could not be checked: {reason}")
                                   .format(reason=explain(error)))
        self._update_buttons()

    def show_refusal(self, error: BundleRefused) -> None:
        self.refusal = error
        self.preview = None
        if error.code == "untrusted_signer" and error.signer is not None:
            self._show_untrusted(error.signer)
        else:
            self.untrusted = None
            self.signer_box.hide()
        self.refusal_panel.show_refusal(refusal_headline(error.code), error.message,
                                        warning=error.code == "untrusted_signer")
        if error.code == "untrusted_signer":
            self.refusal_panel.nothing.setText(self.tr(
                "Nothing was changed. If you know this inspector, accept the signer below to "
                "see what the bundle holds."))
        else:
            self.refusal_panel.nothing.setText(self.tr("Nothing was changed."))

    def _show_untrusted(self, signer: SignerInfo) -> None:
        self.untrusted = signer
        name = signer.name
        if signer.badge:
            name = self.tr("{name} (badge {badge})").format(name=signer.name, badge=signer.badge)
        self.signer_name.setText(name)
        self.signer_subject.setText(signer.subject)
        self.signer_valid.setText(local_time(signer.not_after))
        self.signer_fingerprint.setText(grouped_fingerprint(signer.fingerprint))
        self.signer_box.show()

    def _accept_toggled(self, on: bool) -> None:
        if self.path is not None and not self.busy and self.summary is None:
            self._dry_run()

    def _preview_done(self, preview: ImportSummary) -> None:
        self._finish_task()
        self.preview = preview
        self.refusal = None
        self.refusal_panel.hide()
        self._show_summary(preview)
        counts = preview.counts()
        if not preview.changed:
            self.status.setText(self.tr("Importing would change nothing: every record in this "
                                        "bundle is already here."))
        elif self.accepted_signer() is not None:
            self.status.setText(self.tr("Importing also adds {name} to the trusted signers on "
                                        "this computer.").format(name=preview.signer))
        else:
            self.status.setText(self.tr("Nothing has been changed yet. Press Import to apply "
                                        "the bundle."))
        if counts["rejected"]:
            self.status.setText(self.status.text() + " " + self.tr(
                "Rejected records are left out; the rest is imported."))
        self._update_buttons()
        self.preview_ready.emit()

    def _show_summary(self, summary: ImportSummary) -> None:
        self.bundle_id_label.setText(summary.bundle_id)
        self.exporter_label.setText(summary.exporter)
        if self.untrusted is None or summary.newly_trusted:
            signer = self.tr("{name} (trusted)").format(name=summary.signer)
        else:
            signer = self.tr("{name} (accepted by you, not yet trusted)").format(
                name=summary.signer)
        self.signer_label.setText(signer)
        self.created_label.setText(local_time(summary.created_at))
        self.info_box.show()
        self.counts_label.setText(self.counts_text(summary))
        self.model.set_outcomes(summary.outcomes)
        unchanged = sum(1 for o in summary.outcomes if o.outcome in UNCHANGED)
        self.unchanged_box.setText(self.tr("Show &unchanged records (%n)", "", unchanged))
        self.unchanged_box.setVisible(unchanged > 0)
        self.table.show()
        self.table.resizeColumnsToContents()
        for column, limit in ((ENTITY, 120), (LABEL, 380), (OUTCOME, 180)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, limit))

    def counts_text(self, summary: ImportSummary) -> str:
        c = summary.counts()
        unchanged = c["identical"] + c["older"]
        if summary.dry_run:
            counted = [(c["new"], self.tr("%n new", "", c["new"])),
                       (c["updated"], self.tr("%n updated", "", c["updated"])),
                       (c["conflict"], self.tr("%n conflict(s)", "", c["conflict"])),
                       (c["rejected"], self.tr("%n rejected", "", c["rejected"])),
                       (unchanged, self.tr("%n unchanged", "", unchanged))]
            parts = [text for n, text in counted if n] or [self.tr("nothing")]
            return self.tr("The bundle holds %n record(s): {counts}", "",
                           len(summary.outcomes)).format(counts=join_counts(parts))
        counted = [(c["new"], self.tr("%n new", "", c["new"])),
                   (c["updated"], self.tr("%n updated", "", c["updated"])),
                   (c["conflict"], self.tr("%n conflict(s) kept for a decision", "",
                                           c["conflict"])),
                   (c["rejected"], self.tr("%n rejected", "", c["rejected"])),
                   (unchanged, self.tr("%n unchanged", "", unchanged)),
                   (summary.photos_added, self.tr("%n photo(s) added", "",
                                                  summary.photos_added))]
        parts = [text for n, text in counted if n] or [self.tr("nothing")]
        return self.tr("Imported: {counts}").format(counts=join_counts(parts))

    # --- importing ------------------------------------------------------------------

    def can_import(self) -> bool:
        return (not self.busy and self.summary is None and self.preview is not None
                and (self.preview.changed or self.accepted_signer() is not None))

    def _update_buttons(self) -> None:
        busy = self.busy
        self.import_button.setEnabled(self.can_import())
        self.import_button.setVisible(self.summary is None)
        self.choose_button.setEnabled(not busy and self.summary is None)
        self.accept_box.setEnabled(not busy and self.summary is None)
        self.close_button.setEnabled(not self._importing)
        self.close_button.setText(self.tr("Close") if self.summary is not None
                                  else self.tr("Cancel"))

    def start_import(self) -> None:
        if not self.can_import():
            return
        self._importing = True
        self._run(self._work(dry_run=False), self._import_done, self.tr("Importing…"))

    def _import_done(self, summary: ImportSummary) -> None:
        self._finish_task()
        self._importing = False
        self.summary = summary
        self._show_summary(summary)
        text = self.tr("The bundle was imported.")
        if summary.newly_trusted:
            text += " " + self.tr("{name} is now a trusted signer on this computer.").format(
                name=summary.signer)
            self.signer_box.hide()
            self.untrusted = None
            self.signer_label.setText(self.tr("{name} (trusted)").format(name=summary.signer))
        self.status.setText(text)
        counts = summary.counts()
        self.conflicts_button.setVisible(counts["conflict"] > 0)
        self._update_buttons()
        self.close_button.setFocus()
        self._announce(summary)
        self.import_finished.emit()

    def _announce(self, summary: ImportSummary) -> None:
        """Tell the open screens what changed so they refresh."""
        events = self.ctx.events
        touched = [o for o in summary.outcomes if o.outcome in ("new", "updated", "conflict")]
        if any(o.entity == "facility" for o in touched):
            events.facilities_changed.emit()
        if any(o.entity == "inspector" for o in touched):
            events.inspectors_changed.emit()
        for o in touched:
            if o.entity == "inspection":
                events.inspection_changed.emit(o.id)
                if o.outcome == "updated":
                    events.inspection_replaced.emit(o.id)

    def resolve_conflicts(self) -> None:
        from inspector.ui.conflict_dialog import ConflictDialog

        ConflictDialog(self.ctx, self).exec()

    # --- closing --------------------------------------------------------------------

    def reject(self) -> None:
        if self._importing:
            return  # an import cannot be interrupted half-way
        if self.summary is not None:
            self.accept()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._task is not None:  # never drop a running thread
            self._task.wait()
        super().done(result)
