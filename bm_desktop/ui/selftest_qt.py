"""The self-test's look at Qt: which platform plugin runs and which fonts it finds.

``bm-desktop self-test`` runs :func:`probe` in a child process (``self-test --qt-probe``),
because a missing platform plugin aborts the process that tries to load it; Help >
Self-test runs it in the window's own process, where Qt is evidently working."""

from __future__ import annotations

import json
import sys

from PySide6.QtGui import QFontDatabase, QGuiApplication


def probe() -> dict[str, object]:
    """Platform plugin name, font families found and the default font's family."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    families = QFontDatabase.families()
    return {
        "platform": QGuiApplication.platformName(),
        "families": len(families),
        "default_font": app.font().family(),
    }


def print_probe() -> int:
    print(json.dumps(probe()), flush=True)
    return 0
