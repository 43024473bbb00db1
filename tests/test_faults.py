"""Faults and hostile files: a full disk, a read-only mount, a damaged or foreign
database, a data directory path that is a file, a backup that would add trust, another
process writing. Every case gets a clear message (exit 1, no traceback) and changes
nothing.

Full disks and read-only folders are real (a small tmpfs, filled or remounted
read-only: see ``tests/real_faults.py``); damaged databases are real files with bytes
overwritten in the middle or a table dropped with sqlite3. The mapping of error codes
is also checked with the OS and SQLite errors injected, which needs no root.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from inspector.backup import BackupError, create_backup, restore_backup, verify_backup
from inspector.cli import main
from inspector.faults import DatabaseDamaged, StorageFault, classify, diagnose
from inspector.paths import DataPaths
from inspector.pki import KeyStore
from inspector.storage.migrate import upgrade
from inspector.workspace import Workspace

from .conftest import ACTOR, INSPECTION_DAY, facility_input
from .real_faults import fill, remount, tmpfs
from .test_backup import _entries, _jpeg, _write_zip, tree_hashes

PASSPHRASE = "correct horse battery"


def _data(root: Path, *, key: bool = False) -> tuple[Path, uuid.UUID]:
    """A data directory with a facility, two inspectors, an inspection with an answer
    and a photo (and a real signing key when asked); the inspection id."""
    ws = Workspace.open(root)
    try:
        a = uuid.UUID(ws.inspectors.create("王建国", "区卫生健康局", "WJ-001", ACTOR))
        b = uuid.UUID(ws.inspectors.create("刘洋", "消防救援大队", "XF-002", ACTOR))
        fid = uuid.UUID(ws.facilities.create(facility_input(), ACTOR))
        iid = ws.inspections.start(fid, "routine", INSPECTION_DAY, [a, b], ACTOR,
                                   checklist_ids=["fire-safety"])
        item = ws.catalog.current["fire-safety"].items[0]
        ws.inspections.add_photo(iid, "fire-safety", item.id, _jpeg(), ACTOR)
        if key:
            KeyStore.for_data_dir(root).create_self_signed("王建国", "WJ-001", "区卫生健康局",
                                                           PASSPHRASE)
    finally:
        ws.close()
    return root, iid


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _refused(code: int, err: str, *words: str) -> None:
    assert code == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err


def _flip_pages(db: Path) -> None:
    """Overwrite a few KB in the middle of the file (as a failing disk would) and make
    sure SQLite notices."""
    size = db.stat().st_size
    with open(db, "r+b") as f:
        f.seek((size // 2) // 4096 * 4096 + 100)
        f.write(bytes((i * 37 + 11) % 256 for i in range(3000)))
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    except sqlite3.DatabaseError:
        pass
    finally:
        con.close()


def _grow(root: Path) -> None:
    """Enough rows that the middle of the file is a table's pages, not free space."""
    con = sqlite3.connect(root / "inspector.db")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TEMP TABLE n (i)")
    con.execute("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000)"
                " INSERT INTO setting (key, value, updated_at) SELECT 'filler-' || i, "
                "'\"' || hex(randomblob(60)) || '\"', '2026-01-01 00:00:00.000000' FROM c")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


# --- the mapping, with the errors injected --------------------------------------

def _sqlite_error(code: int, text: str) -> sqlite3.Error:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]  # as the driver sets it
    return exc


@pytest.mark.parametrize(("error", "code"), [
    (OSError(errno.ENOSPC, "No space left on device", "/x/f"), "disk_full"),
    (OSError(errno.EDQUOT, "Disk quota exceeded", "/x/f"), "disk_full"),
    (OSError(errno.EROFS, "Read-only file system", "/x/f"), "read_only"),
    (OSError(errno.EACCES, "Permission denied", "/x/f"), "no_permission"),
    (OSError(errno.EIO, "Input/output error", "/x/f"), "io_error"),
    (_sqlite_error(13, "database or disk is full"), "disk_full"),
    (_sqlite_error(11, "database disk image is malformed"), "database_damaged"),
    (_sqlite_error(26, "file is not a database"), "database_damaged"),
    (_sqlite_error(5, "database is locked"), "database_busy"),
    (_sqlite_error(517, "database is locked"), "database_busy"),  # SQLITE_BUSY_SNAPSHOT
    (_sqlite_error(3, "access permission denied"), "no_permission"),
])
def test_system_errors_map_to_storage_faults(error: BaseException, code: str,
                                             tmp_path: Path) -> None:
    fault = classify(error, tmp_path / "inspector.db")
    assert fault is not None and fault.code == code
    assert "nothing was changed" in str(fault) or code == "database_damaged"


