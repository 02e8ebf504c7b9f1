"""The map workspace: layers fed from the filtered data, off the GUI thread where slow.

Data flow: the basemap and the programme's columns (:func:`load_map_data`)
are read by workers at start and when the data change. A filter change then
recomputes, on the GUI thread and in a few milliseconds, the sites' incident
counts, the security events of the period and the proximity alerts; the
sites' action figures (one grouped query) and the incident density (binned
KDE) run in workers. Each worker result carries a generation number and only
the newest one is shown, so a burst of filter or view changes never shows
stale images.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QRectF, Signal
from shiboken6 import isValid

from bm_desktop.domain.filters import FilterState
from bm_desktop.geo.basemap_cache import load_basemap
from bm_desktop.geo.basemap_mercator import PreparedBasemap
from bm_desktop.geo.density import shown_bandwidth_km
from bm_desktop.geo.proximity import events_near_sites
from bm_desktop.services import choices
from bm_desktop.services.map_data import MapData, density_image, load_map_data
from bm_desktop.services.site_details import site_action_figures
from bm_desktop.ui import worker
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import date_text
from bm_desktop.ui.map.admin1 import Admin1Layer
from bm_desktop.ui.map.alerts import AlertsLayer
from bm_desktop.ui.map.boundaries import CountriesLayer
from bm_desktop.ui.map.canvas import MapCanvas
from bm_desktop.ui.map.density import RAMP, DensityLayer
from bm_desktop.ui.map.events import EventsLayer, day_text, event_type_text
from bm_desktop.ui.map.labels import LabelsItem
from bm_desktop.ui.map.lakes import LakesLayer
from bm_desktop.ui.map.presets import ALL, preset_rect
from bm_desktop.ui.map.sites import COLOUR_BY_RATE, SiteFigures, SiteLabelsLayer, SitesLayer
from bm_desktop.ui.map.towns import TownsLayer

# Top first. Labels (towns, site labels) are always drawn above the rest.
# Lakes and province lines stay readable above the density's colours.
DEFAULT_ORDER = [
    "site_labels",
    "towns",
    "sites",
    "alerts",
    "events",
    "admin1",
    "lakes",
    "density",
    "countries",
]


@dataclass(frozen=True)
class AlertRow:
    """One security event near one site (a line of the Alerts dock)."""

    site: int  # index in the SiteTable
    site_name: str
    site_code: str
    event: int  # index in the EventTable
    distance_km: float
    date: str
    event_type: str
    summary: str
    fatalities: int
    site_x: float
    site_y: float
    event_x: float
    event_y: float


class MapWorkspace(QObject):
    loaded = Signal()  # the programme's data were (re)loaded
    figures_changed = Signal()
    alerts_changed = Signal(list)  # list[AlertRow]
    density_shown = Signal(int)  # generation of the density image now on the map

    def __init__(self, ctx: AppContext, canvas: MapCanvas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.canvas = ctx, canvas
        self.data: MapData | None = None
        self.basemap: PreparedBasemap | None = None
        self.figures: SiteFigures | None = None
        self.alerts: list[AlertRow] = []
        self.mineral_names = self._mineral_names()
        self._pending = {"basemap", "data", "density"}
        canvas.hold_until_ready()  # no half-drawn map while these load
        self._density_gen = 0
        self._density_key: tuple | None = None  # what the newest request was for
        self._figures_gen = 0
        self._data_gen = 0
        self._jobs: set[worker.Worker] = set()
        self._view_restored = False  # see save_view
        self.countries = CountriesLayer()
        self.admin1 = Admin1Layer()
        self.lakes = LakesLayer()
        self.density = DensityLayer()
        self.events = EventsLayer()
        self.alerts_layer = AlertsLayer()
        self.sites = SitesLayer()
        self.site_labels = SiteLabelsLayer(self.sites)
        self.towns = TownsLayer()
        for layer in (
            self.countries,
            self.admin1,
            self.lakes,
            self.density,
            self.events,
            self.alerts_layer,
            self.sites,
            self.site_labels,
            self.towns,
        ):
            layer.lang = ctx.lang
            canvas.add_layer(layer)
        self.labels = LabelsItem()
        self.labels.sources = [self.site_labels, self.towns, self.lakes, self.countries]
        self.labels.obstacles = [self.sites]
        self.labels.screen_obstacles = canvas.overlay_boxes
        canvas.viewbox.addItem(self.labels, ignoreBounds=True)
        for layer in canvas.layers:
            layer.changed.connect(self.labels.invalidate)
        self._restore_settings()
        canvas.legend_frame.changed.connect(self.save_layer_settings)
        self.sites.site_clicked.connect(self._on_site_clicked)
        canvas.clicked_empty.connect(self._on_empty_click)
        canvas.box_selected.connect(self._on_box)
        canvas.view_settled.connect(self._on_view_settled)
        ctx.filters.changed.connect(lambda _f: self.refresh())
        ctx.data.changed.connect(self._on_data_changed)
        ctx.selection.changed.connect(self._on_selection)
        canvas.set_view(preset_rect(ALL, None))
        self.reload_basemap()
        self.reload_data()

    # -- settings ------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.ctx.settings
        states = s.get("map/layers") or {}
        for layer in self.canvas.layers:
            state = states.get(layer.key, {})
            layer.set_visible(bool(state.get("visible", True)))
            layer.set_opacity(float(state.get("opacity", 1.0)))
        order = [k for k in (s.get("map/layer_order") or []) if self.canvas.layer(k)]
        self.canvas.apply_order(order + [k for k in DEFAULT_ORDER if k not in order])
        self.sites.set_colour_by(s.get("map/site_colour"))
        self.density.bandwidth_km = float(s.get("map/density_bandwidth_km"))
        self.density.weighted = bool(s.get("map/density_weighted"))
        self.alerts_layer.radius_km = float(s.get("map/alert_radius_km"))
        self.alerts_layer.days = int(s.get("map/alert_days"))
        self.canvas.legend_visible = bool(s.get("map/legend_visible"))
        self.canvas.legend_frame.collapsed = bool(s.get("map/legend_collapsed"))
        self.canvas.legend_frame.side = s.get("map/legend_side")

    def save_layer_settings(self) -> None:
        s = self.ctx.settings
        s.set(
            "map/layers",
            {
                lay.key: {"visible": lay.visible, "opacity": round(lay.opacity, 3)}
                for lay in self.canvas.layers
            },
        )
        s.set("map/layer_order", self.canvas.order())
        s.set("map/site_colour", self.sites.colour_by)
        s.set("map/density_bandwidth_km", self.density.bandwidth_km)
        s.set("map/density_weighted", self.density.weighted)
        s.set("map/alert_radius_km", self.alerts_layer.radius_km)
        s.set("map/alert_days", self.alerts_layer.days)
        s.set("map/legend_visible", self.canvas.legend_visible)
        s.set("map/legend_collapsed", self.canvas.legend_frame.collapsed)
        s.set("map/legend_side", self.canvas.legend_frame.side)

    def save_view(self) -> None:
        # Not before the last session's view is back: the provisional whole-programme view
        # settles (or the basemap arrives) before the data do, and saving it then would
        # lose the view the user left.
        if not self._view_restored:
            return
        r = self.canvas.view_rect()
        self.ctx.settings.set("map/view", [r.left(), r.top(), r.right(), r.bottom()])

    # -- loading -------------------------------------------------------------------------
    def _start(self, fn, *args, on_result) -> worker.Worker:  # noqa: ANN001
        job = worker.Worker(fn, *args)
        self._jobs.add(job)
        # a result that arrives once the window is gone (closed while a load ran) is dropped
        job.signals.result.connect(lambda value: on_result(value) if isValid(self.canvas) else None)
        job.signals.finished.connect(lambda: self._jobs.discard(job))
        return worker.start(job)

    def reload_basemap(self) -> None:
        early = self.ctx.take_early("basemap")  # started before the window was built
        self._start(early or load_basemap, on_result=self._on_basemap)

    def _on_basemap(self, basemap: PreparedBasemap) -> None:
        self.basemap = basemap
        self.countries.set_features(basemap.countries)
        self.admin1.set_features(basemap.admin1)
        self.lakes.set_features(basemap.lakes)
        self.towns.set_places(basemap.places)
        self.canvas.settle_now()
        self.labels.invalidate()
        self._done("basemap")

    def reload_data(self) -> None:
        self._data_gen += 1
        gen = self._data_gen
        early = self.ctx.take_early("map_data")
        self._start(
            *((early,) if early else (load_map_data, self.ctx.db)),
            on_result=lambda md: self._on_data(md, gen),
        )

    def _on_data(self, md: MapData, generation: int) -> None:
        if generation != self._data_gen:
            return
        first = self.data is None
        self.data = md
        if first:
            self._restore_view()
        self.refresh()
        self.loaded.emit()
        self._done("data")

    def _restore_view(self) -> None:
        saved = self.ctx.settings.get("map/view") or []
        self._view_restored = True
        if len(saved) == 4 and all(math.isfinite(v) for v in saved):
            x0, y0, x1, y1 = saved
            self.canvas.set_view(QRectF(x0, y0, x1 - x0, y1 - y0))
        else:
            self.zoom_to(ALL)

    def _on_data_changed(self, tables: set) -> None:
        if not tables or tables & {
            "sites",
            "incidents",
            "security_events",
            "site_minerals",
            "corrective_actions",
            "action_progress",
        }:
            self.reload_data()

    def _done(self, what: str) -> None:
        if what in self._pending:
            self._pending.discard(what)
            if not self._pending:
                self.canvas.set_ready()

    def _mineral_names(self) -> dict[str, str]:
        return choices.mineral_names(self.ctx.db, self.ctx.lang)

    # -- filters -> layers ---------------------------------------------------------------
    @property
    def filters(self) -> FilterState:
        return self.ctx.filters.state

    def refresh(self) -> None:
        """Apply the current filters to every layer (fast parts now, slow parts in workers)."""
        md = self.data
        if md is None:
            return
        f = self.filters
        shown = md.site_mask(f)
        counts = md.site_incident_counts(f)
        old = self.figures
        n = len(md.sites)
        same_sites = old is not None and old.table is md.sites
        self.figures = SiteFigures(
            md.sites,
            shown,
            counts,
            old.rate if same_sites else np.full(n, np.nan),
            old.open if same_sites else np.zeros(n, int),
            old.overdue if same_sites else np.zeros(n, int),
            date_text(f.end),
            self.mineral_names,
        )
        self.events.set_events(md.events, md.event_mask(f))
        self.sites.set_selected(
            {md.sites.index[i] for i in self.ctx.selection.ids if i in md.sites.index}
        )
        self._compute_alerts()
        self.sites.set_figures(self.figures)
        self._update_alert_layer()
        self.figures_changed.emit()
        self._request_action_figures()
        self.request_density()

    def _compute_alerts(self) -> None:
        md, fig = self.data, self.figures
        assert md is not None and fig is not None
        f = self.filters
        ev, st = md.events, md.sites
        idx = np.flatnonzero(fig.shown)
        radius, days = self.alerts_layer.radius_km, self.alerts_layer.days
        pairs = (
            events_near_sites(
                st.lon[idx],
                st.lat[idx],
                ev.lon,
                ev.lat,
                ev.start.astype(np.int64).astype("datetime64[D]"),
                ev.end.astype(np.int64).astype("datetime64[D]"),
                as_of=f.end,
                radius_km=radius,
                days=days,
                day_known=ev.unit == 0,
            )
            if len(ev) and idx.size
            else []
        )
        rows = []
        for p in pairs:
            s, e = int(idx[p.site]), p.event
            summary = " · ".join(
                x
                for x in (
                    ev.sub_type[e] or ev.type_names[ev.type[e]],
                    ev.actors[e],
                    ev.location[e] or "",
                )
                if x
            )
            rows.append(
                AlertRow(
                    s,
                    st.names[s],
                    st.codes[s],
                    e,
                    p.distance_km,
                    day_text(ev.end[e]),
                    ev.type_names[ev.type[e]],
                    summary,
                    int(ev.fatalities[e]),
                    float(st.x[s]),
                    float(st.y[s]),
                    float(ev.x[e]),
                    float(ev.y[e]),
                )
            )
        rows.sort(key=lambda r: (r.site_name, r.distance_km))
        self.alerts = rows
        from PySide6.QtCore import QCoreApplication

        nearest: dict[int, AlertRow] = {}
        for r in rows:
            if r.site not in nearest or r.distance_km < nearest[r.site].distance_km:
                nearest[r.site] = r
        fig.alerts = {
            s: QCoreApplication.translate("MapAlerts", "{type} {km:.0f} km away on {date}").format(
                type=event_type_text(r.event_type), km=r.distance_km, date=r.date
            )
            for s, r in nearest.items()
        }
        self.alerts_changed.emit(rows)

    def _update_alert_layer(self) -> None:
        md, fig = self.data, self.figures
        if md is None or fig is None:
            return
        rows = self.alerts
        sites = sorted({r.site for r in rows})
        self.alerts_layer.set_alerts(
            sites,
            md.sites.x,
            md.sites.y,
            self.sites.diameter,
            np.array([r.event_x for r in rows]),
            np.array([r.event_y for r in rows]),
            np.array([r.site for r in rows], dtype=np.intp),
            self.alerts_layer.radius_km,
            self.alerts_layer.days,
            fig.as_of,
        )

    def set_alert_rule(self, radius_km: float, days: int) -> None:
        self.alerts_layer.radius_km, self.alerts_layer.days = radius_km, days
        self.save_layer_settings()
        if self.data is not None and self.figures is not None:
            self._compute_alerts()
            self.sites.set_figures(self.figures)
            self._update_alert_layer()

    def _request_action_figures(self) -> None:
        if self._pending and not self._figures_gen:
            # The first paint needs the action figures only to colour by implementation
            # rate; coloured by status, they are read once the map is drawn (if it is on
            # screen to be drawn), so their query does not compete with the first paint.
            if self.sites.colour_by != COLOUR_BY_RATE and self.canvas.isVisible():
                self._figures_gen = -1  # asked for, after the first paint
                self.canvas.first_complete_paint.connect(self._request_action_figures)
                return
            self._pending.add("figures")
        if self._figures_gen == -1:
            self.canvas.first_complete_paint.disconnect(self._request_action_figures)
            self._figures_gen = 0
        self._figures_gen += 1
        gen = self._figures_gen
        f = self.filters
        self._start(
            site_action_figures,
            self.ctx.db,
            f.end,
            f,
            on_result=lambda res: self._on_action_figures(res, gen),
        )

    def _on_action_figures(self, result: dict, generation: int) -> None:
        fig, md = self.figures, self.data
        if generation != self._figures_gen or fig is None or md is None:
            return
        n = len(md.sites)
        rate, open_, overdue = np.full(n, np.nan), np.zeros(n, int), np.zeros(n, int)
        for site_id, figs in result.items():
            i = md.sites.index.get(site_id)
            if i is not None:
                rate[i] = np.nan if figs.rate is None else figs.rate
                open_[i], overdue[i] = figs.open, figs.overdue
        fig.rate, fig.open, fig.overdue = rate, open_, overdue
        self.sites.set_figures(fig)
        self._update_alert_layer()
        self.figures_changed.emit()
        self._done("figures")

    # -- density -------------------------------------------------------------------------
    def set_density_options(self, bandwidth_km: float, weighted: bool) -> None:
        self.density.bandwidth_km, self.density.weighted = bandwidth_km, weighted
        self.save_layer_settings()
        self.request_density()

    def request_density(self) -> int:
        """Ask for a density image of the current view and filters; returns its
        generation (newest wins; asking again for the same image starts nothing)."""
        md = self.data
        if md is None:
            return self._density_gen
        r = self.canvas.view_rect()
        view = (r.left(), r.top(), r.right(), r.bottom())
        bw = shown_bandwidth_km(self.density.bandwidth_km, self.canvas.ground_metres_per_pixel())
        weighted, f = self.density.weighted, self.filters
        key = (view, bw, weighted, f, id(md))
        if key == self._density_key:  # the same image is already on its way (or shown)
            return self._density_gen
        self._density_key = key
        self._density_gen += 1
        gen = self._density_gen
        newest = lambda: self._density_gen  # noqa: E731

        def job() -> tuple | None:
            if newest() != gen:  # a newer request came while this one waited
                return None
            return gen, bw, density_image(md, f, view, bw, weighted, RAMP)

        self._start(job, on_result=self._on_density)
        return gen

    def _on_density(self, result: tuple | None) -> None:
        if result is None:
            return
        gen, bandwidth, image = result
        if gen != self._density_gen:
            return  # stale: a newer image is on its way
        self.density.set_image(
            image.rgba, image.extent, image.peak, bandwidth, self.density.weighted, gen
        )
        self.density_shown.emit(gen)
        self._done("density")

    def _on_view_settled(self, _rect: QRectF) -> None:
        self.labels.invalidate()  # lake and country names moved to the part in view
        self.request_density()
        self.save_view()

    # -- selection and navigation --------------------------------------------------------
    def _on_site_clicked(self, index: int, extend: bool) -> None:
        md = self.data
        if md is None:
            return
        site_id = md.sites.ids[index]
        ids = self.ctx.selection.ids
        if extend:
            ids = [i for i in ids if i != site_id] if site_id in ids else ids + [site_id]
        else:
            ids = [site_id]
        self.ctx.selection.select(ids)

    def _on_empty_click(self, extend: bool) -> None:
        if not extend:
            self.ctx.selection.select([])

    def _on_box(self, rect: QRectF, extend: bool) -> None:
        md = self.data
        if md is None:
            return
        ids = [md.sites.ids[i] for i in self.sites.in_rect(rect)]
        self.ctx.selection.select((self.ctx.selection.ids + ids) if extend else ids)

    def _on_selection(self, ids: list) -> None:
        md = self.data
        if md is not None:
            self.sites.set_selected({md.sites.index[i] for i in ids if i in md.sites.index})

    def zoom_to(self, preset: str) -> None:
        self.canvas.set_view(preset_rect(preset, self.data.sites if self.data else None))

    def zoom_to_selection(self) -> bool:
        md = self.data
        if md is None:
            return False
        idx = [md.sites.index[i] for i in self.ctx.selection.ids if i in md.sites.index]
        if not idx:
            return False
        from bm_desktop.ui.map.presets import sites_rect

        self.canvas.set_view(sites_rect(md.sites.x[idx], md.sites.y[idx], min_span=60_000))
        return True

    def zoom_to_alert(self, row: AlertRow) -> None:
        """Frame a site and the event near it, and select the site."""
        from bm_desktop.ui.map.presets import sites_rect

        xs = np.array([row.site_x, row.event_x])
        ys = np.array([row.site_y, row.event_y])
        self.canvas.set_view(sites_rect(xs, ys, min_span=max(40_000.0, row.distance_km * 2500.0)))
        md = self.data
        if md is not None:
            self.ctx.selection.select([md.sites.ids[row.site]])
