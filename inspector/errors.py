"""The exceptions that mean "this input was refused" rather than "the program broke".

Each module raises its own, documented where it is defined; ``REFUSALS`` lets the
command line (and the UI) show them as a message instead of a traceback. Storage
faults (a full disk, a read-only folder, a damaged database: ``inspector.faults``) may
also arrive as the system's own ``OSError`` or SQLite error from code that does not
know about them; ``refusal()`` finds them there too. Refusals that carry a ``code``
(``StorageFault``, ``BackupError``, ``NotOurDatabase``, ``DatabaseTooNew``, the sync's
``BundleRefused``) are translated by that code in the UI.
"""

from __future__ import annotations

from pathlib import Path

from inspector.backup import BackupError, UnsafeDataLocation
from inspector.catalog import ChecklistConflict
from inspector.checklists.loader import ChecklistError
from inspector.facilities import FacilityError
from inspector.faults import StorageFault, classify
from inspector.inspections import InspectionError
from inspector.inspectors import ProfileError
from inspector.photos import PhotoError
from inspector.scoring import InvalidAnswer
from inspector.storage.migrate import DatabaseTooNew, NotOurDatabase

REFUSALS: tuple[type[Exception], ...] = (
    ChecklistConflict, ChecklistError, DatabaseTooNew, FacilityError, InspectionError,
    InvalidAnswer, NotOurDatabase, PhotoError, ProfileError,
    BackupError, UnsafeDataLocation, StorageFault,
)


def refusal(exc: BaseException, where: Path | str | None = None) -> Exception | None:
    """What to tell the user about ``exc``: a refusal of the core, or the storage fault
    behind a system error (``where``: the file being written, when the error does not
    say); None for anything else (a bug: let it surface)."""
    if isinstance(exc, REFUSALS):
        return exc
    return classify(exc, where)
