"""Divergent edits kept side by side, and a person's decision between them.

An inspection conflict is shown per *unit*: each answer (with its repeat rows and
photos), each finding, and the inspection's details (team, status, signatures,
amendments, follow-up checks). Facility and inspector conflicts are shown per field.
For each unit that differs the person keeps ours or takes theirs; the merged version
is written like any import and becomes a revision whose parents are both versions,
so either laptop recognises it as later than what it had. A version signed on the
other laptop cannot be cut into pieces: it is taken whole or ours is kept whole.
The decision is stored with the conflict and written to the audit log.
"""

from __future__ import annotations

import contextlib
import copy
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from inspector.catalog import Catalog
from inspector.storage import models as m
from inspector.storage.database import Actor, Database
from inspector.storage.types import utcnow
from inspector.sync import records, revisions
from inspector.sync.apply import ApplyRefused, apply_facility, apply_inspection, apply_inspector

WHOLE = "*"
_DETAIL_KEYS = ("kind", "inspection_date", "status", "checklist_versions", "followup_of_id",
                "note", "completed_at", "signed_at", "members", "signatures", "amendments",
                "finding_checks")


class ConflictError(Exception):
    """The conflict cannot be resolved as asked; the message says why."""


@dataclass(frozen=True)
class Unit:
    key: str  # "details", "answer:<checklist>/<item>", "finding:<id>", "field:<name>", "*"
    title: dict[str, str]  # {"zh": ..., "en": ...}
    mine: str  # what ours holds, as text for a person
    theirs: str


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    entity: str
    entity_id: str
    label: str
    signer: str
    created_at: str
    remote_signed: bool


@dataclass(frozen=True)
class ConflictDetail:
    info: ConflictInfo
    units: list[Unit]
    whole_only: bool  # the other version is signed: take it whole or keep ours whole


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value) or "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}={_text(v)}" for k, v in value.items()) or "—"
    return str(value)


def _answer_text(answer: dict[str, Any] | None, photos: int) -> str:
    if answer is None:
        return "—"
    parts = ["N/A" if answer["not_applicable"] else _text(answer["value"])]
    if answer["rows"]:
        parts.append(f"{len(answer['rows'])} rows: " + " | ".join(
            _text(r["cells"]) for r in answer["rows"][:5]))
    if answer["note"]:
        parts.append(f"“{answer['note']}”")
    if photos:
        parts.append(f"{photos} photo(s)")
    return " · ".join(parts)


def _finding_text(f: dict[str, Any] | None) -> str:
    if f is None:
        return "—"
    state = " (withdrawn)" if f["withdrawn"] else ""
    return f"{f['description']} → {f['required_action']} · {f['deadline']}{state}"


def _details_text(rec: dict[str, Any]) -> str:
    return (f"{rec['status']} · {rec['inspection_date']} · team {len(rec['members'])} · "
            f"signatures {len(rec['signatures'])} · amendments {len(rec['amendments'])} · "
            f"note {_text(rec['note'])}")


def _answers(rec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f"{a['checklist_id']}/{a['item_id']}": a for a in rec["answers"]}


def _photos_of(rec: dict[str, Any], answer_id: str | None) -> list[dict[str, Any]]:
    return [p for p in rec["photos"] if answer_id and p["answer_id"] == answer_id]


def _answer_unit_equal(mine: dict[str, Any], theirs: dict[str, Any], key: str) -> bool:
    a, b = _answers(mine).get(key), _answers(theirs).get(key)

    def strip(x: dict[str, Any] | None, rec: dict[str, Any]) -> Any:
        if x is None:
            return None
        photos = sorted(p["sha256"] for p in _photos_of(rec, x["id"]))
        return ({k: v for k, v in x.items() if k not in ("id", "answered_at")}, photos)
    return bool(strip(a, mine) == strip(b, theirs))


def inspection_units(mine: dict[str, Any], theirs: dict[str, Any],
                     titles: Callable[[str, str], dict[str, str]]) -> list[Unit]:
    units: list[Unit] = []
    if any(mine[k] != theirs[k] for k in _DETAIL_KEYS) or \
            sorted(p["sha256"] for p in mine["photos"] if not p["answer_id"]) != \
            sorted(p["sha256"] for p in theirs["photos"] if not p["answer_id"]):
        units.append(Unit("details", {"zh": "检查信息（组员、状态、签名、修订、复查）",
                                      "en": "Inspection details (team, status, signatures, "
                                            "amendments, follow-up checks)"},
                          _details_text(mine), _details_text(theirs)))
    ma, ta = _answers(mine), _answers(theirs)
    for key in sorted(set(ma) | set(ta)):
        if _answer_unit_equal(mine, theirs, key):
            continue
        cid, item = key.split("/", 1)
        a, b = ma.get(key), ta.get(key)
        units.append(Unit(f"answer:{key}", titles(cid, item),
                          _answer_text(a, len(_photos_of(mine, a["id"] if a else None))),
                          _answer_text(b, len(_photos_of(theirs, b["id"] if b else None)))))
    mf = {f["id"]: f for f in mine["findings"]}
    tf = {f["id"]: f for f in theirs["findings"]}
    for fid in sorted(set(mf) | set(tf)):
        a, b = mf.get(fid), tf.get(fid)
        if a == b:
            continue
        some = a or b
        assert some is not None
        units.append(Unit(f"finding:{fid}",
                          {"zh": f"问题：{some['checklist_id']}/{some['item_id']}",
                           "en": f"Finding: {some['checklist_id']}/{some['item_id']}"},
                          _finding_text(a), _finding_text(b)))
    return units


