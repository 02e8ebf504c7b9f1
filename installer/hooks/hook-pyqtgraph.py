# pyqtgraph for the frozen app, in place of the contributed hook (a hook in the spec's
# hookspath is the one PyInstaller uses). The contributed hook imports every submodule
# of pyqtgraph in a child process to find the Qt Designer templates pyqtgraph loads by
# name: 16 s of a 160 s build. Here the templates are found by their file names, which
# is what that search comes to; examples stay out, as there.
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, get_package_paths

_, _package = get_package_paths("pyqtgraph")
_root = Path(_package)

datas = collect_data_files("pyqtgraph", excludes=["**/examples/*"])
hiddenimports = sorted(
    "pyqtgraph." + ".".join(path.relative_to(_root).with_suffix("").parts)
    for path in _root.rglob("*Template*.py")
    if "examples" not in path.relative_to(_root).parts
)
hiddenimports.append("pyqtgraph.multiprocess.bootstrap")

try:
    from PyInstaller.utils.hooks.qt import exclude_extraneous_qt_bindings
except ImportError:
    pass
else:
    excludedimports = exclude_extraneous_qt_bindings(
        hook_name="hook-pyqtgraph", qt_bindings_order=None
    )
