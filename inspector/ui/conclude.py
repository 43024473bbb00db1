"""The Conclude tab of an inspection: result, blocking items, findings, signing,
locking, amendment and the start of a follow-up.

The page reads everything through ``Inspections.detail`` and acts through the core
services; after completing, signing or amending it emits ``status_changed`` so the
inspection screen can reload its other tabs. Its action buttons stand in one row at
the top in a fixed order and never move: an action that does not apply now is
disabled (its tooltip says why), so a second click never lands on another action.
Every label shows the state read at the last refresh.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.inspection_records import (
    AmendmentInfo,
    FindingInfo,
    InspectionDetail,
    MemberInfo,
    SignatureInfo,
)
from inspector.inspections import InspectionError, MissingEvidence, SignatureInput
from inspector.rules import MIN_AMENDMENT_REASON
from inspector.signature_ink import InkProblem, png_problem
from inspector.ui.context import AppContext, join_names
from inspector.ui.fields import ErrorLabel
from inspector.ui.findings_editor import (
    FAIL_COLOUR,
    PASS_COLOUR,
    SEVERITY_COLOURS,
    FindingsEditor,
    severity_label,
)
from inspector.ui.inspection_list import verdict_label as list_verdict_label
from inspector.ui.messages import explain
from inspector.ui.signature_pad import SignaturePad

MIN_REASON = MIN_AMENDMENT_REASON  # the core's rule (inspector/rules.py)
VERDICT_COLOURS = {"pass": PASS_COLOUR, "basic_pass": "#e65100", "fail": FAIL_COLOUR}
SIGNATURE_TILE = QSize(156, 52)


def verdict_label(verdict: str | None) -> str:
    if verdict is None:
        return QCoreApplication.translate("Conclude", "Not judged yet")
    return list_verdict_label(verdict)


def need_label(need: str) -> str:
    labels = {
        "answer": QCoreApplication.translate("Conclude", "Needs an answer"),
        "photo": QCoreApplication.translate("Conclude", "Failed: needs a photo as evidence"),
        "note": QCoreApplication.translate(
            "Conclude", "Critical failure: needs a note or a photo"),
        "reason": QCoreApplication.translate(
            "Conclude", "Critical item marked N.A.: needs the reason in its note"),
        "check": QCoreApplication.translate(
            "Conclude", "Follow-up: not yet marked rectified or not rectified"),
    }
    return labels.get(need, need)


def local_time(moment: datetime) -> str:
    """A stored UTC time as local wall-clock time, e.g. 2026-11-02 14:05."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def signature_pixmap(png: bytes, size: QSize, faded: bool = False) -> QPixmap:
    """A signature image on white paper (the ink is black, so it stays readable on a
    dark palette), scaled to fit ``size``."""
    image = QImage.fromData(png)
    canvas = QPixmap(size)
    canvas.fill(QColor("white"))
    if image.isNull():
        return canvas
    scaled = image.scaled(size - QSize(8, 8), Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(canvas)
    if faded:
        painter.setOpacity(0.35)
    painter.drawImage((size.width() - scaled.width()) // 2,
                      (size.height() - scaled.height()) // 2, scaled)
    painter.end()
    return canvas


def ink_message(problem: InkProblem) -> str:
    """Why the ink on a pad is not a signature, in the UI language."""
    if problem.code == "too_short":
        return QCoreApplication.translate(
            "Conclude", "Too little ink for a signature: sign with your full name.")
    if problem.code == "too_small":
        return QCoreApplication.translate(
            "Conclude", "The signature is too small (a dot or a short stroke): sign with "
            "your full name.")
    if problem.code == "empty":
        return QCoreApplication.translate("Conclude", "Nothing is signed yet.")
    return QCoreApplication.translate("Conclude", "The signature image cannot be used.")


def _rich(label: QLabel) -> QLabel:
    """A label whose text is HTML, always (Qt guesses from the text otherwise, and an
    entity such as &nbsp; in a text without tags is shown as it is written)."""
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _heading(text: str, scale: float = 1.0, bold: bool = True) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


# --- dialogs -----------------------------------------------------------------------


class SignerBox(QGroupBox):
    """One signer: who, a pad and a Clear button (plus name and title fields for the
    facility representative)."""

    changed = Signal()

    def __init__(self, title: str, who: str, parent: QWidget | None = None,
                 name: str | None = None, role_title: str | None = None) -> None:
        super().__init__(title, parent)
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(130)
        self.pad.changed.connect(self.changed)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.pad.clear)
        self.clear_button = clear
        layout = QVBoxLayout(self)
        self.name_edit: QLineEdit | None = None
        self.title_edit: QLineEdit | None = None
        if name is None:
            layout.addWidget(QLabel(who))
        else:
            form = QFormLayout()
            self.name_edit = QLineEdit(name)
            self.name_edit.textChanged.connect(self.changed)
            self.title_edit = QLineEdit(role_title or "")
            self.title_edit.setPlaceholderText(self.tr("e.g. person in charge"))
            form.addRow(self.tr("&Name:"), self.name_edit)
            form.addRow(self.tr("&Title:"), self.title_edit)
            layout.addLayout(form)
        layout.addWidget(self.pad, 1)
        self.ink_error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.ink_error, 1)
        row.addWidget(clear)
        layout.addLayout(row)
        self.pad.changed.connect(self._check_ink)

    def ink_problem(self) -> InkProblem | None:
        return self.pad.ink_problem()

    def _check_ink(self) -> None:
        """Said next to the pad as soon as a stroke ends (not while it is empty)."""
        problem = self.ink_problem()
        shown = problem is not None and problem.code != "empty"
        self.ink_error.set_message(ink_message(problem) if shown and problem else None)

    def ready(self) -> bool:
        if self.ink_problem() is not None:
            return False
        return self.name_edit is None or bool(self.name_edit.text().strip())


