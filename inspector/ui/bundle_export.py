"""File → Export bundle…: inspections (with their facilities, inspectors and photos) as
a signed bundle file for another laptop or the office.

The user picks what to export (the inspections chosen in the list, those since a
date, or everything), the signing key and its passphrase, and where to save. Unlocking
the key (about a second) and writing the bundle run on a worker thread with a progress
bar; the core writes the file atomically, so a failure leaves nothing half-written. A
wrong passphrase is said next to the field and the user tries again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inspector.pki import KeyInfo, PassphraseError
from inspector.sync.exporter import ExportResult, ExportScope
from inspector.sync.service import Exporter
from inspector.ui.context import AppContext
from inspector.ui.documents import safe_file_name
from inspector.ui.fields import ErrorLabel
from inspector.ui.key_dialog import CreateKeyDialog
from inspector.ui.messages import explain
from inspector.ui.sync_common import file_size, join_counts
from inspector.ui.worker import Progress, ProgressTask

FOLDER_KEY = "sync/export_folder"
SINCE_DAYS = 30  # the default "since" date: a month back


def _cert_attr(cert: object, oid_name: str) -> str | None:
    from cryptography.x509.oid import NameOID

    oid = getattr(NameOID, oid_name)
    values = cert.subject.get_attributes_for_oid(oid)  # type: ignore[attr-defined]
    return str(values[0].value) if values else None


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(docs) if docs else Path.home()
    return folder if folder.is_dir() else Path.home()


class BundleExportDialog(QDialog):
    """Choose the scope, the key and the file; export on a worker thread."""

    exported = Signal(object)  # ExportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 inspection_ids: Iterable[str | uuid.UUID] = ()) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_ids = tuple(uuid.UUID(str(i)) for i in inspection_ids)
        self.result: ExportResult | None = None
        self._task: ProgressTask | None = None
        self._path_edited = False
        self.setWindowTitle(self.tr("Export bundle"))

        # --- what -------------------------------------------------------------------
        scope_box = QGroupBox(self.tr("What to export"))
        self.selected_radio = QRadioButton(
            self.tr("The %n selected inspection(s)", "", len(self.inspection_ids)))
        self.since_radio = QRadioButton(self.tr("Inspections dated on or after"))
        self.since_edit = QDateEdit()
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        since = date.today().toordinal() - SINCE_DAYS
        self.since_edit.setDate(QDate(date.fromordinal(since)))
        self.everything_radio = QRadioButton(
            self.tr("Everything: all facilities, inspectors and inspections"))
        self.scope_group = QButtonGroup(self)
        for radio in (self.selected_radio, self.since_radio, self.everything_radio):
            self.scope_group.addButton(radio)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_radio)
        since_row.addWidget(self.since_edit)
        since_row.addStretch(1)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.selected_radio)
        scope_layout.addLayout(since_row)
        scope_layout.addWidget(self.everything_radio)
        scope_note = QLabel(self.tr("The facilities and inspectors these inspections refer "
                                    "to, their photos and the originals of follow-ups go "
                                    "with them."))
        scope_note.setWordWrap(True)
        scope_note.setStyleSheet("color: palette(placeholder-text);")
        scope_layout.addWidget(scope_note)
        if self.inspection_ids:
            self.selected_radio.setChecked(True)
        else:
            self.selected_radio.hide()
            self.since_radio.setChecked(True)
        self.since_radio.toggled.connect(self.since_edit.setEnabled)
        self.since_edit.setEnabled(self.since_radio.isChecked())

        # --- signing ----------------------------------------------------------------
        self.key_combo = QComboBox()
        self.key_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("The passphrase of this key"))
        self.passphrase.textEdited.connect(lambda _t: self.passphrase_error.set_message(None))
        self.passphrase_error = ErrorLabel()
        self.key_note = ErrorLabel()
        self.create_key_button = QPushButton(self.tr("Create a signing &key…"))
        self.create_key_button.clicked.connect(self.create_key)
        self.create_key_row = create_key_row = QWidget()
        create_key_layout = QHBoxLayout(create_key_row)
        create_key_layout.setContentsMargins(0, 0, 0, 0)
        create_key_layout.addWidget(self.create_key_button)
        create_key_layout.addStretch(1)

        # --- where ------------------------------------------------------------------
        self.path_edit = QLineEdit()
        self.path_edit.textEdited.connect(self._path_typed)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow(self.tr("Signing key:"), self.key_combo)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", self.passphrase_error)
        form.addRow("", self.key_note)
        form.addRow("", create_key_row)
        form.addRow(self.tr("Save to:"), path_row)

        # --- progress and result ----------------------------------------------------
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel()

        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.setVisible(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self._keys: dict[str, KeyInfo] = {}
        self.key_dialog: CreateKeyDialog | None = None
        self._set_up_keys()
        self.key_combo.currentIndexChanged.connect(self._key_changed)
        self.path_edit.setText(str(self.default_path()))
        self.resize(640, self.sizeHint().height())
        if self.key_combo.count():
            self.passphrase.setFocus()

    # --- keys -----------------------------------------------------------------------

    def _set_up_keys(self) -> None:
        try:
            keys = [k for k in self.ctx.workspace.sync.keys.list() if not k.is_ca]
        except OSError:
            keys = []
        for info in keys:
            self._keys[info.label] = info
            text = info.label
            name = self._key_name(info.label)
            if name:
                text = f"{name} — {info.label}"
            self.key_combo.addItem(text, info.label)
        me = self.ctx.current_inspector()
        if me is not None:
            for i in range(self.key_combo.count()):
                if self._keys[self.key_combo.itemData(i)].badge == me.badge_number:
                    self.key_combo.setCurrentIndex(i)
                    break
        if not keys:
            self.key_note.set_message(self.tr(
                "There is no signing key in this data directory yet. A bundle must be "
                "signed: create your key first."))
        self.create_key_row.setVisible(not keys)
        for widget in (self.key_combo, self.passphrase, self.export_button):
            widget.setEnabled(bool(keys))

    def create_key(self) -> None:
        """Open the key dialog (window-modal); a key made there is chosen at once."""
        self.key_dialog = CreateKeyDialog(self.ctx, self)
        self.key_dialog.key_created.connect(self._key_created)
        self.key_dialog.open()

    def _key_created(self, info: KeyInfo) -> None:
        self.key_combo.blockSignals(True)
        self.key_combo.clear()
        self._keys.clear()
        self.key_note.set_message(None)
        self._set_up_keys()
        self.key_combo.setCurrentIndex(max(self.key_combo.findData(info.label), 0))
        self.key_combo.blockSignals(False)
        self._key_changed(self.key_combo.currentIndex())
        self.passphrase.setFocus()

    def _key_name(self, label: str) -> str | None:
        try:
            return _cert_attr(self.ctx.workspace.sync.keys.certificate(label), "COMMON_NAME")
        except Exception:  # an unreadable certificate: show the label alone
            return None

    def _key_changed(self, _index: int) -> None:
        self.passphrase.clear()
        self.passphrase_error.set_message(None)
        if not self._path_edited:
            self.path_edit.setText(str(self.default_path()))

    def current_label(self) -> str | None:
        label = self.key_combo.currentData()
        return str(label) if label is not None else None

    def exporter(self) -> Exporter:
        """Who exports: the current inspector, or the key's holder when nobody is
        chosen in Settings."""
        me = self.ctx.current_inspector()
        if me is not None:
            return Exporter(me.name, me.badge_number, me.id)
        label = self.current_label()
        name = badge = None
        if label is not None:
            try:
                cert = self.ctx.workspace.sync.keys.certificate(label)
                name = _cert_attr(cert, "COMMON_NAME")
                badge = _cert_attr(cert, "SERIAL_NUMBER")
            except Exception:  # fall back to the label
                pass
        return Exporter(name or label or "?", badge or "?")

    # --- the file -------------------------------------------------------------------

    def _badge(self) -> str:
        label = self.current_label()
        info = self._keys.get(label) if label else None
        me = self.ctx.current_inspector()
        return (info.badge if info and info.badge else
                me.badge_number if me is not None else "export")

    def default_path(self) -> Path:
        folder = Path(str(self.ctx.settings.value(FOLDER_KEY, "") or default_folder()))
        if not folder.is_dir():
            folder = default_folder()
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        return folder / f"inspector-{safe_file_name(self._badge())}-{stamp}.zip"

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def choose_path(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the bundle"), self.path_edit.text(),
            self.tr("Inspection bundles (*.zip)"))
        if name:
            self.path_edit.setText(name)
            self._path_edited = True

    def target_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        return path

    # --- exporting ------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def scope(self) -> ExportScope:
        if self.selected_radio.isChecked() and self.inspection_ids:
            return ExportScope(inspection_ids=self.inspection_ids)
        if self.since_radio.isChecked():
            return ExportScope(since=self.since_edit.date().toPython())
        return ExportScope(everything=True)

    def start(self) -> None:
        """Unlock the key and write the bundle on the worker thread."""
        if self.busy:
            return
        self.error.set_message(None)
        label = self.current_label()
        if label is None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase_error.set_message(self.tr("Type the passphrase of your key."))
            self.passphrase.setFocus()
            return
        path = self.target_path()
        if path is None or not path.parent.is_dir():
            self.error.set_message(self.tr("Choose a file in an existing folder."))
            return
        if path.exists() and QMessageBox.question(
                self, self.tr("Export bundle"),
                self.tr("{name} already exists. Replace it?").format(name=path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        sync = self.ctx.workspace.sync
        scope, exporter = self.scope(), self.exporter()

        def work(progress: Progress) -> ExportResult:
            signer = sync.signer(label, passphrase)  # PassphraseError: nothing written
            return sync.export(path, scope, signer, exporter, progress=progress)

        self.result = None
        self.open_folder_button.setVisible(False)
        self._set_busy(True)
        self.status.setText(self.tr("Unlocking the key and writing the bundle…"))
        self._task = ProgressTask(work, self)
        self._task.progressed.connect(self._progressed)
        self._task.succeeded.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        for widget in (self.export_button, self.key_combo, self.passphrase, self.path_edit,
                       self.browse_button, self.selected_radio, self.since_radio,
                       self.everything_radio, self.close_button):
            widget.setEnabled(not busy)
        if not busy:
            self.since_edit.setEnabled(self.since_radio.isChecked())
        else:
            self.since_edit.setEnabled(False)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finish_task(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None
        self._set_busy(False)

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        self.status.clear()
        if isinstance(error, PassphraseError):
            self.passphrase_error.set_message(
                self.tr("Wrong passphrase; nothing was exported. Try again."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif isinstance(error, OSError):
            self.error.set_message(self.tr("The bundle was not written: {reason}").format(
                reason=error.strerror or error))
        else:
            self.error.set_message(self.tr("The bundle was not written: {reason}").format(
                reason=explain(error)))

    def _done(self, result: ExportResult) -> None:
        self._finish_task()
        self.result = result
        self.passphrase.clear()
        self.ctx.settings.setValue(FOLDER_KEY, str(Path(result.path).parent))
        parts = [self.tr("%n inspection(s)", "", result.inspections),
                 self.tr("%n facility(ies)", "", result.facilities),
                 self.tr("%n inspector(s)", "", result.inspectors),
                 self.tr("%n photo(s)", "", result.photos)]
        self.status.setText(self.tr("Exported {counts} ({size}) to {path}").format(
            counts=join_counts(parts), size=file_size(result.byte_size),
            path=str(result.path)))
        self.open_folder_button.setVisible(True)
        self.close_button.setFocus()
        self.exported.emit(result)

    def open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))

    def done(self, result: int) -> None:
        if self._task is not None:  # never drop a running thread
            self._task.wait()
        super().done(result)


def open_export_dialog(ctx: AppContext, parent: QWidget | None = None,
                       inspection_ids: Iterable[str] = ()) -> None:
    BundleExportDialog(ctx, parent, inspection_ids).exec()
