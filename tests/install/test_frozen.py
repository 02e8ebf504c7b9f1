"""Issue 16 §3: the one-folder application PyInstaller builds from installer/bm-desktop.spec
runs on its own: the frozen ``self-test`` passes and the window paints its map offscreen,
from a working directory outside the checkout, with no Python path pointing back at it.

About two minutes on two cores (the build); runs with the slow tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from installer import build_frozen, package_data
from tests.install.conftest import ROOT, clean_env

pytest.importorskip("PyInstaller")
pytestmark = pytest.mark.slow
FIRST_PAINT_LINE = "bm-desktop: first complete paint of the map"


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("frozen")
    (base / "work").mkdir()
    return build_frozen.build(base / "dist", base / "work")


def test_frozen_app_carries_the_package_data(frozen: Path) -> None:
    internal = frozen.parent / package_data.FROZEN_PREFIX / package_data.PACKAGE
    missing = [str(rel) for rel in package_data.data_files() if not (internal / rel).is_file()]
    assert missing == []


def test_frozen_self_test_and_first_paint(frozen: Path, tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = clean_env(tmp_path / "home")
    db = work / "programme.sqlite"

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(frozen), *args],
            cwd=work,
            env={**env, **extra},
            text=True,
            capture_output=True,
            timeout=240,
        )

    test = run("--db", str(db), "self-test")
    assert test.returncode == 0, test.stdout + test.stderr
    lines = test.stdout.splitlines()
    assert lines[-1] == "Verdict: OK, this installation has what it needs"
    assert any("Qt platform plugin and fonts: offscreen platform" in line for line in lines)
    assert str(ROOT) not in test.stdout

    french = run("--db", str(db), "self-test", "--lang", "fr")
    assert french.stdout.splitlines()[-1].startswith("Verdict : OK")

    version = run("--db", str(db), "--version")
    assert version.stdout.startswith("BM Desktop ")

    paint = run(
        "--db",
        str(db),
        BM_DESKTOP_EXIT_AFTER_FIRST_PAINT="1",
        BM_DESKTOP_PASSPHRASE="frozen app passphrase",
    )  # no dialog at start
    assert paint.returncode == 0, paint.stderr
    assert FIRST_PAINT_LINE in paint.stdout
