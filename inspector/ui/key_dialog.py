"""Create a signing key: the in-app way to ``inspector pki create``.

The key signs the reports and bundles the inspector issues. Its holder (name, badge
number, department) comes from the current inspector chosen in Settings; the fields
can be typed only when nobody is chosen. The passphrase is typed twice and must have
at least ``MIN_PASSPHRASE`` characters. Creating the key runs the slow key derivation
on a worker thread; when it is done the dialog shows the key's label and its SHA-256
fingerprint in groups of four, to be read out to the colleagues who will trust it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.localtime import local_date
from inspector.pki import KeyInfo, KeyStore, PkiError
from inspector.rules import MIN_PASSPHRASE
from inspector.ui.context import AppContext
from inspector.ui.fields import ErrorLabel, FieldBox
from inspector.ui.messages import explain
from inspector.ui.sync_common import grouped_fingerprint
from inspector.ui.worker import Progress, ProgressTask


def key_holder(keys: KeyStore, label: str) -> str | None:
    """The common name on a stored key's certificate (None when it cannot be read)."""
    from cryptography.x509.oid import NameOID

    try:
        names = keys.certificate(label).subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    except Exception:  # an unreadable certificate: the caller shows the label alone
        return None
    return str(names[0].value) if names else None


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class CreateKeyDialog(QDialog):
    """Name, badge and department of the holder, a passphrase typed twice; the key is
    created on a worker thread and its fingerprint shown."""

    key_created = Signal(object)  # KeyInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keys: KeyStore = ctx.workspace.sync.keys
        self.created: KeyInfo | None = None
        self._task: ProgressTask | None = None
        self.setWindowTitle(self.tr("Create a signing key"))

        intro = QLabel(self.tr(
            "Your signing key signs the reports and bundles you issue, so anyone can check "
            "that they come from you and were not changed afterwards. Its certificate is "
            "trusted on this computer at once. Other computers must trust it too: they are "
            "shown its fingerprint when they import your first bundle."))
        intro.setWordWrap(True)

        # --- whose key ----------------------------------------------------------------
        me = ctx.current_inspector()
        self.name_edit = QLineEdit(me.name if me else "")
        self.badge_edit = QLineEdit(me.badge_number if me else "")
        self.department_edit = QLineEdit(me.department if me else "")
        self.name_box = FieldBox(self.name_edit)
        self.badge_box = FieldBox(self.badge_edit)
        self.department_box = FieldBox(self.department_edit)
        for edit in (self.name_edit, self.badge_edit, self.department_edit):
            edit.textEdited.connect(self._holder_edited)
            if me is not None:  # shown as text: the profile is changed on its own page
                edit.setReadOnly(True)
                edit.setFrame(False)
                edit.setStyleSheet("background: transparent;")
        self.label_value = QLabel()
        self.label_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        holder_box = QGroupBox(self.tr("Holder of the key"))
        holder = QFormLayout(holder_box)
        if me is not None:
            holder.addRow(_hint(self.tr("From your profile, chosen in Settings.")))
        else:
            holder.addRow(_hint(self.tr(
                "Nobody is chosen in Settings: type your details as they should appear "
                "on your certificate.")))
        holder.addRow(self.tr("&Name:"), self.name_box)
        holder.addRow(self.tr("&Badge number:"), self.badge_box)
        holder.addRow(self.tr("&Department:"), self.department_box)
        holder.addRow(self.tr("Key label:"), self.label_value)

        # --- passphrase ---------------------------------------------------------------
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textEdited.connect(self._passphrase_edited)
        self.passphrase.setPlaceholderText(
            self.tr("At least %n character(s)", "", MIN_PASSPHRASE))
        self.passphrase_box = FieldBox(self.passphrase)
        self.repeat_box = FieldBox(self.repeat)
        secret_box = QGroupBox(self.tr("Passphrase"))
        secret = QFormLayout(secret_box)
        secret.addRow(_hint(self.tr(
            "The passphrase protects the key: it is asked each time you sign. It cannot be "
            "recovered: if you forget it, nobody can use the key again and you must create "
            "a new one.")))
        secret.addRow(self.tr("&Passphrase:"), self.passphrase_box)
        secret.addRow(self.tr("&Repeat it:"), self.repeat_box)

        # --- progress, error and result -----------------------------------------------
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the key derivation reports no steps
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = ErrorLabel()

        self.result_box = QGroupBox(self.tr("Your key"))
        self.result_text = QLabel()
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel()
        self.fingerprint.setFont(QFont("monospace"))
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 12pt;")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result = QVBoxLayout(self.result_box)
        result.addWidget(self.result_text)
        result.addWidget(QLabel(self.tr("SHA-256 fingerprint:")))
        result.addWidget(self.fingerprint)
        result.addWidget(_hint(self.tr(
            "Read it out to your colleagues: when they import your first bundle, they "
            "compare it with the fingerprint they are shown before trusting your key.")))
        self.result_box.setVisible(False)

        self.create_button = QPushButton(self.tr("&Create key"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self._close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.close_button)

        self.form_widgets = QWidget()
        form_layout = QVBoxLayout(self.form_widgets)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(intro)
        form_layout.addWidget(holder_box)
        form_layout.addWidget(secret_box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form_widgets)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self._update_label()
        self.resize(560, self.sizeHint().height())
        (self.passphrase if me is not None else self.name_edit).setFocus()

    # --- state ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def created_label(self) -> str | None:
        return self.created.label if self.created is not None else None

    def label(self) -> str:
        """The label the key is stored under (from the badge number)."""
        return KeyStore.default_label(self.badge_edit.text())

    def _update_label(self) -> None:
        self.label_value.setText(self.label() if self.badge_edit.text().strip() else "")

    def _holder_edited(self, _text: str) -> None:
        for box in (self.name_box, self.badge_box, self.department_box):
            box.set_error(None)
        self.error.set_message(None)
        self._update_label()

    def _passphrase_edited(self, _text: str) -> None:
        self.passphrase_box.set_error(None)
        self.repeat_box.set_error(None)

    def _exists_message(self, label: str) -> str:
        return self.tr("This computer already has a key labelled “{label}”, so nothing was "
                       "created. Sign with that key, or ask for help to replace it."
                       ).format(label=label)

    def validate(self) -> bool:
        """Say next to each field what is missing or wrong; True when all is well."""
        ok = True
        for box in (self.name_box, self.badge_box, self.department_box):
            if not box.editor.text().strip():  # type: ignore[attr-defined]
                box.set_error(self.tr("Required."))
                ok = False
        text = self.passphrase.text()
        if len(text) < MIN_PASSPHRASE:
            self.passphrase_box.set_error(self.tr(
                "The passphrase needs at least %n character(s).", "", MIN_PASSPHRASE))
            ok = False
        elif self.repeat.text() != text:
            self.repeat_box.set_error(self.tr("The two passphrases differ; type it again."))
            ok = False
        if ok and self.keys.exists(self.label()):
            self.error.set_message(self._exists_message(self.label()))
            ok = False
        return ok

    # --- creating -------------------------------------------------------------------

    def start(self) -> None:
        """Create the key on the worker thread (the key derivation takes a moment)."""
        if self.busy or self.created is not None:
            return
        self.error.set_message(None)
        try:
            if not self.validate():
                return
        except PkiError as exc:  # a badge that makes no valid label
            self.error.set_message(self.tr("The key was not created: {reason}").format(
                reason=explain(exc)))
            return
        keys = self.keys
        name, badge = self.name_edit.text().strip(), self.badge_edit.text().strip()
        department, label = self.department_edit.text().strip(), self.label()
        passphrase = self.passphrase.text()

        def work(_progress: Progress) -> KeyInfo:
            return keys.create_self_signed(name, badge, department, passphrase, label)

        self._set_busy(True)
        self.status.setText(self.tr("Creating the key…"))
        self._task = ProgressTask(work, self)
        self._task.succeeded.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.create_button, self.close_button, self.passphrase, self.repeat,
                       self.name_edit, self.badge_edit, self.department_edit):
            widget.setEnabled(not busy)

    def _finish_task(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None
        self._set_busy(False)

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        self.status.clear()
        if isinstance(error, PkiError) and "already exists" in str(error):
            self.error.set_message(self._exists_message(self.label()))
        elif isinstance(error, OSError):
            self.error.set_message(self.tr("The key was not created: {reason}").format(
                reason=error.strerror or error))
        else:
            self.error.set_message(self.tr("The key was not created: {reason}").format(
                reason=explain(error)))

    def _done(self, info: KeyInfo) -> None:
        self._finish_task()
        self.created = info
        self.passphrase.clear()
        self.repeat.clear()
        self.status.clear()
        self.form_widgets.setVisible(False)
        self.result_text.setText(self.tr(
            "The key “{label}” of {name} was created and its certificate is trusted on "
            "this computer. It is valid until {date}.").format(
                label=info.label, name=self.name_edit.text().strip(),
                date=local_date(info.not_after).isoformat()))
        self.fingerprint.setText(grouped_fingerprint(info.fingerprint))
        self.result_box.setVisible(True)
        self.create_button.setVisible(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.adjustSize()
        self.key_created.emit(info)
        self.ctx.events.keys_changed.emit()

    def _close(self) -> None:
        if self.created is not None:
            self.accept()
        else:
            self.reject()

    def done(self, result: int) -> None:
        if self._task is not None:  # never drop a running thread
            self._task.wait()
        super().done(result)


def create_key(ctx: AppContext, parent: QWidget | None = None) -> KeyInfo | None:
    """Show the dialog; the new key, or None when none was created."""
    dialog = CreateKeyDialog(ctx, parent)
    dialog.exec()
    return dialog.created
