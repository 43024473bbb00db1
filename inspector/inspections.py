"""Inspections: starting one, answering its items, concluding, signing, listing.

Each public method is one unit of work on the database and returns plain data,
never an ORM row, so the UI can call it from a worker thread and the CLI and tests
can call it directly. Every answer is committed the moment it is given, and the
stored score, verdict and counts of the inspection are refreshed in the same
transaction. A signed inspection is locked: every change is refused with
``InspectionLocked``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from inspector.catalog import Catalog
from inspector.checklists.schema import Checklist, InspectionKind, Item
from inspector.facilities import FacilityInfo, facility_info, search_condition
from inspector.inspection_records import (
    ORDER_KEYS,
    AmendmentInfo,
    FindingInfo,
    HistoryEntry,
    InspectionDetail,
    InspectionFilter,
    ItemAnswer,
    MemberInfo,
    PhotoInfo,
    RowInfo,
    SignatureInfo,
)
from inspector.inspectors import profile_info
from inspector.photos import PhotoStore, StoredPhoto
from inspector.policy import Policy
from inspector.rules import MIN_AMENDMENT_REASON, evidence_needed
from inspector.scoring import (
    FAIL,
    NA_REASON_MIN_CHARS,
    FacilityFacts,
    InvalidAnswer,
    Judgement,
    ScoreCard,
    Scored,
    applies,
    judge,
    na_reason_ok,
    needs_na_reason,
    parse_row,
    parse_value,
    score,
)
from inspector.settings import load_policy
from inspector.signature_ink import png_problem
from inspector.storage import models as m
from inspector.storage.database import Actor, Database
from inspector.storage.types import utcnow

STATUSES = ("draft", "completed", "signed")
KINDS = tuple(k.value for k in InspectionKind)


class InspectionError(Exception):
    """A request about an inspection was refused; the message says why."""


class InspectionLocked(InspectionError):
    """The inspection is signed and cannot be changed."""


class NotFound(InspectionError):
    pass


class TeamTooSmall(InspectionError):
    """An official inspection needs more inspectors than the team has."""


@dataclass(frozen=True)
class AnswerState:
    checklist_id: str
    item_id: str
    result: str | None
    reason: dict[str, str] | None
    score: float | None
    verdict: str | None


@dataclass(frozen=True)
class InspectionSummary:
    id: str
    facility_id: str
    facility: str
    township: str
    kind: str
    date: str
    status: str
    score: float | None
    verdict: str | None
    fail_count: int
    critical_fail_count: int
    answered: int
    applicable: int


@dataclass(frozen=True)
class MissingEvidence:
    checklist_id: str
    item_id: str
    prompt: str
    need: str  # answer | photo | note | reason (a critical item N/A without one) | check
    # (a follow-up's finding not yet checked)


@dataclass(frozen=True)
class SignatureInput:
    signer_name: str
    signer_role: str  # inspector | facility_representative
    image_png: bytes
    inspector_id: uuid.UUID | None = None
    signer_title: str | None = None


def facts_of(facility: m.Facility | FacilityInfo) -> FacilityFacts:
    """What applicability conditions look at, from a facility row or its plain view."""
    return FacilityFacts(
        takes_under_2=facility.takes_under_2, serves_meals=facility.serves_meals,
        registration_kind=facility.registration_kind, facility_type=facility.facility_type,
        service_modes=tuple(facility.service_modes), capacity=facility.capacity)


class Inspections:
    def __init__(self, db: Database, catalog: Catalog, photos: PhotoStore):
        self.db = db
        self.catalog = catalog
        self.photos = photos

    # --- starting ---------------------------------------------------------------

    def start(self, facility_id: uuid.UUID, kind: str, on: date,
              team: Sequence[uuid.UUID], actor: Actor,
              checklist_ids: Sequence[str] | None = None,
              followup_of: uuid.UUID | None = None) -> uuid.UUID:
        if kind not in KINDS:
            raise InspectionError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
        self._check_team(kind, team)
        ids = list(checklist_ids) if checklist_ids is not None else self.catalog.preselected(kind)
        current = self.catalog.current
        unknown = [c for c in ids if c not in current]
        if unknown:
            raise InspectionError(f"unknown checklist(s): {', '.join(unknown)}")
        if not ids and followup_of is None:
            raise InspectionError("choose at least one checklist")
        with self.db.write(actor) as s:
            if followup_of is not None and s.get(m.Inspection, followup_of) is None:
                raise NotFound(f"no inspection {followup_of}")
            return self._insert(s, facility_id, kind, on, team, ids, followup_of).id

    def _check_team(self, kind: str, team: Sequence[uuid.UUID]) -> None:
        if len(set(team)) != len(team):
            raise InspectionError("an inspector is on the team twice")
        problem = team_problem(kind, len(team), self.policy())
        if problem:
            raise TeamTooSmall(problem)

    def _insert(self, s: Session, facility_id: uuid.UUID, kind: str, on: date,
                team: Sequence[uuid.UUID], ids: Sequence[str],
                followup_of: uuid.UUID | None) -> m.Inspection:
        current = self.catalog.current
        if s.get(m.Facility, facility_id) is None:
            raise NotFound(f"no facility {facility_id}")
        for inspector_id in team:
            if s.get(m.InspectorProfile, inspector_id) is None:
                raise NotFound(f"no inspector {inspector_id}")
        self.catalog.snapshot(s, [current[c] for c in ids])
        inspection = m.Inspection(
            facility_id=facility_id, kind=kind, inspection_date=on,
            checklist_versions={c: current[c].version for c in ids},
            followup_of_id=followup_of)
        s.add(inspection)
        s.flush()
        for pos, inspector_id in enumerate(team):
            s.add(m.InspectionMember(inspection_id=inspection.id, inspector_id=inspector_id,
                                     role="lead" if pos == 0 else "member", position=pos))
        self._refresh(s, inspection)
        return inspection

    # --- answering --------------------------------------------------------------

    def _get(self, s: Session, inspection_id: uuid.UUID) -> m.Inspection:
        inspection = s.get(m.Inspection, inspection_id)
        if inspection is None:
            raise NotFound(f"no inspection {inspection_id}")
        return inspection

    def _editable(self, s: Session, inspection_id: uuid.UUID, *,
                  reopen: bool = True) -> m.Inspection:
        """The inspection, if it may change. A change to what was inspected turns a
        completed (unsigned) inspection back into a draft, since its findings and
        result must be concluded again; editing findings does not (reopen=False)."""
        inspection = self._get(s, inspection_id)
        if inspection.status == "signed":
            raise InspectionLocked(
                "this inspection is signed and locked; a correction needs an amendment")
        if reopen and inspection.status == "completed":
            inspection.status = "draft"
            inspection.completed_at = None
            self._followup_decided(s, inspection)  # its checks are drafts again
        return inspection

    @staticmethod
    def _followup_decided(s: Session, inspection: m.Inspection) -> None:
        """A follow-up was completed, reopened or amended: the findings it checks take
        the state its checks now give them (see ``derive_finding_states``)."""
        s.flush()
        derive_finding_states(s, list(s.scalars(sa.select(m.FindingCheck.finding_id).where(
            m.FindingCheck.followup_id == inspection.id))))

    def _item(self, s: Session, inspection: m.Inspection, checklist_id: str,
              item_id: str) -> Item:
        version = inspection.checklist_versions.get(checklist_id)
        if version is None:
            raise InspectionError(f"checklist {checklist_id} is not part of this inspection")
        checklist = self.catalog.version(s, checklist_id, version)
        for item in checklist.items:
            if item.id == item_id:
                return item
        raise InspectionError(f"checklist {checklist_id} has no item {item_id}")

    def _answer_row(self, s: Session, inspection: m.Inspection, checklist_id: str,
                    item_id: str, actor: Actor) -> m.Answer:
        answer = s.scalars(sa.select(m.Answer).where(
            m.Answer.inspection_id == inspection.id, m.Answer.checklist_id == checklist_id,
            m.Answer.item_id == item_id)).one_or_none()
        if answer is None:
            answer = m.Answer(inspection_id=inspection.id, checklist_id=checklist_id,
                              item_id=item_id, answered_by_id=actor.id)
            s.add(answer)
            s.flush()
        return answer

    def _judge_answer(self, s: Session, inspection: m.Inspection, item: Item,
                      answer: m.Answer) -> Judgement:
        rows = None
        if item.response.type == "repeat":
            rows = [r.cells for r in s.scalars(sa.select(m.AnswerRow).where(
                m.AnswerRow.answer_id == answer.id).order_by(m.AnswerRow.position))]
        j = judge(item, answer.value, inspection.inspection_date,
                  not_applicable=answer.not_applicable, rows=rows)
        answer.result = j.result
        answer.reason = {"zh": j.reason.zh, "en": j.reason.en} if j.reason else None
        return j

    def _state(self, s: Session, inspection: m.Inspection, answer: m.Answer) -> AnswerState:
        card = self._refresh(s, inspection)
        return AnswerState(answer.checklist_id, answer.item_id, answer.result, answer.reason,
                           card.score, card.verdict)

    def answer(self, inspection_id: uuid.UUID, checklist_id: str, item_id: str, value: Any,
               actor: Actor) -> AnswerState:
        """Record the value of an item (InvalidAnswer if the item cannot take it)."""
        with self.db.write(actor) as s:
            inspection = self._editable(s, inspection_id)
            item = self._item(s, inspection, checklist_id, item_id)
            stored = None if value is None else parse_value(item, value,
                                                            inspection.inspection_date)
            answer = self._answer_row(s, inspection, checklist_id, item_id, actor)
            answer.value = stored
            answer.not_applicable = False
            answer.answered_by_id = actor.id or answer.answered_by_id
            self._judge_answer(s, inspection, item, answer)
            inspection.position = {"checklist": checklist_id, "item": item_id}
            return self._state(s, inspection, answer)

    def set_not_applicable(self, inspection_id: uuid.UUID, checklist_id: str, item_id: str,
                           not_applicable: bool, actor: Actor,
                           reason: str | None = None) -> AnswerState:
        """Mark an item not applicable (or take that back). A critical item needs the
        reason (at least ``NA_REASON_MIN_CHARS`` characters); a reason given is kept as
        the answer's note, which reports print."""
        reason = (reason or "").strip() or None
        with self.db.write(actor) as s:
            inspection = self._editable(s, inspection_id)
            item = self._item(s, inspection, checklist_id, item_id)
            if not_applicable and needs_na_reason(item) and not na_reason_ok(reason):
                raise InspectionError(
                    f"a critical item can be marked not applicable only with a reason of at "
                    f"least {NA_REASON_MIN_CHARS} characters")
            answer = self._answer_row(s, inspection, checklist_id, item_id, actor)
            answer.not_applicable = not_applicable
            if not_applicable and reason is not None:
                answer.note = reason
            self._judge_answer(s, inspection, item, answer)
            inspection.position = {"checklist": checklist_id, "item": item_id}
            return self._state(s, inspection, answer)

    def set_note(self, inspection_id: uuid.UUID, checklist_id: str, item_id: str,
                 note: str | None, actor: Actor) -> None:
        with self.db.write(actor) as s:
            inspection = self._editable(s, inspection_id)
            self._item(s, inspection, checklist_id, item_id)
            answer = self._answer_row(s, inspection, checklist_id, item_id, actor)
            answer.note = (note or "").strip() or None

    def add_row(self, inspection_id: uuid.UUID, checklist_id: str, item_id: str,
                cells: Mapping[str, Any], actor: Actor, note: str | None = None) -> uuid.UUID:
        with self.db.write(actor) as s:
            inspection = self._editable(s, inspection_id)
            item = self._item(s, inspection, checklist_id, item_id)
            parsed = parse_row(item, cells, inspection.inspection_date)
            answer = self._answer_row(s, inspection, checklist_id, item_id, actor)
            answer.not_applicable = False
            last = s.scalar(sa.select(sa.func.max(m.AnswerRow.position)).where(
                m.AnswerRow.answer_id == answer.id))
            row = m.AnswerRow(answer_id=answer.id, cells=parsed, note=note,
                              position=(last + 1) if last is not None else 0)
            s.add(row)
            s.flush()
            self._judge_answer(s, inspection, item, answer)
            self._refresh(s, inspection)
            return row.id

    def _row(self, s: Session, row_id: uuid.UUID) -> tuple[m.AnswerRow, m.Answer, m.Inspection]:
        row = s.get(m.AnswerRow, row_id)
        if row is None:
            raise NotFound(f"no row {row_id}")
        answer = s.get(m.Answer, row.answer_id)
        assert answer is not None
        return row, answer, self._editable(s, answer.inspection_id)

    def update_row(self, row_id: uuid.UUID, cells: Mapping[str, Any], actor: Actor) -> None:
        with self.db.write(actor) as s:
            row, answer, inspection = self._row(s, row_id)
            item = self._item(s, inspection, answer.checklist_id, answer.item_id)
            row.cells = parse_row(item, cells, inspection.inspection_date)
            self._judge_answer(s, inspection, item, answer)
            self._refresh(s, inspection)

    def remove_row(self, row_id: uuid.UUID, actor: Actor) -> None:
        with self.db.write(actor) as s:
            row, answer, inspection = self._row(s, row_id)
            item = self._item(s, inspection, answer.checklist_id, answer.item_id)
            s.delete(row)
            s.flush()
            self._renumber(s, answer.id)
            self._judge_answer(s, inspection, item, answer)
            self._refresh(s, inspection)

    def move_row(self, row_id: uuid.UUID, new_position: int, actor: Actor) -> None:
        with self.db.write(actor) as s:
            row, answer, _ = self._row(s, row_id)
            rows = list(s.scalars(sa.select(m.AnswerRow).where(
                m.AnswerRow.answer_id == answer.id).order_by(m.AnswerRow.position)))
            rows.remove(row)
            rows.insert(max(0, min(new_position, len(rows))), row)
            for pos, r in enumerate(rows):
                if r.position != pos:
                    r.position = pos

    def _renumber(self, s: Session, answer_id: uuid.UUID) -> None:
        rows = s.scalars(sa.select(m.AnswerRow).where(
            m.AnswerRow.answer_id == answer_id).order_by(m.AnswerRow.position))
        for pos, r in enumerate(rows):
            if r.position != pos:
                r.position = pos

    def add_photo(self, inspection_id: uuid.UUID, checklist_id: str, item_id: str,
                  data: bytes, actor: Actor, caption: str | None = None,
                  original_name: str | None = None) -> uuid.UUID:
        """Store the evidence copy of a photo and attach it to an item.

        The file is written first (content-addressed, so a retry is harmless); the
        record is then committed, so a photo is never recorded without its file.
        """
        with self.db.read() as s:  # refuse early, before any file is written
            inspection = self._editable(s, inspection_id)
            self._item(s, inspection, checklist_id, item_id)
        stored = self.photos.add(data)
        with self.db.write(actor) as s:
            inspection = self._editable(s, inspection_id)
            answer = self._answer_row(s, inspection, checklist_id, item_id, actor)
            photo = _photo_row(stored, inspection.id, caption, original_name,
                               answer_id=answer.id)
            s.add(photo)
            s.flush()
            return photo.id

    def remove_photo(self, photo_id: uuid.UUID, actor: Actor) -> None:
        """Detach a photo (the file stays: other records may share it)."""
        with self.db.write(actor) as s:
            photo = s.get(m.Photo, photo_id)
            if photo is None:
                raise NotFound(f"no photo {photo_id}")
            self._editable(s, photo.inspection_id)
            s.delete(photo)

    # --- results ----------------------------------------------------------------

    def _checklists(self, s: Session, inspection: m.Inspection) -> list[Checklist]:
        return [self.catalog.version(s, cid, ver)
                for cid, ver in inspection.checklist_versions.items()]

    def _scored(self, s: Session, inspection: m.Inspection
                ) -> list[tuple[Checklist, Item, bool, m.Answer | None]]:
        facility = s.get(m.Facility, inspection.facility_id)
        assert facility is not None
        facts = facts_of(facility)
        answers = {(a.checklist_id, a.item_id): a for a in s.scalars(
            sa.select(m.Answer).where(m.Answer.inspection_id == inspection.id))}
        return [(c, item, applies(item.applies_if, facts), answers.get((c.id, item.id)))
                for c in self._checklists(s, inspection) for item in c.items]

    def _refresh(self, s: Session, inspection: m.Inspection) -> ScoreCard:
        """Recompute and store the score, verdict and counts of an inspection."""
        s.flush()
        entries = [Scored(item, ok, a.result if a else None)
                   for _, item, ok, a in self._scored(s, inspection)]
        card = score(entries, self.policy())
        for key, value in (("score", card.score), ("verdict", card.verdict),
                           ("fail_count", card.failed),
                           ("critical_fail_count", len(card.critical_failures)),
                           ("answered_count", card.answered),
                           ("applicable_count", card.applicable)):
            if getattr(inspection, key) != value:
                setattr(inspection, key, value)
        return card

    def rescore(self, s: Session, inspection: m.Inspection) -> ScoreCard:
        """Recompute the stored results of an inspection written by another service
        in the same unit of work (an import)."""
        return self._refresh(s, inspection)

    def policy(self) -> Policy:
        return load_policy(self.db)

    def score_card(self, inspection_id: uuid.UUID) -> ScoreCard:
        with self.db.read() as s:
            inspection = s.get(m.Inspection, inspection_id)
            if inspection is None:
                raise NotFound(f"no inspection {inspection_id}")
            entries = [Scored(item, ok, a.result if a else None)
                       for _, item, ok, a in self._scored(s, inspection)]
            return score(entries, self.policy())

    # --- concluding -------------------------------------------------------------

    def missing_evidence(self, inspection_id: uuid.UUID, lang: str = "zh"
                         ) -> list[MissingEvidence]:
        """What stops the inspection from being completed."""
        with self.db.read() as s:
            inspection = s.get(m.Inspection, inspection_id)
            if inspection is None:
                raise NotFound(f"no inspection {inspection_id}")
            return self._missing(s, inspection, lang)

    def _missing(self, s: Session, inspection: m.Inspection, lang: str) -> list[MissingEvidence]:
        photo_answers = set(s.scalars(sa.select(m.Photo.answer_id).where(
            m.Photo.inspection_id == inspection.id, m.Photo.answer_id.is_not(None))))
        out = []
        for check, finding in s.execute(
                sa.select(m.FindingCheck, m.Finding)
                .join(m.Finding, m.Finding.id == m.FindingCheck.finding_id)
                .where(m.FindingCheck.followup_id == inspection.id)
                .order_by(m.Finding.created_at, m.Finding.id)):
            if check.status is None:
                prompt = self._prompts(s, finding.inspection_id).get(
                    (finding.checklist_id, finding.item_id), {}).get(lang, finding.item_id)
                out.append(MissingEvidence(finding.checklist_id, finding.item_id, prompt,
                                           "check"))
        for checklist, item, ok, answer in self._scored(s, inspection):
            if not ok:
                continue
            prompt = item.prompt.get(lang)
            if answer is None or (answer.result is None and not answer.not_applicable and (
                    item.response.type != "text" or answer.value is None)):
                out.append(MissingEvidence(checklist.id, item.id, prompt, "answer"))
                continue
            if answer.not_applicable:
                if needs_na_reason(item) and not na_reason_ok(answer.note):
                    out.append(MissingEvidence(checklist.id, item.id, prompt, "reason"))
                continue
            need = evidence_needed(item, answer.result, has_note=bool(answer.note),
                                   has_photo=answer.id in photo_answers)
            if need is not None:
                out.append(MissingEvidence(checklist.id, item.id, prompt, need))
        return out

    def completion_refusal(self, s: Session, inspection: m.Inspection) -> str | None:
        """Why ``inspection`` cannot be complete, in English, or None: every rule that
        ``complete`` enforces (team size, answers, evidence), for writers that bring
        completed inspections another way (a bundle import checks them with this)."""
        members = s.scalar(sa.select(sa.func.count()).select_from(m.InspectionMember).where(
            m.InspectionMember.inspection_id == inspection.id)) or 0
        problem = team_problem(inspection.kind, int(members), self.policy())
        if problem:
            return problem
        missing = self._missing(s, inspection, "en")
        if not missing:
            return None
        listed = "; ".join(f"{x.checklist_id}/{x.item_id} ({x.need})" for x in missing[:10])
        more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        return (f"{len(missing)} item(s) need an answer or evidence: {listed}{more}")

    def draft_findings(self, inspection_id: uuid.UUID, actor: Actor, lang: str = "zh") -> int:
        """A finding for every failed item that has none; drafts whose item no longer
        fails are withdrawn. Returns the number of open findings."""
        with self.db.write(actor) as s:
            inspection = self._editable(s, inspection_id, reopen=False)
            self._sync_findings(s, inspection, lang)
            return len(list(s.scalars(sa.select(m.Finding.id).where(
                m.Finding.inspection_id == inspection.id, m.Finding.status == "open"))))

    def _sync_findings(self, s: Session, inspection: m.Inspection, lang: str) -> None:
        policy = self.policy()
        existing = {(f.checklist_id, f.item_id): f for f in s.scalars(
            sa.select(m.Finding).where(m.Finding.inspection_id == inspection.id))}
        failing = set()
        for checklist, item, ok, answer in self._scored(s, inspection):
            if not ok or answer is None or answer.result != FAIL:
                continue
            key = (checklist.id, item.id)
            failing.add(key)
            if key in existing:
                if existing[key].status == "withdrawn":
                    existing[key].status = "open"
                continue
            s.add(m.Finding(
                inspection_id=inspection.id, answer_id=answer.id, checklist_id=checklist.id,
                item_id=item.id, severity=item.severity.value,
                description=finding_description(item, answer, lang),
                required_action=item.action.get(lang),
                deadline=inspection.inspection_date + timedelta(
                    days=policy.deadline_days(item.severity.value))))
        for key, finding in existing.items():
            if key not in failing and finding.status == "open":
                finding.status = "withdrawn"
                finding.status_note = "item no longer fails"

    def update_finding(self, finding_id: uuid.UUID, actor: Actor, *,
                       description: str | None = None, required_action: str | None = None,
                       deadline: date | None = None) -> None:
        with self.db.write(actor) as s:
            finding = s.get(m.Finding, finding_id)
            if finding is None:
                raise NotFound(f"no finding {finding_id}")
            inspection = self._editable(s, finding.inspection_id, reopen=False)
            if description is not None:
                if not description.strip():
                    raise InspectionError("a finding needs a description")
                finding.description = description.strip()
            if required_action is not None:
                if not required_action.strip():
                    raise InspectionError("a finding needs a required action")
                finding.required_action = required_action.strip()
            if deadline is not None:
                if deadline < inspection.inspection_date:
                    raise InspectionError("the deadline is before the inspection date")
                finding.deadline = deadline

    def complete(self, inspection_id: uuid.UUID, actor: Actor, lang: str = "zh") -> ScoreCard:
        """Conclude: refused while evidence is missing; drafts the findings."""
        with self.db.write(actor) as s:
            inspection = self._editable(s, inspection_id)
            refusal = self.completion_refusal(s, inspection)
            if refusal:
                raise InspectionError(f"cannot complete: {refusal}")
            self._sync_findings(s, inspection, lang)
            card = self._refresh(s, inspection)
            inspection.status = "completed"
            inspection.completed_at = utcnow()
            s.flush()
            self._followup_decided(s, inspection)
            return card

    def sign(self, inspection_id: uuid.UUID, signatures: Sequence[SignatureInput],
             actor: Actor) -> None:
        """Add the handwritten signatures and lock the inspection."""
        with self.db.write(actor) as s:
            inspection = self._editable(s, inspection_id, reopen=False)
            if inspection.status != "completed":
                raise InspectionError("complete the inspection before signing it")
            for sig in signatures:  # each signature first: a bad pad is named as such
                if sig.signer_role not in ("inspector", "facility_representative"):
                    raise InspectionError(f"unknown signer role {sig.signer_role!r}")
                if not sig.signer_name.strip():
                    raise InspectionError("every signature needs the signer's name")
                if not sig.image_png.startswith(b"\x89PNG\r\n\x1a\n"):
                    raise InspectionError("a signature image must be a PNG")
                ink = png_problem(sig.image_png)
                if ink is not None:
                    raise InspectionError(
                        f"the signature of {sig.signer_name.strip()} is refused: {ink.message}")
            if "facility_representative" not in [sig.signer_role for sig in signatures]:
                raise InspectionError("the facility representative must sign")
            self._check_inspector_signatures(s, inspection, signatures)
            for sig in signatures:
                s.add(m.Signature(inspection_id=inspection.id, inspector_id=sig.inspector_id,
                                  signer_name=sig.signer_name.strip(),
                                  signer_role=sig.signer_role, signer_title=sig.signer_title,
                                  image_png=sig.image_png))
            inspection.status = "signed"
            inspection.signed_at = utcnow()
            for amendment in s.scalars(sa.select(m.Amendment).where(
                    m.Amendment.inspection_id == inspection.id,
                    m.Amendment.closed_at.is_(None))):
                amendment.closed_at = inspection.signed_at

    def _check_inspector_signatures(self, s: Session, inspection: m.Inspection,
                                    signatures: Sequence[SignatureInput]) -> None:
        """Every inspector named on the record signs it, once, and only they do."""
        team = {member.inspector_id: profile for member, profile in s.execute(
            sa.select(m.InspectionMember, m.InspectorProfile)
            .join(m.InspectorProfile, m.InspectorProfile.id == m.InspectionMember.inspector_id)
            .where(m.InspectionMember.inspection_id == inspection.id))}
        problem = team_problem(inspection.kind, len(team), self.policy())
        if problem:
            raise TeamTooSmall(problem)
        signed: list[uuid.UUID] = []
        for sig in signatures:
            if sig.signer_role != "inspector":
                continue
            if sig.inspector_id is None or sig.inspector_id not in team:
                raise InspectionError(f"{sig.signer_name} is not on the team of this "
                                      "inspection and cannot sign it as an inspector")
            if sig.inspector_id in signed:
                raise InspectionError(f"{sig.signer_name} signs twice")
            signed.append(sig.inspector_id)
        missing = [team[i].name for i in team if i not in signed]
        if missing:
            raise InspectionError("every inspector of the team signs the record; still to "
                                  "sign: " + ", ".join(missing))

    # --- reading one inspection -------------------------------------------------

    def _prompts(self, s: Session, inspection_id: uuid.UUID) -> dict[tuple[str, str],
                                                                      dict[str, str]]:
        inspection = self._get(s, inspection_id)
        return {(c.id, item.id): {"zh": item.prompt.zh, "en": item.prompt.en}
                for c in self._checklists(s, inspection) for item in c.items}

    def _photo_info(self, p: m.Photo) -> PhotoInfo:
        return PhotoInfo(str(p.id), p.sha256, self.photos.path_of(p.sha256), p.width,
                         p.height, p.caption, p.original_name)

    def _finding_infos(self, s: Session, findings: Sequence[m.Finding],
                       checks: Mapping[uuid.UUID, m.FindingCheck] | None = None,
                       photo_inspection: uuid.UUID | None = None) -> list[FindingInfo]:
        prompts: dict[uuid.UUID, dict[tuple[str, str], dict[str, str]]] = {}
        dates: dict[uuid.UUID, date] = {}
        photos: dict[uuid.UUID, list[PhotoInfo]] = {}
        ids = [f.id for f in findings]
        q = sa.select(m.Photo).where(m.Photo.finding_id.in_(ids)).order_by(m.Photo.created_at)
        if photo_inspection is not None:
            q = q.where(m.Photo.inspection_id == photo_inspection)
        for p in s.scalars(q):
            photos.setdefault(p.finding_id, []).append(self._photo_info(p))  # type: ignore[arg-type]
        out = []
        for f in findings:
            if f.inspection_id not in prompts:
                prompts[f.inspection_id] = self._prompts(s, f.inspection_id)
                dates[f.inspection_id] = self._get(s, f.inspection_id).inspection_date
            check = (checks or {}).get(f.id)
            out.append(FindingInfo(
                id=str(f.id), inspection_id=str(f.inspection_id), checklist_id=f.checklist_id,
                item_id=f.item_id,
                prompt=prompts[f.inspection_id].get((f.checklist_id, f.item_id),
                                                    {"zh": f.item_id, "en": f.item_id}),
                severity=f.severity, description=f.description,
                required_action=f.required_action, deadline=f.deadline, status=f.status,
                status_note=f.status_note,
                checked_in_id=str(f.checked_in_id) if f.checked_in_id else None,
                photos=tuple(photos.get(f.id, ())),
                check_status=check.status if check else None,
                check_note=check.note if check else None,
                inspection_date=dates[f.inspection_id]))
        return out

    def detail(self, inspection_id: uuid.UUID) -> InspectionDetail:
        """Everything the app shows about one inspection, read in one transaction."""
        with self.db.read() as s:
            i = self._get(s, inspection_id)
            facility = s.get(m.Facility, i.facility_id)
            assert facility is not None
            team = tuple(MemberInfo(profile_info(p), member.role) for member, p in s.execute(
                sa.select(m.InspectionMember, m.InspectorProfile)
                .join(m.InspectorProfile, m.InspectorProfile.id == m.InspectionMember.inspector_id)
                .where(m.InspectionMember.inspection_id == i.id)
                .order_by(m.InspectionMember.position)))
            scored = self._scored(s, i)
            answer_ids = [a.id for *_, a in scored if a is not None]
            rows: dict[uuid.UUID, list[RowInfo]] = {}
            for r in s.scalars(sa.select(m.AnswerRow).where(
                    m.AnswerRow.answer_id.in_(answer_ids)).order_by(m.AnswerRow.position)):
                rows.setdefault(r.answer_id, []).append(RowInfo(str(r.id), r.position,
                                                                dict(r.cells)))
            photos: dict[uuid.UUID, list[PhotoInfo]] = {}
            for p in s.scalars(sa.select(m.Photo).where(
                    m.Photo.inspection_id == i.id, m.Photo.answer_id.is_not(None))
                    .order_by(m.Photo.created_at, m.Photo.id)):
                photos.setdefault(p.answer_id, []).append(self._photo_info(p))  # type: ignore[arg-type]
            answers = {
                (c.id, item.id): ItemAnswer(
                    c.id, item.id, a.value, a.not_applicable, a.result, a.reason, a.note,
                    tuple(rows.get(a.id, ())), tuple(photos.get(a.id, ())))
                for c, item, _, a in scored if a is not None}
            card = score([Scored(item, ok, a.result if a else None)
                          for _, item, ok, a in scored], self.policy())
            findings = self._finding_infos(s, list(s.scalars(
                sa.select(m.Finding).where(m.Finding.inspection_id == i.id)
                .order_by(m.Finding.created_at, m.Finding.id))))
            signatures = tuple(SignatureInfo(
                str(g.id), g.signer_name, g.signer_role, g.signer_title,
                str(g.inspector_id) if g.inspector_id else None, g.image_png, g.signed_at,
                g.superseded_at is not None) for g in s.scalars(
                    sa.select(m.Signature).where(m.Signature.inspection_id == i.id)
                    .order_by(m.Signature.signed_at, m.Signature.id)))
            amendments = tuple(AmendmentInfo(str(a.id), a.reason, a.actor, a.opened_at,
                                             a.closed_at) for a in s.scalars(
                sa.select(m.Amendment).where(m.Amendment.inspection_id == i.id)
                .order_by(m.Amendment.opened_at, m.Amendment.id)))
            return InspectionDetail(
                id=str(i.id), facility=facility_info(facility), kind=i.kind,
                date=i.inspection_date, status=i.status, team=team,
                checklists=tuple(self._checklists(s, i)),
                applicable={(c.id, item.id): ok for c, item, ok, _ in scored},
                answers=answers, position=dict(i.position), card=card,
                followup_of_id=str(i.followup_of_id) if i.followup_of_id else None,
                report_number=i.report_number, findings=tuple(findings),
                signatures=signatures, amendments=amendments,
                completed_at=i.completed_at, signed_at=i.signed_at)

    def set_position(self, inspection_id: uuid.UUID, checklist_id: str, item_id: str,
                     actor: Actor) -> None:
        """Remember where the inspector is, so reopening resumes there. A signed
        inspection keeps the position it was signed at."""
        with self.db.write(actor) as s:
            inspection = self._get(s, inspection_id)
            if inspection.status == "signed":
                return
            self._item(s, inspection, checklist_id, item_id)
            position = {"checklist": checklist_id, "item": item_id}
            if inspection.position != position:
                inspection.position = position

    def findings(self, inspection_id: uuid.UUID) -> list[FindingInfo]:
        with self.db.read() as s:
            self._get(s, inspection_id)
            return self._finding_infos(s, list(s.scalars(
                sa.select(m.Finding).where(m.Finding.inspection_id == inspection_id)
                .order_by(m.Finding.created_at, m.Finding.id))))

    def history(self, inspection_id: uuid.UUID) -> list[HistoryEntry]:
        """Every recorded change to the inspection, newest first: who, when, what,
        old and new values, and the reason (amendments)."""
        with self.db.read() as s:
            self._get(s, inspection_id)
            entries = list(s.scalars(sa.select(m.AuditEntry).where(
                m.AuditEntry.inspection_id == inspection_id)
                .order_by(m.AuditEntry.at.desc(), m.AuditEntry.id.desc())))
            items: dict[uuid.UUID, tuple[str, str]] = {
                a.id: (a.checklist_id, a.item_id) for a in s.scalars(
                    sa.select(m.Answer).where(m.Answer.inspection_id == inspection_id))}
            for f in s.scalars(sa.select(m.Finding).where(
                    m.Finding.inspection_id == inspection_id)):
                items[f.id] = (f.checklist_id, f.item_id)
            owners: dict[uuid.UUID, uuid.UUID] = {}  # row / photo -> answer
            for e in entries:  # deleted answers, rows and photos are known by their insert
                if e.action != "insert":
                    continue
                fields = {k: v[1] for k, v in e.changes.items()}
                if e.entity == "answer" and "item_id" in fields:
                    items.setdefault(e.entity_id, (fields["checklist_id"], fields["item_id"]))
                if e.entity in ("answer_row", "photo") and fields.get("answer_id"):
                    owners[e.entity_id] = uuid.UUID(str(fields["answer_id"]))
                if e.entity == "finding_check" and fields.get("finding_id"):
                    owners[e.entity_id] = uuid.UUID(str(fields["finding_id"]))
            out = []
            for e in entries:
                key = items.get(e.entity_id) or items.get(owners.get(e.entity_id, e.entity_id))
                if key is None and e.entity == "finding_check":
                    finding = s.get(m.Finding, owners.get(e.entity_id))
                    key = (finding.checklist_id, finding.item_id) if finding else None
                out.append(HistoryEntry(e.at, e.actor, e.entity, e.action, dict(e.changes),
                                        e.reason, *(key or (None, None))))
            return out

    def delete_draft(self, inspection_id: uuid.UUID, actor: Actor) -> None:
        """Remove an inspection started by mistake. Only a draft that was never
        concluded can go: once completed, signed or amended it is part of the record.
        Findings a follow-up draft had marked get back the status they had."""
        with self.db.write(actor, reason="draft deleted") as s:
            inspection = self._get(s, inspection_id)
            if inspection.status != "draft" or inspection.completed_at is not None:
                raise InspectionError("only a draft can be deleted; a completed or signed "
                                      "inspection is part of the record")
            if s.scalar(sa.select(m.Amendment.id).where(
                    m.Amendment.inspection_id == inspection.id).limit(1)) is not None:
                raise InspectionError("an amended inspection was signed once and cannot be "
                                      "deleted")
            checked = list(s.scalars(sa.select(m.FindingCheck.finding_id).where(
                m.FindingCheck.followup_id == inspection.id)))
            s.delete(inspection)  # answers, rows, photos records, findings: ON DELETE CASCADE
            s.flush()
            derive_finding_states(s, checked)

    # --- amending a signed inspection ------------------------------------------

    def amend(self, inspection_id: uuid.UUID, reason: str, actor: Actor) -> None:
        """Reopen a signed inspection for correction. The reason is kept with the
        inspection and in the audit log; the signatures made so far stay, marked as
        superseded; the corrected inspection must be completed and signed again."""
        reason = (reason or "").strip()
        if len(reason) < MIN_AMENDMENT_REASON:
            raise InspectionError(f"an amendment needs a reason of at least "
                                  f"{MIN_AMENDMENT_REASON} characters")
        with self.db.write(actor, reason=f"amendment: {reason}") as s:
            inspection = self._get(s, inspection_id)
            if inspection.status != "signed":
                raise InspectionError("only a signed inspection needs an amendment; "
                                      "this one can be edited directly")
            now = utcnow()
            for signature in s.scalars(sa.select(m.Signature).where(
                    m.Signature.inspection_id == inspection.id,
                    m.Signature.superseded_at.is_(None))):
                signature.superseded_at = now
            s.add(m.Amendment(inspection_id=inspection.id, reason=reason, actor=actor.name,
                              actor_id=actor.id, opened_at=now))
            inspection.status = "draft"
            inspection.completed_at = None
            inspection.signed_at = None
            self._followup_decided(s, inspection)  # under correction: decides nothing

    # --- follow-up (复查) --------------------------------------------------------

    def start_followup(self, original_id: uuid.UUID, on: date, team: Sequence[uuid.UUID],
                       actor: Actor, checklist_ids: Sequence[str] = ()) -> uuid.UUID:
        """A follow-up inspection that checks the open findings of an earlier one."""
        self._check_team("followup", team)
        current = self.catalog.current
        unknown = [c for c in checklist_ids if c not in current]
        if unknown:
            raise InspectionError(f"unknown checklist(s): {', '.join(unknown)}")
        with self.db.write(actor) as s:
            original = self._get(s, original_id)
            if original.status == "draft":
                raise InspectionError("complete the inspection before following it up")
            if on < original.inspection_date:
                raise InspectionError("a follow-up cannot be dated before the inspection "
                                      f"it follows up ({original.inspection_date})")
            findings = list(s.scalars(sa.select(m.Finding).where(
                m.Finding.inspection_id == original.id,
                m.Finding.status.in_(("open", "not_rectified")))
                .order_by(m.Finding.created_at, m.Finding.id)))
            if not findings:
                raise InspectionError("this inspection has no open findings to follow up")
            followup = self._insert(s, original.facility_id, "followup", on, team,
                                    list(checklist_ids), original.id)
            for finding in findings:
                s.add(m.FindingCheck(followup_id=followup.id, finding_id=finding.id,
                                     status_before=finding.status))
            return followup.id

    def followup_findings(self, followup_id: uuid.UUID) -> list[FindingInfo]:
        """The findings a follow-up checks, with what it found so far."""
        with self.db.read() as s:
            self._get(s, followup_id)
            pairs = list(s.execute(
                sa.select(m.FindingCheck, m.Finding)
                .join(m.Finding, m.Finding.id == m.FindingCheck.finding_id)
                .where(m.FindingCheck.followup_id == followup_id)
                .order_by(m.Finding.created_at, m.Finding.id)))
            return self._finding_infos(s, [f for _, f in pairs],
                                       checks={f.id: c for c, f in pairs},
                                       photo_inspection=followup_id)

    def _check(self, s: Session, followup_id: uuid.UUID, finding_id: uuid.UUID
               ) -> tuple[m.Inspection, m.FindingCheck, m.Finding]:
        followup = self._editable(s, followup_id)
        check = s.scalars(sa.select(m.FindingCheck).where(
            m.FindingCheck.followup_id == followup_id,
            m.FindingCheck.finding_id == finding_id)).one_or_none()
        finding = s.get(m.Finding, finding_id)
        if check is None or finding is None:
            raise NotFound(f"finding {finding_id} is not checked by this follow-up")
        return followup, check, finding

    def check_finding(self, followup_id: uuid.UUID, finding_id: uuid.UUID, status: str,
                      note: str | None, actor: Actor) -> None:
        """Record whether a finding was rectified. status "open" withdraws the check;
        note None leaves the note as it is. The finding itself (on the earlier,
        usually signed, inspection) follows only once this follow-up is completed."""
        if status not in ("rectified", "not_rectified", "open"):
            raise InspectionError(f"unknown finding status {status!r}")
        with self.db.write(actor, reason=f"follow-up {followup_id}") as s:
            followup, check, _ = self._check(s, followup_id, finding_id)
            if note is not None:
                check.note = note.strip() or None
            if status == "open":
                check.status = None
                check.checked_at = None
            elif check.status != status:
                check.status = status
                check.checked_at = utcnow()
            self._followup_decided(s, followup)

    def add_finding_photo(self, followup_id: uuid.UUID, finding_id: uuid.UUID, data: bytes,
                          actor: Actor, original_name: str | None = None,
                          caption: str | None = None) -> uuid.UUID:
        """A photo of how a finding was (or was not) rectified."""
        with self.db.read() as s:
            self._check(s, followup_id, finding_id)
        stored = self.photos.add(data)
        with self.db.write(actor) as s:
            self._check(s, followup_id, finding_id)
            photo = _photo_row(stored, followup_id, caption, original_name,
                               finding_id=finding_id)
            s.add(photo)
            s.flush()
            return photo.id

    # --- the inspection list ----------------------------------------------------

    @staticmethod
    def _filtered(q: sa.Select[Any], f: InspectionFilter) -> sa.Select[Any]:
        if f.status:
            q = q.where(m.Inspection.status == f.status)
        if f.kind:
            q = q.where(m.Inspection.kind == f.kind)
        if f.township:
            q = q.where(m.Facility.township == f.township)
        if f.verdict:
            q = q.where(m.Inspection.verdict == f.verdict)
        if f.facility_id:
            q = q.where(m.Inspection.facility_id == uuid.UUID(str(f.facility_id)))
        if f.since:
            q = q.where(m.Inspection.inspection_date >= f.since)
        if f.until:
            q = q.where(m.Inspection.inspection_date <= f.until)
        text = (f.text or "").strip()
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_") + "%"
            # Matching facilities first: an OR across both tables would scan them all.
            # Their pinyin too (stored on the row): ``xxx`` finds 小星星.
            facilities = sa.select(m.Facility.id).where(search_condition(
                text, m.Facility.name, m.Facility.credit_code, m.Facility.township,
                m.Facility.district))
            q = q.where(sa.or_(m.Inspection.facility_id.in_(facilities),
                               m.Inspection.report_number.like(pattern, escape="\\")))
        return q

    def count(self, f: InspectionFilter | None = None) -> int:
        q = self._filtered(sa.select(sa.func.count()).select_from(m.Inspection).join(
            m.Facility, m.Facility.id == m.Inspection.facility_id), f or InspectionFilter())
        with self.db.read() as s:
            return int(s.scalar(q) or 0)

    def query(self, f: InspectionFilter | None = None, *, order_by: str = "date",
              descending: bool = True, offset: int = 0, limit: int | None = 200
              ) -> list[InspectionSummary]:
        """One page of the inspection list (``limit`` None: to the end); ties are
        broken by date and id, so pages never overlap or skip."""
        if order_by not in ORDER_KEYS:
            raise InspectionError(f"cannot sort by {order_by!r}; one of {', '.join(ORDER_KEYS)}")
        keys: dict[str, tuple[Any, ...]] = {
            "date": (),
            # Chinese names in pinyin order (华士 < 南闸 < 云亭), by the stored keys.
            "facility": (m.Facility.sort_name,),
            "township": (m.Facility.sort_township,),
            "kind": (m.Inspection.kind,),
            "status": (m.Inspection.status,),
            "score": (m.Inspection.score,),
            "verdict": (m.Inspection.verdict,),
            "fails": (m.Inspection.critical_fail_count, m.Inspection.fail_count),
        }
        columns = [*keys[order_by], m.Inspection.inspection_date, m.Inspection.id]
        order = [c.desc() if descending else c.asc() for c in columns]
        # The page's ids first, from the (date, id) index alone where the order allows;
        # then only those rows are read in full. A deep offset stays cheap this way.
        page = self._filtered(
            sa.select(m.Inspection.id).join(m.Facility, m.Facility.id == m.Inspection.facility_id)
            .order_by(*order).offset(max(0, offset))
            .limit(None if limit is None else max(0, limit)),
            f or InspectionFilter())
        q = (sa.select(m.Inspection, m.Facility.name, m.Facility.township)
             .join(m.Facility, m.Facility.id == m.Inspection.facility_id)
             .where(m.Inspection.id.in_(page)).order_by(*order))
        with self.db.read() as s:
            return [_summary(i, name, township) for i, name, township in s.execute(q)]

    # --- listing ----------------------------------------------------------------

    def list(self, *, status: str | None = None, kind: str | None = None,
             township: str | None = None, verdict: str | None = None,
             facility_id: uuid.UUID | None = None, since: date | None = None,
             until: date | None = None, limit: int | None = None) -> list[InspectionSummary]:
        """Newest first (by inspection date, then creation); all of them unless limited."""
        return self.query(InspectionFilter(
            status=status, kind=kind, township=township, verdict=verdict, since=since,
            until=until, facility_id=str(facility_id) if facility_id else None),
            limit=limit)


