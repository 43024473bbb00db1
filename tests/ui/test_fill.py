"""The checklist screen driven like a user would: keys, typed values, rows, photos.

Real widgets (offscreen) on a real database; every assertion on saved data reads it
back through the core services.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from inspector.ui.context import AppContext
from inspector.ui.fill import FillPage
from inspector.ui.start_dialog import StartInspectionDialog
from tests.conftest import signatures_for

ROOT = Path(__file__).resolve().parents[2]


def start(qtbot, ctx: AppContext, team, facility_id, checklists: list[str]) -> str:
    """Start an inspection through the dialog, with a team of two."""
    dialog = StartInspectionDialog(ctx, None, str(facility_id))
    qtbot.addWidget(dialog)
    dialog.set_team([str(t) for t in team])
    dialog.set_checklists(checklists)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.inspection_id is not None
    return dialog.inspection_id


def open_page(qtbot, ctx: AppContext, iid: str) -> FillPage:
    page = FillPage(ctx, iid)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def goto(qtbot, page: FillPage, item_id: str) -> None:
    """Walk with J/K to an item."""
    order = [e.item.id for e in page.visible_entries()]
    target = order.index(item_id)
    for _ in range(len(order)):
        here = order.index(page.current.item.id)
        if here == target:
            return
        qtbot.keyClick(page.view, Qt.Key.Key_J if here < target else Qt.Key.Key_K)
    raise AssertionError(f"could not reach {item_id}")


def answers(ctx: AppContext, iid: str) -> dict:
    return ctx.workspace.inspections.detail(uuid.UUID(iid)).answers


@pytest.fixture
def staff_page(qtbot, ctx, team, facility_id) -> tuple[FillPage, str]:
    iid = start(qtbot, ctx, team, facility_id, ["staff", "morning-check"])
    return open_page(qtbot, ctx, iid), iid


def test_answer_with_keys_only(qtbot, ctx, staff_page) -> None:
    page, iid = staff_page
    shown = page.visible_entries()
    assert page.current is shown[0]
    keyed = [e for e in shown if e.item.response.type in ("pass_fail", "yes_no")][:3]
    goto(qtbot, page, keyed[0].item.id)
    qtbot.keyClick(page.view, Qt.Key.Key_1)
    # focus moved on to the next unanswered applicable item
    after = shown[shown.index(keyed[0]) + 1]
    assert page.current is after and page.view.hasFocus()
    goto(qtbot, page, keyed[1].item.id)
    qtbot.keyClick(page.view, Qt.Key.Key_2)
    goto(qtbot, page, keyed[2].item.id)
    qtbot.keyClick(page.view, Qt.Key.Key_3)
    qtbot.keyClick(page.view, Qt.Key.Key_K)
    assert page.current is keyed[2]
    assert page.flush()
    saved = answers(ctx, iid)
    yes_or_pass = "pass" if keyed[0].item.response.type == "pass_fail" else "yes"
    assert saved[keyed[0].key].value == yes_or_pass and saved[keyed[0].key].result == "pass"
    assert saved[keyed[1].key].result == "fail"
    assert saved[keyed[2].key].not_applicable and saved[keyed[2].key].result == "na"
    card = ctx.workspace.inspections.score_card(uuid.UUID(iid))
    assert (card.passed, card.failed) == (1, 1)
    assert page.progress == (3, card.applicable)
    # 3 again takes N.A. back
    qtbot.keyClick(page.view, Qt.Key.Key_3)
    assert page.flush()
    assert not answers(ctx, iid)[keyed[2].key].not_applicable
    assert "✔" in page.status.text()


def test_number_is_judged_while_typing(qtbot, ctx, staff_page) -> None:
    page, iid = staff_page
    goto(qtbot, page, "ratio-older")  # at most 7 children per carer
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    card = page.card(page.current)
    line = card.editor.line
    assert line.hasFocus()
    qtbot.keyClicks(line, "9")
    assert "Fail" in card.result_label.text() and "not saved" in card.result_label.text()
    assert card.reason.isVisible()
    assert page.current.key not in answers(ctx, iid)  # judged before any save
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert page.view.hasFocus()
    assert page.flush()
    saved = answers(ctx, iid)[page.current.key]
    assert (saved.value, saved.result) == (9, "fail")
    assert "7" in saved.reason["en"]
    assert card.result_label.text().startswith("✘")
    # a value that is not a number never reaches the database
    page.save_value(page.current, "many")
    assert "not a number" in card.error.text()
    assert page.flush()
    assert answers(ctx, iid)[page.current.key].value == 9


def _set_cell(table, row: int, col_id: str, value) -> None:
    from inspector.ui.fill.repeat_table import VALUE_ROLE

    c = [col.id for col in table.columns].index(col_id)
    cell = table.table.item(row, c)
    if table.columns[c].type in ("yes_no", "single_choice"):
        cell.setData(VALUE_ROLE, value)
    else:
        cell.setText(value)


def test_repeat_rows_are_saved_in_order(qtbot, ctx, staff_page) -> None:
    page, iid = staff_page
    goto(qtbot, page, "staff-roster")
    card = page.card(page.current)
    table = card.table
    for name, cert in (("张秀英", "yes"), ("王芳", "no"), ("李娜", "yes")):
        qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        r = len(table.rows) - 1
        _set_cell(table, r, "name", name)
        _set_cell(table, r, "post", "carer")
        _set_cell(table, r, "health-cert", cert)
        _set_cell(table, r, "record-checked", "yes")
    _set_cell(table, 0, "exam-date", "2999-01-01")  # after the inspection: refused
    assert "exam-date" in table.rows[0].errors
    assert table.table.item(0, len(table.columns)).text().startswith("⚠")
    assert "Fail" in table.table.item(1, len(table.columns)).text()
    # reorder with the keyboard and the buttons
    table.table.setFocus()
    table.table.setCurrentCell(2, 0)
    qtbot.keyClick(table.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.cells["name"] for r in table.rows] == ["张秀英", "李娜", "王芳"]
    table.table.setCurrentCell(0, 0)
    qtbot.mouseClick(table.down_button, Qt.MouseButton.LeftButton)
    table.table.setCurrentCell(2, 0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert page.flush()
    saved = answers(ctx, iid)[page.current.key]
    assert [r.cells["name"] for r in saved.rows] == ["李娜", "张秀英"]
    assert "exam-date" not in saved.rows[1].cells
    assert saved.result == "pass"
    assert card.result_label.text().startswith("✔")


def _jpeg(width: int, height: int, orientation: int | None = None) -> bytes:
    img = Image.new("RGB", (width, height), (200, 40, 40))
    img.paste((40, 40, 200), (0, 0, width // 4, height))  # a blue band on the left
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    img.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def test_photos_stored_upright_and_broken_ones_refused(qtbot, ctx, staff_page, tmp_path) -> None:
    page, iid = staff_page
    goto(qtbot, page, "obs-room-area")
    entry = page.current
    card = page.card(entry)
    sideways = tmp_path / "IMG_0001.jpg"
    sideways.write_bytes(_jpeg(3200, 1800, orientation=6))
    page.add_photo_files(entry, [sideways])  # what P's file dialog and a drop call
    assert page.flush()
    photos = answers(ctx, iid)[entry.key].photos
    assert len(photos) == 1 and photos[0].original_name == "IMG_0001.jpg"
    with Image.open(photos[0].path) as stored:
        assert stored.size == (900, 1600)  # turned upright, long edge 1600
    assert len(card.photos.buttons) == 1
    assert not card.photos.buttons[0].icon().isNull()
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 this is not really a JPEG")
    page.add_photo_files(entry, [broken])
    assert page.flush()
    assert "broken.jpg was not added" in card.error.text() and card.error.isVisible()
    assert len(answers(ctx, iid)[entry.key].photos) == 1
    viewer = page.open_viewer(entry, 0)
    qtbot.waitExposed(viewer)
    assert viewer.image.pixmap() is not None and not viewer.image.pixmap().isNull()
    viewer.remove_current(confirm=False)
    assert page.flush()
    assert answers(ctx, iid)[entry.key].photos == ()


def test_failed_items_marked_until_evidence_is_given(qtbot, ctx, staff_page) -> None:
    page, iid = staff_page
    goto(qtbot, page, "record-check-all")  # critical, no photo rule
    entry = page.current
    card = page.card(entry)
    qtbot.keyClick(page.view, Qt.Key.Key_2)
    assert card.mark.isVisible() and "note required" in card.mark.text()
    assert page.missing_count == 1
    assert "critical" in page.navigator.summary.text()
    qtbot.keyClick(page.view, Qt.Key.Key_K)
    assert page.current is entry
    qtbot.keyClick(page.view, Qt.Key.Key_N)
    assert card.note.hasFocus()
    qtbot.keyClicks(card.note, "2 carers never checked")
    qtbot.keyClick(card.note, Qt.Key.Key_Escape)
    assert page.view.hasFocus()
    assert page.flush()
    assert not card.mark.isVisible() and page.missing_count == 0
    saved = answers(ctx, iid)[entry.key]
    assert saved.note == "2 carers never checked" and saved.result == "fail"
    missing = ctx.workspace.inspections.missing_evidence(uuid.UUID(iid))
    assert entry.item.id not in {m.item_id for m in missing if m.need != "answer"}
    # a failed item whose checklist needs a photo: a note is not enough
    goto(qtbot, page, "obs-room-area")
    page.save_value(page.current, "3")
    photo_card = page.card(page.current)
    assert "photo required" in photo_card.mark.text() and page.missing_count == 1


def test_reopen_resumes_at_the_same_item(qtbot, ctx, staff_page) -> None:
    page, iid = staff_page
    keyed = [e for e in page.visible_entries() if e.item.response.type == "pass_fail"]
    goto(qtbot, page, keyed[0].item.id)
    qtbot.keyClick(page.view, Qt.Key.Key_1)
    qtbot.keyClick(page.view, Qt.Key.Key_1)
    goto(qtbot, page, keyed[5].item.id)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    where = page.current.key
    page.close()  # flushes the pending saves and the position
    again = open_page(qtbot, ctx, iid)
    assert again.current.key == where
    assert again.card(again.current).current
    saved = answers(ctx, iid)
    assert sum(1 for a in saved.values() if a.result == "pass") == 2


def _signed(ctx: AppContext, team, facility_id) -> str:
    """A signed inspection: one item passed, the rest N.A., completed and signed."""
    from tests.conftest import ACTOR, INSPECTION_DAY

    svc = ctx.workspace.inspections
    iid = svc.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                    checklist_ids=["registration"])
    detail = svc.detail(iid)
    items = [(c.id, i) for c in detail.checklists for i in c.items
             if detail.applicable[(c.id, i.id)]]
    for n, (cid, item) in enumerate(items):
        if n == 0 and item.response.type == "pass_fail":
            svc.answer(iid, cid, item.id, "pass", ACTOR)
        else:
            svc.set_not_applicable(iid, cid, item.id, True, ACTOR, reason="本机构不涉及此项")
    svc.complete(iid, ACTOR)
    svc.sign(iid, signatures_for(team), ACTOR)
    return str(iid)


def test_signed_inspection_is_read_only(qtbot, ctx, team, facility_id) -> None:
    ws = ctx.workspace
    iid = _signed(ctx, team, facility_id)
    before = ws.inspections.detail(uuid.UUID(iid))
    assert before.locked
    page = open_page(qtbot, ctx, iid)
    assert page.banner.isVisible() and "signed" in page.banner.text()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_J, Qt.Key.Key_2,
                Qt.Key.Key_3):
        qtbot.keyClick(page.view, key)
    page.save_value(page.current, "fail")
    page.save_note(page.current, "changed")
    assert page.queue.pending == 0
    page.close()
    after = ws.inspections.detail(uuid.UUID(iid))
    assert after.answers == before.answers and after.position == before.position
    assert page.card(page.current).note.isReadOnly()


CHILD = textwrap.dedent("""
    import sys, uuid
    from collections import deque
    from pathlib import Path
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from inspector.workspace import Workspace
    from inspector.ui.context import AppContext
    from inspector.ui.fill import FillPage

    app = QApplication(sys.argv)
    ctx = AppContext.open(Workspace.open(Path(sys.argv[1])))
    page = FillPage(ctx, sys.argv[2])
    page.show()
    sent = deque()
    acked = [0]

    def ack():
        acked[0] += 1
        cid, item = sent.popleft()
        print(f"ACK {acked[0]} {cid} {item}", flush=True)

    page.changed.connect(ack)

    def step():
        e = page.current
        if e.item.response.type == "pass_fail" and not e.counts:
            sent.append(e.key)
            QTest.keyClick(page.view, Qt.Key.Key_1)
        else:
            QTest.keyClick(page.view, Qt.Key.Key_J)

    timer = QTimer(interval=15, timeout=step)
    timer.start()
    print("READY", flush=True)
    app.exec()
