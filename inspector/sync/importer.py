"""Import: check a whole bundle, then apply it in one transaction.

1. ``container.open_bundle`` checks the file (names, sizes, hashes, the manifest's
   signature and whether its signer is trusted) and extracts it into a staging
   folder. Nothing is written to the database or the photo store before step 3.
2. Every record is read against its schema (``records.py``), its revision id is
   recomputed from its content, and every photo it refers to must be in the bundle
   or already here. Any failure refuses the whole bundle.
3. One write transaction: each record is compared with ours (``revisions.relation``)
   and is new, identical, older, updated, a conflict or rejected, each with a reason.
   Each record is applied in a savepoint, so a rejected one leaves no trace. A signed
   (locked) inspection here is never changed: the same content is a no-op, any other
   is rejected as a possible forgery. A divergent edit is kept as a conflict, ours
   untouched, until a person resolves it (``conflicts.py``).

A dry run does all of this and rolls the transaction back.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.orm import Session

from inspector.catalog import Catalog, ChecklistConflict, content_hash
from inspector.checklists.schema import Checklist
from inspector.photos import PhotoStore
from inspector.pki import KeyStore
from inspector.storage import models as m
from inspector.storage.database import Actor, Database
from inspector.storage.types import utcnow
from inspector.sync import records, revisions
from inspector.sync.apply import (
    ApplyRefused,
    apply_facility,
    apply_inspection,
    apply_inspector,
)
from inspector.sync.container import BundleRefused, OpenedBundle, SignerInfo, open_bundle

Progress = Callable[[int, int], None]
OUTCOMES = ("new", "identical", "older", "updated", "conflict", "rejected")


@dataclass(frozen=True)
class Outcome:
    entity: str  # facility | inspector | inspection
    id: str
    label: str
    outcome: str  # one of OUTCOMES
    code: str  # why, as a key of REASONS (a user interface words it in its language)
    reason: str  # why, in English (REASONS[code], or with details when it varies)


@dataclass
class ImportSummary:
    bundle_id: str
    created_at: str
    exporter: str
    signer: str
    signer_fingerprint: str
    dry_run: bool
    outcomes: list[Outcome] = field(default_factory=list)
    photos_added: int = 0
    newly_trusted: bool = False

    def counts(self) -> dict[str, int]:
        return {k: sum(1 for o in self.outcomes if o.outcome == k) for k in OUTCOMES}

    @property
    def changed(self) -> bool:
        return any(o.outcome in ("new", "updated") or
                   (o.outcome == "conflict" and o.code != "conflict_pending")
                   for o in self.outcomes)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["counts"] = self.counts()
        return data


# Why a record got its outcome. Codes whose English text is None carry details that
# vary (which reference is missing, ...), given where the outcome is recorded.
REASONS: dict[str, str | None] = {
    "new_here": "not here before",
    "later_version": "a later version of ours",
    "same_version": "this database has the same version",
    "later_here": "this database has a later version; kept ours",
    "deleted_here": "deleted here as a draft; the bundle holds no later change to it",
    "signed_here": "it is signed and locked here, and the bundle has different content "
                   "under the same id: refused as a possible forgery (a correction needs "
                   "an amendment on this computer)",
    "facility_rejected": "its facility was rejected",
    "original_rejected": "its original inspection was rejected",
    "checklist_differs": None,
    "cannot_apply": None,
    "conflict_new": "changed both here and on the other computer; both versions are kept "
                    "until someone chooses",
    "conflict_pending": "already kept as a conflict, waiting for a decision",
    "conflict_replaced": "both sides changed it; the later version from the other side "
                         "replaces the one waiting for a decision",
    "conflict_newer_pending": "a later version from the other side is already kept as a "
                              "conflict",
}


class _DryRun(Exception):
    pass


@dataclass
class _Parsed:
    facilities: list[records.Envelope]
    inspectors: list[records.Envelope]
    inspections: list[records.Envelope]
    checklists: list[tuple[records.ChecklistVersionRecord, Checklist]]


def _refuse(code: str, message: str) -> BundleRefused:
    return BundleRefused(code, message)


def _envelopes(bundle: OpenedBundle, name: str, entity: str) -> list[records.Envelope]:
    data = bundle.json(name)
    if not isinstance(data, list):
        raise _refuse("bad_record", f"{name} must hold a list of records")
    out = []
    for n, item in enumerate(data):
        out.append(_envelope(item, f"{name}[{n}]", entity))
    return out


def _envelope(item: Any, where: str, entity: str) -> records.Envelope:
    try:
        env = records.Envelope.model_validate(item)
        if env.entity != entity:
            raise ValueError(f"a {env.entity} record where a {entity} was expected")
        model = records.RECORD_MODELS[entity].model_validate(env.record)
        if str(model.id) != str(env.id):  # type: ignore[attr-defined]
            raise ValueError("the record's id differs from its envelope's")
        if entity == "inspection":
            records.InspectionLocal.model_validate(env.local)
    except (ValidationError, ValueError) as exc:
        raise _refuse("bad_record", f"{where} breaks the record schema: "
                      f"{_short(exc)}") from None
    problem = revisions.verify_chain(env)
    if problem is None and records.content_sha256(entity, env.record) != env.content_sha256:
        problem = "its content does not match its content hash"
    if problem:
        raise _refuse("bad_record", f"{where} ({entity} {env.id}): {problem}")
    return env


def _short(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first.get("loc", ()))
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        return f"{loc}: {first.get('msg')}{more}"
    return str(exc)


def parse(bundle: OpenedBundle, photos: PhotoStore) -> _Parsed:
    names = set(bundle.names())
    for required in ("records/facilities.json", "records/inspectors.json",
                     "records/checklists.json"):
        if required not in names:
            raise _refuse("bad_record", f"the bundle has no {required}")
    inspections = []
    seen: set[uuid.UUID] = set()
    for name in sorted(names):
        if name.startswith("records/inspections/"):
            env = _envelope(bundle.json(name), name, "inspection")
            if name != f"records/inspections/{env.id}.json":
                raise _refuse("bad_record", f"{name} holds inspection {env.id}")
            inspections.append(env)
    facilities = _envelopes(bundle, "records/facilities.json", "facility")
    inspectors = _envelopes(bundle, "records/inspectors.json", "inspector")
    for env in [*facilities, *inspectors, *inspections]:
        if env.id in seen:
            raise _refuse("bad_record", f"record {env.id} appears twice in the bundle")
        seen.add(env.id)
    raw = bundle.json("records/checklists.json")
    if not isinstance(raw, list):
        raise _refuse("bad_record", "records/checklists.json must hold a list")
    checklists = []
    for n, item in enumerate(raw):
        try:
            rec = records.ChecklistVersionRecord.model_validate(item)
            checklist = Checklist.model_validate(rec.content)
        except (ValidationError, ValueError) as exc:
            raise _refuse("bad_record", f"records/checklists.json[{n}] is not a valid "
                          f"checklist: {_short(exc)}") from None
        if (checklist.id, checklist.version) != (rec.checklist_id, rec.version) or \
                content_hash(checklist) != rec.sha256:
            raise _refuse("bad_record", f"checklist {rec.checklist_id} {rec.version} in the "
                          "bundle does not match its hash")
        checklists.append((rec, checklist))
    in_bundle = {n.removeprefix("photos/").removesuffix(".jpg")
                 for n in names if n.startswith("photos/")}
    for env in inspections:
        for p in env.record.get("photos", []):
            sha = p["sha256"]
            if sha not in in_bundle and not photos.has(sha):
                raise _refuse("missing_photo", f"inspection {env.id} refers to photo "
                              f"{sha[:12]}…, which is neither in the bundle nor here")
    return _Parsed(facilities, inspectors, _ordered(inspections), checklists)


def _ordered(inspections: list[records.Envelope]) -> list[records.Envelope]:
    """Originals before their follow-ups."""
    by_id = {str(e.id): e for e in inspections}
    out: list[records.Envelope] = []
    placed: set[str] = set()

    def place(e: records.Envelope, depth: int = 0) -> None:
        key = str(e.id)
        if key in placed or depth > len(inspections):
            return
        original = e.record.get("followup_of_id")
        if original in by_id:
            place(by_id[original], depth + 1)
        placed.add(key)
        out.append(e)

    for e in sorted(inspections, key=lambda x: str(x.id)):
        place(e)
    return out


class Importer:
    def __init__(self, db: Database, catalog: Catalog, photos: PhotoStore, keys: KeyStore,
                 staging_root: Path, rescore: Callable[[Session, m.Inspection], Any]):
        self.db, self.catalog, self.photos, self.keys = db, catalog, photos, keys
        self.staging_root = staging_root
        self.rescore = rescore

    def run(self, path: Path, actor: Actor, *, dry_run: bool = False,
            accept_signer: str | None = None, progress: Progress | None = None
            ) -> ImportSummary:
        """Import a bundle; raises ``BundleRefused`` (nothing changed) when it cannot."""
        path = Path(path)
        if self.staging_root.exists():
            shutil.rmtree(self.staging_root, ignore_errors=True)  # left by a killed import
        self.staging_root.mkdir(parents=True, exist_ok=True)
        # Progress runs 0-1000: checking the file is the first half, applying the second.
        def checking(done: int, total: int) -> None:
            if progress:
                progress(500 * done // max(total, 1), 1000)

        def applying(done: int, total: int) -> None:
            if progress:
                progress(500 + 500 * done // max(total, 1), 1000)

        try:
            with open_bundle(path, self.staging_root, self.keys.trusted_certs(),
                             accept_signer=accept_signer, progress=checking,
                             known_photo=self.photos.has) as bundle:
                parsed = parse(bundle, self.photos)
                summary = self._apply(bundle, parsed, path, actor, dry_run, applying)
                if accept_signer and not dry_run:
                    self.keys.trust(bundle.signer.chain_pem)
                    summary.newly_trusted = True
                return summary
        finally:
            shutil.rmtree(self.staging_root, ignore_errors=True)

    def _apply(self, bundle: OpenedBundle, parsed: _Parsed, path: Path, actor: Actor,
               dry_run: bool, progress: Progress | None) -> ImportSummary:
        manifest = bundle.manifest
        signer: SignerInfo = bundle.signer
        exporter = manifest.get("exporter") or {}
        summary = ImportSummary(
            bundle_id=str(manifest["bundle_id"]), created_at=str(manifest["created_at"]),
            exporter=f"{exporter.get('name', '?')} ({exporter.get('badge', '?')})",
            signer=signer.name or signer.subject, signer_fingerprint=signer.fingerprint,
            dry_run=dry_run)
        origin = f"bundle {summary.bundle_id}"
        import_actor = Actor(f"{actor.name} — import from {summary.signer}", actor.id)
        added_photos: list[str] = []
        try:
            with self.db.write(import_actor, reason=origin) as s:
                _Run(self, s, bundle, parsed, summary, origin, added_photos, progress).go()
                if dry_run:
                    raise _DryRun
                if summary.changed:
                    s.add(m.SyncImport(
                        bundle_id=summary.bundle_id,
                        file_sha256=_file_sha256(path), signer=summary.signer,
                        exporter=summary.exporter, bundle_created_at=summary.created_at,
                        actor=actor.name, summary={"counts": summary.counts(), "outcomes": [
                            asdict(o) for o in summary.outcomes]}))
        except _DryRun:
            pass
        except BaseException:
            for sha in added_photos:  # the transaction did not commit: nothing refers to them
                self.photos.discard(sha)
            raise
        summary.photos_added = len(added_photos)
        return summary


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


class _Run:
    """One import's walk through the records, inside the write transaction."""

    def __init__(self, importer: Importer, s: Session, bundle: OpenedBundle, parsed: _Parsed,
                 summary: ImportSummary, origin: str, added_photos: list[str],
                 progress: Progress | None):
        self.imp, self.s, self.bundle, self.parsed = importer, s, bundle, parsed
        self.summary, self.origin, self.added_photos = summary, origin, added_photos
        self.progress = progress
        self.bad_versions: set[tuple[str, str]] = set()
        self.rejected: set[str] = set()
        self.facility_names = {str(e.id): e.record.get("name", "") for e in parsed.facilities}
        for fid, name in s.execute(sa.select(m.Facility.id, m.Facility.name)):
            self.facility_names.setdefault(str(fid), name)

    def go(self) -> None:
        for rec, checklist in self.parsed.checklists:
            try:
                with self.s.begin_nested():
                    self.imp.catalog.snapshot(self.s, [checklist])
            except ChecklistConflict:
                self.bad_versions.add((rec.checklist_id, rec.version))
        envs = [*self.parsed.facilities, *self.parsed.inspectors, *self.parsed.inspections]
        for n, env in enumerate(envs):
            self.one(env)
            if self.progress:
                self.progress(n + 1, len(envs))

    def outcome(self, env: records.Envelope, outcome: str, code: str,
                detail: str | None = None) -> None:
        if outcome == "rejected":
            self.rejected.add(str(env.id))
        self.summary.outcomes.append(Outcome(
            env.entity, str(env.id), records.label_of(env.entity, env.record,
                                                      self.facility_names),
            outcome, code, detail or str(REASONS[code])))

    def one(self, env: records.Envelope) -> None:
        s = self.s
        theirs = revisions.Revision(env.rev, tuple(env.parents), env.content_sha256)
        their_history = revisions.from_records(env.history)
        blocked = self._blocked(env)
        if blocked:
            self.outcome(env, "rejected", *blocked)
            return
        current = records.dump(s, env.entity, env.id)
        if current is None and self._deleted_here(env, theirs, their_history):
            return
        if current is None:
            if self._write(env, "new"):
                revisions.store_history(s, env.entity, env.id, their_history, self.origin)
                revisions.set_head(s, env.entity, env.id, theirs, self.origin)
            return
        record, _local = current
        ours = revisions.checkpoint(s, env.entity, env.id, record)
        our_history = revisions.history(s, env.id, ours.rev)
        relation = revisions.relation(our_history, ours, their_history, theirs)
        locked = env.entity == "inspection" and record.get("status") == "signed"
        if relation == "identical":
            revisions.store_history(s, env.entity, env.id, their_history, self.origin)
            if theirs.rev != ours.rev and self._adopt(ours, theirs, their_history):
                # Same content under a revision that already includes ours (a merge
                # made elsewhere): take its name, so both sides agree from now on.
                revisions.set_head(s, env.entity, env.id, theirs, self.origin)
                self._close_superseded(env, their_history)
            self._audit(env)
            self.outcome(env, "identical", "same_version")
        elif relation == "older":
            revisions.store_history(s, env.entity, env.id, their_history, self.origin)
            self._audit(env)
            self.outcome(env, "older", "later_here")
        elif locked:
            self.outcome(env, "rejected", "signed_here")
        elif relation == "later":
            if self._write(env, "updated"):
                revisions.store_history(s, env.entity, env.id, their_history, self.origin)
                revisions.set_head(s, env.entity, env.id, theirs, self.origin)
                self._close_superseded(env, their_history)
        else:
            self._conflict(env, ours, theirs, their_history)

    def _deleted_here(self, env: records.Envelope, theirs: revisions.Revision,
                      their_history: list[revisions.Revision]) -> bool:
        """A draft deleted here (started by mistake) is not brought back by a bundle
        that holds no later change to it; one changed elsewhere since comes back."""
        s = self.s
        head = revisions.head(s, env.id)
        if head is None or s.scalar(sa.select(m.AuditEntry.id).where(
                m.AuditEntry.entity == m.Inspection.__tablename__,
                m.AuditEntry.entity_id == env.id, m.AuditEntry.action == "delete")
                .limit(1)) is None:
            return False
        ours = revisions.Revision(head.rev, (), head.content_sha256)
        relation = revisions.relation(revisions.history(s, env.id, head.rev), ours,
                                      their_history, theirs)
        if relation not in ("identical", "older"):
            return False
        revisions.store_history(s, env.entity, env.id, their_history, self.origin)
        self.outcome(env, "older", "deleted_here")
        return True

    @staticmethod
    def _adopt(ours: revisions.Revision, theirs: revisions.Revision,
               their_history: list[revisions.Revision]) -> bool:
        """Whether to move our head to their revision of the same content: when theirs
        descends from ours (equal edits made independently keep their own names)."""
        return ours.rev in {r.rev for r in their_history}

    def _blocked(self, env: records.Envelope) -> tuple[str, str] | None:
        """(code, reason) when the record cannot be taken because of another one."""
        rec = env.record
        if env.entity != "inspection":
            return None
        if str(rec["facility_id"]) in self.rejected:
            return "facility_rejected", str(REASONS["facility_rejected"])
        if rec.get("followup_of_id") and str(rec["followup_of_id"]) in self.rejected:
            return "original_rejected", str(REASONS["original_rejected"])
        for pair in rec["checklist_versions"].items():
            if tuple(pair) in self.bad_versions:
                return "checklist_differs", (
                    f"checklist {pair[0]} version {pair[1]} in the bundle differs from the "
                    "version of the same number here")
        return None

    def _write(self, env: records.Envelope, outcome: str) -> bool:
        s = self.s
        try:
            with s.begin_nested():
                if env.entity == "facility":
                    apply_facility(s, env.record)
                elif env.entity == "inspector":
                    apply_inspector(s, env.record)
                else:
                    inspection = apply_inspection(s, env.record, env.local)
                    self.imp.rescore(s, inspection)
                    self._photos(env)  # only once the record is accepted
                self._audit(env)
                s.flush()
        except (ApplyRefused, sa.exc.IntegrityError) as exc:
            reason = str(exc) if isinstance(exc, ApplyRefused) else \
                "it conflicts with records here (" + str(exc.orig)[:120] + ")"
            self.outcome(env, "rejected", "cannot_apply", reason)
            return False
        self.outcome(env, outcome, "new_here" if outcome == "new" else "later_version")
        return True

    def _photos(self, env: records.Envelope) -> None:
        for p in env.record.get("photos", []):
            sha = p["sha256"]
            name = f"photos/{sha}.jpg"
            if self.imp.photos.has(sha) or self.summary.dry_run:
                continue
            if self.imp.photos.put_checked(sha, self.bundle.path(name)):
                self.added_photos.append(sha)

    def _audit(self, env: records.Envelope) -> None:
        if not env.audit:
            return
        ids = [a.id for a in env.audit]
        have: set[uuid.UUID] = set()
        for start in range(0, len(ids), 500):
            have |= set(self.s.scalars(sa.select(m.AuditEntry.id).where(
                m.AuditEntry.id.in_(ids[start:start + 500]))))
        rows = [a.model_dump() for a in env.audit if a.id not in have]
        if rows:  # one executemany: the log is append-only, not audited itself
            self.s.execute(sa.insert(m.AuditEntry), rows)

    def _pending(self, env: records.Envelope) -> list[m.SyncConflict]:
        return list(self.s.scalars(sa.select(m.SyncConflict).where(
            m.SyncConflict.entity_id == env.id, m.SyncConflict.resolved_at.is_(None))))

    def _close_superseded(self, env: records.Envelope,
                          their_history: list[revisions.Revision]) -> None:
        """Conflicts whose other version is already part of what we just took."""
        known = {r.rev for r in their_history} | {r.content_sha256 for r in their_history}
        for c in self._pending(env):
            row = self.s.get(m.RecordRevision, (env.id, c.remote_rev))
            content = row.content_sha256 if row is not None else None
            if c.remote_rev in known or content in known:
                c.resolved_at = utcnow()
                c.resolved_by = f"{self.summary.signer} ({self.origin})"
                c.resolution = {"*": "merged in a later version"}

    def _conflict(self, env: records.Envelope, ours: revisions.Revision,
                  theirs: revisions.Revision, their_history: list[revisions.Revision]) -> None:
        s = self.s
        revisions.store_history(s, env.entity, env.id, their_history, self.origin)
        their_revs = {r.rev for r in their_history}
        for c in self._pending(env):
            if c.remote_rev == theirs.rev:
                self.outcome(env, "conflict", "conflict_pending")
                return
            pending_history = {r.rev for r in revisions.history(s, env.id, c.remote_rev)}
            if theirs.rev in pending_history:
                self.outcome(env, "older", "conflict_newer_pending")
                return
            if c.remote_rev in their_revs:  # a later version of the same other side
                c.remote, c.remote_rev, c.local_rev = env.model_dump(mode="json"), \
                    theirs.rev, ours.rev
                c.bundle_id, c.signer = self.summary.bundle_id, self.summary.signer
                self.outcome(env, "conflict", "conflict_replaced")
                return
        s.add(m.SyncConflict(entity=env.entity, entity_id=env.id, local_rev=ours.rev,
                             remote_rev=theirs.rev, remote=env.model_dump(mode="json"),
                             bundle_id=self.summary.bundle_id, signer=self.summary.signer))
        s.flush()
        self.outcome(env, "conflict", "conflict_new")
