"""Two laptops and an office exchanging real signed bundles through real data directories."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from inspector.inspections import SignatureInput
from inspector.storage import models as m
from inspector.sync.container import BundleRefused
from inspector.sync.service import ExportScope
from tests.conftest import signatures_for

from .signature_sample import signature_png
from .sync_kit import (
    DAY,
    Laptop,
    Office,
    files_digest,
    jpeg,
    laptop,
    pass_fail_items,
    reseal,
    rewrite,
    seed,
    snapshot,
)

PNG = signature_png()


@pytest.fixture(scope="module")
def office() -> Office:
    return Office.create(["WJ-001", "XF-002", "OF-100"])


@pytest.fixture
def pair(tmp_path: Path, office: Office) -> tuple[Laptop, Laptop, uuid.UUID, list[uuid.UUID]]:
    a = laptop(tmp_path, "a", office, "WJ-001")
    b = laptop(tmp_path, "b", office, "XF-002")
    fid, team = seed(a.ws, a.actor)
    yield a, b, fid, team
    a.ws.close()
    b.ws.close()


def _start(lap: Laptop, fid: uuid.UUID, team: list[uuid.UUID]) -> uuid.UUID:
    return lap.ws.inspections.start(fid, "routine", DAY, team, lap.actor,
                                    checklist_ids=["fire-safety"])


def _value(lap: Laptop, iid: uuid.UUID, item: str) -> Any:
    answer = lap.ws.inspections.detail(iid).answers.get(("fire-safety", item))
    return None if answer is None else answer.value


def test_new_then_identical_then_updated_both_ways(pair: Any) -> None:
    a, b, fid, team = pair
    iid = _start(a, fid, team)
    items = pass_fail_items(a.ws)
    a.ws.inspections.answer(iid, "fire-safety", items[0], "pass", a.actor)
    a.ws.inspections.add_photo(iid, "fire-safety", items[0], jpeg(), a.actor)

    first = a.export()
    summary = b.take(first)
    assert summary.counts()["new"] == 4  # facility, two inspectors, the inspection
    assert summary.photos_added == 1
    assert _value(b, iid, items[0]) == "pass"
    detail = b.ws.inspections.detail(iid)
    photo = next(iter(detail.answers[("fire-safety", items[0])].photos))
    assert b.ws.inspections.photos.read(photo.sha256) == a.ws.inspections.photos.read(
        photo.sha256)

    def audit_ids(lap: Laptop) -> set[uuid.UUID]:
        with lap.ws.db.read() as s:
            return set(s.scalars(sa.select(m.AuditEntry.id).where(
                m.AuditEntry.inspection_id == iid)))
    assert audit_ids(a) and audit_ids(a) <= audit_ids(b)  # the history travels too

    before = snapshot(b.ws)
    again = b.take(first)
    assert again.counts()["identical"] == 4 and not again.changed
    assert snapshot(b.ws) == before  # importing the same bundle again changes nothing

    b.ws.inspections.answer(iid, "fire-safety", items[1], "fail", b.actor)
    back = a.take(b.export())
    outcome = {o.id: o.outcome for o in back.outcomes}
    assert outcome[str(iid)] == "updated"
    assert _value(a, iid, items[1]) == "fail"
    assert a.ws.inspections.score_card(iid) == b.ws.inspections.score_card(iid)

    # The first bundle is now older than what A has: nothing changes.
    before = snapshot(a.ws)
    late = a.take(first)
    assert {o.outcome for o in late.outcomes if o.entity == "inspection"} == {"older"} or \
        {o.outcome for o in late.outcomes if o.entity == "inspection"} == {"identical"}
    assert snapshot(a.ws) == before


def test_same_facility_added_on_both_laptops_is_one_record(tmp_path: Path,
                                                            office: Office) -> None:
    a = laptop(tmp_path, "a", office, "WJ-001")
    b = laptop(tmp_path, "b", office, "XF-002")
    fid_a, _ = seed(a.ws, a.actor)
    fid_b, _ = seed(b.ws, b.actor)
    assert fid_a == fid_b  # the id derives from the credit code
    summary = b.take(a.export())
    assert summary.counts()["rejected"] == 0
    assert {o.outcome for o in summary.outcomes} <= {"identical", "conflict"}
    a.ws.close()
    b.ws.close()


def test_divergent_edits_become_a_conflict_resolved_per_answer(pair: Any) -> None:
    a, b, fid, team = pair
    iid = _start(a, fid, team)
    items = pass_fail_items(a.ws)
    a.ws.inspections.answer(iid, "fire-safety", items[0], "pass", a.actor)
    b.take(a.export())

    a.ws.inspections.answer(iid, "fire-safety", items[0], "fail", a.actor)
    a.ws.inspections.set_note(iid, "fire-safety", items[0], "灭火器过期", a.actor)
    a.ws.inspections.answer(iid, "fire-safety", items[2], "pass", a.actor)
    b.ws.inspections.answer(iid, "fire-safety", items[1], "fail", b.actor)
    b.ws.inspections.answer(iid, "fire-safety", items[2], "fail", b.actor)

    before = snapshot(b.ws)
    summary = b.take(a.export())
    [outcome] = [o for o in summary.outcomes if o.entity == "inspection"]
    assert outcome.outcome == "conflict"
    # Ours is untouched until someone decides; theirs is kept.
    assert _value(b, iid, items[0]) == "pass" and _value(b, iid, items[2]) == "fail"
    for table in ("answer", "inspection", "photo"):
        assert snapshot(b.ws)[table] == before[table]
    [conflict] = b.ws.sync.pending_conflicts()
    detail = b.ws.sync.conflict_detail(uuid.UUID(conflict.id))
    keys = {u.key for u in detail.units}
    assert {f"answer:fire-safety/{items[0]}", f"answer:fire-safety/{items[1]}",
            f"answer:fire-safety/{items[2]}"} <= keys
    unit = next(u for u in detail.units if u.key == f"answer:fire-safety/{items[0]}")
    assert "pass" in unit.mine and "fail" in unit.theirs and "灭火器过期" in unit.theirs

    # Importing the same bundle again keeps the one conflict.
    again = b.take(a.export())
    assert len(b.ws.sync.pending_conflicts()) == 1
    assert [o.outcome for o in again.outcomes if o.entity == "inspection"] == ["conflict"]

    choices = {k: "mine" for k in keys}
    choices[f"answer:fire-safety/{items[0]}"] = "theirs"
    b.ws.sync.resolve(uuid.UUID(conflict.id), choices, b.actor)
    assert b.ws.sync.pending_conflicts() == []
    assert _value(b, iid, items[0]) == "fail"  # theirs, with its note
    assert _value(b, iid, items[1]) == "fail"  # mine (only here)
    assert _value(b, iid, items[2]) == "fail"  # mine
    with b.ws.db.read() as s:
        logged = s.scalars(sa.select(m.AuditEntry).where(
            m.AuditEntry.entity == "sync_conflict")).all()
        assert len(logged) == 1 and logged[0].inspection_id == iid
        assert logged[0].changes["resolution"][1][f"answer:fire-safety/{items[0]}"] == "theirs"

    # The merge is later than both versions: A takes it as an update, and both agree.
    summary = a.take(b.export())
    assert [o.outcome for o in summary.outcomes if o.entity == "inspection"] == ["updated"]
    for item in items[:3]:
        assert _value(a, iid, item) == _value(b, iid, item)
    assert a.ws.inspections.detail(iid).answers[("fire-safety", items[0])].note == "灭火器过期"
    final = b.take(a.export())
    assert [o.outcome for o in final.outcomes if o.entity == "inspection"] == ["identical"]


def _sign(lap: Laptop, iid: uuid.UUID, team: list[uuid.UUID]) -> None:
    from tests.test_inspections import _answer_all

    _answer_all(lap.ws, iid)
    lap.ws.inspections.complete(iid, lap.actor)
    lap.ws.inspections.sign(iid, _signatures(team), lap.actor)


def _signatures(team: list[uuid.UUID]) -> list[SignatureInput]:
    """Every inspector of the team signs, and the facility's representative."""
    return signatures_for(team)


