"""The layering rules hold: Qt stays in ``ui``; the Qt-free packages import without Qt."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BLOCK_QT = r"""
import importlib, pkgutil, sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {'PySide6', 'shiboken6', 'pyqtgraph', 'qtawesome', 'qtpy'}:
            raise ImportError(f'{name} is blocked: this package must not need Qt')
sys.meta_path.insert(0, BlockQt())
import bm_desktop
failed = []
for pkg in ['domain', 'db', 'services', 'geo', 'exchange', 'sync']:
    base = importlib.import_module(f'bm_desktop.{pkg}')
    for mod in pkgutil.walk_packages(base.__path__, prefix=f'bm_desktop.{pkg}.'):
        if '.migrations' in mod.name:
            continue
        try:
            importlib.import_module(mod.name)
        except ImportError as exc:
            if 'blocked' in str(exc):
                failed.append(f'{mod.name}: {exc}')
print('\n'.join(failed))
sys.exit(1 if failed else 0)
"""


def test_qt_free_packages_import_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_import_linter_contract_holds() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(exe)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert " kept, 0 broken" in done.stdout
    assert "Widgets call services only: no database package, no SQL in ui KEPT" in done.stdout


def test_the_floors_have_no_exceptions() -> None:
    """The layers contract lists no ``ignore_imports``: a command that needs the window's Qt
    drawing gets it from ``cli.py`` (bm_desktop.commands.qt_renderers), never by importing
    ``ui``, so an upward import cannot be waved through by adding it to a list."""
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "importlinter"
    ]["contracts"]
    floors = [c for c in contracts if c["type"] == "layers"]
    assert [c["name"] for c in floors] == [
        "The floors: each package imports only the ones below it"
    ]
    assert floors[0]["layers"][:2] == ["bm_desktop.ui", "bm_desktop.commands"]
    assert "ignore_imports" not in floors[0]
