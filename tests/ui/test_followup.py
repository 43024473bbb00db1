"""Follow-up (复查) through the widgets on a real database: starting one from a signed
inspection with open findings, marking findings rectified or not with notes and
photos, the original findings following, and completion refused while a finding is
unchecked."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QToolButton

from inspector.ui.conclude import ConcludePage
from inspector.ui.context import AppContext
from inspector.ui.fill.photo_viewer import PhotoViewer
from inspector.ui.followup import FollowupPage, StartFollowupDialog
from inspector.workspace import Workspace

from ..conftest import ACTOR, INSPECTION_DAY, signatures_for
from ..signature_sample import signature_png
from .test_conclude import add_missing_photo, failing_inspection, with_modal

FOLLOWUP_DAY = INSPECTION_DAY + timedelta(days=20)


def png() -> bytes:
    return signature_png()


def sign(ws: Workspace, iid: uuid.UUID, team: list[uuid.UUID]) -> None:
    ws.inspections.sign(iid, signatures_for(team), ACTOR)


@pytest.fixture
def original(ws: Workspace, team: list[uuid.UUID], facility_id: uuid.UUID) -> uuid.UUID:
    iid = failing_inspection(ws, team, facility_id)
    add_missing_photo(ws, iid)
    ws.inspections.complete(iid, ACTOR)
    sign(ws, iid, team)
    return iid


def start_through_dialog(qtbot, ctx: AppContext, original: uuid.UUID,
                         team: list[uuid.UUID]) -> str:
    page = ConcludePage(ctx, str(original))
    qtbot.addWidget(page)
    page.refresh()
    assert page.followup_button.isVisibleTo(page)

    def handle(dialog: QDialog) -> None:
        assert isinstance(dialog, StartFollowupDialog)
        assert dialog.chosen() == [team[0]]  # the current inspector is ticked
        assert "at least two" in dialog.warning.text()
        for i in range(dialog.team.count()):
            row = dialog.team.item(i)
            if row.data(Qt.ItemDataRole.UserRole) == str(team[1]):
                row.setCheckState(Qt.CheckState.Checked)
        assert dialog.warning.text() == ""
        assert dialog.date.minimumDate() == QDate(INSPECTION_DAY.year, INSPECTION_DAY.month,
                                                  INSPECTION_DAY.day)
        dialog.date.setDate(QDate(FOLLOWUP_DAY.year, FOLLOWUP_DAY.month, FOLLOWUP_DAY.day))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    errors = with_modal(qtbot, handle)
    with qtbot.waitSignal(ctx.events.open_inspection) as opened:
        page.followup_button.click()
    assert not errors
    return opened.args[0]


@pytest.fixture
def followup(qtbot, ctx: AppContext, ws: Workspace, original: uuid.UUID,
             team: list[uuid.UUID]) -> str:
    ctx.language = "en"
    ctx.set_current_inspector(str(team[0]))
    return start_through_dialog(qtbot, ctx, original, team)


def test_start_followup_dialog_creates_a_followup_of_the_open_findings(
        ws: Workspace, original: uuid.UUID, followup: str, team: list[uuid.UUID]) -> None:
    detail = ws.inspections.detail(uuid.UUID(followup))
    assert detail.kind == "followup" and detail.followup_of_id == str(original)
    assert detail.date == FOLLOWUP_DAY
    assert [m.inspector.id for m in detail.team] == [str(t) for t in team]
    checked = ws.inspections.followup_findings(uuid.UUID(followup))
    assert sorted(f.id for f in checked) == sorted(f.id for f in ws.inspections.findings(
        original))


def test_marks_notes_and_photos_follow_through_to_the_original_findings(
        qtbot, ctx: AppContext, ws: Workspace, original: uuid.UUID, followup: str,
        tmp_path: Path) -> None:
    page = FollowupPage(ctx, followup)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    assert len(page.cards) == 3
    assert page.summary.text() == "0 of 3 checked, 0 rectified"
    by_item = {card.finding.item_id: card for card in page.cards.values()}
    exits, staff, training = (by_item[i] for i in ("exits-clear", "fire-staff",
                                                     "induction-training"))
    qtbot.waitUntil(training.rectified.isVisible)  # shown and laid out: clickable
    # The critical finding's deadline (3 days) has passed by the follow-up day.
    assert "overdue by 17 day" in exits.deadline_label.text()
    assert "overdue" not in training.deadline_label.text()  # minor: 30 days

    qtbot.mouseClick(exits.rectified, Qt.MouseButton.LeftButton)
    exits.note.setFocus()
    qtbot.keyClicks(exits.note, "Exit cleared, lock removed")
    qtbot.waitUntil(lambda: next(f for f in ws.inspections.followup_findings(
        uuid.UUID(followup)) if f.item_id == "exits-clear").check_note
                    == "Exit cleared, lock removed", timeout=3000)
    photo = tmp_path / "exit-after.jpg"
    Image.new("RGB", (800, 600), (40, 160, 60)).save(photo, "JPEG")
    assert page.add_photos(exits.finding.id, [photo]) == 1
    thumbs = exits.findChildren(QToolButton)
    assert len(thumbs) == 1
    thumbs[0].click()
    viewers = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, PhotoViewer) and w.isVisible()]
    assert len(viewers) == 1 and viewers[0].photos[0].original_name == "exit-after.jpg"
    viewers[0].close()

    qtbot.mouseClick(staff.not_rectified, Qt.MouseButton.LeftButton)
    assert page.summary.text() == "2 of 3 checked, 1 rectified"
    checked = {f.item_id: f for f in ws.inspections.followup_findings(uuid.UUID(followup))}
    assert {k: f.check_status for k, f in checked.items()} == {
        "exits-clear": "rectified", "fire-staff": "not_rectified", "induction-training": None}
    # the signed original changes only once this follow-up is completed, and says so
    assert {f.status for f in ws.inspections.findings(original)} == {"open"}
    assert "Rectified" in exits.status_label.text()
    assert "when this follow-up is completed" in exits.status_label.text()
    assert [p.original_name for p in checked["exits-clear"].photos] == ["exit-after.jpg"]
    assert checked["fire-staff"].check_status == "not_rectified"

    # A mark can be taken back.
    qtbot.mouseClick(staff.unchecked, Qt.MouseButton.LeftButton)
    assert {f.item_id: f.check_status for f in ws.inspections.followup_findings(
        uuid.UUID(followup))}["fire-staff"] is None
    assert page.summary.text() == "1 of 3 checked, 1 rectified"
    qtbot.mouseClick(staff.not_rectified, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.unchecked_only, Qt.MouseButton.LeftButton)
    assert [c.isHidden() for c in (exits, staff, training)] == [True, True, False]
    page.unchecked_only.setChecked(False)
    assert not any(c.isHidden() for c in (exits, staff, training))
    assert page.flush(1000)  # nothing pending, nothing failed

    # Completion is refused while a finding is unchecked, and the page says which.
    conclude = ConcludePage(ctx, followup)
    qtbot.addWidget(conclude)
    conclude.refresh()
    rows = [conclude.blocking.topLevelItem(i)
            for i in range(conclude.blocking.topLevelItemCount())]
    assert [r.data(0, Qt.ItemDataRole.UserRole)[2] for r in rows] == ["check"]
    assert rows[0].data(0, Qt.ItemDataRole.UserRole)[1] == "induction-training"
    assert "2 of 3 findings checked" in conclude.followup_label.text()
    with qtbot.waitSignal(conclude.go_to_finding) as jumped:
        conclude.blocking_button.click()
    assert jumped.args == [training.finding.id]
    assert page.select_finding(training.finding.id)  # what the screen does with it
    assert not conclude.complete()
    assert ws.inspections.detail(uuid.UUID(followup)).status == "draft"
    assert "Not completed" in conclude.message.text()

    qtbot.mouseClick(training.rectified, Qt.MouseButton.LeftButton)
    conclude.refresh()
    assert conclude.complete()
    assert ws.inspections.detail(uuid.UUID(followup)).status == "completed"
    assert {f.item_id: f.status for f in ws.inspections.detail(original).findings} == {
        "exits-clear": "rectified", "fire-staff": "not_rectified",
        "induction-training": "rectified"}


def test_a_signed_followup_cannot_be_marked(
        qtbot, ctx: AppContext, ws: Workspace, followup: str,
        team: list[uuid.UUID]) -> None:
    fid = uuid.UUID(followup)
    for finding in ws.inspections.followup_findings(fid):
        ws.inspections.check_finding(fid, uuid.UUID(finding.id), "rectified", None, ACTOR)
    ws.inspections.complete(fid, ACTOR)
    sign(ws, fid, team)
    page = FollowupPage(ctx, followup)
    qtbot.addWidget(page)
    page.refresh()
    assert page.summary.text() == "3 of 3 checked, 3 rectified"
    for card in page.cards.values():
        assert card.note.isReadOnly() and not card.add_photo.isVisibleTo(page)
        assert not any(b.isEnabled() for b in card.group.buttons())
    assert not page.mark(next(iter(page.cards)), "not_rectified")
    assert all(f.check_status == "rectified" for f in ws.inspections.followup_findings(fid))
