"""The interactive start path, end to end: ``bm-desktop --db X`` as a process.

Tests build windows with ``create_window``; this one runs the command a user runs,
with docks deferred until the map is drawn and the map's loads started before the
window is built, and checks the order of what happens through the two lines the
start-up and memory benchmarks rely on."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bm_desktop.ui.app import LOADED_LINE
from bm_desktop.ui.map.feature import FIRST_PAINT_LINE


def _run(db: Path, settings: Path, **env: str) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith("BM_DESKTOP_EXIT_")}
    full.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "BM_DESKTOP_SETTINGS_DIR": str(settings),
            "BM_DESKTOP_PASSPHRASE": "test passphrase",
            **env,
        }
    )  # no dialog at start
    return subprocess.run(
        [sys.executable, "-m", "bm_desktop.cli", "--db", str(db), "--lang", "en"],
        env=full,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_the_app_draws_the_map_then_loads_every_dock(sample_db_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, db)
    done = _run(db, tmp_path / "settings", BM_DESKTOP_EXIT_WHEN_LOADED="1")
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("bm-desktop:")]
    assert lines == [FIRST_PAINT_LINE, LOADED_LINE]
    assert "Traceback" not in done.stderr


def test_first_paint_mode_quits_at_the_drawn_map(sample_db_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, db)
    done = _run(db, tmp_path / "settings", BM_DESKTOP_EXIT_AFTER_FIRST_PAINT="1")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines().count(FIRST_PAINT_LINE) == 1
    assert LOADED_LINE not in done.stdout


def test_the_automatic_collector_is_off_from_the_start_and_the_gui_thread_collects(
    qtbot, sample_db_file: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    """The automatic cycle collector is off from the start (it took a tenth of the start's
    processor time) and never comes back: the GUI thread's timer collects instead, so no
    widget is ever freed in a worker thread (ui/collector.py)."""
    import argparse
    import gc

    from bm_desktop.ui import app as app_module
    from bm_desktop.ui import collector

    db = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, db)
    monkeypatch.setenv("BM_DESKTOP_EXIT_WHEN_LOADED", "1")  # run_app returns once loaded
    monkeypatch.setenv("BM_DESKTOP_PASSPHRASE", "test passphrase")
    seen: list[bool] = []
    real = app_module.create_window

    def create(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(gc.isenabled())
        made = real(*args, **kwargs)
        qtbot.addWidget(made[1])
        seen.append(gc.isenabled())
        return made

    monkeypatch.setattr(app_module, "create_window", create)
    code = app_module.run_app(argparse.Namespace(db=str(db), empty=False, lang="en"))
    assert code == 0
    assert seen == [False, False]  # off while the window was built
    assert collector.collecting_in_gui_thread()  # and the GUI thread's timer collects


# Libraries the first paint never needs: workbooks, HTML maps, charts on paper, routing.
NOT_AT_START = ("openpyxl", "folium", "matplotlib", "ortools", "pypdf", "reportlab")


def test_the_window_s_start_imports_no_output_library() -> None:
    """Everything the window imports before its first paint (the start, the window and
    its parts, the map) leaves out the libraries of files and printouts: one of them,
    pulled in by a settings default, cost the start 70 ms (openpyxl through the ODK
    form's writer, for the form's id)."""
    code = (
        "import sys\n"
        "import bm_desktop.ui.app, bm_desktop.ui.main_window, bm_desktop.ui.map.feature\n"
        "import bm_desktop.ui.settings, bm_desktop.ui.database_unlock\n"
        f"print(sorted(m for m in {NOT_AT_START!r} if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
