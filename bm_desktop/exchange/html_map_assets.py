"""Leaflet inlined into the HTML map, so the page opens from disk with no network.

folium links Leaflet, jQuery, Bootstrap and Font Awesome from CDNs by default; a map
sent to a ministry must also open on a laptop in the field with no connection, and
must not tell any server who opened it. :func:`make_offline` removes every link folium
would write and puts the vendored copies of Leaflet 1.9.4 and Leaflet.markercluster
1.5.3 (``web_assets/``, from the npm registry, BSD-2-Clause and MIT) into the page
itself: scripts and styles inline, the layer-switcher icons as ``data:`` URIs. The
licences travel with the page as a comment.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from branca.element import Element

ASSETS = Path(__file__).resolve().parent / "web_assets"
LEAFLET_VERSION = "1.9.4"
MARKERCLUSTER_VERSION = "1.5.3"

# folium's Popup builds its content with ``$(`<html>`)[0]``; this is all of jQuery it
# uses, so the page carries three lines instead of jQuery.
_DOLLAR = (
    "window.$ = window.$ || function (h) { var t = document.createElement('template');"
    " t.innerHTML = String(h).trim(); return [t.content.firstChild]; };"
)
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


def _read(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _data_uri(name: str) -> str:
    return "data:image/png;base64," + base64.b64encode((ASSETS / name).read_bytes()).decode()


@lru_cache(maxsize=1)
def inline_head() -> str:
    """The ``<style>`` and ``<script>`` elements of Leaflet and markercluster."""
    css = _read("leaflet.css")
    css = css.replace("url(images/layers.png)", f"url({_data_uri('layers.png')})")
    css = css.replace("url(images/layers-2x.png)", f"url({_data_uri('layers-2x.png')})")
    # The default marker's picture is never used (sites and events are drawn as circles);
    # leaving its path would make the browser look for a file beside the page.
    css = css.replace("url(images/marker-icon.png)", "none")
    css += _read("MarkerCluster.css") + _read("MarkerCluster.Default.css")
    js = _SOURCE_MAP.sub("", _read("leaflet.js"))
    cluster = _SOURCE_MAP.sub("", _read("leaflet.markercluster.js"))
    licence = (
        "Leaflet "
        + LEAFLET_VERSION
        + " (BSD-2-Clause) and Leaflet.markercluster "
        + MARKERCLUSTER_VERSION
        + " (MIT), inlined:\n"
        + _read("LICENSE-leaflet.txt")
        + "\n"
        + _read("LICENSE-leaflet.markercluster.txt")
    )
    return (
        f"<!--\n{licence.replace('--', '- -')}\n-->\n<style>{css}</style>\n"
        f"<script>{js}</script>\n<script>{cluster}</script>\n<script>{_DOLLAR}</script>"
    )


def make_offline(root: Any, *elements: Any) -> None:
    """Strip folium's CDN links from the map and every given element (plugins), and put
    the inlined Leaflet first in the page's head."""
    for element in elements:
        element.default_js = []
        element.default_css = []
    root.header.add_child(Element(inline_head()), name="leaflet_inline")
