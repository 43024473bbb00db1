"""Where the app keeps its data.

The data directory holds the database, the photo store, backups and (later) keys.
It comes from ``--data-dir``, else ``INSPECTOR_DATA_DIR``, else the platform's
per-user data folder (platformdirs), so the same code works on Linux, Windows and
macOS.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "childcare-inspector"


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
