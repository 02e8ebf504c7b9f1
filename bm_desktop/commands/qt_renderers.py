"""The window's Qt drawing that four commands need, handed down to them by ``cli.py``.

``bm-desktop map`` and ``pack`` draw with the window's map code, ``plan --out FILE.pdf``
puts the window's trip map on its sheet and ``self-test`` probes Qt. The floors
(docs/architecture.md "Layers") forbid ``commands`` to import ``ui``, so the dependency is
turned round: this Qt-free module says what the commands need (:class:`QtRenderers`),
``bm_desktop.ui.command_renderers`` provides it, and the top-level ``bm_desktop/cli.py``
(above the floors) registers a loader with :func:`provide`. The loader imports Qt only
when one of those commands calls :func:`qt_renderers`, so the other commands start
without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bm_desktop.services.database_files import Database
    from bm_desktop.services.trip_planner import TripPlan


@dataclass(frozen=True)
class MapRequest:
    """What ``bm-desktop map`` asks to draw: the map's content and its sheet."""

    region: str | None
    start: dt.date | None
    end: dt.date | None
    layers: frozenset[str] | None
    colour: str | None
    size: str
    orientation: str
    title: str
    dpi: int


Progress = Callable[[int, int, str], None]  # done, total, what is being written


@dataclass(frozen=True)
class QtRenderers:
    """The Qt side's entry points, each starting its own offscreen QApplication if needed."""

    # draw one presentation map into a .pdf, .png or .svg file
    draw_map: Callable[[Database, Path, MapRequest, str], object]
    # the quarter's pack (year, quarter) of one region or all, to a folder or a .zip
    write_pack: Callable[[Database, tuple[int, int], str | None, Path, str, Progress], Path]
    # a trip plan's map as a PNG of width x height millimetres (None: no map to draw)
    trip_map_png: Callable[[Database, TripPlan, float, float, str], bytes | None]
    # print the Qt probe (platform, fonts) as one JSON line; returns the exit code
    print_probe: Callable[[], int]


_loader: Callable[[], QtRenderers] | None = None


def provide(loader: Callable[[], QtRenderers]) -> None:
    """Register how to load the Qt renderers (``cli.py`` does, at import)."""
    global _loader
    _loader = loader


def qt_renderers() -> QtRenderers:
    """The Qt renderers, loaded now. Without a registered loader (a command run other than
    through ``bm_desktop.cli``) it is a programming error, said plainly."""
    if _loader is None:
        raise RuntimeError(
            "no Qt renderers registered: run the commands through "
            "bm_desktop.cli, which provides them"
        )
    return _loader()
