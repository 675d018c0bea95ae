"""Run a core call on a thread pool and deliver its result or exception back by signal.

This is the app's one way to work off the UI thread (DESIGN.md section 2)::

    task = run_in_background(auditor.audit, document, channel="web")
    task.finished.connect(self._on_audited)      # called on the UI thread with the result
    task.failed.connect(self._on_audit_failed)   # called on the UI thread with the exception

The callable runs on a worker thread and must not touch widgets. With ``pass_task=True`` it
receives the :class:`Task` first, to report progress (:meth:`Task.report_progress`, safe from
any thread) and to poll :meth:`Task.is_cancelled`. Results travel through a queued connection
to the thread the task was created on, so the public signals always fire on the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

__all__ = ["Task", "audit_pool", "run_in_background", "wait_for_background_work"]

_log = logging.getLogger(__name__)
_live: set[Task] = set()
_pool: QThreadPool | None = None


def audit_pool() -> QThreadPool:
    """The pool core calls run on (two threads: a live check and a batch can overlap)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("cx-trainer-workers")
        _pool.setMaxThreadCount(2)
    return _pool


class Task(QObject):
    """One core call running in the background.

    Signals:
        finished(object): the call's return value (emitted on the creating thread).
        failed(object): the exception the call raised.
        progress(int, int, str): ``done``, ``total`` and a label, as reported by the call.
        done(): after ``finished`` or ``failed``, whichever came.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)
    done = Signal()

    # Emitted on the worker thread, received on the task's own thread (queued).
    _deliver = Signal(bool, object)
    _relay_progress = Signal(int, int, str)

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], pass_task: bool) -> None:
        super().__init__()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._pass_task = pass_task
        self._cancel = threading.Event()
        self.running = False
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
        self._relay_progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the call to stop; it sees this through :meth:`is_cancelled`."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether :meth:`cancel` was called (safe from any thread)."""
        return self._cancel.is_set()

    def report_progress(self, done: int, total: int, label: str = "") -> None:
        """Report progress from the worker thread; ``progress`` fires on the UI thread."""
        self._relay_progress.emit(int(done), int(total), str(label))

    def execute(self) -> None:
        """Run the call (on the worker thread) and send the outcome home."""
        try:
            args = (self, *self._args) if self._pass_task else self._args
            result = self._fn(*args, **self._kwargs)
        except Exception as exc:  # delivered to the UI, which decides how to tell the user
            from cx_trainer.errors import CxError

            if not isinstance(exc, CxError):
                _log.error("background call %r failed", self._fn, exc_info=exc)
            self._deliver.emit(False, exc)
        else:
            self._deliver.emit(True, result)

    @Slot(bool, object)
    def _on_deliver(self, ok: bool, payload: object) -> None:
        self.running = False
        try:
            if ok:
                self.finished.emit(payload)
            else:
                self.failed.emit(payload)
            self.done.emit()
        finally:
            _live.discard(self)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.progress.emit(done, total, label)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self._task.execute()


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    pass_task: bool = False,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> Task:
    """Start ``fn(*args, **kwargs)`` on a worker thread; connect to the returned task's signals.

    Call it from the UI thread. Signals are delivered through the event loop, so connecting
    right after this call never misses them.
    """
    task = Task(fn, args, kwargs, pass_task)
    task.running = True
    _live.add(task)
    (pool or audit_pool()).start(_Runnable(task))
    return task


def wait_for_background_work(msecs: int = 10000) -> bool:
    """Block until the worker threads are idle (at shutdown and in tests); True if they are."""
    return bool(audit_pool().waitForDone(msecs))