def merge_inspection(mine: dict[str, Any], theirs: dict[str, Any],
                     take: set[str]) -> dict[str, Any]:
    """Ours with the units in ``take`` replaced by theirs."""
    out = copy.deepcopy(mine)
    if "details" in take:
        for k in _DETAIL_KEYS:
            out[k] = copy.deepcopy(theirs[k])
        out["photos"] = [p for p in out["photos"] if p["answer_id"] or p["finding_id"]] + \
            [copy.deepcopy(p) for p in theirs["photos"]
             if not p["answer_id"] and not p["finding_id"]]
    ma, ta = _answers(mine), _answers(theirs)
    answers_changed = False
    for key in sorted(k.removeprefix("answer:") for k in take if k.startswith("answer:")):
        answers_changed = True
        old, new = ma.get(key), ta.get(key)
        if old is not None:
            out["answers"] = [a for a in out["answers"] if a["id"] != old["id"]]
            out["photos"] = [p for p in out["photos"] if p["answer_id"] != old["id"]]
        if new is not None:
            out["answers"].append(copy.deepcopy(new))
            out["photos"].extend(copy.deepcopy(p) for p in _photos_of(theirs, new["id"]))
    tf = {f["id"]: f for f in theirs["findings"]}
    for fid in sorted(k.removeprefix("finding:") for k in take if k.startswith("finding:")):
        out["findings"] = [f for f in out["findings"] if f["id"] != fid]
        out["photos"] = [p for p in out["photos"] if p["finding_id"] != fid]
        if fid in tf:
            out["findings"].append(copy.deepcopy(tf[fid]))
            out["photos"].extend(copy.deepcopy(p) for p in theirs["photos"]
                                 if p["finding_id"] == fid)
    # Findings and photos point at the answer now kept for their item.
    by_key = {f"{a['checklist_id']}/{a['item_id']}": a["id"] for a in out["answers"]}
    for f in out["findings"]:
        if f["answer_id"] is not None:
            f["answer_id"] = by_key.get(f"{f['checklist_id']}/{f['item_id']}")
    ids = {a["id"] for a in out["answers"]}
    out["photos"] = [p for p in out["photos"] if p["answer_id"] is None or p["answer_id"] in ids]
    seen: set[str] = set()
    out["photos"] = [p for p in out["photos"] if not (p["id"] in seen or seen.add(p["id"]))]
    if answers_changed and out["status"] == "completed":
        out["status"], out["completed_at"] = "draft", None  # to be concluded again
    return out


