"""The database tables (SQLModel over SQLite).

Only the storage layer and the core services use these classes; callers outside the
core receive plain data objects. Every id is a UUID made at creation; every foreign
key and every date that lists are filtered or sorted by is indexed; times are aware
UTC (see ``types.py``). Alembic owns the schema: a change here needs a migration in
``migrations/versions`` (a test compares the two).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import Field, SQLModel

from inspector.storage.types import UTCDateTime, new_id, utcnow

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _id() -> Any:
    return Field(default_factory=new_id, primary_key=True, sa_type=sa.Uuid)


def _fk(target: str, *, nullable: bool = False, ondelete: str | None = None) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column_args=[sa.ForeignKey(target, ondelete=ondelete)],
        sa_type=sa.Uuid,
        index=True,
        nullable=nullable,
    )


def _created() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


def _json(default: Any = None, *, nullable: bool = True) -> Any:
    factory = (lambda: type(default)()) if isinstance(default, (dict, list)) else None
    if factory:
        return Field(default_factory=factory, sa_type=sa.JSON, nullable=nullable)
    return Field(default=default, sa_type=sa.JSON, nullable=nullable)


class Facility(SQLModel, table=True):
    __tablename__ = "facility"

    id: uuid.UUID = _id()
    name: str = Field(index=True)
    credit_code: str = Field(unique=True, index=True)  # 统一社会信用代码
    address: str
    district: str = Field(index=True)
    township: str = Field(index=True)
    registration_kind: str  # for_profit | non_profit
    facility_type: str = "standalone"
    service_modes: list[str] = _json([], nullable=False)
    capacity: int
    takes_under_2: bool
    serves_meals: bool
    filing_status: str  # filed | pending | not_filed
    filing_number: str | None = None
    representative: str
    contact_name: str | None = None
    contact_phone: str
    created_at: datetime = _created()
    updated_at: datetime = _created()
    # Derived keys (``inspector/pinyin.py``), set by ``_derive_facility_keys`` on every
    # insert and update, whoever writes the row: the pinyin order of the name and of
    # the township, and the pinyin spellings (name, township, district) that searches
    # match, so long lists sort and filter in SQL. Local: not part of a synced record.
    sort_name: str | None = Field(default=None, index=True)
    sort_township: str | None = Field(default=None, index=True)
    search_pinyin: str | None = None


def facility_keys(name: str, township: str, district: str) -> dict[str, str]:
    """The derived columns of a facility with these texts."""
    from inspector.pinyin import search_key, sort_key  # pypinyin loads on first use

    return {"sort_name": sort_key(name), "sort_township": sort_key(township),
            "search_pinyin": search_key(name, township, district)}


@event.listens_for(Facility, "before_insert")
@event.listens_for(Facility, "before_update")
def _derive_facility_keys(_mapper: Any, _connection: Any, target: Facility) -> None:
    # At flush time, after the audit log has taken the row's changes (before_flush):
    # the derived columns never show up there as edits.
    for key, value in facility_keys(target.name, target.township, target.district).items():
        if getattr(target, key) != value:
            setattr(target, key, value)


class InspectorProfile(SQLModel, table=True):
    __tablename__ = "inspector_profile"

    id: uuid.UUID = _id()
    name: str
    department: str
    badge_number: str = Field(unique=True, index=True)
    active: bool = True
    created_at: datetime = _created()
    updated_at: datetime = _created()


class Inspection(SQLModel, table=True):
    __tablename__ = "inspection"
    # The inspection list pages through this order (newest first).
    __table_args__ = (sa.Index("ix_inspection_date_id", "inspection_date", "id"),)

    id: uuid.UUID = _id()
    facility_id: uuid.UUID = _fk("facility.id")
    kind: str = Field(index=True)  # routine | special | complaint | followup | joint
    inspection_date: date = Field(index=True)
    status: str = Field(default="draft", index=True)  # draft | completed | signed
    # {checklist id: version} of the checklists this inspection is filled with
    checklist_versions: dict[str, str] = _json({}, nullable=False)
    followup_of_id: uuid.UUID | None = _fk("inspection.id", nullable=True)
    report_number: str | None = Field(default=None, unique=True)
    # Stored results, refreshed on every answer, so lists and statistics need no joins.
    score: float | None = None
    verdict: str | None = Field(default=None, index=True)  # pass | basic_pass | fail
    fail_count: int = 0
    critical_fail_count: int = 0
    answered_count: int = 0
    applicable_count: int = 0
    note: str | None = None
    # Where the inspector was (checklist id, item id) so reopening resumes there.
    position: dict[str, str] = _json({}, nullable=False)
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    signed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = _created()
    updated_at: datetime = _created()


class InspectionMember(SQLModel, table=True):
    """An inspector on the team of an inspection."""

    __tablename__ = "inspection_member"
    __table_args__ = (sa.UniqueConstraint("inspection_id", "inspector_id"),)

    id: uuid.UUID = _id()
    inspection_id: uuid.UUID = _fk("inspection.id", ondelete="CASCADE")
    inspector_id: uuid.UUID = _fk("inspector_profile.id")
    role: str = "member"  # lead | member
    position: int = 0
    created_at: datetime = _created()


class Answer(SQLModel, table=True):
    """The answer to one checklist item in one inspection."""

    __tablename__ = "answer"
    __table_args__ = (sa.UniqueConstraint("inspection_id", "checklist_id", "item_id"),)

    id: uuid.UUID = _id()
    inspection_id: uuid.UUID = _fk("inspection.id", ondelete="CASCADE")
    checklist_id: str
    item_id: str
    # The typed value: "pass"/"fail" for pass_fail, "yes"/"no", a number, an ISO
    # date, text, an option id, a list of option ids; None for repeat groups (rows
    # are in answer_row) or when only a note was entered.
    value: Any = _json(None)
    not_applicable: bool = False
    result: str | None = Field(default=None, index=True)  # pass | fail | None (not judged)
    reason: dict[str, str] | None = _json(None)  # why it failed: {"zh": ..., "en": ...}
    note: str | None = None
    answered_by_id: uuid.UUID | None = _fk("inspector_profile.id", nullable=True)
    answered_at: datetime = _created()
    updated_at: datetime = _created()


class AnswerRow(SQLModel, table=True):
    """One row of a repeat group (one staff member, one camera area, ...)."""

    __tablename__ = "answer_row"

    id: uuid.UUID = _id()
    answer_id: uuid.UUID = _fk("answer.id", ondelete="CASCADE")
    position: int = 0
    cells: dict[str, Any] = _json({}, nullable=False)
    note: str | None = None
    created_at: datetime = _created()
    updated_at: datetime = _created()


class Photo(SQLModel, table=True):
    """An evidence photo; the file lives in the photo store under its SHA-256."""

    __tablename__ = "photo"

    id: uuid.UUID = _id()
    inspection_id: uuid.UUID = _fk("inspection.id", ondelete="CASCADE")
    answer_id: uuid.UUID | None = _fk("answer.id", nullable=True, ondelete="SET NULL")
    finding_id: uuid.UUID | None = _fk("finding.id", nullable=True, ondelete="SET NULL")
    sha256: str = Field(index=True)
    width: int
    height: int
    byte_size: int
    caption: str | None = None
    original_name: str | None = None
    taken_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = _created()


class Finding(SQLModel, table=True):
    """A deficiency found at an inspection, to be rectified by a deadline."""

    __tablename__ = "finding"

    id: uuid.UUID = _id()
    inspection_id: uuid.UUID = _fk("inspection.id", ondelete="CASCADE")
    answer_id: uuid.UUID | None = _fk("answer.id", nullable=True, ondelete="SET NULL")
    checklist_id: str
    item_id: str
    severity: str  # critical | major | minor
    description: str
    required_action: str
    deadline: date = Field(index=True)
    status: str = Field(default="open", index=True)  # open | rectified | not_rectified | withdrawn
    status_note: str | None = None
    # The follow-up inspection that checked it, once one has.
    checked_in_id: uuid.UUID | None = _fk("inspection.id", nullable=True)
    created_at: datetime = _created()
    updated_at: datetime = _created()


class Signature(SQLModel, table=True):
    """A handwritten signature captured on screen."""

    __tablename__ = "signature"

    id: uuid.UUID = _id()
    inspection_id: uuid.UUID = _fk("inspection.id", ondelete="CASCADE")
    inspector_id: uuid.UUID | None = _fk("inspector_profile.id", nullable=True)
    signer_name: str
    signer_role: str  # inspector | facility_representative
    signer_title: str | None = None  # 负责人, 法定代表人, ...
    image_png: bytes = Field(sa_type=sa.LargeBinary)
    signed_at: datetime = _created()
    # Set when the inspection is amended after this signature: it signed an earlier
    # state of the record and is kept only as history.
    superseded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Amendment(SQLModel, table=True):
    """The reopening of a signed inspection for correction, with its reason."""

    __tablename__ = "amendment"

    id: uuid.UUID = _id()
    inspection_id: uuid.UUID = _fk("inspection.id", ondelete="CASCADE")
    reason: str
    actor: str
    actor_id: uuid.UUID | None = Field(default=None, sa_type=sa.Uuid)
    opened_at: datetime = _created()
    # When the corrected inspection was signed again.
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class FindingCheck(SQLModel, table=True):
    """What a follow-up inspection found about one finding of an earlier inspection."""

    __tablename__ = "finding_check"
    __table_args__ = (sa.UniqueConstraint("followup_id", "finding_id"),)

    id: uuid.UUID = _id()
    followup_id: uuid.UUID = _fk("inspection.id", ondelete="CASCADE")
    finding_id: uuid.UUID = _fk("finding.id", ondelete="CASCADE")
    # Status of the finding when the follow-up started (open | not_rectified).
    status_before: str
    status: str | None = None  # rectified | not_rectified | None (not checked yet)
    note: str | None = None
    checked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = _created()
    updated_at: datetime = _created()


class AuditEntry(SQLModel, table=True):
    """One change to one record. Append-only: triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

    id: uuid.UUID = _id()  # UUIDv7: ordering by id is ordering by time
    at: datetime = _created()
    actor: str  # who: an inspector's name and badge, or the command that ran
    actor_id: uuid.UUID | None = Field(default=None, sa_type=sa.Uuid)
    entity: str = Field(index=True)  # table name
    entity_id: uuid.UUID = Field(sa_type=sa.Uuid, index=True)
    inspection_id: uuid.UUID | None = Field(default=None, sa_type=sa.Uuid, index=True)
    action: str  # insert | update | delete
    changes: dict[str, Any] = _json({}, nullable=False)  # {field: [old, new]}
    reason: str | None = None


