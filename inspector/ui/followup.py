"""Follow-up (复查): starting one from an inspection's open findings, and the page
on which each of those findings is marked rectified or not, with a note and photos.

Each mark is saved at once (``Inspections.check_finding``); the original finding's
status follows it. Notes are saved a moment after typing stops and when the field
loses focus.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspector.inspection_records import FindingInfo, InspectionDetail
from inspector.inspections import InspectionError
from inspector.photos import PhotoError
from inspector.ui.context import AppContext
from inspector.ui.fill.photo_viewer import PhotoViewer
from inspector.ui.fill.photos import IMAGE_SUFFIXES, thumbnail
from inspector.ui.findings_editor import (
    FAIL_COLOUR,
    PASS_COLOUR,
    SEVERITY_COLOURS,
    finding_status_label,
    from_qdate,
    severity_label,
    to_qdate,
)
from inspector.ui.messages import explain

NOTE_DELAY_MS = 800
THUMB = 72
CHECK_STATES = ("rectified", "not_rectified", "open")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- starting a follow-up ----------------------------------------------------------


class StartFollowupDialog(QDialog):
    """Date and team of a follow-up of ``original``."""

    def __init__(self, ctx: AppContext, original: InspectionDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = original
        self.setWindowTitle(self.tr("Start a follow-up inspection"))
        open_findings = [f for f in original.findings if f.status in ("open", "not_rectified")]
        intro = QLabel(self.tr(
            "A follow-up checks the %n open finding(s) of the inspection of {facility} on "
            "{date} and records how each was rectified.", "", len(open_findings)).format(
                facility=original.facility.name, date=original.date.isoformat()))
        intro.setWordWrap(True)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(to_qdate(original.date))
        self.date.setDate(to_qdate(max(date.today(), original.date)))
        self.team = QListWidget()
        # The current inspector is ticked; without one, the original team.
        me = ctx.current_inspector()
        ticked_ids = {me.id} if me is not None else {m.inspector.id for m in original.team}
        for person in ctx.workspace.inspectors.list():
            row = QListWidgetItem(self.tr("{name} · {department} · {badge}").format(
                name=person.name, department=person.department, badge=person.badge_number))
            row.setData(Qt.ItemDataRole.UserRole, person.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = person.id in ticked_ids
            row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.team.addItem(row)
        self.team.itemChanged.connect(self._update)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        form = QFormLayout()
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        team_label = QLabel(self.tr("&Team:"))
        team_label.setBuddy(self.team)
        form.addRow(date_label, self.date)
        form.addRow(team_label, self.team)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Start follow-up"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.resize(520, 440)
        self._update()

    def chosen(self) -> list[uuid.UUID]:
        """The ticked inspectors; the current inspector (if ticked) leads."""
        out = []
        for i in range(self.team.count()):
            row = self.team.item(i)
            if row.checkState() == Qt.CheckState.Checked:
                out.append(uuid.UUID(row.data(Qt.ItemDataRole.UserRole)))
        me = self.ctx.current_inspector()
        out.sort(key=lambda inspector_id: me is None or str(inspector_id) != me.id)
        return out

    def set_ticked(self, inspector_ids: list[str]) -> None:
        for i in range(self.team.count()):
            row = self.team.item(i)
            ticked = row.data(Qt.ItemDataRole.UserRole) in inspector_ids
            row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        n = len(self.chosen())
        self.ok.setEnabled(n > 0)
        if n == 0:
            self.warning.setText(self.tr("Tick the inspectors who take part."))
        elif n < 2:
            self.warning.setText(f'<span style="color:{SEVERITY_COLOURS["major"]}">' + self.tr(
                "An official inspection has at least two inspectors.") + "</span>")
        else:
            self.warning.clear()

    def start(self) -> str | None:
        """Create the follow-up; None (with a message) when the core refuses."""
        try:
            new_id = self.ctx.workspace.inspections.start_followup(
                uuid.UUID(self.original.id), from_qdate(self.date.date()), self.chosen(),
                self.ctx.actor())
        except InspectionError as exc:
            QMessageBox.warning(self, self.tr("Follow-up not started"),
                                self.tr("The follow-up was not started: {reason}").format(
                                    reason=explain(exc)))
            return None
        return str(new_id)


def start_followup_dialog(ctx: AppContext, parent: QWidget | None,
                          original_id: str) -> str | None:
    """Ask for the date and team and start a follow-up; the new inspection's id, or
    None when cancelled or refused."""
    original = ctx.workspace.inspections.detail(uuid.UUID(str(original_id)))
    dialog = StartFollowupDialog(ctx, original, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        new_id = dialog.start()
        if new_id is not None:
            ctx.events.inspection_changed.emit(new_id)
            return new_id
    return None


# --- checking the findings ---------------------------------------------------------


class FindingCheckCard(QFrame):
    """One finding under follow-up: what was found, and what the follow-up finds."""

    marked = Signal(str, str)  # finding id, rectified | not_rectified | open
    note_changed = Signal(str, str)  # finding id, note
    add_photos_requested = Signal(str)  # finding id

    def __init__(self, ctx: AppContext, finding: FindingInfo, check_day: date,
                 read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.finding = finding
        self.check_day = check_day
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lang = ctx.language
        colour = SEVERITY_COLOURS.get(finding.severity, "#808080")
        prompt = finding.prompt.get(lang) or finding.prompt.get("zh", "")
        title = QLabel(f'<span style="color:{colour}; font-weight:600">'
                       f"{_escape(severity_label(finding.severity))}</span>&nbsp;&nbsp;"
                       f"<b>{_escape(prompt)}</b>")
        title.setWordWrap(True)
        self.deadline_label = QLabel()
        self.status_label = QLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        found = finding.inspection_date.isoformat() if finding.inspection_date else "—"
        form.addRow(self.tr("Found on:"), QLabel(found))
        for text, value in ((self.tr("Finding:"), finding.description),
                            (self.tr("Required action:"), finding.required_action)):
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(text, label)
        form.addRow(self.tr("Deadline:"), self.deadline_label)
        form.addRow(self.tr("Status:"), self.status_label)

        self.rectified = QRadioButton(self.tr("&Rectified"))
        self.not_rectified = QRadioButton(self.tr("&Not rectified"))
        self.unchecked = QRadioButton(self.tr("Not &checked yet"))
        self.group = QButtonGroup(self)
        for button, state in zip((self.rectified, self.not_rectified, self.unchecked),
                                 CHECK_STATES, strict=True):
            self.group.addButton(button)
            button.setProperty("check_state", state)
        self.group.buttonClicked.connect(self._clicked)
        marks = QHBoxLayout()
        for button in (self.rectified, self.not_rectified, self.unchecked):
            marks.addWidget(button)
        marks.addStretch(1)

        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr(
            "What was seen: how it was rectified, or what is still wrong"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 16)
        self.note.setPlainText(finding.check_note or "")
        self.note.textChanged.connect(lambda: self.note_changed.emit(
            self.finding.id, self.note.toPlainText()))
        self.note.setAccessibleName(self.tr("Follow-up note"))

        self.photos_row = QHBoxLayout()
        self.photos_row.setContentsMargins(0, 0, 0, 0)
        self.add_photo = QPushButton(self.tr("Add &photo…"))
        self.add_photo.clicked.connect(lambda: self.add_photos_requested.emit(self.finding.id))
        photos = QWidget()
        photos_layout = QHBoxLayout(photos)
        photos_layout.setContentsMargins(0, 0, 0, 0)
        photos_layout.addLayout(self.photos_row)
        photos_layout.addWidget(self.add_photo)
        photos_layout.addStretch(1)

        check = QFormLayout()
        check.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        check.addRow(self.tr("Follow-up:"), marks)
        check.addRow(self.tr("Note:"), self.note)
        check.addRow(self.tr("Photos:"), photos)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(check)
        self.set_finding(finding)
        self.set_read_only(read_only)

    def set_finding(self, finding: FindingInfo) -> None:
        self.finding = finding
        state = finding.check_status or "open"
        for button in self.group.buttons():
            button.setChecked(button.property("check_state") == state)
        late = (self.check_day - finding.deadline).days
        text = finding.deadline.isoformat()
        if late > 0 and finding.check_status != "rectified":
            text += (f'&nbsp;&nbsp;<span style="color:{FAIL_COLOUR}; font-weight:600">'
                     + self.tr("overdue by %n day(s)", "", late) + "</span>")
        self.deadline_label.setText(text)
        found = finding.check_status
        colour = {"rectified": PASS_COLOUR, "not_rectified": FAIL_COLOUR}.get(
            found or finding.status, "")
        status = _escape(finding_status_label(finding.status))
        if found and found != finding.status:
            # The earlier record follows only once this follow-up is completed.
            status = _escape(self.tr("{now}; marked {found} here, which takes effect when "
                                     "this follow-up is completed").format(
                now=finding_status_label(finding.status), found=finding_status_label(found)))
        self.status_label.setText(f'<span style="color:{colour}">{status}</span>' if colour
                                  else status)
        self._show_photos()

    def _show_photos(self) -> None:
        while self.photos_row.count():
            widget = self.photos_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for index, photo in enumerate(self.finding.photos):
            button = QToolButton()
            button.setIcon(QIcon(thumbnail(photo.path, THUMB)))
            button.setIconSize(QSize(THUMB, THUMB))
            button.setToolTip(photo.original_name or self.tr("Photo"))
            button.setAccessibleName(self.tr("Photo {n}").format(n=index + 1))
            button.clicked.connect(lambda _=False, i=index: self.view_photo(i))
            self.photos_row.addWidget(button)

    def view_photo(self, index: int) -> PhotoViewer:
        title = self.finding.prompt.get(self.ctx.language) or ""
        viewer = PhotoViewer(list(self.finding.photos), index, title, read_only=True,
                             parent=self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        return viewer

    def set_read_only(self, read_only: bool) -> None:
        for button in self.group.buttons():
            button.setEnabled(not read_only)
        self.note.setReadOnly(read_only)
        self.add_photo.setVisible(not read_only)

    def _clicked(self, button: QAbstractButton) -> None:
        self.marked.emit(self.finding.id, str(button.property("check_state")))


class FollowupPage(QWidget):
    """The findings a follow-up inspection checks."""

    changed = Signal()  # a finding was marked (the screen may refresh its tabs)

    def __init__(self, ctx: AppContext, inspection_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = str(inspection_id)
        self.cards: dict[str, FindingCheckCard] = {}
        self._notes: dict[str, str] = {}
        self._read_only = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        self.summary = QLabel()
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.original_label = QLabel()
        self.original_label.setWordWrap(True)
        self.status = QLabel()
        self.unchecked_only = QCheckBox(self.tr("Show only findings not checked &yet"))
        self.unchecked_only.toggled.connect(self._filter)
        header = QHBoxLayout()
        header.addWidget(self.summary)
        header.addSpacing(24)
        header.addWidget(self.unchecked_only)
        header.addStretch(1)
        header.addWidget(self.status)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.original_label)
        layout.addWidget(scroll, 1)
        self.refresh()

    @property
    def _iid(self) -> uuid.UUID:
        return uuid.UUID(self.inspection_id)

    def refresh(self) -> None:
        self.flush()
        svc = self.ctx.workspace.inspections
        detail = svc.detail(self._iid)
        findings = svc.followup_findings(self._iid)
        self._read_only = detail.locked
        self.check_day = detail.date
        if detail.followup_of_id:
            original = svc.detail(uuid.UUID(detail.followup_of_id))
            self.original_label.setText(self.tr(
                "Follow-up of the inspection of {date} ({facility}).").format(
                    date=original.date.isoformat(), facility=original.facility.name))
        focus = self.focusWidget()
        keep = next((fid for fid, card in self.cards.items() if focus is not None
                     and card.isAncestorOf(focus)), None)
        for card in self.cards.values():
            card.deleteLater()
        self.cards.clear()
        while self.body_layout.count():
            self.body_layout.takeAt(0)
        for finding in findings:
            card = FindingCheckCard(self.ctx, finding, detail.date, detail.locked)
            card.marked.connect(self.mark)
            card.note_changed.connect(self._note_edited)
            card.add_photos_requested.connect(self.choose_photos)
            card.note.installEventFilter(self)
            self.cards[finding.id] = card
            self.body_layout.addWidget(card)
        if not findings:
            self.body_layout.addWidget(QLabel(self.tr("This follow-up checks no findings.")))
        self.body_layout.addStretch(1)
        if keep in self.cards:
            self.cards[keep].note.setFocus()
        self._filter()
        self._count()

    def _filter(self) -> None:
        """Hide checked findings when asked (applied on demand, not after each mark, so
        a card does not vanish under the pointer)."""
        only = self.unchecked_only.isChecked()
        for card in self.cards.values():
            card.setVisible(not (only and card.finding.check_status))

    def findings(self) -> list[FindingInfo]:
        return [card.finding for card in self.cards.values()]

    def reload(self) -> None:
        self.refresh()

    def select_finding(self, finding_id: str) -> bool:
        """Scroll to a finding and put the focus on its marks."""
        card = self.cards.get(finding_id)
        if card is None:
            return False
        if card.isHidden():
            self.unchecked_only.setChecked(False)
        self.scroll.ensureWidgetVisible(card)
        card.rectified.setFocus()
        return True

    def _count(self) -> None:
        findings = self.findings()
        checked = sum(1 for f in findings if f.check_status)
        fixed = sum(1 for f in findings if f.check_status == "rectified")
        self.summary.setText(self.tr("{checked} of {total} checked, {fixed} rectified").format(
            checked=checked, total=len(findings), fixed=fixed))

    def _reload(self, finding_id: str) -> None:
        """Show the stored state of one finding after a change."""
        for finding in self.ctx.workspace.inspections.followup_findings(self._iid):
            card = self.cards.get(finding.id)
            if card is not None and finding.id == finding_id:
                card.set_finding(finding)
        self._count()

    # --- marking ----------------------------------------------------------------

    def mark(self, finding_id: str, state: str) -> bool:
        """Record a check at once (with the note as it is now)."""
        if self._read_only:
            return False
        card = self.cards[finding_id]
        note = self._notes.pop(finding_id, card.note.toPlainText())
        try:
            self.ctx.workspace.inspections.check_finding(
                self._iid, uuid.UUID(finding_id), state, note, self.ctx.actor())
        except InspectionError as exc:
            self._set_status(self.tr("Not saved: {reason}").format(reason=explain(exc)), True)
            self._reload(finding_id)
            return False
        self._reload(finding_id)
        self._set_status(self.tr("All changes saved"))
        self._notify()
        return True

    def _notify(self) -> None:
        self.changed.emit()
        self.ctx.events.inspection_changed.emit(self.inspection_id)
        finding = next((f for f in self.findings()), None)
        if finding is not None:
            self.ctx.events.inspection_changed.emit(finding.inspection_id)

    # --- notes ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _note_edited(self, finding_id: str, text: str) -> None:
        if self._read_only:
            return
        self._notes[finding_id] = text
        self._set_status(self.tr("Editing…"))
        self._timer.start()

    def flush(self, timeout_ms: int = 0) -> bool:
        """Save the notes typed since the last save; False if one could not be saved.
        (The screen passes how long it may wait; these saves finish before returning.)"""
        self._timer.stop()
        ok = True
        while self._notes:
            finding_id, text = self._notes.popitem()
            card = self.cards.get(finding_id)
            if card is None:
                continue
            state = card.finding.check_status or "open"
            try:
                self.ctx.workspace.inspections.check_finding(
                    self._iid, uuid.UUID(finding_id), state, text, self.ctx.actor())
            except InspectionError as exc:
                self._set_status(self.tr("Not saved: {reason}").format(reason=explain(exc)), True)
                ok = False
                continue
            self._set_status(self.tr("All changes saved"))
        return ok

    # --- photos -----------------------------------------------------------------

    def choose_photos(self, finding_id: str) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in IMAGE_SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Images ({patterns})").format(
                patterns=patterns))
        if files:
            self.add_photos(finding_id, [Path(f) for f in files])

    def add_photos(self, finding_id: str, paths: list[Path]) -> int:
        """Attach image files to a finding; returns how many were added."""
        added = 0
        problems = []
        for path in paths:
            try:
                data = path.read_bytes()
                self.ctx.workspace.inspections.add_finding_photo(
                    self._iid, uuid.UUID(finding_id), data, self.ctx.actor(),
                    original_name=path.name)
                added += 1
            except (OSError, PhotoError, InspectionError) as exc:
                problems.append(f"{path.name}: {explain(exc)}")
        self._reload(finding_id)
        if problems:
            self._set_status(self.tr("Not added: {problems}").format(
                problems="; ".join(problems)), True)
        elif added:
            self._set_status(self.tr("All changes saved"))
            self._notify()
        return added

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(f'<span style="color:{FAIL_COLOUR}">{_escape(text)}</span>'
                            if error else _escape(text))


__all__ = ["FollowupPage", "StartFollowupDialog", "start_followup_dialog"]
