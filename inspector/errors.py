"""The exceptions that mean "this input was refused" rather than "the program broke".

Each module raises its own, documented where it is defined; this tuple lets the
command line (and later the UI) show them as a message instead of a traceback.
"""

from __future__ import annotations

from inspector.backup import BackupError, UnsafeDataLocation
from inspector.catalog import ChecklistConflict
from inspector.checklists.loader import ChecklistError
from inspector.facilities import FacilityError
from inspector.inspections import InspectionError
from inspector.inspectors import ProfileError
from inspector.photos import PhotoError
from inspector.scoring import InvalidAnswer
from inspector.storage.migrate import DatabaseTooNew, NotOurDatabase

REFUSALS: tuple[type[Exception], ...] = (
    ChecklistConflict, ChecklistError, DatabaseTooNew, FacilityError, InspectionError,
    InvalidAnswer, NotOurDatabase, PhotoError, ProfileError,
    BackupError, UnsafeDataLocation,
)
