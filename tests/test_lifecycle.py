"""After signing: amendments, follow-ups (复查) and the paged inspection list, on a real
database file."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from inspector.inspection_records import InspectionFilter
from inspector.inspections import InspectionError, InspectionLocked, SignatureInput
from inspector.storage import models as m
from inspector.workspace import Workspace
from tests.conftest import signatures_for

from .conftest import ACTOR, INSPECTION_DAY, facility_input
from .signature_sample import signature_png
from .test_inspections import _answer_all, _jpeg

PNG = signature_png()


def _signatures(team: list[uuid.UUID]) -> list[SignatureInput]:
    """Every inspector of the team signs, and the facility's representative."""
    return signatures_for(team)


def _failing_first_items(ws: Workspace) -> set[str]:
    fire = ws.catalog.current["fire-safety"]
    return {i.id for i in fire.items if i.response.type == "pass_fail"
            and not i.photo_on_fail and i.severity != "critical"}


@pytest.fixture
def signed(ws: Workspace, team: list[uuid.UUID], facility_id: uuid.UUID) -> uuid.UUID:
    """A signed inspection with two open findings."""
    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["fire-safety"])
    _answer_all(ws, iid, fail=set(sorted(_failing_first_items(ws))[:2]))
    ws.inspections.complete(iid, ACTOR)
    ws.inspections.sign(iid, _signatures(team), ACTOR)
    return iid


def test_detail_carries_everything_the_screens_show(ws: Workspace, signed: uuid.UUID) -> None:
    d = ws.inspections.detail(signed)
    assert d.locked and d.status == "signed" and d.signed_at is not None
    assert [m_.role for m_ in d.team] == ["lead", "member"]
    assert [c.id for c in d.checklists] == ["fire-safety"]
    assert len(d.findings) == 2 and all(f.status == "open" for f in d.findings)
    assert all(f.prompt["zh"] and f.prompt["en"] for f in d.findings)
    assert {s.signer_role for s in d.signatures} == {"inspector", "facility_representative"}
    assert d.card.failed == 2 and d.card == ws.inspections.score_card(signed)
    answered = [a for a in d.answers.values() if a.result is not None]
    assert len(answered) == d.card.answered


def test_amendment_needs_a_reason_keeps_history_and_needs_signing_again(
        ws: Workspace, signed: uuid.UUID, team: list[uuid.UUID]) -> None:
    with pytest.raises(InspectionError, match="reason"):
        ws.inspections.amend(signed, "  ", ACTOR)
    assert ws.inspections.detail(signed).status == "signed"
    ws.inspections.amend(signed, "检查日期录入错误", ACTOR)
    d = ws.inspections.detail(signed)
    assert d.status == "draft" and not d.locked
    assert [a.reason for a in d.amendments] == ["检查日期录入错误"]
    assert d.amendments[0].closed_at is None
    assert all(s.superseded for s in d.signatures)
    with ws.db.read() as s:
        reasons = set(s.scalars(sa.select(m.AuditEntry.reason).where(
            m.AuditEntry.inspection_id == signed)))
    assert "amendment: 检查日期录入错误" in reasons
    with pytest.raises(InspectionError, match="signed"):
        ws.inspections.amend(signed, "again", ACTOR)  # not signed now: edit directly
    ws.inspections.complete(signed, ACTOR)
    ws.inspections.sign(signed, _signatures(team), ACTOR)
    d = ws.inspections.detail(signed)
    assert d.locked and d.amendments[0].closed_at is not None
    assert [s.superseded for s in d.signatures].count(False) == len(team) + 1


def test_changing_a_completed_inspection_makes_it_a_draft_again(
        ws: Workspace, team: list[uuid.UUID], facility_id: uuid.UUID) -> None:
    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["fire-safety"])
    _answer_all(ws, iid)
    ws.inspections.complete(iid, ACTOR)
    item = ws.catalog.current["fire-safety"].items[0]
    ws.inspections.set_not_applicable(iid, "fire-safety", item.id, True, ACTOR,
                                      reason="首层，未设楼层")
    assert ws.inspections.detail(iid).status == "draft"


