"""Bringing a database file to the schema this version of the app expects, after
checking that it is sound.

A new file is created by running every migration (one path to the schema, never
``create_all``). An existing file is checked first (``check_database``: SQLite's
``quick_check``, the app's tables, a schema version), so a damaged file is refused
(``DatabaseDamaged``, pointing to a restore) before anything writes into it. An older
file is then copied aside with SQLite's backup API (a consistent copy even in WAL mode)
and upgraded; a file from a newer app, or a file that is not ours, is refused with an
explanation and left untouched. A full disk, a read-only folder and the like come out
as ``StorageFault`` (``inspector.faults``).
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

from inspector.faults import DatabaseDamaged, StorageFault, classify, guard
from inspector.paths import FILE_MODE, POSIX, private_dir
from inspector.storage.types import utcnow

MIGRATIONS = Path(__file__).with_name("migrations")
# Tables a database of this app has at every schema revision.
CORE_TABLES = frozenset({"facility", "inspection", "inspector_profile", "photo"})
RESTORE_HINT = ("If it held your data, restore the last good backup: inspector restore "
                "FILE.zip (in the app: File → Restore from backup…)")


class DatabaseTooNew(Exception):
    """The file was written by a newer version of the app."""

    code = "database_too_new"

    def __init__(self, message: str, revision: str = "") -> None:
        super().__init__(message)
        self.params = {"revision": revision}


class NotOurDatabase(Exception):
    """The file is not a database of this app."""

    code = "database_foreign"

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.params = {"path": str(path or "")}


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


def _connect_ro(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    con.execute("PRAGMA trusted_schema=OFF")
    return con


def _unreadable(path: Path, exc: sqlite3.Error) -> Exception:
    """What a failure to read the file means: a storage fault (full disk, read-only
    folder, damage), or a file that is not an SQLite database at all."""
    fault = classify(exc, path)
    if fault is not None and fault.code != "database_damaged":
        return fault
    if getattr(exc, "sqlite_errorcode", None) == 26:  # SQLITE_NOTADB
        return NotOurDatabase(f"{path} is not a readable SQLite database ({exc}): it is damaged or "
                              f"not a database of this app. {RESTORE_HINT}", path)
    return DatabaseDamaged(path, str(exc))


def current_revision(path: Path) -> str | None:
    """The schema revision of a database file; None for a new or empty file."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
    except OSError as exc:
        raise classify(exc, path) or exc from None
    try:
        con = _connect_ro(path)
        try:
            query = "SELECT name FROM sqlite_master WHERE type='table'"
            tables = {r[0] for r in con.execute(query)}
            if "alembic_version" not in tables:
                if tables >= CORE_TABLES:
                    raise DatabaseDamaged(path, "the table of its schema version is missing")
                if tables:
                    raise NotOurDatabase(
                        f"{path} is an SQLite database, but not one of this app", path)
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None and tables - {"alembic_version"}:
                raise DatabaseDamaged(path, "its schema version is missing")
            return row[0] if row else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from None


def _expected_columns() -> dict[str, set[str]]:
    from sqlmodel import SQLModel

    import inspector.storage.models  # noqa: F401  (registers the tables)

    return {name: {c.name for c in table.columns}
            for name, table in SQLModel.metadata.tables.items()}


def check_summary(problems: list[str]) -> str:
    """SQLite's integrity report in one short line for a message."""
    lines = [line.strip() for p in problems for line in p.splitlines()
             if line.strip() and not line.startswith("***")]
    text = "; ".join(lines[:2]) + ("; …" if len(lines) > 2 else "")
    return "SQLite's check found: " + (text if len(text) <= 160 else text[:157] + "…")


def check_database(path: Path, *, complete: bool = True, pages: bool = True) -> None:
    """Refuse a damaged database file (``DatabaseDamaged``) before anything uses it.

    ``pages``: SQLite's ``quick_check`` reads every page (about 0.8 s for 700 MB with
    a warm cache); ``complete``: every table and column of the current schema must be
    there (for a file at the head revision), else only the tables every revision has."""
    try:
        con = _connect_ro(path)
        try:
            if pages:
                problems = [str(r[0]) for r in con.execute("PRAGMA quick_check(5)")]
                if problems != ["ok"]:
                    raise DatabaseDamaged(path, check_summary(problems))
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            expected = _expected_columns() if complete else {t: set() for t in CORE_TABLES}
            missing = sorted(set(expected) - tables)
            if missing:
                raise DatabaseDamaged(path, f"the table {missing[0]} is missing")
            for table, columns in expected.items():
                if not columns:
                    continue
                have = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
                lost = sorted(columns - have)
                if lost:
                    raise DatabaseDamaged(path, f"the column {table}.{lost[0]} is missing")
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from None


def backup_file(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (WAL content included), private to the
    user. A copy that could not be completed is removed."""
    private_dir(target.parent)
    target.touch(mode=FILE_MODE, exist_ok=False)
    try:
        if POSIX:
            target.chmod(FILE_MODE)
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except BaseException:
        target.unlink(missing_ok=True)
        raise


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
            "install that version or newer to open it", current)
    if current == head:
        return UpgradeResult(current, head, None)
    backup = None
    if current is not None:
        check_database(path, complete=False)  # never upgrade (write into) a damaged file
        stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
        backup = (backup_dir or path.parent / "backups") / f"{path.stem}-{current}-{stamp}.db"
        with guard(backup.parent):
            backup_file(path, backup)
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with guard(path), engine.connect() as connection:
            cfg = _config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
            connection.commit()
            MigrationContext.configure(connection)  # fail loudly if unreadable
    except StorageFault:
        if current is None:  # a database that could not be created is not left half made
            _remove_database(path)
        raise
    finally:
        engine.dispose()
    return UpgradeResult(current, head, backup)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError:
            continue
