"""Backup and restore of a whole data directory, and refusing unsafe data folders."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import sys
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from inspector import backup as bk
from inspector.backup import (
    BackupError,
    Limits,
    UnsafeDataLocation,
    check_data_location,
    create_backup,
    parse_bsd_mount,
    parse_mountinfo,
    parse_proc_mounts,
    restore_backup,
    verify_backup,
)
from inspector.cli import main
from inspector.credit_code import make_credit_code
from inspector.paths import DataPaths
from inspector.workspace import Workspace

from .conftest import ACTOR, INSPECTION_DAY, facility_input


def _jpeg(color: tuple[int, int, int] = (200, 100, 50)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(out, "JPEG", quality=90)
    return out.getvalue()


def _populate(ws: Workspace) -> None:
    """A facility, an inspection with a photo, keys and UI settings."""
    a = ws.inspectors.create("王建国", "区卫生健康局", "WJ-001", ACTOR)
    b = ws.inspectors.create("刘洋", "消防救援大队", "XF-002", ACTOR)
    fid = ws.facilities.create(facility_input(), ACTOR)
    iid = ws.inspections.start(uuid.UUID(fid), "routine", INSPECTION_DAY,
                               [uuid.UUID(a), uuid.UUID(b)],
                               ACTOR, checklist_ids=["fire-safety"])
    item = ws.catalog.current["fire-safety"].items[0]
    ws.inspections.add_photo(iid, "fire-safety", item.id, _jpeg(), ACTOR)
    keys = ws.paths.root / "keys"
    (keys / "trusted").mkdir(parents=True)
    (keys / "WJ-001.p12").write_bytes(b"encrypted pkcs12 bytes")
    (keys / "WJ-001.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\n")
    (keys / "trusted" / "ab12.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\n")
    (ws.paths.root / "ui-settings.ini").write_text("[ui]\nlanguage=en\n")


@pytest.fixture
def data(ws: Workspace) -> Workspace:
    _populate(ws)
    return ws


def tree_hashes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def rows(db: Path, table: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    finally:
        con.close()


def photo_files(root: Path) -> dict[str, str]:
    return {k: v for k, v in tree_hashes(root).items() if k.startswith("photos/")}


# --- backup ----------------------------------------------------------------------

def test_backup_holds_database_photos_keys_and_settings(data: Workspace, tmp_path: Path
                                                        ) -> None:
    root = data.paths.root
    (root / "photos" / "ab").mkdir(exist_ok=True)
    (root / "photos" / "ab" / "leftover.123.tmp").write_bytes(b"half a photo")
    data.paths.backups.mkdir(exist_ok=True)
    (data.paths.backups / "old.db").write_bytes(b"x")
    (root / "staging").mkdir()
    (root / "staging" / "bundle.part").write_bytes(b"x")
    (root / "sync-log.json").write_text("{}")  # any other file of the data folder goes along
    info = create_backup(data.paths, tmp_path / "out")
    assert info.path.parent == tmp_path / "out"
    assert info.path.name.startswith("inspector-backup-") and info.path.suffix == ".zip"
    assert (info.facilities, info.inspections, info.photos) == (1, 1, 1)
    with zipfile.ZipFile(info.path) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("backup.json"))
        photo = next(n for n in names if n.startswith("photos/"))
        assert zf.getinfo(photo).compress_type == zipfile.ZIP_STORED
    assert {"backup.json", "database/inspector.db", "keys/WJ-001.p12", "keys/WJ-001.pem",
            "keys/trusted/ab12.pem", "ui-settings.ini"} <= names
    assert "sync-log.json" in names
    assert not {n for n in names
                if n.startswith(("backups/", "staging/", "inspector.db")) or ".tmp" in n}
    assert manifest["format"] == "childcare-inspector-backup"
    assert manifest["schema_revision"] == data.upgraded.to_revision
    assert manifest["counts"] == {"facilities": 1, "inspections": 1, "photos": 1}
    by_name = {e["name"]: e for e in manifest["entries"]}
    assert set(by_name) == names - {"backup.json"}
    assert by_name["keys/WJ-001.p12"]["sha256"] == hashlib.sha256(
        b"encrypted pkcs12 bytes").hexdigest()
    assert not list((tmp_path / "out").glob(".*"))  # no temporary files left


def test_backup_defaults_to_the_backups_folder_and_refuses_the_data_folder(
        data: Workspace) -> None:
    info = create_backup(data.paths)
    assert info.path.parent == data.paths.backups
    for inside in (data.paths.photos, data.paths.root / "keys", data.paths.root):
        with pytest.raises(BackupError, match="inside the data directory"):
            create_backup(data.paths, inside)


def test_backup_while_another_connection_writes_has_the_committed_state(
        data: Workspace, tmp_path: Path) -> None:
    other = sqlite3.connect(data.paths.database, isolation_level=None, timeout=10)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE facility SET name = 'UNCOMMITTED'")
        info = create_backup(data.paths, tmp_path / "b.zip")
    finally:
        other.execute("ROLLBACK")
        other.close()
    with zipfile.ZipFile(info.path) as zf:
        (tmp_path / "copy.db").write_bytes(zf.read("database/inspector.db"))
    con = sqlite3.connect(tmp_path / "copy.db")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT name FROM facility").fetchall() == [("江阴市测试托育中心",)]
    finally:
        con.close()
    verify_backup(info.path)


# --- restore ---------------------------------------------------------------------

def test_restore_brings_back_the_backed_up_state_and_keeps_the_current_data(
        data: Workspace, tmp_path: Path) -> None:
    root = data.paths.root
    info = create_backup(data.paths, tmp_path / "b.zip")
    facilities = rows(data.paths.database, "facility")
    inspections = rows(data.paths.database, "inspection")
    photos = photo_files(root)
    keys = {k: v for k, v in tree_hashes(root).items() if k.startswith("keys/")}
    # Change the data after the backup.
    data.facilities.create(facility_input(
        name="后来的托育园", credit_code=make_credit_code("91320281MA1XK7PR4")), ACTOR)
    iid = data.inspections.list()[0].id
    item = data.catalog.current["fire-safety"].items[1]
    data.inspections.add_photo(uuid.UUID(str(iid)), "fire-safety", item.id,
                               _jpeg((10, 200, 10)), ACTOR)
    (root / "keys" / "WJ-001.p12").write_bytes(b"another key")
    data.close()
    changed = tree_hashes(root)

    result = restore_backup(info.path, root)
    assert result.data_dir == root
    assert result.previous is not None and result.previous.name.startswith("data.before-restore-")
    assert tree_hashes(result.previous) == changed  # kept aside as it was
    reopened = Workspace.open(root)
    try:
        assert rows(reopened.paths.database, "facility") == facilities
        assert rows(reopened.paths.database, "inspection") == inspections
        assert photo_files(root) == photos
        assert {k: v for k, v in tree_hashes(root).items() if k.startswith("keys/")} == keys
        assert (root / "ui-settings.ini").read_text() == "[ui]\nlanguage=en\n"
        assert len(reopened.facilities.list()) == 1
    finally:
        reopened.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".restore-")]


def test_restore_into_a_new_folder_and_the_backups_folder_moves_along(
        data: Workspace, tmp_path: Path) -> None:
    info = create_backup(data.paths)  # in <data>/backups
    data.close()
    fresh = tmp_path / "elsewhere" / "data"
    result = restore_backup(info.path, fresh)
    assert result.previous is None
    assert rows(fresh / "inspector.db", "facility") == rows(data.paths.database, "facility")
    # Restoring in place: the backups folder (with the backup itself) stays usable.
    result = restore_backup(info.path, data.paths.root)
    assert (data.paths.backups / info.path.name).is_file()


# --- refusals --------------------------------------------------------------------

def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _write_zip(path: Path, entries: dict[str, bytes], *, fix_manifest: bool = False) -> Path:
    if fix_manifest:
        manifest = json.loads(entries["backup.json"])
        manifest["entries"] = [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in entries.items() if n != "backup.json"]
        entries = {**entries, "backup.json": json.dumps(manifest).encode()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in entries.items():
            zf.writestr(zipfile.ZipInfo(name), content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def _db_bytes(tmp: Path, original: bytes, sql: str) -> bytes:
    db = tmp / f"edit-{uuid.uuid4().hex}.db"
    db.write_bytes(original)
    con = sqlite3.connect(db)
    con.executescript(sql)
    con.close()
    return db.read_bytes()


def _flip_db_byte(good: Path, out: Path) -> Path:
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("database/inspector.db")
    name_len = int.from_bytes(data[info.header_offset + 26:info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28:info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    data[start + info.compress_size // 2] ^= 0x40
    out.write_bytes(bytes(data))
    return out


def _not_ours(tmp: Path, e: dict[str, bytes]) -> dict[str, bytes]:
    db = tmp / "foreign.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    con.commit()
    con.close()
    return {**e, "database/inspector.db": db.read_bytes()}


TAMPER: dict[str, Callable[[Path, Path, dict[str, bytes]], Path]] = {
    "flipped byte in the database": lambda good, tmp, e: _flip_db_byte(good, tmp / "t.zip"),
    "missing photo": lambda good, tmp, e: _write_zip(
        tmp / "t.zip", {n: d for n, d in e.items() if not n.startswith("photos/")}),
    "missing photo, manifest rewritten": lambda good, tmp, e: _write_zip(
        tmp / "t.zip", {n: d for n, d in e.items() if not n.startswith("photos/")},
        fix_manifest=True),
    "extra entry": lambda good, tmp, e: _write_zip(tmp / "t.zip", {**e, "notes.txt": b"hi"}),
    "parent path": lambda good, tmp, e: _write_zip(
        tmp / "t.zip", {**e, "../evil.txt": b"x"}, fix_manifest=True),
    "parent path inside": lambda good, tmp, e: _write_zip(
        tmp / "t.zip", {**e, "keys/../../evil.txt": b"x"}, fix_manifest=True),
    "absolute path": lambda good, tmp, e: _write_zip(
        tmp / "t.zip", {**e, "/tmp/evil.txt": b"x"}, fix_manifest=True),
    "backslash": lambda good, tmp, e: _write_zip(
        tmp / "t.zip", {**e, "keys\\..\\..\\evil.txt": b"x"}, fix_manifest=True),
    "file and folder": lambda good, tmp, e: _write_zip(
        tmp / "t.zip", {**e, "keys": b"x"}, fix_manifest=True),
    "live database name": lambda good, tmp, e: _write_zip(
        tmp / "t.zip", {**e, "inspector.db-wal": b"x"}, fix_manifest=True),
    "truncated": lambda good, tmp, e: (tmp / "t.zip").write_bytes(
        good.read_bytes()[: good.stat().st_size // 2]) and tmp / "t.zip",
    "zip bomb": lambda good, tmp, e: _write_zip(
        tmp / "t.zip", {**e, "keys/bomb.pem": b"\0" * (8 * 1024 * 1024)}, fix_manifest=True),
    "no manifest": lambda good, tmp, e: _write_zip(
        tmp / "t.zip", {n: d for n, d in e.items() if n != "backup.json"}),
    "photo not named by its hash": lambda good, tmp, e: _write_zip(tmp / "t.zip", {
        **{n: d for n, d in e.items() if not n.startswith("photos/")},
        **{n: _jpeg((1, 2, 3)) for n in e if n.startswith("photos/")}}, fix_manifest=True),
    "database not ours": lambda good, tmp, e: _write_zip(
        tmp / "t.zip", _not_ours(tmp, e), fix_manifest=True),
    "database from a newer app": lambda good, tmp, e: _write_zip(tmp / "t.zip", {
        **e, "database/inspector.db": _db_bytes(
            tmp, e["database/inspector.db"],
            "UPDATE alembic_version SET version_num = '9999_from_the_future'")},
        fix_manifest=True),
    "database with broken references": lambda good, tmp, e: _write_zip(tmp / "t.zip", {
        **e, "database/inspector.db": _db_bytes(
            tmp, e["database/inspector.db"],
            "PRAGMA foreign_keys=OFF; DELETE FROM facility;")},
        fix_manifest=True),
    "not a zip": lambda good, tmp, e: (tmp / "t.zip").write_bytes(b"hello") and tmp / "t.zip",
}

EXPECTED = {
    "flipped byte in the database": "damaged",
    "missing photo": "missing",
    "missing photo, manifest rewritten": "not in the backup",
    "extra entry": "does not list",
    "parent path": "'..'",
    "parent path inside": "'..'",
    "absolute path": "absolute",
    "backslash": "backslash",
    "live database name": "must not contain",
    "file and folder": "both a file and a folder",
    "truncated": "not a readable zip",
    "zip bomb": "zip bomb",
    "no manifest": "no backup.json",
    "photo not named by its hash": "not named by its SHA-256",
    "database not ours": "not a database of this app",
    "database from a newer app": "newer version",
    "database with broken references": "broken references",
    "not a zip": "not a readable zip",
}


@pytest.fixture
def good_backup(data: Workspace, tmp_path: Path) -> Path:
    info = create_backup(data.paths, tmp_path / "good.zip")
    data.close()
    return info.path


@pytest.mark.parametrize("case", sorted(TAMPER))
def test_a_bad_backup_is_refused_and_nothing_changes(case: str, good_backup: Path,
                                                     data: Workspace, tmp_path: Path) -> None:
    work = tmp_path / "tamper"
    work.mkdir()
    bad = TAMPER[case](good_backup, work, _entries(good_backup))
    before = tree_hashes(data.paths.root)
    siblings = sorted(p.name for p in data.paths.root.parent.iterdir())
    with pytest.raises(BackupError, match=EXPECTED[case]):
        verify_backup(bad)
    with pytest.raises(BackupError, match=EXPECTED[case]):
        restore_backup(bad, data.paths.root)
    assert tree_hashes(data.paths.root) == before
    assert sorted(p.name for p in data.paths.root.parent.iterdir()) == siblings
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_small_limits_refuse_large_entries_and_many_entries(good_backup: Path) -> None:
    with pytest.raises(BackupError, match="claims"):
        verify_backup(good_backup, limits=Limits(max_entry_bytes=1000))
    with pytest.raises(BackupError, match="expand to"):
        verify_backup(good_backup, limits=Limits(max_total_bytes=1000))
    with pytest.raises(BackupError, match="entries, more than"):
        verify_backup(good_backup, limits=Limits(max_entries=3))
    with pytest.raises(BackupError, match="zip bomb"):
        verify_backup(good_backup, limits=Limits(max_ratio=1, ratio_floor=100))


def test_a_symlink_or_duplicate_entry_is_refused(good_backup: Path, tmp_path: Path) -> None:
    entries = _entries(good_backup)
    link = tmp_path / "link.zip"
    shutil.copy(good_backup, link)
    with zipfile.ZipFile(link, "a") as zf:
        info = zipfile.ZipInfo("keys/evil")
        info.create_system = 3
        info.external_attr = 0o120777 << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(BackupError, match="symbolic link"):
        verify_backup(link)
    dup = tmp_path / "dup.zip"
    with zipfile.ZipFile(dup, "w") as zf:
        for name, content in entries.items():
            zf.writestr(name, content)
        with pytest.warns(UserWarning):
            zf.writestr("ui-settings.ini", b"[ui]\nlanguage=zh\n")
    with pytest.raises(BackupError, match="twice"):
        verify_backup(dup)


def test_verify_with_staging_extracts_the_data_directory(good_backup: Path,
                                                         tmp_path: Path) -> None:
    staging = tmp_path / "staging"
    info = verify_backup(good_backup, staging)
    assert (staging / "inspector.db").is_file()
    assert (staging / "keys" / "trusted" / "ab12.pem").is_file()
    assert len(photo_files(staging)) == info.photos == 1


# --- unsafe data locations --------------------------------------------------------

def _mountinfo(point: Path, fstype: str, source: str = "server:/export") -> str:
    return ("27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
            f"99 27 0:50 / {str(point).replace(' ', chr(92) + '040')} rw,relatime - {fstype} "
            f"{source} rw\n")


@pytest.mark.parametrize("fstype", ["nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "fuse.rclone"])
def test_a_network_file_system_is_refused(tmp_path: Path, fstype: str) -> None:
    share = tmp_path / "net share"
    mounts = parse_mountinfo(_mountinfo(share, fstype))
    with pytest.raises(UnsafeDataLocation, match="network file system") as err:
        check_data_location(share / "inspector", mounts=mounts)
    assert "--data-dir" in str(err.value) and "INSPECTOR_DATA_DIR" in str(err.value)
    check_data_location(tmp_path / "local", mounts=mounts)  # beside the mount: fine


def test_mount_tables_of_other_formats_are_read(tmp_path: Path) -> None:
    proc = parse_proc_mounts(f"/dev/vda / ext4 rw 0 0\n//nas/share {tmp_path} cifs rw 0 0\n")
    with pytest.raises(UnsafeDataLocation, match="cifs"):
        check_data_location(tmp_path / "data", mounts=proc)
    bsd = parse_bsd_mount(
        "/dev/disk1s1 on / (apfs, local, journaled)\n"
        f"//user@nas/share on {tmp_path} (smbfs, nodev, nosuid, mounted by user)\n")
    with pytest.raises(UnsafeDataLocation, match="smbfs"):
        check_data_location(tmp_path / "data", mounts=bsd)


@pytest.mark.parametrize("folder", ["OneDrive", "OneDrive - 江阴市卫健委", "Dropbox", "坚果云",
                                    "我的坚果云", "Google Drive", "iCloud Drive", "百度网盘",
                                    "WPS云文档", "阿里云盘", "Nextcloud"])
def test_a_cloud_synced_folder_is_refused(tmp_path: Path, folder: str) -> None:
    with pytest.raises(UnsafeDataLocation, match="cloud-synced") as err:
        check_data_location(tmp_path / folder / "inspector" / "data", mounts=[])
    assert folder in str(err.value)


@pytest.mark.parametrize("marker", [".stfolder", ".dropbox"])
def test_a_sync_marker_in_an_ancestor_is_refused(tmp_path: Path, marker: str) -> None:
    synced = tmp_path / "shared"
    (synced / "work").mkdir(parents=True)
    (synced / marker).mkdir()
    with pytest.raises(UnsafeDataLocation, match="cloud-synced"):
        check_data_location(synced / "work" / "data", mounts=[])


def test_unc_paths_are_refused() -> None:
    with pytest.raises(UnsafeDataLocation, match="network drive"):
        check_data_location(Path(r"\\fileserver\share\inspector"), mounts=[])


def test_a_local_temporary_folder_is_accepted(tmp_path: Path) -> None:
    check_data_location(tmp_path)  # this machine's real mount table
    check_data_location(tmp_path / "not" / "created" / "yet")
    assert not (tmp_path / "not").exists()


def test_workspace_open_refuses_unsafe_folders(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(UnsafeDataLocation):
        Workspace.open(tmp_path / "Dropbox" / "data")
    assert not (tmp_path / "Dropbox").exists()  # nothing created
    share = tmp_path / "mnt"
    monkeypatch.setattr(bk, "read_mount_table",
                        lambda: parse_mountinfo(_mountinfo(share, "nfs")))
    with pytest.raises(UnsafeDataLocation, match="nfs"):
        Workspace.open(share / "data")


# --- command line ----------------------------------------------------------------

def test_cli_backup_verify_and_restore(data: Workspace, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    root = str(data.paths.root)
    out = tmp_path / "out"
    assert main(["--data-dir", root, "backup", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 facilities, 1 inspections, 1 photos" in printed
    (file,) = out.glob("*.zip")
    assert str(file) in printed
    assert main(["--data-dir", root, "backup", "--verify", str(file)]) == 0
    assert "intact" in capsys.readouterr().out
    assert main(["--data-dir", root, "restore", str(file), "--check"]) == 0
    data.close()
    before = tree_hashes(data.paths.root)
    monkeypatch.setattr(sys, "stdin", io.StringIO("n\n"))
    assert main(["--data-dir", root, "restore", str(file)]) == 1
    assert "cancelled" in capsys.readouterr().err
    assert tree_hashes(data.paths.root) == before
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
    assert main(["--data-dir", root, "restore", str(file)]) == 0
    printed = capsys.readouterr().out
    assert "the previous data is kept in" in printed
    assert main(["--data-dir", root, "restore", str(file), "--yes"]) == 0  # again, at once
    assert len(list(tmp_path.glob("data.before-restore-*"))) == 2
    capsys.readouterr()
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    assert main(["--data-dir", root, "restore", str(bad), "--yes"]) == 1
    assert "not a readable zip" in capsys.readouterr().err
    assert main(["--data-dir", root, "backup", "--verify", str(bad)]) == 1
    assert main(["--data-dir", root, "restore", str(tmp_path / "nope.zip")]) == 2
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", root, "restore"])
    assert exit_.value.code == 2


def test_cli_refuses_an_unsafe_data_folder(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "OneDrive" / "d"), "inspections", "list"]) == 1
    assert "cloud-synced" in capsys.readouterr().err


def test_backing_up_an_unsafe_folder_works_to_move_the_data(data: Workspace, tmp_path: Path
                                                            ) -> None:
    data.close()
    synced = tmp_path / "OneDrive" / "data"
    synced.parent.mkdir()
    shutil.copytree(data.paths.root, synced)
    info = create_backup(DataPaths(synced), tmp_path / "moved.zip")
    restore_backup(info.path, tmp_path / "local")
    with pytest.raises(UnsafeDataLocation):
        restore_backup(info.path, tmp_path / "OneDrive" / "again")
