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


def test_numbers_are_given_once_in_sequence_and_only_when_signed(
        ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID]) -> None:
    draft = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                                 checklist_ids=["fire-safety"])
    with pytest.raises(InspectionError, match="signed"):
        ws.documents.report_number(draft, ACTOR)
    first, second = _signed(ws, facility_id, team), _signed(ws, facility_id, team, 1)
    year = INSPECTION_DAY.year
    assert ws.documents.report_number(first, ACTOR) == f"{year}-00001"
    assert ws.documents.report_number(second, ACTOR) == f"{year}-00002"
    assert ws.documents.report_number(first, ACTOR) == f"{year}-00001"  # kept


def test_issued_files_are_recognised_by_their_bytes(
        ws: Workspace, facility_id: uuid.UUID, team: list[uuid.UUID]) -> None:
    iid = _signed(ws, facility_id, team)
    with pytest.raises(InspectionError, match="report number"):
        ws.documents.record(iid, "report", "zh", b"%PDF-1.7 a", None, ACTOR)
    number = ws.documents.report_number(iid, ACTOR)
    issued = ws.documents.record(iid, "report", "zh", b"%PDF-1.7 a", "CN=王建国", ACTOR)
    assert issued.report_number == number and issued.byte_size == 10
    assert ws.documents.find(b"%PDF-1.7 a") == issued
    assert ws.documents.find(b"%PDF-1.7 b") is None
    assert [d.id for d in ws.documents.issued(iid)] == [issued.id]
    with pytest.raises(InspectionError):
        ws.documents.record(iid, "letter", "zh", b"x", None, ACTOR)
