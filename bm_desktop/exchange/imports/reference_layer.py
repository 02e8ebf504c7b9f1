"""Loading a national site register (one row per visit) as a reference layer.

A register such as the IPIS open data on artisanal mine sites in eastern DRC
(``vid, source, project, pcode, name, visit_date, longitude, latitude, province,
territoire, workers_numb, mineral1..mineral3, armed_group1, interference,
child_labour ...``) lists thousands of sites the programme does not follow. It is
context: it goes into the reference tables (:mod:`bm_desktop.db.models.reference_layers`),
one site per code as of its latest visit, every row kept as a visit, and never into
the programme's sites. Columns are found by name (the synonyms below) or given
with ``--map FIELD=COLUMN``; every other column is kept as an attribute.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import ReferenceLayer, ReferenceSite, ReferenceVisit
from bm_desktop.exchange.imports import messages as m
from bm_desktop.exchange.imports import values as v
from bm_desktop.exchange.imports.readers import Table, header_key, open_table
from bm_desktop.exchange.imports.report import ImportFileError
from bm_desktop.exchange.places import mineral_code
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words

# field -> folded header names that mean it (first match wins)
FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("pcode", "code", "site_code", "code_site", "site_id", "mine_code", "id"),
    "name": ("name", "site_name", "nom", "nom_du_site", "mine_name", "site"),
    "longitude": ("longitude", "lon", "long", "lng", "x"),
    "latitude": ("latitude", "lat", "y"),
    "province": ("province", "prov", "admin1", "adm_1"),
    "territory": ("territoire", "territory", "admin2", "adm_2", "district"),
    "visit_date": ("visit_date", "date_visite", "date_of_visit", "visited_on", "date"),
    "workers": ("workers_numb", "workers", "miners", "creuseurs", "workers_number"),
    "mineral1": ("mineral1", "mineral_1", "minerai1", "mineral", "minerals", "substance"),
    "mineral2": ("mineral2", "mineral_2", "minerai2"),
    "mineral3": ("mineral3", "mineral_3", "minerai3"),
    "armed_presence": (
        "armed_presence",
        "armed_group_presence",
        "presence_armee",
        "presence",
        "armed_group1",
    ),
    "child_labour": (
        "child_labour",
        "child_labour_observed",
        "children_under15",
        "children_under_15",
        "child_under15",
        "travail_des_enfants",
        "enfants",
    ),
}
REQUIRED = ("code", "name", "longitude", "latitude")


@dataclass
class Visit:
    row: int
    date: dt.date | None
    name: str
    lon: float
    lat: float
    province: str | None
    territory: str | None
    workers: int | None
    minerals: list[str]
    armed: bool | None
    child: bool | None
    attributes: dict[str, Any]


@dataclass
class LayerReport:
    """What ``add_register_layer`` found and did."""

    name: str
    path: Path
    rows_read: int = 0
    sites: int = 0
    visits: int = 0
    rejected: list[str] = field(default_factory=list)
    written: bool = False


def columns_for(headers: list[str], given: dict[str, str] | None) -> dict[str, int]:
    """Field -> column position: the names' synonyms, overridden by ``given``."""
    position = {h: i for i, h in enumerate(headers)}
    by_key: dict[str, int] = {}
    for i, h in enumerate(headers):
        by_key.setdefault(header_key(h), i)
    cols: dict[str, int] = {}
    for key, synonyms in FIELDS.items():
        for synonym in synonyms:
            if synonym in by_key and by_key[synonym] not in cols.values():
                cols[key] = by_key[synonym]
                break
    for key, column in (given or {}).items():
        if key not in FIELDS:
            raise ImportFileError(
                "--map {key}=...: '{key}' is not a field of a register layer "
                "(the fields: {fields}).",
                key=key,
                fields=", ".join(FIELDS),
            )
        if column not in position:
            raise ImportFileError(
                "--map {key}={column}: the file has no column '{column}' (its columns: {columns}).",
                key=key,
                column=column,
                columns=", ".join(headers),
            )
        cols = {k: i for k, i in cols.items() if i != position[column]}
        cols[key] = position[column]
    missing = [k for k in REQUIRED if k not in cols]
    if missing:
        raise ImportFileError(
            "No column holds {fields}; name it with --map FIELD=COLUMN "
            "(the file's columns: {columns}).",
            fields=", ".join(missing),
            columns=", ".join(headers),
        )
    return cols


def _flag(value: Any, empty: bool | None = None) -> bool | None:
    """A register's yes/no column; a named armed group also means "present" (and, in a
    column of group names, an empty cell means none was seen: ``empty``)."""
    if v.is_empty(value):
        return empty
    try:
        return v.parse_bool(value)
    except v.BadValue:
        return True


