"""A main window on the small map programme, with its map loaded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bm_desktop.db.engine import open_database
from bm_desktop.db.reference_data import seed_reference_data
from tests.map_programme import SmallProgramme, build_small_programme


@pytest.fixture
def programme_db(tmp_path: Path) -> tuple[Path, SmallProgramme]:
    path = tmp_path / "map.sqlite"
    db = open_database(path)
    with db.sessions.begin() as s:
        seed_reference_data(s)
    prog = build_small_programme(db)
    db.dispose()
    return path, prog


def wait_for_map(qtbot, window) -> None:  # noqa: ANN001
    """Until the basemap, the data and the first density image are on the map."""
    ws = window.map_workspace
    qtbot.waitUntil(lambda: not ws._pending, timeout=20000)
    window.map_canvas.settle_now()


def open_window(qtbot, path: Path, size=(1400, 900)):  # noqa: ANN001, ANN201
    from bm_desktop.ui.app import create_window

    _app, window = create_window(path, empty=True, lang="en")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    wait_for_map(qtbot, window)
    return window


def close_window(window) -> None:  # noqa: ANN001
    """Close, and let every worker's result arrive while the widgets still exist."""
    from PySide6.QtWidgets import QApplication

    from bm_desktop.ui import worker

    window.close()
    for _ in range(3):
        worker.wait_for_all()
        QApplication.processEvents()


@pytest.fixture
def map_window(qtbot, programme_db) -> Iterator[tuple[object, SmallProgramme]]:  # noqa: ANN001
    path, prog = programme_db
    window = open_window(qtbot, path)
    yield window, prog
    close_window(window)