def test_signed_inspection_is_never_changed_by_an_import(pair: Any, office: Office,
                                                          tmp_path: Path) -> None:
    a, b, fid, team = pair
    iid = _start(a, fid, team)
    _sign(a, iid, team)
    bundle = a.export()
    assert b.take(bundle).counts()["new"] == 4
    assert b.ws.inspections.detail(iid).status == "signed"

    # A forger with a trusted key changes an answer and reseals the record.
    item = pass_fail_items(a.ws)[0]

    def change(name: str, data: Any) -> Any:
        if name == f"records/inspections/{iid}.json":
            for answer in data["record"]["answers"]:
                if answer["item_id"] == item:
                    answer["value"], answer["result"] = "fail", "fail"
            data["parents"] = [data["rev"]]
            reseal(data)
        return data

    forged = rewrite(bundle, tmp_path / "forged.zip", office.signers["OF-100"], change)
    before = snapshot(b.ws)
    summary = b.take(forged)
    [outcome] = [o for o in summary.outcomes if o.entity == "inspection"]
    assert outcome.outcome == "rejected" and "forgery" in outcome.reason
    assert snapshot(b.ws) == before
    assert _value(b, iid, item) == "pass"
    # The same content again is a no-op.
    assert [o.outcome for o in b.take(bundle).outcomes if o.entity == "inspection"] == \
        ["identical"]


