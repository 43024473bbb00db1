"""The sync service of a workspace: export, import and the conflicts they leave.

The CLI and the app call these; both pass the exporting inspector and the key.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.catalog import Catalog
from inspector.inspections import Inspections
from inspector.photos import PhotoStore
from inspector.pki import KeyStore, PassphraseError, PkiError, load_p12
from inspector.storage.database import Actor, Database
from inspector.sync.conflicts import ConflictDetail, ConflictInfo, Conflicts
from inspector.sync.container import BundleRefused, BundleSigner
from inspector.sync.exporter import ExportResult, ExportScope, export_bundle
from inspector.sync.importer import Importer, ImportSummary

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Exporter:
    """Who exports: named in the manifest; their key signs it."""

    name: str
    badge: str
    inspector_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "badge": self.badge, "inspector_id": self.inspector_id}


class Sync:
    def __init__(self, db: Database, catalog: Catalog, photos: PhotoStore,
                 inspections: Inspections, data_root: Path):
        self.db, self.photos = db, photos
        self.keys = KeyStore.for_data_dir(data_root)
        self.staging = data_root / "staging"
        self.importer = Importer(db, catalog, photos, self.keys, self.staging,
                                 inspections.rescore)
        self.conflicts = Conflicts(db, catalog, inspections.rescore)

    def signer(self, key_label: str, passphrase: str | bytes) -> BundleSigner:
        """The bundle signer for a stored key; ``PassphraseError`` when it is wrong."""
        path = self.keys.root / f"{key_label}.p12"
        if not self.keys.exists(key_label):
            raise PkiError(f"no key labelled {key_label!r}; create one with: inspector pki "
                           "create")
        try:
            key, cert, others = load_p12(path.read_bytes(), passphrase)
        except PassphraseError:
            raise PassphraseError(f"wrong passphrase for key {key_label!r}") from None
        return BundleSigner(key, cert, others)

    def export(self, path: Path, scope: ExportScope, signer: BundleSigner, exporter: Exporter,
               progress: Progress | None = None) -> ExportResult:
        return export_bundle(self.db, self.photos, Path(path), scope, signer,
                             exporter.as_dict(), progress)

    def import_bundle(self, path: Path, actor: Actor, *, dry_run: bool = False,
                      accept_signer: str | None = None, progress: Progress | None = None
                      ) -> ImportSummary:
        return self.importer.run(Path(path), actor, dry_run=dry_run,
                                 accept_signer=accept_signer, progress=progress)

    def pending_conflicts(self, entity_id: uuid.UUID | None = None) -> list[ConflictInfo]:
        return self.conflicts.pending(entity_id)

    def pending_count(self) -> int:
        return self.conflicts.pending_count()

    def conflict_detail(self, conflict_id: uuid.UUID) -> ConflictDetail:
        return self.conflicts.detail(conflict_id)

    def resolve(self, conflict_id: uuid.UUID, choices: dict[str, str], actor: Actor) -> None:
        self.conflicts.resolve(conflict_id, choices, actor)


__all__ = ["BundleRefused", "ExportScope", "Exporter", "ImportSummary", "Sync"]
