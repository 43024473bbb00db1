"""Backing up and restoring a whole data directory, and refusing unsafe data folders.

A backup is one ``.zip`` file::

    backup.json               manifest: format, versions, schema revision, counts, and
                              every other entry with its size and SHA-256
    database/inspector.db     a consistent copy made with SQLite's online backup API
                              (committed data only, WAL content included)
    photos/ab/cd/<sha>.jpg    the photo store (stored, not deflated: JPEGs do not shrink)
    keys/...                  signing keys exactly as on disk (PKCS#12 files stay
                              passphrase-encrypted), certificates, the trust list
    ui-settings.ini, ...      every other file of the data directory

Left out: the live database and its ``-wal``/``-shm``/``-journal`` files (the copy
replaces them), the ``backups/`` folder (where backups go by default), ``staging/``
(bundle imports in progress), temporary and lock files, symbolic links.

``verify_backup`` checks a backup before anything is touched: the zip is read
defensively (entry names, counts, sizes, compression ratios, overlapping entries;
extraction streams and counts bytes), every entry must match the manifest, the
database must pass ``integrity_check`` and ``foreign_key_check``, be ours and not come
from a newer app, and photos must be named by their hash. ``restore_backup`` verifies
into a staging folder next to the data directory and then swaps folders: the current
data directory is renamed aside (kept, never deleted) and the staged one takes its
place. **The workspace must be closed while restoring** (the desktop app closes it
and reopens the restored data; the command line never holds it open). An older
database in a backup is upgraded by the normal ``Workspace.open`` afterwards.

Before a backup is written, the live database passes the same checks a restore makes
(so a backup that says it was made can be restored). A restore never adds trust
silently: the certificates the backup would add to the trust list (``keys/trusted``)
are listed in ``BackupInfo.new_trust`` with their fingerprints, and ``restore_backup``
refuses unless the caller passes those fingerprints as confirmed by the user (see
``restore_backup`` for why this, rather than a signature). Everything restored is
private to the user (folders 0700, files 0600 on POSIX). A full disk, a read-only
folder and the like come out as ``inspector.faults.StorageFault``.

``check_data_location`` refuses a data directory on a network file system or inside a
cloud-synced folder: SQLite's locking and WAL need a local disk, and sync clients copy
database files half-written. Limitations: on macOS the mount table comes from the
``mount`` command (skipped if it cannot run); folders synced by a client that marks
nothing on disk and uses an unusual folder name (or macOS "Desktop & Documents" in
iCloud) are not recognised; a local folder that happens to carry a sync client's name
(say ``Box``) is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

from inspector import __version__
from inspector.faults import StorageFault, classify, diagnose, guard
from inspector.paths import (
    FILE_MODE,
    DataPaths,
    check_data_dir,
    make_private,
    open_private,
    private_dir,
)

FORMAT = "childcare-inspector-backup"
FORMAT_VERSION = 1
MANIFEST = "backup.json"
DB_ENTRY = "database/inspector.db"
CHUNK = 1024 * 1024

# progress(done, total): bytes processed so far and the total expected
Progress = Callable[[int, int], None]

_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_PHOTO_RE = re.compile(r"^photos/([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f]{64})\.jpg$")
# Files of the data directory that are never copied as they are.
_LIVE_DB = {"inspector.db", "inspector.db-wal", "inspector.db-shm", "inspector.db-journal"}
_SKIP_TOP = {"backups", "database", "staging"}  # staging: bundle imports in progress
_SKIP_SUFFIXES = (".tmp", ".lock", ".part")
_STAGING_PREFIXES = (".restore-", ".inspector-backup-")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}
_BAD_CHARS = re.compile(r'[\x00-\x1f<>:"|?*\\]')
# Tables a database of this app always has (at any schema revision).
_OUR_TABLES = {"alembic_version", "facility", "inspection", "inspector_profile", "photo"}
_TRUSTED_RE = re.compile(r"^keys/trusted/[^/]+\.pem$")
_MAX_CERT_FILE = 1024 * 1024
RESTORE_HINT = ("Restore the last good backup: inspector restore FILE.zip (in the app: "
                "File → Restore from backup…)")

# Every code a BackupError carries (the UI words the refusal by it; ``params`` holds the
# named details). "invalid": the backup file itself is not a sound backup of this app
# (its ``detail`` says how, in English).
BACKUP_CODES = (
    "invalid", "not_found", "no_database", "target_exists", "inside_data_dir",
    "database_damaged", "database_foreign", "database_unversioned", "database_too_new",
    "database_references", "database_unreadable", "backup_too_new",
    "untrusted_certificates", "not_enough_space", "replace_failed",
)


class BackupError(Exception):
    """A backup cannot be made, verified or restored; the message says why and what to do.
    Nothing in the data directory was changed. ``code`` (one of BACKUP_CODES) and
    ``params`` let the UI say it in its language."""

    def __init__(self, message: str, code: str = "invalid", **params: object) -> None:
        super().__init__(message)
        if code not in BACKUP_CODES:
            raise ValueError(f"unknown backup refusal code {code!r}")
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}
        self.params.setdefault("detail", message)


class UnsafeDataLocation(Exception):
    """The data directory is on a network file system or in a cloud-synced folder."""


@dataclass(frozen=True)
class Limits:
    """Bounds a backup must stay within before it is read (a hostile or broken zip must
    not exhaust memory or disk)."""

    max_entries: int = 500_000
    max_entry_bytes: int = 32 * 1024**3
    max_total_bytes: int = 256 * 1024**3
    max_ratio: int = 200  # uncompressed / compressed, for entries above ratio_floor
    ratio_floor: int = 1024 * 1024
    max_manifest_bytes: int = 64 * 1024**2
    max_name_length: int = 400


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class NewTrust:
    """A certificate a restore would add to the trust list: whoever holds its key could
    then sign reports and bundles that this app shows as genuine."""

    fingerprint: str  # SHA-256 of the DER certificate, hex
    subject: str
    file: str  # the backup entry it comes from


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int  # bytes of the .zip file
    created_at: datetime
    app_version: str
    schema_revision: str | None
    facilities: int
    inspections: int
    photos: int
    entries: int  # files in the backup besides the manifest
    content_bytes: int  # their uncompressed size
    warnings: tuple[str, ...] = ()
    # certificates the backup would make trusted that the data directory compared with
    # does not trust (all of its trusted certificates when there is none)
    new_trust: tuple[NewTrust, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    data_dir: Path
    previous: Path | None  # where the data that was replaced is kept (None: there was none)


# --- backup ----------------------------------------------------------------------

def default_backup_name(now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"inspector-backup-{stamp}.zip"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _target_file(paths: DataPaths, dest: Path | None) -> Path:
    """The .zip to write: ``dest`` itself, or a new name inside ``dest`` when it is a folder
    (default: the data directory's backups folder)."""
    if dest is None:
        dest = paths.backups
    dest = Path(dest).expanduser().absolute()
    if dest.is_dir() or dest.suffix.lower() != ".zip":
        dest = dest / default_backup_name()
    root = paths.root.resolve()
    folder = dest.parent.resolve() if dest.parent.exists() else dest.parent.absolute()
    if _inside(folder, root) and not _inside(folder, paths.backups.resolve()):
        raise BackupError(
            f"a backup cannot be written inside the data directory ({folder}), except in its "
            f"backups folder {paths.backups}; choose that folder or one outside {root}",
            "inside_data_dir", folder=folder, backups=paths.backups)
    return dest


def _data_files(root: Path) -> Iterator[tuple[str, Path]]:
    """Every file of the data directory that belongs in a backup, as (zip name, path)."""
    for current, dirs, files in os.walk(root):
        here = Path(current)
        rel = here.relative_to(root)
        top = not rel.parts
        dirs[:] = sorted(
            d for d in dirs
            if not (here / d).is_symlink()
            and not d.startswith(_STAGING_PREFIXES)
            and not (top and d in _SKIP_TOP))
        for name in sorted(files):
            path = here / name
            if top and (name in _LIVE_DB or name == MANIFEST):
                continue
            if name.endswith(_SKIP_SUFFIXES) or name.startswith(_STAGING_PREFIXES):
                continue
            if path.is_symlink() or not path.is_file():
                continue
            zip_name = (rel / name).as_posix() if not top else name
            if zip_name.startswith("photos/") and not _PHOTO_RE.match(zip_name):
                continue  # not a photo of the store (a leftover of an interrupted write)
            yield zip_name, path


def _count(con: sqlite3.Connection, table: str) -> int:
    try:
        return int(con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    except sqlite3.DatabaseError:
        return 0


def _db_facts(db: Path) -> tuple[str | None, int, int, set[str]]:
    """Schema revision, facility count, inspection count and photo hashes of a database."""
    con = _open_ro(db)
    try:
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        except sqlite3.DatabaseError:
            revision = None
        try:
            hashes = {r[0] for r in con.execute("SELECT DISTINCT sha256 FROM photo")}
        except sqlite3.DatabaseError:
            hashes = set()
        return revision, _count(con, "facility"), _count(con, "inspection"), hashes
    finally:
        con.close()


def _open_ro(db: Path) -> sqlite3.Connection:
    # immutable: nobody else uses this copy, so no locks and no -wal/-shm files next to it
    con = sqlite3.connect(db.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    con.execute("PRAGMA trusted_schema=OFF")
    con.execute("PRAGMA cell_size_check=ON")
    return con


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the live database with SQLite's online backup API: it sees the
    last committed state (WAL content included) even while another connection writes.

    On a read-only disk SQLite cannot open a database in WAL mode (it needs to write the
    ``-shm`` file), but nobody can write there either: the file and its ``-wal`` are then
    copied as they are and the copy, on a writable disk, is read instead."""
    open_private(target).close()
    try:
        src = sqlite3.connect(source, timeout=10)
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        found = diagnose(source.parent)
        if found is None or found.code != "read_only":
            raise
        log_copy = target.with_name("live-copy.db")
        shutil.copyfile(source, log_copy)
        wal = Path(f"{source}-wal")
        if wal.is_file():
            shutil.copyfile(wal, Path(f"{log_copy}-wal"))
        try:
            src = sqlite3.connect(log_copy)
        except sqlite3.Error:
            raise exc from None
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A self-contained file: no -wal needed to read it (the app turns WAL back on).
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _fsync_dir(folder: Path) -> None:
    if os.name != "nt":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def create_backup(paths: DataPaths, dest: Path | None = None, *,
                  progress: Progress | None = None) -> BackupInfo:
    """Write a backup of the data directory to ``dest`` (a .zip file, or a folder to put
    ``inspector-backup-YYYYMMDD-HHMMSS.zip`` in; default ``<data>/backups/``).

    Safe while the app is running: the database is copied with the backup API, and the
    zip is written to a temporary name in the destination folder, flushed to disk and
    renamed, so a crash never leaves a half backup under the real name. The copy must
    pass the checks a restore makes (intact, ours, a known schema) before anything is
    written, so no backup is reported made that ``restore`` would refuse."""
    check_data_dir(paths.root)
    if not paths.database.is_file():
        raise BackupError(f"there is no database in {paths.root} to back up", "no_database",
                          path=paths.root)
    target = _target_file(paths, dest)
    with guard(target.parent):
        private_dir(target.parent)
    if target.exists():
        raise BackupError(f"{target} already exists; choose another file name",
                          "target_exists", path=target)
    created = datetime.now(UTC).replace(microsecond=0)
    with guard(target.parent):
        work = Path(tempfile.mkdtemp(prefix=".inspector-backup-", dir=target.parent))
    tmp_zip = work / "backup.zip"
    try:
        db_copy = work / "inspector.db"
        try:
            _copy_database(paths.database, db_copy)
        except sqlite3.Error as exc:
            raise _copy_refusal(exc, paths, target) from None
        revision, facilities, inspections = _check_database(db_copy, source=paths.database)
        _rev, _f, _i, referenced = _db_facts(db_copy)
        with guard(target.parent):
            info = _write_zip(paths, db_copy, tmp_zip, created, revision, facilities,
                              inspections, referenced, progress)
            if target.exists():
                raise BackupError(f"{target} already exists; choose another file name",
                                  "target_exists", path=target)
            os.replace(tmp_zip, target)
            _fsync_dir(target.parent)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    damaged, missing, stored_photos, entries = info
    warnings = _warnings(damaged, missing)
    return BackupInfo(target, target.stat().st_size, created, __version__, revision,
                      facilities, inspections, stored_photos, len(entries),
                      sum(e["size"] for e in entries), warnings)


def _copy_refusal(exc: sqlite3.Error, paths: DataPaths, target: Path) -> Exception:
    """Why the live database could not be copied: the destination's disk (full,
    read-only), the data folder's, a damaged file, or a file that is not a database."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return BackupError(
            f"the database {paths.database} is damaged or not a database ({exc}); no backup "
            f"was made: a backup of it could not be restored. {RESTORE_HINT}",
            "database_damaged", path=paths.database, detail=str(exc), when="backup")
    if code == 13:  # SQLITE_FULL: the copy is what is being written
        return StorageFault("disk_full", target.parent, str(exc))
    for folder in (target.parent, paths.root):
        found = diagnose(folder)
        if found is not None:
            return StorageFault(found.code, folder, str(exc))
    fault = classify(exc, paths.database)
    if fault is not None:
        return fault
    return BackupError(f"the database {paths.database} cannot be read ({exc}); no backup was "
                       "made", "database_unreadable", path=paths.database, detail=str(exc))


def _write_zip(paths: DataPaths, db_copy: Path, tmp_zip: Path, created: datetime,
               revision: str, facilities: int, inspections: int, referenced: set[str],
               progress: Progress | None
               ) -> tuple[list[str], list[str], int, list[dict[str, Any]]]:
    """The backup zip at ``tmp_zip`` (private to the user, flushed to disk)."""
    files = [(DB_ENTRY, db_copy), *_data_files(paths.root)]
    total = sum(p.stat().st_size for _n, p in files)
    done = 0
    entries: list[dict[str, Any]] = []
    damaged: list[str] = []
    stored_photos: set[str] = set()
    with open_private(tmp_zip) as fh:
        with zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
            for name, path in files:
                photo = _PHOTO_RE.match(name)
                method = zipfile.ZIP_STORED if photo else zipfile.ZIP_DEFLATED
                info = zipfile.ZipInfo(name, date_time=_zip_time(path))
                info.compress_type = method
                info.external_attr = FILE_MODE << 16
                digest = hashlib.sha256()
                size = 0
                with open(path, "rb") as src, zf.open(info, "w", force_zip64=True) as out:
                    while chunk := src.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                        size += len(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
                sha = digest.hexdigest()
                entries.append({"name": name, "size": size, "sha256": sha})
                if photo:
                    stored_photos.add(photo.group(3))
                    if photo.group(3) != sha:
                        damaged.append(name)
            missing = sorted(referenced - stored_photos)
            manifest = {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "app_version": __version__,
                "created_at": created.isoformat(),
                "schema_revision": revision,
                "counts": {"facilities": facilities, "inspections": inspections,
                           "photos": len(stored_photos)},
                "damaged_photos": damaged,
                "missing_photos": missing,
                "entries": entries,
            }
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1),
                        compress_type=zipfile.ZIP_DEFLATED)
        fh.flush()
        os.fsync(fh.fileno())
    return damaged, missing, len(stored_photos), entries