class Conflicts:
    def __init__(self, db: Database, catalog: Catalog,
                 rescore: Callable[[Session, m.Inspection], Any]):
        self.db, self.catalog, self.rescore = db, catalog, rescore

    @staticmethod
    def _info(s: Session, c: m.SyncConflict, names: dict[str, str] | None = None
              ) -> ConflictInfo:
        record = c.remote["record"]
        if names is None:
            names = {}
            fid = record.get("facility_id") if c.entity == "inspection" else None
            if fid:
                with contextlib.suppress(ValueError):
                    name = s.scalar(sa.select(m.Facility.name).where(
                        m.Facility.id == uuid.UUID(str(fid))))
                    if name:
                        names[str(fid)] = name
        return ConflictInfo(
            id=str(c.id), entity=c.entity, entity_id=str(c.entity_id),
            label=records.label_of(c.entity, record, names), signer=c.signer,
            created_at=c.created_at.isoformat(),
            remote_signed=c.entity == "inspection" and record.get("status") == "signed")

    def pending(self, entity_id: uuid.UUID | None = None) -> list[ConflictInfo]:
        with self.db.read() as s:
            q = sa.select(m.SyncConflict).where(m.SyncConflict.resolved_at.is_(None))
            if entity_id is not None:
                q = q.where(m.SyncConflict.entity_id == entity_id)
            rows = list(s.scalars(q.order_by(m.SyncConflict.created_at)))
            names: dict[str, str] = {}
            if rows:
                names = {str(k): v for k, v in s.execute(
                    sa.select(m.Facility.id, m.Facility.name))}
            return [self._info(s, c, names) for c in rows]

    def pending_count(self) -> int:
        with self.db.read() as s:
            return int(s.scalar(sa.select(sa.func.count()).select_from(m.SyncConflict).where(
                m.SyncConflict.resolved_at.is_(None))) or 0)

    def _load(self, s: Session, conflict_id: uuid.UUID
              ) -> tuple[m.SyncConflict, dict[str, Any], dict[str, Any]]:
        c = s.get(m.SyncConflict, conflict_id)
        if c is None or c.resolved_at is not None:
            raise ConflictError("this conflict was already resolved or does not exist")
        current = records.dump(s, c.entity, c.entity_id)
        if current is None:
            raise ConflictError("the record is no longer here")
        mine = records.normalise(c.entity, current[0])
        theirs = records.normalise(c.entity, c.remote["record"])
        return c, mine, theirs

    def _titles(self, s: Session, versions: dict[str, str]) -> Callable[[str, str],
                                                                        dict[str, str]]:
        def title(cid: str, item_id: str) -> dict[str, str]:
            try:
                checklist = self.catalog.version(s, cid, versions[cid])
                item = next(i for i in checklist.items if i.id == item_id)
                return {"zh": f"{item_id} {item.prompt.zh}", "en": f"{item_id} {item.prompt.en}"}
            except (KeyError, StopIteration):
                return {"zh": f"{cid}/{item_id}", "en": f"{cid}/{item_id}"}
        return title

    def detail(self, conflict_id: uuid.UUID) -> ConflictDetail:
        with self.db.read() as s:
            c, mine, theirs = self._load(s, conflict_id)
            info = self._info(s, c)
            if c.entity == "inspection":
                versions = {**theirs["checklist_versions"], **mine["checklist_versions"]}
                units = inspection_units(mine, theirs, self._titles(s, versions))
                if info.remote_signed:
                    units = [Unit(WHOLE, {"zh": "整份检查记录（对方已签名）",
                                          "en": "The whole inspection (signed there)"},
                                  _details_text(mine), _details_text(theirs)), *units]
            else:
                units = [Unit(f"field:{k}", {"zh": k, "en": k}, _text(mine[k]),
                              _text(theirs[k]))
                         for k in mine if k != "id" and mine[k] != theirs[k]]
            return ConflictDetail(info, units, info.remote_signed)

    def resolve(self, conflict_id: uuid.UUID, choices: dict[str, str], actor: Actor) -> None:
        """Apply a decision: {unit key: "mine" | "theirs"}; units not named stay ours."""
        if any(v not in ("mine", "theirs") for v in choices.values()):
            raise ConflictError("each choice is 'mine' or 'theirs'")
        with self.db.write(actor, reason=f"sync conflict {conflict_id} resolved") as s:
            c, mine, theirs = self._load(s, conflict_id)
            take = {k for k, v in choices.items() if v == "theirs"}
            remote_signed = c.entity == "inspection" and theirs["status"] == "signed"
            if remote_signed and take and take != {WHOLE}:
                raise ConflictError("the other version is signed: take it whole or keep ours")
            if c.entity == "inspection":
                merged = theirs if WHOLE in take else merge_inspection(mine, theirs, take)
            else:
                merged = dict(mine)
                for key in take:
                    name = key.removeprefix("field:")
                    if name not in mine or name == "id":
                        raise ConflictError(f"unknown field {name!r}")
                    merged[name] = theirs[name]
            ours = revisions.checkpoint(s, c.entity, c.entity_id, mine)
            try:
                with s.begin_nested():
                    if c.entity == "facility":
                        apply_facility(s, merged)
                    elif c.entity == "inspector":
                        apply_inspector(s, merged)
                    else:
                        inspection = apply_inspection(s, merged, c.remote.get("local", {}))
                        self.rescore(s, inspection)
            except ApplyRefused as exc:
                raise ConflictError(f"the chosen combination cannot be saved: {exc}") from None
            content = records.content_sha256(c.entity, merged)
            parents = sorted({ours.rev, c.remote_rev})
            rev = revisions.Revision(records.revision_id(content, parents), tuple(parents),
                                     content)
            revisions.set_head(s, c.entity, c.entity_id, rev, f"merge of {c.bundle_id}")
            existing = set(s.scalars(sa.select(m.AuditEntry.id).where(
                m.AuditEntry.id.in_([uuid.UUID(a["id"]) for a in c.remote.get("audit", [])]))))
            for a in c.remote.get("audit", []):
                entry = records.AuditRecord.model_validate(a)
                if entry.id not in existing:
                    s.add(m.AuditEntry(**entry.model_dump()))
            decision = {k: choices.get(k, "mine") for k in choices} or {WHOLE: "mine"}
            c.resolved_at, c.resolved_by, c.resolution = utcnow(), actor.name, decision
            s.add(m.AuditEntry(
                actor=actor.name, actor_id=actor.id, entity="sync_conflict", entity_id=c.id,
                inspection_id=c.entity_id if c.entity == "inspection" else None,
                action="update", changes={"resolution": [None, decision],
                                          "other_version": [None, c.signer]},
                reason=f"sync conflict resolved ({c.bundle_id})"))
