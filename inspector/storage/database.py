"""Opening the SQLite database and running units of work on it.

SQLite is set up deliberately: WAL journal (readers never block the writer),
``synchronous=FULL`` (a committed answer survives a power cut, not only a crash),
foreign keys on, a busy timeout, and write transactions that take the write lock
up front (``BEGIN IMMEDIATE``) so two writers queue instead of one failing half way.
The stdlib driver's own transaction handling is switched off so SQLAlchemy's BEGIN
is the only one.

Every change made through a write session is recorded in the append-only audit log
(who, when, which record, old → new) by a flush hook, so no service can forget to.

A unit of work that fails because of the disk or the file (full, read-only, damaged,
busy) raises ``inspector.faults.StorageFault`` naming the database file, after rolling
back; every caller (command line, screens) can then say what happened.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from inspector.faults import StorageFault, classify
from inspector.storage import models as m
from inspector.storage.types import utcnow

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# PRAGMA optimize on closing is worth doing only when nobody else is writing: it waits
# this long for the write lock, then leaves the statistics for another time.
OPTIMIZE_BUSY_TIMEOUT_MS = 200


@dataclass(frozen=True)
class Actor:
    """Who makes a change: an inspector, or the program acting for the user."""

    name: str
    id: uuid.UUID | None = None


SYSTEM = Actor("system")


class Database:
    """One SQLite file: its engine and the sessions that work on it."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.engine = sa.create_engine(
            f"sqlite:///{self.path}",
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self._writer = self.engine.execution_options(write=True)
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (a consistent snapshot). Closing the session
        ends its transaction without expiring the objects already loaded."""
        try:
            with self._read_sessions() as session:
                yield session
        except StorageFault:
            raise
        except Exception as exc:
            self._raise_fault(exc)
            raise

    @contextmanager
    def write(self, actor: Actor = SYSTEM, reason: str | None = None) -> Iterator[Session]:
        """A unit of work that commits on success and rolls back on any error."""
        with self._write_sessions() as session:
            session.info["actor"] = actor
            session.info["reason"] = reason
            try:
                yield session
                session.commit()
            except BaseException as exc:
                try:
                    session.rollback()
                except Exception:  # the disk failed under the rollback too: SQLite
                    log.warning("rollback failed", exc_info=True)  # rolls back on reopen
                if isinstance(exc, Exception) and not isinstance(exc, StorageFault):
                    self._raise_fault(exc)
                raise

    def _raise_fault(self, exc: Exception) -> None:
        fault = classify(exc, self.path)
        if fault is not None:
            raise fault from exc

    def optimize(self) -> bool:
        """Refresh the query planner's statistics where the data has grown (SQLite's
        advice: run before closing). Bounded work: analysis_limit samples each index.
        Best effort: when another process is writing, or the disk refuses, it is left
        for the next time (False), never an error (the work of the caller is done)."""
        try:
            with self.engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                assert raw is not None
                raw.execute(f"PRAGMA busy_timeout={OPTIMIZE_BUSY_TIMEOUT_MS}")  # before BEGIN
                try:
                    conn.execution_options(write=True)  # BEGIN IMMEDIATE: wait for the lock
                    conn.exec_driver_sql("PRAGMA analysis_limit=1000")
                    conn.exec_driver_sql("PRAGMA optimize")
                    conn.commit()
                finally:
                    raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        except (sa.exc.DBAPIError, sqlite3.Error) as exc:
            log.info("statistics not refreshed on closing: %s", exc)
            return False
        return True

    def dispose(self) -> None:
        self.engine.dispose()


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy issues BEGIN itself
    cur = dbapi_connection.cursor()
    for pragma in (
        "journal_mode=WAL",
        "synchronous=FULL",
        "foreign_keys=ON",
        f"busy_timeout={BUSY_TIMEOUT_MS}",
    ):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def _on_begin(conn: sa.Connection) -> None:
    write = conn.get_execution_options().get("write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


# --- audit log -------------------------------------------------------------------

_AUDITED = {cls.__tablename__: cls for cls in m.AUDITED_TABLES}


def _plain(value: Any) -> Any:
    """A JSON-safe form of a column value for the audit log."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _inspection_of(session: Session, obj: Any) -> uuid.UUID | None:
    if isinstance(obj, m.Inspection):
        return obj.id
    if isinstance(obj, m.FindingCheck):
        return obj.followup_id
    if hasattr(obj, "inspection_id"):
        return obj.inspection_id  # type: ignore[no-any-return]
    if isinstance(obj, m.AnswerRow):
        with session.no_autoflush:
            answer = session.get(m.Answer, obj.answer_id)
        return answer.inspection_id if answer else None
    return None


# Bookkeeping, not record content: the resume position changes with every move
# through the checklist and would drown the log.
_NOT_AUDITED_FIELDS = {"updated_at", "created_at", "position"}


@event.listens_for(Session, "before_flush")
def _record_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    actor: Actor | None = session.info.get("actor")
    if actor is None:
        return  # read sessions never flush changes; nothing to record
    reason = session.info.get("reason")
    entries: list[m.AuditEntry] = []
    for obj, action in [
        *((o, "insert") for o in session.new),
        *((o, "update") for o in session.dirty),
        *((o, "delete") for o in session.deleted),
    ]:
        table = getattr(obj, "__tablename__", None)
        if table not in _AUDITED:
            continue
        state = sa.inspect(obj)
        changes: dict[str, Any] = {}
        for attr in state.mapper.column_attrs:
            key = attr.key
            if key in _NOT_AUDITED_FIELDS:
                continue
            if action == "insert":
                value = getattr(obj, key)
                if value is not None:
                    changes[key] = [None, _plain(value)]
            elif action == "delete":
                changes[key] = [_plain(getattr(obj, key)), None]
            else:
                hist = state.attrs[key].history
                if hist.has_changes():
                    old = hist.deleted[0] if hist.deleted else None
                    new = hist.added[0] if hist.added else None
                    if old != new:
                        changes[key] = [_plain(old), _plain(new)]
        if action == "update":
            if not changes:
                continue
            if hasattr(obj, "updated_at"):
                obj.updated_at = utcnow()
        entity_id = getattr(obj, "id", None)
        entries.append(m.AuditEntry(
            actor=actor.name, actor_id=actor.id, entity=table,
            entity_id=entity_id if isinstance(entity_id, uuid.UUID) else uuid.uuid5(
                uuid.NAMESPACE_OID, str(getattr(obj, "key", entity_id))),
            inspection_id=_inspection_of(session, obj), action=action, changes=changes,
            reason=reason,
        ))
    session.add_all(entries)
