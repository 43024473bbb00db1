"""Synced records as plain JSON: what a bundle carries and what a revision hashes.

Three kinds of record travel between laptops, each under its UUID forever:

- ``facility`` and ``inspector``: one table row each;
- ``inspection``: the inspection with everything that belongs to it (team, answers
  with their repeat rows, photos, findings, handwritten signatures, amendments and
  the checks a follow-up made), as one aggregate, because an inspection is edited,
  signed and locked as a whole.

``dump_*`` reads a record from the database; ``content_of`` is the part a revision
hashes. Some fields are this database's own business and stay out of the hash:
``updated_at`` stamps, the resume position, the score and verdict (recomputed here
from the answers with the local thresholds), the report number (numbered per
database) and the state of findings that follow-ups decide (derived here from the
follow-up checks). They travel under ``local`` and are used only where harmless.

The pydantic models below are the schema every incoming record must meet; a bundle
with a record that breaks it is refused before anything is written.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy.orm import Session

from inspector.storage import models as m

ENTITIES = ("facility", "inspector", "inspection")

Text = Annotated[str, StringConstraints(max_length=20_000)]
Short = Annotated[str, StringConstraints(max_length=500)]
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
MAX_CHILDREN = 20_000


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("a time without a time zone")
    return value.astimezone(UTC)


Instant = Annotated[datetime, AfterValidator(_utc)]  # aware, kept in UTC


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- the schema of incoming records ---------------------------------------------------

class FacilityRecord(_Strict):
    id: uuid.UUID
    name: Short
    credit_code: Annotated[str, StringConstraints(pattern=r"^[0-9A-Z]{18}$")]
    address: Short
    district: Short
    township: Short
    registration_kind: Short
    facility_type: Short
    service_modes: list[Short] = Field(max_length=20)
    capacity: int = Field(ge=0, le=100_000)
    takes_under_2: bool
    serves_meals: bool
    filing_status: Literal["filed", "pending", "not_filed"]
    filing_number: Short | None
    representative: Short
    contact_name: Short | None
    contact_phone: Short
    created_at: Instant


class InspectorRecord(_Strict):
    id: uuid.UUID
    name: Short
    department: Short
    badge_number: Short
    active: bool
    created_at: Instant


class MemberRecord(_Strict):
    id: uuid.UUID
    inspector_id: uuid.UUID
    role: Literal["lead", "member"]
    position: int = Field(ge=0, le=1000)
    created_at: Instant


class RowRecord(_Strict):
    id: uuid.UUID
    position: int = Field(ge=0, le=MAX_CHILDREN)
    cells: dict[Short, Any]
    note: Text | None
    created_at: Instant


class AnswerRecord(_Strict):
    id: uuid.UUID
    checklist_id: Short
    item_id: Short
    value: Any
    not_applicable: bool
    result: Literal["pass", "fail", "na"] | None
    reason: dict[Short, Text] | None
    note: Text | None
    answered_by_id: uuid.UUID | None
    answered_at: Instant
    rows: list[RowRecord] = Field(max_length=MAX_CHILDREN)


class PhotoRecord(_Strict):
    id: uuid.UUID
    answer_id: uuid.UUID | None
    finding_id: uuid.UUID | None
    sha256: Hex64
    width: int = Field(gt=0, le=100_000)
    height: int = Field(gt=0, le=100_000)
    byte_size: int = Field(gt=0)
    caption: Short | None
    original_name: Short | None
    taken_at: Instant | None
    created_at: Instant


class FindingRecord(_Strict):
    id: uuid.UUID
    answer_id: uuid.UUID | None
    checklist_id: Short
    item_id: Short
    severity: Literal["critical", "major", "minor"]
    description: Text
    required_action: Text
    deadline: date
    withdrawn: bool
    created_at: Instant


class SignatureRecord(_Strict):
    id: uuid.UUID
    inspector_id: uuid.UUID | None
    signer_name: Short
    signer_role: Literal["inspector", "facility_representative"]
    signer_title: Short | None
    image_png: Annotated[str, StringConstraints(max_length=4_000_000)]  # base64
    signed_at: Instant
    superseded_at: Instant | None


class AmendmentRecord(_Strict):
    id: uuid.UUID
    reason: Text
    actor: Short
    actor_id: uuid.UUID | None
    opened_at: Instant
    closed_at: Instant | None


class FindingCheckRecord(_Strict):
    id: uuid.UUID
    finding_id: uuid.UUID
    status_before: Literal["open", "not_rectified", "rectified"]
    status: Literal["rectified", "not_rectified"] | None
    note: Text | None
    checked_at: Instant | None
    created_at: Instant


class InspectionRecord(_Strict):
    id: uuid.UUID
    facility_id: uuid.UUID
    kind: Literal["routine", "special", "complaint", "followup", "joint"]
    inspection_date: date
    status: Literal["draft", "completed", "signed"]
    checklist_versions: dict[Short, Short]
    followup_of_id: uuid.UUID | None
    note: Text | None
    completed_at: Instant | None
    signed_at: Instant | None
    created_at: Instant
    members: list[MemberRecord] = Field(max_length=100)
    answers: list[AnswerRecord] = Field(max_length=MAX_CHILDREN)
    photos: list[PhotoRecord] = Field(max_length=MAX_CHILDREN)
    findings: list[FindingRecord] = Field(max_length=MAX_CHILDREN)
    signatures: list[SignatureRecord] = Field(max_length=1000)
    amendments: list[AmendmentRecord] = Field(max_length=1000)
    finding_checks: list[FindingCheckRecord] = Field(max_length=MAX_CHILDREN)


class FindingState(_Strict):
    status: Literal["open", "rectified", "not_rectified", "withdrawn"]
    status_note: Text | None
    checked_in_id: uuid.UUID | None


class InspectionLocal(_Strict):
    report_number: Short | None = None
    findings: dict[str, FindingState] = Field(default_factory=dict)


class AuditRecord(_Strict):
    id: uuid.UUID
    at: Instant
    actor: Short
    actor_id: uuid.UUID | None
    entity: Short
    entity_id: uuid.UUID
    inspection_id: uuid.UUID | None
    action: Literal["insert", "update", "delete"]
    changes: dict[str, Any]
    reason: Text | None


class RevisionRecord(_Strict):
    rev: Hex64
    parents: list[Hex64] = Field(max_length=16)
    content_sha256: Hex64


RECORD_MODELS: dict[str, type[_Strict]] = {
    "facility": FacilityRecord, "inspector": InspectorRecord, "inspection": InspectionRecord,
}


class Envelope(_Strict):
    """One record in a bundle: its content, its revision and the history behind it."""

    entity: Literal["facility", "inspector", "inspection"]
    id: uuid.UUID
    rev: Hex64
    parents: list[Hex64] = Field(max_length=16)
    content_sha256: Hex64
    history: list[RevisionRecord] = Field(max_length=100_000)
    record: dict[str, Any]
    local: dict[str, Any] = Field(default_factory=dict)
    audit: list[AuditRecord] = Field(default_factory=list, max_length=1_000_000)


class ChecklistVersionRecord(_Strict):
    checklist_id: Short
    version: Short
    sha256: Hex64
    content: dict[str, Any]


class CertificateRecord(_Strict):
    badge: Short | None
    name: Short | None
    fingerprint: Hex64
    pem: Annotated[str, StringConstraints(max_length=20_000)]


# --- reading records from the database ----------------------------------------------

def plain(value: Any) -> Any:
    """The JSON form of a column value (UUIDs and times as ISO strings)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def _row(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: plain(getattr(obj, f)) for f in fields}


