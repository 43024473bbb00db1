"""The core's composition root: one data directory and the services working on it.

Opening a workspace checks the data directory (a folder, on a local disk), creates it
if needed and makes it private to the user, checks the database (a damaged file is
refused before anything writes into it), brings it to the current schema (copying an
older file aside first) and builds the services. The CLI and the desktop app each open
one workspace and pass it down; nothing in the core is global.

Why opening can fail: ``UnsafeDataLocation`` (network or cloud-synced folder),
``DatabaseTooNew``, ``NotOurDatabase``, and ``StorageFault`` (``inspector.faults``: a
full disk, a read-only folder, no permission, a disk error, a damaged database, a data
directory path that is a file). Closing never fails: the command's work is done by then.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from inspector.backup import UnsafeDataLocation, check_data_location
from inspector.catalog import Catalog
from inspector.documents import Documents
from inspector.facilities import Facilities
from inspector.faults import DatabaseDamaged, StorageFault, guard
from inspector.inspections import Inspections
from inspector.inspectors import Inspectors
from inspector.paths import DataPaths, check_data_dir, open_private, private_dir, tighten
from inspector.photos import PhotoStore
from inspector.settings import PolicySettings
from inspector.storage.database import Database
from inspector.storage.migrate import (
    DatabaseTooNew,
    NotOurDatabase,
    UpgradeResult,
    check_database,
    upgrade,
)

if TYPE_CHECKING:
    from inspector.sync.service import Sync

log = logging.getLogger(__name__)


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
        check_data_dir(paths.root)  # StorageFault: the path is a file
        check_data_location(paths.root)  # UnsafeDataLocation: network or cloud-synced folder
        with guard(paths.root):
            private_dir(paths.root)
            tighten(paths.root)
            if not paths.database.exists():  # created private; SQLite gives -wal/-shm its mode
                open_private(paths.database).close()
        result = upgrade(paths.database, paths.backups)
        # A file that was up to date has not been checked yet; an upgraded one was checked
        # before the upgrade (pages and core tables) and here gets the complete schema.
        check_database(paths.database, pages=result.from_revision == result.to_revision)
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
        """Refresh the planner's statistics if the database is free, and let go of it.
        Never raises: whatever the command did is committed by now."""
        self.db.optimize()
        try:
            self.db.dispose()
        except Exception:
            log.warning("closing the database failed", exc_info=True)


# Why a data directory cannot be opened (callers catch these around ``open``).
__all__ = ["DatabaseDamaged", "DatabaseTooNew", "NotOurDatabase", "StorageFault",
           "UnsafeDataLocation", "Workspace"]
