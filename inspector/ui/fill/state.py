"""What the checklist screen knows about an inspection while it is being filled.

The page reads ``Inspections.detail`` once and keeps the answers here, updating them
as the user changes things (at once) and as the save queue acknowledges them. Plain
Python, no Qt: it is the page's model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from inspector.checklists.schema import Checklist, Item, Section
from inspector.inspection_records import InspectionDetail, ItemAnswer, PhotoInfo
from inspector.rules import evidence_needed
from inspector.scoring import FAIL, na_reason_ok, needs_na_reason

Key = tuple[str, str]  # (checklist id, item id)


@dataclass
class RowState:
    """One row of a repeat group. ``id`` is None until the row's add is saved; the
    worker thread fills it in before the next queued job runs."""

    cells: dict[str, Any]
    id: str | None = None
    errors: dict[str, str] = field(default_factory=dict)  # column id -> message


@dataclass
class AnswerView:
    value: Any = None
    not_applicable: bool = False
    result: str | None = None
    reason: dict[str, str] | None = None
    note: str = ""
    rows: list[RowState] = field(default_factory=list)
    photos: list[PhotoInfo] = field(default_factory=list)
    error: str | None = None  # the last save of this item failed: why
    refused: str | None = None  # what is typed in its field was refused (not saved): why
    photo_error: str | None = None  # the last photo could not be added: why

    @classmethod
    def of(cls, answer: ItemAnswer | None) -> AnswerView:
        if answer is None:
            return cls()
        return cls(value=answer.value, not_applicable=answer.not_applicable,
                   result=answer.result, reason=answer.reason, note=answer.note or "",
                   rows=[RowState(dict(r.cells), r.id)
                         for r in sorted(answer.rows, key=lambda r: r.position)],
                   photos=list(answer.photos))

    @property
    def answered(self) -> bool:
        return self.result is not None or self.not_applicable


@dataclass
class Entry:
    """One item of the inspection in screen order."""

    checklist: Checklist
    section: Section
    section_index: int
    item: Item
    number: str  # "2.3": section 2, item 3
    applicable: bool
    answer: AnswerView

    @property
    def key(self) -> Key:
        return (self.checklist.id, self.item.id)

    @property
    def section_key(self) -> tuple[str, str]:
        return (self.checklist.id, self.section.id)

    @property
    def missing(self) -> str | None:
        """"photo" or "note" when a failed item lacks the evidence it needs, "reason"
        when a critical item is N/A without a stated reason (the same rules as
        ``Inspections.missing_evidence``)."""
        a = self.answer
        if not self.applicable:
            return None
        if a.not_applicable:
            return "reason" if needs_na_reason(self.item) and not na_reason_ok(a.note) else None
        return evidence_needed(self.item, a.result, has_note=bool(a.note),
                               has_photo=bool(a.photos))

    @property
    def critical_failed(self) -> bool:
        return (self.applicable and self.item.severity == "critical"
                and self.answer.result == FAIL)

    @property
    def unsaved(self) -> bool:
        """Something shown for this item is not saved: a refused value or cell, or a
        save that failed."""
        a = self.answer
        return bool(a.error or a.refused or any(r.errors for r in a.rows))

    @property
    def counts(self) -> bool:
        """Whether the item is answered for progress (text items count once written)."""
        a = self.answer
        if a.answered:
            return True
        return self.item.response.type == "text" and bool(a.value)


def entries_of(detail: InspectionDetail) -> list[Entry]:
    out: list[Entry] = []
    for checklist in detail.checklists:
        for s_index, section in enumerate(checklist.sections, start=1):
            for i_index, item in enumerate(section.items, start=1):
                key = (checklist.id, item.id)
                out.append(Entry(checklist, section, s_index, item, f"{s_index}.{i_index}",
                                 detail.applicable.get(key, True),
                                 AnswerView.of(detail.answers.get(key))))
    return out
