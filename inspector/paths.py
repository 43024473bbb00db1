"""Where the app keeps its data, and who may read it.

The data directory holds the database, the photo store, backups and keys. It comes
from ``--data-dir``, else ``INSPECTOR_DATA_DIR``, else the platform's per-user data
folder (platformdirs), so the same code works on Linux, Windows and macOS.

Everything in it is private to the user (on POSIX): folders 0700, files 0600. Files
the app writes are created that way (``private_dir``, ``open_private``); an existing
data directory is tightened when it is opened (``tighten``). On Windows the per-user
folder's ACL already keeps other users out and modes mean little, so nothing is done.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from platformdirs import user_data_dir

from inspector.faults import NOT_A_DIRECTORY, StorageFault

APP_NAME = "childcare-inspector"
DIR_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"


def resolve_data_dir(override: str | Path | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get("INSPECTOR_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "inspector.db"

    @property
    def photos(self) -> Path:
        return self.root / "photos"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def keys(self) -> Path:
        return self.root / "keys"


def check_data_dir(root: Path) -> None:
    """Refuse a data directory path that is a file, or lies under a file (every command
    would otherwise fail with a bare "File exists" / "Not a directory")."""
    current = Path(root).absolute()
    for candidate in (current, *current.parents):
        if candidate.exists() or candidate.is_symlink():
            if not candidate.is_dir():
                detail = "" if candidate == current else f"{candidate} above it is a file"
                raise StorageFault(NOT_A_DIRECTORY, current, detail)
            return


def private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents as 0700 folders (``mkdir(parents=True)``
    would give the parents the default mode)."""
    path = Path(path)
    missing: list[Path] = []
    current = path
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise
        if POSIX:
            os.chmod(folder, DIR_MODE)  # mkdir's mode is reduced by the umask
    return path


def open_private(path: Path, mode: str = "xb") -> IO[bytes]:
    """Open a new file for writing, readable by the owner only ("xb": it must not exist;
    "wb": replace its content)."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
    flags |= os.O_EXCL if mode == "xb" else os.O_TRUNC
    if mode not in ("xb", "wb"):
        raise ValueError(f"unsupported mode {mode!r}")
    fd = os.open(path, flags, FILE_MODE)
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)  # an existing file keeps its mode on O_TRUNC
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise


def make_private(path: Path) -> None:
    """Set a file's mode to 0600 and a folder's to 0700 (POSIX; symbolic links are left
    alone: their target is not ours to change)."""
    if not POSIX:
        return
    # PermissionError: a file someone else owns (only its owner can change it); it is
    # left as it is rather than refusing the whole data directory.
    with contextlib.suppress(FileNotFoundError, PermissionError):
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode):
            return
        wanted = DIR_MODE if stat.S_ISDIR(st.st_mode) else FILE_MODE
        if stat.S_IMODE(st.st_mode) != wanted:
            os.chmod(path, wanted)


def _walk(root: Path) -> Iterator[Path]:
    for current, dirs, files in os.walk(root):
        here = Path(current)
        dirs[:] = [d for d in dirs if not (here / d).is_symlink()]
        for name in (*dirs, *files):
            yield here / name


def is_private(path: Path) -> bool:
    if not POSIX:
        return True
    return stat.S_IMODE(os.lstat(path).st_mode) & 0o077 == 0


def tighten(root: Path) -> None:
    """Make an existing data directory private. A data folder that was not private yet
    (made by an earlier version, or changed by hand) is walked whole; one that is
    private already only has its top level, keys and backups checked, so opening stays
    fast with years of photos (which the photo store writes private itself)."""
    if not POSIX or not root.is_dir():
        return
    whole = not is_private(root)
    make_private(root)
    if whole:
        for path in _walk(root):
            make_private(path)
        return
    for entry in root.iterdir():
        make_private(entry)
    for folder in (root / "keys", root / "backups"):
        if folder.is_dir() and not folder.is_symlink():
            for path in _walk(folder):
                make_private(path)

