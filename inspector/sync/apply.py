"""Writing a synced record into the database: make our copy equal to a given version.

The caller has checked the record against its schema and decided that it should be
taken (it is new, a later version, or the merge a person chose). Writing goes
through the ORM, so the audit log records every change with the importer as actor.
Children are matched by id: those the version no longer has are removed first (so
an answer to the same item under another id can take their place), then the rest
are inserted or updated. A referential problem (a team member, facility or finding
that is neither here nor in the bundle) raises ``ApplyRefused``; the caller runs each
record in a savepoint, so a refused record leaves no trace.
"""

from __future__ import annotations

import base64
import contextlib
import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from inspector.inspections import derive_finding_states
from inspector.storage import models as m
from inspector.sync import records as r


class ApplyRefused(Exception):
    """This record cannot be written here; the message says why."""


def _value(model: Any, field: str, value: Any) -> Any:
    """A JSON value as the column wants it (UUIDs, dates and times parsed)."""
    column = model.__table__.c[field]
    if value is None:
        return None
    if isinstance(column.type, sa.Uuid):
        return uuid.UUID(value)
    if isinstance(column.type, sa.LargeBinary):
        return base64.b64decode(value)
    python_type: Any = None
    with contextlib.suppress(NotImplementedError):
        python_type = column.type.python_type
    if field.endswith("_at") or python_type is datetime:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    if python_type is date:
        return date.fromisoformat(value)
    return value


def _set(row: Any, data: dict[str, Any], fields: tuple[str, ...]) -> None:
    model = type(row)
    for field in fields:
        value = _value(model, field, data[field])
        if getattr(row, field) != value:
            setattr(row, field, value)


def _upsert(s: Session, model: Any, data: dict[str, Any], fields: tuple[str, ...],
            known: dict[uuid.UUID, Any] | None = None, **extra: Any) -> Any:
    """Insert or update one row; ``known`` holds the rows that exist (saves a query each)."""
    key = uuid.UUID(data["id"])
    row = known.get(key) if known is not None else s.get(model, key)
    if row is None:
        row = model(**{f: _value(model, f, data[f]) for f in fields}, **extra)
        s.add(row)
    else:
        _set(row, data, fields)
        for key, value in extra.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    return row


def apply_facility(s: Session, record: dict[str, Any]) -> None:
    data = r.normalise("facility", record)
    other = s.scalar(sa.select(m.Facility.id).where(
        m.Facility.credit_code == data["credit_code"], m.Facility.id != uuid.UUID(data["id"])))
    if other is not None:
        raise ApplyRefused(f"credit code {data['credit_code']} belongs to another facility "
                           f"record here ({other}); the two cannot be merged automatically")
    _upsert(s, m.Facility, data, r.FACILITY_FIELDS)
    s.flush()


def apply_inspector(s: Session, record: dict[str, Any]) -> None:
    data = r.normalise("inspector", record)
    other = s.scalar(sa.select(m.InspectorProfile.id).where(
        m.InspectorProfile.badge_number == data["badge_number"],
        m.InspectorProfile.id != uuid.UUID(data["id"])))
    if other is not None:
        raise ApplyRefused(f"badge number {data['badge_number']} belongs to another "
                           f"inspector profile here ({other})")
    _upsert(s, m.InspectorProfile, data, r.INSPECTOR_FIELDS)
    s.flush()


def _need(s: Session, model: Any, key: str | None, what: str) -> None:
    if key is not None and s.get(model, uuid.UUID(key)) is None:
        raise ApplyRefused(f"it refers to {what} {key}, which is neither here nor in the "
                           "bundle; export it together with what it refers to")


