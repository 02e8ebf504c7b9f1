"""The window's Qt drawing lent to the command line (:mod:`bm_desktop.commands.qt_renderers`).

``bm_desktop/cli.py`` registers :data:`RENDERERS`; the commands see only the Qt-free
:class:`~bm_desktop.commands.qt_renderers.QtRenderers`, so ``commands`` never imports
``ui``. Each entry point imports its part of the window only when called, as the commands
did before: ``self-test --qt-probe`` loads the probe and nothing of the map, and a missing
piece of Qt shows in the one command that needs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bm_desktop.commands.qt_renderers import MapRequest, Progress, QtRenderers

if TYPE_CHECKING:
    from bm_desktop.services.database_files import Database
    from bm_desktop.services.trip_planner import TripPlan


def draw_map(db: Database, out: Path, request: MapRequest, lang: str) -> Path:
    """One presentation map (``bm-desktop map``) into ``out``."""
    from bm_desktop.ui.map.print_job import export_map
    from bm_desktop.ui.map.print_layout import PageSpec
    from bm_desktop.ui.map.print_map import MapOptions

    options = MapOptions(
        region=request.region,
        start=request.start,
        end=request.end,
        layers=request.layers,
        colour=request.colour,
    )
    spec = PageSpec(
        size=request.size, orientation=request.orientation, title=request.title, dpi=request.dpi
    )
    return export_map(db, out, options, spec, lang)


def write_pack(
    db: Database,
    quarter: tuple[int, int],
    region: str | None,
    out: Path,
    lang: str,
    progress: Progress,
) -> Path:
    """The quarterly pack (``bm-desktop pack``), Qt started in ``lang`` first."""
    from bm_desktop.ui.map.pack import write_pack as write
    from bm_desktop.ui.map.print_job import ensure_app

    ensure_app(lang)
    return write(db, quarter, region, out, lang, progress=progress)


def trip_map_png(
    db: Database, plan: TripPlan, width_mm: float, height_mm: float, lang: str
) -> bytes | None:
    """The trip's map for ``bm-desktop plan --out FILE.pdf``."""
    from bm_desktop.ui.map.trip_print import trip_map_png as draw

    return draw(db, plan, width_mm, height_mm, lang)


def print_probe() -> int:
    """``self-test --qt-probe`` (run in a child process by the self-test)."""
    from bm_desktop.ui.selftest_qt import print_probe as probe

    return probe()


RENDERERS = QtRenderers(
    draw_map=draw_map, write_pack=write_pack, trip_map_png=trip_map_png, print_probe=print_probe
)