def team_problem(kind: str, size: int, policy: Policy) -> str | None:
    """Why a team of ``size`` inspectors cannot make an inspection of ``kind``."""
    need = policy.min_team_size(kind)
    if size >= need:
        return None
    if need == 1:
        return "an inspection needs at least one inspector"
    return (f"an official inspection needs at least {need} inspectors (the office allows "
            "one inspector only for the kinds named in the policy setting "
            "single_inspector_kinds)")


def derive_finding_states(s: Session, finding_ids: Sequence[uuid.UUID]) -> None:
    """A finding's state follows the latest decided check of a follow-up that is
    completed or signed. A draft follow-up decides nothing yet: until it is completed
    the finding stays as the earlier record left it (open)."""
    decided = ("completed", "signed")
    for finding_id in set(finding_ids):
        finding = s.get(m.Finding, finding_id)
        if finding is None or finding.status == "withdrawn":
            continue
        latest = s.execute(
            sa.select(m.FindingCheck)
            .join(m.Inspection, m.Inspection.id == m.FindingCheck.followup_id)
            .where(m.FindingCheck.finding_id == finding_id,
                   m.FindingCheck.status.is_not(None), m.FindingCheck.checked_at.is_not(None),
                   m.Inspection.status.in_(decided))
            .order_by(m.FindingCheck.checked_at.desc(), m.FindingCheck.id.desc())
            .limit(1)).scalar_one_or_none()
        if latest is None:
            status, note, checked_in = "open", None, None
        else:
            status, note, checked_in = latest.status or "open", latest.note, latest.followup_id
        if finding.status != status:
            finding.status = status
        if finding.status_note != note:
            finding.status_note = note
        if finding.checked_in_id != checked_in:
            finding.checked_in_id = checked_in