def test_io_errors_are_diagnosed_by_probing_the_folder(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's "disk I/O error" says nothing: the folder decides. Here nothing is wrong
    with it (a plain disk error); with the probe refused by the OS as on a read-only
    mount, it reads as read-only."""
    ioerr = _sqlite_error(778, "disk I/O error")  # SQLITE_IOERR_WRITE
    fault = classify(ioerr, tmp_path / "inspector.db")
    assert fault is not None and fault.code == "io_error"
    import tempfile

    def refuse(*_a: object, **_k: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / "probe"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    fault = classify(ioerr, tmp_path / "inspector.db")
    assert fault is not None and fault.code == "read_only"
    assert diagnose(tmp_path) is not None


def test_other_errors_are_not_storage_faults() -> None:
    assert classify(ValueError("bad")) is None
    assert classify(FileNotFoundError(errno.ENOENT, "No such file", "x")) is None
    assert classify(_sqlite_error(1, "no such table: x")) is None
    wrapped = RuntimeError("export failed")
    wrapped.__context__ = OSError(errno.ENOSPC, "No space left on device", "/usb/x.zip")
    fault = classify(wrapped)  # a refusal that hides the cause still shows it
    assert fault is not None and fault.code == "disk_full" and str(fault.path) == "/usb/x.zip"


# --- 1. closing never fails a finished command ----------------------------------

def _writer(db: Path, hold: bool) -> subprocess.Popen[str]:
    """Another process writing to the database: short transactions in a loop (as another
    window of the app saving answers), or one transaction holding the lock."""
    body = ('con.execute("BEGIN IMMEDIATE"); con.execute("UPDATE setting SET value = value")\n'
            'print("locked", flush=True)\nsys.stdin.read()' if hold else
            'print("locked", flush=True)\nwhile True:\n'
            '    con.execute("BEGIN IMMEDIATE")\n'
            '    con.execute("UPDATE setting SET value = value")\n'
            '    con.execute("COMMIT")\n    time.sleep(0.005)')
    script = (f"import sqlite3, sys, time\ncon = sqlite3.connect({str(db)!r}, "
              f"isolation_level=None, timeout=30)\n{body}\n")
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_closing_while_another_process_writes_does_not_fail(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    root, _iid = _data(tmp_path / "data", key=True)
    monkeypatch.setenv("INSPECTOR_KEY_PASSPHRASE", PASSPHRASE)
    writer = _writer(root / "inspector.db", hold=False)
    try:
        for n in range(3):
            out = tmp_path / f"bundle-{n}.zip"
            code, stdout, err = _run(capsys, "--data-dir", str(root), "export", "-o", str(out))
            assert code == 0, err
            assert "Traceback" not in err and "locked" not in err
            assert out.is_file() and "wrote" in stdout
    finally:
        writer.kill()
        writer.wait()
    writer = _writer(root / "inspector.db", hold=True)
    try:
        ws = Workspace.open(root)
        assert len(ws.facilities.list()) == 1
        assert ws.db.optimize() is False  # the other writer holds the lock: skipped
        ws.close()  # and closing does not raise
    finally:
        writer.kill()
        writer.wait()


# --- 2. backups are checked like restores ----------------------------------------

def _drop(table: str) -> Callable[[Path], None]:
    def edit(db: Path) -> None:
        con = sqlite3.connect(db)
        con.execute(f"DROP TABLE {table}")
        con.commit()
        con.close()
    return edit


def _foreign(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    con.commit()
    con.close()


def _too_new(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()


def _junk(db: Path) -> None:
    db.write_bytes(b"not a database at all " * 500)


BAD_DATABASES = {
    "flipped pages": (_flip_pages, "is damaged"),
    "dropped table": (_drop("finding"), "the table finding is missing"),
    "unversioned": (_drop("alembic_version"), "has no schema revision"),
    "foreign": (_foreign, "not a database of this app"),
    "from a newer app": (_too_new, "newer version"),
    "not a database": (_junk, "damaged or not a database"),
}


@pytest.mark.parametrize("case", sorted(BAD_DATABASES))
def test_backup_refuses_a_database_that_restore_would_refuse(
        case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, _iid = _data(tmp_path / "data")
    _grow(root)
    edit, words = BAD_DATABASES[case]
    edit(root / "inspector.db")
    before = tree_hashes(root)
    target = tmp_path / "usb"
    code, _out, err = _run(capsys, "--data-dir", str(root), "backup", "-o", str(target))
    _refused(code, err, words, "no backup was made")
    assert not target.exists() or not list(target.iterdir())
    assert tree_hashes(root) == before


def test_backup_on_a_full_disk_says_so_and_leaves_nothing(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    root, _iid = _data(tmp_path / "data")
    with tmpfs(tmp_path / "usb", "1m") as usb:
        fill(usb)
        code, _out, err = _run(capsys, "--data-dir", str(root), "backup", "-o", str(usb))
        _refused(code, err, "the disk is full", str(usb))
        assert [p.name for p in usb.iterdir()] == ["filler.bin"]


def test_backup_to_a_read_only_mount_says_so(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    root, _iid = _data(tmp_path / "data")
    with tmpfs(tmp_path / "usb", "8m") as usb:
        remount(usb, "ro")
        code, _out, err = _run(capsys, "--data-dir", str(root), "backup", "-o", str(usb))
        _refused(code, err, "the folder is read-only", str(usb))


def test_data_on_a_read_only_disk_can_still_be_backed_up_with_its_wal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The last answers may still be in the -wal file (the app was killed, then the disk
    became read-only): the backup has them."""
    with tmpfs(tmp_path / "disk", "32m") as disk:
        root, _iid = _data(disk / "data")
        subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
            import os, sqlite3
            con = sqlite3.connect({str(root / "inspector.db")!r}, isolation_level=None)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA wal_autocheckpoint=0")
            con.execute("UPDATE facility SET name = 'in the WAL only'")
            os._exit(0)  # killed: no checkpoint, the change is only in the -wal file
        """)], check=True)
        assert (root / "inspector.db-wal").stat().st_size > 0
        remount(disk, "ro")
        code, _out, err = _run(capsys, "--data-dir", str(root), "settings", "set",
                               "deadline_days_minor", "9")
        _refused(code, err, "the folder is read-only")
        code, _out, err = _run(capsys, "--data-dir", str(root), "backup", "-o",
                               str(tmp_path / "b.zip"))
        assert code == 0, err
        with zipfile.ZipFile(tmp_path / "b.zip") as zf:
            (tmp_path / "copy.db").write_bytes(zf.read("database/inspector.db"))
        con = sqlite3.connect(tmp_path / "copy.db")
        assert con.execute("SELECT name FROM facility").fetchall() == [("in the WAL only",)]
        con.close()
        remount(disk, "rw")


# --- 3. a damaged database is refused, never written -----------------------------

@pytest.mark.parametrize("damage", ["flipped pages", "dropped table"])
def test_a_damaged_database_is_refused_by_every_command_and_not_written(
        damage: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, iid = _data(tmp_path / "data")
    good = create_backup(DataPaths(root), tmp_path / "good.zip")
    _grow(root)
    if damage == "flipped pages":
        _flip_pages(root / "inspector.db")
    else:
        _drop("answer")(root / "inspector.db")
    before = tree_hashes(root)
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    commands = [
        ["demo"], ["settings", "set", "deadline_days_minor", "20"], ["settings", "show"],
        ["inspections", "list"], ["export", "-o", str(tmp_path / "out.zip")],
        ["import", str(bundle)], ["report", str(iid), "-o", str(tmp_path / "r.pdf")],
        ["export-table", "-o", str(tmp_path / "t.xlsx")], ["db", "upgrade"],
        ["backup", "-o", str(tmp_path / "b")],
    ]
    for argv in commands:
        code, _out, err = _run(capsys, "--data-dir", str(root), *argv)
        _refused(code, err, "damaged", "inspector restore")
    assert tree_hashes(root) == before  # nothing wrote into it
    assert not (tmp_path / "out.zip").exists() and not (tmp_path / "r.pdf").exists()
    # The way out: the restore, which keeps the damaged data aside.
    code, out, err = _run(capsys, "--data-dir", str(root), "restore", "--yes",
                          str(good.path))
    assert code == 0, err
    code, out, err = _run(capsys, "--data-dir", str(root), "inspections", "list")
    assert code == 0 and str(iid) in out
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("data.before-restore-")]
    assert len(aside) == 1 and tree_hashes(aside[0]) == before


def test_a_database_damaged_while_open_is_reported_as_damaged(tmp_path: Path) -> None:
    root, _iid = _data(tmp_path / "data")
    ws = Workspace.open(root)
    try:
        with ws.db.read() as s:  # the pool holds a connection; now the disk fails
            s.connection()
        _grow(root)
        _flip_pages(root / "inspector.db")
        with pytest.raises(StorageFault) as caught:
            for _ in range(3):  # the damaged page is met by one of these reads
                ws.db.engine.dispose()
                with ws.db.read() as s:
                    s.connection().exec_driver_sql("SELECT count(*) FROM setting "
                                                   "WHERE value LIKE '%x%'").scalar()
        assert caught.value.code == "database_damaged"
        assert caught.value.path == root / "inspector.db"
    finally:
        ws.close()


# --- 4. full disks and read-only folders, for every kind of write ----------------

def test_a_new_data_folder_on_a_full_disk(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with tmpfs(tmp_path / "disk", "2m") as disk:
        fill(disk)
        code, _out, err = _run(capsys, "--data-dir", str(disk / "data"), "db", "upgrade")
        _refused(code, err, "the disk is full")
        assert not (disk / "data" / "inspector.db").exists()  # no half-made database


def test_a_read_only_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with tmpfs(tmp_path / "disk", "32m") as disk:
        root, _iid = _data(disk / "data")
        before = tree_hashes(root)
        remount(disk, "ro")
        for argv in (["inspections", "list"], ["settings", "set", "deadline_days_minor", "9"],
                     ["db", "upgrade"], ["backup"], ["demo"]):
            code, _out, err = _run(capsys, "--data-dir", str(root), *argv)
            _refused(code, err, "the folder is read-only")
            assert "disk I/O error" not in err.split("(")[0]
        remount(disk, "rw")
        assert tree_hashes(root) == before


def test_upgrading_on_a_full_disk_leaves_the_old_file(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    with tmpfs(tmp_path / "disk", "4m") as disk:
        root = disk / "data"
        root.mkdir()
        upgrade(root / "inspector.db", revision="0004")
        before = tree_hashes(root)
        fill(disk)
        code, _out, err = _run(capsys, "--data-dir", str(root), "db", "upgrade")
        _refused(code, err, "the disk is full")
        assert tree_hashes(root) == before or {
            k: v for k, v in tree_hashes(root).items() if not k.startswith("backups/")
        } == before
        assert not list((root / "backups").glob("*")) if (root / "backups").exists() else True


def test_answers_and_photos_on_a_full_disk(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "32m") as disk:
        root, iid = _data(disk / "data")
        ws = Workspace.open(root)
        try:
            items = [i for i in ws.catalog.current["fire-safety"].items
                     if i.response.type == "pass_fail"]
            ws.inspections.answer(iid, "fire-safety", items[1].id, "pass", ACTOR)
            before = ws.inspections.detail(iid).answers
            filler = fill(disk)
            with pytest.raises(StorageFault) as caught:
                for item in items[2:40]:  # the WAL has a little room left: fill it up
                    ws.inspections.set_note(iid, "fire-safety", item.id, "x" * 2000, ACTOR)
            assert caught.value.code == "disk_full"
            assert "the disk is full" in str(caught.value)
            with pytest.raises(StorageFault) as caught:
                ws.inspections.add_photo(iid, "fire-safety", items[1].id,
                                         _jpeg((1, 2, 3)), ACTOR)
            assert caught.value.code == "disk_full"
            assert not list((root / "photos").rglob("*.tmp"))
            filler.unlink()
            after = ws.inspections.detail(iid).answers
            assert after[("fire-safety", items[1].id)] == before[("fire-safety", items[1].id)]
        finally:
            ws.close()


def test_exports_and_reports_to_a_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    root, iid = _data(tmp_path / "data", key=True)
    monkeypatch.setenv("INSPECTOR_KEY_PASSPHRASE", PASSPHRASE)
    with tmpfs(tmp_path / "usb", "1m") as usb:
        fill(usb)
        for argv, words in (
                (["export", "-o", str(usb / "bundle.zip")],
                 ("the disk is full", str(usb / "bundle.zip"))),
                (["report", str(iid), "-o", str(usb / "r.pdf")],
                 ("the disk is full", str(usb / "r.pdf"))),
                (["export-table", "-o", str(usb / "t.xlsx")], ("No space left",))):
            code, _out, err = _run(capsys, "--data-dir", str(root), *argv)
            _refused(code, err, *words)
            assert "Exception ignored" not in err
        assert not (usb / "bundle.zip").exists() and not (usb / "r.pdf").exists()


# --- 5. a restore never adds trust silently -------------------------------------

def _evil_backup(good: Path, tmp: Path) -> tuple[Path, str]:
    """The attacker's edit: their certificate added to keys/trusted, hashes recomputed."""
    from cryptography.hazmat.primitives import serialization

    from inspector.pki import fingerprint

    store = KeyStore(tmp / "attacker-keys")
    store.create_self_signed("王建国", "WJ-001", "区卫生健康局", "attacker-passphrase")
    cert = store.certificate("WJ-001")
    pem = cert.public_bytes(serialization.Encoding.PEM)
    entries = {**_entries(good), "keys/trusted/evil.pem": pem}
    return _write_zip(tmp / "evil.zip", entries, fix_manifest=True), fingerprint(cert)


def test_a_rehashed_backup_with_an_added_certificate_does_not_make_it_trusted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from inspector.pki import fingerprint

    root, _iid = _data(tmp_path / "data", key=True)
    good = create_backup(DataPaths(root), tmp_path / "good.zip")
    evil, evil_fp = _evil_backup(good.path, tmp_path)
    trusted_before = {fingerprint(c) for c in KeyStore.for_data_dir(root).trusted_certs()}
    before = tree_hashes(root)

    # The same backup restored in place adds no trust: no question.
    assert verify_backup(good.path, data_dir=root).new_trust == ()
    # The altered one is intact as a file, but lists the attacker's certificate.
    info = verify_backup(evil, data_dir=root)
    assert [t.fingerprint for t in info.new_trust] == [evil_fp]
    code, out, err = _run(capsys, "--data-dir", str(root), "restore", "--check", str(evil))
    assert code == 0 and evil_fp in out and "trusted" in out
    code, out, err = _run(capsys, "--data-dir", str(root), "restore", "--yes", str(evil))
    _refused(code, err, "--trust-certificates", "Nothing was changed")
    with pytest.raises(BackupError) as caught:
        restore_backup(evil, root)
    assert caught.value.code == "untrusted_certificates" and evil_fp in str(caught.value)
    assert tree_hashes(root) == before
    assert {fingerprint(c) for c in KeyStore.for_data_dir(root).trusted_certs()} == \
        trusted_before
    assert not [p for p in tmp_path.iterdir() if ".before-restore-" in p.name
                or p.name.startswith(".restore-")]

    # Confirmed with its fingerprint shown, it is restored and trusted.
    code, out, err = _run(capsys, "--data-dir", str(root), "restore", "--yes",
                          "--trust-certificates", str(evil))
    assert code == 0, err
    assert evil_fp in {fingerprint(c) for c in KeyStore.for_data_dir(root).trusted_certs()}


def test_restoring_onto_a_new_laptop_lists_every_certificate(tmp_path: Path) -> None:
    from inspector.pki import fingerprint

    root, _iid = _data(tmp_path / "data", key=True)
    good = create_backup(DataPaths(root), tmp_path / "good.zip")
    own = {fingerprint(c) for c in KeyStore.for_data_dir(root).trusted_certs()}
    info = verify_backup(good.path, data_dir=tmp_path / "new-laptop")
    assert {t.fingerprint for t in info.new_trust} == own
    with pytest.raises(BackupError, match="would make 1 certificate"):
        restore_backup(good.path, tmp_path / "new-laptop")
    assert not (tmp_path / "new-laptop").exists()
    restore_backup(good.path, tmp_path / "new-laptop", trust=own)
    assert (tmp_path / "new-laptop" / "inspector.db").is_file()


# --- 6. private files ---------------------------------------------------------------

def _modes(root: Path) -> dict[str, int]:
    out = {".": stat.S_IMODE(root.stat().st_mode)}
    for p in root.rglob("*"):
        out[p.relative_to(root).as_posix()] = stat.S_IMODE(p.lstat().st_mode)
    return out


def _all_private(root: Path) -> None:
    for name, mode in _modes(root).items():
        path = root / name
        wanted = 0o700 if path.is_dir() else 0o600
        assert mode == wanted, f"{name}: {oct(mode)}"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_everything_in_the_data_folder_is_private(tmp_path: Path) -> None:
    os.umask(0o022)
    root, _iid = _data(tmp_path / "data", key=True)
    ws = Workspace.open(root)  # with the -wal and -shm files open
    try:
        assert (root / "inspector.db-wal").exists()
        _all_private(root)
        info = create_backup(ws.paths)
    finally:
        ws.close()
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert {p.suffix for p in (root / "keys").iterdir()} >= {".p12", ".pem"}
    # Restored: keys, database, photos all private.
    from inspector.pki import fingerprint

    trust = [fingerprint(c) for c in KeyStore.for_data_dir(root).trusted_certs()]
    restore_backup(info.path, tmp_path / "restored", trust=trust)
    _all_private(tmp_path / "restored")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_older_loose_data_folder_is_tightened_when_opened(tmp_path: Path) -> None:
    root, _iid = _data(tmp_path / "data", key=True)
    for path in [root, *root.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    Workspace.open(root).close()
    _all_private(root)
    upgraded = tmp_path / "old"
    upgraded.mkdir()
    upgrade(upgraded / "inspector.db", revision="0004")
    Workspace.open(upgraded).close()
    copies = list((upgraded / "backups").iterdir())
    assert copies and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in copies)


# --- 7. a data directory path that is a file -------------------------------------

def test_a_data_directory_that_is_a_file_is_refused_everywhere(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, _iid = _data(tmp_path / "data")
    good = create_backup(DataPaths(root), tmp_path / "good.zip")
    blocker = tmp_path / "notes.txt"
    blocker.write_text("my notes")
    for target in (blocker, blocker / "sub"):
        for argv in (["restore", "--yes", str(good.path)], ["inspections", "list"],
                     ["demo"], ["backup"], ["settings", "show"]):
            code, _out, err = _run(capsys, "--data-dir", str(target), *argv)
            _refused(code, err, "is not a folder" if target != blocker else "is a file")
            assert "File exists" not in err
    assert blocker.read_text() == "my notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "good.zip", "notes.txt"]
    with pytest.raises(StorageFault) as caught:
        restore_backup(good.path, blocker)
    assert caught.value.code == "not_a_directory"


def test_the_damaged_file_is_a_refusal_with_a_code() -> None:
    fault = DatabaseDamaged("/d/inspector.db", "the table answer is missing")
    assert fault.code == "database_damaged" and fault.params["path"] == "/d/inspector.db"
    assert "File → Restore from backup" in str(fault)


def test_a_file_written_safely_on_a_full_disk_leaves_nothing(tmp_path: Path) -> None:
    from inspector.issuing import DeliveryError, write_safely

    with tmpfs(tmp_path / "usb", "1m") as usb:
        write_safely(usb / "small.pdf", b"%PDF-1.7 small")
        assert (usb / "small.pdf").read_bytes() == b"%PDF-1.7 small"
        fill(usb)
        with pytest.raises(DeliveryError, match="the disk is full"):
            write_safely(usb / "report.pdf", b"%PDF" + b"x" * 200_000)
        assert sorted(p.name for p in usb.iterdir()) == ["filler.bin", "small.pdf"]
