"""Write every deliverable the app produces from the sample (each export of the
catalogue, the CAP meeting papers and the region's agendas, the PDF agenda, the HTML
map) in one language, for the print set-up and French scans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from bm_desktop.db.models import Incident, ProgrammeRegion, Site
from bm_desktop.exchange import agenda_workbook
from bm_desktop.exchange.agenda_workbook import write_meeting_workbook
from bm_desktop.exchange.exports.catalogue import EXPORTS
from bm_desktop.exchange.exports.request import ExportRequest
from bm_desktop.services import meetings

SITE, MONTH = "SK-01", "2022-12"  # a site with a held meeting, minutes and decisions


def site_region(db, code: str = SITE) -> tuple[str, dt.date]:
    with db.sessions() as s:
        site = s.scalar(select(Site).where(Site.code == code))
        region = s.scalar(select(ProgrammeRegion.name).where(ProgrammeRegion.id == site.region_id))
        last = s.scalar(
            select(func.max(Incident.occurred_on)).where(
                Incident.site_id == site.id, Incident.deleted.is_(False)
            )
        )
    return region, last


def every_workbook(db, folder: Path, lang: str = "en") -> dict[str, Path]:
    """name -> file of every workbook the app writes, in ``lang``."""
    region, last_incident = site_region(db)
    written: dict[str, Path] = {}
    for name, kind in sorted(EXPORTS.items()):
        if kind.period == "week":
            start = last_incident - dt.timedelta(days=last_incident.weekday())
            end = start + dt.timedelta(days=6)
        elif kind.period == "quarter":
            start, end = dt.date(2021, 10, 1), dt.date(2021, 12, 31)
        else:
            start, end = dt.date(2021, 4, 1), dt.date(2022, 3, 31)
        request = ExportRequest(
            start,
            end,
            site_code=SITE if kind.needs_site else None,
            include_sensitive=kind.sensitive,
            role="coordinator",
            lang=lang,
            today=dt.date(2023, 1, 15),
        )
        written[name] = kind.run(db, request, folder / f"{name}-{lang}.xlsx").path
    written["meeting-papers"] = write_meeting_workbook(
        meetings.meeting_papers(db, SITE, MONTH, lang), folder / f"papers-{lang}.xlsx", lang
    )
    written["region-agendas"] = agenda_workbook.write_region_agendas(
        db, region, MONTH, folder / f"agendas-{lang}.xlsx", lang
    )[0]
    return written
