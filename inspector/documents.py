"""Issued documents: report numbers, and the record of every report and notice
handed over, by the SHA-256 of the exact file, so a file can later be recognised
as one this database issued."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from inspector.inspections import InspectionError, NotFound
from inspector.storage import models as m
from inspector.storage.database import Actor, Database

KINDS = ("report", "notice")
LANGUAGES = ("zh", "en", "both")


@dataclass(frozen=True)
class IssuedInfo:
    id: str
    inspection_id: str
    kind: str
    language: str
    report_number: str
    sha256: str
    byte_size: int
    signer: str | None
    created_by: str
    created_at: datetime


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _info(d: m.IssuedDocument) -> IssuedInfo:
    return IssuedInfo(str(d.id), str(d.inspection_id), d.kind, d.language, d.report_number,
                      d.sha256, d.byte_size, d.signer, d.created_by, d.created_at)


class Documents:
    def __init__(self, db: Database):
        self.db = db

    def report_number(self, inspection_id: uuid.UUID, actor: Actor) -> str:
        """The inspection's report number, given the first time it is asked for:
        "<year>-<five-digit sequence>", counted per year of the inspection date.
        Only a signed inspection has one: a report of anything else is a draft."""
        with self.db.write(actor) as s:
            inspection = s.get(m.Inspection, inspection_id)
            if inspection is None:
                raise NotFound(f"no inspection {inspection_id}")
            if inspection.report_number:
                return inspection.report_number
            if inspection.status != "signed":
                raise InspectionError("only a signed inspection gets a report number")
            year = inspection.inspection_date.year
            taken = s.scalars(sa.select(m.Inspection.report_number).where(
                m.Inspection.report_number.like(f"{year}-%")))
            last = max((int(n.split("-")[1]) for n in taken if n), default=0)
            inspection.report_number = f"{year}-{last + 1:05d}"
            return inspection.report_number

    def record(self, inspection_id: uuid.UUID, kind: str, language: str, data: bytes,
               signer: str | None, actor: Actor) -> IssuedInfo:
        """Remember a document handed over (the exact bytes, by their hash)."""
        if kind not in KINDS:
            raise InspectionError(f"unknown document kind {kind!r}")
        if language not in LANGUAGES:
            raise InspectionError(f"unknown language {language!r}")
        with self.db.write(actor) as s:
            inspection = s.get(m.Inspection, inspection_id)
            if inspection is None:
                raise NotFound(f"no inspection {inspection_id}")
            if not inspection.report_number:
                raise InspectionError("the inspection has no report number yet")
            row = m.IssuedDocument(
                inspection_id=inspection.id, kind=kind, language=language,
                report_number=inspection.report_number, sha256=sha256_hex(data),
                byte_size=len(data), signer=signer, created_by=actor.name)
            s.add(row)
            s.flush()
            return _info(row)

    def issued(self, inspection_id: uuid.UUID) -> list[IssuedInfo]:
        with self.db.read() as s:
            return [_info(d) for d in s.scalars(
                sa.select(m.IssuedDocument).where(m.IssuedDocument.inspection_id == inspection_id)
                .order_by(m.IssuedDocument.created_at))]

    def find(self, data: bytes) -> IssuedInfo | None:
        """The issued document these exact bytes are, if this database issued it."""
        digest = sha256_hex(data)
        with self.db.read() as s:
            row = s.scalars(sa.select(m.IssuedDocument).where(
                m.IssuedDocument.sha256 == digest).limit(1)).first()
            return _info(row) if row else None
