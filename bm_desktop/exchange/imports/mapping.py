"""Column mapping for generic site and incident files, remembered per file layout.

A file's *layout* is the sorted set of its header names, hashed: the next file
with the same columns (next month's export from the same tool) gets the same
mapping without asking. Mappings live in the local settings table
(``local_settings``, never synchronised): key ``exchange_mapping:<target>:<hash>``,
value a JSON object {field: column}.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bm_desktop.db.models import LocalSetting
from bm_desktop.exchange.imports.readers import header_key
from bm_desktop.exchange.imports.report import ImportFileError
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English, marked for translation
    required: bool
    synonyms: tuple[str, ...]  # folded header names that mean this field


SITE_FIELDS = (
    Field(
        "code",
        QT_TRANSLATE_NOOP("ExchangeImport", "Site code"),
        True,
        ("code", "pcode", "site_code", "code_site", "site_id", "id", "mine_code"),
    ),
    Field(
        "name",
        QT_TRANSLATE_NOOP("ExchangeImport", "Site name"),
        True,
        ("name", "site_name", "nom", "nom_du_site", "site", "mine_name"),
    ),
    Field(
        "longitude",
        QT_TRANSLATE_NOOP("ExchangeImport", "Longitude"),
        True,
        ("longitude", "lon", "long", "lng", "x"),
    ),
    Field(
        "latitude", QT_TRANSLATE_NOOP("ExchangeImport", "Latitude"), True, ("latitude", "lat", "y")
    ),
    Field(
        "province",
        QT_TRANSLATE_NOOP("ExchangeImport", "Province"),
        False,
        ("province", "prov", "admin1", "adm_1"),
    ),
    Field(
        "territory",
        QT_TRANSLATE_NOOP("ExchangeImport", "Territory"),
        False,
        ("territory", "territoire", "admin2", "adm_2", "district"),
    ),
    Field(
        "visit_date",
        QT_TRANSLATE_NOOP("ExchangeImport", "Visit date"),
        False,
        ("visit_date", "date_visite", "date_of_visit", "visited_on", "date"),
    ),
    Field(
        "miners",
        QT_TRANSLATE_NOOP("ExchangeImport", "Miners"),
        False,
        (
            "workers_numb",
            "workers",
            "miners",
            "creuseurs",
            "nombre_creuseurs",
            "miners_total",
            "workers_number",
        ),
    ),
    Field(
        "mineral1",
        QT_TRANSLATE_NOOP("ExchangeImport", "Mineral 1"),
        False,
        ("mineral1", "mineral_1", "minerai1", "minerals", "mineral", "minerai", "substance"),
    ),
    Field(
        "mineral2",
        QT_TRANSLATE_NOOP("ExchangeImport", "Mineral 2"),
        False,
        ("mineral2", "mineral_2", "minerai2"),
    ),
    Field(
        "mineral3",
        QT_TRANSLATE_NOOP("ExchangeImport", "Mineral 3"),
        False,
        ("mineral3", "mineral_3", "minerai3"),
    ),
    Field(
        "operator",
        QT_TRANSLATE_NOOP("ExchangeImport", "Cooperative or operator"),
        False,
        ("operator", "cooperative", "cooperative_name", "operateur", "exploitant"),
    ),
)
INCIDENT_FIELDS = (
    Field(
        "site_code",
        QT_TRANSLATE_NOOP("ExchangeImport", "Site code"),
        True,
        ("site_code", "site", "pcode", "code_site", "code"),
    ),
    Field(
        "occurred_on",
        QT_TRANSLATE_NOOP("ExchangeImport", "Occurred on"),
        True,
        ("occurred_on", "date", "incident_date", "date_incident", "event_date"),
    ),
    Field(
        "risk_area",
        QT_TRANSLATE_NOOP("ExchangeImport", "Risk area"),
        True,
        ("risk_area", "risk", "area", "domaine_de_risque", "risque", "category"),
    ),
    Field(
        "description",
        QT_TRANSLATE_NOOP("ExchangeImport", "Description"),
        True,
        ("description", "details", "notes", "summary", "resume"),
    ),
    Field(
        "severity",
        QT_TRANSLATE_NOOP("ExchangeImport", "Severity (1-4)"),
        False,
        ("severity", "severite", "gravite", "level"),
    ),
    Field(
        "people_affected",
        QT_TRANSLATE_NOOP("ExchangeImport", "People affected"),
        False,
        ("people_affected", "affected", "personnes_affectees", "victims_count"),
    ),
    Field(
        "minors_involved",
        QT_TRANSLATE_NOOP("ExchangeImport", "Minors involved"),
        False,
        ("minors_involved", "minors", "mineurs", "children"),
    ),
    Field(
        "reported_on",
        QT_TRANSLATE_NOOP("ExchangeImport", "Reported on"),
        False,
        ("reported_on", "report_date", "date_rapport"),
    ),
    Field(
        "reported_by",
        QT_TRANSLATE_NOOP("ExchangeImport", "Reported by"),
        False,
        ("reported_by", "reporter", "monitor", "moniteur"),
    ),
    Field(
        "longitude",
        QT_TRANSLATE_NOOP("ExchangeImport", "Longitude"),
        False,
        ("longitude", "lon", "long", "lng", "x"),
    ),
    Field(
        "latitude", QT_TRANSLATE_NOOP("ExchangeImport", "Latitude"), False, ("latitude", "lat", "y")
    ),
    Field(
        "id",
        QT_TRANSLATE_NOOP("ExchangeImport", "Incident ID in the file"),
        False,
        ("id", "incident_id", "external_id", "ref", "reference"),
    ),
)
# Security events in any other layout (a tracker's export): the keys --map takes.
EVENT_FIELDS = (
    Field(
        "date",
        QT_TRANSLATE_NOOP("ExchangeImport", "Event date (day, month or year)"),
        True,
        (
            "date",
            "event_date",
            "date_start",
            "start_date",
            "incident_date",
            "date_of_event",
            "date_evenement",
        ),
    ),
    Field(
        "date_end", QT_TRANSLATE_NOOP("ExchangeImport", "End date"), False, ("date_end", "end_date")
    ),
    Field(
        "longitude",
        QT_TRANSLATE_NOOP("ExchangeImport", "Longitude"),
        True,
        ("longitude", "lon", "long", "lng", "x"),
    ),
    Field(
        "latitude", QT_TRANSLATE_NOOP("ExchangeImport", "Latitude"), True, ("latitude", "lat", "y")
    ),
    Field(
        "event_type",
        QT_TRANSLATE_NOOP("ExchangeImport", "Event type"),
        True,
        ("event_type", "type", "category", "incident_type", "type_evenement"),
    ),
    Field(
        "id",
        QT_TRANSLATE_NOOP("ExchangeImport", "Event ID in the file"),
        False,
        ("id", "event_id", "incident_id", "ref", "reference"),
    ),
    Field(
        "sub_event_type",
        QT_TRANSLATE_NOOP("ExchangeImport", "Sub-type"),
        False,
        ("sub_event_type", "subtype", "sub_type"),
    ),
    Field(
        "actor1",
        QT_TRANSLATE_NOOP("ExchangeImport", "Actor 1"),
        False,
        ("actor1", "actor", "perpetrator", "side_a", "auteur"),
    ),
    Field(
        "actor2",
        QT_TRANSLATE_NOOP("ExchangeImport", "Actor 2"),
        False,
        ("actor2", "target", "victim", "side_b"),
    ),
    Field(
        "admin1",
        QT_TRANSLATE_NOOP("ExchangeImport", "Province"),
        False,
        ("admin1", "adm_1", "province", "region"),
    ),
    Field(
        "admin2",
        QT_TRANSLATE_NOOP("ExchangeImport", "Territory"),
        False,
        ("admin2", "adm_2", "territory", "territoire", "district"),
    ),
    Field(
        "location",
        QT_TRANSLATE_NOOP("ExchangeImport", "Location"),
        False,
        ("location", "place", "village", "where_description", "localite"),
    ),
    Field(
        "fatalities",
        QT_TRANSLATE_NOOP("ExchangeImport", "Fatalities"),
        False,
        ("fatalities", "deaths", "killed", "best", "morts"),
    ),
    Field(
        "notes",
        QT_TRANSLATE_NOOP("ExchangeImport", "Notes"),
        False,
        ("notes", "description", "summary", "details"),
    ),
)
FIELDS = {"sites": SITE_FIELDS, "incidents": INCIDENT_FIELDS, "events": EVENT_FIELDS}


def keys_text(words: Words, fields: Sequence[Field]) -> str:
    """ "code (Site code), name (Site name)": the --map keys with what they mean."""
    return ", ".join(f"{f.key} ({words.message(f.label)})" for f in fields)


def check_given(
    target: str, given: dict[str, str] | None, headers: Sequence[str], words: Words
) -> None:
    """Refuse a --map key that is no field of ``target``, or a column the file lacks."""
    if not given:
        return
    known = {f.key for f in FIELDS[target]}
    wrong = [k for k in given if k not in known]
    if wrong:
        raise ImportFileError(
            words.message(
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "--map: {keys} is not a field of this import; the fields are: {fields}.",
                )
            ).format(
                keys=", ".join(f"'{k}'" for k in wrong), fields=keys_text(words, FIELDS[target])
            )
        )
    absent = [c for c in given.values() if c not in headers]
    if absent:
        raise ImportFileError(
            words.message(
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "--map: the file has no column {names} (its columns: {columns}).",
                )
            ).format(names=", ".join(f"'{c}'" for c in absent), columns=", ".join(headers))
        )


def missing_error(
    target: str, mapping: dict[str, str], headers: Sequence[str], words: Words
) -> ImportFileError | None:
    """The refusal naming the --map keys still without a column, or None."""
    missing = missing_fields(target, mapping)
    if not missing:
        return None
    example = f"--map {missing[0].key}=COLUMN"
    return ImportFileError(
        words.message(
            QT_TRANSLATE_NOOP(
                "ExchangeImport",
                "Match the file's columns first: no column is chosen for {names}; "
                "name each with {example} (the file's columns: {columns}).",
            )
        ).format(names=keys_text(words, missing), example=example, columns=", ".join(headers))
    )


def layout_hash(headers: Sequence[str]) -> str:
    text = "\n".join(sorted(h.strip() for h in headers if h and h.strip()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def setting_key(target: str, headers: Sequence[str]) -> str:
    return f"exchange_mapping:{target}:{layout_hash(headers)}"


def guess(target: str, headers: Sequence[str]) -> dict[str, str]:
    """Field -> column for the columns whose names say what they hold."""
    by_key: dict[str, str] = {}
    for h in headers:
        by_key.setdefault(header_key(h), h)
    out: dict[str, str] = {}
    used: set[str] = set()
    for f in FIELDS[target]:
        for synonym in (f.key, *f.synonyms):
            column = by_key.get(synonym)
            if column is not None and column not in used:
                out[f.key] = column
                used.add(column)
                break
    return out


def remembered(s: Session, target: str, headers: Sequence[str]) -> dict[str, str] | None:
    row = s.get(LocalSetting, setting_key(target, headers))
    if row is None:
        return None
    try:
        mapping = json.loads(row.value)
    except json.JSONDecodeError:
        return None
    return {k: c for k, c in mapping.items() if c in headers}


def remember(s: Session, target: str, headers: Sequence[str], mapping: dict[str, str]) -> None:
    """Store the mapping for this layout (inside the caller's transaction)."""
    key = setting_key(target, headers)
    value = json.dumps(mapping, sort_keys=True, ensure_ascii=False)
    row = s.get(LocalSetting, key)
    if row is None:
        s.add(LocalSetting(key=key, value=value))
    elif row.value != value:
        row.value = value


def mapping_for(
    s: Session, target: str, headers: Sequence[str], given: dict[str, str] | None
) -> dict[str, str]:
    """A guess from the column names, overridden by the mapping remembered for this
    layout, overridden by the fields given (the command line's ``--map``, or the
    mapping dialog, which gives every field)."""
    mapping = guess(target, headers)
    mapping.update(remembered(s, target, headers) or {})
    if given:
        taken = set(given.values())
        mapping = {k: c for k, c in mapping.items() if c not in taken}
        mapping.update(given)
    return mapping


def missing_fields(target: str, mapping: dict[str, str]) -> list[Field]:
    return [f for f in FIELDS[target] if f.required and f.key not in mapping]
