"""A site-visit trip: which sites, in which order, on which day, and what to watch.

From a request (area, start town, first day, days, hours, time on site, chosen sites
or the top N by priority, exclusions, an optional roads file) to a :class:`TripPlan`:

1. rank the area's sites (:mod:`services.visit_priorities`); take the chosen codes or
   the top N; leave out excluded sites and sites inside excluded areas (said why);
2. travel times between the base and the sites (:mod:`geo.travel`: roads when a
   file is given, else the region's straight-line assumption, stated on the plan);
3. order and split into days with OR-Tools (:mod:`services.trip_solver`: each day
   from the base and back, or with ``overnight`` nights at the day's last site and
   back at the base at the end; sites that do not fit are listed);
4. flag legs passing within ``radius_km`` of a security event of the ``alert_days``
   before the first day, and sites with alerts.

Days start at 07:00 at the base; clock times on the plan follow from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sqlalchemy import select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import SecurityEvent
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.domain.visit_priority import PriorityWeights, RankedSite
from bm_desktop.geo.proximity import DEFAULT_DAYS, DEFAULT_RADIUS_KM, haversine_km
from bm_desktop.geo.travel import RoadNetwork, StraightLineTravel, path_near_points
from bm_desktop.services.security_alerts import SecurityAlert, actors_text
from bm_desktop.services.trip_solver import DayLimits, solve_trip
from bm_desktop.services.visit_priorities import PlannerArea, PlannerSite, ranked_sites

# The programme's regional offices (lon, lat): the usual start towns.
REGIONAL_OFFICES: dict[str, tuple[float, float]] = {
    "Bunia": (30.2522, 1.5594),
    "Goma": (29.2205, -1.6792),
    "Bukavu": (28.8608, -2.5083),
    "Kolwezi": (25.4723, -10.7148),
    "Lubumbashi": (27.4794, -11.6609),
    "Kigali": (30.0619, -1.9441),
}
DAY_START_MINUTES = 7 * 60
DAY_MINUTES = 24 * 60
DEFAULT_TOP = 10


@dataclass(frozen=True)
class ExcludedArea:
    longitude: float
    latitude: float
    radius_km: float


@dataclass(frozen=True)
class TripRequest:
    area: PlannerArea
    start_town: str
    first_day: dt.date
    days: int
    drive_hours: float = 6.0
    work_hours: float = 10.0
    on_site_minutes: int = 120
    site_codes: Sequence[str] = ()
    top: int | None = None
    exclude_codes: Sequence[str] = ()
    exclude_areas: Sequence[ExcludedArea] = ()
    roads: Path | None = None
    radius_km: float = DEFAULT_RADIUS_KM
    alert_days: int = DEFAULT_DAYS
    start_position: tuple[float, float] | None = None  # an edited start town (lon, lat)
    time_limit_s: float | None = None
    overnight: bool = False  # nights at the day's last site instead of back at the base


@dataclass(frozen=True)
class NearEvent:
    day: dt.date
    kind: str
    place: str
    actors: str
    fatalities: int


@dataclass(frozen=True)
class Leg:
    origin: str
    destination: str
    km: float
    minutes: float
    path: list[tuple[float, float]]
    events: list[NearEvent] = field(default_factory=list)


@dataclass(frozen=True)
class Stop:
    site: PlannerSite
    arrive: int  # minutes after midnight
    depart: int
    leg: Leg  # the leg that reaches the site
    ranked: RankedSite | None
    alerts: list[SecurityAlert]


@dataclass(frozen=True)
class TripDay:
    day: dt.date
    stops: list[Stop]
    back: Leg | None  # the leg back to the base (None on a day without visits)
    overnight_at: str | None = None  # the site where the night is spent (overnight mode)
    end_clock: int | None = None  # overnight mode: back at the base or leaving the last site

    @property
    def legs(self) -> list[Leg]:
        return [s.leg for s in self.stops] + ([self.back] if self.back else [])

    @property
    def km(self) -> float:
        return sum(leg.km for leg in self.legs)

    @property
    def drive_minutes(self) -> float:
        return sum(leg.minutes for leg in self.legs)

    @property
    def home(self) -> int:
        """When the day ends: back at the base, or done at the site of the night."""
        if self.end_clock is not None:
            return self.end_clock
        return (
            DAY_START_MINUTES
            + round(self.drive_minutes)
            + sum(s.depart - s.arrive for s in self.stops)
        )


@dataclass(frozen=True)
class TripPlan:
    request: TripRequest
    base: str
    base_position: tuple[float, float]
    region: str
    days: list[TripDay]
    not_fitting: list[PlannerSite]
    excluded: list[tuple[PlannerSite, str]]  # site, reason (English template)
    method: str  # travel assumption (English template) ...
    method_params: dict[str, object]  # ... and its values
    ranked: list[RankedSite]

    @property
    def km(self) -> float:
        return sum(d.km for d in self.days)

    @property
    def drive_minutes(self) -> float:
        return sum(d.drive_minutes for d in self.days)

    @property
    def stops(self) -> list[Stop]:
        return [s for d in self.days for s in d.stops]


def start_position(request: TripRequest) -> tuple[float, float]:
    if request.start_position is not None:
        return request.start_position
    for name, pos in REGIONAL_OFFICES.items():
        if name.casefold() == request.start_town.strip().casefold():
            return pos
    raise NotFoundError(
        "Unknown start town '{town}': choose one of {choices}, or give its position.",
        town=request.start_town,
        choices=list(REGIONAL_OFFICES),
    )


def _check(request: TripRequest) -> None:
    if not 1 <= request.days <= 14:
        raise ValidationError(
            "A trip lasts 1 to 14 days, not {days}.", field="days", days=request.days
        )
    if not 1 <= request.drive_hours <= 16 or request.work_hours < request.drive_hours:
        raise ValidationError(
            "Driving hours per day must be 1 to 16 and no more than the working day.",
            field="drive_hours",
        )
    if not 0 <= request.on_site_minutes <= 600:
        raise ValidationError("Time on site must be 0 to 600 minutes.", field="on_site")
    if request.top is not None and request.top < 1:
        raise ValidationError("Take at least one site (top N).", field="top")


def plan_trip(
    db: Database, request: TripRequest, weights: PriorityWeights | None = None
) -> TripPlan:
    """The trip for ``request`` (see the module docstring)."""
    _check(request)
    base_pos = start_position(request)
    ranked, inputs = ranked_sites(
        db,
        request.area,
        request.first_day,
        request.days,
        weights,
        radius_km=request.radius_km,
        alert_days=request.alert_days,
    )
    by_code = {r.facts.code.casefold(): r for r in ranked}
    if request.site_codes:
        unknown = [c for c in request.site_codes if c.casefold() not in by_code]
        if unknown:
            raise NotFoundError(
                "Site {codes} is not an active site of the area chosen.", codes=unknown
            )
        chosen = [by_code[c.casefold()] for c in dict.fromkeys(request.site_codes)]
    else:
        chosen = list(ranked)
    excluded: list[tuple[PlannerSite, str]] = []
    drop = {c.casefold() for c in request.exclude_codes}
    kept = []
    for r in chosen:
        site = inputs.sites[r.facts.site_id]
        if site.code.casefold() in drop:
            excluded.append((site, "Excluded by the manager"))
        elif any(
            float(haversine_km(a.longitude, a.latitude, site.longitude, site.latitude))
            <= a.radius_km
            for a in request.exclude_areas
        ):
            excluded.append((site, "Inside an excluded area"))
        else:
            kept.append(r)
    if not request.site_codes:
        kept = kept[: request.top or DEFAULT_TOP]
    sites = [inputs.sites[r.facts.site_id] for r in kept]
    lon = [base_pos[0], *(s.longitude for s in sites)]
    lat = [base_pos[1], *(s.latitude for s in sites)]
    travel = (
        RoadNetwork.from_file(request.roads) if request.roads else StraightLineTravel(inputs.region)
    )
    matrix = travel.matrix(lon, lat)
    limits = DayLimits(
        int(request.drive_hours * 60), int(request.work_hours * 60), request.on_site_minutes
    )
    solved = solve_trip(
        matrix.minutes,
        request.days,
        limits,
        [0.0, *(r.score for r in kept)],
        request.time_limit_s,
        overnight=request.overnight,
    )
    events = _recent_events(db, request.first_day, request.alert_days)
    names = [request.start_town, *(s.name for s in sites)]

    def leg(i: int, j: int) -> Leg:
        path = matrix.paths[(i, j)]
        near = path_near_points(path, events[0], events[1], request.radius_km)
        return Leg(
            names[i],
            names[j],
            float(matrix.km[i, j]),
            float(matrix.minutes[i, j]),
            path,
            [events[2][k] for k in near],
        )

    if solved.arrivals is not None:
        days = _overnight_days(request, solved, kept, sites, inputs, leg)
    else:
        days = _daily_loops(request, solved, kept, sites, inputs, leg)
    return TripPlan(
        request,
        request.start_town,
        base_pos,
        inputs.region,
        days,
        [sites[k - 1] for k in solved.dropped],
        excluded,
        matrix.method,
        matrix.params,
        ranked,
    )


def _daily_loops(request, solved, kept, sites, inputs, leg) -> list[TripDay]:  # noqa: ANN001
    days = []
    for d, order in enumerate(solved.days):
        clock, prev, stops = DAY_START_MINUTES, 0, []
        for node in order:
            lg = leg(prev, node)
            clock += round(lg.minutes)
            r = kept[node - 1]
            stops.append(
                Stop(
                    sites[node - 1],
                    clock,
                    clock + request.on_site_minutes,
                    lg,
                    r,
                    inputs.alerts.get(r.facts.site_id, []),
                )
            )
            clock += request.on_site_minutes
            prev = node
        days.append(
            TripDay(
                request.first_day + dt.timedelta(days=d), stops, leg(prev, 0) if stops else None
            )
        )
    return days


def _overnight_days(request, solved, kept, sites, inputs, leg) -> list[TripDay]:  # noqa: ANN001
    """Days of a trip with nights at the last site: legs chain across the days."""
    day_of_back = solved.back // DAY_MINUTES
    days, prev = [], 0
    for d in range(request.days):
        stops = []
        for node in solved.days[d]:
            arrive = solved.arrivals[node] % DAY_MINUTES
            r = kept[node - 1]
            stops.append(
                Stop(
                    sites[node - 1],
                    arrive,
                    arrive + request.on_site_minutes,
                    leg(prev, node),
                    r,
                    inputs.alerts.get(r.facts.site_id, []),
                )
            )
            prev = node
        home = d == day_of_back
        back = leg(prev, 0) if home and prev else None
        end = solved.back % DAY_MINUTES if home else (stops[-1].depart if stops else None)
        night = None if home or d > day_of_back or not prev else sites[prev - 1].name
        days.append(TripDay(request.first_day + dt.timedelta(days=d), stops, back, night, end))
    return days


def _recent_events(
    db: Database,
    as_of: dt.date,
    days: int,
) -> tuple[np.ndarray, np.ndarray, list[NearEvent]]:
    first = as_of - dt.timedelta(days=days)
    with db.sessions() as s:
        rows = s.execute(
            select(
                SecurityEvent.longitude,
                SecurityEvent.latitude,
                SecurityEvent.date_start,
                SecurityEvent.event_type,
                SecurityEvent.sub_event_type,
                SecurityEvent.location,
                SecurityEvent.actor1,
                SecurityEvent.actor2,
                SecurityEvent.fatalities,
            )
            .where(
                SecurityEvent.deleted.is_(False),
                SecurityEvent.date_start <= as_of,
                SecurityEvent.date_end >= first,
            )
            .order_by(SecurityEvent.date_start)
        ).all()
    return (
        np.array([r[0] for r in rows], float),
        np.array([r[1] for r in rows], float),
        [
            NearEvent(r[2], r[4] or r[3], r[5] or "", actors_text(r[6], r[7]), r[8] or 0)
            for r in rows
        ],
    )
