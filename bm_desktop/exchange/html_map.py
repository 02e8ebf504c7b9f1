"""The offline HTML map: one file a person opens in any browser, with no network.

Built with folium; Leaflet is inlined (:mod:`bm_desktop.exchange.html_map_assets`), so
no request leaves the file. The background is our own vector basemap (countries,
lakes, provinces, towns); an online tile layer is only an extra the caller asks for,
and is off until the reader switches it on. Switchable layers: programme sites (colour
by implementation rate; a popup with the period's incidents, open and overdue actions,
the next CAP meeting), incident density (an image of our own density grid), security
events (clustered), security alerts, and each reference layer the user loaded (a
national register's sites, small and grey in a pane under the programme's sites, with
a popup: minerals, last visit, armed presence, child labour). A title, a legend,
English or French.

Every text from the data goes through :func:`_h`: folium puts popups and tooltips into
JavaScript template literals, where a back-quote or ``${`` in a site name would
otherwise end the string.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import json
from pathlib import Path

import folium
from branca.element import Element, Figure, MacroElement
from folium.plugins import MarkerCluster
from jinja2 import Template
from PIL import Image

from bm_desktop.db.engine import Database
from bm_desktop.domain import colours
from bm_desktop.domain.local_format import date_text, percent_text, place_name
from bm_desktop.exchange.html_map_assets import make_offline
from bm_desktop.exchange.html_map_data import HtmlMapData, MapReferenceSite, MapSite, gather
from bm_desktop.exchange.text import Words

CONTEXT = "HtmlMap"
EVENT_COLOUR = "#6A1B9A"
ONLINE_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
# Leaflet panes (z-index): the basemap's polygons (350) under the reference layers (390),
# both under the overlay pane (400) that holds the programme's sites, density and alerts.
BACKGROUND_PANE, REFERENCE_PANE = "bmBackground", "bmReference"


def _h(text: object) -> str:
    """Text for HTML inside a JavaScript template literal: escaped, no ` $ or \\ left."""
    return html.escape(str(text)).replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


class _Text:
    """The map's words in one language."""

    def __init__(self, lang: str) -> None:
        self.words = Words(lang)
        self.lang = self.words.lang

    def __call__(self, text: str) -> str:
        return self.words.translate(CONTEXT, text)

    def date(self, day: dt.date | None) -> str:
        return date_text(day, self.lang)

    def place(self, name: str | None) -> str:
        return place_name(name, self.lang)


def write_html_map(
    db: Database,
    path: Path,
    start: dt.date,
    end: dt.date,
    region: str | None = None,
    lang: str = "en",
    online_tiles: bool = False,
) -> Path:
    """Write the map of ``region`` (None: every region) for the period to ``path``."""
    data = gather(db, start, end, region, lang)
    page = render(data, lang, online_tiles)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return path


def render(data: HtmlMapData, lang: str = "en", online_tiles: bool = False) -> str:
    """The whole page as text."""
    t = _Text(lang)
    west, south, east, north = data.bounds
    m = folium.Map(
        location=[(south + north) / 2, (west + east) / 2],
        zoom_start=6,
        tiles=None,
        control_scale=False,
        prefer_canvas=False,
    )
    # With no tile layer nothing gives the map its zoom range, which the event clusters need.
    m.options.update(minZoom=3, maxZoom=15)
    m.fit_bounds([[south, west], [north, east]])
    if online_tiles:
        folium.TileLayer(
            ONLINE_TILES,
            name=t("Online map (needs the internet)"),
            attr="© OpenStreetMap",
            overlay=True,
            show=False,
            control=True,
        ).add_to(m)
    _background(m, data, t)
    if data.density is not None:
        _density(m, data, t)
    _references(m, data, t)
    cluster = _events(m, data, t)
    _alerts(m, data, t)
    _sites(m, data, t)
    folium.LayerControl(collapsed=False).add_to(m)
    _metric_scale().add_to(m)
    root = m.get_root()
    assert isinstance(root, Figure)  # a map's root is the page
    make_offline(root, m, cluster)
    root.header.add_child(Element(f"<title>{_h(_title(data, t))}</title>"), name="title")
    root.header.add_child(Element(_STYLE), name="bm_style")
    root.html.add_child(Element(_title_box(data, t) + _legend(data, t)), name="bm_boxes")
    page = root.render()
    return page.replace("<html>", f'<html lang="{t.lang}">', 1)


# -- layers ----------------------------------------------------------------------------


def _background(m: folium.Map, data: HtmlMapData, t: _Text) -> None:
    bg = data.background
    name_key = "name_fr" if t.lang == "fr" else "name_en"
    folium.map.CustomPane(BACKGROUND_PANE, z_index=350, pointer_events=True).add_to(m)
    land = folium.FeatureGroup(name=t("Countries and lakes"), show=True)
    folium.GeoJson(
        bg.countries,
        style_function=lambda _f: {
            "fillColor": colours.LAND,
            "fillOpacity": 1,
            "color": colours.BORDER,
            "weight": 1.2,
        },
        tooltip=folium.GeoJsonTooltip([name_key], labels=False)
        if bg.countries["features"]
        else None,
        name="countries",
        pane=BACKGROUND_PANE,
    ).add_to(land)
    if bg.lakes["features"]:
        folium.GeoJson(
            bg.lakes,
            style_function=lambda _f: {
                "fillColor": colours.WATER,
                "fillOpacity": 1,
                "color": colours.WATER_EDGE,
                "weight": 0.8,
            },
            name="lakes",
            pane=BACKGROUND_PANE,
        ).add_to(land)
    land.add_to(m)
    provinces = folium.FeatureGroup(
        name=t("Provinces (boundaries before 2015 in the DRC)"), show=True
    )
    if bg.admin1["features"]:
        folium.GeoJson(
            bg.admin1,
            style_function=lambda _f: {
                "fill": False,
                "color": colours.ADMIN1,
                "weight": 1,
                "dashArray": "4 3",
            },
            name="admin1",
            pane=BACKGROUND_PANE,
        ).add_to(provinces)
    provinces.add_to(m)
    towns = folium.FeatureGroup(name=t("Towns"), show=True)
    _Points(
        [[lat, lon, None, _h(name), _h(name)] for name, lon, lat in bg.towns],
        {"radius": 2, "color": colours.TOWN, "weight": 1, "fillOpacity": 1},
        label_class="bm-town",
    ).add_to(towns)
    towns.add_to(m)


def _density(m: folium.Map, data: HtmlMapData, t: _Text) -> None:
    d = data.density
    assert d is not None
    buffer = io.BytesIO()
    Image.fromarray(d.png_rgba, "RGBA").save(buffer, "PNG", optimize=True)
    uri = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    folium.raster_layers.ImageOverlay(
        uri,
        bounds=[list(d.bounds[0]), list(d.bounds[1])],
        name=t("Incident density"),
        opacity=1,
        show=True,
        interactive=False,
        zindex=2,
    ).add_to(m)


def _yes_no(value: bool | None, t: _Text) -> str:
    return t("not recorded") if value is None else (t("yes") if value else t("no"))


def _reference_popup(r: MapReferenceSite, layer: str, t: _Text) -> str:
    rows = [
        (t("Minerals"), ", ".join(r.minerals) or "—"),
        (t("Last visit"), str(r.last_year or "—")),
        (t("Armed presence"), _yes_no(r.armed, t)),
        (t("Child labour observed"), _yes_no(r.child, t)),
    ]
    body = "".join(f"<tr><th>{_h(k)}</th><td>{_h(v)}</td></tr>" for k, v in rows)
    return (
        f'<div class="bm-popup"><b>{_h(r.name)}</b> ({_h(r.code)})'
        f'<div class="bm-small">{_h(t("Reference layer: {name}").format(name=layer))}'
        f"</div><table>{body}</table></div>"
    )


def _references(m: folium.Map, data: HtmlMapData, t: _Text) -> None:
    """One switchable group per reference layer, in a pane over the basemap and under
    the programme's sites (so switching a layer off and on again does not draw it over
    them)."""
    if not data.references:
        return
    folium.map.CustomPane(REFERENCE_PANE, z_index=390, pointer_events=True).add_to(m)
    for layer, sites in data.references.items():
        group = folium.FeatureGroup(name=t("Reference layer: {name}").format(name=layer), show=True)
        points = [
            [r.lat, r.lon, None, _reference_popup(r, layer, t), _h(f"{r.name} ({r.code})")]
            for r in sites
        ]
        _Points(
            points,
            {
                "radius": 4,
                "color": "#FFFFFF",
                "weight": 0.8,
                "fillColor": colours.REFERENCE_SITE,
                "fillOpacity": 0.75,
                "pane": REFERENCE_PANE,
                "className": "bm-reference",
            },
        ).add_to(group)
        group.add_to(m)


def _events(m: folium.Map, data: HtmlMapData, t: _Text) -> MarkerCluster:
    cluster = MarkerCluster(name=t("Security events (grouped)"), show=True)
    points = []
    for e in data.events:
        when = t.date(e.start) if e.start == e.end else f"{t.date(e.start)} – {t.date(e.end)}"
        kind = t.words.translate("MapEvents", e.kind)  # ACLED / UCDP's own event types
        lines = [f"<b>{_h(kind)}</b>", _h(when)]
        if e.location:
            lines.append(_h(e.location))
        if e.actors:
            lines.append(_h(e.actors))
        if e.fatalities:
            lines.append(_h(t("Fatalities: {n}").format(n=e.fatalities)))
        points.append([e.lat, e.lon, None, "<br>".join(lines), None])
    _Points(points, {"radius": 5, "color": EVENT_COLOUR, "weight": 1, "fillOpacity": 0.8}).add_to(
        cluster
    )
    cluster.add_to(m)
    return cluster


def _alerts(m: folium.Map, data: HtmlMapData, t: _Text) -> None:
    group = folium.FeatureGroup(name=t("Security alerts near sites"), show=True)
    sites = {s.code: s for s in data.sites}
    points = []
    for a in data.alerts:
        site = sites.get(a.site_code)
        text = t("{site}: {event} {km} km away, {days} days before {date}").format(
            site=a.site_name,
            event=a.summary,
            km=round(a.distance_km, 1),
            days=a.days_before,
            date=t.date(data.end),
        )
        points.append(
            [
                a.event_latitude,
                a.event_longitude,
                [site.lat, site.lon] if site is not None else None,
                _h(text),
                None,
            ]
        )
    _Points(
        points,
        {"radius": 9, "color": colours.ALERT, "weight": 2, "fill": False},
        line={"color": colours.ALERT, "weight": 1.5, "dashArray": "5 4"},
    ).add_to(group)
    group.add_to(m)


def _site_popup(s: MapSite, data: HtmlMapData, t: _Text) -> str:
    a = s.actions
    rows = [
        (t("Region"), t.place(s.region)),
        (t("Province"), t.place(s.province)),
        (t("Incidents in the period"), str(s.incidents)),
        (t("Actions recommended"), str(a.recommended)),
        (t("Implementation rate"), percent_text(a.rate, t.lang)),
        (t("Open actions"), str(a.open)),
        (t("Overdue actions"), str(a.overdue)),
        (t("Next CAP meeting"), t.date(s.next_meeting) if s.next_meeting else t("none planned")),
    ]
    body = "".join(f"<tr><th>{_h(k)}</th><td>{_h(v)}</td></tr>" for k, v in rows)
    return f'<div class="bm-popup"><b>{_h(s.name)}</b> ({_h(s.code)})<table>{body}</table></div>'


def _sites(m: folium.Map, data: HtmlMapData, t: _Text) -> None:
    group = folium.FeatureGroup(name=t("Programme sites"), show=True)
    points = [
        [
            s.lat,
            s.lon,
            None,
            _site_popup(s, data, t),
            _h(f"{s.name} ({s.code})"),
            colours.rate_colour(s.actions.rate),
        ]
        for s in data.sites
    ]
    _Points(
        points,
        {
            "radius": 7,
            "color": "#263238",
            "weight": 1.5,
            "fillOpacity": 0.95,
            "className": "bm-site",
        },
    ).add_to(group)
    group.add_to(m)


class _Points(MacroElement):
    """Circle markers (with popups, tooltips, a line to a second point, a text label)
    built by one loop in the page from a JSON array: one element per layer instead of
    one folium object, and one template, per marker. Popup and tooltip texts are HTML
    already escaped by :func:`_h`; the JSON cannot close the script (``</`` escaped).

    Each point is ``[lat, lon, [lat, lon] or null, popup or null, tooltip or null,
    fill colour or absent]``."""

    _template = Template("""{% macro script(this, kwargs) %}
(function () {
  var layer = {{ this._parent.get_name() }}, made = [];
  var style = {{ this.style }}, line = {{ this.line }}, label = {{ this.label }};
  {{ this.points }}.forEach(function (p) {
    var options = Object.assign({}, style);
    if (p[5]) { options.fillColor = p[5]; }
    var marker = L.circleMarker([p[0], p[1]], options);
    if (p[3]) { marker.bindPopup(p[3], {maxWidth: 320}); }
    if (p[4] && !label) { marker.bindTooltip(p[4]); }
    made.push(marker);
    if (p[2] && line) { made.push(L.polyline([[p[0], p[1]], p[2]], line)); }
    if (label) {
      made.push(L.marker([p[0], p[1]], {interactive: false, keyboard: false, icon: L.divIcon({
        className: label + "-icon", iconSize: [160, 14], iconAnchor: [-4, 7],
        html: '<div class="' + label + '">' + p[4] + '</div>'})}));
    }
  });
  if (layer.addLayers) { layer.addLayers(made); } else { made.forEach(function (x) { layer.addLayer(x); }); }
})();
{% endmacro %}""")

    def __init__(
        self, points: list, style: dict, line: dict | None = None, label_class: str | None = None
    ) -> None:
        super().__init__()
        self._name = "Points"
        self.points = _json(points)
        self.style = _json(style)
        self.line = _json(line)
        self.label = _json(label_class)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _metric_scale() -> MacroElement:
    """A scale bar in kilometres only (folium's also shows miles)."""
    scale = MacroElement()
    scale._template = Template(
        "{% macro script(this, kwargs) %}"
        "L.control.scale({imperial: false}).addTo("
        "{{ this._parent.get_name() }});{% endmacro %}"
    )
    return scale


# -- title and legend ------------------------------------------------------------------


def _title(data: HtmlMapData, t: _Text) -> str:
    where = t.place(data.region) if data.region else t("All programme regions")
    return t("Programme sites, incidents and security: {where}").format(where=where)


def _title_box(data: HtmlMapData, t: _Text) -> str:
    period = t("{start} to {end}").format(start=t.date(data.start), end=t.date(data.end))
    made = t("Made on {date} with BM Desktop; background: Natural Earth and GeoNames.").format(
        date=t.date(dt.date.today())
    )
    return (
        f'<div class="bm-box bm-title"><h1>{_h(_title(data, t))}</h1>'
        f'<div>{_h(period)}</div><div class="bm-small">{_h(made)}</div></div>'
    )


def _legend(data: HtmlMapData, t: _Text) -> str:
    def dot(colour: str, text: str, ring: bool = False) -> str:
        style = (
            f"border:2px solid {colour};background:none"
            if ring
            else f"background:{colour};border:1px solid #263238"
        )
        return f'<div><span class="bm-dot" style="{style}"></span>{_h(text)}</div>'

    ramp = ", ".join(c for _, c, _ in colours.DENSITY_RAMP[1:])
    parts = [
        f"<b>{_h(t('Programme sites: implementation rate'))}</b>",
        dot(colours.RATE_HIGH, t("80% or more")),
        dot(colours.RATE_MID, t("65% to 80%")),
        dot(colours.RATE_LOW, t("below 65%")),
        dot(colours.STATUS["inactive"], t("no actions")),
        dot(EVENT_COLOUR, t("Security event")),
        dot(colours.ALERT, t("Security event near a site (alert)"), ring=True),
        f'<div><span class="bm-ramp" style="background:linear-gradient(to right,{ramp})">'
        f"</span>{_h(t('Incident density (low to high)'))}</div>",
    ]
    if data.references:
        parts.append(
            dot(
                colours.REFERENCE_SITE,
                t("Reference site (a national register; not a programme site)"),
            )
        )
    return f'<div class="bm-box bm-legend">{"".join(parts)}</div>'


_STYLE = f"""<style>
.leaflet-container {{ background: {colours.SEA}; font-family: sans-serif; }}
.bm-box {{ position: fixed; z-index: 1000; background: rgba(255,255,255,0.92);
  border: 1px solid #90A4AE; border-radius: 4px; padding: 6px 10px; font: 12px sans-serif; }}
.bm-title {{ top: 10px; left: 60px; max-width: 55%; }}
.bm-title h1 {{ font-size: 16px; margin: 0 0 2px 0; }}
.bm-small {{ font-size: 10px; color: #546E7A; }}
.bm-legend {{ bottom: 64px; left: 10px; line-height: 18px; }}
.bm-dot {{ display: inline-block; width: 11px; height: 11px; border-radius: 50%;
  margin-right: 6px; vertical-align: middle; }}
.bm-ramp {{ display: inline-block; width: 60px; height: 10px; margin-right: 6px;
  vertical-align: middle; }}
.bm-town {{ font: 11px sans-serif; color: {colours.TOWN}; white-space: nowrap;
  text-shadow: 0 0 2px #fff, 0 0 2px #fff; }}
.bm-town-icon {{ background: none; border: none; pointer-events: none; }}
.bm-popup table {{ border-collapse: collapse; margin-top: 4px; }}
.bm-popup th {{ text-align: left; font-weight: normal; color: #546E7A; padding-right: 8px; }}
</style>"""
