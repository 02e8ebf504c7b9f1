"""Starting the desktop application.

A database file that cannot be opened (damaged, locked, full disk, newer schema...)
is said in a message box instead of the main window, in the interface's language;
a file the user may not write opens read-only, and the window says so.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from bm_desktop import APP_NAME, ORG_NAME


def prepare_database(path: Path, empty: bool, key=None):  # noqa: ANN001
    """Open the database; a new one is filled with the sample programme unless ``empty``.

    With ``key`` (a ``database_unlock.DatabaseKey``) the file is opened encrypted, a new
    or plain one encrypted first (``db/protect.py``)."""
    from bm_desktop.services import database_files
    from bm_desktop.services.sites import has_sites
    from bm_desktop.services.sync_state import is_attached
    from bm_desktop.sync.outbox import install_outbox

    database = (
        database_files.open(path, key.key, key.params)
        if key is not None
        else database_files.open(path)
    )
    install_outbox(database)  # the window works with the server its database is linked to
    if database.read_only:  # nothing to seed or generate: show the file as it is
        from bm_desktop.services.read_only import refuse_edits

        refuse_edits(database)
        database.info.setdefault("source", _source_line(database))
        return database
    # A database linked to the programme server takes its data from there only.
    if not has_sites(database) and not empty and not is_attached(database):
        from bm_desktop.services.sample_programme import (
            SAMPLE_SOURCE_NOTE,
            generate_sample_programme,
        )

        generate_sample_programme(database)
        database.info["source"] = SAMPLE_SOURCE_NOTE
    else:
        database_files.seed_reference(database)
    if "source" not in database.info:
        database.info["source"] = _source_line(database)
    return database


def _source_line(database) -> str:
    from bm_desktop.exchange.exports.provenance import stored_source_note_of

    return stored_source_note_of(database)


def refresh_source_line(window) -> None:  # noqa: ANN001
    """Read the data's source note again (a first sync may have replaced the sample)."""
    database = window.ctx.db
    database.info["source"] = _source_line(database)
    window.set_source_line(window.ctx.source_line)


_application = None
READY_AT_THE_LATEST_MS = 10000  # docks load by then even if the map never finishes a paint


def create_window(
    db_path: Path,
    *,
    empty: bool = False,
    lang: str | None = None,
    defer_loading: bool = False,
    unlock: bool = False,
    known_key=None,
):  # noqa: ANN001
    """Build the application objects and the main window (without entering the event loop).

    ``defer_loading`` lets the docks load their data after the map's first paint;
    ``unlock`` (the interactive start) asks for the passphrase and never opens a plain
    database (``ui/database_unlock.py``; tests build the window on plain files);
    ``known_key``: the keyring's or environment's key, looked for on a thread since the
    process started (``db.keys.start_key``)."""
    from PySide6.QtWidgets import QApplication

    from bm_desktop.ui.fast_imports import import_pyqtgraph, quicker_feature_check

    quicker_feature_check()  # two import costs of the window's start: see that module
    import_pyqtgraph()  # (before any map module imports pyqtgraph)
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
    from bm_desktop.ui.collector import collect_in_gui_thread

    collect_in_gui_thread()  # never in a worker thread, where freeing a widget crashes
    key = None
    if unlock:  # encryption at rest (issue 19): the key, asked before anything is opened
        from bm_desktop.ui.database_unlock import database_key

        key = database_key(db_path, known=known_key)
    try:
        database = prepare_database(db_path, empty, key)
    except Exception as exc:
        from bm_desktop.services.database_files import explain

        reason = explain(exc, db_path)
        if reason is None:
            raise
        raise DatabaseNotOpened(reason, lang) from exc
    ctx = AppContext(db=database, settings=settings, lang=lang, role=settings.get("ui/role"))
    if defer_loading:  # the map's two loads overlap the imports and building of the window
        from bm_desktop.geo.basemap_cache import load_basemap
        from bm_desktop.services.map_data import load_map_data

        ctx.start_early("basemap", load_basemap)
        ctx.start_early("map_data", load_map_data, database)
    window = MainWindow(ctx, defer_loading=defer_loading)
    from bm_desktop.ui.idle_lock import install_idle_lock

    window.idle_lock = install_idle_lock(
        window
    )  # issue 19: the data are hidden after the idle time
    if database.read_only:
        show_read_only(window, db_path)
    explain_database_failures(window, db_path)
    return app, window


CONTEXT = "AppStart"


