"""Two costs of importing modules once PySide6 is loaded, avoided at the start.

1. pyqtgraph.
``pyqtgraph.Qt`` copies every name of ``PySide6.QtCore``, ``QtGui`` and ``QtWidgets``
into its own ``QtCore``/``QtGui``/``QtWidgets`` modules (``_copy_attrs``: ``dir()``
then ``getattr`` of each name). PySide6 creates its classes and enum types lazily, at
their first use, so that copy makes it create all ~720 of them: about a tenth of a
second of the application's start, for names the map never uses.

:func:`import_pyqtgraph` imports pyqtgraph with its three modules created beforehand,
each forwarding a name it lacks to PySide6's module at the name's first use (a module
``__getattr__``), and with PySide6's ``dir()`` listing only the names already created
while pyqtgraph copies them. Every name stays reachable through pyqtgraph's modules;
tests/ui/test_fast_imports.py checks it in a fresh interpreter.

2. PySide6's import hook. For every module imported after PySide6, shiboken's
``__feature__`` support reads the module's whole source (``inspect.getsource``) to
find the word "PySide6", and so decide whether ``from __feature__ import snake_case``
could apply to it: a tenth of a second over the ~500 modules the window imports.
:func:`quicker_feature_check` makes it look at the module's names instead (a PySide6
module or class imported into it). The app uses no ``__feature__``; the answer only
matters to modules that would, and is the same for a module that imports from PySide6.
"""

from __future__ import annotations

import sys
import types
from importlib import import_module

QT_MODULES = ("QtCore", "QtGui", "QtWidgets")
QT_PACKAGES = ("PySide6", "shiboken6")


def _forwarding_module(name: str, source: types.ModuleType) -> types.ModuleType:
    """``pyqtgraph.Qt.<name>`` (an empty package in pyqtgraph) whose missing names are
    looked up in PySide6's module when first asked for."""
    module = types.ModuleType(f"pyqtgraph.Qt.{name}")

    def forward(attr: str):  # noqa: ANN202  (module __getattr__, PEP 562)
        if attr.startswith("__"):
            raise AttributeError(attr)
        value = getattr(source, attr)
        setattr(module, attr, value)
        return value

    module.__getattr__ = forward  # type: ignore[method-assign]
    return module


def import_pyqtgraph() -> types.ModuleType:
    """``import pyqtgraph``, without creating every PySide6 class and enum (see above).
    A no-op when pyqtgraph is already imported."""
    if "pyqtgraph" in sys.modules:
        return sys.modules["pyqtgraph"]
    sources = {name: import_module(f"PySide6.{name}") for name in QT_MODULES}
    own_dir = {}
    for name, source in sources.items():
        sys.modules.setdefault(f"pyqtgraph.Qt.{name}", _forwarding_module(name, source))
        own_dir[name] = source.__dict__.get("__dir__")
        source.__dir__ = lambda source=source: list(source.__dict__)  # the names created
    try:
        import pyqtgraph
    finally:
        for name, source in sources.items():
            if own_dir[name] is None:
                del source.__dir__
            else:
                source.__dir__ = own_dir[name]
    return pyqtgraph


def _imports_pyside(module: types.ModuleType) -> bool:
    """Whether a module holds a PySide6 module or class among its names."""
    for value in list(vars(module).values()):
        if isinstance(value, type):
            owner = value.__dict__.get("__module__") or type.__getattribute__(value, "__module__")
        elif isinstance(value, types.ModuleType):
            owner = value.__name__
        else:
            continue
        if isinstance(owner, str) and owner.startswith(QT_PACKAGES):
            return True
    return False


def quicker_feature_check() -> None:
    """Make PySide6's ``__feature__`` hook look at a new module's names, not its source
    (see above). Does nothing on a PySide6 without that hook."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _imports_pyside
