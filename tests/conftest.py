"""Test isolation: offscreen Qt, and fresh settings, data directory and database per test."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Two offscreen screens: a desktop monitor (primary) and a 1366x768 laptop screen, so
# tests can open the window on either (Qt reads the file once, when the app starts).
SCREENS = Path(__file__).resolve().with_name("screens.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"
os.environ.setdefault("PYTEST_QT_API", "pyside6")


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own HOME, config, data dir and default database path,
    so nothing ever reads or writes the user's real data or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("BM_DESKTOP_DB", str(home / "default.sqlite"))
    monkeypatch.setenv("BM_DESKTOP_SETTINGS_DIR", str(home / "settings"))
    monkeypatch.delenv("BM_DESKTOP_PASSWORD", raising=False)
    monkeypatch.setenv("BM_DESKTOP_LANG", "en")  # the command line's language, not the locale's
    yield home


@pytest.fixture(autouse=True)
def _english_interface_after_each_test() -> Iterator[None]:
    """A test that opened a French window leaves Qt's one application with the French
    translators installed; put English back so the next test in this worker starts as
    every test expects (tests that want French install it themselves)."""
    yield
    translator = sys.modules.get("bm_desktop.ui.translator")
    if translator is None:  # no window in this worker yet: nothing to undo (and no Qt import)
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        translator.install_language(app, "en")


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    """Once a window has been built, the automatic cycle collector is off for the rest of
    the process (ui/collector.py) and the GUI thread's timer ticks only while a test runs
    Qt's event loop: tests without one still have their garbage collected, here, in the
    main thread, as a tick would."""
    yield
    collector = sys.modules.get("bm_desktop.ui.collector")
    if collector is not None:
        collector.check()


@pytest.fixture(scope="session")
def empty_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the reference data, made once per test worker (migrating
    a new file takes a fifth of a second, copying it a hundredth); without a device id,
    so each copy gets its own when it is opened."""
    import sqlite3

    from bm_desktop.db.engine import open_database
    from bm_desktop.db.reference_data import seed_reference_data

    path = tmp_path_factory.mktemp("empty") / "empty.sqlite"
    database = open_database(path)
    with database.sessions.begin() as session:
        seed_reference_data(session)
    database.dispose()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("DELETE FROM local_settings WHERE key = 'device_id'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db(empty_db_file: Path, tmp_path: Path):
    """A fresh, migrated database with the reference data (no sites)."""
    from bm_desktop.db.engine import open_database
    from bm_desktop.sync.outbox import install_outbox

    path = tmp_path / "test.sqlite"
    shutil.copy(empty_db_file, path)
    database = open_database(path)
    install_outbox(database)  # as the window and the commands open it
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def sample_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample programme, generated once per test session (read-only template)."""
    from bm_desktop.db.engine import open_database
    from bm_desktop.services.sample_programme import generate_sample_programme

    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    database = open_database(path)
    generate_sample_programme(database)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture
def sample_db(sample_db_file: Path, tmp_path: Path):
    """A private copy of the sample programme that a test may change freely."""
    from bm_desktop.db.engine import open_database
    from bm_desktop.sync.outbox import install_outbox

    path = tmp_path / "sample.sqlite"
    shutil.copy(sample_db_file, path)
    database = open_database(path)
    install_outbox(database)  # as the window and the commands open it
    yield database
    database.dispose()


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A test that leaves a dialog with typed work open (a WorkDialog) must not hang at
    teardown on its Save / Discard / Cancel question when pytest-qt closes the widgets:
    the work is discarded without asking first, as the tests' own ``discard_without_asking()``
    does. (A wrapper that runs before pytest-qt's own teardown wrapper.)"""
    unsaved = sys.modules.get("bm_desktop.ui.unsaved_work")
    if unsaved is not None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, unsaved.WorkDialog) and widget.isVisible():
                widget.discard_without_asking()
    yield