def test_untrusted_signer_is_refused_unless_accepted(pair: Any, tmp_path: Path) -> None:
    from inspector.pki import KeyStore, load_p12
    from inspector.sync.container import BundleSigner

    a, b, fid, team = pair
    _start(a, fid, team)
    stranger_keys = KeyStore(tmp_path / "stranger")
    stranger_keys.create_self_signed("陌生人", "ZZ-999", "某单位", "pass-phrase-2026")
    key, cert, chain = load_p12((stranger_keys.root / "ZZ-999.p12").read_bytes(),
                                "pass-phrase-2026")
    bundle = rewrite(a.export(), tmp_path / "stranger.zip", BundleSigner(key, cert, chain),
                     lambda name, data: data)
    before, photos = snapshot(b.ws), files_digest(b.ws.paths.root)
    with pytest.raises(BundleRefused) as refused:
        b.take(bundle)
    assert refused.value.code == "untrusted_signer"
    assert refused.value.signer is not None and "ZZ-999" in refused.value.signer.subject
    assert snapshot(b.ws) == before and files_digest(b.ws.paths.root) == photos

    dry = b.take(bundle, dry_run=True, accept_signer=refused.value.signer.fingerprint)
    assert dry.dry_run and dry.counts()["new"] == 4
    assert snapshot(b.ws) == before  # a dry run writes nothing, trusts no one

    summary = b.take(bundle, accept_signer=refused.value.signer.fingerprint)
    assert summary.newly_trusted and summary.counts()["new"] == 4
    assert len(b.ws.sync.keys.trusted_certs()) == 2  # the office CA and the stranger
    b.take(bundle)  # now trusted without asking