def test_followup_checks_open_findings_and_the_originals_follow(
        ws: Workspace, signed: uuid.UUID, team: list[uuid.UUID]) -> None:
    svc = ws.inspections
    with pytest.raises(InspectionError, match="before"):
        svc.start_followup(signed, INSPECTION_DAY - timedelta(days=1), team, ACTOR)
    fid = svc.start_followup(signed, INSPECTION_DAY + timedelta(days=20), team, ACTOR)
    d = svc.detail(fid)
    assert d.kind == "followup" and d.followup_of_id == str(signed) and d.checklists == ()
    checks = svc.followup_findings(fid)
    assert len(checks) == 2 and all(c.check_status is None for c in checks)
    with pytest.raises(InspectionError, match="need"):
        svc.complete(fid, ACTOR)  # nothing checked yet
    first, second = checks
    svc.check_finding(fid, uuid.UUID(first.id), "rectified", "已更换灭火器", ACTOR)
    photo = svc.add_finding_photo(fid, uuid.UUID(first.id), _jpeg(800, 600), ACTOR, "fix.jpg")
    svc.check_finding(fid, uuid.UUID(second.id), "not_rectified", None, ACTOR)
    # a draft follow-up decides nothing: the signed original's findings stay open
    before = {f.id: (f.status, f.status_note, f.checked_in_id) for f in svc.findings(signed)}
    assert before == {first.id: ("open", None, None), second.id: ("open", None, None)}
    now = {c.id: c for c in svc.followup_findings(fid)}
    assert (now[first.id].check_status, now[second.id].check_status) == (
        "rectified", "not_rectified")
    assert [p.id for p in now[first.id].photos] == [str(photo)]
    assert now[first.id].photos[0].path.exists()
    # withdrawing a check leaves the check undecided
    svc.check_finding(fid, uuid.UUID(second.id), "open", None, ACTOR)
    assert {c.id: c.check_status for c in svc.followup_findings(fid)}[second.id] is None
    with pytest.raises(InspectionError, match="need"):
        svc.complete(fid, ACTOR)
    svc.check_finding(fid, uuid.UUID(second.id), "not_rectified", "未整改", ACTOR)
    svc.complete(fid, ACTOR)
    # completed: the originals follow what it found
    originals = {f.id: f for f in svc.findings(signed)}
    assert originals[first.id].status == "rectified"
    assert originals[first.id].status_note == "已更换灭火器"
    assert originals[first.id].checked_in_id == str(fid)
    assert originals[second.id].status == "not_rectified"
    # a completed follow-up changed again is a draft again, and decides nothing until
    # it is completed again
    svc.check_finding(fid, uuid.UUID(first.id), "not_rectified", "复查时仍未更换", ACTOR)
    assert svc.detail(fid).status == "draft"
    assert {f.id: f.status for f in svc.findings(signed)} == {first.id: "open",
                                                             second.id: "open"}
    svc.check_finding(fid, uuid.UUID(first.id), "rectified", "已更换灭火器", ACTOR)
    svc.complete(fid, ACTOR)
    assert {f.id: f.status for f in svc.findings(signed)} == {first.id: "rectified",
                                                             second.id: "not_rectified"}
    svc.sign(fid, _signatures(team), ACTOR)
    with pytest.raises(InspectionLocked):
        svc.check_finding(fid, uuid.UUID(second.id), "rectified", None, ACTOR)
    # the one not rectified is followed up again; the rectified one is not
    again = svc.start_followup(signed, INSPECTION_DAY + timedelta(days=40), team, ACTOR)
    assert [c.id for c in svc.followup_findings(again)] == [second.id]
    # history of the first follow-up is kept
    assert {c.check_status for c in svc.followup_findings(fid)} == {"rectified",
                                                                    "not_rectified"}