def _zip_time(path: Path) -> tuple[int, int, int, int, int, int]:
    t = datetime.fromtimestamp(path.stat().st_mtime)
    t = max(t, datetime(1980, 1, 1))
    return (t.year, t.month, t.day, t.hour, t.minute, t.second)


def _warnings(damaged: Sequence[str], missing: Sequence[str]) -> tuple[str, ...]:
    out = []
    if damaged:
        out.append(f"{len(damaged)} photo file(s) were already damaged in the data directory "
                   f"(content does not match the name), e.g. {damaged[0]}")
    if missing:
        out.append(f"{len(missing)} photo(s) recorded in the database were already missing "
                   f"from the data directory, e.g. {missing[0]}")
    return tuple(out)


# --- verify ----------------------------------------------------------------------

def _check_name(name: str, limits: Limits) -> None:
    """Refuse any entry name that could land outside the staging folder or be read
    differently on another system."""
    def bad(why: str) -> BackupError:
        return BackupError(f"this is not a valid backup: the entry {name!r} {why}; "
                           "nothing was restored")

    if not name or len(name) > limits.max_name_length:
        raise bad("has an empty or overlong name")
    if name.startswith(("/", "\\")) or "\\" in name or re.match(r"^[A-Za-z]:", name):
        raise bad("has an absolute path or a backslash")
    for part in name.split("/"):
        if part in ("", ".", ".."):
            raise bad("has an empty, '.' or '..' path part")
        if _BAD_CHARS.search(part) or part.endswith((".", " ")):
            raise bad("has characters not allowed in a file name")
        if part.split(".")[0].lower() in _WINDOWS_RESERVED:
            raise bad("uses a name reserved on Windows")
    if name.split("/")[0] in _LIVE_DB or name.split("/")[0] == "backups":
        raise bad("would replace a file the backup must not contain")


