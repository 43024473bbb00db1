"""Rules the core enforces, whoever asks: team size, who signs, what a draft
follow-up may change, and limits the screens must take from the core."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from inspector.inspections import InspectionError, SignatureInput, TeamTooSmall
from inspector.policy import Policy
from inspector.rules import MIN_AMENDMENT_REASON, MIN_PASSPHRASE
from inspector.storage import models as m
from inspector.workspace import Workspace
from tests.conftest import ACTOR, INSPECTION_DAY, ROOT, signatures_for
from tests.signature_sample import signature_png
from tests.test_inspections import _answer_all


def _completed(ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID],
               kind: str = "routine") -> uuid.UUID:
    iid = ws.inspections.start(facility_id, kind, INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["fire-safety"])
    _answer_all(ws, iid)
    ws.inspections.complete(iid, ACTOR)
    return iid


def test_an_official_inspection_needs_two_inspectors(
        ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID]) -> None:
    for kind in ("routine", "special", "complaint", "joint"):
        with pytest.raises(TeamTooSmall, match="at least 2 inspectors"):
            ws.inspections.start(facility_id, kind, INSPECTION_DAY, team[:1], ACTOR)
    assert ws.inspections.count() == 0
    # the office allows one inspector for complaint visits, and only for them
    ws.policy.set("single_inspector_kinds", "complaint", ACTOR)
    alone = ws.inspections.start(facility_id, "complaint", INSPECTION_DAY, team[:1], ACTOR,
                                 checklist_ids=["fire-safety"])
    with pytest.raises(TeamTooSmall):
        ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team[:1], ACTOR)
    _answer_all(ws, alone)
    ws.inspections.complete(alone, ACTOR)
    ws.inspections.sign(alone, signatures_for(team[:1]), ACTOR)
    assert ws.inspections.detail(alone).locked
    # taking the permission back: what was allowed stays signed, nothing new starts
    ws.policy.set("single_inspector_kinds", [], ACTOR)
    with pytest.raises(TeamTooSmall):
        ws.inspections.start(facility_id, "complaint", INSPECTION_DAY, team[:1], ACTOR)


def test_the_completion_rules_are_one_function(
        ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID]) -> None:
    """What an importer asks about an inspection that claims to be complete."""
    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["fire-safety"])
    with ws.db.read() as s:
        refusal = ws.inspections.completion_refusal(s, s.get(m.Inspection, iid))
    assert refusal and "need an answer or evidence" in refusal
    _answer_all(ws, iid)
    with ws.db.write(ACTOR) as s:
        inspection = s.get(m.Inspection, iid)
        assert ws.inspections.completion_refusal(s, inspection) is None
        # a team cut to one (as a forged bundle might carry it)
        member = s.query(m.InspectionMember).filter_by(inspection_id=iid, role="member").one()
        s.delete(member)
        s.flush()
        assert "at least 2 inspectors" in (ws.inspections.completion_refusal(s, inspection)
                                           or "")
        s.rollback()


def test_every_inspector_of_the_team_signs(
        ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID]) -> None:
    iid = _completed(ws, facility_id, team)
    rep = SignatureInput("周婷", "facility_representative", signature_png())
    lead = SignatureInput("王建国", "inspector", signature_png(), team[0])
    with pytest.raises(InspectionError, match="still to sign: 刘洋"):
        ws.inspections.sign(iid, [lead, rep], ACTOR)
    with pytest.raises(InspectionError, match="signs twice"):
        ws.inspections.sign(iid, [lead, lead, rep], ACTOR)
    outsider = ws.inspectors.create("陈静", "市场监管所", "SJ-003", ACTOR)
    with pytest.raises(InspectionError, match="not on the team"):
        ws.inspections.sign(iid, [*signatures_for(team),
                                  SignatureInput("陈静", "inspector", signature_png(),
                                                 uuid.UUID(outsider))], ACTOR)
    with pytest.raises(InspectionError, match="not on the team"):
        ws.inspections.sign(iid, [SignatureInput("某人", "inspector", signature_png()),
                                  *signatures_for(team)], ACTOR)
    assert ws.inspections.detail(iid).status == "completed"
    ws.inspections.sign(iid, signatures_for(team), ACTOR)
    assert ws.inspections.detail(iid).locked


def test_a_draft_followup_leaves_the_signed_original_alone(
        ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID]) -> None:
    svc = ws.inspections
    original = svc.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                         checklist_ids=["fire-safety"])
    first = next(i for i in ws.catalog.current["fire-safety"].items
                 if i.response.type == "pass_fail" and not i.photo_on_fail)
    _answer_all(ws, original, fail={first.id})
    svc.set_note(original, "fire-safety", first.id, "现场发现问题", ACTOR)
    svc.complete(original, ACTOR)
    svc.sign(original, signatures_for(team), ACTOR)
    before = svc.findings(original)
    follow = svc.start_followup(original, INSPECTION_DAY + timedelta(days=10), team, ACTOR)
    for f in svc.followup_findings(follow):
        svc.check_finding(follow, uuid.UUID(f.id), "rectified", "已整改", ACTOR)
    assert svc.findings(original) == before  # nothing decided yet
    svc.complete(follow, ACTOR)
    assert {f.status for f in svc.findings(original)} == {"rectified"}
    # amending the signed follow-up puts its decisions on hold until it is signed again
    svc.sign(follow, signatures_for(team), ACTOR)
    svc.amend(follow, "复查结论录入有误", ACTOR)
    assert {f.status for f in svc.findings(original)} == {"open"}
    svc.complete(follow, ACTOR)
    assert {f.status for f in svc.findings(original)} == {"rectified"}


def test_amendment_reason_and_key_passphrase_have_one_minimum(
        ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID], tmp_path: Path) -> None:
    from inspector.pki import KeyStore, PassphraseError

    iid = _completed(ws, facility_id, team)
    ws.inspections.sign(iid, signatures_for(team), ACTOR)
    with pytest.raises(InspectionError, match=f"at least {MIN_AMENDMENT_REASON}"):
        ws.inspections.amend(iid, "x" * (MIN_AMENDMENT_REASON - 1), ACTOR)
    ws.inspections.amend(iid, "x" * MIN_AMENDMENT_REASON, ACTOR)
    store = KeyStore(tmp_path / "keys")
    with pytest.raises(PassphraseError, match=f"at least {MIN_PASSPHRASE}"):
        store.create_self_signed("王建国", "WJ-001", "卫健局", "x" * (MIN_PASSPHRASE - 1))
    store.create_self_signed("王建国", "WJ-001", "卫健局", "x" * MIN_PASSPHRASE)


def test_the_policy_setting_is_checked() -> None:
    assert Policy.from_dict({"single_inspector_kinds": "complaint, special"}
                            ).single_inspector_kinds == ("special", "complaint")
    assert Policy().min_team_size("routine") == 2
    with pytest.raises(ValueError, match="unknown inspection kind"):
        Policy.from_dict({"single_inspector_kinds": ["lunch"]})


def test_the_screens_do_not_retype_the_core_limits() -> None:
    """A limit the UI also checks is imported from the core (inspector/rules.py)."""
    copies = []
    for path in sorted((ROOT / "inspector" / "ui").rglob("*.py")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if re.match(r"\s*[A-Z_]*(REASON|PASSPHRASE|TEAM|INK|STROKE)[A-Z_]*\s*=\s*\d",
                        line):
                copies.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not copies, copies
