"""Storage faults: the disk, the folder or the database file refused, said so that an
inspector knows what happened and what to do.

A full disk, a read-only mount, a folder without permission, a failing USB drive or a
damaged database file reach the code as ``OSError`` (an errno), ``sqlite3.Error`` (an
SQLite result code) or SQLAlchemy's wrapper of one. ``classify`` maps them, deliberately
and in one place, to a ``StorageFault`` with a stable ``code`` (the UI translates by it)::

    disk_full         ENOSPC, EDQUOT, EFBIG; SQLITE_FULL
    read_only         EROFS; SQLITE_READONLY on a read-only mount
    no_permission     EACCES, EPERM; SQLITE_PERM, SQLITE_AUTH; SQLITE_READONLY otherwise
    io_error          EIO, ENXIO, ENODEV; SQLITE_IOERR_* and SQLITE_CANTOPEN when probing
                      the folder finds nothing more specific
    database_damaged  SQLITE_CORRUPT, SQLITE_NOTADB; a failed quick_check; tables missing
    database_busy     SQLITE_BUSY, SQLITE_LOCKED after the busy timeout
    not_a_directory   the data directory path (or a folder above it) is a file

SQLite's IOERR and CANTOPEN say little: on a read-only folder a WAL database reads as
"disk I/O error" because its ``-shm`` file cannot be created. For those the folder is
probed (``diagnose``: the mount's read-only flag, the free space, then a small file
written, synced and removed) and the probe's errno decides. Other errors (a missing
file, a programming error) are not storage faults: ``classify`` returns None and the
caller handles or re-raises them.

Messages are English (the command line, logs); the UI words them by ``code`` with
``path`` and ``detail`` (``inspector.ui.messages.explain``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

DISK_FULL = "disk_full"
READ_ONLY = "read_only"
NO_PERMISSION = "no_permission"
IO_ERROR = "io_error"
DATABASE_DAMAGED = "database_damaged"
DATABASE_BUSY = "database_busy"
NOT_A_DIRECTORY = "not_a_directory"
CODES = (DISK_FULL, READ_ONLY, NO_PERMISSION, IO_ERROR, DATABASE_DAMAGED, DATABASE_BUSY,
         NOT_A_DIRECTORY)

# SQLite primary result codes (the low byte of an extended code)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_AUTH, SQLITE_NOTADB = 23, 26

_ERRNO = {
    errno.ENOSPC: DISK_FULL, errno.EFBIG: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: NO_PERMISSION, errno.EPERM: NO_PERMISSION,
    errno.EIO: IO_ERROR, errno.ENXIO: IO_ERROR, errno.ENODEV: IO_ERROR,
}
if hasattr(errno, "EDQUOT"):
    _ERRNO[errno.EDQUOT] = DISK_FULL
# Windows reports a full disk as ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL (winerror)
_WINERROR = {112: DISK_FULL, 39: DISK_FULL, 19: READ_ONLY, 5: NO_PERMISSION}

# Below this much free space a failed write is taken for a full disk.
LOW_SPACE_BYTES = 1024 * 1024


class StorageFault(Exception):
    """The disk, the folder or the database file refused; ``code`` says which (see the
    module docstring), ``path`` where, ``detail`` the system's own words."""

    def __init__(self, code: str, path: Path | str | None = None, detail: str = "") -> None:
        if code not in CODES:
            raise ValueError(f"unknown storage fault code {code!r}")
        self.code = code
        self.path = Path(path) if path is not None else None
        self.detail = detail
        super().__init__(self.message)

    @property
    def params(self) -> dict[str, str]:
        return {"path": str(self.path or ""), "detail": self.detail}

    @property
    def message(self) -> str:
        where = str(self.path) if self.path is not None else "a file"
        detail = f" ({self.detail})" if self.detail else ""
        if self.code == DISK_FULL:
            return (f"the disk is full: {where} could not be written{detail}; nothing was "
                    "changed. Free some space on that disk (delete or move files you do not "
                    "need, empty the wastebasket) and try again")
        if self.code == READ_ONLY:
            return (f"the folder is read-only: {where} is on a disk that cannot be written "
                    f"(a write-protected USB drive, a read-only mount){detail}; nothing was "
                    "changed. Make the disk writable or choose a folder on a writable disk")
        if self.code == NO_PERMISSION:
            return (f"no permission to use {where}{detail}: your user account may not read or "
                    "write it; nothing was changed. Give your account access to it, or choose "
                    "another folder")
        if self.code == IO_ERROR:
            return (f"the disk reported an error reading or writing {where}{detail}; nothing "
                    "was changed. Check that the disk or USB drive is still connected and "
                    "healthy, then try again")
        if self.code == DATABASE_DAMAGED:
            return (f"the database {where} is damaged{detail}; the app does not read or "
                    "write it, so nothing more is lost. Restore the last good backup: "
                    "inspector restore FILE.zip (in the app: File → Restore from backup…); "
                    "the damaged data is kept in a folder next to it")
        if self.code == DATABASE_BUSY:
            return (f"the database {where} is busy: another program (another window of "
                    f"the app?) is writing to it{detail}; nothing was changed. Try again in "
                    "a moment")
        what = f"is not a folder{detail}" if self.detail else "is a file, not a folder"
        return (f"the data directory {where} {what}; nothing was changed. Choose another "
                "folder with --data-dir DIR, or move the file away")