def _strict_json(data: bytes) -> Any:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _v in items]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate keys")
        return dict(items)

    def constant(value: str) -> Any:
        raise ValueError(f"{value} is not allowed")

    return json.loads(data.decode("utf-8"), object_pairs_hook=pairs, parse_constant=constant)


@dataclass
class _Manifest:
    created_at: datetime
    app_version: str
    schema_revision: str | None
    counts: dict[str, int]
    entries: dict[str, tuple[int, str]]
    damaged_photos: set[str] = field(default_factory=set)
    missing_photos: set[str] = field(default_factory=set)


def _parse_manifest(data: bytes) -> _Manifest:
    def bad(why: str) -> BackupError:
        return BackupError(f"this is not a valid backup: its manifest ({MANIFEST}) {why}; "
                           "nothing was restored")

    try:
        raw = _strict_json(data)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise bad(f"is not valid JSON ({exc})") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise bad("is not one of this app")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise bad("has no format version")
    if version > FORMAT_VERSION:
        raise BackupError(f"this backup was made by a newer version of the app (backup format "
                          f"{version}); install that version or newer to restore it",
                          "backup_too_new", version=version)
    try:
        created = datetime.fromisoformat(str(raw["created_at"]))
        app_version = str(raw["app_version"])
        revision = raw.get("schema_revision")
        counts = {k: int(raw["counts"][k]) for k in ("facilities", "inspections", "photos")}
        entries: dict[str, tuple[int, str]] = {}
        for e in raw["entries"]:
            name, size, sha = e["name"], e["size"], e["sha256"]
            if (not isinstance(name, str) or not isinstance(size, int) or size < 0
                    or not isinstance(sha, str) or not _SHA_RE.match(sha)):
                raise bad(f"has a malformed entry {e!r:.80}")
            if name in entries:
                raise bad(f"lists {name!r} twice")
            entries[name] = (size, sha)
        damaged = {str(n) for n in raw.get("damaged_photos", [])}
        missing = {str(n) for n in raw.get("missing_photos", [])}
    except BackupError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise bad(f"is incomplete ({type(exc).__name__}: {exc})") from None
    if revision is not None and not isinstance(revision, str):
        raise bad("has a malformed schema revision")
    if DB_ENTRY not in entries:
        raise bad("lists no database")
    return _Manifest(created, app_version, revision, counts, entries, damaged, missing)


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and (info.external_attr >> 16) & 0o170000 == 0o120000


