"""One way to run slow work (an import, a merge, an export) off the GUI thread.

``BackgroundTask(work, parent)`` runs ``work(progress, cancelled)`` — a plain function that calls
``progress(done, total, text)`` when it gets on, asks ``cancelled()`` between steps it can stop
at, and returns its answer — in a thread of its own. The task's signals arrive on the GUI thread:
``progressed``, then ``succeeded(answer)`` or ``failed(sentence)`` (any exception becomes one
sentence, :func:`~workshop_app.host.logs.failure_message`), then ``finished`` once the thread has
ended. ``cancel()`` only asks: the work decides where it can stop whole. Keep the task (give it a
parent) until ``finished``: Qt aborts the process when a running QThread is destroyed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ..host.logs import failure_message

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class _Runner(QObject):
    """Lives in the worker thread; its signals cross to the task (queued)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, cancelled: Callable[[], bool]):
        super().__init__()
        self.work, self.cancelled = work, cancelled

    @Slot()
    def run(self) -> None:
        try:
            answer = self.work(self.progressed.emit, self.cancelled)
        except Exception as exc:  # noqa: BLE001 - expected failures and bugs alike get one sentence
            self.failed.emit(failure_message(exc))
            return
        self.succeeded.emit(answer)


class BackgroundTask(QObject):
    """Slow work in a thread, with progress, cancel and an answer, all signalled on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()  # the thread has ended, after succeeded or failed

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread: QThread | None = None
        self._runner: _Runner | None = None
        self._started = False

    def start(self) -> None:
        if self._started:
            raise RuntimeError("a BackgroundTask runs once")
        self._started = True
        self._runner = _Runner(self._work, self._cancel.is_set)
        self._thread = QThread(self)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.succeeded.connect(self.succeeded)
        self._runner.failed.connect(self.failed)
        # quit() is thread-safe: called in the worker thread, the thread ends even while the GUI
        # thread waits for it (wait()), without needing the GUI's event loop.
        direct = Qt.ConnectionType.DirectConnection
        self._runner.succeeded.connect(self._thread.quit, direct)
        self._runner.failed.connect(self._thread.quit, direct)
        self._thread.finished.connect(self._ended)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()  # read by the work between its steps

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._thread is not None and self._runner is not None

    def wait(self, ms: int) -> bool:
        """Block until the thread has ended (or ``ms`` passed); True when it has."""
        return self._thread.wait(ms) if self._thread is not None else True

    @Slot()
    def _ended(self) -> None:
        if self._thread is not None:
            # finished is sent just before the thread ends: let it end, then drop the runner here
            # (one owner, one thread: no deleteLater racing the wrapper's own deletion).
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None
        self._runner = None
        self.finished.emit()
