"""The incident register workbook, read back cell by cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bm_desktop.db.models import Incident, ProgrammeRegion, Site, SyncState
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.exchange.exports.incident_register import export_incident_register
from bm_desktop.exchange.exports.job import ExportCancelled
from tests.exchange.exchange_support import Q4_2021, YEAR, Book, cover, request, table_rows


def _count(db, **where) -> int:
    with db.sessions() as s:
        stmt = (
            select(func.count(Incident.id))
            .join(Site, Site.id == Incident.site_id)
            .join(ProgrammeRegion, ProgrammeRegion.id == Site.region_id)
            .where(
                Incident.deleted.is_(False),
                Incident.occurred_on >= YEAR[0],
                Incident.occurred_on <= YEAR[1],
            )
        )
        if "region" in where:
            stmt = stmt.where(ProgrammeRegion.name == where["region"])
        return s.scalar(stmt)


def test_register_rows_cells_and_layout(sample_db, tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    result = export_incident_register(sample_db, request(), path)
    book = Book(path)
    rows = book.table("Incidents")
    assert len(rows) == result.rows == _count(sample_db)  # every recorded incident, rejected too
    with sample_db.sessions() as s:
        first = s.scalars(
            select(Incident)
            .join(Site, Site.id == Incident.site_id)
            .where(Incident.deleted.is_(False), Incident.occurred_on >= YEAR[0])
            .order_by(Incident.occurred_on, Site.code, Incident.id)
        ).first()
        site = s.get(Site, first.site_id)
    row = next(r for r in rows if r["Incident ID"] == str(first.id))
    assert row["Site code"] == site.code and row["Site name"] == site.name
    assert row["Occurred on"].date() == first.occurred_on
    assert row["Reported on"].date() == first.reported_on
    assert row["Severity (1-4)"] == first.severity
    assert row["Description"] == first.description
    assert row["Minors involved"] == first.minors_involved
    assert "Victims (sensitive)" not in row
    assert {r["Verification"] for r in rows} == {"verified", "reported (unverified)", "rejected"}
    assert book.sheetnames == ["Cover", "Incidents", "Definitions"]
    ws = book["Incidents"]
    assert ws.freeze_panes == "A2"
    (table,) = ws.tables.values()
    assert table.ref == f"A1:T{len(rows) + 1}" and table.autoFilter.ref == table.ref
    assert ws["E2"].number_format == "yyyy-mm-dd"
    assert ws.column_dimensions["K"].width == 60
    severity_rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert len(severity_rules) == 4 and {r.formula[0] for r in severity_rules} == {
        "1",
        "2",
        "3",
        "4",
    }
    info = book.cover()
    assert info["Incident register"] is None
    assert info["Period"] == "2021-04-01 to 2022-03-31"
    assert info["Data as of the last sync"] == "never synchronised"
    assert info["Region"] == "all regions" and info["Incidents listed"] == len(rows)
    assert info["Source"]
    assert "Sensitive incident details (victims, witnesses) are not included." in book.notes()


def test_region_filter_and_last_sync(sample_db, tmp_path: Path) -> None:
    with sample_db.sessions.begin() as s:
        s.add(SyncState(id=1, last_success_at=dt.datetime(2022, 4, 2, 9, 30)))
    path = tmp_path / "lualaba.xlsx"
    export_incident_register(sample_db, request(region="lualaba"), path)
    rows = table_rows(path, "Incidents")
    assert {r["Region"] for r in rows} == {"Lualaba"}
    assert len(rows) == _count(sample_db, region="Lualaba")
    info = cover(path)
    assert info["Region"] == "Lualaba"
    assert info["Data as of the last sync"] == "2022-04-02 09:30 UTC"


def test_sensitive_details_only_when_asked_and_allowed(sample_db, tmp_path: Path) -> None:
    path = tmp_path / "sensitive.xlsx"
    export_incident_register(
        sample_db, request(*Q4_2021, include_sensitive=True, role="coordinator"), path
    )
    book = Book(path)
    rows = book.table("Incidents")
    with sample_db.sessions() as s:
        victim = s.scalars(
            select(Incident).where(
                Incident.sensitive_victims.is_not(None),
                Incident.occurred_on >= Q4_2021[0],
                Incident.occurred_on <= Q4_2021[1],
                Incident.deleted.is_(False),
            )
        ).first()
    row = next(r for r in rows if r["Incident ID"] == str(victim.id))
    assert row["Victims (sensitive)"] == victim.sensitive_victims
    assert book.cover()["Incidents listed"] == len(rows)
    assert any(n.startswith("CONFIDENTIAL") for n in book.notes())
    refused = tmp_path / "government.xlsx"
    with pytest.raises(ValidationError, match="role 'government' may not export sensitive"):
        export_incident_register(
            sample_db, request(include_sensitive=True, role="government"), refused
        )
    assert not refused.exists()


def test_bad_requests_and_cancel_leave_no_file(sample_db, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    with pytest.raises(
        NotFoundError,
        match="Unknown region 'Atlantis'. Valid regions: "
        "Eastern DRC, Haut-Katanga, Lualaba, Rwanda",
    ):
        export_incident_register(sample_db, request(region="Atlantis"), path)
    with pytest.raises(NotFoundError, match="Unknown site code 'XX-99'"):
        export_incident_register(sample_db, request(site_code="XX-99"), path)
    with pytest.raises(ValidationError, match="ends .* before it starts"):
        export_incident_register(sample_db, request(YEAR[1], YEAR[0]), path)
    steps = []
    with pytest.raises(ExportCancelled):
        export_incident_register(
            sample_db,
            request(),
            path,
            progress=lambda d, t, m: steps.append(d),
            cancelled=lambda: len(steps) >= 1,
        )
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir() if ".xlsx" in p.name] == []
