"""Score cards, quarterly report, Annex II summary and weekly report, read back and
checked against the KPI services (the figures the dashboards show)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bm_desktop.db.models import Incident, Site
from bm_desktop.domain.errors import ValidationError
from bm_desktop.domain.kpi import Period, Scope
from bm_desktop.exchange.exports.annex2 import export_annex2
from bm_desktop.exchange.exports.quarterly import export_quarterly
from bm_desktop.exchange.exports.scorecards import export_scorecards
from bm_desktop.exchange.exports.weekly import export_weekly, week_of
from bm_desktop.services import kpis
from tests.exchange.exchange_support import Q4_2021, Book, request

Q4 = Period(*Q4_2021)
Q3 = Period(dt.date(2021, 7, 1), dt.date(2021, 9, 30))


def test_scorecards_overview_and_site_sheet(sample_db, tmp_path: Path) -> None:
    path = tmp_path / "cards.xlsx"
    export_scorecards(sample_db, request(*Q4_2021), path)
    book = Book(path)
    assert book.sheetnames[:2] == ["Cover", "Overview"]
    overview = {r["Site code"]: r for r in book.table("Overview")}
    by_site_now = {c.key: c.count for c in kpis.incidents_by_site(sample_db, Q4)}
    by_site_before = {c.key: c.count for c in kpis.incidents_by_site(sample_db, Q3)}
    rates = {g.key: g.figures for g in kpis.implementation_rates(sample_db, Q4.end, "site")}
    lb = overview["LB-01"]  # Karajipopo: child labour fell from 33 to 7 (DOMAIN.md)
    assert lb["Site name"] == "Karajipopo"
    assert lb["Incidents"] == by_site_now["LB-01"]
    assert lb["Incidents, previous period"] == by_site_before["LB-01"]
    assert lb["Change"] == lb["Incidents"] - lb["Incidents, previous period"]
    assert lb["Child labour incidents"] == 7
    assert lb["Actions recommended"] == rates["LB-01"].recommended
    assert lb["Implemented or in progress"] == rates["LB-01"].implementing
    assert lb["Implementation rate"] == pytest.approx(rates["LB-01"].rate)
    assert set(book.sheetnames[2:]) == set(overview)  # one sheet per listed site
    sheet = book.rows("LB-01")
    assert sheet[0][0] == "LB-01 — Karajipopo"
    labels = [r[0] for r in sheet]
    total = sheet[labels.index("All incidents")]
    assert total[1:4] == (lb["Incidents"], lb["Incidents, previous period"], lb["Change"])
    first_cat = labels.index("Human rights")
    assert sum(r[1] for r in sheet[first_cat : first_cat + 7]) == lb["Incidents"]
    assert sheet[labels.index("of which child labour and WFCL")][1] == 7
    assert sheet[labels.index("Implementation rate")][1] == pytest.approx(rates["LB-01"].rate)
    assert "2021-07-01 to 2021-09-30" in book.cover()["Previous period"]


def test_quarterly_totals_match_the_kpis_and_charts_are_there(sample_db, tmp_path) -> None:
    path = tmp_path / "quarterly.xlsx"
    export_quarterly(sample_db, request(*Q4_2021), path)
    book = Book(path)
    assert book.sheetnames == [
        "Cover",
        "Regions",
        "Provinces",
        "Risk categories",
        "Security events",
    ]
    regions = {r["Region"]: r for r in book.table("Regions")}
    for name in ("Eastern DRC", "Lualaba", "Haut-Katanga", "Rwanda"):
        scope = Scope.region(name)
        assert regions[name]["Incidents"] == kpis.incidents_total(sample_db, Q4, scope)
        cl = kpis.child_labour_figures(sample_db, Q4, scope)
        assert (
            regions[name]["Child labour incidents (incl. WFCL)"],
            regions[name]["of which WFCL"],
        ) == (cl.incidents, cl.wfcl_incidents)
        rate = kpis.implementation_rate(sample_db, Q4.end, scope)
        assert regions[name]["Actions recommended since the start"] == rate.recommended
        assert regions[name]["Implemented or in progress"] == rate.implementing
        assert regions[name]["CAP meetings held"] == kpis.meetings_held(
            sample_db, Q4.end, scope, since=Q4.start
        )
    total = next(r for r in book.rows("Regions") if r[0] == "Total")
    assert total[2] == kpis.incidents_total(sample_db, Q4)
    provinces = book.table("Provinces")
    assert sum(r["Incidents"] for r in provinces) == total[2]
    assert {r["Province"] for r in provinces if r["Region"] == "Eastern DRC"} == {
        "South Kivu",
        "North Kivu",
        "Maniema",
        "Tanganyika",
        "Ituri",
    }
    categories = book.rows("Risk categories")
    all_row = next(r for r in categories if r[0] == "All incidents")
    assert all_row[-1] == total[2]
    events = book.rows("Security events")
    assert events[2][-2:] == ("All events", "Fatalities")
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 2
        xml = "".join(z.read(n).decode() for n in charts)
    assert "8E24AA" in xml and "C62828" in xml  # human rights and security, as on the map


def test_annex2_adds_up_to_the_published_figures(sample_db, tmp_path: Path) -> None:
    path = tmp_path / "annex2.xlsx"
    export_annex2(sample_db, request(), path)
    book = Book(path)
    rows = book.table("Annex II summary")
    assert len(rows) == 4 * 7
    everything = [r for r in rows if r["Supply chain"] == "All supply chains"]
    assert sum(r["Incidents in the period"] for r in everything) == 2048
    assert sum(r["Actions recommended since the start"] for r in everything) == 1098
    assert sum(r["Implemented or in progress"] for r in everything) == 888
    serious = next(r for r in everything if r["OECD Annex II heading"].startswith("Serious"))
    areas = [
        r
        for r in book.table("By risk area")
        if r["Supply chain"] == "All supply chains"
        and r["OECD Annex II heading"] == serious["OECD Annex II heading"]
    ]
    assert {r["Risk area"] for r in areas} >= {
        "Worst forms of child labour (WFCL)",
        "Forced labour",
    }
    assert sum(r["Incidents in the period"] for r in areas) == serious["Incidents in the period"]
    gold = [r for r in rows if r["Supply chain"] == "Gold"]
    assert 0 < sum(r["Incidents in the period"] for r in gold) < 2048
    assert "No supplier prices, names or whistle-blower identities are included." in book.notes()


def test_weekly_report_of_one_site(sample_db, tmp_path: Path) -> None:
    week = week_of(dt.date(2021, 5, 5))
    assert (week.start, week.end) == (dt.date(2021, 5, 3), dt.date(2021, 5, 9))
    path = tmp_path / "weekly.xlsx"
    export_weekly(sample_db, request(week.start, week.end, site_code="SK-01"), path)
    book = Book(path)
    assert book.sheetnames == ["Cover", "Incidents", "Risks", "Actions", "Security events"]
    with sample_db.sessions() as s:
        site = s.scalar(select(Site).where(Site.code == "SK-01"))
        expected = s.scalar(
            select(func.count(Incident.id)).where(
                Incident.site_id == site.id,
                Incident.deleted.is_(False),
                Incident.verification != "rejected",
                Incident.occurred_on >= week.start,
                Incident.occurred_on <= week.end,
            )
        )
    incidents = book.table("Incidents")
    assert len(incidents) == expected > 0
    assert all(week.start <= r["Occurred on"].date() <= week.end for r in incidents)
    info = book.cover()
    assert info["Weekly site risk report: SK-01 — Luhihi"] is None
    assert info["Incidents of the week"] == expected
    assert info["Period"] == "2021-05-03 to 2021-05-09"
    risks = book.table("Risks")
    assert risks == sorted(risks, key=lambda r: -r["Score"])
    with pytest.raises(ValidationError, match="Choose the site"):
        export_weekly(sample_db, request(week.start, week.end), tmp_path / "none.xlsx")


def test_weekly_report_lists_security_events_near_the_site(sample_db, tmp_path: Path) -> None:
    from bm_desktop.services.security_alerts import security_alerts

    week = week_of(dt.date(2021, 11, 10))
    path = tmp_path / "weekly-nk.xlsx"
    export_weekly(sample_db, request(week.start, week.end, site_code="NK-01"), path)
    book = Book(path)
    events = book.table("Security events")
    with sample_db.sessions() as s:
        site_id = s.scalar(select(Site.id).where(Site.code == "NK-01"))
    expected = security_alerts(sample_db, week.end, days=6, site_ids=[site_id])
    assert len(events) == len(expected) > 0
    assert [round(r["Distance from the site (km)"], 1) for r in events] == [
        round(a.distance_km, 1) for a in expected
    ]
    assert all(r["Distance from the site (km)"] <= 25 for r in events)
    info = book.cover()
    assert info["Security events within 25 km"] == len(expected)
    assert info["Fatalities in those events"] == sum(a.fatalities for a in expected)


def test_reports_say_which_filters_they_honour(sample_db, tmp_path: Path) -> None:
    from bm_desktop.domain.filters import FilterState

    filters = FilterState(risk_categories=frozenset({"security"}), minerals=frozenset({"gold"}))
    path = tmp_path / "gold.xlsx"
    export_quarterly(sample_db, request(*Q4_2021, filters=filters), path)
    book = Book(path)
    info = book.cover()
    assert info["Minerals"] == "gold"
    assert info["Risk categories"] != "security"  # only the sheet of that name is listed
    total = next(r for r in book.rows("Regions") if r[0] == "Total")
    assert total[2] == kpis.incidents_total(sample_db, Q4, Scope(minerals=frozenset({"gold"})))
