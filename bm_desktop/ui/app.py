"""Starting the desktop application."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from bm_desktop import APP_NAME, ORG_NAME


def prepare_database(path: Path, empty: bool):
    """Open the database; a new one is filled with the sample programme unless ``empty``."""
    from bm_desktop.db.engine import open_database
    from bm_desktop.services.reference import seed_reference_data
    from bm_desktop.services.sites import has_sites
    from bm_desktop.services.sync_state import is_attached

    database = open_database(path)
    # A database linked to the programme server takes its data from there only.
    if not has_sites(database) and not empty and not is_attached(database):
        from bm_desktop.services.sample_programme import (
            SAMPLE_SOURCE_NOTE,
            generate_sample_programme,
        )

        generate_sample_programme(database)
        database.info["source"] = SAMPLE_SOURCE_NOTE
    else:
        with database.sessions.begin() as s:
            seed_reference_data(s)
    if "source" not in database.info:
        database.info["source"] = _source_line(database)
    return database


def _source_line(database) -> str:
    from bm_desktop.exchange.exports.provenance import stored_source_note

    with database.sessions() as s:
        return stored_source_note(s)


def refresh_source_line(window) -> None:  # noqa: ANN001
    """Read the data's source note again (a first sync may have replaced the sample)."""
    database = window.ctx.db
    database.info["source"] = _source_line(database)
    window.set_source_line(window.ctx.source_line)


_application = None
READY_AT_THE_LATEST_MS = 10000  # docks load by then even if the map never finishes a paint


def create_window(db_path: Path, *, empty: bool = False, lang: str | None = None,
                  defer_loading: bool = False):
    """Build the application objects and the main window (without entering the event loop).

    ``defer_loading`` lets the docks load their data after the map's first paint."""
    from PySide6.QtWidgets import QApplication

    from bm_desktop.ui import worker
    from bm_desktop.ui.context import AppContext
    from bm_desktop.ui.main_window import MainWindow
    from bm_desktop.ui.settings import Settings
    from bm_desktop.ui.theme import apply_theme
    from bm_desktop.ui.translator import install_language

    global _application
    app = QApplication.instance() or QApplication(sys.argv[:1])
    _application = app  # Qt's one application object lives as long as the process
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    apply_theme(app)
    from bm_desktop.ui.wheel_guard import install_wheel_guard

    install_wheel_guard(app)  # the wheel scrolls panels, not the values under the pointer
    settings = Settings()
    lang = install_language(app, lang or settings.get("ui/language") or "")
    if worker.notifier is None:
        worker.notifier = worker.Notifier()
    worker.widen_global_pool()
    database = prepare_database(db_path, empty)
    ctx = AppContext(db=database, settings=settings, lang=lang, role=settings.get("ui/role"))
    if defer_loading:  # the map's two loads overlap the imports and building of the window
        from bm_desktop.geo.basemap_mercator import prepare_basemap
        from bm_desktop.services.map_data import load_map_data

        ctx.start_early("basemap", prepare_basemap)
        ctx.start_early("map_data", load_map_data, database)
    window = MainWindow(ctx, defer_loading=defer_loading)
    return app, window


LOADED_LINE = "bm-desktop: map and docks loaded"
IDLE_CHECKS = 3  # polls 100 ms apart with no worker running


def _quit_once_loaded(app, window) -> None:  # noqa: ANN001
    """Memory measurement (``BM_DESKTOP_EXIT_WHEN_LOADED=1``): print one line and quit
    once the map is drawn, every dock's first load has run and no worker is busy."""
    from PySide6.QtCore import QThreadPool, QTimer

    from bm_desktop.ui import worker

    timer = QTimer(app, interval=100)
    idle = [0]

    def check() -> None:
        busy = QThreadPool.globalInstance().activeThreadCount() or (
            worker.write_pool().activeThreadCount())
        idle[0] = idle[0] + 1 if window.deferred_loads_started and not busy else 0
        if idle[0] >= IDLE_CHECKS:
            timer.stop()
            print(LOADED_LINE, flush=True)
            app.exit(0)

    timer.timeout.connect(check)
    timer.start()


def run_app(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer

    from bm_desktop.commands.common import database_path

    app, window = create_window(database_path(args), empty=args.empty, lang=args.lang,
                                defer_loading=True)
    window.show()
    # The map marks the window ready on its first paint; this is the safety net.
    QTimer.singleShot(READY_AT_THE_LATEST_MS, window.mark_ready)
    from bm_desktop.ui.map.feature import EXIT_WHEN_LOADED

    if os.environ.get(EXIT_WHEN_LOADED) == "1":
        _quit_once_loaded(app, window)
    code = app.exec()
    from bm_desktop.ui import worker

    worker.wait_for_all()  # a dock's load may still run when the event loop ends
    return code