FACILITY_FIELDS = tuple(FacilityRecord.model_fields)
INSPECTOR_FIELDS = tuple(InspectorRecord.model_fields)
_MEMBER = tuple(MemberRecord.model_fields)
_ANSWER = tuple(f for f in AnswerRecord.model_fields if f != "rows")
_ROW = tuple(RowRecord.model_fields)
_PHOTO = tuple(PhotoRecord.model_fields)
_FINDING = tuple(f for f in FindingRecord.model_fields if f != "withdrawn")
_SIGNATURE = tuple(SignatureRecord.model_fields)
_AMENDMENT = tuple(AmendmentRecord.model_fields)
_CHECK = tuple(FindingCheckRecord.model_fields)
INSPECTION_FIELDS = tuple(
    f for f in InspectionRecord.model_fields
    if f not in ("members", "answers", "photos", "findings", "signatures", "amendments",
                 "finding_checks"))


def _by_id(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: r["id"])


def dump_facility(row: m.Facility) -> dict[str, Any]:
    return _row(row, FACILITY_FIELDS)


def dump_inspector(row: m.InspectorProfile) -> dict[str, Any]:
    return _row(row, INSPECTOR_FIELDS)


def _children(s: Session, model: Any, column: Any, key: Any) -> list[Any]:
    return list(s.scalars(sa.select(model).where(column == key)))


