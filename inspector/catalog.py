"""The checklists an inspection can use, and the versions inspections were filled with.

The bundled files are the current versions. When an inspection starts, the exact
content of every checklist it uses is stored in the database (``checklist_version``)
so that the inspection can always be shown, scored and reported with the version it
was filled with, whatever the files say later. A changed file that keeps its version
number is refused: a change to what is checked needs a new version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import cached_property

from sqlalchemy.orm import Session

from inspector.checklists.loader import LoadResult, load_checklists
from inspector.checklists.schema import Checklist, InspectionKind
from inspector.storage import models as m


class ChecklistConflict(Exception):
    """Same checklist id and version, different content."""


def content_hash(checklist: Checklist) -> str:
    data = json.dumps(checklist.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


class Catalog:
    def __init__(self, loaded: LoadResult | None = None):
        self._loaded = loaded

    @cached_property
    def load_result(self) -> LoadResult:
        return self._loaded or load_checklists()

    @property
    def current(self) -> dict[str, Checklist]:
        return {c.id: c for c in self.load_result.checklists}

    def preselected(self, kind: str) -> list[str]:
        return [c.id for c in self.load_result.checklists if InspectionKind(kind) in c.kinds]

    def snapshot(self, session: Session, checklists: Iterable[Checklist]) -> None:
        """Store the content of these versions (once), refusing silent changes."""
        for checklist in checklists:
            digest = content_hash(checklist)
            row = session.get(m.ChecklistVersion, (checklist.id, checklist.version))
            if row is None:
                session.add(m.ChecklistVersion(
                    checklist_id=checklist.id, version=checklist.version, sha256=digest,
                    content=checklist.model_dump(mode="json")))
            elif row.sha256 != digest:
                raise ChecklistConflict(
                    f"checklist {checklist.id} {checklist.version} differs from the version "
                    "of the same number already used by inspections; give the changed "
                    "file a new version number")

    def version(self, session: Session, checklist_id: str, version: str) -> Checklist:
        """A checklist exactly as the inspection used it."""
        cache_key = (checklist_id, version)
        cached = _version_cache.get(cache_key)
        if cached is not None:
            return cached
        row = session.get(m.ChecklistVersion, cache_key)
        if row is not None:
            checklist = Checklist.model_validate(row.content)
        else:
            current = self.current.get(checklist_id)
            if current is None or current.version != version:
                raise KeyError(f"checklist {checklist_id} {version} is not available")
            checklist = current
        _version_cache[cache_key] = checklist
        return checklist


# Stored versions never change, so parsed ones can be shared.
_version_cache: dict[tuple[str, str], Checklist] = {}
