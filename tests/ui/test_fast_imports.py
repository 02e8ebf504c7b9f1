"""The two import shortcuts of the window's start (bm_desktop/ui/fast_imports.py), each in
a fresh interpreter (in this one pyqtgraph and PySide6's classes are long loaded)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PYQTGRAPH = """
import json
import PySide6.QtCore as C, PySide6.QtGui as G, PySide6.QtWidgets as W
from bm_desktop.ui.fast_imports import import_pyqtgraph
sources = (C, G, W)
listed = [len(dir(m)) for m in sources]
before = sum(len(vars(m)) for m in sources)
import_pyqtgraph()
created = sum(len(vars(m)) for m in sources) - before
from pyqtgraph.Qt import QtCore, QtGui, QtWidgets
import pyqtgraph as pg
app = W.QApplication([])
view = pg.GraphicsView()
box = pg.ViewBox(lockAspect=1.0)
view.setCentralItem(box)
box.addItem(pg.ScatterPlotItem(x=[0, 1], y=[0, 1]))
box.setRange(QtCore.QRectF(0, 0, 2, 2))
names = [(mine, n) for mine, src in zip((QtCore, QtGui, QtWidgets), sources)
         for n in dir(src) if not n.startswith("__")]
print(json.dumps({
    "listed": listed, "listed_after": [len(dir(m)) for m in sources],
    "created": created, "total": len(names),
    "different": [n for mine, n in names
                  if getattr(mine, n) is not getattr(sources[(QtCore, QtGui, QtWidgets)
                                                             .index(mine)], n)][:10]}))
"""

FEATURE = """
import inspect, json, sys
import PySide6.QtCore
from bm_desktop.ui.fast_imports import quicker_feature_check
read = []
real = inspect.getsource
inspect.getsource = lambda obj: read.append(getattr(obj, "__name__", "?")) or real(obj)
quicker_feature_check()
sys.path.insert(0, sys.argv[1])
import uses_qt, plain
table = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(json.dumps({"read": read, "uses_qt": table.get("uses_qt"), "plain": table.get("plain")}))
"""


def _run(script: str, *args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_pyqtgraph_imports_without_creating_every_qt_class_and_still_reaches_them() -> None:
    seen = _run(PYQTGRAPH)
    # every PySide6 name is reachable through pyqtgraph's modules, as the same object
    assert seen["total"] > 600
    assert seen["different"] == []
    # ...but importing pyqtgraph created only a few of them (pyqtgraph's own copy of
    # QtCore, QtGui and QtWidgets used to create all of them, a tenth of a second)
    assert seen["created"] < seen["total"] / 3
    # and PySide6's modules list all their names again once pyqtgraph is imported
    assert all(
        after >= before for after, before in zip(seen["listed_after"], seen["listed"], strict=True)
    )


def test_pyside_feature_hook_no_longer_reads_each_new_modules_source(tmp_path: Path) -> None:
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "plain.py").write_text("import json\nVALUE = json.dumps(1)\n")
    seen = _run(FEATURE, str(tmp_path))
    assert seen["read"] == []  # no module's source was read to import it
    # the hook's answer: a module using PySide6 may switch features (0), others not (-1)
    assert seen["uses_qt"] == 0
    assert seen["plain"] == -1
