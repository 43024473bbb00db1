"""Export: chosen inspections, everything since a date, or everything, as a signed bundle.

What goes in: the inspections asked for, the originals of follow-ups among them (a
follow-up's checks refer to its original's findings), every facility and inspector
they refer to (with a full export: all of them), the checklist versions they were
filled with, the exporting inspector's certificates, the audit log of each record,
and the evidence photos. Each record carries its revision and the history behind it
(see ``revisions.py``); the export records a new revision for every record that
changed since it last met another laptop.
"""

from __future__ import annotations

import platform
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy.orm import Session

from inspector import __version__
from inspector.photos import PhotoStore
from inspector.pki import fingerprint
from inspector.storage import models as m
from inspector.storage.database import Database
from inspector.sync import records, revisions
from inspector.sync.container import BundleEntry, BundleSigner, write_bundle

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportScope:
    """Which inspections: the listed ones, those on or after ``since``, or all."""

    inspection_ids: tuple[uuid.UUID, ...] = ()
    since: date | None = None
    everything: bool = False

    def describe(self) -> dict[str, Any]:
        if self.everything:
            return {"kind": "all"}
        if self.since is not None:
            return {"kind": "since", "since": self.since.isoformat()}
        return {"kind": "inspections", "ids": [str(i) for i in self.inspection_ids]}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    facilities: int
    inspectors: int
    inspections: int
    photos: int
    byte_size: int


def _audit(s: Session, column: Any, key: uuid.UUID) -> list[dict[str, Any]]:
    return [records._row(a, tuple(records.AuditRecord.model_fields))
            for a in s.scalars(sa.select(m.AuditEntry).where(column == key)
                               .order_by(m.AuditEntry.id))]


def _envelope(s: Session, entity: str, entity_id: uuid.UUID, record: dict[str, Any],
              local: dict[str, Any], audit: list[dict[str, Any]]) -> dict[str, Any]:
    rev = revisions.checkpoint(s, entity, entity_id, record)
    history = revisions.history(s, entity_id, rev.rev)
    return {
        "entity": entity, "id": str(entity_id), "rev": rev.rev, "parents": list(rev.parents),
        "content_sha256": rev.content_sha256,
        "history": [{"rev": h.rev, "parents": list(h.parents),
                     "content_sha256": h.content_sha256} for h in history],
        "record": record, "local": local, "audit": audit,
    }


def _selected(s: Session, scope: ExportScope) -> list[uuid.UUID]:
    q = sa.select(m.Inspection.id)
    if not scope.everything:
        if scope.since is not None:
            q = q.where(m.Inspection.inspection_date >= scope.since)
        else:
            q = q.where(m.Inspection.id.in_(scope.inspection_ids))
    ids = list(s.scalars(q))
    if not scope.everything and scope.since is None:
        missing = set(scope.inspection_ids) - set(ids)
        if missing:
            raise ValueError(f"no inspection {sorted(map(str, missing))[0]}")
    # A follow-up travels with its original (and the original's original, ...).
    todo, chosen = list(ids), set(ids)
    while todo:
        original = s.scalar(sa.select(m.Inspection.followup_of_id).where(
            m.Inspection.id == todo.pop()))
        if original is not None and original not in chosen:
            chosen.add(original)
            todo.append(original)
    return sorted(chosen)


def _certificates(chain: Iterable[x509.Certificate]) -> list[dict[str, Any]]:
    from cryptography.x509.oid import NameOID

    def attr(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str | None:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else None

    return [{"badge": attr(c, NameOID.SERIAL_NUMBER), "name": attr(c, NameOID.COMMON_NAME),
             "fingerprint": fingerprint(c),
             "pem": c.public_bytes(serialization.Encoding.PEM).decode("ascii")}
            for c in chain]


def export_bundle(db: Database, photos: PhotoStore, path: Path, scope: ExportScope,
                  signer: BundleSigner, exporter: dict[str, Any],
                  progress: Progress | None = None) -> ExportResult:
    """Write the bundle to ``path`` (atomically)."""
    entries: list[BundleEntry] = []
    with db.write() as s:
        ids = _selected(s, scope)
        inspections = [s.get(m.Inspection, i) for i in ids]
        facility_ids: set[uuid.UUID] = set()
        inspector_ids: set[uuid.UUID] = set()
        versions: set[tuple[str, str]] = set()
        photo_hashes: set[str] = set()
        for n, inspection in enumerate(inspections):
            assert inspection is not None
            record, local = records.dump_inspection(s, inspection)
            env = _envelope(s, "inspection", inspection.id, record, local,
                            _audit(s, m.AuditEntry.inspection_id, inspection.id))
            entries.append(BundleEntry(f"records/inspections/{inspection.id}.json",
                                       data=records.canonical(env)))
            facility_ids.add(inspection.facility_id)
            inspector_ids |= {uuid.UUID(x["inspector_id"]) for x in record["members"]}
            inspector_ids |= {uuid.UUID(a["answered_by_id"]) for a in record["answers"]
                              if a["answered_by_id"]}
            inspector_ids |= {uuid.UUID(x["inspector_id"]) for x in record["signatures"]
                              if x["inspector_id"]}
            versions |= set(inspection.checklist_versions.items())
            photo_hashes |= {p["sha256"] for p in record["photos"]}
            if progress:
                progress(n + 1, len(inspections) * 2)
        if scope.everything:
            facility_ids |= set(s.scalars(sa.select(m.Facility.id)))
            inspector_ids |= set(s.scalars(sa.select(m.InspectorProfile.id)))
        facilities = []
        for fid in sorted(facility_ids):
            row = s.get(m.Facility, fid)
            assert row is not None
            facilities.append(_envelope(s, "facility", fid, records.dump_facility(row), {},
                                        _audit(s, m.AuditEntry.entity_id, fid)))
        inspectors = []
        for pid in sorted(inspector_ids):
            profile = s.get(m.InspectorProfile, pid)
            assert profile is not None
            inspectors.append(_envelope(s, "inspector", pid, records.dump_inspector(profile),
                                        {}, _audit(s, m.AuditEntry.entity_id, pid)))
        checklists = [{"checklist_id": row.checklist_id, "version": row.version,
                       "sha256": row.sha256, "content": row.content}
                      for cid, ver in sorted(versions)
                      if (row := s.get(m.ChecklistVersion, (cid, ver))) is not None]
        entries[:0] = [
            BundleEntry("records/facilities.json", data=records.canonical(facilities)),
            BundleEntry("records/inspectors.json", data=records.canonical(inspectors)),
            BundleEntry("records/checklists.json", data=records.canonical(checklists)),
            BundleEntry("records/certificates.json",
                        data=records.canonical(_certificates([signer.cert, *signer.chain]))),
        ]
        for sha in sorted(photo_hashes):
            entries.append(BundleEntry(f"photos/{sha}.jpg", path=photos.path_of(sha)))


    # The revisions are committed before the file is written: a revision only names
    # a state, so one recorded for an export that then fails does no harm, and the
    # database is not held locked while the file is written.
    def step(done: int, total: int) -> None:
        if progress:
            progress(len(inspections) + done * len(inspections) // max(total, 1),
                     len(inspections) * 2)

    manifest = write_bundle(
        path, entries=entries, signer=signer, exporter=exporter,
        device={"name": platform.node(), "system": platform.system()},
        scope=scope.describe(), app_version=__version__, progress=step)
    return ExportResult(path=path, bundle_id=manifest["bundle_id"],
                        facilities=len(facilities), inspectors=len(inspectors),
                        inspections=len(inspections), photos=len(photo_hashes),
                        byte_size=path.stat().st_size)
