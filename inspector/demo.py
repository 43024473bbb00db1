"""Demo data: realistic facilities, inspectors and inspections in every state.

Everything is made through the same services the app uses (so the audit log, the
stored scores and the findings are real), from a fixed random seed so two runs give
the same picture. Facilities come from the bundled sample sheet. Photos and
handwritten signatures are drawn with Pillow. Loading is refused quietly (nothing
changes) when the data directory already has demo data or data of its own.
"""

from __future__ import annotations

import io
import math
import random
import uuid
from datetime import date, timedelta
from typing import Any

from PIL import Image, ImageDraw

from inspector.checklists.schema import Column, Item, Response
from inspector.inspections import SignatureInput
from inspector.resources import resource_path
from inspector.storage import models as m
from inspector.storage.database import Actor
from inspector.workspace import Workspace

MARKER = "demo.loaded"
TODAY = date(2026, 11, 20)

INSPECTORS = [
    ("王建国", "区卫生健康局", "WJ-320281-015"),
    ("李静", "区卫生健康局", "WJ-320281-022"),
    ("陈晓峰", "区市场监督管理局", "SJ-320281-108"),
    ("刘洋", "消防救援大队", "XF-320281-031"),
    ("赵敏", "公安分局治安大队", "GA-320281-207"),
    ("孙丽华", "澄江街道办事处", "JD-320281-009"),
]
STAFF_NAMES = ["张秀英", "王芳", "李娜", "刘敏", "陈静", "杨丽", "黄艳", "周婷", "吴霞", "徐慧"]
AREAS = ["乳儿班活动室", "托小班睡眠室", "托大班活动室", "出入口", "户外活动场地", "厨房",
         "走廊及楼梯间"]
TEXT_ANSWERS = ["已查看，情况与登记一致。", "现场核实，无异常。", "负责人现场说明情况。"]
NOTES_FAIL = ["现场查看发现问题，已当场指出并要求整改。", "负责人称正在安排整改，未能提供记录。",
              "抽查记录不完整，部分日期缺失。", "现场拍照留存。"]

# (facility index in the sample sheet, kind, days before TODAY, state, how careless)
PLAN = [
    (0, "routine", 160, "signed", 0.04), (1, "joint", 140, "signed", 0.18),
    (2, "special", 120, "signed", 0.10), (3, "routine", 95, "signed", 0.30),
    (4, "complaint", 60, "completed", 0.15), (5, "routine", 45, "completed", 0.06),
    (6, "joint", 30, "completed", 0.22), (0, "routine", 12, "draft-half", 0.08),
    (7, "routine", 3, "draft-half", 0.12), (2, "joint", 1, "draft-new", 0.0),
]


