"""Benchmark: how long the window is busy when the inspector answers or adds a photo.

On the checklist screen a key (1 = pass) updates the item at once and hands the save
to the background save queue. This drives the real ``FillPage`` offscreen on a real
database and measures, per key press, the time the GUI thread spends handling it
(key event to return of the event handler), then the time until the save is
acknowledged. The baseline is what the window would be blocked for if it saved on
the GUI thread: ``Inspections.answer`` called directly for the same items. The same
for a 12-megapixel photo pasted with Ctrl+V against ``Inspections.add_photo``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_fill_keys.py [--items 40]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector.credit_code import make_credit_code
from inspector.facility_records import FacilityInput
from inspector.storage.database import Actor
from inspector.ui.context import AppContext
from inspector.ui.fill import FillPage
from inspector.workspace import Workspace

ACTOR = Actor("bench")
PHOTOS = 5
DAY = date(2026, 11, 2)


def new_inspection(ws: Workspace, n: int) -> uuid.UUID:
    fid = ws.facilities.create(FacilityInput.model_validate(dict(
        name=f"基准托育中心{n}", credit_code=make_credit_code(f"91320281MA1XK7P{n:02d}"),
        address="路1号", district="江阴市", township="澄江街道",
        registration_kind="for_profit", service_modes=["full_day"], capacity=60,
        takes_under_2=True, serves_meals=True, filing_status="filed",
        filing_number="备2024001", representative="周婷", contact_phone="13812345678")), ACTOR)
    a = ws.inspectors.create(f"甲{n}", "卫健局", f"B-{n}-1", ACTOR)
    b = ws.inspectors.create(f"乙{n}", "消防", f"B-{n}-2", ACTOR)
    return ws.inspections.start(uuid.UUID(fid), "routine", DAY, [uuid.UUID(a), uuid.UUID(b)],
                                ACTOR)


def camera_photo() -> bytes:
    """A 12-megapixel JPEG with some detail, like a phone camera's."""
    image = Image.radial_gradient("L").resize((4000, 3000)).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def pass_fail_keys(page: FillPage, limit: int) -> list[tuple[str, str]]:
    return [e.key for e in page.visible_entries()
            if e.item.response.type == "pass_fail"][:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=40)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "data")
        ctx = AppContext.open(ws)
        iid = new_inspection(ws, 1)
        page = FillPage(ctx, str(iid))
        page.resize(1366, 768)
        page.show()
        app.processEvents()
        keys = pass_fail_keys(page, args.items)
        gui_ms, ack_ms = [], []
        for key in keys:
            page.select_item(*key)
            app.processEvents()
            start = time.perf_counter()
            QTest.keyClick(page.view, Qt.Key.Key_1)  # handled synchronously: GUI time
            gui_ms.append((time.perf_counter() - start) * 1000)
            page.flush(10_000)
            ack_ms.append((time.perf_counter() - start) * 1000)
        saved = ws.inspections.detail(iid).answers
        assert all(saved[k].result == "pass" for k in keys), "a key press was not saved"

        # A 12-megapixel photo pasted onto an item (Ctrl+V): downscaled and stored.
        photo = camera_photo()
        paste_ms, photo_ack_ms = [], []
        for key in keys[:PHOTOS]:
            page.select_item(*key)
            app.processEvents()
            mime = QMimeData()
            mime.setImageData(QImage.fromData(photo))
            QGuiApplication.clipboard().setMimeData(mime)
            start = time.perf_counter()
            QTest.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            paste_ms.append((time.perf_counter() - start) * 1000)
            page.flush(30_000)
            photo_ack_ms.append((time.perf_counter() - start) * 1000)
        QGuiApplication.clipboard().clear()
        stored = ws.inspections.detail(iid).answers
        assert all(stored[k].photos for k in keys[:PHOTOS]), "a pasted photo was not saved"
        page.shutdown()

        # Baseline: the same answers saved on the calling thread.
        other = new_inspection(ws, 2)
        direct_ms = []
        for checklist_id, item_id in keys:
            start = time.perf_counter()
            ws.inspections.answer(other, checklist_id, item_id, "pass", ACTOR)
            direct_ms.append((time.perf_counter() - start) * 1000)
        direct_photo_ms = []
        for checklist_id, item_id in keys[:PHOTOS]:
            start = time.perf_counter()
            ws.inspections.add_photo(other, checklist_id, item_id, photo, ACTOR)
            direct_photo_ms.append((time.perf_counter() - start) * 1000)
        ws.close()

    def med(xs: list[float]) -> float:
        return statistics.median(xs)

    print(f"{len(keys)} key presses (1 = pass) on the checklist screen; medians")
    print(f"{'GUI thread busy per key (event handled)':48} {med(gui_ms):8.2f} ms")
    print(f"{'key to save acknowledged (background)':48} {med(ack_ms):8.2f} ms")
    print(f"{'baseline: saving on the GUI thread':48} {med(direct_ms):8.2f} ms")
    print(f"ratio GUI busy / baseline: {med(gui_ms) / med(direct_ms):.2f}x")
    print()
    print(f"{PHOTOS} photos pasted (4000x3000 JPEG, Ctrl+V); medians")
    print(f"{'GUI thread busy per paste':48} {med(paste_ms):8.2f} ms")
    print(f"{'paste to photo stored (background)':48} {med(photo_ack_ms):8.2f} ms")
    print(f"{'baseline: storing the photo on the GUI thread':48} {med(direct_photo_ms):8.2f} ms")
    print(f"ratio GUI busy / baseline: {med(paste_ms) / med(direct_photo_ms):.2f}x")


if __name__ == "__main__":
    main()
