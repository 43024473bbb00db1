"""One piece of core work on its own thread, so the window never freezes.

``ProgressTask(fn)`` runs ``fn(progress)``; ``progress(done, total)`` calls, the result
and any error come back on the GUI thread through queued signals. ``cancel()`` makes
the next ``progress`` call raise ``cancelled()`` inside the work, which then stops the
way the core stops on any error (it writes nothing half way).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QWidget

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user cancelled the work."""


class ProgressTask(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Progress], Any], parent: QWidget | None = None, *,
                 cancelled: Callable[[], BaseException] = Cancelled) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancelled = cancelled
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise self._cancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except Exception as exc:  # every failure is shown to the user
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


def per_mille(done: int, total: int) -> int:
    """Progress as 0-1000, for bars with that range."""
    return min(1000, done * 1000 // total) if total else 1000
