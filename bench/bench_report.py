"""Benchmark: the inspection report with 150 items and 20 twelve-megapixel photos.

A synthetic inspection is built through the services the app uses: the six
bundled checklists (108 items) plus a copy of some of their items as a seventh
checklist, to make 150 items; every item answered (about one in seven failing);
20 photos generated at 4000×3000 (noise on a gradient, so the JPEGs are as large
as a phone's) stored with ``add_photo`` (which keeps a ≤1600 px copy, as in the
app); completed and signed. ``render_report`` is then timed, and the size of the
PDF measured, against a minimal ReportLab script that draws the same text (every
line of the report, read back from its PDF with pypdf, as plain paragraphs) and the
same images, already scaled to the report's grid size, with the same embedded font.
Medians of several runs; read the ratio more than the seconds (machines are noisy).
Needs the test extras (pypdf).

    .venv/bin/python bench/bench_report.py [--runs 5] [--keep out.pdf]

Target on a 2-core machine: under 3 s and 8 MB, within 1.5× of the baseline.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image as RLImage
from reportlab.platypus import Paragraph, SimpleDocTemplate

from inspector.catalog import Catalog
from inspector.checklists.loader import load_checklists
from inspector.checklists.schema import Checklist, Section
from inspector.credit_code import make_credit_code
from inspector.demo import _rows, _signature, _typed_value
from inspector.facility_records import FacilityInput
from inspector.inspection_records import InspectionDetail
from inspector.inspections import SignatureInput
from inspector.reports import render_report
from inspector.reports.fonts import register_fonts
from inspector.reports.report import grid_jpeg
from inspector.storage.database import Actor
from inspector.workspace import Workspace

ACTOR = Actor("bench")
ITEMS = 150
PHOTOS = 20
DAY = date(2026, 11, 2)


def camera_photo(rng: random.Random, n: int) -> bytes:
    """A 4000×3000 JPEG about the size of a phone's (a few MB)."""
    w, h = 4000, 3000
    gradient = Image.linear_gradient("L").resize((w, h))
    noise = Image.effect_noise((w, h), 28 + n % 5)
    r = Image.blend(gradient, noise, 0.55)
    g = Image.blend(gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT), noise, 0.45)
    b = Image.blend(gradient.transpose(Image.Transpose.ROTATE_180), noise, 0.5)
    img = Image.merge("RGB", (r, g, b))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=rng.choice((88, 90, 92)))
    return out.getvalue()


def catalog_with(items: int) -> Catalog:
    """The bundled checklists plus one made of copies of their items, ``items`` in all."""
    base = load_checklists()
    have = sum(len(c.items) for c in base.checklists)
    extra: list = []
    for c in base.checklists:
        for item in c.items:
            if have + len(extra) >= items:
                break
            extra.append(item.model_copy(update={"id": f"x-{c.id}-{item.id}"}))
    if extra:
        first = base.checklists[0]
        copy = Checklist.model_validate({
            **first.model_dump(), "id": "bench-extra", "version": "1.0",
            "sections": [Section(id="extra", title=first.sections[0].title,
                                 items=tuple(extra)).model_dump()]})
        base.checklists.append(copy)
    return Catalog(base)


