"""Presentation maps without a window: what ``bm-desktop map`` and ``bm-desktop pack``
run. Qt runs offscreen when there is no display; the maps are drawn by the same
:class:`~bm_desktop.ui.map.print_map.PrintMap` and layout as File > Export map…."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from bm_desktop.services.database_files import Database

_app = None  # Qt's one application object lives as long as the process


def ensure_app(lang: str) -> str:
    """A QApplication (offscreen without a display) with ``lang`` installed."""
    global _app
    if not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or sys.platform in ("win32", "darwin")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from bm_desktop.ui import worker
    from bm_desktop.ui.translator import install_language

    if QApplication.instance() is None:
        # the offscreen platform's notes ("does not support propagateSizeHints()") are
        # not for the person who asked for a map
        qInstallMessageHandler(lambda _mode, _ctx, _msg: None)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    _app = app
    if worker.notifier is None:
        worker.notifier = worker.Notifier()
    worker.widen_global_pool()
    return install_language(app, lang)


def context(db: Database, lang: str):  # noqa: ANN201
    """The app context a window would have (the user's settings, read only here)."""
    from bm_desktop.ui.context import AppContext
    from bm_desktop.ui.settings import Settings

    return AppContext(db, Settings(), lang=lang)


def export_map(db: Database, out: Path, options, spec, lang: str = "en") -> Path:  # noqa: ANN001
    """Draw one presentation map into ``out`` (.pdf, .png or .svg)."""
    from bm_desktop.ui.map.print_layout import frames, write
    from bm_desktop.ui.map.print_map import PrintMap

    ensure_app(lang)
    ctx = context(db, lang)
    f = frames(spec)
    pm = PrintMap(ctx, f.map.width(), f.map.height(), ctx.filters.default_state)
    try:
        pm.apply(options)
        write(pm, spec, out)
    finally:
        pm.close()
    return out