def dump_inspection(s: Session, inspection: m.Inspection
                    ) -> tuple[dict[str, Any], dict[str, Any]]:
    """(record, local) of one inspection aggregate."""
    iid = inspection.id
    answers = _children(s, m.Answer, m.Answer.inspection_id, iid)
    rows: dict[uuid.UUID, list[dict[str, Any]]] = {}
    if answers:
        for r in s.scalars(sa.select(m.AnswerRow).join(
                m.Answer, m.Answer.id == m.AnswerRow.answer_id).where(
                m.Answer.inspection_id == iid)):
            rows.setdefault(r.answer_id, []).append(_row(r, _ROW))
    findings = _children(s, m.Finding, m.Finding.inspection_id, iid)
    record = _row(inspection, INSPECTION_FIELDS)
    record["members"] = _by_id([_row(x, _MEMBER) for x in _children(
        s, m.InspectionMember, m.InspectionMember.inspection_id, iid)])
    record["answers"] = _by_id([
        {**_row(a, _ANSWER), "rows": _by_id(rows.get(a.id, []))} for a in answers])
    record["photos"] = _by_id([_row(x, _PHOTO) for x in _children(
        s, m.Photo, m.Photo.inspection_id, iid)])
    record["findings"] = _by_id([
        {**_row(f, _FINDING), "withdrawn": f.status == "withdrawn"} for f in findings])
    record["signatures"] = _by_id([_row(x, _SIGNATURE) for x in _children(
        s, m.Signature, m.Signature.inspection_id, iid)])
    record["amendments"] = _by_id([_row(x, _AMENDMENT) for x in _children(
        s, m.Amendment, m.Amendment.inspection_id, iid)])
    record["finding_checks"] = _by_id([_row(x, _CHECK) for x in _children(
        s, m.FindingCheck, m.FindingCheck.followup_id, iid)])
    local = {
        "report_number": inspection.report_number,
        "findings": {str(f.id): {"status": f.status, "status_note": f.status_note,
                                 "checked_in_id": plain(f.checked_in_id)} for f in findings},
    }
    return record, local


def dump(s: Session, entity: str, entity_id: uuid.UUID
         ) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(record, local) of a record in this database, or None if it is not here."""
    if entity == "facility":
        f = s.get(m.Facility, entity_id)
        return (dump_facility(f), {}) if f else None
    if entity == "inspector":
        p = s.get(m.InspectorProfile, entity_id)
        return (dump_inspector(p), {}) if p else None
    i = s.get(m.Inspection, entity_id)
    return dump_inspection(s, i) if i else None


# --- hashing ----------------------------------------------------------------------

def canonical(data: Any) -> bytes:
    """The one byte form of a JSON value that every laptop computes alike."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def normalise(entity: str, record: dict[str, Any]) -> dict[str, Any]:
    """A record as its schema reads it back (so ISO times, UUIDs and child order are in
    one form, whichever laptop wrote it)."""
    model = RECORD_MODELS[entity].model_validate(record)
    data = model.model_dump(mode="json")
    if entity == "inspection":
        for key in ("members", "answers", "photos", "findings", "signatures", "amendments",
                    "finding_checks"):
            data[key] = _by_id(data[key])
        for answer in data["answers"]:
            answer["rows"] = _by_id(answer["rows"])
    return data


def content_sha256(entity: str, record: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(normalise(entity, record))).hexdigest()


def revision_id(content_hash: str, parents: list[str]) -> str:
    """A revision is named by its content and where it came from."""
    return hashlib.sha256(
        canonical({"content": content_hash, "parents": sorted(parents)})).hexdigest()


def label_of(entity: str, record: dict[str, Any], facility_names: dict[str, str]) -> str:
    """A short human name for a record, for summaries and the conflict list."""
    if entity == "facility":
        return f"{record.get('name', '')} ({record.get('credit_code', '')})"
    if entity == "inspector":
        return f"{record.get('name', '')} ({record.get('badge_number', '')})"
    name = facility_names.get(str(record.get("facility_id")), str(record.get("facility_id")))
    return f"{name} {record.get('inspection_date', '')}"
