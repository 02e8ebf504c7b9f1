"""Issue 16 §1: a wheel built from the repo carries its data and works once installed.

The wheel goes into a fresh virtual environment; ``bm-desktop sample``, ``stats``, an
export and the window's first paint then run from that environment with the working
directory outside the checkout, so any path into the checkout would fail them."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.install.conftest import ROOT, build_wheel, clean_env, fresh_venv

pytestmark = pytest.mark.slow
FIRST_PAINT_LINE = "bm-desktop: first complete paint of the map"
PROBE = """
from bm_desktop.geo import basemap
from bm_desktop.ui.user_guide import GUIDE_DIR
print("countries", len(basemap.load_countries()))
print("guide", len(list((GUIDE_DIR / "en").glob("*.md"))), len(list((GUIDE_DIR / "fr").glob("*.md"))))
"""


def _data_files_of(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return {n for n in zf.namelist() if "/resources/" in n}


def test_installed_wheel_runs_outside_the_checkout(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path / "build")
    shipped = _data_files_of(wheel)
    for needed in (
        "bm_desktop/resources/translations/window_fr.ts",
        "bm_desktop/resources/geodata/countries.gpkg",
        "bm_desktop/resources/guide/fr/index.md",
        "bm_desktop/resources/guide/screenshots/dashboard.png",
    ):
        assert needed in shipped, f"{needed} not in the wheel"

    python = fresh_venv(tmp_path / "venv")
    # --ignore-installed: the editable bm-desktop of the test's own environment is visible
    # through the dependencies' .pth line, and pip would take it as already installed
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--ignore-installed",
            "-q",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    bin_dir = python.parent
    app = bin_dir / "bm-desktop"
    home = tmp_path / "home"
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = clean_env(home)
    db = work / "programme.sqlite"

    def run(*args: str, extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [str(app), "--db", str(db), *args],
            cwd=work,
            text=True,
            capture_output=True,
            timeout=240,
            env={**env, **(extra or {})},
        )
        assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
        return done

    where = subprocess.run(
        [str(python), "-c", "import bm_desktop, sys; print(bm_desktop.__file__);print(sys.path)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert where.returncode == 0, where.stderr
    assert str(tmp_path / "venv") in where.stdout.splitlines()[0]
    # The checkout itself is not on the path (its .venv may be: the dependencies come from
    # there, and in CI that venv lies inside the checkout).
    assert str(ROOT) not in ast.literal_eval(where.stdout.splitlines()[1])

    run("sample")
    stats = run("stats", "--lang", "fr")
    assert "Taux de mise en œuvre" in stats.stdout  # the French catalogue shipped
    out = work / "register.xlsx"
    run("export", "incidents", "--out", str(out))
    assert out.stat().st_size > 5000
    test = run("self-test")
    assert test.stdout.splitlines()[-1] == "Verdict: OK, this installation has what it needs"
    paint = run(
        extra={
            "BM_DESKTOP_EXIT_AFTER_FIRST_PAINT": "1",  # the passphrase given, no dialog
            "BM_DESKTOP_PASSPHRASE": "installed wheel passphrase",
        }
    )
    assert FIRST_PAINT_LINE in paint.stdout
    # The basemap and the guide are read from the installed package.
    probe = subprocess.run(
        [str(python), "-c", PROBE], cwd=work, env=env, capture_output=True, text=True, timeout=120
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["countries", "23", "guide", "4", "4"], probe.stdout
