"""One way to run long work off the GUI thread (after napari's ``thread_worker``).

``Worker(fn, *args)`` runs ``fn(*args, progress=callback, cancelled=callable)``
when ``fn`` accepts those keywords, and reports through Qt signals: ``progress``
(done, total, message), ``result`` (the return value), ``error`` (the exception)
and ``finished``. Errors also go to the application's one notification handler.
"""

from __future__ import annotations

import functools
import inspect
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    result = Signal(object)
    error = Signal(object)
    finished = Signal()


class Worker(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        params = inspect.signature(fn).parameters
        if "progress" in params:
            self.kwargs["progress"] = self._report
        if "cancelled" in params:
            self.kwargs["cancelled"] = self._cancel.is_set
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, total: int, message: str = "") -> None:
        self.signals.progress.emit(done, total, message)

    def run(self) -> None:
        try:
            value = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # reported to the UI, never swallowed
            exc.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self.signals.error, exc)
            if notifier is not None:
                self._emit(notifier.error, exc)
        else:
            self._emit(self.signals.result, value)
        finally:
            self._emit(self.signals.finished)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        """Emit unless the receiver side is gone (the window closed while we worked)."""
        try:
            signal.emit(*args)
        except RuntimeError:
            pass


class Notifier(QObject):
    """Lives in the GUI thread; worker errors reach the one handler through it."""

    error = Signal(object)


# Created by the application; its ``error`` signal is connected to the handler
# that shows the message (a queued connection, so it runs in the GUI thread).
notifier: Notifier | None = None

_write_pool: QThreadPool | None = None


def write_pool() -> QThreadPool:
    """A one-thread pool for database writes, so writes never interleave."""
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)
    return _write_pool


MIN_READ_THREADS = 4


def widen_global_pool() -> None:
    """At least four threads for reads and computations, even on two cores: most of that
    work waits on SQLite or numpy with the GIL released, and at start-up the map's loads
    must not queue behind the docks' (or behind a worker waiting for an early load)."""
    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(MIN_READ_THREADS, pool.maxThreadCount()))


# Every started worker, held here (GUI thread only) until its signals object has been
# deleted in the GUI thread. Otherwise the last reference to a worker could go in the
# pool thread (its ``run`` frame is the last to let go once the window has dropped
# ``self.job``), and the WorkerSignals QObject, which lives in the GUI thread, would be
# deleted in the pool thread while the GUI thread delivers its signals: a crash.
_alive: dict[int, Worker] = {}


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    key = id(worker)
    _alive[key] = worker
    # partial of a key, not of the worker: no reference cycle through Qt's connections;
    # the slot runs in the signals' thread (the GUI thread), after every earlier signal
    worker.signals.finished.connect(functools.partial(_retire, key))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


def _retire(key: int) -> None:
    """GUI thread, once the worker's last signal is delivered: its signals object is
    deleted by the GUI thread's event loop; only then is the worker let go."""
    worker = _alive.get(key)
    if worker is None:
        return
    worker.signals.destroyed.connect(functools.partial(_alive.pop, key, None))
    worker.signals.deleteLater()


def running() -> int:
    """How many started workers have not yet been retired (for tests)."""
    return len(_alive)


def wait_for_all(timeout_ms: int = 30000) -> None:
    """At shutdown: let running work end so no write is cut in half."""
    QThreadPool.globalInstance().waitForDone(timeout_ms)
    if _write_pool is not None:
        _write_pool.waitForDone(timeout_ms)
