"""The Conclude tab and the signature pad, driven as a user would, on a real database:
result and counts, what blocks completion, findings edited in place, signing with
drawn strokes, locking, amendment and signing again."""

from __future__ import annotations

import io
import itertools
import random
import re
import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QImage,
    QInputDevice,
    QMouseEvent,
    QPainter,
    QPointingDevice,
    QTabletEvent,
    QTextDocument,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPlainTextEdit, QWidget

from inspector.demo import _rows, _typed_value
from inspector.inspections import SignatureInput
from inspector.ui.conclude import AmendDialog, ConcludePage, SignatureTile, SignDialog
from inspector.ui.context import AppContext
from inspector.ui.signature_pad import SignaturePad
from inspector.workspace import Workspace

from ..conftest import ACTOR, INSPECTION_DAY
from ..signature_sample import signature_png

FAILING = {"exits-clear": "critical", "fire-staff": "major", "induction-training": "minor"}


# --- building an inspection through the core -----------------------------------------

def answer_everything(ws: Workspace, iid: uuid.UUID, fail: set[str]) -> None:
    """Answer every applicable item (failing those in ``fail``) through the core."""
    rng = random.Random(7)
    svc = ws.inspections
    detail = svc.detail(iid)
    items = {(c.id, item.id): item for c in detail.checklists for item in c.items}
    for missing in svc.missing_evidence(iid):
        if missing.need != "answer":
            continue
        item = items[(missing.checklist_id, missing.item_id)]
        bad = item.id in fail
        if item.response.type == "repeat":
            for cells in _rows(rng, item, bad, INSPECTION_DAY):
                svc.add_row(iid, missing.checklist_id, item.id, cells, ACTOR)
        else:
            value = _typed_value(rng, item.response.type.value, item.response, bad,
                                 INSPECTION_DAY)
            svc.answer(iid, missing.checklist_id, item.id, value, ACTOR)


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (180, 60, 40)).save(out, "JPEG")
    return out.getvalue()


def failing_inspection(ws: Workspace, team: list[uuid.UUID], facility_id: uuid.UUID
                       ) -> uuid.UUID:
    """Fire safety and staff answered, with a critical, a major and a minor failure;
    the critical one (a photo is required when it fails) has no photo yet."""
    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["fire-safety", "staff"])
    answer_everything(ws, iid, set(FAILING))
    for item in ("fire-staff", "induction-training"):
        checklist = "fire-safety" if item.startswith("fire") else "staff"
        assert ws.inspections.detail(iid).answers[(checklist, item)].result == "fail"
    return iid


def add_missing_photo(ws: Workspace, iid: uuid.UUID) -> None:
    ws.inspections.add_photo(iid, "fire-safety", "exits-clear", jpeg(), ACTOR,
                             original_name="exit.jpg")


# --- driving widgets --------------------------------------------------------------------

