"""What an export is asked for (period, region, site, sensitive details, language) and
what it produced; the scope checks shared by every workbook."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.models import ProgrammeRegion, Site
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.domain.filters import FilterState
from bm_desktop.domain.kpi import EVERYWHERE, Period, Scope
from bm_desktop.services.incidents import role_sees_sensitive


@dataclass(frozen=True)
class ExportRequest:
    """An export's options. ``filters`` carries the rest of the Filters dock (risk
    categories and areas, severities, verified only, minerals, site statuses)."""

    start: dt.date
    end: dt.date
    region: str | None = None
    site_code: str | None = None
    include_sensitive: bool = False
    role: str = "coordinator"
    lang: str = "en"
    filters: FilterState | None = None
    today: dt.date | None = None  # "as of" for overdue in the tracker (default: today)

    @property
    def period(self) -> Period:
        return Period(self.start, self.end)

    @property
    def as_of_today(self) -> dt.date:
        return self.today or dt.date.today()

    @property
    def scope(self) -> Scope:
        regions = frozenset({self.region}) if self.region else frozenset()
        sites = frozenset({self.site_code}) if self.site_code else frozenset()
        minerals = self.filters.minerals if self.filters else frozenset()
        provinces = self.filters.provinces if self.filters else frozenset()
        if not (regions or sites or minerals or provinces):
            return EVERYWHERE
        return Scope(
            regions=regions,
            site_codes=sites,
            minerals=frozenset(minerals),
            provinces=frozenset(provinces),
        )


@dataclass
class ExportResult:
    """The workbook written: its path and the rows of each data sheet."""

    path: Path
    sheets: list[tuple[str, int]] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(n for _, n in self.sheets)


def check_request(session: Session, request: ExportRequest) -> ExportRequest:
    """Specific errors for a bad period, region, site or a refused sensitive export;
    returns the request with the region and site spelled as stored."""
    if request.end < request.start:
        raise ValidationError(
            "The period ends ({end}) before it starts ({start}).",
            field="period",
            end=request.end,
            start=request.start,
        )
    region = request.region
    if region:
        names = list(
            session.scalars(
                select(ProgrammeRegion.name)
                .where(ProgrammeRegion.deleted.is_(False))
                .order_by(ProgrammeRegion.name)
            )
        )
        match = [n for n in names if n.casefold() == region.strip().casefold()]
        if not match:
            raise NotFoundError(
                "Unknown region '{region}'. Valid regions: {valid}.", region=region, valid=names
            )
        region = match[0]
    code = request.site_code
    if code:
        site = session.scalar(
            select(Site).where(Site.code == code.strip(), Site.deleted.is_(False))
        )
        if site is None:
            site = next(
                (
                    s
                    for s in session.scalars(select(Site).where(Site.deleted.is_(False)))
                    if s.code.casefold() == code.strip().casefold()
                ),
                None,
            )
        if site is None:
            raise NotFoundError(
                "Unknown site code '{code}': no site with that code exists.", code=code
            )
        code = site.code
    if request.include_sensitive and not role_sees_sensitive(request.role):
        raise ValidationError(
            "The role '{role}' may not export sensitive incident details; export without them.",
            field="include_sensitive",
            role=request.role,
        )
    return ExportRequest(
        request.start,
        request.end,
        region,
        code,
        request.include_sensitive,
        request.role,
        request.lang,
        request.filters,
        request.today,
    )


def site_id(session: Session, code: str) -> uuid.UUID:
    found = session.scalar(select(Site.id).where(Site.code == code, Site.deleted.is_(False)))
    if found is None:
        raise NotFoundError("Unknown site code '{code}': no site with that code exists.", code=code)
    return found