class ChecklistVersion(SQLModel, table=True):
    """The exact content of a checklist version that an inspection was filled with."""

    __tablename__ = "checklist_version"

    checklist_id: str = Field(primary_key=True)
    version: str = Field(primary_key=True)
    sha256: str
    content: dict[str, Any] = _json({}, nullable=False)
    created_at: datetime = _created()


class IssuedDocument(SQLModel, table=True):
    """A report or rectification notice handed over: which file, by its SHA-256."""

    __tablename__ = "issued_document"

    id: uuid.UUID = _id()
    inspection_id: uuid.UUID = _fk("inspection.id", ondelete="CASCADE")
    kind: str  # report | notice
    language: str  # zh | en | both
    report_number: str
    sha256: str = Field(index=True)
    byte_size: int
    signer: str | None = None  # subject of the signing certificate; None if unsigned
    created_by: str
    created_at: datetime = _created()


class DocumentNumber(SQLModel, table=True):
    """The number of one document: one kind (report | notice) of one signed state of
    an inspection (``revision``: how many amendments it had when it was signed).

    Reserved the first time the document is rendered to be issued; rendering it again
    (another language, a second print) gives the same number, and an amended and
    re-signed inspection's documents get new ones."""

    __tablename__ = "document_number"
    __table_args__ = (sa.UniqueConstraint("inspection_id", "kind", "revision"),
                      sa.UniqueConstraint("kind", "number"))

    id: uuid.UUID = _id()
    inspection_id: uuid.UUID = _fk("inspection.id", ondelete="CASCADE")
    kind: str  # report | notice
    revision: int
    number: str
    created_at: datetime = _created()