def test_export_scopes_and_followup_travels_with_its_original(pair: Any) -> None:
    a, b, fid, team = pair
    first = _start(a, fid, team)
    items = pass_fail_items(a.ws)
    later = a.ws.inspections.start(fid, "special", DAY.replace(day=22), team, a.actor,
                                   checklist_ids=["fire-safety"])
    a.ws.inspections.answer(later, "fire-safety", items[0], "pass", a.actor)
    summary = b.take(a.export(ExportScope(since=DAY.replace(day=21))))
    ids = {o.id for o in summary.outcomes if o.entity == "inspection"}
    assert ids == {str(later)}
    summary = b.take(a.export(ExportScope(inspection_ids=(first,))))
    assert {o.id for o in summary.outcomes if o.entity == "inspection"} == {str(first)}

    # A follow-up needs its original's findings: exporting it alone brings both.
    from tests.test_inspections import _answer_all

    fail = items[1]
    _answer_all(a.ws, first, fail={fail})
    a.ws.inspections.complete(first, a.actor)
    a.ws.inspections.sign(first, _signatures(team), a.actor)
    follow = a.ws.inspections.start_followup(first, DAY.replace(day=25), team, a.actor)
    [finding] = a.ws.inspections.followup_findings(follow)
    a.ws.inspections.check_finding(follow, uuid.UUID(finding.id), "rectified", "已更换",
                                   a.actor)
    a.ws.inspections.complete(follow, a.actor)  # a draft follow-up decides nothing
    summary = b.take(a.export(ExportScope(inspection_ids=(follow,))))
    got = {o.id: o.outcome for o in summary.outcomes if o.entity == "inspection"}
    assert got[str(follow)] == "new" and got[str(first)] == "updated"
    [synced] = b.ws.inspections.findings(first)
    assert synced.status == "rectified"
    # The original's content (signed) is unchanged by the follow-up's check.
    assert [o.outcome for o in a.take(b.export()).outcomes
            if o.entity == "inspection"] == ["identical"] * 3


def test_dry_run_reports_without_writing(pair: Any) -> None:
    a, b, fid, team = pair
    _start(a, fid, team)
    bundle = a.export()
    before, files = snapshot(b.ws), files_digest(b.ws.paths.root)
    summary = b.take(bundle, dry_run=True)
    assert summary.dry_run and summary.counts()["new"] == 4
    assert snapshot(b.ws) == before and files_digest(b.ws.paths.root) == files


def test_an_edit_back_to_an_earlier_answer_is_still_a_later_version(pair: Any) -> None:
    a, b, fid, team = pair
    iid = _start(a, fid, team)
    item = pass_fail_items(a.ws)[0]
    a.ws.inspections.answer(iid, "fire-safety", item, "pass", a.actor)
    b.take(a.export())
    a.ws.inspections.answer(iid, "fire-safety", item, "fail", a.actor)
    b.take(a.export())
    assert _value(b, iid, item) == "fail"
    # B reverts to "pass" — the content A had two versions ago — and sends it back.
    b.ws.inspections.answer(iid, "fire-safety", item, "pass", b.actor)
    summary = a.take(b.export())
    assert [o.outcome for o in summary.outcomes if o.entity == "inspection"] == ["updated"]
    assert _value(a, iid, item) == "pass"


def test_a_deleted_draft_comes_back_only_if_changed_elsewhere(pair: Any) -> None:
    a, b, fid, team = pair
    iid = _start(a, fid, team)
    item = pass_fail_items(a.ws)[0]
    a.ws.inspections.answer(iid, "fire-safety", item, "pass", a.actor)
    b.take(a.export())
    a.ws.inspections.delete_draft(iid, a.actor)  # started by mistake
    summary = a.take(b.export())
    [outcome] = [o for o in summary.outcomes if o.entity == "inspection"]
    assert outcome.outcome == "older" and "deleted" in outcome.reason
    assert a.ws.inspections.count() == 0
    # B kept working on it: that work is not lost.
    b.ws.inspections.answer(iid, "fire-safety", item, "fail", b.actor)
    summary = a.take(b.export())
    assert [o.outcome for o in summary.outcomes if o.entity == "inspection"] == ["new"]
    assert _value(a, iid, item) == "fail"