def _photo_row(stored: StoredPhoto, inspection_id: uuid.UUID, caption: str | None,
               original_name: str | None, **links: uuid.UUID) -> m.Photo:
    """The record of a photo already in the store, linked to an answer or a finding."""
    return m.Photo(inspection_id=inspection_id, sha256=stored.sha256, width=stored.width,
                   height=stored.height, byte_size=stored.byte_size, caption=caption,
                   original_name=original_name, taken_at=stored.taken_at, **links)


def _summary(i: m.Inspection, facility: str, township: str) -> InspectionSummary:
    return InspectionSummary(
        id=str(i.id), facility_id=str(i.facility_id), facility=facility, township=township,
        kind=i.kind, date=i.inspection_date.isoformat(), status=i.status, score=i.score,
        verdict=i.verdict, fail_count=i.fail_count, critical_fail_count=i.critical_fail_count,
        answered=i.answered_count, applicable=i.applicable_count)


def finding_description(item: Item, answer: m.Answer, lang: str) -> str:
    text = item.prompt.get(lang).rstrip("？?。.")
    if lang == "en":
        out = f"Does not comply: {text}."
        if answer.reason:
            out += f" ({answer.reason['en']})"
        if answer.note:
            out += f" Observed: {answer.note}"
        return out
    out = f"{text}：不符合要求"
    if answer.reason:
        out += f"（{answer.reason['zh']}）"
    out += "。"
    if answer.note:
        out += f"现场情况：{answer.note}"
    return out


__all__ = [
    "AmendmentInfo", "FindingInfo", "HistoryEntry", "InspectionDetail", "InspectionError",
    "InspectionFilter", "InspectionLocked", "Inspections", "InvalidAnswer", "ItemAnswer",
    "MemberInfo", "NotFound", "PhotoInfo", "RowInfo", "SignatureInfo", "TeamTooSmall",
    "derive_finding_states", "team_problem",
]
