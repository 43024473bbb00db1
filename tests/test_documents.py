"""Report numbers and the record of issued documents, on a real database."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from inspector.inspections import InspectionError
from inspector.workspace import Workspace

from .conftest import ACTOR, INSPECTION_DAY
from .test_inspections import _answer_all
from .test_lifecycle import _signatures


def _signed(ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID], days: int = 0
            ) -> uuid.UUID:
    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY + timedelta(days=days),
                               team, ACTOR, checklist_ids=["fire-safety"])
    _answer_all(ws, iid)
    ws.inspections.complete(iid, ACTOR)
    ws.inspections.sign(iid, _signatures(team), ACTOR)
    return iid


def test_every_document_has_its_own_number_given_once_and_only_when_signed(
        ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID]) -> None:
    draft = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                                 checklist_ids=["fire-safety"])
    with pytest.raises(InspectionError, match="signed"):
        ws.documents.number(draft, "report", ACTOR)
    first, second = _signed(ws, facility_id, team), _signed(ws, facility_id, team, 1)
    year = INSPECTION_DAY.year
    assert ws.documents.current_number(first, "report") is None
    assert ws.documents.number(first, "report", ACTOR) == f"JC-{year}-00001"
    assert ws.documents.number(second, "report", ACTOR) == f"JC-{year}-00002"
    assert ws.documents.number(first, "report", ACTOR) == f"JC-{year}-00001"  # kept
    # the notice is another document: its own number, its own sequence
    assert ws.documents.number(first, "notice", ACTOR) == f"ZG-{year}-00001"
    assert ws.documents.current_number(first, "report") == f"JC-{year}-00001"
    assert ws.inspections.detail(first).report_number == f"JC-{year}-00001"
    # a corrected (amended, re-signed) record is new documents under new numbers
    ws.inspections.amend(first, "检查日期录入错误", ACTOR)
    assert ws.documents.current_number(first, "report") is None
    ws.inspections.complete(first, ACTOR)
    ws.inspections.sign(first, _signatures(team), ACTOR)
    assert ws.documents.number(first, "report", ACTOR) == f"JC-{year}-00003"
    assert ws.inspections.detail(first).report_number == f"JC-{year}-00003"


def test_issued_files_are_recognised_by_their_bytes(
        ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID]) -> None:
    iid = _signed(ws, facility_id, team)
    with pytest.raises(InspectionError, match="not the number"):
        ws.documents.record(iid, "report", "zh", b"%PDF-1.7 a", "JC-2026-00009", None, ACTOR)
    number = ws.documents.number(iid, "report", ACTOR)
    issued = ws.documents.record(iid, "report", "zh", b"%PDF-1.7 a", number, "CN=王建国", ACTOR)
    assert issued.report_number == number and issued.byte_size == 10
    assert ws.documents.find(b"%PDF-1.7 a") == issued
    assert ws.documents.find(b"%PDF-1.7 b") is None
    assert [d.id for d in ws.documents.issued(iid)] == [issued.id]
    # the same bytes handed over twice (saved, then printed) are one record
    again = ws.documents.record(iid, "report", "zh", b"%PDF-1.7 a", number, "CN=王建国", ACTOR)
    assert again == issued and len(ws.documents.issued(iid)) == 1
    with pytest.raises(InspectionError):
        ws.documents.record(iid, "letter", "zh", b"x", number, None, ACTOR)
    with pytest.raises(InspectionError, match="not the number"):  # the report's, not a notice's
        ws.documents.record(iid, "notice", "zh", b"%PDF-1.7 n", number, None, ACTOR)


def test_a_corrected_record_supersedes_its_earlier_documents(
        ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID]) -> None:
    iid = _signed(ws, facility_id, team)
    old = ws.documents.record(iid, "report", "zh", b"%PDF old",
                              ws.documents.number(iid, "report", ACTOR), None, ACTOR)
    notice = ws.documents.record(iid, "notice", "zh", b"%PDF notice",
                                 ws.documents.number(iid, "notice", ACTOR), None, ACTOR)
    assert ws.documents.recognise(b"%PDF old").superseded is None
    ws.inspections.amend(iid, "答案录入错误，重新签署", ACTOR)
    pending = ws.documents.recognise(b"%PDF old").superseded
    assert pending is not None and pending.by is None and "重新签署" in pending.reason
    ws.inspections.complete(iid, ACTOR)
    ws.inspections.sign(iid, _signatures(team), ACTOR)
    new = ws.documents.record(iid, "report", "zh", b"%PDF new",
                              ws.documents.number(iid, "report", ACTOR), None, ACTOR)
    found = ws.documents.recognise(b"%PDF old")
    assert found.issued == old and found.superseded.by == new
    assert ws.documents.recognise(b"%PDF new").superseded is None
    # the notice is superseded too; no corrected notice has been issued yet
    assert ws.documents.recognise(b"%PDF notice").superseded.by is None
    assert notice.report_number != new.report_number