def _check_zip(zf: zipfile.ZipFile, limits: Limits) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise BackupError(f"this backup has {len(infos)} entries, more than the "
                          f"{limits.max_entries} allowed; nothing was restored")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        _check_name(name, limits)
        folded = name.casefold()
        if folded in seen:
            raise BackupError(f"this is not a valid backup: the entry {name!r} appears twice; "
                              "nothing was restored")
        seen.add(folded)
        if info.is_dir() or _is_symlink(info):
            raise BackupError(f"this is not a valid backup: the entry {name!r} is a folder or "
                              "a symbolic link; nothing was restored")
        if info.flag_bits & 0x1:
            raise BackupError(f"the entry {name!r} is encrypted; this is not a backup of this "
                              "app; nothing was restored")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BackupError(f"the entry {name!r} uses an unsupported compression; this is "
                              "not a backup of this app; nothing was restored")
        if info.file_size > limits.max_entry_bytes:
            raise BackupError(f"the entry {name!r} claims {info.file_size} bytes, more than "
                              f"the {limits.max_entry_bytes} allowed; nothing was restored")
        if (info.file_size > limits.ratio_floor
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            raise BackupError(f"the entry {name!r} would expand {info.file_size} bytes out of "
                              f"{info.compress_size} (a zip bomb?); nothing was restored")
        total += info.file_size
    folders = {p.casefold() for n in seen for p in _parents(n)}
    clash = folders & seen
    if clash:
        raise BackupError(f"this is not a valid backup: {sorted(clash)[0]!r} is both a file and "
                          "a folder; nothing was restored")
    if total > limits.max_total_bytes:
        raise BackupError(f"this backup would expand to {total} bytes, more than the "
                          f"{limits.max_total_bytes} allowed; nothing was restored")
    # Entries whose data overlap (several names sharing one compressed stream) are how
    # the worst zip bombs work; zipfile on Python < 3.12 does not notice them.
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for a, b in itertools.pairwise(ordered):
        end = a.header_offset + 30 + a.compress_size  # a local header is 30 bytes or more
        if b.header_offset < end:
            raise BackupError(f"the entries {a.filename!r} and {b.filename!r} overlap; this is "
                              "not a valid backup; nothing was restored")
    return infos


def _parents(name: str) -> Iterator[str]:
    parts = name.split("/")
    for i in range(1, len(parts)):
        yield "/".join(parts[:i])


def _check_entry_count(path: Path, limits: Limits) -> None:
    """Refuse a zip claiming too many entries before ``zipfile`` builds an object for
    each of them (a small file can claim millions)."""
    try:
        with open(path, "rb") as f:
            end = zipfile._EndRecData(f)  # type: ignore[attr-defined]
    except (OSError, AttributeError, struct.error):
        return  # zipfile itself will say what is wrong with the file
    if end and end[4] > limits.max_entries:
        raise BackupError(f"this backup has {end[4]} entries, more than the "
                          f"{limits.max_entries} allowed; nothing was restored")


def _target_of(name: str, staging: Path) -> Path:
    rel = "inspector.db" if name == DB_ENTRY else name
    target = staging.joinpath(*rel.split("/"))
    if not _inside(target.absolute(), staging.absolute()):  # _check_name makes this impossible
        raise BackupError(f"the entry {name!r} would be written outside the staging folder")
    return target


def _copy_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, expected: tuple[int, str],
                out: IO[bytes] | None, done: int, total: int,
                progress: Progress | None) -> int:
    """Stream one entry, counting and hashing; ``out`` None: hash only."""
    size, sha = expected
    if info.file_size != size:
        raise BackupError(f"the entry {info.filename!r} has {info.file_size} bytes, the "
                          f"manifest says {size}: the backup is damaged; nothing was restored")
    digest = hashlib.sha256()
    count = 0
    try:
        with zf.open(info) as src:
            while chunk := src.read(CHUNK):
                count += len(chunk)
                if count > size:
                    raise BackupError(f"the entry {info.filename!r} is longer than declared: "
                                      "the backup is damaged; nothing was restored")
                digest.update(chunk)
                if out is not None:
                    out.write(chunk)
                if progress:
                    progress(done + count, total)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
        raise BackupError(f"the entry {info.filename!r} cannot be read ({exc}): the backup is "
                          "damaged or truncated; nothing was restored") from None
    if count != size or digest.hexdigest() != sha:
        raise BackupError(f"the entry {info.filename!r} does not match the manifest (size or "
                          "SHA-256): the backup is damaged; nothing was restored")
    return count


