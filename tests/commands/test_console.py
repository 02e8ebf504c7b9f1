"""The console shows the command's output and messages only: no library warning, and no
BrokenPipeError traceback when the reader goes away (``bm-desktop stats | head -1``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Point

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "console passphrase"  # an encrypted database: no "not encrypted" note either


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), BM_DESKTOP_PASSPHRASE=PASSPHRASE)
    env.pop("PYTHONWARNINGS", None)
    return env


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "bm_desktop.cli", *args]


@pytest.fixture
def sample_path(sample_db_file, tmp_path):
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    from bm_desktop.db import cipher

    cipher.encrypt_in_place(path, cipher.key_for_passphrase(path, PASSPHRASE))
    return path


def test_a_reader_that_goes_away_gets_no_traceback(sample_path) -> None:
    # the reader closes its end before the command writes: every write fails with EPIPE
    proc = subprocess.Popen(
        _command("stats", "--db", str(sample_path)),
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert err == "" and proc.returncode == 0
    # as a person types it
    shell = subprocess.run(
        " ".join(_command("stats", "--db", f"'{sample_path}'")) + " | head -1",
        shell=True,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shell.stdout.startswith("Impact figures, ") and shell.stdout.count("\n") == 1
    assert shell.stderr == ""


def test_library_warnings_stay_off_the_console(sample_path, tmp_path) -> None:
    site = gpd.GeoDataFrame(
        {"pcode": ["cd1"], "name": ["Kalimbi"], "province": ["Sud-Kivu"]},
        geometry=[Point(28.85, -2.12)],
        crs=4326,
    )
    two_layers = tmp_path / "sites.gpkg"
    site.to_file(two_layers, layer="sites")
    site.to_file(two_layers, layer="other")  # pyogrio warns: "More than one layer found"
    done = subprocess.run(
        _command("import", "sites", str(two_layers), "--dry-run", "--db", str(sample_path)),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "1 added" in done.stdout
    assert done.stderr == ""


def test_the_window_prints_nothing_on_the_console(sample_path, tmp_path) -> None:
    env = dict(
        _env(),
        QT_QPA_PLATFORM="offscreen",
        BM_DESKTOP_EXIT_AFTER_FIRST_PAINT="1",
        BM_DESKTOP_SETTINGS_DIR=str(tmp_path / "settings"),
    )
    done = subprocess.run(
        _command("--db", str(sample_path)), env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0
    assert done.stdout == "bm-desktop: first complete paint of the map\n"
    assert done.stderr == ""  # Qt's "This plugin does not support ..." stays in the log
