"""Revision history of synced records, and how an incoming version relates to ours.

A revision is named ``sha256(canonical({"content": <content hash>, "parents": [...]}))``.
Revisions are made when a record leaves or meets another laptop, not on every
keystroke: before an export or an import, ``checkpoint`` compares the record's
current content hash with its head's and, if they differ, records a new revision
whose parent is the head. That is all an import needs to tell a later version
from a divergent edit, and it costs nothing while an inspector types.

``relation`` answers the question an import asks about each record:

- ``identical``: same revision or same content;
- ``older``: what arrived is in our history (or its content is), we have moved on;
- ``later``: our version is in its history (or our content is): take theirs;
- ``divergent``: both sides changed it since they last agreed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from inspector.storage import models as m
from inspector.storage.types import utcnow
from inspector.sync import records


@dataclass(frozen=True)
class Revision:
    rev: str
    parents: tuple[str, ...]
    content_sha256: str


def head(s: Session, entity_id: uuid.UUID) -> m.RecordHead | None:
    return s.get(m.RecordHead, entity_id)


def _add_revision(s: Session, entity: str, entity_id: uuid.UUID, rev: Revision,
                  origin: str) -> None:
    if s.get(m.RecordRevision, (entity_id, rev.rev)) is None:
        s.add(m.RecordRevision(entity_id=entity_id, rev=rev.rev, entity=entity,
                               parents=list(rev.parents), content_sha256=rev.content_sha256,
                               origin=origin))


def set_head(s: Session, entity: str, entity_id: uuid.UUID, rev: Revision,
             origin: str) -> None:
    _add_revision(s, entity, entity_id, rev, origin)
    row = s.get(m.RecordHead, entity_id)
    if row is None:
        s.add(m.RecordHead(entity_id=entity_id, entity=entity, rev=rev.rev,
                           content_sha256=rev.content_sha256))
    elif row.rev != rev.rev:
        row.rev, row.content_sha256, row.updated_at = rev.rev, rev.content_sha256, utcnow()
    s.flush()


def checkpoint(s: Session, entity: str, entity_id: uuid.UUID, record: dict[str, Any]
               ) -> Revision:
    """The revision the record is at now, recording a new one if it changed."""
    content = records.content_sha256(entity, record)
    current = head(s, entity_id)
    if current is not None and current.content_sha256 == content:
        row = s.get(m.RecordRevision, (entity_id, current.rev))
        parents = tuple(row.parents) if row else ()
        return Revision(current.rev, parents, content)
    parents = (current.rev,) if current is not None else ()
    rev = Revision(records.revision_id(content, list(parents)), parents, content)
    set_head(s, entity, entity_id, rev, "local")
    return rev


def history(s: Session, entity_id: uuid.UUID, start: str) -> list[Revision]:
    """Every revision reachable from ``start`` (included) that this database knows."""
    rows = {r.rev: r for r in s.scalars(sa.select(m.RecordRevision).where(
        m.RecordRevision.entity_id == entity_id))}
    out: list[Revision] = []
    seen: set[str] = set()
    todo = [start]
    while todo:
        rev = todo.pop()
        if rev in seen or rev not in rows:
            continue
        seen.add(rev)
        row = rows[rev]
        out.append(Revision(rev, tuple(row.parents), row.content_sha256))
        todo.extend(row.parents)
    return out


def store_history(s: Session, entity: str, entity_id: uuid.UUID,
                  revisions: Iterable[Revision], origin: str) -> None:
    for rev in revisions:
        _add_revision(s, entity, entity_id, rev, origin)


def relation(ours: list[Revision], ours_head: Revision,
             theirs: list[Revision], theirs_head: Revision) -> str:
    """How their version relates to ours (see the module docstring). Ancestry by
    revision decides first (so a later edit that reverts to an earlier content is
    still later); the same content elsewhere in a history is the fallback, for
    equal states reached by different paths."""
    if theirs_head.rev == ours_head.rev or \
            theirs_head.content_sha256 == ours_head.content_sha256:
        return "identical"
    if theirs_head.rev in {r.rev for r in ours}:
        return "older"
    if ours_head.rev in {r.rev for r in theirs}:
        return "later"
    if theirs_head.content_sha256 in {r.content_sha256 for r in ours}:
        return "older"
    if ours_head.content_sha256 in {r.content_sha256 for r in theirs}:
        return "later"
    return "divergent"


def verify_chain(envelope: records.Envelope) -> str | None:
    """Why an envelope's revision data do not add up, or None when they do: the head
    must be named by its content and parents, and every revision in its history too."""
    if envelope.rev != records.revision_id(envelope.content_sha256, list(envelope.parents)):
        return "its revision id does not match its content and parents"
    revs = {r.rev: r for r in envelope.history}
    for r in envelope.history:
        if r.rev != records.revision_id(r.content_sha256, list(r.parents)):
            return f"revision {r.rev[:12]} in its history is not named by its content"
    head_in_history = revs.get(envelope.rev)
    if head_in_history is None or head_in_history.content_sha256 != envelope.content_sha256 \
            or list(head_in_history.parents) != list(envelope.parents):
        return "its history does not contain its own revision"
    return None


def from_records(items: Iterable[records.RevisionRecord]) -> list[Revision]:
    return [Revision(r.rev, tuple(r.parents), r.content_sha256) for r in items]
