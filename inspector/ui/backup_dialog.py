"""Back up the data folder, and restore it from a backup.

Both run the core's work (``inspector.backup``) on a worker thread with a progress bar.
Restoring first checks the chosen backup and shows what it holds and where the current
data will be kept; only on confirmation does it close the workspace, restore, and ask
the app to reopen the data folder (``request_restart``: ``inspector.ui.app.run`` then
builds a new main window on the restored data). If the restore is refused, nothing
was changed and the app goes on with the current data.

A restore never adds trust silently: the certificates the backup would make trusted
are listed with their fingerprints, and the restore button stays disabled until the
user ticks the box under them. The restore dialog also works without an open
workspace (``data_dir=``), for the app's "cannot open the data" screen, where a
damaged database is the reason and a restore the way out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.backup import (
    BackupInfo,
    RestoreResult,
    create_backup,
    previous_data_path,
    restore_backup,
    verify_backup,
)
from inspector.ui.context import AppContext
from inspector.ui.messages import explain
from inspector.ui.worker import ProgressTask, per_mille

# ``run()`` reopens the data folder with a new main window when the event loop ends
# with this code (after a restore).
RESTART_EXIT_CODE = 75


def request_restart() -> None:
    """End the app's event loop so that ``run()`` reopens the (restored) data folder."""
    QCoreApplication.exit(RESTART_EXIT_CODE)


def _size(n: int) -> str:
    return QLocale().formattedDataSize(n)


def _contents(info: BackupInfo) -> str:
    # Counts as plain names: lupdate (PySide6 6.11) skips a translate() whose count is
    # an attribute or that is nested in the arguments of another call.
    n_facilities, n_inspections, n_photos = info.facilities, info.inspections, info.photos
    facilities = QCoreApplication.translate("Backup", "%n facilities", "", n_facilities)
    inspections = QCoreApplication.translate("Backup", "%n inspections", "", n_inspections)
    photos = QCoreApplication.translate("Backup", "%n photos", "", n_photos)
    return QCoreApplication.translate("Backup", "{facilities}, {inspections}, {photos}").format(
        facilities=facilities, inspections=inspections, photos=photos)


class _TaskDialog(QDialog):
    """What both dialogs share: one job at a time, a progress bar, an error line, and
    no closing while the job runs."""

    def __init__(self, ctx: AppContext | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._job: ProgressTask | None = None
        self._on_done: Callable[[Any], None] = lambda _r: None
        self._on_failed: Callable[[BaseException], None] = lambda _e: None
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

    def busy(self) -> bool:
        return self._job is not None

    def _start(self, fn: Callable[[Callable[[int, int], None]], Any],
               done: Callable[[Any], None], failed: Callable[[BaseException], None]) -> None:
        self.error_label.hide()
        self.progress.setValue(0)
        self.progress.show()
        job = ProgressTask(fn, self)
        # Bound slots of this dialog (not lambdas): they run on the GUI thread.
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._job_succeeded)
        job.failed.connect(self._job_failed)
        self._on_done, self._on_failed = done, failed
        self._job = job
        self._set_busy(True)
        job.start()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(per_mille(done, total))

    @Slot(object)
    def _job_succeeded(self, result: object) -> None:
        self._finish()
        self._on_done(result)

    @Slot(object)
    def _job_failed(self, error: BaseException) -> None:
        self._finish()
        self._on_failed(error)

    def _finish(self) -> None:
        if self._job is not None:
            self._job.wait()
            self._job.deleteLater()
            self._job = None
        self.progress.hide()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        pass

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def done(self, result: int) -> None:
        if self._job is not None:
            return  # the work cannot be interrupted half way; it ends by itself
        super().done(result)