class RecordRevision(SQLModel, table=True):
    """One revision of a synced record (facility, inspector, inspection aggregate).

    ``rev`` is the SHA-256 of the record's content hash and its parents' revisions, so
    two laptops that hold the same history name its revisions alike; see
    ``inspector/sync/revisions.py`` and ``docs/bundle-format.md``."""

    __tablename__ = "record_revision"

    entity_id: uuid.UUID = Field(primary_key=True, sa_type=sa.Uuid)
    rev: str = Field(primary_key=True)
    entity: str  # facility | inspector | inspection
    parents: list[str] = _json([], nullable=False)
    content_sha256: str
    origin: str  # "local" or "bundle <bundle id>"
    created_at: datetime = _created()


class RecordHead(SQLModel, table=True):
    """The revision this database's copy of a record is at."""

    __tablename__ = "record_head"

    entity_id: uuid.UUID = Field(primary_key=True, sa_type=sa.Uuid)
    entity: str = Field(index=True)
    rev: str
    content_sha256: str
    updated_at: datetime = _created()


class SyncConflict(SQLModel, table=True):
    """Another laptop's divergent version of a record, kept until a person resolves it."""

    __tablename__ = "sync_conflict"

    id: uuid.UUID = _id()
    entity: str
    entity_id: uuid.UUID = Field(sa_type=sa.Uuid, index=True)
    local_rev: str  # our head when the conflict was found
    remote_rev: str
    remote: dict[str, Any] = _json({}, nullable=False)  # the bundle's record envelope
    bundle_id: str
    signer: str
    created_at: datetime = _created()
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_by: str | None = None
    # {unit key: "mine" | "theirs"} as decided
    resolution: dict[str, str] | None = _json(None)


class SyncImport(SQLModel, table=True):
    """A bundle applied to this database, with what it changed."""

    __tablename__ = "sync_import"

    id: uuid.UUID = _id()
    bundle_id: str = Field(index=True)
    file_sha256: str
    signer: str
    exporter: str
    bundle_created_at: str
    actor: str
    summary: dict[str, Any] = _json({}, nullable=False)
    imported_at: datetime = _created()


class Setting(SQLModel, table=True):
    """Domain settings (finding deadlines, verdict thresholds, ...)."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: Any = _json(None)
    updated_at: datetime = _created()


AUDITED_TABLES = (
    Facility, InspectorProfile, Inspection, InspectionMember, Answer, AnswerRow, Photo,
    Finding, Signature, Setting, Amendment, FindingCheck, IssuedDocument,
)
