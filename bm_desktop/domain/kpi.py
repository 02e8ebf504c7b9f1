"""The programme's key figures as plain values, and the rules that define them.

Counting rules (the published figures of the Step 5 report follow them):

* **Incidents** count when they are *recorded*: verification ``reported`` or
  ``verified``. Rejected incidents never count (a risk expert found them false
  or out of scope); tombstoned (``deleted``) rows never count. Unverified
  incidents do count, because the published figures are the incidents the
  monitors recorded in the year, and verification of the last weeks' reports is
  often still pending when the figures are drawn. A selection with
  ``Scope.verified_only`` (the Filters dock's "verified only") counts verified
  incidents only.
* An incident belongs to a period by the day it **occurred** (``occurred_on``),
  not the day it was reported.
* **Actions recommended by a date** are all actions with ``recommended_on`` on or
  before that date, since the programme started (the rate is cumulative).
* An action's **status as of a date** is the status of its latest progress
  update dated on or before that date (latest ``on``, then ``seq``, then
  ``updated_at``); an action with no update by then is ``recommended``.
* **Implementation rate** = actions whose status as of the date is in progress,
  implemented or verified / actions recommended by that date.
* **Cancelled actions** stay in the denominator and never count as
  implementing: a recommendation that was dropped is a recommendation the
  programme did not get implemented, and taking it out would let cancelling
  raise the rate. They are reported separately (``cancelled``) so a reader can
  recompute the rate without them.
* **Overdue as of a date**: recommended by then, due date before it, status not
  implemented, verified or cancelled.
* **Child-labour figures** cover the risk areas ``child_labour`` and ``wfcl``
  (worst forms of child labour); the WFCL share is WFCL incidents / all
  child-labour incidents.
* **Meetings held** are CAP meetings with status ``held`` and a ``held_on``
  date in the range asked for (by default since the programme started).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import uuid
from dataclasses import dataclass, field

from bm_desktop.domain.enums import COUNTS_AS_IMPLEMENTING, ActionStatus, Verification
from bm_desktop.domain.taxonomy import CHILD_LABOUR_AREAS, WFCL_AREA

# Verification statuses of incidents that count in every figure.
COUNTED_VERIFICATIONS: tuple[str, ...] = (Verification.REPORTED.value, Verification.VERIFIED.value)
IMPLEMENTING_STATUSES: tuple[str, ...] = tuple(sorted(s.value for s in COUNTS_AS_IMPLEMENTING))
# Statuses after which an action can no longer be overdue.
CLOSED_STATUSES: tuple[str, ...] = (
    ActionStatus.IMPLEMENTED.value,
    ActionStatus.VERIFIED.value,
    ActionStatus.CANCELLED.value,
)
CHILD_LABOUR_AREA_CODES: tuple[str, ...] = CHILD_LABOUR_AREAS
WFCL_AREA_CODE: str = WFCL_AREA


def month_key(day: dt.date) -> str:
    """The ``YYYY-MM`` key of the month a day falls in (as CAP meetings store it)."""
    return f"{day.year:04d}-{day.month:02d}"


@dataclass(frozen=True, order=True)
class Period:
    """An inclusive range of days, e.g. the reporting year 2021-04-01..2022-03-31."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"The period ends ({self.end}) before it starts ({self.start}).")

    @classmethod
    def quarter(cls, year: int, q: int) -> Period:
        """Calendar quarter ``q`` (1..4) of ``year``."""
        if q not in (1, 2, 3, 4):
            raise ValueError(f"A quarter is 1 to 4, not {q}.")
        first = 3 * (q - 1) + 1
        last = first + 2
        return cls(dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1]))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(
            dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.days - 1), end)

    def month_keys(self) -> list[str]:
        """Every ``YYYY-MM`` the period touches, in order (for monthly series with zeros)."""
        keys = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            keys.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return keys

    def label(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


@dataclass(frozen=True)
class Scope:
    """Which sites and incidents a figure covers (the KPI selection).

    Empty sets mean "no restriction"; the sets combine as filters (a site must
    match every non-empty one), like the Filters dock. ``site_statuses`` (current
    status of the site) restricts the sites of every figure: incidents, actions,
    meetings, site counts. ``severities`` and ``verified_only`` restrict the
    incidents only (with ``verified_only`` just ``verified`` incidents count,
    not the merely ``reported`` ones); actions and meetings ignore them.
    """

    regions: frozenset[str] = field(default_factory=frozenset)  # programme region names
    provinces: frozenset[str] = field(default_factory=frozenset)  # province names
    site_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    site_codes: frozenset[str] = field(default_factory=frozenset)
    minerals: frozenset[str] = field(default_factory=frozenset)  # mineral codes
    site_statuses: frozenset[str] = field(default_factory=frozenset)  # active, suspended ...
    severities: frozenset[int] = field(default_factory=frozenset)  # incident severity 1..4
    verified_only: bool = False

    @classmethod
    def region(cls, name: str) -> Scope:
        return cls(regions=frozenset({name}))

    @classmethod
    def site(cls, code: str) -> Scope:
        return cls(site_codes=frozenset({code}))

    @property
    def is_everything(self) -> bool:
        return not (
            self.regions
            or self.provinces
            or self.site_ids
            or self.site_codes
            or self.minerals
            or self.site_statuses
            or self.severities
            or self.verified_only
        )

    @property
    def incident_verifications(self) -> tuple[str, ...]:
        """The verification statuses of the incidents that count in this selection."""
        return (Verification.VERIFIED.value,) if self.verified_only else COUNTED_VERIFICATIONS


EVERYWHERE = Scope()


def rate(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide by (shown as "n/a")."""
    return part / whole if whole else None


def percent(value: float | None) -> int | None:
    """A share as a whole percentage, halves rounded away from zero (0.8087 -> 81, -0.495 -> -50)."""
    if value is None:
        return None
    shown = math.floor(abs(value) * 100 + 0.5)
    return -shown if value < 0 else shown


def format_percent(value: float | None) -> str:
    shown = percent(value)
    return "n/a" if shown is None else f"{shown}%"


def counts_as_implementing(status: str | None) -> bool:
    """True for in progress, implemented and verified (what the rate counts)."""
    return status in IMPLEMENTING_STATUSES


def is_overdue(status: str, due_on: dt.date, as_of: dt.date) -> bool:
    """Due date passed and the action neither implemented, verified nor cancelled."""
    return due_on < as_of and status not in CLOSED_STATUSES


@dataclass(frozen=True)
class ImplementationRate:
    """Actions recommended by a date, and how many were implementing then."""

    recommended: int
    implementing: int  # in progress, implemented or verified as of the date
    cancelled: int = 0  # in ``recommended``, never in ``implementing``

    @property
    def rate(self) -> float | None:
        return rate(self.implementing, self.recommended)

    @property
    def percent(self) -> int | None:
        return percent(self.rate)

    @property
    def not_implementing(self) -> int:
        return self.recommended - self.implementing


@dataclass(frozen=True)
class PeriodChange:
    """A figure in two periods (e.g. a site's child-labour incidents, Q3 then Q4)."""

    before: int
    after: int

    @property
    def difference(self) -> int:
        return self.after - self.before

    @property
    def relative(self) -> float | None:
        """(after - before) / before; None when there was nothing before."""
        return rate(self.after - self.before, self.before)

    @property
    def reduction_percent(self) -> int | None:
        """The fall as a whole percentage (33 -> 7 gives 79); negative for a rise."""
        rel = self.relative
        return None if rel is None else percent(-rel)


@dataclass(frozen=True)
class ChildLabourFigures:
    """Child labour in a period: incidents (all, WFCL) and the actions recommended by its end."""

    incidents: int
    wfcl_incidents: int
    actions: ImplementationRate

    @property
    def wfcl_share(self) -> float | None:
        return rate(self.wfcl_incidents, self.incidents)
