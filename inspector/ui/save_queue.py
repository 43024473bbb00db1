"""Ordered background saving.

The screens show a change at once and hand the storage work to a ``SaveQueue``: one
worker thread runs the submitted callables strictly in the order they were given,
each one a committed unit of work of the core. Results and errors come back on the
GUI thread (through a queued signal), so callbacks may touch widgets. A change is
acknowledged (``on_done``, ``saved``) only after the core call returned, i.e. after
its transaction committed.
"""

from __future__ import annotations

import queue
import time
import traceback
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal


@dataclass
class _Job:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    result: Any = None
    error: BaseException | None = None
    trace: str = field(default="", repr=False)


class _Worker(QThread):
    """Takes jobs off a queue and runs them one at a time; ``None`` stops it."""

    def __init__(self, jobs: queue.Queue[_Job | None], done: Callable[[_Job], None]):
        super().__init__()
        self._jobs = jobs
        self._done = done

    def run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                job.result = job.fn(*job.args)
            except Exception as exc:  # every failure is reported to the UI
                job.error = exc
                job.trace = traceback.format_exc()
            self._done(job)


def _stop(jobs: queue.Queue[_Job | None], worker: QThread, *_args: object) -> None:
    jobs.put(None)
    with suppress(RuntimeError):  # the thread object is already gone, and the thread
        worker.wait()


class SaveQueue(QObject):
    """Runs storage calls in order on one worker thread, reporting back on the GUI thread."""

    busy_changed = Signal(bool)
    saved = Signal()
    failed = Signal(str)
    _finished = Signal(object)  # internal: a _Job, delivered queued to the GUI thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)
        self._worker = _Worker(self._jobs, self._report)
        self._worker.start()
        # A queue dropped without close() still stops its thread (a running QThread
        # must never be destroyed), after finishing the jobs already submitted.
        self.destroyed.connect(partial(_stop, self._jobs, self._worker))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def _report(self, job: _Job) -> None:
        """Called on the worker thread: hand the finished job to the GUI thread."""
        with suppress(RuntimeError):  # the queue object is gone; nobody is waiting
            self._finished.emit(job)

    @property
    def pending(self) -> int:
        """Jobs submitted and not yet acknowledged on the GUI thread."""
        return self._pending

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, fn: Callable[..., Any], *args: Any,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        if self._closed:
            raise RuntimeError("the save queue is closed")
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._jobs.put(_Job(fn, args, on_done, on_error))

    def _deliver(self, job: _Job) -> None:
        self._pending -= 1
        try:
            if job.error is None:
                if job.on_done is not None:
                    job.on_done(job.result)
                self.saved.emit()
            else:
                if job.on_error is not None:
                    job.on_error(job.error)
                self.failed.emit(str(job.error) or type(job.error).__name__)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every submitted job is acknowledged (True) or the
        time is up (False). For tests and for closing a screen."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self._pending:
                time.sleep(0.002)
        return self._pending == 0

    def close(self, timeout_ms: int = 10_000) -> bool:
        """Flush the pending jobs and stop the worker. True if everything was saved."""
        if self._closed:
            return self._pending == 0
        idle = self.wait_idle(timeout_ms)
        self._closed = True
        self._jobs.put(None)
        self._worker.wait(max(1000, timeout_ms))
        return idle
