"""Python's cycle collector runs in the GUI thread only, on a timer (pyqtgraph's
``GarbageCollector``, after Erik Janssens).

A collection frees every unreachable cycle it finds, Qt widgets among them (a closed
dialog whose slots refer back to it). Run automatically, it runs in whichever thread
crosses an allocation threshold, often a worker loading a dock or a sync reading
pages, and a widget deleted outside the GUI thread crashes the whole process. So once
the application exists, the automatic collector is off for good and this timer
collects (generation by generation, at Python's own thresholds) in the GUI thread.
"""

from __future__ import annotations

import gc

_collector = None
INTERVAL_S = 1.0


def collect_in_gui_thread() -> None:
    """Start the GUI thread's collector (once per process; call in the GUI thread, once
    the QApplication exists). Automatic collection stays off from now on."""
    global _collector
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _collector = GarbageCollector(interval=INTERVAL_S)
    gc.disable()


def collecting_in_gui_thread() -> bool:
    """The GUI thread's timer is collecting and nothing else is."""
    return _collector is not None and _collector.timer.isActive() and not gc.isenabled()


def check() -> None:
    """Collect now if a generation is over its threshold (as a tick of the timer would)."""
    if _collector is not None:
        _collector.check()
