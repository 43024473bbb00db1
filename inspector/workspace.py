"""The core's composition root: one data directory and the services working on it.

Opening a workspace creates the data directory if needed, brings the database to
the current schema (copying an older file aside first) and builds the services.
The CLI and the desktop app each open one workspace and pass it down; nothing in
the core is global.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from inspector.backup import UnsafeDataLocation, check_data_location
from inspector.catalog import Catalog
from inspector.documents import Documents
from inspector.facilities import Facilities
from inspector.inspections import Inspections
from inspector.inspectors import Inspectors
from inspector.paths import DataPaths
from inspector.photos import PhotoStore
from inspector.settings import PolicySettings
from inspector.storage.database import Database
from inspector.storage.migrate import DatabaseTooNew, NotOurDatabase, UpgradeResult, upgrade

if TYPE_CHECKING:
    from inspector.sync.service import Sync


@dataclass
class Workspace:
    paths: DataPaths
    db: Database
    catalog: Catalog
    facilities: Facilities
    inspectors: Inspectors
    inspections: Inspections
    upgraded: UpgradeResult
    policy: PolicySettings
    documents: Documents

    @classmethod
    def open(cls, root: Path, catalog: Catalog | None = None) -> Workspace:
        paths = DataPaths(Path(root))
        check_data_location(paths.root)  # UnsafeDataLocation: network or cloud-synced folder
        paths.root.mkdir(parents=True, exist_ok=True)
        result = upgrade(paths.database, paths.backups)
        db = Database(paths.database)
        catalog = catalog or Catalog()
        photos = PhotoStore(paths.photos)
        return cls(paths, db, catalog, Facilities(db), Inspectors(db),
                   Inspections(db, catalog, photos), result, PolicySettings(db), Documents(db))

    @cached_property
    def sync(self) -> Sync:
        """Bundles: export, import and the conflicts they leave (built on first use)."""
        from inspector.sync.service import Sync

        return Sync(self.db, self.catalog, self.inspections.photos, self.inspections,
                    self.paths.root)

    def close(self) -> None:
        self.db.optimize()
        self.db.dispose()


# Why a data directory cannot be opened (callers catch these around ``open``).
__all__ = ["DatabaseTooNew", "NotOurDatabase", "UnsafeDataLocation", "Workspace"]
