"""Verify a report or notice: is the signature intact and trusted, and did this
database issue the file? The check runs on a worker thread."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
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

from inspector.documents import IssuedInfo, Supersession
from inspector.inspection_records import InspectionDetail
from inspector.pki import KeyStore, PkiError, load_pem_certificates
from inspector.ui.context import AppContext
from inspector.ui.readable import actor_text, when
from inspector.ui.worker import ProgressTask
from inspector.verification import Verdict, verify_pdf

MAX_PDF_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Checked:
    path: Path
    verdict: Verdict
    issued: IssuedInfo | None
    inspection: InspectionDetail | None
    superseded: Supersession | None = None


class VerifyDialog(QDialog):
    """Choose (or drop) a PDF and see whether it is a valid, trusted document."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.extra_trusted: list[Any] = []
        self.result: Checked | None = None
        self._task: ProgressTask | None = None
        self._path: Path | None = None
        self.setWindowTitle(self.tr("Verify a report"))
        self.setAcceptDrops(True)
        self.resize(720, 480)

        self.intro = QLabel(self.tr(
            "Choose a report or notice (PDF), or drop it here, to check its signature and "
            "whether this database issued it."))
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose a PDF…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.trust_button = QPushButton(self.tr("Also &trust a certificate…"))
        self.trust_button.clicked.connect(self.choose_certificate)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_label = QLabel()
        self.trust_label.setWordWrap(True)
        self.trust_label.hide()

        self.verdict_label = QLabel()
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict_label.setMinimumHeight(64)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.signer_label = QLabel()
        self.signed_at_label = QLabel()
        self.sha_label = QLabel()
        self.sha_label.setWordWrap(True)
        self.issued_label = QLabel()
        self.issued_label.setWordWrap(True)
        # A genuine signature on a document the record no longer stands behind.
        self.superseded_label = QLabel()
        self.superseded_label.setWordWrap(True)
        self.superseded_label.setStyleSheet(
            "QLabel { background: #b26a00; color: white; font-weight: bold; "
            "border-radius: 4px; padding: 6px; }")
        self.superseded_label.hide()
        for label in (self.reason_label, self.signer_label, self.signed_at_label,
                      self.sha_label, self.issued_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QFrame()
        form = QFormLayout(self.details)
        form.addRow(self.tr("Why:"), self.reason_label)
        form.addRow(self.tr("Signer:"), self.signer_label)
        form.addRow(self.tr("Signed at:"), self.signed_at_label)
        form.addRow(self.tr("SHA-256:"), self.sha_label)
        form.addRow(self.tr("Issued here:"), self.issued_label)
        self.details.hide()
        self.verdict_label.hide()

        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.file_label)
        layout.addWidget(self.trust_label)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.superseded_label)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addLayout(bottom)
        if path is not None:
            self.verify_file(Path(path))

    # --- explanations -----------------------------------------------------------------

    def explain_reason(self, code: str) -> str:
        return {
            "valid": self.tr("The signature is intact, the signer is trusted and nothing was "
                             "changed after signing."),
            "not_signed": self.tr("The file carries no digital signature."),
            "damaged": self.tr("The file is damaged or is not a readable PDF."),
            "altered": self.tr("The signed content was altered after signing: the signature "
                               "does not match it."),
            "modified_after_signing": self.tr("Content was changed or added after signing."),
            "untrusted": self.tr("The signer's certificate is not on the trust list of this "
                                 "data directory."),
            "expired": self.tr("The signer's certificate was not valid at the signing time."),
            "bad_certificate": self.tr("The signer's certificate cannot be used for signing."),
        }.get(code, code)

    # --- choosing -------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a report or notice"),
                                              str(self._path.parent if self._path else
                                                  Path.home()),
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.verify_file(Path(path))

    def choose_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a certificate to trust"), str(Path.home()),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if path:
            self.add_trusted(Path(path))

    def add_trusted(self, path: Path) -> bool:
        """Trust the certificates in a PEM (or DER) file for this dialog only."""
        try:
            certs = load_pem_certificates(Path(path).read_bytes())
        except (OSError, ValueError, PkiError):
            certs = []
        if not certs:
            self.trust_label.setText(self.tr("No certificate could be read from {name}.")
                                     .format(name=Path(path).name))
            self.trust_label.show()
            return False
        self.extra_trusted.extend(certs)
        self.trust_label.setText(self.tr("Also trusted: %n certificate(s) from {name}", "",
                                         len(certs)).format(name=Path(path).name))
        self.trust_label.show()
        if self._path is not None:
            self.verify_file(self._path)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_pdf(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_pdf(event)
        if path is not None:
            event.acceptProposedAction()
            self.verify_file(path)

    @staticmethod
    def _dropped_pdf(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf"):
                return Path(url.toLocalFile())
        return None

    # --- verifying ------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def verify_file(self, path: Path) -> None:
        """Check the file on the worker thread; the result shows when it is done."""
        if self.busy:
            return
        self._path = Path(path)
        ws = self.ctx.workspace
        trusted = KeyStore.for_data_dir(ws.paths.root).trusted_certs() + self.extra_trusted
        target = self._path

        def work() -> Checked:
            if target.stat().st_size > MAX_PDF_BYTES:
                raise ValueError("too large")
            data = target.read_bytes()
            verdict = verify_pdf(data, trusted)
            known = ws.documents.recognise(data)
            issued = known.issued if known else None
            detail = (ws.inspections.detail(uuid.UUID(issued.inspection_id))
                      if issued is not None else None)
            return Checked(target, verdict, issued, detail,
                           known.superseded if known else None)

        self.file_label.setText(self.tr("File: {path}").format(path=str(target)))
        self.result = None
        self.verdict_label.hide()
        self.superseded_label.hide()
        self.details.hide()
        self._set_busy(True)
        self._task = ProgressTask(lambda _progress: work(), self)
        self._task.succeeded.connect(self._checked)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        self.trust_button.setEnabled(not busy)

    def _finish_task(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None
        self._set_busy(False)

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        reason = (error.strerror if isinstance(error, OSError) and error.strerror
                  else self.tr("the file is larger than a report can be")
                  if str(error) == "too large" else str(error))
        self._show_verdict(False, self.tr("The file could not be read: {reason}")
                           .format(reason=reason))
        for label in (self.signer_label, self.signed_at_label, self.sha_label,
                      self.issued_label):
            label.setText("—")

    def _checked(self, checked: Checked) -> None:
        self._finish_task()
        self.result = checked
        v = checked.verdict
        self._show_verdict(v.valid, self.explain_reason(v.reason_code))
        self.signer_label.setText(v.signer or "—")
        # With the offset: the file may have been signed on a computer in another zone.
        self.signed_at_label.setText(when(v.signed_at, self.ctx.language, seconds=True,
                                          zone=True))
        self.sha_label.setText(v.sha256)
        issued, detail = checked.issued, checked.inspection
        if issued is None:
            self.issued_label.setText(self.tr("No: this database has no record of this exact "
                                              "file."))
        else:
            kind = self.tr("report") if issued.kind == "report" else self.tr("notice")
            self.issued_label.setText(self.tr(
                "Yes: {kind} {number}, {facility}, inspected on {date}; issued {when} by "
                "{who}").format(
                kind=kind, number=issued.report_number,
                facility=detail.facility.name if detail else "—",
                date=detail.date.isoformat() if detail else "—",
                when=when(issued.created_at, self.ctx.language),
                who=actor_text(issued.created_by)))
        self._show_superseded(checked.superseded)

    def _show_superseded(self, superseded: Supersession | None) -> None:
        if superseded is None:
            self.superseded_label.hide()
            return
        lang = self.ctx.language
        text = self.tr("SUPERSEDED: the record was amended after this document was issued "
                       "({when}; reason: {reason}).").format(
            when=when(superseded.amended_at, lang), reason=superseded.reason)
        if superseded.by is not None:
            text += " " + self.tr("It is superseded by {number}, issued {when}.").format(
                number=superseded.by.report_number, when=when(superseded.by.created_at, lang))
        else:
            text += " " + self.tr("The corrected document has not been issued yet.")
        self.superseded_label.setText(text)
        self.superseded_label.show()

    def _show_verdict(self, valid: bool, reason: str) -> None:
        colour = "#1b7f3b" if valid else "#b3261e"
        self.verdict_label.setText(self.tr("VALID") if valid else self.tr("INVALID"))
        self.verdict_label.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; font-size: 28px; "
            "font-weight: bold; border-radius: 6px; padding: 8px; }")
        self.reason_label.setText(reason)
        self.verdict_label.show()
        self.details.show()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.wait()
        super().done(result)
