"""The monitors' incident form as an XLSForm, generated from the programme's reference data.

Community monitors report incidents with ODK Collect or KoboToolbox; both take an
XLSForm (a workbook with ``survey``, ``choices`` and ``settings`` sheets). The form is
built here from what the database holds: the sites of a region (code and name) filtered
by province, the risk categories and their areas (a cascading choice), the severity
levels with their definitions (:data:`bm_desktop.domain.taxonomy.SEVERITY_LEVELS`), and
the fields an incident needs. Labels are in English and French (``label::English (en)``,
``label::Français (fr)``).

Every cell goes through the one safe cell writer. XLSForm expressions (``. <= today()``,
``province=${province}``) never start with a formula character, but an expression that
would (``-1 < .``) is written in parentheses by :func:`xpath_cell`: the same XPath, and
a cell no spreadsheet can take for a formula, with nothing for the writer to defuse, so
pyxform reads exactly what was meant (a test reads the written form back).

The form stamps its id and version into every submission (the ``form_version``
calculation), so an import can refuse the rows of another form or version.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.models import ProgrammeRegion, Province, RiskArea, RiskCategory, Site
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.domain.odk import FORM_ID
from bm_desktop.domain.taxonomy import SEVERITY_LEVELS
from bm_desktop.exchange.safe_text import looks_like_formula
from bm_desktop.exchange.xlsx.cells import paper_workbook

# The form's structure; bump it when a field is added, renamed or removed. The version
# written into the form is this plus a digest of its choices (ODK Central wants a new
# version whenever a form changes), and an import accepts any choices of this structure.
FORM_SCHEMA = "1"
LANGS = {"en": "English (en)", "fr": "Français (fr)"}
STAMP_FIELD = "form_version"  # the calculation carrying "<form id> <version>"
PROVINCE_NONE = "none"  # sites without a province


@dataclass(frozen=True)
class Q:
    """One survey row: type, name, (English, French) label and the other columns."""

    type: str
    name: str = ""
    label: tuple[str, str] | None = None
    hint: tuple[str, str] | None = None
    required: bool = False
    constraint: str = ""
    message: tuple[str, str] | None = None
    choice_filter: str = ""
    appearance: str = ""
    calculation: str = ""
    default: str = ""
    parameters: str = ""


NO_FUTURE = ("The date cannot be in the future.", "La date ne peut pas être dans le futur.")
NOT_NEGATIVE = ("Enter 0 or more.", "Saisissez 0 ou plus.")


def _severity_hint() -> tuple[str, str]:
    en = "; ".join(f"{n} {name}: {d}" for n, name, _f, d, _df in SEVERITY_LEVELS)
    fr = "; ".join(f"{n} {name}: {d}" for n, _e, name, _d, d in SEVERITY_LEVELS)
    return en, fr


def survey(stamp: str) -> list[Q]:
    """The survey rows; ``stamp`` is "<form id> <version>", kept in every submission."""
    return [
        Q("start", "start"),
        Q("end", "end"),
        Q("calculate", STAMP_FIELD, calculation=f"'{stamp}'"),
        Q("text", "monitor", ("Your name (monitor)", "Votre nom (moniteur)"), required=True),
        Q(
            "date",
            "occurred_on",
            ("Date of the incident", "Date de l'incident"),
            required=True,
            constraint=". <= today()",
            message=NO_FUTURE,
        ),
        Q("begin_group", "place", ("Site", "Site")),
        Q("select_one province", "province", ("Province", "Province"), required=True),
        Q(
            "select_one site",
            "site",
            ("Site (code and name)", "Site (code et nom)"),
            required=True,
            choice_filter="province=${province}",
        ),
        Q("end_group"),
        Q("begin_group", "risk", ("Risk", "Risque")),
        Q(
            "select_one category",
            "category",
            ("Risk category", "Catégorie de risque"),
            required=True,
        ),
        Q(
            "select_one risk_area",
            "risk_area",
            ("Risk area", "Domaine de risque"),
            required=True,
            choice_filter="category=${category}",
        ),
        Q(
            "select_one severity",
            "severity",
            ("Severity", "Gravité"),
            hint=_severity_hint(),
            required=True,
        ),
        Q("end_group"),
        Q(
            "integer",
            "people_affected",
            ("People affected", "Personnes touchées"),
            constraint=". >= 0",
            message=NOT_NEGATIVE,
        ),
        Q(
            "integer",
            "minors_involved",
            ("Minors involved", "Mineurs impliqués"),
            required=True,
            default="0",
            constraint=". >= 0 and (string-length(string(${people_affected})) = 0 or "
            ". <= ${people_affected})",
            message=(
                "0 or more, and not more than the people affected.",
                "0 ou plus, et pas plus que les personnes touchées.",
            ),
        ),
        Q(
            "geopoint",
            "location",
            ("Location of the incident", "Lieu de l'incident"),
            hint=(
                "Leave empty if it happened at the site itself.",
                "Laissez vide si l'incident a eu lieu sur le site même.",
            ),
        ),
        Q(
            "text",
            "description",
            ("What happened", "Ce qui s'est passé"),
            required=True,
            appearance="multiline",
        ),
        Q("begin_repeat", "photos", ("Photos", "Photos")),
        Q("image", "photo", ("Photo", "Photo"), parameters="max-pixels=1600"),
        Q("text", "caption", ("Caption", "Légende")),
        Q("end_repeat"),
    ]


def xpath_cell(expression: str) -> str:
    """An XPath expression as a cell: in parentheses if it would start like a formula
    (``-1 < .`` becomes ``(-1 < .)``, the same expression), so the safe writer leaves it
    alone and pyxform reads it unchanged. Only for expression columns."""
    expression = expression.strip()
    if expression and looks_like_formula(expression):
        return f"({expression})"
    return expression


def _slug(text: str) -> str:
    slug = re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_")
    return slug or "x"


@dataclass
class FormData:
    """The choices of the form, read from the database."""

    provinces: list[tuple[str, str]]  # choice name, province name ("" for none)
    sites: list[tuple[str, str, str]]  # code, label, province choice name
    categories: list[tuple[str, str, str]]  # code, en, fr
    areas: list[tuple[str, str, str, str]]  # code, en, fr, category code


def form_data(s: Session, region: str | None) -> FormData:
    """Sites (of ``region``, or all), provinces, categories and areas, in a stable order."""
    query = (
        select(Site.code, Site.name, Province.name)
        .outerjoin(Province, Province.id == Site.province_id)
        .where(Site.deleted.is_(False))
        .order_by(Site.code)
    )
    if region:
        regions = list(
            s.scalars(
                select(ProgrammeRegion.name)
                .where(ProgrammeRegion.deleted.is_(False))
                .order_by(ProgrammeRegion.name)
            )
        )
        found = next((n for n in regions if n.casefold() == region.strip().casefold()), None)
        if found is None:
            raise NotFoundError(
                "Unknown programme region '{region}' (use one of: {names}).",
                region=region,
                names=", ".join(regions),
            )
        query = query.join(ProgrammeRegion, ProgrammeRegion.id == Site.region_id).where(
            ProgrammeRegion.name == found
        )
    rows = s.execute(query).all()
    if not rows:
        raise ValidationError(
            "There are no sites to put in the form: add sites first.", field="region"
        )
    names: dict[str, str] = {}  # province name -> its choice name, unique
    for province in sorted({p or "" for _c, _n, p in rows}):
        base = province_choice(province)
        choice, n = base, 1
        while choice in names.values():
            n += 1
            choice = f"{base}_{n}"
        names[province] = choice
    sites = [(code, f"{code} – {name}", names[province or ""]) for code, name, province in rows]
    categories = [
        tuple(r)
        for r in s.execute(
            select(RiskCategory.code, RiskCategory.name_en, RiskCategory.name_fr)
            .where(RiskCategory.deleted.is_(False))
            .order_by(RiskCategory.code)
        )
    ]
    areas = [
        tuple(r)
        for r in s.execute(
            select(RiskArea.code, RiskArea.name_en, RiskArea.name_fr, RiskCategory.code)
            .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
            .where(RiskArea.deleted.is_(False))
            .order_by(RiskCategory.code, RiskArea.code)
        )
    ]
    return FormData([(choice, name) for name, choice in names.items()], sites, categories, areas)  # type: ignore[arg-type]


def province_choice(name: str) -> str:
    return _slug(name) if name else PROVINCE_NONE


def choices(data: FormData) -> list[dict[str, str]]:
    """The choices sheet rows (list_name, name, label en/fr, filter columns)."""
    rows: list[dict[str, str]] = []
    for choice, name in data.provinces:
        rows.append(
            {
                "list_name": "province",
                "name": choice,
                "en": name or "(no province)",
                "fr": name or "(sans province)",
            }
        )
    for code, label, province in data.sites:
        rows.append(
            {"list_name": "site", "name": code, "en": label, "fr": label, "province": province}
        )
    for code, en, fr in data.categories:
        rows.append({"list_name": "category", "name": code, "en": en, "fr": fr})
    for code, en, fr, category in data.areas:
        rows.append(
            {"list_name": "risk_area", "name": code, "en": en, "fr": fr, "category": category}
        )
    for n, en, fr, den, dfr in SEVERITY_LEVELS:
        rows.append(
            {
                "list_name": "severity",
                "name": str(n),
                "en": f"{n} – {en}: {den}",
                "fr": f"{n} – {fr} : {dfr}",
            }
        )
    return rows


def form_version(data: FormData) -> str:
    """``<schema>.<digest of the choices>``: changes when a site or an area changes."""
    digest = hashlib.sha256(repr(choices(data)).encode("utf-8")).hexdigest()[:8]
    return f"{FORM_SCHEMA}.{digest}"


def _langs(lang: str) -> Sequence[str]:
    return ("en", "fr") if lang == "both" else (lang,)


def write_form(data: FormData, path: Path, lang: str = "both") -> str:
    """Write the XLSForm to ``path``; returns its version."""
    if lang not in ("en", "fr", "both"):
        raise ValidationError(
            "The form language is en, fr or both, not '{lang}'.", field="lang", lang=lang
        )
    langs = _langs(lang)
    version = form_version(data)
    wb = paper_workbook()
    ws = wb.active
    ws.title = "survey"
    head = ["type", "name"]
    for key in ("label", "hint", "constraint_message", "required_message"):
        head += [f"{key}::{LANGS[x]}" for x in langs]
    head += [
        "required",
        "constraint",
        "choice_filter",
        "appearance",
        "calculation",
        "default",
        "parameters",
    ]
    ws.append(head)
    required_message = ("This answer is required.", "Cette réponse est obligatoire.")
    for q in survey(f"{FORM_ID} {version}"):
        row: list[str] = [q.type, q.name]
        for pair in (q.label, q.hint, q.message, required_message if q.required else None):
            row += [(pair[0] if x == "en" else pair[1]) if pair else "" for x in langs]
        row += [
            "yes" if q.required else "",
            xpath_cell(q.constraint),
            xpath_cell(q.choice_filter),
            q.appearance,
            xpath_cell(q.calculation),
            q.default,
            q.parameters,
        ]
        ws.append(row)
    sheet = wb.create_sheet("choices")
    sheet.append(
        ["list_name", "name", *(f"label::{LANGS[x]}" for x in langs), "province", "category"]
    )
    for c in choices(data):
        sheet.append(
            [
                c["list_name"],
                c["name"],
                *(c[x] for x in langs),
                c.get("province", ""),
                c.get("category", ""),
            ]
        )
    settings = wb.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    title = {"en": "BM incident report", "fr": "Rapport d'incident BM"}
    settings.append([" / ".join(title[x] for x in langs), FORM_ID, version, LANGS[langs[0]]])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return version


def export_form(db, path: Path, region: str | None = None, lang: str = "both") -> str:
    """Generate the monitors' form from the database into ``path``; returns its version."""
    with db.sessions() as s:
        data = form_data(s, region)
    return write_form(data, path, lang)