def _check_references(s: Session, data: dict[str, Any]) -> None:
    _need(s, m.Facility, data["facility_id"], "facility")
    _need(s, m.Inspection, data["followup_of_id"], "the original inspection")
    inspectors = {x["inspector_id"] for x in data["members"]}
    inspectors |= {a["answered_by_id"] for a in data["answers"] if a["answered_by_id"]}
    inspectors |= {x["inspector_id"] for x in data["signatures"] if x["inspector_id"]}
    for key in sorted(inspectors):
        _need(s, m.InspectorProfile, key, "inspector")
    own_answers = {a["id"] for a in data["answers"]}
    own_findings = {f["id"] for f in data["findings"]}
    for f in data["findings"]:
        if f["answer_id"] is not None and f["answer_id"] not in own_answers:
            raise ApplyRefused(f"finding {f['id']} refers to an answer of another inspection")
    for p in data["photos"]:
        if p["answer_id"] is not None and p["answer_id"] not in own_answers:
            raise ApplyRefused(f"photo {p['id']} refers to an answer of another inspection")
        if p["finding_id"] is not None and p["finding_id"] not in own_findings:
            _need(s, m.Finding, p["finding_id"], "finding")
    for c in data["finding_checks"]:
        finding = s.get(m.Finding, uuid.UUID(c["finding_id"]))
        if finding is None or str(finding.inspection_id) != data["followup_of_id"]:
            raise ApplyRefused(f"its follow-up check {c['id']} refers to a finding that is "
                               "not one of the original inspection's")
    for cid, version in data["checklist_versions"].items():
        if s.get(m.ChecklistVersion, (cid, version)) is None:
            raise ApplyRefused(f"checklist {cid} version {version} is neither here nor in "
                               "the bundle")


def _remove_missing(s: Session, model: Any, column: Any, key: uuid.UUID,
                    keep: set[str]) -> None:
    for row in s.scalars(sa.select(model).where(column == key)):
        if str(row.id) not in keep:
            if model is m.Finding and s.scalar(sa.select(m.FindingCheck.id).where(
                    m.FindingCheck.finding_id == row.id).limit(1)) is not None:
                raise ApplyRefused(f"it drops finding {row.id}, which a follow-up has checked")
            s.delete(row)


def apply_inspection(s: Session, record: dict[str, Any], local: dict[str, Any]) -> m.Inspection:
    """Make our copy of an inspection equal to ``record``; returns the row."""
    data = r.normalise("inspection", record)
    _check_references(s, data)
    iid = uuid.UUID(data["id"])
    inspection = s.get(m.Inspection, iid)
    if inspection is None:
        inspection = m.Inspection(**{f: _value(m.Inspection, f, data[f])
                                     for f in r.INSPECTION_FIELDS})
        number = (local or {}).get("report_number")
        if isinstance(number, str) and s.scalar(sa.select(m.Inspection.id).where(
                m.Inspection.report_number == number)) is None:
            inspection.report_number = number
        s.add(inspection)
        s.flush()
    else:
        _set(inspection, data, r.INSPECTION_FIELDS)

    # Remove what the version no longer has (children of children first).
    answer_ids = {a["id"] for a in data["answers"]}
    row_ids = {row["id"] for a in data["answers"] for row in a["rows"]}
    _remove_missing(s, m.Photo, m.Photo.inspection_id, iid, {p["id"] for p in data["photos"]})
    for row in s.scalars(sa.select(m.AnswerRow).join(
            m.Answer, m.Answer.id == m.AnswerRow.answer_id).where(m.Answer.inspection_id == iid)):
        if str(row.id) not in row_ids:
            s.delete(row)
    _remove_missing(s, m.FindingCheck, m.FindingCheck.followup_id, iid,
                    {c["id"] for c in data["finding_checks"]})
    _remove_missing(s, m.Finding, m.Finding.inspection_id, iid,
                    {f["id"] for f in data["findings"]})
    _remove_missing(s, m.Answer, m.Answer.inspection_id, iid, answer_ids)
    _remove_missing(s, m.InspectionMember, m.InspectionMember.inspection_id, iid,
                    {x["id"] for x in data["members"]})
    _remove_missing(s, m.Signature, m.Signature.inspection_id, iid,
                    {x["id"] for x in data["signatures"]})
    _remove_missing(s, m.Amendment, m.Amendment.inspection_id, iid,
                    {x["id"] for x in data["amendments"]})
    s.flush()

    with s.no_autoflush:
        _write_children(s, iid, data, local)
    s.flush()
    derive_finding_states(s, [uuid.UUID(c["finding_id"]) for c in data["finding_checks"]])
    return inspection