def _check_database(db: Path, source: Path | None = None) -> tuple[str, int, int]:
    """Schema revision, facility and inspection counts of a database copy, after checking
    it is intact, ours, and not from a newer app. ``source``: the copy is of this live
    database, about to be backed up (the refusals say so); else it is a backup's."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from inspector.storage.migrate import MIGRATIONS

    if source is None:
        subject, tail = "the database in this backup", "nothing was restored"
    else:
        subject = f"the database {source}"
        tail = "no backup was made: a backup of it could not be restored"

    def refuse(code: str, what: str, detail: str = "", hint: str = "") -> BackupError:
        path = source or db
        return BackupError(f"{subject} {what}; {tail}{'. ' + hint if hint else ''}", code,
                           path=path, detail=detail, when=when)

    when = "restore" if source is None else "backup"

    hint = RESTORE_HINT if source is not None else ""
    try:
        con = _open_ro(db)
        try:
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            problems = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
            if problems != ["ok"]:
                from inspector.storage.migrate import check_summary

                detail = check_summary([str(p) for p in problems])
                raise refuse("database_damaged", f"is damaged ({detail})", detail, hint)
            if not tables >= _OUR_TABLES - {"alembic_version"}:
                raise refuse("database_foreign", "is not a database of this app")
            if "alembic_version" not in tables:
                raise refuse("database_unversioned", "has no schema revision; it is not a "
                             "database of this app, or its version table was lost", hint=hint)
            bad_refs = con.execute("PRAGMA foreign_key_check").fetchmany(3)
            if bad_refs:
                raise refuse("database_references",
                              f"has broken references (foreign key check: {bad_refs})",
                              str(bad_refs), hint)
        finally:
            con.close()
        revision, facilities, inspections, _photos = _db_facts(db)
    except sqlite3.DatabaseError as exc:
        raise refuse("database_damaged", f"is damaged or cannot be read ({exc})", str(exc),
                     hint) from None
    if revision is None:
        raise refuse("database_unversioned", "has no schema revision; it is not a database "
                     "of this app, or its version table was emptied", hint=hint)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(cfg)
    try:
        known = script.get_revision(revision) is not None
    except CommandError:
        known = False
    if not known:
        raise refuse("database_too_new", f"was made by a newer version of the app (schema "
                     f"{revision}); install that version or newer to use it", revision)
    _check_schema(db, subject, tail, hint, when, source or db)
    return revision, facilities, inspections


def _check_schema(db: Path, subject: str, tail: str, hint: str, when: str, shown: Path
                  ) -> None:
    """At the head revision, every table of the app must be there (a dropped table passes
    integrity_check). An older database is completed by the upgrade after a restore."""
    from inspector.faults import DatabaseDamaged
    from inspector.storage.migrate import check_database, current_revision, head_revision

    try:
        if current_revision(db) == head_revision():
            check_database(db, pages=False)
    except DatabaseDamaged as exc:
        raise BackupError(f"{subject} is damaged ({exc.detail}); {tail}"
                          + (f". {hint}" if hint else ""), "database_damaged",
                          path=shown, detail=exc.detail, when=when) from None


def verify_backup(path: Path, staging: Path | None = None, *, progress: Progress | None = None,
                  limits: Limits = DEFAULT_LIMITS, data_dir: Path | None = None) -> BackupInfo:
    """Check a backup completely and return what it holds; raise ``BackupError`` if any
    part is wrong. With ``staging`` (an empty or new folder), the data directory the
    backup holds is extracted there; without, only the database goes to a temporary
    folder (removed again) and everything else is hashed without being written.
    ``new_trust`` of the result lists the certificates the backup would add to the trust
    list of ``data_dir`` (every trusted certificate of the backup when None)."""
    path = Path(path)
    with guard(staging):
        return _verify(path, staging, progress, limits, data_dir)


def _verify(path: Path, staging: Path | None, progress: Progress | None, limits: Limits,
            data_dir: Path | None) -> BackupInfo:
    _check_entry_count(path, limits)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupError(f"{path} does not exist", "not_found", path=path) from None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BackupError(f"{path} is not a readable zip file ({exc}): the backup is damaged, "
                          "truncated or not a backup; nothing was restored") from None
    with zf, contextlib.ExitStack() as stack:
        infos = _check_zip(zf, limits)
        by_name = {i.filename: i for i in infos}
        manifest_info = by_name.pop(MANIFEST, None)
        if manifest_info is None:
            raise BackupError(f"{path.name} has no {MANIFEST}: it is not a backup of this app; "
                              "nothing was restored")
        if manifest_info.file_size > limits.max_manifest_bytes:
            raise BackupError(f"the manifest of {path.name} is too large; nothing was restored")
        try:
            manifest = _parse_manifest(_read_bounded(zf, manifest_info,
                                                     limits.max_manifest_bytes))
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise BackupError(f"the manifest cannot be read ({exc}): the backup is damaged; "
                              "nothing was restored") from None
        missing = sorted(set(manifest.entries) - set(by_name))
        if missing:
            raise BackupError(f"the backup is incomplete: {len(missing)} file(s) listed in its "
                              f"manifest are missing, e.g. {missing[0]}; nothing was restored")
        extra = sorted(set(by_name) - set(manifest.entries))
        if extra:
            raise BackupError(f"the backup holds {len(extra)} file(s) its manifest does not list, "
                              f"e.g. {extra[0]}; it was changed after it was made; "
                              "nothing was restored")
        total = sum(size for size, _sha in manifest.entries.values())
        if staging is None:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(
                prefix=".inspector-verify-")))
        else:
            work = private_dir(Path(staging))
            if any(work.iterdir()):
                raise BackupError(f"the staging folder {work} is not empty")
            free = shutil.disk_usage(work).free
            if free < total + 64 * 1024 * 1024:
                raise BackupError(f"the disk is too full to restore this backup next to the data "
                                  f"directory ({total} bytes needed, {free} free); free some "
                                  "space and try again; nothing was restored",
                                  "not_enough_space", path=work, needed=total, free=free)
        photos: set[str] = set()
        trusted_files: dict[str, bytes] = {}
        done = 0
        revision, facilities, inspections = "", 0, 0
        # The database first: it is the most likely part to be refused.
        for name in sorted(by_name, key=lambda n: n != DB_ENTRY):
            info = by_name[name]
            write = staging is not None or name == DB_ENTRY
            target = _target_of(name, work)
            photo = _PHOTO_RE.match(name)
            if photo:
                if photo.group(1) != photo.group(3)[:2] or photo.group(2) != photo.group(3)[2:4]:
                    raise BackupError(f"the photo {name!r} is not in the folder of its hash; "
                                      "nothing was restored")
                if (photo.group(3) != manifest.entries[name][1]
                        and name not in manifest.damaged_photos):
                    raise BackupError(f"the photo {name!r} is not named by its SHA-256: the "
                                      "backup was changed after it was made; nothing was "
                                      "restored")
                photos.add(photo.group(3))
            elif name.startswith("photos/"):
                raise BackupError(f"the entry {name!r} is not a photo of the photo store; "
                                  "nothing was restored")
            trust = _TRUSTED_RE.match(name) and info.file_size <= _MAX_CERT_FILE
            if write:
                private_dir(target.parent)
                with open_private(target) as out:
                    done += _copy_entry(zf, info, manifest.entries[name], out, done, total,
                                        progress)
                    out.flush()
                    if staging is not None:
                        os.fsync(out.fileno())
                if trust:
                    trusted_files[name] = target.read_bytes()
            else:
                buffer = io.BytesIO() if trust else None
                done += _copy_entry(zf, info, manifest.entries[name], buffer, done, total,
                                    progress)
                if buffer is not None:
                    trusted_files[name] = buffer.getvalue()
            if name == DB_ENTRY:
                revision, facilities, inspections = _check_database(target)
        # Photos referenced by the database are checked once all names are known.
        _check_photos(work / "inspector.db", manifest, photos)
    size = path.stat().st_size
    warnings = _warnings(sorted(manifest.damaged_photos), sorted(manifest.missing_photos))
    return BackupInfo(path, size, manifest.created_at, manifest.app_version, revision,
                      facilities, inspections, len(photos), len(manifest.entries), total,
                      warnings, _new_trust(trusted_files, data_dir))


def _new_trust(files: dict[str, bytes], data_dir: Path | None) -> tuple[NewTrust, ...]:
    """The certificates of the backup's trust list that ``data_dir`` does not trust. A
    file that holds no readable certificate trusts nothing (as ``KeyStore`` reads it)."""
    from cryptography.x509.oid import NameOID

    from inspector.pki import KeyStore, fingerprint, load_pem_certificates

    have: set[str] = set()
    if data_dir is not None:
        have = {fingerprint(c) for c in KeyStore.for_data_dir(data_dir).trusted_certs()}
    found: dict[str, NewTrust] = {}
    for name, data in sorted(files.items()):
        if b"-----BEGIN" not in data:
            continue  # KeyStore reads PEM only
        try:
            certs = load_pem_certificates(data)
        except Exception:  # unreadable: trusts nothing
            continue
        for cert in certs:
            fp = fingerprint(cert)
            if fp in have or fp in found:
                continue
            names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
            subject = str(names[0].value) if names else cert.subject.rfc4514_string()
            found[fp] = NewTrust(fp, subject, name)
    return tuple(found.values())


def _check_photos(db: Path, manifest: _Manifest, photos: set[str]) -> None:
    try:
        _rev, _f, _i, referenced = _db_facts(db)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"the database in this backup cannot be read ({exc}); nothing was "
                          "restored") from None
    missing = referenced - photos - manifest.missing_photos
    if missing:
        raise BackupError(f"{len(missing)} photo(s) recorded in the backup's database are not "
                          f"in the backup, e.g. {sorted(missing)[0]}; nothing was restored")


def _read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with zf.open(info) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise BackupError("the manifest is too large; nothing was restored")
    return data


# --- restore ---------------------------------------------------------------------

def previous_data_path(data_dir: Path, now: datetime | None = None) -> Path:
    """Where ``restore_backup`` keeps the data it replaces: a folder next to it."""
    data_dir = Path(data_dir).absolute()
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}")
    n = 1
    while candidate.exists():  # a second restore within the same second
        n += 1
        candidate = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}-{n}")
    return candidate


def restore_backup(path: Path, data_dir: Path, *, progress: Progress | None = None,
                   previous: Path | None = None, limits: Limits = DEFAULT_LIMITS,
                   trust: Collection[str] = ()) -> RestoreResult:
    """Replace the data directory with the backup's content.

    The backup is verified into a staging folder next to the data directory first; if
    anything is wrong, the staging folder is removed and the data directory was never
    touched. Then the current data directory is renamed aside (to ``previous``, default
    ``<data_dir>.before-restore-<timestamp>``; kept, never deleted) and the staged
    folder renamed into its place; if that second rename fails the original is put
    back. The ``backups/`` folder moves over to the restored data directory. The
    workspace on ``data_dir`` must be closed while this runs.

    ``trust``: fingerprints of the certificates the user agreed to trust. Restoring
    would make every certificate in the backup's ``keys/trusted`` trusted for verifying
    reports and bundles, and a backup is only a file: anyone who can change it can
    recompute its hashes and add a certificate of their own. So every certificate that
    is not trusted here already must be confirmed (``BackupInfo.new_trust`` lists them
    with their fingerprints), else nothing is restored. (Signing backups instead would
    not help the restore that matters most, onto a new laptop after the old one was
    lost: the key that would check the signature is inside the backup itself.)"""
    data_dir = Path(data_dir).absolute()
    check_data_dir(data_dir)
    check_data_location(data_dir)
    with guard(data_dir.parent):
        private_dir(data_dir.parent)  # only folders it creates are made private
        aside = Path(previous) if previous else previous_data_path(data_dir)
        if data_dir.exists() and aside.exists():
            raise BackupError(f"{aside} already exists; try again in a moment", "target_exists",
                              path=aside)
        staging = Path(tempfile.mkdtemp(prefix=f".restore-{data_dir.name}-",
                                        dir=data_dir.parent))
    try:
        info = verify_backup(path, staging, progress=progress, limits=limits,
                             data_dir=data_dir if data_dir.is_dir() else None)
        unconfirmed = [t for t in info.new_trust if t.fingerprint not in set(trust)]
        if unconfirmed:
            listed = "; ".join(f"{t.subject} (SHA-256 {t.fingerprint})" for t in unconfirmed)
            raise BackupError(
                f"this backup would make {len(unconfirmed)} certificate(s) trusted that are not "
                f"trusted here: {listed}. Whoever holds their keys could then sign reports and "
                "bundles that this app shows as genuine. Compare the fingerprints with their "
                "owners; if they are right, restore again confirming them (inspector restore "
                "FILE --trust-certificates; in the app: tick the box under the list); nothing "
                "was restored", "untrusted_certificates", count=len(unconfirmed),
                certificates=listed)
        _fsync_dir(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    moved = False
    try:
        if data_dir.exists():
            os.rename(data_dir, aside)
            moved = True
        os.rename(staging, data_dir)
    except OSError as exc:
        if moved:
            os.rename(aside, data_dir)
        shutil.rmtree(staging, ignore_errors=True)
        fault = classify(exc, data_dir.parent)
        if fault is not None:
            raise fault from None
        why = exc.strerror or str(exc)
        raise BackupError(f"the data directory {data_dir} could not be replaced ({why}); is the "
                          "app still running on it? Nothing was changed", "replace_failed",
                          path=data_dir, detail=why) from None
    # Backups are not part of the restored state: the folder of them (perhaps holding the
    # backup just restored) stays where the user expects it.
    if moved and (aside / "backups").is_dir() and not (data_dir / "backups").exists():
        with contextlib.suppress(OSError):
            os.rename(aside / "backups", data_dir / "backups")
    with contextlib.suppress(OSError):
        make_private(data_dir)
        if moved:
            make_private(aside)  # the data kept aside holds keys too
        _fsync_dir(data_dir.parent)
    return RestoreResult(info, data_dir, aside if moved else None)


# --- where the data may live -----------------------------------------------------

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "davfs",
    "fuse.davfs2", "davfs2", "webdav", "9p", "afs", "openafs", "ceph", "fuse.ceph", "glusterfs",
    "fuse.glusterfs", "fuse.rclone", "rclone", "fuse.s3fs", "s3fs", "fuse.gcsfuse",
    "fuse.gvfsd-fuse", "gvfsd-fuse", "afpfs", "ncpfs", "lustre", "gpfs", "beegfs", "orangefs",
    "fuse.juicefs", "fuse.onedriver", "fuse.google-drive-ocamlfuse", "fuse.mergerfs-remote",
    "fuse.goofys", "fuse.blobfuse", "fuse.blobfuse2", "virtiofs", "vboxsf", "fuse.vmhgfs-fuse",
    "vmhgfs", "prl_fs", "drvfs",
})

# Folder names (case-insensitive) that sync clients create; a data directory inside one
# is refused. Prefixes cover "OneDrive - Company", "Dropbox (Team)" and the like.
CLOUD_NAMES = frozenset({
    "onedrive", "dropbox", "google drive", "googledrive", "my drive", "我的云端硬盘",
    "icloud drive", "iclouddrive", "mobile documents", "com~apple~clouddocs", "box", "box sync",
    "pcloud", "pcloud drive", "pclouddrive", "mega", "megasync", "nutstore", "我的坚果云", "坚果云",
    "baidunetdisk", "baidusyncdisk", "百度网盘", "百度网盘同步空间", "wps云文档", "wps 云文档",
    "wps cloud files", "wpsdrive", "阿里云盘", "adrive", "aliyundrive", "nextcloud", "owncloud",
    "seafile", "yandex.disk", "tresorit", "weiyun", "微云同步盘",
})
CLOUD_PREFIXES = ("onedrive - ", "onedrive-", "dropbox (", "googledrive-", "pcloud ")
CLOUD_MARKERS = (".stfolder", ".dropbox", ".dropbox.cache", ".sync", ".nextcloudsync.log",
                 ".owncloudsync.log")


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str


def _unescape(field_: str) -> str:
    # /proc escapes space, tab, newline and backslash as octal: \040 \011 \012 \134
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field_)


def parse_mountinfo(text: str) -> list[Mount]:
    """Mounts from ``/proc/self/mountinfo`` text."""
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        parts, rparts = left.split(), right.split()
        if sep and len(parts) >= 5 and rparts:
            mounts.append(Mount(_unescape(parts[4]), rparts[0]))
    return mounts


def parse_proc_mounts(text: str) -> list[Mount]:
    """Mounts from ``/proc/mounts`` (fstab format) text."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append(Mount(_unescape(parts[1]), parts[2]))
    return mounts


