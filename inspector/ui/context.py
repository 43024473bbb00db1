"""What every screen of the desktop app shares: the workspace, the per-machine UI
settings, the language and who is using the app.

Screens receive an ``AppContext`` and call the core services through
``ctx.workspace``; they never open database sessions themselves.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from inspector.inspectors import InspectorInfo, ProfileError
from inspector.storage.database import Actor
from inspector.workspace import Workspace

LANGUAGES = ("zh", "en")
SETTINGS_FILE = "ui-settings.ini"


def join_names(items: Iterable[str]) -> str:
    """A list of names in running text: 、 in Chinese, a comma in English."""
    return QCoreApplication.translate("Lists", ", ").join(items)


class Events(QObject):
    """App-wide notifications so open screens can refresh what they show."""

    facilities_changed = Signal()
    inspectors_changed = Signal()
    # An inspection was created or changed (id as str); lists refresh their row.
    inspection_changed = Signal(str)
    open_inspection = Signal(str)
    # An inspection was replaced from outside its screen (an import took a later
    # version): an open screen shows it again from the database.
    inspection_replaced = Signal(str)
    # A signing key was created or imported on this computer.
    keys_changed = Signal()


@dataclass
class AppContext:
    workspace: Workspace
    settings: QSettings
    events: Events = field(default_factory=Events)

    @classmethod
    def open(cls, workspace: Workspace) -> AppContext:
        """UI settings live next to the database, so a data directory (and each test)
        carries its own window layout, language and current user."""
        path = workspace.paths.root / SETTINGS_FILE
        return cls(workspace, QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def language(self) -> str:
        value = str(self.settings.value("ui/language", "zh"))
        return value if value in LANGUAGES else "zh"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        self.settings.setValue("ui/language", value)
        self.settings.sync()

    def join(self, items: Iterable[str]) -> str:
        return join_names(items)

    def current_inspector(self) -> InspectorInfo | None:
        """The inspector using this laptop (chosen in Settings); None until chosen
        or when the chosen profile no longer exists."""
        raw = self.settings.value("user/inspector_id")
        if not raw:
            return None
        try:
            return self.workspace.inspectors.get(uuid.UUID(str(raw)))
        except (ValueError, ProfileError):
            return None

    def set_current_inspector(self, inspector_id: str | None) -> None:
        self.settings.setValue("user/inspector_id", inspector_id or "")
        self.settings.sync()

    def actor(self) -> Actor:
        """Who the audit log names for changes made through the app."""
        me = self.current_inspector()
        return me.actor if me else Actor("desktop user")
