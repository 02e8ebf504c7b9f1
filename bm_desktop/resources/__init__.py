"""The data the application ships inside its package: translations, basemap, user guide.

Everything the app reads at run time lives under ``bm_desktop/resources/`` and is found
through :mod:`importlib.resources`, never through a path relative to a checkout, so the
same code works from a checkout, an installed wheel and a frozen (PyInstaller) build:

- ``translations/*_fr.ts``: the French catalogues (one per feature, Qt Linguist files);
- ``geodata/*.gpkg``: the basemap GeoPackages (sources in ``geodata/SOURCES.md``);
- ``guide/<lang>/*.md`` and ``guide/screenshots/*.png``: the offline user guide;
- ``fonts/`` (optional): TrueType fonts for the PDF printouts.

The wheel's list of data files is ``[tool.setuptools.package-data]`` in pyproject.toml;
the frozen build and the Windows installer read that same list (installer/package_data.py).
The data must be real files on disk (GDAL and Qt open them by name): a zipped install is
not supported, which :func:`resource_dir` says plainly instead of failing later.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

SUBDIRS = ("translations", "geodata", "guide")


def resource_dir(*parts: str) -> Path:
    """The shipped directory ``bm_desktop/resources/<parts>`` as a filesystem path."""
    root = files(__name__)
    if not isinstance(root, Path):
        raise RuntimeError(
            f"BM Desktop's data files are not on disk ({root!r}); install the package unzipped"
        )
    return root.joinpath(*parts)
