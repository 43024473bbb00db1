"""The Qt binding does not corrupt the interpreter in a day's use.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every Qt call that
returns nothing; a process starts with a few thousand references, so after about
an hour of answering the app dies with "Fatal Python error: none_dealloc".
``pyproject.toml`` excludes that combination; these tests fail (or crash) on any
combination that has the bug, whatever the version numbers say.
"""

from __future__ import annotations

import gc
import io
import sys
import uuid

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from tests.ui.test_fill import answers, open_page, start

# None is immortal from Python 3.12 (PEP 683): its count never moves.
IMMORTAL = sys.getrefcount(None) > 2**30


def _none_drift(calls: int) -> int:
    label, edit, box, widget = QLabel(), QLineEdit(), QCheckBox(), QWidget()
    before = sys.getrefcount(None)
    for n in range(calls):
        label.setText(str(n))  # each of these returns None
        edit.setText("x")
        box.setChecked(bool(n % 2))
        widget.setEnabled(bool(n % 2))
        widget.setToolTip("t")
    return sys.getrefcount(None) - before


def test_qt_setters_keep_the_reference_count_of_none(qapp) -> None:
    # 5 x 3,000 setter calls. A broken binding loses 15,000 references (and often
    # kills the process here, which fails the test run just the same).
    drift = _none_drift(3000)
    assert abs(drift) < 100, (
        f"{drift} references to None lost in 15,000 Qt calls: this PySide6 build "
        "corrupts the interpreter on this Python (see pyproject.toml)")


def _jpeg(n: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (n * 5 % 256, 90, 160)).save(out, "JPEG", quality=80)
    return out.getvalue()


def test_soak_a_long_session_on_the_fill_screen(qtbot, ctx, team, facility_id,
                                                tmp_path) -> None:
    """2,000 answers, 100 notes and 50 photos through the real checklist screen."""
    iid = start(qtbot, ctx, team, facility_id,
                ["staff", "morning-check", "fire-safety", "food-safety"])
    page = open_page(qtbot, ctx, iid)
    keyed = [e for e in page.visible_entries()
             if e.item.response.type in ("pass_fail", "yes_no")]
    assert len(keyed) > 30
    # Garbage that earlier tests left (cycles holding None, e.g. a workbook read back)
    # would be freed during the soak and look like a drift: collect it first.
    gc.collect()
    start_count = None if IMMORTAL else sys.getrefcount(None)
    answered = photos = 0
    noted: dict[tuple[str, str], str] = {}
    round_no = 0
    while answered < 2000:
        round_no += 1
        for entry in keyed:
            page.select(entry, focus_list=True)
            qtbot.keyClick(page.view, Qt.Key.Key_1 if (answered + round_no) % 3 else Qt.Key.Key_2)
            answered += 1
            if answered % 20 == 0:
                page.select(entry, focus_list=True)
                qtbot.keyClick(page.view, Qt.Key.Key_N)
                card = page.card(entry)
                card.note.clear()
                qtbot.keyClicks(card.note, f"note {answered}")
                qtbot.keyClick(card.note, Qt.Key.Key_Escape)
                noted[entry.key] = f"note {answered}"
            if answered % 40 == 0 and photos < 50:
                path = tmp_path / f"p{photos}.jpg"
                path.write_bytes(_jpeg(photos))
                page.add_photo_files(entry, [path])
                photos += 1
            if answered >= 2000:
                break
        assert page.flush(120_000)
    while photos < 50:
        path = tmp_path / f"p{photos}.jpg"
        path.write_bytes(_jpeg(photos))
        page.add_photo_files(keyed[photos % len(keyed)], [path])
        photos += 1
    assert page.flush(120_000)
    if start_count is not None:
        # Cards are built as items are first shown, and their widgets hold None in
        # many places: the count grows. A broken binding makes it fall, by at least
        # one per Qt call (hundreds of thousands here).
        drift = sys.getrefcount(None) - start_count
        assert drift > -1000, f"None lost {-drift} references in a soak session"
    saved = answers(ctx, iid)
    assert all(saved[e.key].result in ("pass", "fail") for e in keyed)
    assert sum(len(a.photos) for a in saved.values()) == 50
    assert len(noted) > 20 and {k: saved[k].note for k in noted} == noted
    detail = ctx.workspace.inspections.detail(uuid.UUID(iid))
    assert detail.card.answered >= len(keyed)
    page.close()
