"""Issued documents: their numbers, and the record of every report and notice handed
over, by the SHA-256 of the exact file, so a file can later be recognised as one this
database issued - and as superseded when the record was corrected after it.

Numbering: every document has its own number, ``JC-<year>-<sequence>`` for an
inspection report (检查记录) and ``ZG-<year>-<sequence>`` for a rectification notice
(整改通知书), counted per kind and year of the inspection date. One signed state of
an inspection has one report number and one notice number, whatever the language
and however often it is printed; an amended and re-signed inspection's documents get
new numbers, and the earlier ones are superseded by them.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from inspector.inspections import InspectionError, NotFound
from inspector.storage import models as m
from inspector.storage.database import Actor, Database

KINDS = ("report", "notice")
LANGUAGES = ("zh", "en", "both")
PREFIXES = {"report": "JC", "notice": "ZG"}  # 检查 (inspection), 整改 (rectification)


@dataclass(frozen=True)
class IssuedInfo:
    id: str
    inspection_id: str
    kind: str
    language: str
    report_number: str  # the document's own number
    sha256: str
    byte_size: int
    signer: str | None
    created_by: str
    created_at: datetime


@dataclass(frozen=True)
class Supersession:
    """Why an issued document no longer states the record: the inspection was amended
    after it was issued; ``by`` is the corrected document of the same kind, once one
    has been issued."""

    amended_at: datetime
    reason: str
    by: IssuedInfo | None


@dataclass(frozen=True)
class Recognised:
    """A file this database issued, and whether a later issue replaced it."""

    issued: IssuedInfo
    superseded: Supersession | None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _info(d: m.IssuedDocument) -> IssuedInfo:
    return IssuedInfo(str(d.id), str(d.inspection_id), d.kind, d.language, d.report_number,
                      d.sha256, d.byte_size, d.signer, d.created_by, d.created_at)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise InspectionError(f"unknown document kind {kind!r}")


def _revision(s: Session, inspection_id: uuid.UUID) -> int:
    """Which signed state of the inspection this is: the number of its amendments."""
    return int(s.scalar(sa.select(sa.func.count()).select_from(m.Amendment).where(
        m.Amendment.inspection_id == inspection_id)) or 0)


class Documents:
    def __init__(self, db: Database):
        self.db = db

    def current_number(self, inspection_id: uuid.UUID, kind: str) -> str | None:
        """The number of the document of ``kind`` for the inspection as it is now, if
        one was reserved (an unsigned copy shows it so it can be matched)."""
        _check_kind(kind)
        with self.db.read() as s:
            return s.scalar(sa.select(m.DocumentNumber.number).where(
                m.DocumentNumber.inspection_id == inspection_id,
                m.DocumentNumber.kind == kind,
                m.DocumentNumber.revision == _revision(s, inspection_id)))

    def number(self, inspection_id: uuid.UUID, kind: str, actor: Actor) -> str:
        """The number of the document of ``kind`` for the inspection's signed state,
        reserved the first time it is asked for. Only a signed inspection has one."""
        _check_kind(kind)
        with self.db.write(actor) as s:
            inspection = s.get(m.Inspection, inspection_id)
            if inspection is None:
                raise NotFound(f"no inspection {inspection_id}")
            if inspection.status != "signed":
                raise InspectionError("only a signed inspection's documents get a number")
            revision = _revision(s, inspection.id)
            number = s.scalar(sa.select(m.DocumentNumber.number).where(
                m.DocumentNumber.inspection_id == inspection.id,
                m.DocumentNumber.kind == kind, m.DocumentNumber.revision == revision))
            if number is None:
                prefix = f"{PREFIXES[kind]}-{inspection.inspection_date.year}-"
                taken = s.scalars(sa.select(m.DocumentNumber.number).where(
                    m.DocumentNumber.kind == kind, m.DocumentNumber.number.like(f"{prefix}%")))
                last = max((int(n.rsplit("-", 1)[1]) for n in taken
                            if n.rsplit("-", 1)[1].isdigit()), default=0)
                number = f"{prefix}{last + 1:05d}"
                s.add(m.DocumentNumber(inspection_id=inspection.id, kind=kind,
                                       revision=revision, number=number))
            if kind == "report" and inspection.report_number != number:
                # The list and search show the number of the current report.
                clash = s.scalar(sa.select(m.Inspection.id).where(
                    m.Inspection.report_number == number, m.Inspection.id != inspection.id))
                if clash is None:
                    inspection.report_number = number
            return number

    def record(self, inspection_id: uuid.UUID, kind: str, language: str, data: bytes,
               number: str, signer: str | None, actor: Actor) -> IssuedInfo:
        """Remember a document handed over (the exact bytes, by their hash). Recording
        the same bytes again returns the first record."""
        _check_kind(kind)
        if language not in LANGUAGES:
            raise InspectionError(f"unknown language {language!r}")
        digest = sha256_hex(data)
        with self.db.write(actor) as s:
            inspection = s.get(m.Inspection, inspection_id)
            if inspection is None:
                raise NotFound(f"no inspection {inspection_id}")
            if inspection.status != "signed":
                raise InspectionError("only a signed inspection's documents are issued")
            reserved = s.scalar(sa.select(m.DocumentNumber.revision).where(
                m.DocumentNumber.inspection_id == inspection.id,
                m.DocumentNumber.kind == kind, m.DocumentNumber.number == number))
            if reserved is None or reserved != _revision(s, inspection.id):
                raise InspectionError(f"{number} is not the number of this inspection's "
                                      f"current {kind}")
            known = s.scalars(sa.select(m.IssuedDocument).where(
                m.IssuedDocument.inspection_id == inspection.id,
                m.IssuedDocument.sha256 == digest).limit(1)).first()
            if known is not None:
                return _info(known)
            row = m.IssuedDocument(
                inspection_id=inspection.id, kind=kind, language=language,
                report_number=number, sha256=digest, byte_size=len(data), signer=signer,
                created_by=actor.name)
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
        found = self.recognise(data)
        return found.issued if found else None

    def recognise(self, data: bytes) -> Recognised | None:
        """The issued document these exact bytes are, with what superseded it."""
        digest = sha256_hex(data)
        with self.db.read() as s:
            row = s.scalars(sa.select(m.IssuedDocument).where(
                m.IssuedDocument.sha256 == digest).order_by(m.IssuedDocument.created_at)
                .limit(1)).first()
            if row is None:
                return None
            return Recognised(_info(row), self._superseded(s, row))

    @staticmethod
    def _superseded(s: Session, row: m.IssuedDocument) -> Supersession | None:
        amendment = s.scalars(sa.select(m.Amendment).where(
            m.Amendment.inspection_id == row.inspection_id,
            m.Amendment.opened_at > row.created_at)
            .order_by(m.Amendment.opened_at).limit(1)).first()
        if amendment is None:
            return None
        last_opened = s.scalar(sa.select(sa.func.max(m.Amendment.opened_at)).where(
            m.Amendment.inspection_id == row.inspection_id))
        # The document that states the record as it is now (None while the latest
        # correction has not been issued yet).
        later = s.scalars(sa.select(m.IssuedDocument).where(
            m.IssuedDocument.inspection_id == row.inspection_id,
            m.IssuedDocument.kind == row.kind,
            m.IssuedDocument.created_at > last_opened)
            .order_by(m.IssuedDocument.created_at.desc()).limit(1)).first()
        return Supersession(amendment.opened_at, amendment.reason,
                            _info(later) if later else None)
