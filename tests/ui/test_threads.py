"""Qt objects are freed in the GUI thread only: a worker's signals, and every widget the
cycle collector frees. Freed in a worker thread, either crashed the process at random
(a first connection's test took its test worker down once in CI)."""

from __future__ import annotations

import gc
import threading
import time
import weakref
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bm_desktop.ui import collector, worker
from bm_desktop.ui.app import create_window


def test_a_worker_nobody_keeps_runs_and_its_signals_are_deleted_in_the_gui_thread(
    qtbot,
) -> None:
    results: list[int] = []
    deleted_in: list[str] = []

    def slow() -> int:
        time.sleep(0.2)
        return 42

    job = worker.Worker(slow)
    job.signals.result.connect(results.append)
    job.signals.destroyed.connect(
        lambda: deleted_in.append(threading.current_thread().name),
        Qt.ConnectionType.DirectConnection,
    )
    worker.start(job)
    del job  # as the window does once it has the result: nobody keeps the worker
    qtbot.waitUntil(lambda: bool(results and deleted_in), timeout=10_000)
    assert results == [42]
    assert deleted_in == [threading.main_thread().name]
    qtbot.waitUntil(lambda: worker.running() == 0, timeout=5_000)


def test_garbage_widgets_are_collected_in_the_gui_thread_not_in_a_busy_worker(
    qtbot, tmp_path: Path
) -> None:
    _app, window = create_window(tmp_path / "laptop.sqlite", empty=True, lang="en")
    qtbot.addWidget(window)
    assert collector.collecting_in_gui_thread()
    freed_in: list[str] = []
    dialog = QDialog(window)
    dialog.setParent(None)  # a closed dialog, owned by Python
    dialog.itself = dialog  # a reference cycle: only the cycle collector frees it
    weakref.finalize(dialog, lambda: freed_in.append(threading.current_thread().name))
    del dialog

    def allocate() -> int:  # a sync reading pages: far past every collection threshold
        for _ in range(300_000):
            cycle: list = []
            cycle.append(cycle)
        return gc.get_count()[0]

    done: list[int] = []
    job = worker.start(worker.Worker(allocate))
    job.signals.result.connect(done.append)
    qtbot.waitUntil(lambda: bool(done and freed_in), timeout=20_000)
    assert freed_in == [threading.main_thread().name]  # by the GUI thread's timer