def parse_visit(n: int, raw: list[Any], headers: list[str], cols: dict[str, int]) -> Visit:
    def get(key: str) -> Any:
        i = cols.get(key)
        return raw[i] if i is not None and i < len(raw) else None

    code_text = v.text(get("code"))
    if not code_text:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "the site code is empty"))
    name = v.text(get("name"))
    if not name:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "the site name is empty"))
    numbers = []
    for key in ("longitude", "latitude"):
        if v.is_empty(get(key)):
            raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "{column} is empty"), column=key)
        numbers.append(_number(get(key), key))
    lon, lat = numbers
    v.check_longitude(lon)
    v.check_latitude(lat)
    date = None
    if not v.is_empty(get("visit_date")):
        raw_date = get("visit_date")
        if isinstance(raw_date, str) and raw_date.strip().endswith("Z"):
            raw_date = raw_date.strip()[:-1]  # "2009-01-01Z" as the register's WFS writes it
        try:
            date = v.parse_date(raw_date)
        except v.BadValue as exc:
            raise v.BadValue(
                QT_TRANSLATE_NOOP("ExchangeImport", "visit date {problem}"), problem=exc
            ) from None
    workers = None
    if not v.is_empty(get("workers")):
        workers = int(_number(get("workers"), headers[cols["workers"]]))
    minerals: list[str] = []
    for key in ("mineral1", "mineral2", "mineral3"):
        text = v.text(get(key))
        if text:
            known = mineral_code(text) or text
            if known not in minerals:
                minerals.append(known)
    used = set(cols.values())
    attributes = {
        h: _plain(raw[i])
        for i, h in enumerate(headers)
        if i not in used and i < len(raw) and not v.is_empty(raw[i])
    }
    return Visit(
        n,
        date,
        name,
        lon,
        lat,
        v.text(get("province")) or None,
        v.text(get("territory")) or None,
        workers,
        minerals,
        _flag(get("armed_presence"), False if _names_groups(headers, cols) else None),
        _flag(get("child_labour")),
        attributes,
    )


def _names_groups(headers: list[str], cols: dict[str, int]) -> bool:
    """True when armed presence is read from a column of armed group names (IPIS's
    ``armed_group1``) rather than a yes/no column."""
    i = cols.get("armed_presence")
    return i is not None and header_key(headers[i]).startswith("armed_group")


def _number(value: Any, column: str) -> float:
    try:
        return v.parse_float(value)
    except v.BadValue as exc:
        raise v.BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "{column} {problem}"), column=column, problem=exc
        ) from None


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value if isinstance(value, int | float | bool) else v.text(value)


def read_register(
    table: Table, cols: dict[str, int], report: LayerReport, words: Words
) -> dict[str, list[Visit]]:
    """Code -> its visits, oldest first; rejected rows are listed in the report."""
    out: dict[str, list[Visit]] = {}
    for n, raw in table.rows:
        report.rows_read += 1
        try:
            visit = parse_visit(n, raw, table.headers, cols)
        except v.BadValue as exc:
            report.rejected.append(m.at_row(words, n, exc.text(words), table.unit))
            continue
        code = v.text(raw[cols["code"]])
        out.setdefault(code, []).append(visit)
    for visits in out.values():
        visits.sort(key=lambda x: (x.date or dt.date.min, x.row))
    return out


def add_register_layer(
    db: Database,
    path: Path,
    name: str,
    *,
    mapping: dict[str, str] | None = None,
    sheet: str | None = None,
    skip_rejected: bool = False,
    lang: str = "en",
) -> LayerReport:
    """Read a register file and store it as the reference layer ``name``, in one
    transaction. Refuses (writing nothing) a name already used, a file without the
    columns, or rejected rows unless ``skip_rejected``."""
    words = Words(lang)
    name = name.strip()
    if not name:
        raise ImportFileError("Give the layer a name (--name NAME).")
    report = LayerReport(name, Path(path))
    table = open_table(Path(path), sheet)
    try:
        cols = columns_for(table.headers, mapping)
        sites = read_register(table, cols, report, words)
    finally:
        table.close()
    if report.rejected and not skip_rejected:
        return report
    if not sites:
        raise ImportFileError(
            "{file} has no site with a code, a name and a position.", file=Path(path).name
        )
    with db.sessions.begin() as s:
        if s.scalar(
            select(func.count()).select_from(ReferenceLayer).where(ReferenceLayer.name == name)
        ):
            raise ImportFileError(
                "There is already a reference layer named '{name}': choose "
                "another name, or remove it first (bm-desktop layers remove "
                "'{name}').",
                name=name,
            )
        _write(s, name, Path(path), sites, report)
    report.written = True
    return report


def _write(
    s: Session, name: str, path: Path, sites: dict[str, list[Visit]], report: LayerReport
) -> None:
    layer = ReferenceLayer(
        name=name,
        source_file=str(path.resolve()),
        loaded_at=dt.datetime.now().replace(microsecond=0),
    )
    s.add(layer)
    s.flush()
    site_rows, visit_rows = [], []
    for code, visits in sites.items():
        latest = visits[-1]
        site_id = uuid.uuid4()
        site_rows.append(
            {
                "id": site_id,
                "layer_id": layer.id,
                "code": code,
                "name": latest.name,
                "longitude": latest.lon,
                "latitude": latest.lat,
                "province": latest.province,
                "territory": latest.territory,
                "minerals": ";".join(latest.minerals),
                "workers": latest.workers,
                "last_visit": latest.date,
                "armed_presence": latest.armed,
                "child_labour": latest.child,
                "attributes": json.dumps(latest.attributes, ensure_ascii=False, default=str),
            }
        )
        for visit in visits:
            visit_rows.append(
                {
                    "id": uuid.uuid4(),
                    "site_id": site_id,
                    "visited_on": visit.date,
                    "workers": visit.workers,
                    "minerals": ";".join(visit.minerals),
                    "armed_presence": visit.armed,
                    "child_labour": visit.child,
                    "attributes": json.dumps(visit.attributes, ensure_ascii=False, default=str),
                }
            )
    s.execute(insert(ReferenceSite), site_rows)
    s.execute(insert(ReferenceVisit), visit_rows)
    report.sites, report.visits = len(site_rows), len(visit_rows)