class DatabaseNotOpened(Exception):
    """The window could not open its database; ``reason`` says why in plain words."""

    def __init__(self, reason, lang: str) -> None:  # noqa: ANN001
        super().__init__(str(reason))
        self.reason, self.lang = reason, lang


def database_problem_box(exc: DatabaseNotOpened):  # noqa: ANN201
    """The message box shown instead of the main window."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_NAME,
        QCoreApplication.translate(CONTEXT, "BM Desktop cannot open its database."),
    )
    box.setInformativeText(exc.reason.text(exc.lang))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setObjectName("database_problem")
    return box


def explain_database_failures(window, path: Path) -> None:  # noqa: ANN001
    """While the window runs, a failure of the database file (another program locks it,
    the disk fills up) is said in plain words, whether it happens in a worker or in an
    edit, instead of SQLite's message with its SQL or a traceback on the console."""
    from PySide6.QtCore import QObject

    from bm_desktop.services.database_files import explain
    from bm_desktop.ui import worker

    def show(exc: BaseException) -> bool:
        reason = explain(exc, path) if isinstance(exc, Exception) else None
        if reason is None:
            return False
        try:
            window.show_error(reason)
        except RuntimeError:  # the window is gone
            return False
        return True

    class Notified(QObject):  # a child of the window: disconnected when it goes
        def error(self, exc: BaseException) -> None:
            if not show(exc):
                window.show_error(exc)

    if worker.notifier is not None:
        worker.notifier.error.disconnect(window.show_error)
        window._database_failures = Notified(window)
        worker.notifier.error.connect(window._database_failures.error)
    previous = sys.excepthook

    def hook(kind, exc, tb) -> None:  # noqa: ANN001
        if not show(exc):
            previous(kind, exc, tb)

    sys.excepthook = hook


def show_read_only(window, path: Path) -> None:  # noqa: ANN001
    """Title and status bar say the file is read-only (edits are refused with a message)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel

    note = QCoreApplication.translate(CONTEXT, "Read-only: {name} cannot be changed").format(
        name=Path(path).name
    )
    window.setWindowTitle(f"{window.windowTitle()} — {note}")
    label = QLabel(note, objectName="read_only_note")
    label.setToolTip(
        QCoreApplication.translate(
            CONTEXT,
            "You may not write this file, so it was opened read-only: edits are "
            "refused. Make it writable, or copy it to a folder where you may write, to edit it.",
        )
    )
    window.statusBar().addPermanentWidget(label)


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
            worker.write_pool().activeThreadCount()
        )
        idle[0] = idle[0] + 1 if window.deferred_loads_started and not busy else 0
        if idle[0] >= IDLE_CHECKS:
            timer.stop()
            print(LOADED_LINE, flush=True)
            app.exit(0)

    timer.timeout.connect(check)
    timer.start()


def _qt_messages_to_log() -> None:
    """Qt's own warnings ("This plugin does not support ...") are for developers: they go to
    the ``qt`` logger (silent unless logging is configured), not the user's console."""
    import logging

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    logger = logging.getLogger("qt")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
    logger.propagate = False
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qInstallMessageHandler(
        lambda kind, _context, text: logger.log(levels.get(kind, logging.WARNING), text)
    )


def run_app(args: argparse.Namespace) -> int:
    import gc

    from bm_desktop.commands.common import database_path
    from bm_desktop.services.start_key import start_key

    # Python's cyclic garbage collector would go over the start's million new objects
    # again and again (about a tenth of its processor time) for almost no garbage: off
    # from here; once the application exists, the GUI thread's timer collects instead
    # (ui/collector.py), its first tick a second after the event loop starts
    gc.disable()
    path = database_path(args)
    # first: the key (keyring, argon2id of BM_DESKTOP_PASSPHRASE) on a thread, while Qt,
    # the window's modules and SQLAlchemy are imported (see db/keys.py)
    known_key = start_key(path)
    from PySide6.QtCore import QTimer

    from bm_desktop.ui.database_unlock import StartCancelled

    if not sys.warnoptions:
        _qt_messages_to_log()
    try:
        app, window = create_window(
            path,
            empty=args.empty,
            lang=args.lang,
            defer_loading=True,
            unlock=True,
            known_key=known_key,
        )
    except DatabaseNotOpened as exc:
        database_problem_box(exc).exec()
        return 2
    except StartCancelled:  # the passphrase dialog was closed
        return 1
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
