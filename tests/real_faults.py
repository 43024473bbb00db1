"""Real disk faults for tests: a small tmpfs that is then filled (a real full disk,
ENOSPC / SQLITE_FULL) and a tmpfs remounted read-only (a real read-only mount: root
ignores file modes, so chmod cannot make a folder read-only for the tests, which run as
root in CI).

Mounting needs root (CAP_SYS_ADMIN). CI runs as root, so there these tests never
skip: where the mount fails under CI the test fails. A developer without root gets a
skip with the reason; ``tests/test_faults.py`` also injects the same OS and SQLite
errors at the lowest level, which runs everywhere.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _unavailable(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"a real disk fault cannot be made on this CI machine: {why}")
    pytest.skip(f"a real disk fault needs root to mount a tmpfs: {why}")


@contextlib.contextmanager
def tmpfs(path: Path, size: str = "16m") -> Iterator[Path]:
    """A fresh tmpfs of ``size`` mounted at ``path`` for the duration."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755",
                               "tmpfs", str(path)], capture_output=True, text=True,
                              timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        _unavailable(str(exc))
    if proc.returncode != 0:
        _unavailable(proc.stderr.strip() or f"mount exited {proc.returncode}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=30,
                       check=False)


def fill(mount: Path) -> Path:
    """Fill the file system at ``mount`` to the last block; the filler file's path (delete
    it to free the space again)."""
    filler = mount / "filler.bin"
    with open(filler, "ab", buffering=0) as f:
        for chunk in (1 << 20, 1 << 16, 1 << 12, 1 << 9):
            while True:
                try:
                    f.write(b"\0" * chunk)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    return filler


def remount(mount: Path, mode: str) -> None:
    """``mode`` "ro" or "rw"."""
    proc = subprocess.run(["mount", "-o", f"remount,{mode}", str(mount)], capture_output=True,
                          text=True, timeout=30, check=False)
    if proc.returncode != 0:
        _unavailable(proc.stderr.strip())
