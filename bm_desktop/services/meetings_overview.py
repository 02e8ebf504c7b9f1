"""The CAP meetings calendar: per region and month, planned / held / cancelled, and the gaps.

Gaps, as of a date (the coordinator's "today"; the app uses the end of the
filter period):

* ``no_meeting``: a site active on that date has no planned or held meeting in
  that date's month;
* ``overdue``: a site active on that date whose last held meeting is more than
  45 days before it (``never`` when it has none at all).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from bm_desktop.db.engine import Database
from bm_desktop.db.kpi_queries import active_site_ids
from bm_desktop.db.models import CapMeeting, ProgrammeRegion, Site
from bm_desktop.domain.enums import MeetingStatus
from bm_desktop.domain.kpi import EVERYWHERE, Period, Scope, month_key

MAX_DAYS_SINCE_HELD = 45
_PREFERENCE = {
    MeetingStatus.HELD.value: 0,
    MeetingStatus.PLANNED.value: 1,
    MeetingStatus.CANCELLED.value: 2,
}


@dataclass(frozen=True)
class OverviewCell:
    status: str  # held, planned, cancelled
    day: dt.date | None  # held or planned date
    meeting_id: uuid.UUID


@dataclass
class OverviewSite:
    id: uuid.UUID
    code: str
    name: str
    region: str
    active: bool
    cells: dict[str, OverviewCell] = field(default_factory=dict)  # month -> cell
    last_held_on: dt.date | None = None


@dataclass(frozen=True)
class Gap:
    site_code: str
    site_name: str
    region: str
    kind: str  # no_meeting, overdue, never
    last_held_on: dt.date | None
    days: int | None  # days since the last held meeting


@dataclass
class MeetingsOverview:
    as_of: dt.date
    months: list[str]
    sites: list[OverviewSite]  # by region, then code
    gaps: list[Gap]

    @property
    def this_month(self) -> str:
        return month_key(self.as_of)

    @property
    def regions(self) -> list[str]:
        return list(dict.fromkeys(s.region for s in self.sites))

    def counts(self, region: str, month: str) -> dict[str, int]:
        """Meetings per status in a region and month."""
        found: dict[str, int] = defaultdict(int)
        for site in self.sites:
            cell = site.cells.get(month)
            if site.region == region and cell is not None:
                found[cell.status] += 1
        return dict(found)

    def gaps_of(self, site_code: str) -> list[Gap]:
        return [g for g in self.gaps if g.site_code == site_code]


def month_range(last: str, count: int) -> list[str]:
    """``count`` months ending with ``last`` (YYYY-MM), oldest first."""
    year, month = int(last[:4]), int(last[5:7])
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return months[::-1]


def meetings_overview(
    db: Database,
    as_of: dt.date,
    months: list[str] | None = None,
    regions: frozenset[str] | None = None,
) -> MeetingsOverview:
    """The calendar of meetings for ``months`` (default: the 6 months to ``as_of``'s and
    the next one) and the gaps as of ``as_of``."""
    this = month_key(as_of)
    if months is None:
        following = month_key(dt.date(as_of.year + as_of.month // 12, as_of.month % 12 + 1, 1))
        months = month_range(this, 6) + [following]
    scope = Scope(regions=frozenset(regions)) if regions else EVERYWHERE
    with db.sessions() as s:
        region_names = {r.id: r.name for r in s.scalars(select(ProgrammeRegion))}
        active = active_site_ids(s, Period(as_of, as_of), scope)
        sites: dict[uuid.UUID, OverviewSite] = {}
        for site in s.scalars(select(Site).where(Site.deleted.is_(False))):
            region = region_names.get(site.region_id, "")
            if regions and region not in regions:
                continue
            sites[site.id] = OverviewSite(site.id, site.code, site.name, region, site.id in active)
        wanted = set(months) | {this}
        meetings = list(
            s.scalars(
                select(CapMeeting).where(
                    CapMeeting.deleted.is_(False), CapMeeting.site_id.in_(list(sites))
                )
            )
        )
    this_month: dict[uuid.UUID, set[str]] = defaultdict(set)
    for meeting in sorted(meetings, key=lambda m: _PREFERENCE.get(m.status, 3), reverse=True):
        entry = sites[meeting.site_id]
        if (
            meeting.status == MeetingStatus.HELD.value
            and meeting.held_on is not None
            and meeting.held_on <= as_of
        ):
            if entry.last_held_on is None or meeting.held_on > entry.last_held_on:
                entry.last_held_on = meeting.held_on
        if meeting.month in wanted:
            entry.cells[meeting.month] = OverviewCell(
                meeting.status, meeting.held_on or meeting.planned_on, meeting.id
            )
        if meeting.month == this:
            this_month[meeting.site_id].add(meeting.status)
    ordered = sorted(sites.values(), key=lambda x: (x.region, x.code))
    gaps = []
    for entry in ordered:
        if not entry.active:
            continue
        if not this_month[entry.id] & {MeetingStatus.PLANNED.value, MeetingStatus.HELD.value}:
            gaps.append(
                Gap(
                    entry.code,
                    entry.name,
                    entry.region,
                    "no_meeting",
                    entry.last_held_on,
                    _days(as_of, entry.last_held_on),
                )
            )
        days = _days(as_of, entry.last_held_on)
        if days is None:
            gaps.append(Gap(entry.code, entry.name, entry.region, "never", None, None))
        elif days > MAX_DAYS_SINCE_HELD:
            gaps.append(
                Gap(entry.code, entry.name, entry.region, "overdue", entry.last_held_on, days)
            )
    for entry in ordered:  # the calendar shows only the months asked for
        entry.cells = {m: c for m, c in entry.cells.items() if m in months}
    return MeetingsOverview(as_of, list(months), ordered, gaps)


def _days(as_of: dt.date, last: dt.date | None) -> int | None:
    return None if last is None else (as_of - last).days