def build_inspection(root: Path) -> tuple[Workspace, InspectionDetail, float]:
    ws = Workspace.open(root, catalog_with(ITEMS))
    rng = random.Random(150)
    fid = uuid.UUID(ws.facilities.create(FacilityInput.model_validate(dict(
        name="江阴市基准测试托育中心有限公司", credit_code=make_credit_code("91320281MA1XK7PR3"),
        address="江阴市澄江街道人民中路1号", district="江阴市", township="澄江街道",
        registration_kind="for_profit", facility_type="standalone",
        service_modes=["full_day", "hourly"], capacity=120, takes_under_2=True,
        serves_meals=True, filing_status="filed", filing_number="苏澄托备2024001",
        representative="周婷", contact_phone="13812345678")), ACTOR))
    people = [ws.inspectors.create("王建国", "区卫生健康局", "WJ-320281-015", ACTOR),
              ws.inspectors.create("刘洋", "消防救援大队", "XF-320281-031", ACTOR)]
    team = [uuid.UUID(p) for p in people]
    iid = ws.inspections.start(fid, "joint", DAY, team, ACTOR,
                               checklist_ids=list(ws.catalog.current))
    svc = ws.inspections
    failing: list[tuple[str, str]] = []
    for c in ws.catalog.current.values():
        for item in c.items:
            fail = rng.random() < 0.15
            if item.response.type == "repeat":
                for cells in _rows(rng, item, fail, DAY):
                    svc.add_row(iid, c.id, item.id, cells, ACTOR)
            else:
                value = _typed_value(rng, item.response.type.value, item.response, fail, DAY)
                fail = svc.answer(iid, c.id, item.id, value, ACTOR).result == "fail"
            if fail:
                failing.append((c.id, item.id))
                svc.set_note(iid, c.id, item.id, "现场查看发现问题，已当场指出并要求整改。", ACTOR)
    t = time.perf_counter()
    targets = [m for m in svc.missing_evidence(iid) if m.need == "photo"]
    spots = [(m.checklist_id, m.item_id) for m in targets] + failing
    sizes = []
    for n in range(PHOTOS):
        cid, item_id = spots[n % len(spots)]
        data = camera_photo(rng, n)
        sizes.append(len(data))
        svc.add_photo(iid, cid, item_id, data, ACTOR,
                      caption=f"现场照片 {n + 1}", original_name=f"IMG_{n:04d}.jpg")
    photo_seconds = time.perf_counter() - t
    print(f"camera JPEGs: median {statistics.median(sizes) / 1e6:.1f} MB each")
    for m in svc.missing_evidence(iid):
        if m.need == "note":
            svc.set_note(iid, m.checklist_id, m.item_id, "已记录。", ACTOR)
    svc.complete(iid, ACTOR)
    svc.sign(iid, [SignatureInput("王建国", "inspector", _signature(rng), team[0]),
                   SignatureInput("刘洋", "inspector", _signature(rng), team[1]),
                   SignatureInput("周婷", "facility_representative", _signature(rng),
                                  signer_title="负责人")], ACTOR)
    return ws, svc.detail(iid), photo_seconds


def report_text(pdf: bytes) -> list[str]:
    """Every line of text the report shows (read back once, outside the timing)."""
    from pypdf import PdfReader

    return [line for page in PdfReader(io.BytesIO(pdf)).pages
            for line in page.extract_text().splitlines() if line.strip()]


def baseline(texts: list[str], images: list[tuple[bytes, int, int]]) -> bytes:
    """The least ReportLab needs for the same content: the report's text as plain
    paragraphs, the same images (already scaled), the same embedded font."""
    fonts = register_fonts()
    style = ParagraphStyle("b", fontName=fonts.regular, fontSize=9, leading=12,
                           wordWrap="CJK")
    story: list = [Paragraph(escape(line), style) for line in texts]
    for jpeg, w, h in images:
        story.append(RLImage(io.BytesIO(jpeg), 50 * mm, 50 * mm * h / w))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=fonts.regular).build(story)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="write the report here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        ws, detail, photo_s = build_inspection(Path(tmp) / "data")
        items = sum(len(c.items) for c in detail.checklists)
        photos = [p for a in detail.answers.values() for p in a.photos]
        stored = statistics.median(p.path.stat().st_size for p in photos)
        print(f"setup {time.perf_counter() - t:.1f} s: {items} items, {len(photos)} photos "
              f"(12 MP in, stored ≤1600 px; storing them took {photo_s:.1f} s), "
              f"{len(detail.findings)} findings; stored copies median {stored / 1e3:.0f} kB")
        first = render_report(detail, lang="zh", report_number="BENCH-1",
                              issuer="江阴市卫生健康委员会")
        texts = report_text(first)
        print(f"report text: {len(texts)} lines, {sum(map(len, texts)):,} characters")
        ours, base, base_scaled = [], [], []
        pdf = b""
        for _ in range(args.runs):
            t = time.perf_counter()
            pdf = render_report(detail, lang="zh", report_number="BENCH-1",
                                issuer="江阴市卫生健康委员会")
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            images = [grid_jpeg(p.path) for p in photos]
            scaled = time.perf_counter()
            ref = baseline(texts, images)
            done = time.perf_counter()
            base.append(done - scaled)
            base_scaled.append(done - t)
        pages = pdf.count(b"/Type /Page\n")
        m_ours, m_base, m_scaled = (statistics.median(x) for x in (ours, base, base_scaled))
        print(f"report   : {m_ours:6.3f} s  {len(pdf) / 1e6:5.2f} MB  ({pages} pages)")
        print(f"baseline : {m_base:6.3f} s  {len(ref) / 1e6:5.2f} MB  (images pre-scaled)")
        print(f"baseline+: {m_scaled:6.3f} s  (including scaling the {len(photos)} photos)")
        print(f"ratio    : time {m_ours / m_base:.2f}× (vs pre-scaled), "
              f"{m_ours / m_scaled:.2f}× (vs baseline+scaling); size {len(pdf) / len(ref):.2f}×")
        ok = m_ours < 3 and len(pdf) < 8e6
        print(f"target <3 s and <8 MB: {'met' if ok else 'NOT met'}")
        if args.keep:
            args.keep.write_bytes(pdf)
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
