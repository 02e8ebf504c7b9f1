"""Zoom presets: the whole programme and each programme region.

A region's extent is the box around its sites with a margin, widened to at
least a fixed minimum so a region of a few sites is not shown at street level;
without sites it falls back to the region's usual extent.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF

from bm_desktop.geo.projection import lonlat_bounds_to_mercator
from bm_desktop.services.map_data import SiteTable

ALL = "__all__"
# lon_min, lat_min, lon_max, lat_max when a region has no site yet
REGION_EXTENTS = {
    "Eastern DRC": (25.0, -8.5, 31.0, 2.5),
    "Lualaba": (22.5, -12.0, 27.0, -9.5),
    "Haut-Katanga": (25.5, -13.0, 29.5, -9.0),
    "Rwanda": (28.8, -2.9, 30.95, -1.0),
}
PROGRAMME_EXTENT = (21.5, -13.5, 31.5, 3.5)
MARGIN = 0.12  # of the sites' box, on each side
MIN_SPAN_M = 120_000.0


def rect_of(bounds: tuple[float, float, float, float]) -> QRectF:
    x0, y0, x1, y1 = lonlat_bounds_to_mercator(bounds)
    return QRectF(x0, y0, x1 - x0, y1 - y0)


def sites_rect(x: np.ndarray, y: np.ndarray, min_span: float = MIN_SPAN_M) -> QRectF:
    """A box around points, with a margin and at least ``min_span`` wide and high."""
    x0, x1, y0, y1 = float(x.min()), float(x.max()), float(y.min()), float(y.max())
    w, h = x1 - x0, y1 - y0
    w2 = max(w * (1 + 2 * MARGIN), min_span)
    h2 = max(h * (1 + 2 * MARGIN), min_span)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return QRectF(cx - w2 / 2, cy - h2 / 2, w2, h2)


def preset_rect(name: str, sites: SiteTable | None) -> QRectF:
    """The extent of a preset (``ALL`` or a programme region name)."""
    if sites is not None and len(sites):
        if name == ALL:
            return sites_rect(sites.x, sites.y)
        if name in sites.region_names:
            sel = sites.region == sites.region_names.index(name)
            if sel.any():
                return sites_rect(sites.x[sel], sites.y[sel])
    return rect_of(REGION_EXTENTS.get(name, PROGRAMME_EXTENT))
