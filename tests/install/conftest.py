"""Helpers for the installation tests: a wheel built from this tree, a fresh virtual
environment, and the installed ``bm-desktop`` run from outside the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build_wheel(out: Path) -> Path:
    """``pip wheel --no-deps`` on a copy of the tree (so no build/ or egg-info lands in the
    checkout); the copy holds what an sdist would: pyproject, README and the package."""
    src = out / "src"
    shutil.copytree(
        ROOT / "bm_desktop",
        src / "bm_desktop",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(out / "dist"),
            str(src),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    (wheel,) = (out / "dist").glob("bm_desktop-*.whl")
    return wheel


def fresh_venv(where: Path) -> Path:
    """A new virtual environment without this tree on its path. Its dependencies come
    from the test's own environment through a .pth line (offline and fast: no download
    of PySide6 and GDAL); the package itself comes only from the wheel installed into it,
    and a .pth-added directory never runs the editable-install hooks found there."""
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(where)], check=True, timeout=120
    )
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    deps = sysconfig.get_paths()["purelib"]
    Path(site, "zz_test_dependencies.pth").write_text(deps + "\n", encoding="utf-8")
    return python


def clean_env(home: Path) -> dict[str, str]:
    """The environment for the installed app: offscreen Qt, its own data and settings
    directories, and nothing pointing back at the checkout."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "PYTHONPATH",
            "BM_DESKTOP_RESOURCES",
            "BM_DESKTOP_GEODATA",
            "BM_DESKTOP_DB",
            "VIRTUAL_ENV",
        )
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        BM_DESKTOP_SETTINGS_DIR=str(home / "settings"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env