def parse_bsd_mount(text: str) -> list[Mount]:
    """Mounts from the output of ``mount`` on macOS/BSD:
    ``//user@server/share on /Volumes/share (smbfs, nodev, nosuid, mounted by user)``."""
    mounts = []
    for line in text.splitlines():
        m = re.match(r"^.* on (?P<point>/.*?) \((?P<type>[^,)]+)", line)
        if m:
            mounts.append(Mount(m.group("point"), m.group("type").strip()))
    return mounts


def read_mount_table() -> list[Mount]:
    """This machine's mounts; empty when they cannot be read (the check is then skipped)."""
    if sys.platform.startswith("linux"):
        for source, parse in (("/proc/self/mountinfo", parse_mountinfo),
                              ("/proc/mounts", parse_proc_mounts)):
            try:
                return parse(Path(source).read_text(encoding="utf-8", errors="replace"))
            except OSError:
                continue
        return []
    if sys.platform == "darwin" or "bsd" in sys.platform:
        try:
            out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5,
                                 check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        return parse_bsd_mount(out)
    return []


def mount_of(path: Path, mounts: Iterable[Mount]) -> Mount | None:
    """The mount holding ``path``: the one with the longest mount point above it (the
    last of equal ones, as later mounts hide earlier ones)."""
    best: Mount | None = None
    best_len = -1
    target = PurePosixPath(path.as_posix())
    for mount in mounts:
        point = PurePosixPath(mount.point)
        if target == point or point in target.parents:
            n = len(point.parts)
            if n >= best_len:
                best, best_len = mount, n
    return best