def test_followup_refused_without_open_findings(
        ws: Workspace, team: list[uuid.UUID], facility_id: uuid.UUID) -> None:
    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["fire-safety"])
    with pytest.raises(InspectionError, match="complete"):
        ws.inspections.start_followup(iid, INSPECTION_DAY, team, ACTOR)
    _answer_all(ws, iid)
    ws.inspections.complete(iid, ACTOR)
    with pytest.raises(InspectionError, match="no open findings"):
        ws.inspections.start_followup(iid, INSPECTION_DAY, team, ACTOR)


def test_position_is_kept_without_flooding_the_audit_log(
        ws: Workspace, team: list[uuid.UUID], facility_id: uuid.UUID) -> None:
    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["fire-safety"])
    items = ws.catalog.current["fire-safety"].items
    with ws.db.read() as s:
        before = s.scalar(sa.select(sa.func.count()).select_from(m.AuditEntry))
    for item in items[:5]:
        ws.inspections.set_position(iid, "fire-safety", item.id, ACTOR)
    with ws.db.read() as s:
        after = s.scalar(sa.select(sa.func.count()).select_from(m.AuditEntry))
    assert after == before
    assert ws.inspections.detail(iid).position == {"checklist": "fire-safety",
                                                   "item": items[4].id}
    with pytest.raises(InspectionError):
        ws.inspections.set_position(iid, "fire-safety", "no-such-item", ACTOR)


def test_query_pages_filters_and_sorts_like_the_full_list(
        ws: Workspace, team: list[uuid.UUID]) -> None:
    from inspector.credit_code import make_credit_code
    from inspector.pinyin import sort_key

    svc = ws.inspections
    facilities = []
    for n, (name, township) in enumerate([("阳光托育", "澄江街道"), ("小星星托育", "南闸街道"),
                                          ("100%_特殊", "澄江街道")]):
        code = make_credit_code(f"9132028100000000{n}")
        facilities.append(uuid.UUID(ws.facilities.create(
            facility_input(name=name, credit_code=code, township=township), ACTOR)))
    for day in range(12):
        svc.start(facilities[day % 3], ["routine", "special"][day % 2],
                  date(2026, 1, 1) + timedelta(days=day), team, ACTOR,
                  checklist_ids=["fire-safety"])
    everything = svc.query(limit=100)
    assert svc.count() == 12 == len(everything)
    assert [s.date for s in everything] == sorted((s.date for s in everything), reverse=True)
    pages = [s.id for off in range(0, 12, 5) for s in svc.query(offset=off, limit=5)]
    assert pages == [s.id for s in everything]
    by_name = svc.query(order_by="facility", descending=False, limit=100)
    assert [s.facility for s in by_name] == sorted((s.facility for s in by_name),
                                                   key=sort_key)  # pinyin order
    f = InspectionFilter(township="澄江街道", kind="routine")
    assert svc.count(f) == len(svc.query(f)) == sum(
        1 for s in everything if s.township == "澄江街道" and s.kind == "routine")
    assert svc.count(InspectionFilter(text="星星")) == 4
    # % and _ are matched literally, not as wildcards
    assert svc.count(InspectionFilter(text="100%_")) == 4
    assert svc.count(InspectionFilter(text="阳_")) == 0  # would match 阳光 as a wildcard
    assert svc.count(InspectionFilter(text="1%")) == 0  # would match 100% as a wildcard
    assert svc.count(InspectionFilter(since=date(2026, 1, 5), until=date(2026, 1, 6))) == 2
    with pytest.raises(InspectionError):
        svc.query(order_by="nonsense")
    assert ws.facilities.townships() == ["澄江街道", "南闸街道"]  # chéng < nán


