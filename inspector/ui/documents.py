"""The report and the rectification notice of one inspection: generate (and sign with
the inspector's key), preview the pages, save, print or open in the system viewer.

Rendering runs ``inspector.issuing.render`` on a worker thread (it renders and signs
with a key whose passphrase takes a moment to unlock), and the pages are rendered for
the preview on that thread too, so the window never freezes. A signed document is
recorded as issued the moment it is handed over: saved, printed or opened (only once
its file is written). Without a key it is a copy, marked so on every page, never
recorded; a draft or completed inspection gives a draft preview.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.documents import IssuedInfo
from inspector.inspection_records import InspectionDetail
from inspector.issuing import DeliveryError, Document, record, write_safely
from inspector.pki import KeyInfo, KeyStore, PassphraseError
from inspector.ui.context import AppContext
from inspector.ui.key_dialog import CreateKeyDialog
from inspector.ui.messages import explain
from inspector.ui.readable import when
from inspector.ui.worker import ProgressTask

PREVIEW_SCALE = 1.0  # 72 dpi: an A4 page is 595 × 842 pixels in the preview
PRINT_SCALE_LIMIT = 600 / 72  # never render a printed page above 600 dpi


def render_pages(data: bytes, scale: float = PREVIEW_SCALE) -> list[QImage]:
    """Every page of a PDF as an image (safe off the GUI thread: QImage, not QPixmap)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [_page_image(pdf[i], scale) for i in range(len(pdf))]
    finally:
        pdf.close()