class SignDialog(QDialog):
    """Every team member and the facility representative sign on screen."""

    def __init__(self, detail: InspectionDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Sign the inspection"))
        intro = QLabel(self.tr(
            "Each inspector and the facility representative signs in a box below with "
            "the mouse, a pen or a finger. Signing locks the inspection: a later "
            "correction needs an amendment with a reason."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.members: list[tuple[MemberInfo, SignerBox]] = []
        boxes: list[SignerBox] = []
        for member in detail.team:
            role = self.tr("Lead inspector") if member.role == "lead" else self.tr("Inspector")
            who = self.tr("{name} · badge {badge} · {department}").format(
                name=member.inspector.name, badge=member.inspector.badge_number,
                department=member.inspector.department)
            box = SignerBox(self.tr("{role}: {name}").format(role=role, name=member.inspector.name),
                            who)
            self.members.append((member, box))
            boxes.append(box)
        self.representative = SignerBox(
            self.tr("Facility representative"), "", name=detail.facility.representative,
            role_title=self.tr("Person in charge"))
        boxes.append(self.representative)
        for i, box in enumerate(boxes):
            box.changed.connect(self._update)
            grid.addWidget(box, i // 2, i % 2)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Sign and lock"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self.resize(960, 620)
        self._update()

    def boxes(self) -> list[SignerBox]:
        return [box for _, box in self.members] + [self.representative]

    def _update(self) -> None:
        waiting = [box.title() for box in self.boxes() if not box.ready()]
        self.ok.setEnabled(not waiting)
        self.missing.setText(self.tr("Still to sign: {names}").format(
            names=join_names(waiting)) if waiting else self.tr("Everyone has signed."))

    def signatures(self) -> list[SignatureInput]:
        out = [SignatureInput(member.inspector.name, "inspector", box.pad.to_png(),
                              uuid.UUID(member.inspector.id))
               for member, box in self.members]
        rep = self.representative
        assert rep.name_edit is not None and rep.title_edit is not None
        out.append(SignatureInput(rep.name_edit.text().strip(), "facility_representative",
                                  rep.pad.to_png(),
                                  signer_title=rep.title_edit.text().strip() or None))
        return out

    def accept(self) -> None:
        self._update()
        if not self.ok.isEnabled():  # Enter in the name field must not bypass the pads
            return
        super().accept()


class AmendDialog(QDialog):
    """Ask why a signed inspection is reopened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend a signed inspection"))
        explain = QLabel(self.tr(
            "A signed record is never changed silently. Say why it must be corrected: "
            "the reason is kept in the audit log and shown on the record. The earlier "
            "signatures stay on file, marked as superseded; the corrected inspection "
            "must be completed and signed again."))
        explain.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Reason for the amendment"))
        self.reason.textChanged.connect(self._update)
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        self.hint = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Reopen for correction"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(label)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(520, 320)
        self._update()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        short = len(self.text()) < MIN_REASON
        self.ok.setEnabled(not short)
        self.hint.setText(self.tr("The reason needs at least %n character(s).", "", MIN_REASON)
                          if short else "")

    def accept(self) -> None:
        if len(self.text()) < MIN_REASON:  # Enter in a field must not bypass the check
            return
        super().accept()


# --- pieces of the page ---------------------------------------------------------------


class SignatureTile(QFrame):
    def __init__(self, signature: SignatureInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signature = signature
        self.setFrameShape(QFrame.Shape.StyledPanel)
        image = QLabel()
        image.setPixmap(signature_pixmap(signature.image_png, SIGNATURE_TILE,
                                         faded=signature.superseded))
        image.setFixedSize(SIGNATURE_TILE)
        self.image = image
        if signature.signer_role == "inspector":
            role = self.tr("Inspector")
        else:
            role = signature.signer_title or self.tr("Facility representative")
        who = _rich(QLabel(f"<b>{_escape(signature.signer_name)}</b><br>{_escape(role)}"))
        who.setWordWrap(True)
        when = QLabel(local_time(signature.signed_at))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(who)
        text.addWidget(when)
        if signature.superseded:
            mark = QLabel(self.tr("Superseded"))
            font = QFont(mark.font())
            font.setItalic(True)
            mark.setFont(font)
            mark.setToolTip(self.tr("Signed before an amendment; kept on file, no longer "
                                    "valid for the corrected record"))
            text.addWidget(mark)
            for label in (who, when):
                label.setEnabled(False)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(image, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)


class ConcludePage(QWidget):
    """Result, findings and signing of one inspection."""

    status_changed = Signal()
    go_to_item = Signal(str, str)  # checklist id, item id
    go_to_finding = Signal(str)  # finding id (of a follow-up's list)

    def __init__(self, ctx: AppContext, inspection_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = str(inspection_id)
        self.detail: InspectionDetail | None = None
        self.missing: list[MissingEvidence] = []
        self.checks: list[FindingInfo] = []
        self._build()

    @property
    def _iid(self) -> uuid.UUID:
        return uuid.UUID(self.inspection_id)

    # --- layout -----------------------------------------------------------------

    def _build(self) -> None:
        # Left: result, actions, signatures, amendments (scrolls when long).
        self.score_label = _heading("—", 2.2)
        self.score_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_label = _rich(_heading("", 1.4))
        self.verdict_note = QLabel()
        self.verdict_note.setWordWrap(True)
        self.status_label = _rich(QLabel())
        self.status_label.setWordWrap(True)
        self.counts = counts = QFormLayout()
        counts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.answered_label = QLabel()
        self.passed_label = QLabel()
        self.failed_label = _rich(QLabel())
        self.failed_label.setWordWrap(True)
        self.na_label = QLabel()
        self.followup_label = QLabel()
        self.followup_label.setWordWrap(True)
        counts.addRow(self.tr("Answered:"), self.answered_label)
        counts.addRow(self.tr("Passed:"), self.passed_label)
        counts.addRow(self.tr("Failed:"), self.failed_label)
        counts.addRow(self.tr("Not applicable:"), self.na_label)
        self._followup_row_label = QLabel(self.tr("Follow-up:"))
        counts.addRow(self._followup_row_label, self.followup_label)
        result_box = QGroupBox(self.tr("Result"))
        result_layout = QVBoxLayout(result_box)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.score_label)
        top.addWidget(self.verdict_label, 1)
        result_layout.addLayout(top)
        result_layout.addWidget(self.verdict_note)
        result_layout.addWidget(self.status_label)
        result_layout.addLayout(counts)

        self.complete_button = QPushButton(self.tr("&Complete inspection"))
        self.complete_button.clicked.connect(self.complete)
        self.sign_button = QPushButton(self.tr("&Sign…"))
        self.sign_button.clicked.connect(self.open_sign_dialog)
        self.amend_button = QPushButton(self.tr("&Amend…"))
        self.amend_button.clicked.connect(self.open_amend_dialog)
        self.followup_button = QPushButton(self.tr("Start &follow-up…"))
        self.followup_button.clicked.connect(self.open_followup_dialog)
        self.documents_button = QPushButton(self.tr("&Report and notice…"))
        self.documents_button.clicked.connect(self.open_documents_dialog)
        self.message = _rich(QLabel())
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message_kind = ""  # "blocked": refreshed with the list of what blocks
        # One row, one order, always all five: a button never moves under the pointer.
        self.action_buttons = (self.complete_button, self.sign_button, self.amend_button,
                               self.followup_button, self.documents_button)
        actions_bar = QHBoxLayout()
        actions_bar.setContentsMargins(6, 6, 6, 0)
        for button in self.action_buttons:
            button.setMinimumWidth(button.sizeHint().width())
            actions_bar.addWidget(button)
        actions_bar.addStretch(1)

        self.signatures_box = QGroupBox(self.tr("Signatures"))
        self.signatures_layout = QVBoxLayout(self.signatures_box)
        self.amendments_box = QGroupBox(self.tr("Amendments"))
        self.amendments_layout = QVBoxLayout(self.amendments_box)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(result_box)
        left_layout.addWidget(self.amendments_box)
        left_layout.addWidget(self.signatures_box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)

        # Right: what blocks completion, the failed items, the findings.
        self.blocking = QTreeWidget()
        self.blocking.setRootIsDecorated(False)
        self.blocking.setHeaderLabels([self.tr("Checklist"), self.tr("Item"),
                                       self.tr("What is missing")])
        self._stretch(self.blocking, 1, {0: 170})
        self.blocking.itemActivated.connect(self._jump_blocking)
        self.blocking_button = QPushButton(self.tr("&Go there"))
        self.blocking_button.clicked.connect(
            lambda: self._jump_blocking(self.blocking.currentItem()))
        self.blocking_intro = QLabel()
        self.blocking_intro.setWordWrap(True)
        self.blocking_box = QGroupBox(self.tr("Cannot be completed yet"))
        blocking_layout = QVBoxLayout(self.blocking_box)
        blocking_layout.addWidget(self.blocking_intro)
        blocking_layout.addWidget(self.blocking, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.blocking_button)
        blocking_layout.addLayout(row)

        self.failed = QTreeWidget()
        self.failed.setRootIsDecorated(False)
        self.failed.setHeaderLabels([self.tr("Severity"), self.tr("Checklist"), self.tr("Item"),
                                     self.tr("Why it failed")])
        self._stretch(self.failed, 2, {1: 170, 3: 260})
        self.failed.itemActivated.connect(self._jump_failed)
        self.failed_box = QGroupBox(self.tr("Failed items"))
        failed_layout = QVBoxLayout(self.failed_box)
        failed_layout.addWidget(self.failed)

        self.findings = FindingsEditor(self.ctx)
        self.findings.saved.connect(lambda _id: self.ctx.events.inspection_changed.emit(
            self.inspection_id))
        self.findings_box = QGroupBox(self.tr("Findings and required rectification"))
        findings_layout = QVBoxLayout(self.findings_box)
        findings_layout.addWidget(self.findings)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.blocking_box)
        right.addWidget(self.failed_box)
        right.addWidget(self.findings_box)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setStretchFactor(2, 2)
        right.setChildrenCollapsible(False)
        right.setSizes([220, 200, 360])

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 1000])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions_bar)
        self.message.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _stretch(tree: QTreeWidget, column: int, widths: dict[int, int] | None = None) -> None:
        """``column`` takes the spare width; ``widths`` are starting widths of columns the
        user can resize (long texts are elided, the full text is in the tooltip)."""
        header = tree.header()
        header.setStretchLastSection(False)
        for col in range(tree.columnCount()):
            if col == column:
                mode = QHeaderView.ResizeMode.Stretch
            elif widths and col in widths:
                mode = QHeaderView.ResizeMode.Interactive
                header.resizeSection(col, widths[col])
            else:
                mode = QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(col, mode)
        tree.setUniformRowHeights(True)

    # --- loading ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything from the database (the screen calls this when the tab is
        shown)."""
        self.findings.flush()
        svc = self.ctx.workspace.inspections
        lang = self.ctx.language
        detail = svc.detail(self._iid)
        if detail.status == "draft":
            svc.draft_findings(self._iid, self.ctx.actor(), lang)
            detail = svc.detail(self._iid)
        self.detail = detail
        self.missing = svc.missing_evidence(self._iid, lang) if not detail.locked else []
        self.checks = svc.followup_findings(self._iid) if detail.kind == "followup" else []
        self._show_result(detail)
        self._show_blocking(detail)
        self._show_failed(detail)
        self.findings.set_findings(list(detail.findings), detail.date, read_only=detail.locked)
        self.findings_box.setVisible(bool(detail.findings) or detail.kind != "followup")
        self._show_actions(detail)
        self._show_signatures(detail)
        self._show_amendments(detail.amendments)
        if self._message_kind == "blocked":  # said before the items were dealt with
            if self.missing and detail.status == "draft":
                self._say_blocked()
            else:
                self._say("")

    def _show_result(self, d: InspectionDetail) -> None:
        card = d.card
        self.score_label.setText("—" if card.score is None else f"{card.score:.1f}%")
        colour = VERDICT_COLOURS.get(card.verdict or "", "")
        text = verdict_label(card.verdict)
        self.verdict_label.setText(f'<span style="color:{colour}">{text}</span>' if colour
                                   else text)
        critical = len(card.critical_failures)
        self.verdict_label.setToolTip(self.tr(
            "A failed critical item makes the verdict Fail on its own; otherwise the "
            "score decides."))
        self.verdict_note.setVisible(critical > 0)
        self.verdict_note.setText(self.tr(
            "%n critical item(s) failed: the verdict is Fail whatever the score.", "",
            critical))
        self.answered_label.setText(self.tr("{answered} of {applicable}").format(
            answered=card.answered, applicable=card.applicable))
        self.passed_label.setText(str(card.passed))
        by = card.failed_by_severity
        parts = []
        for severity in ("critical", "major", "minor"):
            n = by.get(severity, 0)
            part = f"{_escape(severity_label(severity))}&nbsp;{n}"  # kept on one line
            if n:
                part = (f'<span style="color:{SEVERITY_COLOURS[severity]}; font-weight:600">'
                        f"{part}</span>")
            parts.append(part)
        self.failed_label.setText(_escape(self.tr("{count} ({parts})")).format(
            count=card.failed, parts=" · ".join(parts)))
        self.na_label.setText(str(card.not_applicable))
        is_followup = d.kind == "followup"
        judged = card.applicable > 0 or not is_followup
        for row in range(4):  # answered, passed, failed, N.A.
            self.counts.setRowVisible(row, judged)
        self.counts.setRowVisible(4, is_followup)
        self.score_label.setVisible(judged)
        if not judged:  # a follow-up that only checks findings has no score
            self.verdict_label.setText(self.tr("Follow-up of findings"))
        if is_followup:
            checked = sum(1 for f in self.checks if f.check_status)
            fixed = sum(1 for f in self.checks if f.check_status == "rectified")
            self.followup_label.setText(self.tr(
                "{checked} of {total} findings checked, {fixed} rectified").format(
                    checked=checked, total=len(self.checks), fixed=fixed))
        self.status_label.setText(f"<b>{_escape(self._status_text(d))}</b>")

    def _status_text(self, d: InspectionDetail) -> str:
        if d.status == "signed":
            when = local_time(d.signed_at) if d.signed_at else ""
            return self.tr("Signed on {when} — locked").format(when=when)
        if d.status == "completed":
            when = local_time(d.completed_at) if d.completed_at else ""
            return self.tr("Completed on {when}; waiting for signatures").format(when=when)
        if d.amendments and d.amendments[-1].closed_at is None:
            return self.tr("Reopened for correction (amendment); complete and sign it again")
        return self.tr("Draft: not completed yet")

    def _checklist_titles(self, d: InspectionDetail) -> dict[str, str]:
        """Titles of this inspection's checklists (and, for the findings a follow-up
        checks, of the current version of theirs)."""
        lang = self.ctx.language
        titles = {cid: c.title.get(lang)
                  for cid, c in self.ctx.workspace.catalog.current.items()}
        titles.update({c.id: c.title.get(lang) for c in d.checklists})
        return titles

    def _show_blocking(self, d: InspectionDetail) -> None:
        titles = self._checklist_titles(d)
        self.blocking.clear()
        for m in self.missing:
            title = titles.get(m.checklist_id, m.checklist_id)
            row = QTreeWidgetItem([title, m.prompt, need_label(m.need)])
            row.setToolTip(0, title)
            row.setToolTip(1, m.prompt)
            row.setData(0, Qt.ItemDataRole.UserRole, (m.checklist_id, m.item_id, m.need))
            self.blocking.addTopLevelItem(row)
        blocked = bool(self.missing) and d.status == "draft"
        self.blocking_box.setVisible(blocked)
        if blocked:
            self.blocking_intro.setText(self.tr(
                "%n item(s) must be dealt with before the inspection can be completed. "
                "Double-click one to go there.", "", len(self.missing)))
            if self.blocking.currentItem() is None:
                self.blocking.setCurrentItem(self.blocking.topLevelItem(0))

    def _show_failed(self, d: InspectionDetail) -> None:
        titles = self._checklist_titles(d)
        lang = self.ctx.language
        self.failed.clear()
        for checklist in d.checklists:
            for item in checklist.items:
                key = (checklist.id, item.id)
                answer = d.answers.get(key)
                if answer is None or answer.result != "fail" or not d.applicable.get(key):
                    continue
                reason = (answer.reason or {}).get(lang, "")
                row = QTreeWidgetItem([severity_label(item.severity.value),
                                       titles[checklist.id], item.prompt.get(lang), reason])
                row.setForeground(0, QColor(SEVERITY_COLOURS[item.severity.value]))
                row.setToolTip(1, titles[checklist.id])
                row.setToolTip(2, item.prompt.get(lang))
                row.setToolTip(3, reason)
                row.setData(0, Qt.ItemDataRole.UserRole, key)
                self.failed.addTopLevelItem(row)
        count = self.failed.topLevelItemCount()
        self.failed_box.setTitle(self.tr("Failed items (%n)", "", count))
        self.failed_box.setVisible(count > 0 or d.kind != "followup")

    def _show_actions(self, d: InspectionDetail) -> None:
        """Enable what applies now; the buttons keep their places."""
        draft, completed, signed = (d.status == s for s in ("draft", "completed", "signed"))
        self.complete_button.setEnabled(draft)
        if draft:
            self.complete_button.setToolTip("")
        elif completed:
            self.complete_button.setToolTip(self.tr("Completed already"))
        else:
            self.complete_button.setToolTip(self.tr("Signed and locked: amend it first"))
        self.sign_button.setEnabled(completed)
        if completed:
            self.sign_button.setToolTip("")
        elif signed:
            self.sign_button.setToolTip(self.tr("Signed already"))
        else:
            self.sign_button.setToolTip(self.tr("Complete the inspection first"))
        self.amend_button.setEnabled(signed)
        if signed:
            self.amend_button.setToolTip(self.tr(
                "Reopen the signed inspection for a correction, with a reason"))
        else:
            self.amend_button.setToolTip(self.tr("Only a signed inspection needs an amendment"))
        open_findings = [f for f in d.findings if f.status in ("open", "not_rectified")]
        can_follow = (completed or signed) and bool(open_findings)
        self.followup_button.setEnabled(can_follow)
        count = len(open_findings)
        if can_follow:
            tip = self.tr("%n finding(s) are still open", "", count)
        elif draft:
            tip = self.tr("Complete the inspection first")
        else:
            tip = self.tr("No finding is open")
        self.followup_button.setToolTip(tip)
        if not draft and self._message_kind == "blocked":
            self._say("")

    def open_documents_dialog(self) -> None:
        from inspector.ui.documents import DocumentsDialog

        DocumentsDialog(self.ctx, self.inspection_id, self).exec()

    def _clear(self, layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _show_signatures(self, d: InspectionDetail) -> None:
        self._clear(self.signatures_layout)
        current = [s for s in d.signatures if not s.superseded]
        old = [s for s in d.signatures if s.superseded]
        self.signatures_box.setVisible(bool(d.signatures))
        for signature in current:
            self.signatures_layout.addWidget(SignatureTile(signature))
        if old:
            self.signatures_layout.addWidget(_heading(
                self.tr("Superseded signatures (%n)", "", len(old)), 1.0))
            for signature in old:
                self.signatures_layout.addWidget(SignatureTile(signature))

    def _show_amendments(self, amendments: tuple[AmendmentInfo, ...]) -> None:
        self._clear(self.amendments_layout)
        self.amendments_box.setVisible(bool(amendments))
        for n, a in enumerate(amendments, start=1):
            if a.closed_at is None:
                state = self.tr("open: being corrected")
            else:
                state = self.tr("signed again on {when}").format(when=local_time(a.closed_at))
            text = self.tr("<b>{n}. {when}</b>, {who} ({state})<br>{reason}").format(
                n=n, when=local_time(a.opened_at), who=_escape(a.actor), state=state,
                reason=_escape(a.reason))
            label = _rich(QLabel(text))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.amendments_layout.addWidget(label)

    # --- jumping ----------------------------------------------------------------

    def _jump_blocking(self, row: QTreeWidgetItem | None) -> None:
        if row is None:
            return
        checklist_id, item_id, need = row.data(0, Qt.ItemDataRole.UserRole)
        if need == "check":
            finding = next((f for f in self.checks if (f.checklist_id, f.item_id)
                            == (checklist_id, item_id) and not f.check_status), None)
            if finding is not None:
                self.go_to_finding.emit(finding.id)
            return
        self.go_to_item.emit(checklist_id, item_id)

    def _jump_failed(self, row: QTreeWidgetItem | None) -> None:
        if row is not None:
            checklist_id, item_id = row.data(0, Qt.ItemDataRole.UserRole)
            self.go_to_item.emit(checklist_id, item_id)

    # --- actions ----------------------------------------------------------------

    def _changed(self) -> None:
        self.refresh()
        self.status_changed.emit()
        self.ctx.events.inspection_changed.emit(self.inspection_id)

    def _say(self, text: str, error: bool = False, kind: str = "") -> None:
        self._message_kind = kind if text else ""
        self.message.setText(f'<span style="color:{FAIL_COLOUR}">{_escape(text)}</span>'
                             if error else _escape(text))

    def _say_blocked(self) -> None:
        count = len(self.missing)
        self._say(self.tr(
            "Not completed: %n item(s) still need an answer or evidence; they are "
            "listed under “Cannot be completed yet”.", "", count), error=True, kind="blocked")

    def complete(self) -> bool:
        """Complete the inspection; when refused, list what blocks it."""
        self.findings.flush()
        try:
            self.ctx.workspace.inspections.complete(self._iid, self.ctx.actor(),
                                                    self.ctx.language)
        except InspectionError as exc:
            self.refresh()
            if self.missing:
                self._say_blocked()
            else:
                self._say(self.tr("Not completed: {reason}").format(reason=explain(exc)),
                          error=True)
            return False
        self._changed()
        self._say(self.tr("Completed. The inspectors and the facility representative can "
                          "now sign."))
        return True

    def open_sign_dialog(self) -> bool:
        if self.detail is None or self.detail.status != "completed":
            return False
        self.findings.flush()
        dialog = SignDialog(self.detail, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.sign(dialog.signatures())

    def sign(self, signatures: list[SignatureInput]) -> bool:
        for signature in signatures:  # the core's ink rule, said in the UI language
            problem = png_problem(signature.image_png)
            if problem is not None:
                QMessageBox.warning(self, self.tr("Not signed"), self.tr(
                    "The inspection was not signed: the signature of {name} is not "
                    "usable. {why}").format(name=signature.signer_name, why=ink_message(
                        problem)))
                return False
        try:
            self.ctx.workspace.inspections.sign(self._iid, signatures, self.ctx.actor())
        except InspectionError as exc:
            QMessageBox.warning(self, self.tr("Not signed"),
                                self.tr("The inspection was not signed: {reason}").format(
                                    reason=explain(exc)))
            return False
        self._changed()
        return True

    def open_amend_dialog(self) -> bool:
        if self.detail is None or not self.detail.locked:
            return False
        dialog = AmendDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.amend(dialog.text())

    def amend(self, reason: str) -> bool:
        if len(reason.strip()) < MIN_REASON:
            self._say(self.tr("An amendment needs a reason of at least %n character(s).", "",
                              MIN_REASON), error=True)
            return False
        try:
            self.ctx.workspace.inspections.amend(self._iid, reason.strip(), self.ctx.actor())
        except InspectionError as exc:
            self._say(self.tr("Not amended: {reason}").format(reason=explain(exc)), error=True)
            return False
        self._changed()
        self._say(self.tr("Reopened for correction. Complete and sign it again when done."))
        return True

    def open_followup_dialog(self) -> str | None:
        from inspector.ui.followup import start_followup_dialog

        new_id = start_followup_dialog(self.ctx, self, self.inspection_id)
        if new_id is not None:
            self.ctx.events.inspection_changed.emit(self.inspection_id)
            self.ctx.events.inspection_changed.emit(new_id)
            self.ctx.events.open_inspection.emit(new_id)
        return new_id


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