def _existing_ancestor(path: Path) -> Path:
    current = path
    while not current.exists() and current.parent != current:
        current = current.parent
    return current


def _resolved(path: Path) -> Path:
    """The absolute, symlink-free path (for a folder not created yet: its nearest
    existing ancestor resolved, plus the rest)."""
    path = Path(path).expanduser().absolute()
    base = _existing_ancestor(path)
    rest = path.relative_to(base)
    with contextlib.suppress(OSError):
        base = base.resolve()
    return base / rest


def _windows_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
        return True
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(text)[0]
        if drive:
            drive_remote = 4
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            return bool(kernel32.GetDriveTypeW(drive + "\\") == drive_remote)
    return False


def _cloud_folder(path: Path) -> str | None:
    """The sync client's folder that ``path`` is in, or None."""
    parts = path.parts
    for i, part in enumerate(parts):
        name = part.casefold().strip()
        if name in CLOUD_NAMES or name.startswith(CLOUD_PREFIXES):
            return str(Path(*parts[: i + 1]))
        if (name == "cloudstorage" and i > 0
                and parts[i - 1].casefold() == "library"):  # macOS File Provider folders
            return str(Path(*parts[: i + 1]))
    folder = _existing_ancestor(path)
    for ancestor in (folder, *folder.parents):
        for marker in CLOUD_MARKERS:
            try:
                if (ancestor / marker).exists():
                    return str(ancestor)
            except OSError:
                continue
    return None


