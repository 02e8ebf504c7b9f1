"""The incident register as columns: every incident under the global filters, loaded
into numpy arrays once so the table can sort and filter 100,000 rows instantly.

Rejected incidents are listed (the register is where experts review them) with
their verification status; figures elsewhere leave them out.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    Incident,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskCategory,
    Site,
    SiteMineral,
)
from bm_desktop.db.reference_data import localised_name
from bm_desktop.domain.columnar import (
    EPOCH,
    CategoryColumn,
    ColumnarTable,
    DateColumn,
    NumberColumn,
    TextColumn,
)
from bm_desktop.domain.filters import FilterState
from bm_desktop.domain.taxonomy import WFCL_AREA

SUMMARY_LENGTH = 120
# Column keys in display order (the UI gives them translated titles).
COLUMNS = (
    "occurred_on",
    "site",
    "region",
    "risk_category",
    "risk_area",
    "severity",
    "verification",
    "minors",
    "wfcl",
    "source",
    "summary",
)
SEARCH_COLUMNS = (
    "site",
    "site_name",
    "region",
    "risk_category",
    "risk_area",
    "summary",
    "source",
    "verification",
)


@dataclass
class IncidentRegister:
    """Columns of the register plus, per row, the incident and site ids."""

    table: ColumnarTable
    ids: np.ndarray  # object array of 32-digit hex strings (uuid.UUID.hex)
    site_index: np.ndarray  # int32 code into site_ids
    site_ids: list[uuid.UUID]

    @property
    def size(self) -> int:
        return self.table.size

    def rows_of_sites(self, site_ids: list[uuid.UUID]) -> np.ndarray:
        """Mask of the rows whose site is one of ``site_ids``."""
        wanted = [i for i, sid in enumerate(self.site_ids) if sid in set(site_ids)]
        return np.isin(self.site_index, np.array(wanted, dtype=np.int32))

    def incident_id(self, row: int) -> uuid.UUID:
        return uuid.UUID(hex=self.ids[row])

    def row_of(self, incident_id: uuid.UUID) -> int | None:
        hits = np.flatnonzero(self.ids == incident_id.hex)
        return int(hits[0]) if len(hits) else None


def _summary(text: str) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= SUMMARY_LENGTH else line[: SUMMARY_LENGTH - 1] + "…"


def _categorise(values: list[str]) -> CategoryColumn:
    labels = sorted(set(values))
    index = {label: i for i, label in enumerate(labels)}
    return CategoryColumn(
        np.fromiter((index[v] for v in values), dtype=np.int32, count=len(values)), labels
    )


def _statement(filters: FilterState | None, lang: str = "en"):
    french = lang == "fr"
    # Ids and dates come as the stored text: converting 100,000 of them row by row to
    # UUID and date objects would take most of the load time.
    stmt = (
        select(
            type_coerce(Incident.id, String),
            Site.code,
            Site.name,
            ProgrammeRegion.name,
            localised_name(RiskCategory, "fr" if french else "en"),
            RiskArea.code,
            localised_name(RiskArea, "fr" if french else "en"),
            type_coerce(Incident.occurred_on, String),
            Incident.severity,
            Incident.verification,
            Incident.minors_involved,
            Incident.source,
            Incident.description,
        )
        .join(Site, Site.id == Incident.site_id)
        .join(ProgrammeRegion, ProgrammeRegion.id == Site.region_id)
        .join(RiskArea, RiskArea.id == Incident.risk_area_id)
        .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
        .where(Incident.deleted.is_(False), Site.deleted.is_(False))
    )
    if filters is None:
        return stmt
    stmt = stmt.where(Incident.occurred_on >= filters.start, Incident.occurred_on <= filters.end)
    if filters.verified_only:
        stmt = stmt.where(Incident.verification == "verified")
    if filters.severities:
        stmt = stmt.where(Incident.severity.in_(sorted(filters.severities)))
    if filters.risk_areas:
        stmt = stmt.where(RiskArea.code.in_(sorted(filters.risk_areas)))
    if filters.risk_categories:
        stmt = stmt.where(RiskCategory.code.in_(sorted(filters.risk_categories)))
    if filters.regions:
        stmt = stmt.where(ProgrammeRegion.name.in_(sorted(filters.regions)))
    if filters.provinces:
        stmt = stmt.where(
            Site.province_id.in_(
                select(Province.id).where(Province.name.in_(sorted(filters.provinces)))
            )
        )
    if filters.site_statuses:
        stmt = stmt.where(Site.status.in_(sorted(filters.site_statuses)))
    if filters.minerals:
        stmt = stmt.where(
            Incident.site_id.in_(
                select(SiteMineral.site_id)
                .join(Mineral, Mineral.id == SiteMineral.mineral_id)
                .where(SiteMineral.deleted.is_(False), Mineral.code.in_(sorted(filters.minerals)))
            )
        )
    return stmt


def build_register(rows: Sequence[Any], site_id_by_code: dict[str, uuid.UUID]) -> IncidentRegister:
    """Columns from rows of (id hex, site code, site name, region, category, area code,
    area, occurred_on ISO text, severity, verification, minors, source, description)."""
    n = len(rows)
    cols: list[Any] = list(zip(*rows, strict=True)) if rows else [[] for _ in range(13)]
    (
        ids,
        codes,
        names,
        regions,
        categories,
        area_codes,
        areas,
        occurred,
        severity,
        verification,
        minors,
        sources,
        descriptions,
    ) = cols
    site = _categorise(list(codes))
    site_name_by_code = dict(zip(codes, names, strict=True))
    days = (np.array(occurred, dtype="datetime64[D]") - np.datetime64(EPOCH, "D")).astype(np.int32)
    table = ColumnarTable(
        {
            "occurred_on": DateColumn(days),
            "site": site,
            "site_name": CategoryColumn(site.codes, [site_name_by_code[c] for c in site.labels]),
            "region": _categorise(list(regions)),
            "risk_category": _categorise(list(categories)),
            "risk_area": _categorise(list(areas)),
            "severity": NumberColumn(np.fromiter(severity, dtype=np.int16, count=n)),
            "verification": _categorise(list(verification)),
            "minors": NumberColumn(np.fromiter(minors, dtype=np.int32, count=n)),
            "wfcl": CategoryColumn(
                np.fromiter((a == WFCL_AREA for a in area_codes), dtype=np.int32, count=n),
                ["", "WFCL"],
            ),
            "source": _categorise(list(sources)),
            "summary": TextColumn([_summary(d) for d in descriptions]),
        },
        n,
    )
    return IncidentRegister(
        table,
        np.array([i.replace("-", "") for i in ids], dtype=object),
        site.codes,
        [site_id_by_code[c] for c in site.labels],
    )


def load_register(
    session: Session, filters: FilterState | None = None, lang: str = "en"
) -> IncidentRegister:
    """The incidents under the global filters, as register columns (names in ``lang``)."""
    # Core execution: the ORM's per-row result processing is not needed for plain columns.
    rows = session.connection().execute(_statement(filters, lang)).all()
    sites = {code: sid for code, sid in session.execute(select(Site.code, Site.id))}
    return build_register(rows, sites)


def register(
    db: Database, filters: FilterState | None = None, lang: str = "en"
) -> IncidentRegister:
    with db.sessions() as s:
        return load_register(s, filters, lang)
