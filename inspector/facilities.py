"""The facility registry: adding, editing, listing and importing facilities.

Records are validated by ``FacilityInput`` (facility_records.py). An import from a
sheet is all-or-nothing by default: if any row is bad, every bad row is reported
with its line and nothing is saved. A facility whose credit code is already
registered is updated in place (the audit log keeps the old values).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from inspector.facility_records import FacilityInput, RowError, read_facility_sheet
from inspector.pinyin import is_pinyin_query, query_key, sort_key
from inspector.storage import models as m
from inspector.storage.database import Actor, Database
from inspector.storage.types import natural_id, new_id

_FIELDS = tuple(FacilityInput.model_fields)


class FacilityError(ValueError):
    """A facility change was refused; the message says why."""


@dataclass(frozen=True)
class FacilityInfo:
    id: str
    name: str
    credit_code: str
    address: str
    district: str
    township: str
    registration_kind: str
    facility_type: str
    service_modes: tuple[str, ...]
    capacity: int
    takes_under_2: bool
    serves_meals: bool
    filing_status: str
    filing_number: str | None
    representative: str
    contact_name: str | None
    contact_phone: str
    # Derived pinyin keys (``inspector/pinyin.py``): lists sort and search by them.
    sort_name: str = field(default="", compare=False, repr=False)
    sort_township: str = field(default="", compare=False, repr=False)
    search_pinyin: str = field(default="", compare=False, repr=False)


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)  # names
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problem: str | None = None

    @property
    def refused(self) -> bool:
        return self.problem is not None or bool(self.errors)


def facility_info(f: m.Facility) -> FacilityInfo:
    return FacilityInfo(**{k: getattr(f, k) for k in _FIELDS if k != "service_modes"},
                        id=str(f.id), service_modes=tuple(f.service_modes),
                        sort_name=f.sort_name or sort_key(f.name),
                        sort_township=f.sort_township or sort_key(f.township),
                        search_pinyin=f.search_pinyin or "")


def _like(text: str) -> str:
    """A LIKE pattern that finds ``text`` anywhere, its wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_condition(text: str, *columns: Any) -> Any:
    """SQL: ``text`` is in one of ``columns`` or, typed in latin letters, in the
    facility's pinyin (``xxx`` and ``xiaoxing`` find 小星星)."""
    like = _like(text.strip())
    found = [c.like(like, escape="\\") for c in columns]
    if is_pinyin_query(text):
        found.append(m.Facility.search_pinyin.like(_like(query_key(text)), escape="\\"))
    return sa.or_(*found)


def _new(s: Session, data: FacilityInput) -> m.Facility:
    facility_id = natural_id("credit_code", data.credit_code)
    if s.get(m.Facility, facility_id) is not None:  # the code was given to another record
        facility_id = new_id()
    row = m.Facility(id=facility_id, credit_code=data.credit_code)
    _apply(row, data)
    return row


def _apply(row: m.Facility, data: FacilityInput) -> bool:
    changed = False
    for key in _FIELDS:
        value = getattr(data, key)
        if key == "service_modes":
            value = list(value)
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


class Facilities:
    def __init__(self, db: Database):
        self.db = db

    def create(self, data: FacilityInput, actor: Actor) -> str:
        with self.db.write(actor) as s:
            if s.scalar(sa.select(m.Facility.id).where(
                    m.Facility.credit_code == data.credit_code)):
                raise FacilityError(f"credit code {data.credit_code} is already registered")
            row = _new(s, data)
            s.add(row)
            s.flush()
            return str(row.id)

    def update(self, facility_id: uuid.UUID, data: FacilityInput, actor: Actor) -> None:
        with self.db.write(actor) as s:
            row = s.get(m.Facility, facility_id)
            if row is None:
                raise FacilityError(f"no facility {facility_id}")
            other = s.scalar(sa.select(m.Facility.id).where(
                m.Facility.credit_code == data.credit_code, m.Facility.id != facility_id))
            if other:
                raise FacilityError(f"credit code {data.credit_code} belongs to another facility")
            _apply(row, data)

    def get(self, facility_id: uuid.UUID) -> FacilityInfo:
        with self.db.read() as s:
            row = s.get(m.Facility, facility_id)
            if row is None:
                raise FacilityError(f"no facility {facility_id}")
            return facility_info(row)

    def list(self, search: str | None = None) -> list[FacilityInfo]:
        """Every facility (or those matching ``search``: name, credit code, address,
        township, or the pinyin of name and township), by township then name, both in
        pinyin order."""
        q = sa.select(m.Facility).order_by(m.Facility.sort_township, m.Facility.sort_name,
                                           m.Facility.id)
        if search and search.strip():
            q = q.where(search_condition(search, m.Facility.name, m.Facility.credit_code,
                                         m.Facility.address, m.Facility.township))
        with self.db.read() as s:
            return [facility_info(f) for f in s.scalars(q)]

    def townships(self) -> list[str]:
        """Every township that has a facility, in pinyin order, for filters."""
        with self.db.read() as s:
            return [t for t, _ in s.execute(
                sa.select(m.Facility.township, m.Facility.sort_township).distinct()
                .order_by(m.Facility.sort_township))]

    def import_sheet(self, path: Path, actor: Actor, *, skip_invalid: bool = False,
                     dry_run: bool = False) -> ImportReport:
        """Import a CSV/XLSX sheet. Refused whole if any row is bad, unless
        ``skip_invalid`` (then the good rows are saved and the bad ones reported)."""
        sheet = read_facility_sheet(path)
        report = ImportReport(errors=list(sheet.errors), warnings=list(sheet.warnings),
                              problem=sheet.problem)
        if report.problem or (report.errors and not skip_invalid):
            return report
        with self.db.write(actor) as s:
            existing = {f.credit_code: f for f in s.scalars(sa.select(m.Facility).where(
                m.Facility.credit_code.in_([d.credit_code for _, d in sheet.rows])))}
            for _, data in sheet.rows:
                row = existing.get(data.credit_code)
                if row is None:
                    s.add(_new(s, data))
                    report.added.append(data.name)
                elif _apply(row, data):
                    report.updated.append(data.name)
                else:
                    report.unchanged.append(data.name)
            if dry_run:
                s.rollback()
        return report