def _existing(s: Session, model: Any, column: Any, key: uuid.UUID) -> dict[uuid.UUID, Any]:
    return {row.id: row for row in s.scalars(sa.select(model).where(column == key))}


def _write_children(s: Session, iid: uuid.UUID, data: dict[str, Any],
                    local: dict[str, Any]) -> None:
    """Insert or update the inspection's parts (those to remove are already gone)."""
    have = {model: _existing(s, model, model.inspection_id, iid) for model in (
        m.InspectionMember, m.Signature, m.Amendment, m.Answer, m.Finding, m.Photo)}
    have[m.FindingCheck] = _existing(s, m.FindingCheck, m.FindingCheck.followup_id, iid)
    have[m.AnswerRow] = {row.id: row for row in s.scalars(sa.select(m.AnswerRow).join(
        m.Answer, m.Answer.id == m.AnswerRow.answer_id).where(m.Answer.inspection_id == iid))}
    # A part whose id exists under another inspection (a hostile clash) is not in these
    # maps: inserting it fails the primary key, and the caller rejects the record.
    fields = {
        m.InspectionMember: tuple(r.MemberRecord.model_fields),
        m.Signature: tuple(r.SignatureRecord.model_fields),
        m.Amendment: tuple(r.AmendmentRecord.model_fields),
    }
    for x in data["members"]:
        _upsert(s, m.InspectionMember, x, fields[m.InspectionMember],
                have[m.InspectionMember], inspection_id=iid)
    for x in data["signatures"]:
        _upsert(s, m.Signature, x, fields[m.Signature], have[m.Signature], inspection_id=iid)
    for x in data["amendments"]:
        _upsert(s, m.Amendment, x, fields[m.Amendment], have[m.Amendment], inspection_id=iid)
    answer_fields = tuple(f for f in r.AnswerRecord.model_fields if f != "rows")
    for a in data["answers"]:
        _upsert(s, m.Answer, a, answer_fields, have[m.Answer], inspection_id=iid)
    s.flush()
    for a in data["answers"]:
        for row in a["rows"]:
            _upsert(s, m.AnswerRow, row, tuple(r.RowRecord.model_fields), have[m.AnswerRow],
                    answer_id=uuid.UUID(a["id"]))
    finding_fields = tuple(f for f in r.FindingRecord.model_fields if f != "withdrawn")
    states = (local or {}).get("findings", {})
    for f in data["findings"]:
        row = _upsert(s, m.Finding, f, finding_fields, have[m.Finding], inspection_id=iid)
        if f["withdrawn"]:
            _set_state(row, "withdrawn", None, None)
        elif row.status == "withdrawn" or row.status is None:
            _set_state(row, "open", None, None)
        state = states.get(f["id"])
        if not f["withdrawn"] and row.status == "open" and isinstance(state, dict) \
                and state.get("status") in ("rectified", "not_rectified"):
            # What a follow-up we may not have yet decided; corrected once it arrives.
            checked_in = state.get("checked_in_id")
            if checked_in and s.get(m.Inspection, uuid.UUID(checked_in)) is None:
                checked_in = None
            _set_state(row, state["status"], state.get("status_note"),
                       uuid.UUID(checked_in) if checked_in else None)
    s.flush()
    for x in data["photos"]:
        _upsert(s, m.Photo, x, tuple(r.PhotoRecord.model_fields), have[m.Photo],
                inspection_id=iid)
    for c in data["finding_checks"]:
        _upsert(s, m.FindingCheck, c, tuple(r.FindingCheckRecord.model_fields),
                have[m.FindingCheck], followup_id=iid)


def _set_state(row: m.Finding, status: str, note: str | None,
               checked_in: uuid.UUID | None) -> None:
    if row.status != status:
        row.status = status
    if row.status_note != note:
        row.status_note = note
    if row.checked_in_id != checked_in:
        row.checked_in_id = checked_in
