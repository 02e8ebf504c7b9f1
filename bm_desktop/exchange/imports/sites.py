"""Importing sites: mine-site registers (one row per visit) and other site files
(CSV, XLSX, GeoJSON, GeoPackage) through a column mapping.

One site per code: the latest visit wins (its name, position, province,
territory, workers and minerals), older visits are kept as visit history
(``site_visits``, purpose "Register visit", with the register's flags such as
armed presence or child labour in the notes). French mineral names are
normalised ("Cassitérite" -> tin, "Or" -> gold, "Coltan" -> tantalum);
provinces may be spelled in French or English. A new site joins as
*inactive*: a register lists many sites outside the programme, and a
coordinator activates the ones it follows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.models import Mineral, Province, Site, SiteMineral
from bm_desktop.exchange.imports import mapping as mp
from bm_desktop.exchange.imports import messages as m
from bm_desktop.exchange.imports import values as v
from bm_desktop.exchange.imports.readers import Table, header_key
from bm_desktop.exchange.imports.report import (
    ADD,
    REJECT,
    UNCHANGED,
    UPDATE,
    ImportFileError,
    ImportReport,
    PreviewRow,
)
from bm_desktop.exchange.places import fold, mineral_code, province_name
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words

REGISTER_PURPOSE = "Register visit"
FLAG_WORDS = (
    "armed",
    "arme",
    "interference",
    "child",
    "enfant",
    "is_gold",
    "is_3t",
    "mercury",
    "mercure",
    "presence",
    "women",
    "femme",
)


@dataclass
class SiteRow:
    row: int
    code: str
    name: str
    longitude: float
    latitude: float
    province_id: uuid.UUID | None
    territory: str | None
    visit: dt.date | None
    miners: int | None
    minerals: list[str]
    operator: str | None
    notes: str | None


@dataclass
class SitePlan:
    report: ImportReport
    mapping: dict[str, str]
    headers: list[str]
    latest: dict[str, SiteRow] = field(default_factory=dict)
    changes: dict[str, str] = field(default_factory=dict)  # code -> add/update
    visits: list[SiteRow] = field(default_factory=list)


class Reference:
    """Provinces and minerals, to resolve names quickly."""

    def __init__(self, s: Session) -> None:
        self.provinces = {
            p.name: p for p in s.scalars(select(Province).where(Province.deleted.is_(False)))
        }
        self.known = {fold(name): name for name in self.provinces}
        self.minerals = {x.code: x for x in s.scalars(select(Mineral))}


def _value(raw: list[Any], cols: dict[str, int], key: str) -> Any:
    i = cols.get(key)
    return raw[i] if i is not None and i < len(raw) else None


def parse_row(
    n: int,
    raw: list[Any],
    cols: dict[str, int],
    flags: list[tuple[str, int]],
    ref: Reference,
    words: Words,
) -> tuple[SiteRow, list[str]]:
    """A valid row and its warnings, or :class:`BadValue` with the reason."""
    code = v.text(_value(raw, cols, "code"))
    if not code:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "the site code is empty"))
    name = v.text(_value(raw, cols, "name"))
    if not name:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "the site name is empty"))
    lon = _number(raw, cols, "longitude", required=True)
    lat = _number(raw, cols, "latitude", required=True)
    v.check_longitude(lon)
    v.check_latitude(lat)
    province_id = None
    province_text = v.text(_value(raw, cols, "province"))
    if province_text:
        found = province_name(province_text, ref.known)
        if found is None:
            raise v.BadValue(
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "province '{value}' is not one of the programme's provinces ({known})",
                ),
                value=province_text,
                known=", ".join(sorted(ref.provinces)),
            )
        province_id = ref.provinces[found].id
    visit = None
    if not v.is_empty(_value(raw, cols, "visit_date")):
        try:
            visit = v.parse_date(_value(raw, cols, "visit_date"))
        except v.BadValue as exc:
            raise v.BadValue(
                QT_TRANSLATE_NOOP("ExchangeImport", "visit date {problem}"), problem=exc
            ) from None
    miners = None
    if not v.is_empty(_value(raw, cols, "miners")):
        miners = int(_number(raw, cols, "miners"))
        if miners < 0:
            raise v.BadValue(
                QT_TRANSLATE_NOOP("ExchangeImport", "the number of workers {value} is negative"),
                value=miners,
            )
    minerals, warnings = [], []
    for key in ("mineral1", "mineral2", "mineral3"):
        for part in _split(v.text(_value(raw, cols, key))):
            code_m = mineral_code(part)
            if code_m is None or code_m not in ref.minerals:
                warnings.append(
                    m.at_row(
                        words,
                        n,
                        m.say(
                            words,
                            QT_TRANSLATE_NOOP(
                                "ExchangeImport",
                                "mineral '{value}' is not one the programme follows; "
                                "it is left out.",
                            ),
                            value=part,
                        ),
                    )
                )
            elif code_m not in minerals:
                minerals.append(code_m)
    notes = (
        "; ".join(
            f"{h}: {v.text(raw[i])}" for h, i in flags if i < len(raw) and not v.is_empty(raw[i])
        )
        or None
    )
    return SiteRow(
        n,
        code,
        name,
        lon,
        lat,
        province_id,
        v.text(_value(raw, cols, "territory")) or None,
        visit,
        miners,
        minerals,
        v.text(_value(raw, cols, "operator")) or None,
        notes,
    ), warnings


def _split(text: str) -> list[str]:
    for sep in (";", ",", "/", "+", " et ", " and "):
        text = text.replace(sep, "|")
    return [p.strip() for p in text.split("|") if p.strip()]


def _number(raw: list[Any], cols: dict[str, int], key: str, required: bool = False) -> float:
    value = _value(raw, cols, key)
    if v.is_empty(value):
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "{column} is empty"), column=key)
    try:
        return v.parse_float(value)
    except v.BadValue as exc:
        raise v.BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "{column} {problem}"), column=key, problem=exc
        ) from None


def columns(table: Table, mapping: dict[str, str], words: Words) -> dict[str, int]:
    error = mp.missing_error("sites", mapping, table.headers, words)
    if error is not None:
        raise error
    position = {h: i for i, h in enumerate(table.headers)}
    unknown = [c for c in mapping.values() if c not in position]
    if unknown:
        raise ImportFileError(
            m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport", "The file has no column {names} (its columns: {columns})."
                ),
                names=", ".join(f"'{c}'" for c in unknown),
                columns=", ".join(table.headers),
            )
        )
    return {k: position[c] for k, c in mapping.items()}


def analyse(
    s: Session,
    table: Table,
    report: ImportReport,
    words: Words,
    given: dict[str, str] | None,
    tick=lambda n: None,
) -> SitePlan:
    mp.check_given("sites", given, table.headers, words)
    mapping = mp.mapping_for(s, "sites", table.headers, given)
    cols = columns(table, mapping, words)
    keys = {header_key(h) for h in table.headers}
    report.layout = (
        words.translate("ExchangeImport", "mine-site register")
        if {"pcode", "visit_date"} <= keys
        else words.translate("ExchangeImport", "site file (column mapping)")
    )
    mapped = set(cols.values())
    flags = [
        (h, i)
        for i, h in enumerate(table.headers)
        if i not in mapped and any(w in header_key(h) for w in FLAG_WORDS)
    ]
    ref = Reference(s)
    plan = SitePlan(report, mapping, list(table.headers))
    good: dict[str, list[SiteRow]] = {}
    codes: set[str] = set()
    for n, raw in table.rows:
        report.rows_read += 1
        codes.add(v.text(_value(raw, cols, "code")))
        try:
            row, warnings = parse_row(n, raw, cols, flags, ref, words)
        except v.BadValue as exc:
            report.record(
                PreviewRow(
                    n,
                    REJECT,
                    v.label(_value(raw, cols, "code")),
                    "",
                    [m.at_row(words, n, exc.text(words), table.unit)],
                    *exc.grouping(words),
                )
            )
            continue
        report.warnings += warnings
        good.setdefault(row.code, []).append(row)
    dated = "visit_date" in cols
    for code, rows in good.items():
        if not dated and len(rows) > 1:
            for row in rows:
                others = ", ".join(str(r.row) for r in rows if r is not row)
                report.record(
                    PreviewRow(
                        row.row,
                        REJECT,
                        code,
                        "",
                        [
                            m.at_row(
                                words,
                                row.row,
                                m.say(
                                    words,
                                    QT_TRANSLATE_NOOP(
                                        "ExchangeImport",
                                        "site code {code} appears again on row {rows}; "
                                        "without a visit date BM Desktop cannot tell which row is "
                                        "current.",
                                    ),
                                    code=code,
                                    rows=others,
                                ),
                                table.unit,
                            )
                        ],
                    )
                )
            continue
        rows.sort(key=lambda r: (r.visit or dt.date.min, r.row))
        plan.latest[code] = rows[-1]
        plan.visits += [r for r in rows if r.visit is not None]
        for older in rows[:-1]:
            report.record(
                PreviewRow(
                    older.row,
                    UNCHANGED,
                    code,
                    m.say(
                        words,
                        QT_TRANSLATE_NOOP(
                            "ExchangeImport", "earlier visit ({date}): kept as visit history"
                        ),
                        date=older.visit.isoformat() if older.visit else "",
                    ),
                )
            )
    _compare(s, plan, ref, words)
    _suggest_reference_layer(s, plan, codes - {""}, words)
    return plan


REGISTER_AT_LEAST = 100  # new sites from which a file may be a national register


def _suggest_reference_layer(s: Session, plan: SitePlan, codes: set[str], words: Words) -> None:
    """A file with far more sites than the programme has (its rows accepted or not) is
    most likely a national register: say that it belongs in a reference layer."""
    known = set(s.scalars(select(Site.code).where(Site.deleted.is_(False))))
    new, programme = len(codes - known), len(known)
    if new >= REGISTER_AT_LEAST and new > 2 * programme:
        plan.report.advice.append(
            words.translate(
                "ExchangeImport",
                (
                    "This file would add {new} sites to the programme's {programme}: it looks like a "
                    "national register. Load it as a reference layer instead (drawn under the "
                    "programme's sites, never counted in its figures): bm-desktop layers add "
                    '"{file}" --name NAME, or Layers dock > Add a reference layer…'
                ),
            ).format(
                new=_count(new, words),
                programme=_count(programme, words),
                file=plan.report.path.name,
            )
        )


def _count(n: int, words: Words) -> str:
    text = f"{n:,}"
    return text.replace(",", "\u202f") if words.lang == "fr" else text


def _place_by_position(
    s: Session, plan: SitePlan, existing: set[str], ref: Reference, words: Words
) -> None:
    """New sites whose file gives no province get the one their position is in (point in
    polygon against the admin-1 layer in use), said in the report."""
    import numpy as np

    from bm_desktop.exchange.province_points import assign_provinces

    rows = [r for c, r in plan.latest.items() if c not in existing and r.province_id is None]
    if not rows:
        return
    found = assign_provinces(
        s, np.array([r.longitude for r in rows]), np.array([r.latitude for r in rows])
    )
    names = {p.id: p.name for p in ref.provinces.values()}
    for row, province_id in zip(rows, found, strict=True):
        if province_id is not None:
            row.province_id = province_id
            plan.report.warnings.append(
                m.at_row(
                    words,
                    row.row,
                    m.say(
                        words,
                        QT_TRANSLATE_NOOP(
                            "ExchangeImport",
                            "site {code} names no province; it is in {province} by its position.",
                        ),
                        code=row.code,
                        province=names[province_id],
                    ),
                )
            )


def _compare(s: Session, plan: SitePlan, ref: Reference, words: Words) -> None:
    existing = {x.code: x for x in s.scalars(select(Site).where(Site.deleted.is_(False)))}
    current = _site_minerals(s)
    _place_by_position(s, plan, set(existing), ref, words)
    for code, row in sorted(plan.latest.items(), key=lambda x: x[1].row):
        site = existing.get(code)
        summary = f"{row.name} ({', '.join(row.minerals) or '—'})"
        if site is None:
            if row.province_id is None:
                plan.report.record(
                    PreviewRow(
                        row.row,
                        REJECT,
                        code,
                        "",
                        [
                            m.at_row(
                                words,
                                row.row,
                                m.say(
                                    words,
                                    QT_TRANSLATE_NOOP(
                                        "ExchangeImport",
                                        "site {code} is new and has no province: BM Desktop "
                                        "needs the province to place it in a programme region.",
                                    ),
                                    code=code,
                                ),
                            )
                        ],
                    )
                )
                continue
            province = next(p for p in ref.provinces.values() if p.id == row.province_id)
            if province.region_id is None:
                plan.report.record(
                    PreviewRow(
                        row.row,
                        REJECT,
                        code,
                        "",
                        [
                            m.at_row(
                                words,
                                row.row,
                                m.say(
                                    words,
                                    QT_TRANSLATE_NOOP(
                                        "ExchangeImport",
                                        "province {province} belongs to no programme region.",
                                    ),
                                    province=province.name,
                                ),
                            )
                        ],
                    )
                )
                continue
            plan.changes[code] = ADD
            plan.report.record(PreviewRow(row.row, ADD, code, summary))
            continue
        differs = _differences(site, row, current.get(site.id, []))
        if differs:
            plan.changes[code] = UPDATE
            plan.report.record(
                PreviewRow(row.row, UPDATE, code, f"{summary}: {', '.join(differs)}")
            )
        else:
            plan.report.record(PreviewRow(row.row, UNCHANGED, code, summary))


def _site_minerals(s: Session) -> dict[uuid.UUID, list[str]]:
    out: dict[uuid.UUID, list[tuple[int, str]]] = {}
    for site_id, rank, code in s.execute(
        select(SiteMineral.site_id, SiteMineral.rank, Mineral.code)
        .join(Mineral, Mineral.id == SiteMineral.mineral_id)
        .where(SiteMineral.deleted.is_(False))
    ):
        out.setdefault(site_id, []).append((rank, code))
    return {k: [c for _, c in sorted(x)] for k, x in out.items()}


def _differences(site: Site, row: SiteRow, minerals: list[str]) -> list[str]:
    out = []
    if site.name != row.name:
        out.append("name")
    if abs(site.longitude - row.longitude) > 1e-7 or abs(site.latitude - row.latitude) > 1e-7:
        out.append("position")
    if row.province_id is not None and site.province_id != row.province_id:
        out.append("province")
    if row.territory is not None and site.territory != row.territory:
        out.append("territory")
    if row.miners is not None and site.miners_total != row.miners:
        out.append("workers")
    if row.operator is not None and site.operator != row.operator:
        out.append("operator")
    if row.minerals and row.minerals != minerals:
        out.append("minerals")
    return out
