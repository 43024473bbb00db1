"""The whole on-site workflow through the main window, as one inspector would do it:
register a facility, start an inspection with Ctrl+N, answer with the keyboard, add
a photo, conclude with findings, sign on the pads, amend with a reason, and follow
up on the findings. Real widgets (offscreen) on a real database file; every check
of saved data reads it back through the core services."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate, QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog

from inspector.ui.conclude import AmendDialog, SignDialog
from inspector.ui.context import AppContext
from inspector.ui.facility_dialog import FacilityDialog
from inspector.ui.followup import StartFollowupDialog
from inspector.ui.inspection_screen import InspectionScreen
from inspector.ui.main_window import MainWindow
from inspector.ui.start_dialog import StartInspectionDialog

from .test_conclude import scribble, with_modal
from .test_fill import goto
from .test_registry import GOOD_CODE, fill_new_facility


def _give_reason(dialog: QDialog) -> None:
    """The reason a critical item is marked not applicable (asked on key 3)."""
    dialog.reason.setText("The centre occupies the ground floor only")
    dialog.ok.click()


def _sign_all(qtbot, screen: InspectionScreen) -> None:
    def handle(dialog: QDialog) -> None:
        assert isinstance(dialog, SignDialog)
        for box in dialog.boxes():
            scribble(qtbot, box.pad)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    errors = with_modal(qtbot, handle)
    screen.conclude.sign_button.click()
    assert not errors


def test_facility_to_followup_through_the_main_window(qtbot, ctx: AppContext, team,
                                                     stray_windows) -> None:
    ws = ctx.workspace
    ctx.language = "en"
    ctx.set_current_inspector(str(team[0]))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)

    # 1. Register the facility in the registry.
    assert window.show_page("facilities")
    registry = window.page("facilities")

    def new_facility(dialog: QDialog) -> None:
        assert isinstance(dialog, FacilityDialog)
        fill_new_facility(qtbot, dialog, GOOD_CODE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    errors = with_modal(qtbot, new_facility)
    registry.add_facility()
    assert not errors
    [facility] = ws.facilities.list()

    # 2. Ctrl+N: start a routine fire-safety inspection with a team of two.
    def start(dialog: QDialog) -> None:
        assert isinstance(dialog, StartInspectionDialog)
        assert dialog.selected_facility() is not None
        assert dialog.selected_team() == [str(team[0])]  # me, preselected as lead
        dialog.set_team([str(t) for t in team])
        dialog.set_checklists(["fire-safety"])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    errors = with_modal(qtbot, start)
    window.activateWindow()  # asynchronous: the shortcut needs the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not errors
    screen = window.inspection_screen
    assert isinstance(screen, InspectionScreen) and screen.fill is not None
    iid = uuid.UUID(screen.inspection_id)
    assert ws.inspections.detail(iid).facility.id == facility.id

    # 3. Keyboard only: 1 = pass for pass/fail items, 3 = N.A. for the rest, one
    #    photo-requiring item failed with 2. Focus moves on after every answer.
    page = screen.fill
    items = {e.item.id: e for e in page.visible_entries()}
    target = next(e for e in page.visible_entries()
                  if e.item.response.type == "pass_fail" and e.item.photo_on_fail)
    for _ in range(3 * len(items)):
        if _answered(page) == set(items):
            break
        entry = page.current
        if entry.item.id == target.item.id:
            key = Qt.Key.Key_2
        elif entry.item.response.type == "pass_fail":
            key = Qt.Key.Key_1
        else:
            key = Qt.Key.Key_3
            if entry.item.severity == "critical":  # N.A. of a critical item: the reason
                with_modal(qtbot, _give_reason)
        qtbot.keyClick(page.view, key)
    assert page.flush(10_000)
    assert _answered(page) == set(items)
    assert [m for m in ws.inspections.missing_evidence(iid) if m.need == "answer"] == []
    detail = ws.inspections.detail(iid)
    assert detail.answers[("fire-safety", target.item.id)].result == "fail"

    # ... the failed item is marked until its photo is pasted (Ctrl+V).
    goto(qtbot, page, target.item.id)
    missing = ws.inspections.missing_evidence(iid)
    assert [(m.item_id, m.need) for m in missing] == [(target.item.id, "photo")]
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkRed)
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.flush(10_000)
    photos = ws.inspections.detail(iid).answers[("fire-safety", target.item.id)].photos
    assert len(photos) == 1 and photos[0].path.exists()
    assert ws.inspections.missing_evidence(iid) == []
    viewer = page.open_viewer(page.current, 0)  # what a click on the thumbnail does
    assert viewer.isVisible() and viewer.photos[0].id == photos[0].id
    viewer.close()

    # 4. Conclude: the finding is drafted and edited; complete; sign; locked.
    screen.show_conclusion()
    conclude = screen.conclude
    [finding] = ws.inspections.findings(iid)
    assert finding.item_id == target.item.id and finding.status == "open"
    editor = conclude.findings
    assert editor.select(finding.id)
    editor.action.setFocus()
    editor.action.selectAll()
    qtbot.keyClicks(editor.action, "Replace the extinguisher within 15 days.")
    editor.flush()
    assert ws.inspections.findings(iid)[0].required_action == (
        "Replace the extinguisher within 15 days.")
    qtbot.mouseClick(conclude.complete_button, Qt.MouseButton.LeftButton)
    assert ws.inspections.detail(iid).status == "completed"
    _sign_all(qtbot, screen)
    detail = ws.inspections.detail(iid)
    assert detail.locked and len(detail.signatures) == 3
    # Locked: the checklist keys change nothing.
    before = detail.answers
    qtbot.keyClick(page.view, Qt.Key.Key_2)
    assert page.flush(5000)
    assert ws.inspections.detail(iid).answers == before

    # 5. Amend with a reason, correct an answer, complete and sign again.
    reason = "Wrong extinguisher count recorded for floor 2"

    def amend(dialog: QDialog) -> None:
        assert isinstance(dialog, AmendDialog)
        qtbot.keyClicks(dialog.reason, reason)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    errors = with_modal(qtbot, amend)
    conclude.amend_button.click()
    assert not errors
    assert ws.inspections.detail(iid).status == "draft"
    screen.tabs.setCurrentWidget(page)
    first_pass = next(e for e in page.visible_entries()
                      if e.item.response.type == "pass_fail" and e.item.id != target.item.id
                      and e.item.severity != "critical" and not e.item.photo_on_fail)
    goto(qtbot, page, first_pass.item.id)
    qtbot.keyClick(page.view, Qt.Key.Key_3)  # not applicable after all
    assert page.flush(5000)
    assert ws.inspections.detail(iid).answers[
        ("fire-safety", first_pass.item.id)].not_applicable
    screen.show_conclusion()
    qtbot.mouseClick(conclude.complete_button, Qt.MouseButton.LeftButton)
    _sign_all(qtbot, screen)
    detail = ws.inspections.detail(iid)
    assert detail.locked and [a.reason for a in detail.amendments] == [reason]
    assert detail.amendments[0].closed_at is not None
    assert sum(s.superseded for s in detail.signatures) == 3
    # ... and the History tab shows the correction with its reason and the item.
    screen.tabs.setCurrentWidget(screen.history)
    tree = screen.history.tree
    rows = [[tree.topLevelItem(i).text(c) for c in range(5)]
            for i in range(tree.topLevelItemCount())]
    assert len(rows) == len(ws.inspections.history(iid))
    corrected = next(r for r in rows if first_pass.item.prompt.en in r[2]
                     and "not applicable" in r[3])
    assert "false → true" not in corrected[3] and "no → yes" in corrected[3]
    assert any(reason in r[4] for r in rows)

    # 6. Follow-up (复查) of the open finding, started from the conclusion.
    def followup(dialog: QDialog) -> None:
        assert isinstance(dialog, StartFollowupDialog)
        for i in range(dialog.team.count()):
            row = dialog.team.item(i)
            wanted = row.data(Qt.ItemDataRole.UserRole) in {str(t) for t in team}
            row.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        day = detail.date + timedelta(days=20)
        dialog.date.setDate(QDate(day.year, day.month, day.day))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    errors = with_modal(qtbot, followup)
    conclude.followup_button.click()
    assert not errors
    follow = window.inspection_screen
    assert follow is not None and follow is not screen and follow.followup is not None
    fid = uuid.UUID(follow.inspection_id)
    assert ws.inspections.detail(fid).kind == "followup"
    [card] = follow.followup.cards.values()
    qtbot.waitUntil(card.rectified.isVisible)
    qtbot.mouseClick(card.rectified, Qt.MouseButton.LeftButton)
    assert ws.inspections.findings(iid)[0].status == "open"  # until it is completed
    follow.show_conclusion()
    qtbot.mouseClick(follow.conclude.complete_button, Qt.MouseButton.LeftButton)
    assert ws.inspections.findings(iid)[0].status == "rectified"
    _sign_all(qtbot, follow)
    assert ws.inspections.detail(fid).locked
    assert ws.inspections.findings(iid)[0].checked_in_id == str(fid)

    # Back to the list: both inspections are there, newest first.
    follow.request_back()
    assert window.inspection_screen is None
    assert ws.inspections.count() == 2
    assert window.list_page.model.rowCount() == 2


def _answered(page) -> set[str]:
    return {e.item.id for e in page.visible_entries() if e.counts}


def test_keys_work_as_soon_as_an_inspection_opens(qtbot, ctx: AppContext, team,
                                                 facility_id, stray_windows) -> None:
    """Enter on the list opens the inspection with the keyboard already in the
    checklist: the next key answers the first item, no click needed."""
    iid = ctx.workspace.inspections.start(facility_id, "routine", date(2026, 11, 2), team,
                                          ctx.actor(), checklist_ids=["fire-safety"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.list_page.view  # the list has the keys
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    screen = window.inspection_screen
    assert screen is not None and screen.fill is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.fill.view)
    first = screen.fill.current
    key = Qt.Key.Key_1 if first.item.response.type == "pass_fail" else Qt.Key.Key_3
    if key == Qt.Key.Key_3 and first.item.severity == "critical":
        with_modal(qtbot, _give_reason)
    qtbot.keyClick(QApplication.focusWidget(), key)
    assert screen.fill.flush(5000)
    detail = ctx.workspace.inspections.detail(iid)
    assert first.key in detail.answers
    # the header follows the saved answer (score, or none yet after an N.A.)
    expected = "No score yet" if detail.card.score is None else f"{detail.card.score:.1f}"
    qtbot.waitUntil(lambda: expected in screen.result.text())


def test_a_draft_started_by_mistake_is_deleted_from_the_list(qtbot, ctx: AppContext, team,
                                                            facility_id) -> None:
    svc = ctx.workspace.inspections
    keep = svc.start(facility_id, "routine", date(2026, 11, 1), team, ctx.actor(),
                     checklist_ids=["fire-safety"])
    mistake = svc.start(facility_id, "special", date(2026, 11, 2), team, ctx.actor(),
                        checklist_ids=["fire-safety"])
    item = ctx.workspace.catalog.current["fire-safety"].items[0]
    svc.set_note(mistake, "fire-safety", item.id, "wrong facility", ctx.actor())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.list_page
    row = next(r for r in range(page.model.rowCount())
               if page.model.summary(r).id == str(mistake))
    page.view.setCurrentIndex(page.model.index(row, 1))
    page.view.setFocus()

    def confirm(dialog: QDialog) -> None:
        assert "2026-11-02" in dialog.text()
        dialog.button(dialog.StandardButton.Yes).click()

    errors = with_modal(qtbot, confirm)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert not errors
    assert [s.id for s in svc.query()] == [str(keep)]
    assert page.model.rowCount() == 1