def move(widget: QWidget, pos: QPoint) -> None:
    """A mouse move with the left button held (QTest.mouseMove does not always say so)."""
    event = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(pos),
                        QPointF(widget.mapToGlobal(pos)), Qt.MouseButton.NoButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def stroke(qtbot, pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for a, b in itertools.pairwise(points):
        for t in range(1, 6):  # several moves per segment, as a real hand gives
            move(pad, QPoint(round(a[0] + (b[0] - a[0]) * t / 5),
                             round(a[1] + (b[1] - a[1]) * t / 5)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def scribble(qtbot, pad: SignaturePad) -> None:
    stroke(qtbot, pad, [(30, 70), (60, 30), (90, 90), (120, 40), (160, 80)])
    stroke(qtbot, pad, [(180, 60), (240, 60)])


def with_modal(qtbot, handle: Callable[[QDialog], None]) -> list[BaseException]:
    """Run ``handle`` on the next modal dialog; errors are returned, and the dialog is
    closed so the test never hangs."""
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        try:
            handle(dialog)
        except BaseException as exc:
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(0, run)
    return errors


def dark_near(img: QImage, fx: float, fy: float, margin: int = 12, radius: int = 4) -> bool:
    """Is there opaque dark ink near the fraction (fx, fy) of the inked area?"""
    x0 = margin + fx * (img.width() - 2 * margin)
    y0 = margin + fy * (img.height() - 2 * margin)
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            x, y = round(x0 + dx), round(y0 + dy)
            if 0 <= x < img.width() and 0 <= y < img.height():
                c = img.pixelColor(x, y)
                if c.alpha() > 128 and c.lightness() < 80:
                    return True
    return False


@pytest.fixture
def iid(ws: Workspace, team: list[uuid.UUID], facility_id: uuid.UUID) -> uuid.UUID:
    return failing_inspection(ws, team, facility_id)


@pytest.fixture
def page(qtbot, ctx: AppContext, iid: uuid.UUID) -> ConcludePage:
    ctx.language = "en"
    widget = ConcludePage(ctx, str(iid))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    return widget


# --- the signature pad --------------------------------------------------------------------

def test_signature_pad_draws_with_the_mouse_and_exports_the_ink(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 160)
    pad.show()
    assert pad.is_empty() and pad.to_png() == b""
    with qtbot.waitSignal(pad.changed):
        # A horizontal line at the top left, then a vertical line on the right.
        stroke(qtbot, pad, [(30, 40), (200, 40)])
    stroke(qtbot, pad, [(400, 20), (400, 120)])
    assert not pad.is_empty()
    data = pad.to_png()
    assert data.startswith(b"\x89PNG")
    img = QImage.fromData(data)
    assert 300 <= img.width() <= 600 and img.height() <= 200
    # The ink box spans x 30..400, y 20..120 (plus the pen width).
    assert dark_near(img, 0.02, 0.2) and dark_near(img, 0.4, 0.2)  # the horizontal line
    assert dark_near(img, 0.99, 0.1) and dark_near(img, 0.99, 0.9)  # the vertical line
    assert not dark_near(img, 0.6, 0.7)  # nothing drawn there
    assert img.pixelColor(img.width() // 2, img.height() - 2).alpha() == 0  # transparent
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty() and pad.to_png() == b""


def test_signature_pad_draws_with_a_finger(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 160)
    pad.show()
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(40, 80), pad).commit()
    for x in range(50, 300, 10):
        QTest.touchEvent(pad, device).move(0, QPoint(x, 80 + (x % 30)), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(300, 80), pad).commit()
    assert not pad.is_empty()
    img = QImage.fromData(pad.to_png())
    assert img.width() > 2 * img.height()  # a wide, flat stroke
    assert dark_near(img, 0.0, 0.5, radius=10)


def test_signature_pad_pen_pressure_changes_the_width(qtbot) -> None:
    pen = QPointingDevice("test pen", 99, QInputDevice.DeviceType.Stylus,
                          QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                          1, 3)

    def line(pressure: float) -> QImage:
        pad = SignaturePad()
        qtbot.addWidget(pad)
        pad.resize(420, 160)
        pad.show()
        steps = [(QTabletEvent.Type.TabletPress, 20, Qt.MouseButton.LeftButton)]
        steps += [(QTabletEvent.Type.TabletMove, x, Qt.MouseButton.LeftButton)
                  for x in range(30, 400, 10)]
        steps.append((QTabletEvent.Type.TabletRelease, 400, Qt.MouseButton.NoButton))
        for kind, x, buttons in steps:
            pos = QPointF(x, 80)
            QApplication.sendEvent(pad, QTabletEvent(
                kind, pen, pos, QPointF(pad.mapToGlobal(pos)), pressure, 0, 0, 0, 0, 0,
                Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons))
        assert not pad.is_empty()
        return QImage.fromData(pad.to_png())

    light, heavy = line(0.1), line(1.0)
    assert light.width() == heavy.width() == 600  # a long line fills the width
    assert heavy.height() > light.height()  # the harder stroke is thicker


# --- result, blocking items, completion -------------------------------------------------------

def test_result_counts_and_failed_items_match_the_score_card(
        page: ConcludePage, ws: Workspace, iid: uuid.UUID) -> None:
    card = ws.inspections.score_card(iid)
    assert card.verdict == "fail" and card.failed == 3
    assert page.score_label.text() == f"{card.score:.1f}%"
    assert "Fail" in page.verdict_label.text()
    assert page.verdict_note.isVisibleTo(page)  # a critical item failed
    assert page.answered_label.text() == f"{card.answered} of {card.applicable}"
    assert page.passed_label.text() == str(card.passed)
    assert page.na_label.text() == str(card.not_applicable)
    failed = page.failed_label.text().replace("&nbsp;", " ")
    assert failed.startswith("3 (")
    for severity in ("Critical", "Major", "Minor"):
        assert f"{severity} 1" in failed
    rows = [page.failed.topLevelItem(i) for i in range(page.failed.topLevelItemCount())]
    assert sorted(r.data(0, Qt.ItemDataRole.UserRole)[1] for r in rows) == sorted(FAILING)
    # The findings were drafted from the failed items.
    findings = ws.inspections.findings(iid)
    assert sorted(f.item_id for f in findings) == sorted(FAILING)
    assert page.findings.list.topLevelItemCount() == 3


def test_complete_is_refused_while_a_photo_is_missing_then_works(
        qtbot, page: ConcludePage, ws: Workspace, iid: uuid.UUID) -> None:
    assert page.blocking_box.isVisibleTo(page)
    rows = [page.blocking.topLevelItem(i) for i in range(page.blocking.topLevelItemCount())]
    assert [r.data(0, Qt.ItemDataRole.UserRole) for r in rows] == [
        ("fire-safety", "exits-clear", "photo")]
    assert "photo" in rows[0].text(2)
    with qtbot.waitSignal(page.go_to_item) as jumped:
        qtbot.mouseClick(page.blocking_button, Qt.MouseButton.LeftButton)
    assert jumped.args == ["fire-safety", "exits-clear"]
    assert not page.sign_button.isEnabled()

    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert ws.inspections.detail(iid).status == "draft"
    assert "Not completed" in page.message.text()

    add_missing_photo(ws, iid)
    page.refresh()
    assert not page.blocking_box.isVisibleTo(page)
    with qtbot.waitSignal(page.status_changed):
        qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert ws.inspections.detail(iid).status == "completed"
    assert page.sign_button.isEnabled() and not page.complete_button.isEnabled()
    assert page.complete_button.isVisibleTo(page)  # disabled in its place, not removed
    assert "Completed on" in page.status_label.text()


def test_finding_edits_are_saved_without_a_save_button(
        qtbot, page: ConcludePage, ws: Workspace, iid: uuid.UUID) -> None:
    major = next(f for f in ws.inspections.findings(iid) if f.item_id == "fire-staff")
    editor = page.findings
    assert editor.select(major.id)
    assert editor.deadline.minimumDate() == QDate(INSPECTION_DAY.year, INSPECTION_DAY.month,
                                                  INSPECTION_DAY.day)
    editor.action.setFocus()
    editor.action.moveCursor(editor.action.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.action, " Train all staff by Friday.")
    qtbot.waitUntil(lambda: "Train all staff" in next(
        f for f in ws.inspections.findings(iid) if f.id == major.id).required_action,
        timeout=3000)
    assert editor.status.text() == "All changes saved"

    # The deadline: set in the date field, saved when editing finishes.
    new_deadline = INSPECTION_DAY + timedelta(days=40)
    editor.deadline.setFocus()
    editor.deadline.setDate(QDate(new_deadline.year, new_deadline.month, new_deadline.day))
    editor.deadline.editingFinished.emit()
    stored = next(f for f in ws.inspections.findings(iid) if f.id == major.id)
    assert stored.deadline == new_deadline
    # A date before the inspection cannot even be entered.
    editor.deadline.setDate(QDate(2026, 1, 1))
    assert editor.deadline.date() == editor.deadline.minimumDate()

    # An emptied description is not saved; the indicator says why.
    editor.description.selectAll()
    qtbot.keyClick(editor.description, Qt.Key.Key_Delete)
    editor.flush()
    assert "needs a description" in editor.status.text()
    stored = next(f for f in ws.inspections.findings(iid) if f.id == major.id)
    assert stored.description == major.description


# --- signing, locking, amending ----------------------------------------------------------------

def sign_through_dialog(qtbot, page: ConcludePage) -> list[BaseException]:
    def handle(dialog: QDialog) -> None:
        assert isinstance(dialog, SignDialog)
        boxes = dialog.boxes()
        assert len(boxes) == 3  # two inspectors and the representative
        assert not dialog.ok.isEnabled()
        for box in boxes:
            scribble(qtbot, box.pad)
        assert dialog.ok.isEnabled()
        rep = dialog.representative
        assert rep.name_edit is not None and rep.name_edit.text() == "周婷"
        rep.name_edit.clear()
        assert not dialog.ok.isEnabled()  # every name must be filled
        qtbot.keyClicks(rep.name_edit, "Zhou Ting")
        rep.clear_button.click()
        assert not dialog.ok.isEnabled()  # and every pad inked
        scribble(qtbot, rep.pad)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    errors = with_modal(qtbot, handle)
    page.sign_button.click()
    return errors


def amend_through_dialog(qtbot, page: ConcludePage, reason: str) -> list[BaseException]:
    def handle(dialog: QDialog) -> None:
        assert isinstance(dialog, AmendDialog)
        assert not dialog.ok.isEnabled()
        qtbot.keyClicks(dialog.reason, "typo")
        assert not dialog.ok.isEnabled()  # too short
        dialog.reason.clear()
        qtbot.keyClicks(dialog.reason, reason)
        assert dialog.ok.isEnabled()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    errors = with_modal(qtbot, handle)
    page.amend_button.click()
    return errors


def editable_widgets(page: ConcludePage) -> list[QWidget]:
    editor = page.findings
    return [w for w in (editor.description, editor.action, editor.deadline)
            if not w.isReadOnly()]


def test_sign_lock_amend_and_sign_again(qtbot, page: ConcludePage, ws: Workspace,
                                        iid: uuid.UUID) -> None:
    add_missing_photo(ws, iid)
    page.refresh()
    assert page.complete()

    assert not sign_through_dialog(qtbot, page)
    detail = ws.inspections.detail(iid)
    assert detail.status == "signed" and detail.locked
    assert sorted(s.signer_role for s in detail.signatures) == [
        "facility_representative", "inspector", "inspector"]
    for signature in detail.signatures:
        image = QImage.fromData(signature.image_png)
        assert signature.image_png.startswith(b"\x89PNG") and not image.isNull()
        assert any(image.pixelColor(x, y).alpha() > 128 for x in range(image.width())
                   for y in range(0, image.height(), 3))
    rep = next(s for s in detail.signatures if s.signer_role == "facility_representative")
    assert rep.signer_name == "Zhou Ting" and rep.signer_title == "Person in charge"

    # Locked: the page says so, shows the signatures and allows no edits.
    assert "locked" in page.status_label.text()
    tiles = page.signatures_box.findChildren(SignatureTile)
    assert len(tiles) == 3 and not any(t.signature.superseded for t in tiles)
    assert page.amend_button.isEnabled()
    assert not page.complete_button.isEnabled()
    assert not page.sign_button.isEnabled()
    assert editable_widgets(page) == []
    assert all(w.isReadOnly() for w in page.findChildren(QPlainTextEdit))

    # An amendment needs a reason.
    assert not page.amend("")
    assert ws.inspections.detail(iid).status == "signed"
    reason = "The extinguisher count was entered for the wrong floor."
    assert not amend_through_dialog(qtbot, page, reason)
    detail = ws.inspections.detail(iid)
    assert detail.status == "draft"
    assert [(a.reason, a.closed_at) for a in detail.amendments] == [(reason, None)]
    assert all(s.superseded for s in detail.signatures)
    assert page.amendments_box.isVisibleTo(page)
    texts = " ".join(label.text() for label in page.amendments_box.findChildren(
        type(page.message)))
    assert reason in texts and "being corrected" in texts
    tiles = page.signatures_box.findChildren(SignatureTile)
    assert len(tiles) == 3 and all(t.signature.superseded for t in tiles)
    assert len(editable_widgets(page)) == 3  # editable again

    # Complete and sign again.
    assert page.complete()
    assert not sign_through_dialog(qtbot, page)
    detail = ws.inspections.detail(iid)
    assert detail.status == "signed"
    assert sum(not s.superseded for s in detail.signatures) == 3
    assert sum(s.superseded for s in detail.signatures) == 3
    assert detail.amendments[0].closed_at is not None
    assert page.amendments_box.isVisibleTo(page)
    assert "signed again" in " ".join(label.text() for label in
                                      page.amendments_box.findChildren(type(page.message)))


def test_a_core_refusal_to_sign_is_shown_and_nothing_changes(
        qtbot, page: ConcludePage, ws: Workspace, iid: uuid.UUID) -> None:
    # Signing a draft is refused by the page itself (the button is disabled) ...
    assert not page.open_sign_dialog()
    # ... and by the core if attempted anyway.
    errors = with_modal(qtbot, lambda box: box.accept())  # the warning box
    assert not page.sign([SignatureInput("王建国", "inspector", b"\x89PNG\r\n\x1a\n")])
    assert not errors
    assert ws.inspections.detail(iid).status == "draft"


# --- what the inspector did not mean is never recorded ----------------------------------------

def test_a_dot_is_not_a_signature(qtbot, page: ConcludePage, ws: Workspace,
                                  iid: uuid.UUID) -> None:
    add_missing_photo(ws, iid)
    page.refresh()
    assert page.complete()

    def handle(dialog: QDialog) -> None:
        assert isinstance(dialog, SignDialog)
        boxes = dialog.boxes()
        for box in boxes[:-1]:
            scribble(qtbot, box.pad)
        rep = dialog.representative
        qtbot.mouseClick(rep.pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 60))  # a dot
        assert not rep.pad.is_empty() and rep.pad.ink_problem().code == "too_small"
        assert rep.ink_error.isVisibleTo(dialog) and "too small" in rep.ink_error.text()
        assert not dialog.ok.isEnabled()
        assert rep.title() in dialog.missing.text()  # still to sign
        stroke(qtbot, rep.pad, [(40, 60), (80, 62)])  # and a short dash
        assert not dialog.ok.isEnabled() and rep.ink_error.isVisibleTo(dialog)
        rep.clear_button.click()
        assert not rep.ink_error.isVisibleTo(dialog)  # empty: nothing to complain about
        scribble(qtbot, rep.pad)
        assert dialog.ok.isEnabled() and not rep.ink_error.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    errors = with_modal(qtbot, handle)
    page.sign_button.click()
    assert not errors
    assert ws.inspections.detail(iid).status == "signed"


def test_a_signature_image_without_ink_is_refused_in_the_ui_language(
        qtbot, page: ConcludePage, ws: Workspace, iid: uuid.UUID, team) -> None:
    add_missing_photo(ws, iid)
    page.refresh()
    assert page.complete()
    dot = QImage(600, 200, QImage.Format.Format_ARGB32)
    dot.fill(Qt.GlobalColor.transparent)
    painter = QPainter(dot)
    painter.setBrush(Qt.GlobalColor.black)
    painter.drawEllipse(QPointF(300, 100), 5, 5)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    dot.save(buffer, "PNG")
    seen: list[str] = []
    errors = with_modal(qtbot, lambda box: (seen.append(box.text()), box.accept()))
    assert not page.sign([SignatureInput("王建国", "inspector", signature_png(), team[0]),
                          SignatureInput("周婷", "facility_representative", bytes(data))])
    assert not errors and "周婷" in seen[0] and "too small" in seen[0]
    assert ws.inspections.detail(iid).status == "completed"


def test_the_action_buttons_keep_their_places(qtbot, page: ConcludePage, ws: Workspace,
                                              iid: uuid.UUID) -> None:
    def places() -> list[tuple[int, int, int]]:
        QApplication.processEvents()
        return [(b.mapTo(page, QPoint(0, 0)).x(), b.mapTo(page, QPoint(0, 0)).y(), b.width())
                for b in page.action_buttons]

    def enabled() -> list[bool]:
        return [b.isEnabled() for b in page.action_buttons]

    start = places()
    assert all(b.isVisibleTo(page) for b in page.action_buttons)
    assert enabled() == [True, False, False, False, True]
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)  # refused: blocked
    assert places() == start
    add_missing_photo(ws, iid)
    page.refresh()
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert ws.inspections.detail(iid).status == "completed"
    assert places() == start and enabled() == [False, True, False, True, True]
    # a second click where Complete was does nothing (it is not another action)
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert ws.inspections.detail(iid).status == "completed"
    assert not sign_through_dialog(qtbot, page)
    assert places() == start and enabled() == [False, False, True, True, True]
    assert not amend_through_dialog(qtbot, page, "The extinguisher count was wrong.")
    assert places() == start and enabled() == [True, False, False, False, True]
    assert "amend" in page.complete_button.toolTip().lower() or \
        page.complete_button.toolTip() == ""


def test_the_not_completed_message_follows_what_still_blocks(
        qtbot, page: ConcludePage, ws: Workspace, iid: uuid.UUID) -> None:
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert "1 item(s)" in page.message.text() or "1 item" in page.message.text()
    # the item is dealt with elsewhere (the Checklists tab); the tab is shown again
    add_missing_photo(ws, iid)
    page.refresh()
    assert page.message.text() == ""
    assert not page.blocking_box.isVisibleTo(page)


def test_html_labels_render_their_entities(qtbot, ctx: AppContext, ws: Workspace, team,
                                           facility_id) -> None:
    """No &nbsp; shown as written: every label that holds markup is rich text."""
    ctx.language = "en"
    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["registration"])
    answer_everything(ws, iid, set())  # nothing fails: the parts hold no tags
    widget = ConcludePage(ctx, str(iid))
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    doc = QTextDocument()
    doc.setHtml(widget.failed_label.text())
    assert "&nbsp;" not in doc.toPlainText() and "Critical" in doc.toPlainText()
    assert widget.failed_label.textFormat() == Qt.TextFormat.RichText
    for label in widget.findChildren(QLabel):
        if re.search(r"&\w+;|<\w", label.text()):
            assert label.textFormat() == Qt.TextFormat.RichText, label.text()


def test_a_findings_refusal_is_not_left_beside_another_finding(
        qtbot, page: ConcludePage, ws: Workspace, iid: uuid.UUID) -> None:
    from PySide6.QtCore import QPointF as P
    from PySide6.QtGui import QWheelEvent

    editor = page.findings
    first, second = ws.inspections.findings(iid)[:2]
    assert editor.select(first.id)
    editor.description.selectAll()
    qtbot.keyClick(editor.description, Qt.Key.Key_Delete)
    editor.flush()
    assert "needs a description" in editor.status.text()
    assert editor.select(second.id)
    assert editor.status.text() == ""  # not said of the finding now shown
    # a wheel turned over the deadline (to scroll past it) does not move it
    before = editor.deadline.date()
    editor.list.setFocus()
    centre = P(editor.deadline.rect().center())
    wheel = QWheelEvent(centre, P(editor.deadline.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(editor.deadline, wheel)
    assert editor.deadline.date() == before