_HOW_TO = ("Choose a folder on this computer's own disk with --data-dir DIR or the "
           "INSPECTOR_DATA_DIR environment variable (by default the app uses the per-user "
           "data folder), and move data between computers with bundles or backups, not by "
           "syncing the data folder. Data already there can be moved with "
           "'inspector --data-dir OLD backup', then 'inspector --data-dir NEW restore FILE'.")


def check_data_location(root: Path, *, mounts: Sequence[Mount] | None = None) -> None:
    """Refuse a data directory on a network file system or inside a cloud-synced folder.

    ``mounts`` replaces this machine's mount table (tests simulate NFS or SMB mounts
    with it)."""
    path = _resolved(root)
    if _windows_remote(Path(root)) or _windows_remote(path):
        raise UnsafeDataLocation(
            f"the data folder {root} is on a network drive. The database (SQLite) needs a "
            "local disk: file locking and its write-ahead log do not work reliably over the "
            "network, and the data can be corrupted. " + _HOW_TO)
    table = read_mount_table() if mounts is None else mounts
    mount = mount_of(path, table)
    if mount is not None and mount.fstype.casefold() in NETWORK_FS:
        raise UnsafeDataLocation(
            f"the data folder {root} is on a network file system ({mount.fstype}, mounted at "
            f"{mount.point}). The database (SQLite) needs a local disk: file locking and its "
            "write-ahead log do not work reliably over the network, and the data can be "
            "corrupted. " + _HOW_TO)
    cloud = _cloud_folder(path)
    if cloud is not None:
        raise UnsafeDataLocation(
            f"the data folder {root} is inside a cloud-synced folder ({cloud}). Sync clients "
            "copy the database file while it is being written and can upload or restore a "
            "half-written, corrupt copy, or create conflicting copies. " + _HOW_TO)
