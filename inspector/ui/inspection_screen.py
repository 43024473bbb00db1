"""One open inspection: a header with what matters at a glance, and tabs for the
checklists, the follow-up list (复查) and the conclusion."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.inspection_records import InspectionDetail
from inspector.ui.conclude import ConcludePage
from inspector.ui.context import AppContext
from inspector.ui.fill.fill_page import FillPage
from inspector.ui.followup import FollowupPage
from inspector.ui.history import HistoryPage
from inspector.ui.icons import icon
from inspector.ui.inspection_list import kind_label, status_label, verdict_label


class InspectionScreen(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: AppContext, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = inspection_id
        self._focused = False
        self.detail: InspectionDetail = ctx.workspace.inspections.detail(
            uuid.UUID(inspection_id))

        self.back = QPushButton(icon("back"), self.tr("Back to list"))
        self.back.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back.clicked.connect(self.request_back)
        self.title = QLabel()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.result = QLabel()
        self.result.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.addWidget(self.back)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.result)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.fill: FillPage | None = None
        self.followup: FollowupPage | None = None
        if self.detail.checklists:
            self.fill = FillPage(ctx, inspection_id, self)
            self.fill.score_changed.connect(self._score_changed)
            self.tabs.addTab(self.fill, icon("inspection"), self.tr("Checklists"))
        if self.detail.kind == "followup":
            self.followup = FollowupPage(ctx, inspection_id, self)
            self.followup.changed.connect(self._refresh_header)
            self.tabs.addTab(self.followup, icon("inspection"), self.tr("Findings to check"))
        self.conclude = ConcludePage(ctx, inspection_id, self)
        self.conclude.status_changed.connect(self._status_changed)
        self.conclude.go_to_item.connect(self.go_to_item)
        self.conclude.go_to_finding.connect(self._go_to_finding)
        self.tabs.addTab(self.conclude, icon("sign"), self.tr("Conclude"))
        self.history = HistoryPage(ctx, inspection_id, self)
        self.tabs.addTab(self.history, icon("note"), self.tr("History"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.conflict_banner = QFrame()
        self.conflict_banner.setObjectName("conflictBanner")
        self.conflict_banner.setStyleSheet(
            "#conflictBanner { background: rgba(227, 116, 0, 36); "
            "border: 1px solid rgba(227, 116, 0, 140); border-radius: 4px; }")
        self.conflict_text = QLabel()
        self.conflict_text.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.resolve_button.clicked.connect(self.resolve_conflict)
        banner = QHBoxLayout(self.conflict_banner)
        banner.setContentsMargins(8, 4, 8, 4)
        banner.addWidget(self.conflict_text, 1)
        banner.addWidget(self.resolve_button)
        self.conflict_banner.hide()
        self._had_conflict = False
        self._resolving = False
        self._reopen_needed = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addLayout(top)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.tabs, 1)

        QShortcut(QKeySequence("Alt+Left"), self, self.request_back)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.show_conclusion)
        self._refresh_header()
        self.update_conflict_banner()
        ctx.events.inspection_changed.connect(self._maybe_conflict_changed)
        ctx.events.inspection_replaced.connect(self._replaced)

    # --- header -----------------------------------------------------------------

    def _refresh_header(self) -> None:
        d = self.detail = self.ctx.workspace.inspections.detail(uuid.UUID(self.inspection_id))
        self.title.setText(d.facility.name)
        team = self.ctx.join(m.inspector.name for m in d.team)
        self.subtitle.setText(self.tr("{kind} · {date} · {status} · team: {team}").format(
            kind=kind_label(d.kind), date=d.date.isoformat(), status=status_label(d.status),
            team=team))
        if d.kind == "followup" and not d.checklists:
            checks = self.ctx.workspace.inspections.followup_findings(uuid.UUID(d.id))
            done = sum(f.check_status is not None for f in checks)
            fixed = sum(f.check_status == "rectified" for f in checks)
            self.result.setText(self.tr("{done} of {total} findings checked · {fixed} "
                                        "rectified").format(done=done, total=len(checks),
                                                            fixed=fixed))
        else:
            self._show_score(d.card.score, d.card.verdict)

    def _score_changed(self, score: float | None, verdict: str | None) -> None:
        """After each saved answer: the score from the save itself. The whole
        inspection is read again only when the answer changed its status (a change to
        a completed inspection makes it a draft again)."""
        if self.detail.status == "completed":
            self._refresh_header()
        else:
            self._show_score(score, verdict)

    def _show_score(self, score: float | None, verdict: str | None) -> None:
        if score is None:
            self.result.setText(self.tr("No score yet"))
        else:
            self.result.setText(self.tr("Score {score:.1f} · {verdict}").format(
                score=score, verdict=verdict_label(verdict)))

    # --- sync conflicts -----------------------------------------------------------

    def update_conflict_banner(self) -> bool:
        """Show the banner while this inspection has a sync conflict waiting; True
        when it has one."""
        try:
            pending = self.ctx.workspace.sync.pending_conflicts(uuid.UUID(self.inspection_id))
        except Exception:  # the banner must never break the screen
            pending = []
        if pending:
            self.conflict_text.setText(self.tr(
                "This inspection was also changed on another computer ({who}). Both "
                "versions are kept until you choose what to keep.").format(
                    who=pending[0].signer))
        self.conflict_banner.setVisible(bool(pending))
        self._had_conflict = bool(pending)
        return bool(pending)

    def _maybe_conflict_changed(self, inspection_id: str) -> None:
        if inspection_id != self.inspection_id:
            return
        had = self._had_conflict
        if not self.update_conflict_banner() and had:
            # Resolved: what this screen shows may now be the other version.
            self._reopen_needed = self.isVisible()  # not once it is closed
            if self._reopen_needed and not self._resolving:
                self._reopen()

    def _replaced(self, inspection_id: str) -> None:
        """An import took a later version of this inspection: show that one."""
        if inspection_id == self.inspection_id and self.isVisible() and not self._resolving:
            self._reopen()

    def _reopen(self) -> None:
        """Show the inspection again from the database (after this signal, never
        inside it, and not while a dialog of this screen is open)."""
        self._reopen_needed = False
        events, iid = self.ctx.events, self.inspection_id
        QTimer.singleShot(0, lambda: events.open_inspection.emit(iid))

    def resolve_conflict(self) -> None:
        from inspector.ui.conflict_dialog import ConflictDialog

        self.flush()  # the decision starts from what is saved
        self._resolving = True
        try:
            ConflictDialog(self.ctx, self, entity_id=self.inspection_id).exec()
        finally:
            self._resolving = False
        if self._reopen_needed:
            self._reopen()

    # --- navigation -------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if self.fill is not None and self.tabs.widget(index) is self.fill:
            # A click on the tab gives the keys to the item list at once.
            QTimer.singleShot(0, self.fill, self.fill.back_to_items)
        elif self.tabs.widget(index) is self.conclude:
            self.flush()
            self.conclude.refresh()
        elif self.tabs.widget(index) is self.history:
            self.flush()
            self.history.refresh()

    def show_conclusion(self) -> None:
        self.tabs.setCurrentWidget(self.conclude)

    def go_to_item(self, checklist_id: str, item_id: str) -> None:
        if self.fill is not None:
            self.tabs.setCurrentWidget(self.fill)
            self.fill.select_item(checklist_id, item_id)

    def _go_to_finding(self, finding_id: str) -> None:
        if self.followup is not None:
            self.tabs.setCurrentWidget(self.followup)
            self.followup.select_finding(finding_id)

    def _status_changed(self) -> None:
        if self.fill is not None:
            self.fill.reload()
        if self.followup is not None:
            self.followup.reload()
        self._refresh_header()
        self.ctx.events.inspection_changed.emit(self.inspection_id)

    def flush(self) -> bool:
        """Wait for pending saves; False if some could not be saved."""
        ok = True
        for page in (self.fill, self.followup):
            if page is not None:
                ok = page.flush(5000) and ok
        return ok

    def shutdown(self) -> bool:
        """Finish pending saves and stop the save worker (the screen is closing)."""
        ok = True
        for page in (self.fill, self.followup):
            stop = getattr(page, "shutdown", None)
            if stop is not None:
                ok = bool(stop(10_000)) and ok
        return ok

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused:
            # Keys go to the checklist as soon as the screen is up (focus cannot be
            # given while it is still hidden).
            self._focused = True
            QTimer.singleShot(0, self, self.focus_work)

    def focus_work(self) -> None:
        if self.fill is not None and self.tabs.currentWidget() is self.fill:
            self.fill.back_to_items()
        elif self.tabs.currentWidget() is not None:
            self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def request_back(self) -> None:
        if not self.flush():
            answer = QMessageBox.warning(
                self, self.tr("Unsaved changes"),
                self.tr("Some changes could not be saved yet. Leave this inspection anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctx.events.inspection_changed.emit(self.inspection_id)
        self.back_requested.emit()


__all__ = ["InspectionScreen"]
