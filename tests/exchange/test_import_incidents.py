"""Incident files from other tools, through a column mapping and the incident service."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bm_desktop.db.models import Incident, RiskArea, Site
from bm_desktop.exchange.imports.report import ImportRefused
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from tests.exchange.exchange_support import fingerprint

TODAY = dt.date(2022, 4, 20)
HEADERS = ["Ref", "Site", "Date", "Risque", "Résumé", "Gravité", "Mineurs"]


def _file(path: Path, rows: list[list]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows([HEADERS, *rows])
    return path


def _count(db) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count(Incident.id)))


def test_incident_file_with_french_headers(sample_db, tmp_path: Path) -> None:
    path = _file(
        tmp_path / "incidents.csv",
        [
            ["A1", "SK-01", "03/04/2022", "Travail des enfants", "Deux mineurs au puits", "3", "2"],
            ["A2", "LB-01", "2022-04-05", "wfcl", "Enfants transportant des sacs", "4", "3"],
        ],
    )
    mapping = {
        "id": "Ref",
        "site_code": "Site",
        "occurred_on": "Date",
        "risk_area": "Risque",
        "description": "Résumé",
        "severity": "Gravité",
        "minors_involved": "Mineurs",
    }
    before = _count(sample_db)
    report = run_import(sample_db, "incidents", path, ImportOptions(mapping=mapping, today=TODAY))
    assert (report.added, report.rejected) == (2, 0)
    assert _count(sample_db) == before + 2
    with sample_db.sessions() as s:
        row = s.execute(
            select(Incident, Site.code, RiskArea.code)
            .join(Site, Site.id == Incident.site_id)
            .join(RiskArea, RiskArea.id == Incident.risk_area_id)
            .where(Incident.description == "Deux mineurs au puits")
        ).one()
    incident, code, area = row
    assert (
        code,
        area,
        incident.occurred_on,
        incident.severity,
        incident.minors_involved,
        incident.verification,
    ) == ("SK-01", "child_labour", dt.date(2022, 4, 3), 3, 2, "reported")
    again = run_import(sample_db, "incidents", path, ImportOptions(today=TODAY))  # remembered
    assert (again.added, again.unchanged) == (0, 2)


def test_incident_rows_checked_by_the_service(sample_db, tmp_path: Path) -> None:
    path = _file(
        tmp_path / "bad.csv",
        [
            ["B1", "XX-99", "2022-04-03", "child_labour", "Unknown site", "2", "0"],
            ["B2", "SK-01", "2022-04-31", "child_labour", "Bad date", "2", "0"],
            ["B3", "SK-01", "2022-04-03", "Sorcellerie", "Unknown area", "2", "0"],
            ["B4", "SK-01", "2022-04-03", "child_labour", "Too severe", "9", "0"],
            ["B5", "SK-01", "2030-01-01", "child_labour", "Future", "2", "0"],
            ["B1", "SK-01", "2022-04-03", "child_labour", "Duplicate id", "2", "0"],
        ],
    )
    mapping = {
        "id": "Ref",
        "site_code": "Site",
        "occurred_on": "Date",
        "risk_area": "Risque",
        "description": "Résumé",
        "severity": "Gravité",
        "minors_involved": "Mineurs",
    }
    before = fingerprint(sample_db)
    with pytest.raises(ImportRefused) as refused:
        run_import(sample_db, "incidents", path, ImportOptions(mapping=mapping, today=TODAY))
    assert fingerprint(sample_db) == before
    reasons = refused.value.report.rejected_reasons()
    assert reasons[0] == "row 2: incident ID B1 appears again on row 7."
    assert reasons[1] == "row 3: occurred_on '2022-04-31' is not a date"
    assert reasons[2] == "row 4: risk area 'Sorcellerie' is not in the risk taxonomy"
    assert reasons[3].startswith("row 5: ") and "severity" in reasons[3].lower()
    assert reasons[4].startswith("row 6: The incident date 01/01/2030 is in the future")