def test_inspector_profiles_can_be_edited_and_deactivated(ws: Workspace) -> None:
    from inspector.inspectors import ProfileError

    a = uuid.UUID(ws.inspectors.create("王建国", "卫健局", "WJ-001", ACTOR))
    ws.inspectors.create("刘洋", "消防", "XF-002", ACTOR)
    with pytest.raises(ProfileError, match="already"):
        ws.inspectors.update(a, "王建国", "卫健局", "XF-002", ACTOR)
    ws.inspectors.update(a, "王建国", "区卫生健康局", "WJ-009", ACTOR)
    assert ws.inspectors.get(a).badge_number == "WJ-009"
    ws.inspectors.set_active(a, False, ACTOR)
    assert [p.name for p in ws.inspectors.list()] == ["刘洋"]
    assert len(ws.inspectors.list(include_inactive=True)) == 2


def test_history_lists_every_change_with_who_what_and_why(
        ws: Workspace, signed: uuid.UUID) -> None:
    from inspector.storage.database import Actor

    fire = ws.catalog.current["fire-safety"]
    item = next(i for i in fire.items if i.response.type == "pass_fail")
    ws.inspections.amend(signed, "答案录入错误", Actor("王建国 (WJ-001)"))
    ws.inspections.answer(signed, "fire-safety", item.id, "fail", Actor("王建国 (WJ-001)"))
    history = ws.inspections.history(signed)
    assert [h.at for h in history] == sorted((h.at for h in history), reverse=True)
    latest_answer = next(h for h in history if h.entity == "answer")
    assert (latest_answer.checklist_id, latest_answer.item_id) == ("fire-safety", item.id)
    assert latest_answer.actor == "王建国 (WJ-001)" and latest_answer.action == "update"
    assert latest_answer.changes["value"][1] == "fail"
    amendment = next(h for h in history if h.entity == "amendment")
    assert amendment.reason == "amendment: 答案录入错误"
    status = next(h for h in history if h.entity == "inspection"
                  and h.changes.get("status") == ["signed", "draft"])
    assert status.reason == "amendment: 答案录入错误"
    # rows of a repeat group name their item too
    assert all(h.item_id for h in history if h.entity in ("answer", "answer_row"))


def test_only_a_draft_can_be_deleted_and_a_followup_draft_gives_findings_back(
        ws: Workspace, signed: uuid.UUID, team: list[uuid.UUID]) -> None:
    svc = ws.inspections
    with pytest.raises(InspectionError, match="only a draft"):
        svc.delete_draft(signed, ACTOR)
    fid = svc.start_followup(signed, INSPECTION_DAY + timedelta(days=10), team, ACTOR)
    first = svc.followup_findings(fid)[0]
    svc.check_finding(fid, uuid.UUID(first.id), "rectified", "已整改", ACTOR)
    svc.add_finding_photo(fid, uuid.UUID(first.id), _jpeg(640, 480), ACTOR)
    assert {f.id: f.status for f in svc.findings(signed)}[first.id] == "open"  # a draft
    svc.delete_draft(fid, ACTOR)
    assert svc.count() == 1
    restored = {f.id: f for f in svc.findings(signed)}[first.id]
    assert (restored.status, restored.checked_in_id) == ("open", None)
    with ws.db.read() as s:  # nothing of the draft is left behind
        for table in (m.FindingCheck, m.Photo, m.InspectionMember):
            column = getattr(table, "followup_id", None) or table.inspection_id
            assert s.scalar(sa.select(sa.func.count()).select_from(table).where(
                column == fid)) == 0
        deleted = s.scalars(sa.select(m.AuditEntry).where(
            m.AuditEntry.entity == "inspection", m.AuditEntry.entity_id == fid,
            m.AuditEntry.action == "delete")).one()
        assert deleted.reason == "draft deleted"
    # amended (signed once) inspections stay
    svc.amend(signed, "答案录入错误", ACTOR)
    with pytest.raises(InspectionError, match="amended"):
        svc.delete_draft(signed, ACTOR)
