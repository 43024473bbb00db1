"""The inspection service on a real database: answering, persistence, concluding,
findings, signing and locking, photos — on hand-made inspections."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image, ImageDraw

from inspector.inspections import InspectionError, InspectionLocked, SignatureInput, TeamTooSmall
from inspector.photos import PhotoError
from inspector.scoring import InvalidAnswer
from inspector.settings import set_policy_value
from inspector.storage import models as m
from inspector.workspace import Workspace

from .conftest import ACTOR, INSPECTION_DAY, facility_input, signatures_for
from .signature_sample import signature_png

PNG = signature_png()


def _jpeg(w: int = 4000, h: int = 3000, orientation: int | None = None) -> bytes:
    img = Image.new("RGB", (w, h), (200, 100, 50))
    img.paste((0, 0, 255), (0, 0, w // 4, h // 4))  # a blue corner marks "top left"
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    img.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def _answer_all(ws: Workspace, iid: uuid.UUID, fail: set[str] = frozenset()) -> None:
    """Answer every applicable item so that it passes (or fails if listed)."""
    import random

    from inspector.demo import _rows, _typed_value
    rng = random.Random(1)
    svc = ws.inspections
    with ws.db.read() as s:
        scored = svc._scored(s, s.get(m.Inspection, iid))
    for checklist, item, ok, _ in scored:
        if not ok:
            continue
        bad = item.id in fail
        if item.response.type == "repeat":
            for cells in _rows(rng, item, bad, INSPECTION_DAY):
                svc.add_row(iid, checklist.id, item.id, cells, ACTOR)
        else:
            value = _typed_value(rng, item.response.type.value, item.response, bad,
                                 INSPECTION_DAY)
            svc.answer(iid, checklist.id, item.id, value, ACTOR)


@pytest.fixture
def iid(ws: Workspace, team: list[uuid.UUID], facility_id: uuid.UUID) -> uuid.UUID:
    return ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                                checklist_ids=["fire-safety", "staff"])


def test_answers_are_judged_saved_at_once_and_survive_reopening(
        ws: Workspace, iid: uuid.UUID) -> None:
    fire = ws.catalog.current["fire-safety"]
    first = fire.items[0]
    state = ws.inspections.answer(iid, "fire-safety", first.id, "fail"
                                  if first.response.type == "pass_fail" else None, ACTOR)
    reopened = Workspace.open(ws.paths.root)
    with reopened.db.read() as s:
        answer = s.scalars(sa.select(m.Answer).where(m.Answer.inspection_id == iid)).one()
        inspection = s.get(m.Inspection, iid)
        assert answer.item_id == first.id and answer.result == state.result
        assert inspection.position == {"checklist": "fire-safety", "item": first.id}
        assert inspection.checklist_versions == {"fire-safety": fire.version,
                                                 "staff": ws.catalog.current["staff"].version}
    reopened.close()


def test_number_item_is_judged_against_its_threshold(ws: Workspace, iid: uuid.UUID) -> None:
    staff = ws.catalog.current["staff"]
    ratio = next(i for i in staff.items if i.response.type == "number" and
                 i.response.threshold and i.response.threshold.max)
    limit = ratio.response.threshold.max
    ok = ws.inspections.answer(iid, "staff", ratio.id, limit, ACTOR)
    bad = ws.inspections.answer(iid, "staff", ratio.id, limit + 1, ACTOR)
    assert ok.result == "pass" and bad.result == "fail" and bad.reason
    with pytest.raises(InvalidAnswer):
        ws.inspections.answer(iid, "staff", ratio.id, "many", ACTOR)
    with ws.db.read() as s:  # the refused answer changed nothing
        a = s.scalars(sa.select(m.Answer).where(m.Answer.item_id == ratio.id)).one()
        assert a.value == limit + 1


def test_items_not_applying_to_the_facility_are_counted_not_applicable(
        ws: Workspace, team: list[uuid.UUID]) -> None:
    from inspector.credit_code import make_credit_code

    no_meals = uuid.UUID(ws.facilities.create(facility_input(
        serves_meals=False, takes_under_2=False, name="无膳食托育点",
        credit_code=make_credit_code("52320281MJ0000012")), ACTOR))
    iid = ws.inspections.start(no_meals, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["food-safety"])
    food = ws.catalog.current["food-safety"]
    meal_items = [i for i in food.items if i.applies_if and i.applies_if.serves_meals]
    assert meal_items
    card = ws.inspections.score_card(iid)
    assert card.applicable == len(food.items) - len(meal_items)
    assert card.not_applicable == len(meal_items)


def test_full_inspection_scores_drafts_findings_and_locks_when_signed(
        ws: Workspace, iid: uuid.UUID, team: list[uuid.UUID]) -> None:
    fire = ws.catalog.current["fire-safety"]
    critical = next(i for i in fire.items if i.severity == "critical"
                    and i.response.type == "pass_fail")
    minor = next(i for i in fire.items + ws.catalog.current["staff"].items
                 if i.severity == "minor" and i.response.type == "pass_fail")
    set_policy_value(ws.db, "deadline_days_minor", 20, ACTOR)
    _answer_all(ws, iid, fail={critical.id, minor.id})

    missing = ws.inspections.missing_evidence(iid)
    assert {x.item_id for x in missing} <= {critical.id, minor.id}
    assert any(x.item_id == critical.id for x in missing)
    with pytest.raises(InspectionError, match="cannot complete"):
        ws.inspections.complete(iid, ACTOR)
    for x in missing:
        checklist = x.checklist_id
        if x.need == "photo":
            ws.inspections.add_photo(iid, checklist, x.item_id, _jpeg(), ACTOR)
        else:
            ws.inspections.set_note(iid, checklist, x.item_id, "安全出口被杂物堵塞", ACTOR)
    card = ws.inspections.complete(iid, ACTOR)
    assert card.verdict == "fail" and card.critical_failures == (critical.id,)
    assert card.failed == 2 and card.complete

    with ws.db.read() as s:
        findings = {f.item_id: f for f in s.scalars(
            sa.select(m.Finding).where(m.Finding.inspection_id == iid))}
        inspection = s.get(m.Inspection, iid)
    assert set(findings) == {critical.id, minor.id}
    assert findings[critical.id].deadline == INSPECTION_DAY + timedelta(days=3)
    assert findings[minor.id].deadline == INSPECTION_DAY + timedelta(days=20)  # configured
    assert findings[critical.id].required_action == critical.action.zh
    assert inspection.status == "completed" and inspection.verdict == "fail"

    ws.inspections.update_finding(findings[minor.id].id, ACTOR, deadline=INSPECTION_DAY
                                  + timedelta(days=10), description="走廊灭火器压力不足")
    with pytest.raises(InspectionError, match="before the inspection"):
        ws.inspections.update_finding(findings[minor.id].id, ACTOR,
                                      deadline=INSPECTION_DAY - timedelta(days=1))
    with pytest.raises(InspectionError, match="facility representative"):
        ws.inspections.sign(iid, [SignatureInput("王建国", "inspector", PNG, team[0])], ACTOR)
    with pytest.raises(InspectionError, match="still to sign: 刘洋"):
        ws.inspections.sign(iid, [SignatureInput("王建国", "inspector", PNG, team[0]),
                                  SignatureInput("周婷", "facility_representative", PNG,
                                                 signer_title="负责人")], ACTOR)
    ws.inspections.sign(iid, signatures_for(team), ACTOR)
    with pytest.raises(InspectionLocked):
        ws.inspections.answer(iid, "fire-safety", minor.id, "pass", ACTOR)
    with pytest.raises(InspectionLocked):
        ws.inspections.update_finding(findings[minor.id].id, ACTOR, description="改")
    summary = ws.inspections.list(status="signed")[0]
    assert summary.id == str(iid) and summary.verdict == "fail"
    with ws.db.read() as s:
        actions = {e.action for e in s.scalars(
            sa.select(m.AuditEntry).where(m.AuditEntry.inspection_id == iid))}
    assert actions == {"insert", "update"}


def test_repeat_rows_add_edit_reorder_remove(ws: Workspace, iid: uuid.UUID) -> None:
    roster = next(i for i in ws.catalog.current["staff"].items if i.response.type == "repeat")
    import random

    from inspector.demo import _rows
    rows = _rows(random.Random(3), roster, False, INSPECTION_DAY)
    ids = [ws.inspections.add_row(iid, "staff", roster.id, r, ACTOR) for r in rows[:3]]
    ws.inspections.move_row(ids[2], 0, ACTOR)
    ws.inspections.remove_row(ids[0], ACTOR)
    with ws.db.read() as s:
        stored = list(s.scalars(sa.select(m.AnswerRow).order_by(m.AnswerRow.position)))
    assert [r.id for r in stored] == [ids[2], ids[1]]
    assert [r.position for r in stored] == [0, 1]


def test_photos_are_downscaled_upright_and_deduplicated(ws: Workspace, iid: uuid.UUID) -> None:
    item = ws.catalog.current["fire-safety"].items[0]
    data = _jpeg(4000, 3000, orientation=6)  # camera held upright: rotate 90°
    p1 = ws.inspections.add_photo(iid, "fire-safety", item.id, data, ACTOR)
    p2 = ws.inspections.add_photo(iid, "fire-safety", item.id, data, ACTOR)
    with ws.db.read() as s:
        a, b = s.get(m.Photo, p1), s.get(m.Photo, p2)
    assert a.sha256 == b.sha256
    assert (a.width, a.height) == (1200, 1600)  # long edge 1600, turned upright
    stored = ws.inspections.photos.path_of(a.sha256)
    assert stored.exists() and stored.stat().st_size < 400_000
    assert len(list(ws.paths.photos.rglob("*.jpg"))) == 1


@pytest.mark.parametrize("make", ["bomb", "truncated", "text"])
def test_hostile_or_broken_images_are_refused_and_nothing_is_stored(
        ws: Workspace, iid: uuid.UUID, make: str) -> None:
    if make == "bomb":
        img = Image.new("1", (20000, 20000))
        out = io.BytesIO()
        img.save(out, "PNG")
        data = out.getvalue()
    elif make == "truncated":
        data = _jpeg(800, 600)[:3000]
    else:
        data = b"not an image at all"
    item = ws.catalog.current["fire-safety"].items[0]
    with pytest.raises(PhotoError):
        ws.inspections.add_photo(iid, "fire-safety", item.id, data, ACTOR)
    with ws.db.read() as s:
        assert s.query(m.Photo).count() == 0
    assert not ws.paths.photos.exists() or not list(ws.paths.photos.rglob("*"))


def test_refusals(ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID]) -> None:
    with pytest.raises(InspectionError, match="unknown kind"):
        ws.inspections.start(facility_id, "surprise", INSPECTION_DAY, team, ACTOR)
    with pytest.raises(InspectionError, match="unknown checklist"):
        ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                             checklist_ids=["nope"])
    with pytest.raises(TeamTooSmall, match="at least 2 inspectors"):
        ws.inspections.start(facility_id, "routine", INSPECTION_DAY, [], ACTOR)
    with pytest.raises(TeamTooSmall, match="at least 2 inspectors"):
        ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team[:1], ACTOR)
    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR)
    assert set(ws.inspections.list()[0].__dict__) >= {"score", "verdict"}
    with pytest.raises(InspectionError, match="has no item"):
        ws.inspections.answer(iid, "fire-safety", "no-such-item", "pass", ACTOR)
    with pytest.raises(InspectionError, match="complete the inspection"):
        ws.inspections.sign(iid, [], ACTOR)


# --- N/A on a critical item, signatures with too little ink, old checklist versions ---------

def _critical(ws: Workspace) -> tuple[str, str]:
    fire = ws.catalog.current["fire-safety"]
    item = next(i for i in fire.items if i.severity == "critical")
    return "fire-safety", item.id


def _answer_row(ws: Workspace, iid: uuid.UUID, item_id: str) -> m.Answer | None:
    with ws.db.read() as s:
        return s.scalars(sa.select(m.Answer).where(m.Answer.inspection_id == iid,
                                                   m.Answer.item_id == item_id)).one_or_none()


def test_a_critical_item_is_not_applicable_only_with_a_stated_reason(
        ws: Workspace, iid: uuid.UUID) -> None:
    from inspector.scoring import NA_REASON_MIN_CHARS

    cid, item_id = _critical(ws)
    for reason in (None, "", "  ", "无" * (NA_REASON_MIN_CHARS - 1)):
        with pytest.raises(InspectionError, match="only with a reason"):
            ws.inspections.set_not_applicable(iid, cid, item_id, True, ACTOR, reason=reason)
    assert _answer_row(ws, iid, item_id) is None  # a refusal changes nothing
    state = ws.inspections.set_not_applicable(iid, cid, item_id, True, ACTOR,
                                              reason="  本机构设于首层，无楼梯  ")
    assert state.result == "na"
    stored = _answer_row(ws, iid, item_id)
    assert stored.not_applicable and stored.note == "本机构设于首层，无楼梯"  # the note
    # Taking N/A back needs no reason and keeps the note.
    ws.inspections.set_not_applicable(iid, cid, item_id, False, ACTOR)
    assert _answer_row(ws, iid, item_id).note == "本机构设于首层，无楼梯"
    # A minor or major item needs none.
    minor = next(i for i in ws.catalog.current["staff"].items if i.severity != "critical")
    assert ws.inspections.set_not_applicable(iid, "staff", minor.id, True, ACTOR).result == "na"


def test_completion_lists_a_critical_na_whose_reason_is_gone(
        ws: Workspace, iid: uuid.UUID) -> None:
    cid, item_id = _critical(ws)
    _answer_all(ws, iid)
    ws.inspections.set_not_applicable(iid, cid, item_id, True, ACTOR, reason="无此设施场所")
    assert not [x for x in ws.inspections.missing_evidence(iid) if x.item_id == item_id]
    ws.inspections.set_note(iid, cid, item_id, "无", ACTOR)  # the reason cut to nothing
    missing = [x for x in ws.inspections.missing_evidence(iid) if x.item_id == item_id]
    assert [x.need for x in missing] == ["reason"]
    with pytest.raises(InspectionError, match=rf"cannot complete.*{item_id} \(reason\)"):
        ws.inspections.complete(iid, ACTOR)
    ws.inspections.set_note(iid, cid, item_id, "机构设于首层", ACTOR)
    assert ws.inspections.complete(iid, ACTOR).complete


def _png(draw: Callable[[ImageDraw.ImageDraw], None], size: tuple[int, int] = (600, 200)
         ) -> bytes:
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw(ImageDraw.Draw(image))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


INKLESS = {
    "empty": _png(lambda d: None),
    "dot": _png(lambda d: d.ellipse((295, 95, 305, 105), fill="black")),
    "dash": _png(lambda d: d.line([(200, 100), (260, 100)], fill="black", width=3)),
    "white ink": _png(lambda d: d.line([(40, 40), (560, 160)], fill="white", width=6)),
    "not a png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 20,
}


@pytest.mark.parametrize("kind", sorted(INKLESS))
def test_a_signature_without_enough_ink_is_refused(
        ws: Workspace, iid: uuid.UUID, team: list[uuid.UUID], kind: str) -> None:
    _answer_all(ws, iid)
    ws.inspections.complete(iid, ACTOR)
    with pytest.raises(InspectionError, match="signature of 周婷 is refused"):
        ws.inspections.sign(iid, [SignatureInput("王建国", "inspector", PNG, team[0]),
                                  SignatureInput("周婷", "facility_representative",
                                                 INKLESS[kind])], ACTOR)
    detail = ws.inspections.detail(iid)
    assert detail.status == "completed" and detail.signatures == ()


def test_the_ink_rule_for_strokes() -> None:
    from inspector.signature_ink import png_problem, strokes_problem

    assert strokes_problem([]).code == "empty"
    assert strokes_problem([[(100.0, 50.0)]]).code == "too_small"  # a single dot
    assert strokes_problem([[(10.0, 50.0), (200.0, 52.0)]]).code == "too_small"  # a dash
    tick = [[(10.0, 10.0), (30.0, 40.0), (70.0, 0.0)]]  # a check mark, 60 × 40
    assert strokes_problem(tick).code == "too_short"
    name = [[(10.0, 60.0), (40.0, 20.0), (70.0, 70.0), (100.0, 30.0), (140.0, 65.0)],
            [(150.0, 40.0), (200.0, 42.0)]]
    assert strokes_problem(name) is None
    assert png_problem(PNG) is None


def test_inspections_filled_with_an_earlier_checklist_version_still_open(
        tmp_path: Path, team: list[uuid.UUID], facility_id: uuid.UUID) -> None:
    """A database from before the ranges (checklists 1.0) opens with the current files
    (1.1): its inspections keep, show and score their version; new ones use 1.1."""
    from inspector.catalog import Catalog, content_hash
    from inspector.checklists.loader import LoadResult
    from inspector.checklists.schema import Checklist

    from .test_checklists import old_version

    root = tmp_path / "old"
    old = Catalog(LoadResult([Checklist.model_validate(old_version(c))
                              for c in ("staff", "fire-safety")], []))
    before = Workspace.open(root, catalog=old)
    fid = uuid.UUID(before.facilities.create(facility_input(), ACTOR))
    a = before.inspectors.create("王建国", "区卫生健康局", "WJ-001", ACTOR)
    b = before.inspectors.create("刘洋", "消防救援大队", "XF-002", ACTOR)
    iid = before.inspections.start(fid, "routine", INSPECTION_DAY, [uuid.UUID(a), uuid.UUID(b)],
                                   ACTOR,
                                   checklist_ids=["staff"])
    before.inspections.answer(iid, "staff", "ratio-older", -5, ACTOR)  # 1.0 had no range
    before.close()

    after = Workspace.open(root)
    detail = after.inspections.detail(iid)
    assert [(c.id, c.version) for c in detail.checklists] == [("staff", "1.0")]
    assert detail.answers[("staff", "ratio-older")].value == -5
    assert after.inspections.answer(iid, "staff", "ratio-older", 6, ACTOR).result == "pass"
    new = after.inspections.start(fid, "routine", INSPECTION_DAY, [uuid.UUID(a), uuid.UUID(b)],
                                   ACTOR,
                                  checklist_ids=["staff"])
    assert after.inspections.detail(new).checklists[0].version == "1.1"
    with pytest.raises(InvalidAnswer) as refused:
        after.inspections.answer(new, "staff", "ratio-older", -5, ACTOR)
    assert refused.value.code == "below_range"
    with after.db.read() as s:
        rows = {(r.checklist_id, r.version): r for r in s.scalars(sa.select(m.ChecklistVersion))}
    assert set(rows) == {("staff", "1.0"), ("staff", "1.1")}
    for row in rows.values():  # bundles check this hash: an old version still matches
        assert content_hash(Checklist.model_validate(row.content)) == row.sha256
    after.close()
