"""Bringing a database file to the schema this version of the app expects.

A new file is created by running every migration (one path to the schema, never
``create_all``). An older file is first copied aside with SQLite's backup API (a
consistent copy even in WAL mode) and then upgraded; a file from a newer app, or a
file that is not ours, is refused with an explanation and left untouched.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError

from inspector.storage.types import utcnow

MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseTooNew(Exception):
    """The file was written by a newer version of the app."""


class NotOurDatabase(Exception):
    """The file is not a database of this app."""


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(path: Path) -> str | None:
    """The schema revision of a database file; None for a new or empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            query = "SELECT name FROM sqlite_master WHERE type='table'"
            tables = {r[0] for r in con.execute(query)}
            if "alembic_version" not in tables:
                if tables:
                    raise NotOurDatabase(f"{path} is an SQLite database, but not one of this app")
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise NotOurDatabase(f"{path} is not a readable SQLite database: {exc}") from exc


def backup_file(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (WAL content included)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(path: Path, backup_dir: Path | None = None, revision: str = "head") -> UpgradeResult:
    """Create or upgrade the database at ``path``; copy an existing one aside first."""
    head = head_revision() if revision == "head" else revision
    current = current_revision(path)
    script = ScriptDirectory.from_config(_config())
    if current is not None and not _known(script, current):
        raise DatabaseTooNew(
            f"{path} was written by a newer version of the app (schema {current}); "
            "install that version or newer to open it"
        )
    if current == head:
        return UpgradeResult(current, head, None)
    backup = None
    if current is not None:
        stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
        backup = (backup_dir or path.parent / "backups") / f"{path.stem}-{current}-{stamp}.db"
        backup_file(path, backup)
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            cfg = _config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
            connection.commit()
            MigrationContext.configure(connection)  # fail loudly if unreadable
    finally:
        engine.dispose()
    return UpgradeResult(current, head, backup)