def _photo(rng: random.Random, label: int) -> bytes:
    """A 1600×1200 stand-in for a phone photo: a room with objects."""
    img = Image.new("RGB", (1600, 1200), (rng.randint(180, 230),) * 3)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 800, 1600, 1200), fill=(rng.randint(120, 160), 110, 90))  # floor
    for _ in range(6):
        x, y = rng.randint(0, 1400), rng.randint(200, 900)
        colour = tuple(rng.randint(40, 220) for _ in range(3))
        d.rectangle((x, y, x + rng.randint(80, 300), y + rng.randint(80, 300)), fill=colour)
    d.ellipse((1400, 60, 1540, 200), outline=(200, 30, 30), width=12)  # a red circle
    d.text((40, 40), f"IMG_{2000 + label:04d}", fill=(20, 20, 20))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def _signature(rng: random.Random) -> bytes:
    """A handwriting-like scribble on a transparent background, as a PNG."""
    img = Image.new("RGBA", (600, 200), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    x = 40.0
    for _ in range(rng.randint(3, 4)):  # a few "characters"
        points = []
        cx, cy = x + 50, 100 + rng.uniform(-15, 15)
        for t in range(40):
            a = t / 39 * math.tau * rng.uniform(1.2, 2.0)
            points.append((cx + math.cos(a) * rng.uniform(20, 45) + t * 1.2,
                           cy + math.sin(a * 1.7) * rng.uniform(20, 50)))
        d.line(points, fill=(15, 25, 80, 255), width=4, joint="curve")
        x += rng.uniform(110, 150)
    d.line([(40, 160), (x, 150 + rng.uniform(-10, 10))], fill=(15, 25, 80, 255), width=3)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _typed_value(rng: random.Random, kind: str, spec: Response | Column, fail: bool,
                 on: date) -> Any:
    if kind == "pass_fail":
        return "fail" if fail else "pass"
    if kind == "yes_no":
        good = spec.pass_when or "yes"
        return ("no" if good == "yes" else "yes") if fail else good
    if kind == "number":
        t = spec.threshold
        if t is None:
            return rng.randint(2, 40)
        if t.min is not None and t.max is not None:
            return t.min - rng.randint(1, 3) if fail else round(rng.uniform(t.min, t.max), 1)
        if t.min is not None:
            if fail:
                return max(0, t.min - rng.randint(1, max(1, int(t.min * 0.4))))
            return t.min + rng.randint(0, max(1, int(t.min * 0.5)))
        assert t.max is not None
        return t.max + rng.randint(1, 3) if fail else max(0, t.max - rng.randint(0, int(t.max)))
    if kind == "date":
        age = spec.max_age_days or 365
        days = age + rng.randint(15, 200) if fail else rng.randint(5, max(6, age - 10))
        return (on - timedelta(days=days)).isoformat()
    if kind == "text":
        return rng.choice(TEXT_ANSWERS)
    if kind == "single_choice":
        wanted = [o for o in spec.options if o.passes is (not fail)] or \
            [o for o in spec.options if o.passes is None] or list(spec.options)
        return rng.choice(wanted).id
    if kind == "multiple_choice":
        chosen = [o.id for o in spec.options if o.required]
        chosen += [o.id for o in spec.options if not o.required and not o.forbidden
                   and rng.random() < 0.5]
        if fail:
            required = [o.id for o in spec.options if o.required]
            forbidden = [o.id for o in spec.options if o.forbidden]
            if required:
                chosen.remove(rng.choice(required))
            elif forbidden:
                chosen.append(rng.choice(forbidden))
        return chosen
    raise ValueError(kind)


def _rows(rng: random.Random, item: Item, fail: bool, on: date) -> list[dict[str, Any]]:
    count = rng.randint(max(item.response.min_rows, 3), 6)
    bad_row = rng.randrange(count) if fail else -1
    names = rng.sample(STAFF_NAMES, k=min(count, len(STAFF_NAMES)))
    rows = []
    for i in range(count):
        cells: dict[str, Any] = {}
        judged = [c for c in item.response.columns if c.threshold or c.max_age_days
                  or c.pass_when or any(o.passes is False for o in c.options)]
        bad_col = rng.choice(judged).id if i == bad_row and judged else None
        for col in item.response.columns:
            if col.type == "text":
                pool = AREAS if "area" in col.id or "location" in col.id else None
                cells[col.id] = pool[i % len(pool)] if pool else names[i % len(names)]
            else:
                cells[col.id] = _typed_value(rng, col.type.value, col, col.id == bad_col, on)
        rows.append(cells)
    return rows


def _fill(ws: Workspace, inspection_id: uuid.UUID, rng: random.Random, careless: float,
          share: float, team: list[Actor], on: date) -> None:
    svc = ws.inspections
    with ws.db.read() as s:
        inspection = s.get(m.Inspection, inspection_id)
        assert inspection is not None
        scored = svc._scored(s, inspection)
    photo_no = 0
    todo = [(c, item) for c, item, ok, _ in scored if ok]
    for n, (checklist, item) in enumerate(todo):
        if n >= len(todo) * share:
            break
        actor = team[n % len(team)]
        fail = rng.random() < careless
        if rng.random() < 0.02 and item.severity != "critical":
            svc.set_not_applicable(inspection_id, checklist.id, item.id, True, actor)
            continue
        if item.response.type == "repeat":
            for cells in _rows(rng, item, fail, on):
                svc.add_row(inspection_id, checklist.id, item.id, cells, actor)
        else:
            value = _typed_value(rng, item.response.type.value, item.response, fail, on)
            result = svc.answer(inspection_id, checklist.id, item.id, value, actor).result
            fail = result == "fail"
        if fail:
            svc.set_note(inspection_id, checklist.id, item.id, rng.choice(NOTES_FAIL), actor)
            if item.photo_on_fail or item.severity == "critical":
                photo_no += 1
                svc.add_photo(inspection_id, checklist.id, item.id, _photo(rng, photo_no),
                              actor, caption=item.prompt.zh[:30],
                              original_name=f"IMG_{photo_no}.jpg")


def load_demo(ws: Workspace) -> str:
    with ws.db.read() as s:
        if s.get(m.Setting, MARKER) is not None:
            return f"demo data is already in {ws.paths.root}; nothing changed"
        if s.query(m.Facility).count() or s.query(m.Inspection).count():
            return (f"{ws.paths.root} already holds data of its own; the demo was not loaded "
                    "(use an empty --data-dir to explore the demo)")
    setup = Actor("demo")
    report = ws.facilities.import_sheet(resource_path("samples", "facilities-sample.csv"), setup)
    if report.refused:
        raise RuntimeError(f"the bundled sample sheet is broken: {report.problem or report.errors}")
    facilities = sorted(ws.facilities.list(), key=lambda f: f.credit_code)
    people = []
    for name, dept, badge in INSPECTORS:
        ws.inspectors.create(name, dept, badge, setup)
    people = ws.inspectors.list()
    rng = random.Random(20261120)
    counts = {"draft": 0, "completed": 0, "signed": 0}
    for idx, kind, days_ago, state, careless in PLAN:
        facility = facilities[idx % len(facilities)]
        team_info = rng.sample(people, k=2)
        team = [p.actor for p in team_info]
        on = TODAY - timedelta(days=days_ago)
        checklists = ws.catalog.preselected(kind) or list(ws.catalog.current)
        iid = ws.inspections.start(uuid.UUID(facility.id), kind, on,
                                   [uuid.UUID(p.id) for p in team_info], team[0],
                                   checklist_ids=checklists)
        share = {"draft-new": 0.0, "draft-half": 0.5}.get(state, 1.0)
        _fill(ws, iid, rng, careless, share, team, on)
        if state.startswith("draft"):
            counts["draft"] += 1
            continue
        ws.inspections.complete(iid, team[0])
        counts["completed"] += 1
        if state == "signed":
            sigs = [SignatureInput(p.name, "inspector", _signature(rng), uuid.UUID(p.id))
                    for p in team_info]
            sigs.append(SignatureInput(facility.representative, "facility_representative",
                                       _signature(rng), signer_title="负责人"))
            ws.inspections.sign(iid, sigs, team[0])
            counts["completed"] -= 1
            counts["signed"] += 1
    with ws.db.write(setup) as s:
        s.add(m.Setting(key=MARKER, value=TODAY.isoformat()))
    return (f"demo data loaded into {ws.paths.root}: {len(facilities)} facilities, "
            f"{len(people)} inspectors, {sum(counts.values())} inspections "
            f"({counts['draft']} draft, {counts['completed']} completed, "
            f"{counts['signed']} signed)")


DEMO_KEY_PASSPHRASE = "demo-passphrase-2026"


def ensure_demo_keys(ws: Workspace) -> list[str]:
    """A signing key (self-signed, trusted on this computer) for every demo inspector
    who has none, under the passphrase ``DEMO_KEY_PASSPHRASE``; the labels created."""
    from inspector.pki import KeyStore

    store = KeyStore.for_data_dir(ws.paths.root)
    made = []
    for person in ws.inspectors.list():
        label = KeyStore.default_label(person.badge_number)
        if not store.exists(label):
            store.create_self_signed(person.name, person.badge_number, person.department,
                                     DEMO_KEY_PASSPHRASE, label=label)
            made.append(label)
    return made
