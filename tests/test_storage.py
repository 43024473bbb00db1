"""The SQLite set-up, UTC times, UUIDs and the append-only audit log."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from inspector.storage import models as m
from inspector.storage.database import Actor
from inspector.storage.types import new_id
from inspector.workspace import Workspace

from .conftest import ACTOR, facility_input


def test_connection_pragmas(ws: Workspace) -> None:
    with ws.db.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_foreign_keys_are_enforced(ws: Workspace) -> None:
    with pytest.raises(sa.exc.IntegrityError), ws.db.write(ACTOR) as s:
        s.add(m.InspectionMember(inspection_id=uuid.uuid4(), inspector_id=uuid.uuid4()))
    with ws.db.read() as s:
        assert s.query(m.InspectionMember).count() == 0
        assert s.query(m.AuditEntry).count() == 0  # the audit rows rolled back too


def test_write_transactions_take_the_lock_up_front(ws: Workspace) -> None:
    """A write session holds the write lock from its first moment (BEGIN IMMEDIATE),
    so a second writer queues instead of failing half way through its work."""
    with ws.db.write(ACTOR) as s:
        s.connection()  # the transaction has begun; nothing written yet
        other = sqlite3.connect(ws.paths.database, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with ws.db.read() as s:  # a read session takes no write lock
        s.connection()
        other = sqlite3.connect(ws.paths.database, timeout=0, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        other.close()


def test_times_are_aware_utc_and_naive_times_are_refused(ws: Workspace) -> None:
    fid = uuid.UUID(ws.facilities.create(facility_input(), ACTOR))
    with ws.db.read() as s:
        f = s.get(m.Facility, fid)
        assert f is not None
        assert f.created_at.tzinfo is not None
        assert f.created_at.utcoffset() == timedelta(0)
        assert abs(datetime.now(UTC) - f.created_at) < timedelta(minutes=1)
    with ws.db.write(ACTOR) as s:
        f = s.get(m.Facility, fid)
        f.created_at = datetime(2026, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=8)))
    with ws.db.read() as s:
        assert s.get(m.Facility, fid).created_at == datetime(2026, 1, 1, 0, 0, tzinfo=UTC)
    with pytest.raises(sa.exc.StatementError, match="naive"), ws.db.write(ACTOR) as s:
        s.get(m.Facility, fid).created_at = datetime(2026, 1, 1)


def test_ids_are_time_ordered_uuid7() -> None:
    ids = [new_id() for _ in range(200)]
    assert all(i.version == 7 for i in ids)
    assert len(set(ids)) == 200
    assert [i.bytes[:6] for i in ids] == sorted(i.bytes[:6] for i in ids)


def test_every_change_is_audited_with_old_and_new_values(ws: Workspace) -> None:
    who = Actor("王建国 (WJ-001)", uuid.uuid4())
    fid = uuid.UUID(ws.facilities.create(facility_input(), who))
    ws.facilities.update(fid, facility_input(capacity=80, name="江阴市测试托育中心（新）"), who)
    with ws.db.read() as s:
        entries = s.scalars(sa.select(m.AuditEntry).where(m.AuditEntry.entity_id == fid)
                            .order_by(m.AuditEntry.id)).all()
    assert [e.action for e in entries] == ["insert", "update"]
    assert entries[0].changes["capacity"] == [None, 60]
    assert entries[1].changes == {"capacity": [60, 80],
                                  "name": ["江阴市测试托育中心", "江阴市测试托育中心（新）"]}
    assert entries[1].actor == "王建国 (WJ-001)" and entries[1].actor_id == who.id
    assert entries[1].at.tzinfo is not None


def test_audit_log_is_append_only(ws: Workspace) -> None:
    ws.facilities.create(facility_input(), ACTOR)
    con = sqlite3.connect(ws.paths.database)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("DELETE FROM audit_log")
    con.close()


def test_data_dir_from_option_env_or_platform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    from inspector.paths import resolve_data_dir

    monkeypatch.setenv("INSPECTOR_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "opt") == tmp_path / "opt"
    monkeypatch.delenv("INSPECTOR_DATA_DIR")
    assert "childcare-inspector" in str(resolve_data_dir(None))


def test_killed_process_loses_no_acknowledged_answer(ws: Workspace, team: list[uuid.UUID],
                                                     facility_id: uuid.UUID) -> None:
    """Every change acknowledged by a process that is then killed -9 is there."""
    from .conftest import INSPECTION_DAY

    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["morning-check"])
    items = [i.id for i in ws.catalog.current["morning-check"].items
             if i.response.type == "pass_fail"][:5]
    script = textwrap.dedent(f"""
        import uuid
        from pathlib import Path
        from inspector.workspace import Workspace
        from inspector.storage.database import Actor
        ws = Workspace.open(Path({str(ws.paths.root)!r}))
        items = {items!r}
        n = 0
        while True:
            item = items[n % len(items)]
            ws.inspections.set_note(uuid.UUID({str(iid)!r}), "morning-check", item, str(n),
                                    Actor("writer"))
            print(n, item, flush=True)
            n += 1
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    acknowledged: dict[str, int] = {}
    for count, line in enumerate(proc.stdout):
        n, item = line.split()
        acknowledged[item] = int(n)
        if count >= 60:
            break
    proc.kill()  # SIGKILL: no clean-up, possibly in the middle of a transaction
    proc.wait()
    con = sqlite3.connect(ws.paths.database)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    reopened = Workspace.open(ws.paths.root)
    with reopened.db.read() as s:
        notes = {a.item_id: int(a.note) for a in s.scalars(
            sa.select(m.Answer).where(m.Answer.inspection_id == iid))}
    reopened.close()
    assert set(acknowledged) == set(items)
    for item, n in acknowledged.items():
        assert notes[item] >= n  # the acknowledged note or a later one, never older
