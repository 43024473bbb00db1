"""Plain, read-only views of an inspection that the core hands to its callers.

They carry no ORM state, so the desktop app can keep them, pass them between
threads and show them without a database session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from inspector.checklists.schema import Checklist
from inspector.facilities import FacilityInfo
from inspector.inspectors import InspectorInfo
from inspector.scoring import ScoreCard


@dataclass(frozen=True)
class PhotoInfo:
    id: str
    sha256: str
    path: Path  # the stored, downscaled copy
    width: int
    height: int
    caption: str | None
    original_name: str | None


@dataclass(frozen=True)
class RowInfo:
    id: str
    position: int
    cells: dict[str, Any]


@dataclass(frozen=True)
class ItemAnswer:
    checklist_id: str
    item_id: str
    value: Any
    not_applicable: bool
    result: str | None
    reason: dict[str, str] | None
    note: str | None
    rows: tuple[RowInfo, ...] = ()
    photos: tuple[PhotoInfo, ...] = ()


@dataclass(frozen=True)
class MemberInfo:
    inspector: InspectorInfo
    role: str  # lead | member


@dataclass(frozen=True)
class FindingInfo:
    id: str
    inspection_id: str
    checklist_id: str
    item_id: str
    prompt: dict[str, str]  # {"zh": ..., "en": ...}
    severity: str
    description: str
    required_action: str
    deadline: date
    status: str  # open | rectified | not_rectified | withdrawn
    status_note: str | None
    checked_in_id: str | None
    photos: tuple[PhotoInfo, ...] = ()
    # In a follow-up's list: what this follow-up found (None: not checked yet).
    check_status: str | None = None
    check_note: str | None = None
    inspection_date: date | None = None  # date of the inspection that found it


@dataclass(frozen=True)
class SignatureInfo:
    id: str
    signer_name: str
    signer_role: str  # inspector | facility_representative
    signer_title: str | None
    inspector_id: str | None
    image_png: bytes
    signed_at: datetime
    superseded: bool


@dataclass(frozen=True)
class AmendmentInfo:
    id: str
    reason: str
    actor: str
    opened_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class InspectionDetail:
    id: str
    facility: FacilityInfo
    kind: str
    date: date
    status: str  # draft | completed | signed
    team: tuple[MemberInfo, ...]
    checklists: tuple[Checklist, ...]
    applicable: dict[tuple[str, str], bool]
    answers: dict[tuple[str, str], ItemAnswer]
    position: dict[str, str]
    card: ScoreCard
    followup_of_id: str | None
    report_number: str | None
    findings: tuple[FindingInfo, ...]
    signatures: tuple[SignatureInfo, ...]
    amendments: tuple[AmendmentInfo, ...]
    completed_at: datetime | None = None
    signed_at: datetime | None = None

    @property
    def locked(self) -> bool:
        return self.status == "signed"


@dataclass(frozen=True)
class HistoryEntry:
    """One change to an inspection, from the audit log."""

    at: datetime
    actor: str
    entity: str  # table: answer, answer_row, photo, finding, signature, amendment, ...
    action: str  # insert | update | delete
    changes: dict[str, Any]  # {field: [old, new]}
    reason: str | None
    checklist_id: str | None = None  # the item a change is about, where there is one
    item_id: str | None = None


@dataclass(frozen=True)
class InspectionFilter:
    """What the inspection list shows; every field narrows it, None means any."""

    status: str | None = None
    kind: str | None = None
    township: str | None = None
    verdict: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None  # facility name, credit code, township or report number
    facility_id: str | None = None


ORDER_KEYS = ("date", "facility", "township", "kind", "status", "score", "verdict", "fails")
