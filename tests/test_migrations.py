"""Alembic owns the schema: migrating an empty database gives exactly the models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from inspector.storage import models  # noqa: F401  (registers tables and triggers)
from inspector.storage.migrate import (
    DatabaseTooNew,
    NotOurDatabase,
    current_revision,
    head_revision,
    upgrade,
)
from inspector.workspace import Workspace


def _schema(path: Path) -> dict[str, object]:
    """Everything SQLite knows about the tables: columns, indexes, keys, triggers."""
    con = sqlite3.connect(path)
    out: dict[str, object] = {}
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version' "
        "ORDER BY name")]
    for t in tables:
        cols = [r[1:] for r in con.execute(f"PRAGMA table_info('{t}')")]
        idx = sorted((r[1], r[2], tuple(c[2] for c in con.execute(f"PRAGMA index_info('{r[1]}')")))
                     for r in con.execute(f"PRAGMA index_list('{t}')"))
        fks = sorted(tuple(r[2:]) for r in con.execute(f"PRAGMA foreign_key_list('{t}')"))
        out[t] = (cols, idx, fks)
    out["triggers"] = sorted(r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='trigger'"))
    con.close()
    return out


def test_empty_database_migrated_to_head_matches_the_models(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.db"
    upgrade(migrated)
    engine = sa.create_engine(f"sqlite:///{migrated}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                SQLModel.metadata)
    engine.dispose()
    assert diff == []

    from_models = tmp_path / "models.db"
    engine = sa.create_engine(f"sqlite:///{from_models}")
    SQLModel.metadata.create_all(engine)
    engine.dispose()
    a, b = _schema(migrated), _schema(from_models)
    triggers = a.pop("triggers")
    b.pop("triggers")
    assert a == b
    assert triggers == ["audit_log_no_delete", "audit_log_no_update"]


def test_older_database_is_copied_aside_then_upgraded(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    db = root / "inspector.db"
    upgrade(db, revision="0001")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO setting (key, value, updated_at) VALUES "
                "('policy.deadline_days_minor', '20', '2026-01-01T00:00:00+00:00')")
    con.commit()
    con.close()

    ws = Workspace.open(root)
    try:
        assert ws.upgraded.from_revision == "0001"
        assert ws.upgraded.to_revision == head_revision()
        backup = ws.upgraded.backup
        assert backup is not None and backup.exists()
        assert current_revision(backup) == "0001"
        assert current_revision(db) == head_revision()
        from inspector.settings import load_policy
        assert load_policy(ws.db).deadline_days_minor == 20  # data kept
    finally:
        ws.close()
    # opening again changes nothing and makes no further backup
    ws = Workspace.open(root)
    assert not ws.upgraded.changed and ws.upgraded.backup is None
    ws.close()


def test_database_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "inspector.db"
    upgrade(db)
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        upgrade(db)
    assert db.read_bytes() == before


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "inspector.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(NotOurDatabase):
        upgrade(db)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(NotOurDatabase):
        upgrade(junk)