class DatabaseDamaged(StorageFault):
    """The database file is damaged (SQLite found corrupt pages, or tables of the app are
    missing); the app neither reads nor writes it. The way out is a restore."""

    def __init__(self, path: Path | str | None = None, detail: str = "") -> None:
        super().__init__(DATABASE_DAMAGED, path, detail)


def _sqlite_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _from_oserror(exc: OSError, where: Path | None) -> StorageFault | None:
    code = _ERRNO.get(exc.errno or -1)
    winerror = getattr(exc, "winerror", None)
    if code is None and winerror is not None:
        code = _WINERROR.get(winerror)
    if code is None:
        return None
    path = _shown(Path(exc.filename)) if exc.filename else where
    return StorageFault(code, path, exc.strerror or "")


_TEMPORARY = (".inspector-", ".restore-")


def _shown(path: Path) -> Path:
    """The path to name in a message: the folder of a temporary file or folder the app
    made (its name means nothing to the user), else the path itself."""
    while path.name and (path.name.startswith(_TEMPORARY) or path.name.endswith(
            (".tmp", ".part"))):
        path = path.parent
    return path


def _from_sqlite(exc: sqlite3.Error, where: Path | None) -> StorageFault | None:
    primary = _sqlite_code(exc)
    detail = str(exc)
    if primary == SQLITE_FULL:
        return StorageFault(DISK_FULL, where, detail)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamaged(where, detail)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageFault(DATABASE_BUSY, where, detail)
    if primary in (SQLITE_PERM, SQLITE_AUTH):
        return StorageFault(NO_PERMISSION, where, detail)
    if primary in (SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN):
        found = diagnose(where) if where is not None else None
        if found is not None:
            return StorageFault(found.code, where, detail)
        if primary == SQLITE_READONLY:
            return StorageFault(NO_PERMISSION, where, detail)
        return StorageFault(IO_ERROR, where, detail)
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, what it wraps (SQLAlchemy's ``orig``) and what caused it."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]


def classify(exc: BaseException, where: Path | str | None = None) -> StorageFault | None:
    """The storage fault behind ``exc`` (itself, what it wraps, or what caused it), or
    None when it is not one. ``where`` names the file or folder when the error does not
    (SQLite never says which file)."""
    place = Path(where) if where is not None else None
    for current in _chain(exc):
        if isinstance(current, StorageFault):
            return current
        if isinstance(current, sqlite3.Error):
            found = _from_sqlite(current, place)
        elif isinstance(current, OSError):
            found = _from_oserror(current, place)
        else:
            continue
        if found is not None:
            return found
    return None


def _existing_folder(path: Path) -> Path | None:
    current = Path(path).absolute()
    if current.exists() and not current.is_dir():
        current = current.parent
    while not current.exists():
        if current.parent == current:
            return None
        current = current.parent
    return current if current.is_dir() else None


def diagnose(path: Path | str) -> StorageFault | None:
    """Why ``path`` (a file or folder) cannot be written, found by looking: the mount's
    read-only flag, the free space, then a small probe file written, synced and removed.
    None when nothing is wrong that can be seen."""
    folder = _existing_folder(Path(path))
    if folder is None:
        return None
    if hasattr(os, "statvfs"):
        try:
            st = os.statvfs(folder)
        except OSError as exc:
            return _from_oserror(exc, folder)
        if st.f_flag & getattr(os, "ST_RDONLY", 1):
            return StorageFault(READ_ONLY, folder)
        if st.f_bavail * st.f_frsize < LOW_SPACE_BYTES:
            return StorageFault(DISK_FULL, folder)
    try:
        fd, probe = tempfile.mkstemp(prefix=".inspector-probe-", suffix=".tmp", dir=folder)
    except OSError as exc:
        return _from_oserror(exc, folder)
    try:
        os.write(fd, b"\0" * 4096)
        os.fsync(fd)
    except OSError as exc:
        return _from_oserror(exc, folder)
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(probe)
    return None


@contextlib.contextmanager
def guard(where: Path | str | None) -> Iterator[None]:
    """Turn a storage fault raised inside into a ``StorageFault`` about ``where``;
    everything else passes unchanged."""
    try:
        yield
    except StorageFault:
        raise
    except Exception as exc:
        fault = classify(exc, where)
        if fault is None:
            raise
        raise fault from exc