""")


def test_killed_app_keeps_every_acknowledged_answer(qtbot, ctx, team, facility_id) -> None:
    iid = start(qtbot, ctx, team, facility_id, ["fire-safety", "staff"])
    root = ctx.workspace.paths.root
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(root), iid], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True)
    acked: list[tuple[str, str]] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ACK"):
                _, _n, cid, item = line.split()
                acked.append((cid, item))
                if len(acked) >= 8:
                    child.send_signal(signal.SIGKILL)
                    break
    finally:
        child.kill()
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert len(acked) >= 8
    detail = ctx.workspace.inspections.detail(uuid.UUID(iid))
    for key in acked:
        assert detail.answers[key].result == "pass", key
    # the position is the last acknowledged item, or one answered after it whose
    # commit happened just before the kill but was not acknowledged yet
    order = [(c.id, i.id) for c in detail.checklists for i in c.items]
    position = (detail.position["checklist"], detail.position["item"])
    assert order.index(position) >= order.index(acked[-1])
    later = [k for k in order[order.index(acked[-1]) + 1:order.index(position) + 1]]
    assert all(k in detail.answers for k in later)


def test_save_queue_runs_in_order_and_reports_on_the_gui_thread(qtbot) -> None:
    import threading
    import time

    from inspector.ui.save_queue import SaveQueue

    q = SaveQueue()
    ran: list[int] = []
    done: list[tuple[int, bool]] = []
    errors: list[str] = []
    busy: list[bool] = []
    q.busy_changed.connect(busy.append)
    q.failed.connect(errors.append)

    def work(n: int) -> int:
        time.sleep(0.002)
        if n == 3:
            raise ValueError("refused three")
        ran.append(n)
        return n * 10

    for n in range(6):
        q.submit(work, n, on_done=lambda r: done.append(
            (r, threading.current_thread() is threading.main_thread())))
    assert q.pending == 6
    assert q.wait_idle(5000)
    assert ran == [0, 1, 2, 4, 5]
    assert done == [(0, True), (10, True), (20, True), (40, True), (50, True)]
    assert errors == ["refused three"] and busy == [True, False]
    assert q.close()
    with pytest.raises(RuntimeError):
        q.submit(work, 7)


def test_failed_save_is_shown_next_to_the_item(qtbot, ctx, team, facility_id) -> None:
    """Another window signs the inspection while this page still shows it as a draft:
    the next change is refused by the core and the page says so."""
    from tests.conftest import ACTOR, INSPECTION_DAY

    svc = ctx.workspace.inspections
    iid = svc.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                    checklist_ids=["registration"])
    detail = svc.detail(iid)
    items = [(c.id, i) for c in detail.checklists for i in c.items
             if detail.applicable[(c.id, i.id)]]
    first = next(i for _, i in items if i.response.type == "pass_fail")
    for cid, item in items:
        if item is first:
            svc.answer(iid, cid, item.id, "pass", ACTOR)
        else:
            svc.set_not_applicable(iid, cid, item.id, True, ACTOR, reason="本机构不涉及此项")
    page = open_page(qtbot, ctx, str(iid))
    svc.complete(iid, ACTOR)
    svc.sign(iid, signatures_for(team), ACTOR)
    goto(qtbot, page, first.id)
    qtbot.keyClick(page.view, Qt.Key.Key_2)
    assert page.flush()
    card = page.card(next(e for e in page.entries if e.item.id == first.id))
    assert card.error.isVisible() and "Not saved" in card.error.text()
    assert "Save failed" in page.status.text()
    assert svc.detail(iid).answers[("registration", first.id)].result == "pass"


def test_items_not_applicable_are_hidden_and_counted(qtbot, ctx, team) -> None:
    from tests.conftest import ACTOR, facility_input

    fid = ctx.workspace.facilities.create(
        facility_input(serves_meals=False, takes_under_2=False), ACTOR)
    iid = start(qtbot, ctx, team, fid, ["food-safety", "staff"])
    page = open_page(qtbot, ctx, iid)
    hidden = [e for e in page.entries if not e.applicable]
    assert hidden and page.hidden_label.text().startswith(str(len(hidden)))
    assert all(not page.card(e).isVisible() for e in hidden if page.card(e))
    assert all(e.applicable for e in page.visible_entries())
    page.show_na.setChecked(True)
    first_hidden = hidden[0]
    page.select(first_hidden)
    card = page.card(first_hidden)
    assert card.isVisible() and not card.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_1)  # not applicable: nothing to answer
    qtbot.keyClick(page.view, Qt.Key.Key_3)
    assert page.flush()
    assert first_hidden.key not in answers(ctx, iid)


def test_section_keys_paste_and_drop(qtbot, ctx, staff_page, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent, QGuiApplication

    page, iid = staff_page
    sections = list(dict.fromkeys(e.section_key for e in page.visible_entries()))
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.current.section_key == sections[1]
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.current.section_key == sections[1]
    assert page.navigator.tree.currentItem().text(0).startswith("2.")
    entry = page.current
    photo = tmp_path / "paste.jpg"
    photo.write_bytes(_jpeg(800, 600))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.flush()
    assert len(answers(ctx, iid)[entry.key].photos) == 1
    # a dropped file goes to the item it is dropped on
    other = page.visible_entries()[0]
    card = page.card(other)
    dropped = QMimeData()
    second = tmp_path / "drop.png"
    Image.new("RGB", (300, 200), "green").save(second)
    dropped.setUrls([QUrl.fromLocalFile(str(second))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, dropped,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    card.dropEvent(event)
    assert page.flush()
    assert page.current is other
    assert [p.original_name for p in answers(ctx, iid)[other.key].photos] == ["drop.png"]
