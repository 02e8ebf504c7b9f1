"""Importing incidents from other tools' files (CSV, XLSX, GeoJSON, GeoPackage) through
a column mapping. Every row goes through the incident service's own checks
(:func:`bm_desktop.services.incidents.validate_incident`), so an imported
incident obeys the same rules as one typed in: a known site and risk area, no
future date, severity 1-4, a location near its site. Imported incidents arrive
*reported* (unverified), like a monitor's. A row identical to a recorded
incident (same site, day, risk area and description) is left out as already
recorded, so importing the same file twice adds nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.models import Incident, RiskArea, Site
from bm_desktop.domain.errors import BmError, error_text
from bm_desktop.exchange.imports import mapping as mp
from bm_desktop.exchange.imports import messages as m
from bm_desktop.exchange.imports import values as v
from bm_desktop.exchange.imports.readers import Table
from bm_desktop.exchange.imports.report import (
    ADD,
    REJECT,
    UNCHANGED,
    ImportReport,
    PreviewRow,
)
from bm_desktop.exchange.places import fold
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words
from bm_desktop.services.incidents import IncidentDraft, record_incident, validate_incident


@dataclass
class IncidentPlan:
    report: ImportReport
    mapping: dict[str, str]
    headers: list[str]
    drafts: list[IncidentDraft] = field(default_factory=list)


def _areas(s: Session) -> dict[str, str]:
    """Folded code or English/French name -> risk area code."""
    out = {}
    for code, en, fr in s.execute(
        select(RiskArea.code, RiskArea.name_en, RiskArea.name_fr).where(RiskArea.deleted.is_(False))
    ):
        for text in (code, en, fr):
            out[fold(text)] = code
    return out


def analyse(
    s: Session,
    table: Table,
    report: ImportReport,
    words: Words,
    given: dict[str, str] | None,
    today: dt.date,
) -> IncidentPlan:
    mp.check_given("incidents", given, table.headers, words)
    mapping = mp.mapping_for(s, "incidents", table.headers, given)
    error = mp.missing_error("incidents", mapping, table.headers, words)
    if error is not None:
        raise error
    position = {h: i for i, h in enumerate(table.headers)}
    cols = {k: position[c] for k, c in mapping.items() if c in position}
    report.layout = words.translate("ExchangeImport", "incident file (column mapping)")
    plan = IncidentPlan(report, mapping, list(table.headers))
    areas = _areas(s)
    recorded: set[tuple[Any, ...]] = set(
        s.execute(
            select(Site.code, Incident.occurred_on, RiskArea.code, Incident.description)
            .join(Site, Site.id == Incident.site_id)
            .join(RiskArea, RiskArea.id == Incident.risk_area_id)
            .where(Incident.deleted.is_(False))
        ).all()
    )
    rows: list[Any] = []
    ids: dict[str, list[int]] = {}
    for n, raw in table.rows:
        report.rows_read += 1
        rows.append((n, raw))
        ext = v.label(_get(raw, cols, "id"))
        if ext:
            ids.setdefault(ext, []).append(n)
    for n, raw in rows:
        ext = v.label(_get(raw, cols, "id"))
        if ext and len(ids[ext]) > 1:
            others = ", ".join(str(x) for x in ids[ext] if x != n)
            report.record(
                PreviewRow(
                    n,
                    REJECT,
                    ext,
                    "",
                    [
                        m.at_row(
                            words,
                            n,
                            m.say(
                                words,
                                QT_TRANSLATE_NOOP(
                                    "ExchangeImport",
                                    "incident ID {id} appears again on row {rows}.",
                                ),
                                id=ext,
                                rows=others,
                            ),
                            table.unit,
                        )
                    ],
                )
            )
            continue
        try:
            draft = _draft(raw, cols, areas)
            validate_incident(s, draft, today)
        except v.BadValue as exc:
            report.record(
                PreviewRow(
                    n,
                    REJECT,
                    ext,
                    "",
                    [m.at_row(words, n, exc.text(words), table.unit)],
                    *exc.grouping(words),
                )
            )
            continue
        except BmError as exc:
            report.record(
                PreviewRow(
                    n,
                    REJECT,
                    ext,
                    "",
                    [m.at_row(words, n, error_text(exc, words.lang), table.unit)],
                )
            )
            continue
        key = (draft.site_code, draft.occurred_on, draft.risk_area_code, draft.description.strip())
        summary = f"{draft.site_code} · {draft.occurred_on} · {draft.risk_area_code}"
        if key in recorded:
            report.record(PreviewRow(n, UNCHANGED, ext, summary))
            continue
        recorded.add(key)
        plan.drafts.append(draft)
        report.record(PreviewRow(n, ADD, ext, summary))
    return plan


def _get(raw: list[Any], cols: dict[str, int], key: str) -> Any:
    i = cols.get(key)
    return raw[i] if i is not None and i < len(raw) else None


def _field(raw, cols, key: str, parse, label: str):
    value = _get(raw, cols, key)
    if v.is_empty(value):
        return None
    try:
        return parse(value)
    except v.BadValue as exc:
        raise v.BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "{column} {problem}"), column=label, problem=exc
        ) from None


def _draft(raw: list[Any], cols: dict[str, int], areas: dict[str, str]) -> IncidentDraft:
    area_text = v.text(_get(raw, cols, "risk_area"))
    area = areas.get(fold(area_text)) if area_text else None
    if area_text and area is None:
        raise v.BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "risk area '{value}' is not in the risk taxonomy"),
            value=area_text,
        )
    occurred = _field(raw, cols, "occurred_on", v.parse_date, "occurred_on")
    lon = _field(raw, cols, "longitude", v.parse_float, "longitude")
    lat = _field(raw, cols, "latitude", v.parse_float, "latitude")
    if lon is not None:
        v.check_longitude(lon)
    if lat is not None:
        v.check_latitude(lat)
    severity = _field(raw, cols, "severity", v.parse_int, "severity")
    return IncidentDraft(
        occurred_on=occurred,
        risk_area_code=area,
        description=v.text(_get(raw, cols, "description")),
        site_code=v.text(_get(raw, cols, "site_code")) or None,
        reported_on=_field(raw, cols, "reported_on", v.parse_date, "reported_on") or occurred,
        reported_by=v.text(_get(raw, cols, "reported_by")) or None,
        severity=severity if severity is not None else 2,
        people_affected=_field(raw, cols, "people_affected", v.parse_int, "people_affected"),
        minors_involved=_field(raw, cols, "minors_involved", v.parse_int, "minors_involved") or 0,
        longitude=lon,
        latitude=lat,
    )


def write(s: Session, plan: IncidentPlan, today: dt.date) -> None:
    for draft in plan.drafts:
        record_incident(s, draft, today)
    mp.remember(s, "incidents", plan.headers, plan.mapping)
    s.flush()