def _page_image(page: Any, scale: float) -> QImage:
    pil = page.render(scale=scale).to_pil().convert("RGB")
    raw = pil.tobytes("raw", "RGB")
    image = QImage(raw, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``raw`` goes away


def page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def safe_file_name(text: str) -> str:
    """A name every file system accepts (keeps Chinese characters)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", text).strip(" .-")
    return cleaned[:80] or "document"


@dataclass
class Generated:
    document: Document
    signer: str | None  # the signer's common name, for people
    pages: list[QImage]
    record: IssuedInfo | None = None  # once handed over (issued documents only)

    @property
    def pdf(self) -> bytes:
        return self.document.pdf


def _common_name(cert: Any) -> str:
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


class DocumentsDialog(QDialog):
    """Generate, preview and hand over the report or the notice of one inspection."""

    generated = Signal()  # a document was generated
    issued = Signal()  # a document was recorded as issued (handed over)

    def __init__(self, ctx: AppContext, inspection_id: str | uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = uuid.UUID(str(inspection_id))
        self.detail: InspectionDetail = ctx.workspace.inspections.detail(self.inspection_id)
        self.keys = KeyStore.for_data_dir(ctx.workspace.paths.root)
        self.result: Generated | None = None
        self._task: ProgressTask | None = None
        self._kind = "report"
        self.setWindowTitle(self.tr("Report and notice — {facility}").format(
            facility=self.detail.facility.name))
        self.resize(980, 720)

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Inspection report"), "report")
        self.kind_combo.addItem(self.tr("Rectification notice"), "notice")
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Chinese"), "zh")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem(self.tr("Chinese and English"), "both")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(ctx.language)))
        self.sign_check = QCheckBox(self.tr("Sign with my key"))
        self.key_combo = QComboBox()
        self.key_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sign_note = QLabel()
        self.sign_note.setWordWrap(True)
        self.sign_note.setStyleSheet("color: palette(placeholder-text);")
        self.create_key_button = QPushButton(self.tr("Create a signing &key…"))
        self.create_key_button.clicked.connect(self.create_key)
        self.key_dialog: CreateKeyDialog | None = None
        self._set_up_signing()
        self.sign_check.toggled.connect(self.key_combo.setEnabled)

        sign_row = QHBoxLayout()
        sign_row.addWidget(self.sign_check)
        sign_row.addWidget(self.key_combo)
        sign_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Document:"), self.kind_combo)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Signature:"), sign_row)
        form.addRow(self.sign_note)
        form.addRow("", self.create_key_button)

        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        generate_row = QHBoxLayout()
        generate_row.addWidget(self.generate_button)
        generate_row.addWidget(self.progress)
        generate_row.addWidget(self.message, 1)

        self.status = QLabel(self.tr("Choose the document and press Generate."))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = QListWidget()
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setFlow(QListView.Flow.LeftToRight)
        self.pages.setWrapping(True)
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.pages.setIconSize(QSize(420, 594))
        self.pages.setSpacing(8)
        self.pages.setStyleSheet("QListWidget { background: palette(mid); }")

        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.clicked.connect(self.choose_save_path)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.open_button = QPushButton(self.tr("&Open in the system viewer"))
        self.open_button.clicked.connect(self.open_externally)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        out_row = QHBoxLayout()
        for button in (self.save_button, self.print_button, self.open_button):
            out_row.addWidget(button)
        out_row.addStretch(1)
        out_row.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(generate_row)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        layout.addLayout(out_row)
        self._show_output(False)

    # --- signing set-up -----------------------------------------------------------

    def _preferred_labels(self) -> list[str]:
        labels = []
        if self.detail.team:
            labels.append(KeyStore.default_label(self.detail.team[0].inspector.badge_number))
        me = self.ctx.current_inspector()
        if me is not None:
            labels.append(KeyStore.default_label(me.badge_number))
        return labels

    def _set_up_signing(self) -> None:
        try:
            keys = self.keys.list()
        except OSError:
            keys = []
        for info in keys:
            if not info.is_ca:
                self.key_combo.addItem(info.label, info.label)
        available = [self.key_combo.itemData(i) for i in range(self.key_combo.count())]
        preferred = next((label for label in self._preferred_labels() if label in available),
                         None)
        if preferred is not None:
            self.key_combo.setCurrentIndex(self.key_combo.findData(preferred))
        final = self.detail.status == "signed"
        if not final:
            self.sign_check.setChecked(False)
            self.sign_check.setEnabled(False)
            self.sign_note.setText(self.tr(
                "A draft is previewed, not issued: the documents of an inspection are signed "
                "and recorded once the inspection itself is signed."))
        elif not available:
            self.sign_check.setChecked(False)
            self.sign_check.setEnabled(False)
            self.sign_note.setText(self.tr(
                "There is no signing key in this data directory: without one you get a copy, "
                "marked as a copy on every page and not recorded as issued. Create your key "
                "to issue the document."))
        else:
            self.sign_check.setChecked(preferred is not None)
            self.sign_note.setText(self.tr(
                "Signed with your key, the document is issued: recorded once you save, print "
                "or open it, and any later change to the file shows. Without the signature "
                "it is a copy, marked as a copy on every page and not recorded."))
        self.key_combo.setEnabled(self.sign_check.isChecked())
        self.key_combo.setVisible(bool(available))
        self.create_key_button.setVisible(final and not available)

    def create_key(self) -> None:
        """Open the key dialog (window-modal); a key made there signs at once."""
        self.key_dialog = CreateKeyDialog(self.ctx, self)
        self.key_dialog.key_created.connect(self._key_created)
        self.key_dialog.open()

    def _key_created(self, info: KeyInfo) -> None:
        self.key_combo.clear()
        self._set_up_signing()
        index = self.key_combo.findData(info.label)
        if index >= 0:
            self.key_combo.setCurrentIndex(index)
            self.sign_check.setEnabled(True)
            self.sign_check.setChecked(True)
            self.key_combo.setEnabled(True)

    # --- generating ---------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def signing(self) -> bool:
        return self.sign_check.isEnabled() and self.sign_check.isChecked() \
            and self.key_combo.currentData() is not None

    def ask_passphrase(self) -> str | None:
        """The passphrase of the chosen key, asked before any work starts."""
        text, ok = QInputDialog.getText(
            self, self.tr("Unlock your key"),
            self.tr("Passphrase of the key “{label}”:").format(
                label=self.key_combo.currentData()),
            QLineEdit.EchoMode.Password)
        return text if ok else None

    def generate(self) -> None:
        """Generate as the user asked: asks the passphrase first when signing."""
        if self.busy:
            return
        passphrase = None
        if self.signing:
            passphrase = self.ask_passphrase()
            if passphrase is None:
                return
        self.start(passphrase)

    def start(self, passphrase: str | None = None) -> None:
        """Issue (or preview) on the worker thread; ``passphrase`` unlocks the key when
        signing."""
        if self.busy:
            return
        ws = self.ctx.workspace
        iid = self.inspection_id
        kind = self.kind_combo.currentData()
        lang = self.language_combo.currentData()
        actor = self.ctx.actor()
        label = self.key_combo.currentData() if self.signing else None
        keys = self.keys
        if label is not None and passphrase is None:
            raise ValueError("signing needs the passphrase")

        def work() -> Generated:
            from inspector.issuing import render

            signer = signer_name = display = None
            if label is not None:
                signer = keys.load_signer(label, passphrase)  # PassphraseError: nothing done
                cert = keys.certificate(label)
                signer_name = cert.subject.rfc4514_string()
                display = _common_name(cert)
            document = render(ws, iid, kind, lang, actor, signer, signer_name)
            return Generated(document, display, render_pages(document.pdf))

        self._kind = kind
        self.message.clear()
        self._set_busy(True)
        self._task = ProgressTask(lambda _progress: work(), self)
        self._task.succeeded.connect(self._generated)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.generate_button, self.kind_combo, self.language_combo,
                       self.sign_check, self.key_combo, self.save_button, self.print_button,
                       self.open_button):
            widget.setEnabled(not busy)
        if not busy:
            self.sign_check.setEnabled(self.detail.status == "signed"
                                       and self.key_combo.count() > 0)
            self.key_combo.setEnabled(self.sign_check.isChecked())
        if busy:
            self.status.setText(self.tr("Generating…"))

    def _finish_task(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        self._set_busy(False)
        self._show_output(self.result is not None)
        self.status.setText(self._status_text() if self.result else "")
        if isinstance(error, PassphraseError):
            self.message.setText(self.tr("Wrong passphrase; nothing was issued."))
        else:
            self.message.setText(self.tr("Nothing was issued: {reason}").format(
                reason=explain(error)))
        self.message.setStyleSheet("color: #b3261e;")

    def _generated(self, result: Generated) -> None:
        self._finish_task()
        self.result = result
        self._set_busy(False)
        self.message.clear()
        self.pages.clear()
        for number, image in enumerate(result.pages, start=1):
            item = QListWidgetItem(QPixmap.fromImage(image), self.tr("Page {n}").format(n=number))
            item.setSizeHint(QSize(440, 630))
            self.pages.addItem(item)
        self.status.setText(self._status_text())
        self._show_output(True)
        self.generated.emit()

    def _status_text(self) -> str:
        result = self.result
        if result is None:
            return ""
        document = result.document
        if document.state == "draft":
            return self.tr("Draft preview — not issued")
        if document.state == "copy":
            return self.tr("Copy — not digitally signed, marked as a copy on every page and "
                           "not recorded as issued")
        who = self.tr("Signed by {name}").format(name=result.signer or "")
        if result.record is None:
            return self.tr("{who} · {number} · recorded as issued when you save, print or "
                           "open it").format(who=who, number=document.number)
        return self.tr("{who} · recorded as issued {when}, {number} · SHA-256 {sha}").format(
            who=who, when=when(result.record.created_at, self.ctx.language),
            number=result.record.report_number, sha=result.record.sha256)

    def _handed_over(self) -> bool:
        """Record the document as issued (issued documents only, once). False, with
        the reason shown, when the record cannot be made."""
        result = self.result
        if result is None or result.record is not None or not result.document.to_issue:
            return True
        try:
            result.record = record(self.ctx.workspace, result.document, self.ctx.actor())
        except Exception as exc:  # a refusal of the core, or the database went away
            self._show_error(self.tr("The document was handed over but could not be recorded "
                                     "as issued: {reason}").format(reason=explain(exc)))
            return False
        self.status.setText(self._status_text())
        self.ctx.events.inspection_changed.emit(str(self.inspection_id))
        self.issued.emit()
        return True

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(text)

    def _show_output(self, shown: bool) -> None:
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(shown and not self.busy)

    def preview_page_count(self) -> int:
        return self.pages.count()

    # --- handing over -------------------------------------------------------------

    def default_file_name(self) -> str:
        document = self.result.document if self.result else None
        number = (document.number if document and document.number
                  else "COPY" if document and document.state == "copy" else "DRAFT")
        return "{number}-{facility}-{kind}.pdf".format(
            number=safe_file_name(number), facility=safe_file_name(self.detail.facility.name),
            kind="report" if self._kind == "report" else "notice")

    def choose_save_path(self) -> None:
        if self.result is None:
            return
        start = str(Path.home() / self.default_file_name())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document"), start,
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the exact bytes generated (atomically). True when written."""
        if self.result is None:
            return False
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_safely(path, self.result.pdf)
        except DeliveryError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The file could not be written: {reason}").format(reason=explain(exc)))
            return False
        if not self._handed_over():
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved to {path}").format(path=str(path)))
        return True

    def export_path(self) -> Path:
        return self.ctx.workspace.paths.root / "exports" / self.default_file_name()

    def open_externally(self) -> Path | None:
        """Write the document to the data directory's exports/ folder and open it."""
        if self.result is None:
            return None
        path = self.export_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_safely(path, self.result.pdf)
        except (OSError, DeliveryError) as exc:
            QMessageBox.warning(self, self.tr("Not opened"), self.tr(
                "The file could not be written: {reason}").format(reason=explain(exc)))
            return None
        if not self._handed_over():
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.message.setStyleSheet("")
            self.message.setText(self.tr(
                "No PDF viewer opened it; the file is at {path}").format(path=str(path)))
        return path

    def print_document(self) -> None:
        if self.result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_file_name())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the document"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page, rendered at the printer's resolution and fitted to the
        printable area. Returns the number of pages printed."""
        import pypdfium2 as pdfium

        if self.result is None:
            return 0
        pdf = pdfium.PdfDocument(self.result.pdf)
        painter = QPainter()
        if not painter.begin(printer):
            pdf.close()
            self.message.setText(self.tr("The printer could not be started."))
            return 0
        printed = 0
        try:
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            for index in range(len(pdf)):
                if index:
                    printer.newPage()
                page = pdf[index]
                width, height = page.get_size()  # points
                fit = min(target.width() / width, target.height() / height)
                scale = min(fit, PRINT_SCALE_LIMIT)
                image = _page_image(page, scale)
                w, h = width * fit, height * fit
                rect = QRectF(target.x() + (target.width() - w) / 2, target.y(), w, h)
                painter.drawImage(rect, image)
                printed += 1
        finally:
            painter.end()
            pdf.close()
        if printed:
            self._handed_over()  # printed pages are handed over
        return printed

    # --- closing ------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self._task is not None:  # never drop a running thread
            self._task.wait()
        super().done(result)


def open_documents_dialog(ctx: AppContext, inspection_id: str,
                          parent: QWidget | None = None) -> None:
    DocumentsDialog(ctx, inspection_id, parent).exec()