class BackupDialog(_TaskDialog):
    """Write a backup of the whole data folder into a folder of the user's choice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ctx: AppContext = ctx
        self.result_info: BackupInfo | None = None
        self.folder = ctx.workspace.paths.backups
        self.setWindowTitle(self.tr("Back up"))
        self.setMinimumWidth(560)
        self.resize(680, 320)

        intro = QLabel(self.tr(
            "A backup is one file holding everything in the data folder: the database, the "
            "photos, the signing keys (still protected by their passphrases) and the "
            "settings. You can keep working while it is made. Keep backups on another "
            "disk or a USB drive."))
        intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton(self.tr("&Change folder…"))
        self.change_button.clicked.connect(self.choose_folder)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Save in:")))
        where.addWidget(self.folder_label, 1)
        where.addWidget(self.change_button)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.back_up)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(where)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show_folder()

    def _show_folder(self) -> None:
        self.folder_label.setText(str(self.folder))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the backup in"),
                                                  str(self.folder))
        if folder:
            self.folder = Path(folder)
            self._show_folder()

    def back_up(self) -> None:
        if self.busy():
            return
        paths, folder = self.ctx.workspace.paths, self.folder
        self.result_label.hide()
        self.open_button.hide()
        self._start(lambda progress: create_backup(paths, folder, progress=progress),
                    self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.change_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def _done(self, info: BackupInfo) -> None:
        self.result_info = info
        text = self.tr("Backup saved: {path} ({size}). It holds {contents}.").format(
            path=info.path, size=_size(info.size), contents=_contents(info))
        for warning in info.warnings:
            text += "\n" + self.tr("Note: {warning}").format(warning=warning)
        self.result_label.setText(text)
        self.result_label.show()
        self.open_button.show()
        self.close_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._show_error(self.tr("No backup was made: {reason}").format(
            reason=_reason(error)))

    def open_folder(self) -> None:
        if self.result_info is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_info.path.parent)))


class RestoreDialog(_TaskDialog):
    """Check a backup, show what it holds, and on confirmation restore it.

    The workspace is closed before the data folder is replaced; afterwards
    ``restored`` holds the result and the caller must reopen the data folder. Without a
    context (the data folder could not be opened), ``data_dir`` says which folder to
    restore into."""

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None,
                 path: Path | None = None, *, data_dir: Path | None = None) -> None:
        super().__init__(ctx, parent)
        if data_dir is None:
            assert ctx is not None, "a data folder or a context is needed"
            data_dir = ctx.workspace.paths.root
        self.data_dir = Path(data_dir)
        self.path: Path | None = None
        self.checked: BackupInfo | None = None
        self.previous: Path | None = None
        self.restored: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(620)
        self.resize(720, 400)

        self.intro = QLabel(self.tr(
            "Choose a backup file (.zip) to check it and see what it holds. Nothing changes "
            "until you confirm."))
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose a backup…"))
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addStretch(1)

        self.file_label = QLabel()
        self.created_label = QLabel()
        self.contents_label = QLabel()
        self.schema_label = QLabel()
        self.details = QFrame()
        form = QFormLayout(self.details)
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(self.tr("Made on:"), self.created_label)
        form.addRow(self.tr("Contents:"), self.contents_label)
        form.addRow(self.tr("Database schema:"), self.schema_label)
        for label in (self.file_label, self.created_label, self.contents_label,
                      self.schema_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning_label.setStyleSheet(
            "QLabel#warning { background: #fff4e5; border: 1px solid #e0a040; padding: 8px; }")
        self.warning_label.hide()
        self.trust_label = QLabel()
        self.trust_label.setObjectName("trust")
        self.trust_label.setWordWrap(True)
        self.trust_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_label.hide()
        self.trust_box = QCheckBox(self.tr(
            "I compared the fingerprints with their owners: trust these certificates"))
        self.trust_box.toggled.connect(self._trust_toggled)
        self.trust_box.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.details)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.trust_label)
        layout.addWidget(self.trust_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        if path is not None:
            self.check_file(path)

    def choose_file(self) -> None:
        backups = self.data_dir / "backups"
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"),
            str(backups if backups.is_dir() else Path.home()),
            self.tr("Backups (*.zip);;All files (*)"))
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> None:
        """Verify the backup on a worker thread; show what it holds when it is sound."""
        if self.busy() or self.restored is not None:
            return
        self.path, self.checked = Path(path), None
        self.details.hide()
        self.warning_label.hide()
        self.trust_label.hide()
        self.trust_box.hide()
        self.trust_box.setChecked(False)
        self.restore_button.setEnabled(False)
        self.status_label.setText(self.tr("Checking {file}…").format(file=path))
        self.status_label.show()
        data_dir = self.data_dir if self.data_dir.is_dir() else None
        self._start(lambda progress: verify_backup(Path(path), progress=progress,
                                                   data_dir=data_dir),
                    self._checked, self._check_failed)

    def _trust_ok(self) -> bool:
        return self.checked is not None and (not self.checked.new_trust
                                             or self.trust_box.isChecked())

    def _trust_toggled(self, _checked: bool) -> None:
        self.restore_button.setEnabled(not self.busy() and self._trust_ok()
                                       and self.restored is None)

    def _set_busy(self, busy: bool) -> None:
        self.choose_button.setEnabled(not busy and self.restored is None)
        self.close_button.setEnabled(not busy)
        self.trust_box.setEnabled(not busy and self.restored is None)
        self.restore_button.setEnabled(not busy and self._trust_ok()
                                       and self.restored is None)

    def _checked(self, info: BackupInfo) -> None:
        self.checked = info
        self.previous = previous_data_path(self.data_dir)
        self.status_label.hide()
        self.file_label.setText(self.tr("{path} ({size})").format(path=info.path,
                                                                   size=_size(info.size)))
        self.created_label.setText(self.tr("{when} by version {version}").format(
            when=info.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            version=info.app_version))
        self.contents_label.setText(_contents(info))
        self.schema_label.setText(str(info.schema_revision))
        self.details.show()
        text = self.tr(
            "Restoring replaces all the data in this app with the content of this backup. "
            "The current data is not deleted: it is moved to\n{previous}\nThe app then "
            "reopens with the restored data.").format(previous=self.previous)
        for warning in info.warnings:
            text += "\n" + self.tr("Note: {warning}").format(warning=warning)
        self.warning_label.setText(text)
        self.warning_label.show()
        if info.new_trust:
            n_new = len(info.new_trust)
            lines = [self.tr(
                "Restoring makes %n certificate(s) trusted that are not trusted here. Whoever "
                "holds their keys can then sign reports and bundles that this app shows as "
                "genuine. Compare each fingerprint with its owner:", "", n_new)]
            lines += [self.tr("{subject}\nSHA-256 {fingerprint}").format(
                subject=t.subject, fingerprint=_grouped(t.fingerprint)) for t in info.new_trust]
            self.trust_label.setText("\n\n".join(lines))
            self.trust_label.show()
            self.trust_box.show()
            self.trust_box.setFocus()
        self.restore_button.setEnabled(self._trust_ok())
        if self._trust_ok():
            self.restore_button.setFocus()

    def _check_failed(self, error: BaseException) -> None:
        self.status_label.hide()
        self._show_error(self.tr("This backup cannot be restored: {reason}").format(
            reason=_reason(error)))

    def restore(self) -> None:
        """Close the workspace and restore (the confirmation is this button, under the
        warning that says where the current data goes)."""
        if self.busy() or self.checked is None or self.path is None or self.restored:
            return
        if not self._trust_ok():
            return
        path, data_dir, previous = self.path, self.data_dir, self.previous
        trust = tuple(t.fingerprint for t in self.checked.new_trust)
        if self.ctx is not None:
            self.ctx.settings.sync()
            # The database file must not be in use while its folder is moved aside.
            self.ctx.workspace.close()
        self.status_label.setText(self.tr("Restoring…"))
        self.status_label.show()
        self._start(lambda progress: restore_backup(path, data_dir, progress=progress,
                                                    previous=previous, trust=trust),
                    self._restored, self._restore_failed)

    def _restored(self, result: RestoreResult) -> None:
        self.restored = result
        text = self.tr("The backup was restored.")
        if result.previous is not None:
            text += " " + self.tr("The previous data is kept in {path}.").format(
                path=result.previous)
        text += " " + self.tr("The app now reopens the data folder.")
        self.status_label.setText(text)
        self.warning_label.hide()
        self.trust_label.hide()
        self.trust_box.hide()
        self.restore_button.hide()
        self.choose_button.setEnabled(False)
        self.close_button.setText(self.tr("&Reopen"))
        self.close_button.setEnabled(True)
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _restore_failed(self, error: BaseException) -> None:
        # The workspace reconnects on its next use: the data was not changed.
        self.status_label.hide()
        self._show_error(self.tr("The backup was not restored: {reason}").format(
            reason=_reason(error)))


def _reason(error: BaseException) -> str:
    return explain(error)


def _grouped(fingerprint: str) -> str:
    """A fingerprint in groups of four, easier to compare read aloud."""
    return " ".join(fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4))
