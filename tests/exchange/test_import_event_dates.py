"""Issue 13, section 1: event dates are never guessed silently. The day/month order is
decided from the file's unambiguous rows (or refused, naming --date-order), each
event keeps what is known of its date, imprecise events count honestly, and future
or implausibly old dates are refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from bm_desktop.db.models import SecurityEvent
from bm_desktop.domain.filters import FilterState
from bm_desktop.domain.kpi import Period
from bm_desktop.exchange.exports.security_context import events_by_province
from bm_desktop.exchange.imports.report import ImportFileError, ImportRefused
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from bm_desktop.services.map_data import load_map_data
from bm_desktop.services.security_alerts import security_alerts
from tests.exchange.event_files import (
    ACLED_COLUMNS,
    TRACKER_COLUMNS,
    UCDP_COLUMNS,
    acled,
    tracker,
    ucdp,
    write,
)
from tests.exchange.exchange_support import fingerprint

TODAY = dt.date(2024, 6, 30)


def _stored(db, source: str) -> dict[str, SecurityEvent]:
    with db.sessions() as s:
        return {
            e.source_id: e
            for e in s.scalars(select(SecurityEvent).where(SecurityEvent.source == source))
        }


def test_month_first_tracker_export_is_read_month_first_and_says_so(db, tmp_path: Path) -> None:
    rows = [
        tracker(1, "3/23/2019"),
        tracker(2, "06/01/2021"),
        tracker(3, "12/31/2020"),
        tracker(4, "1/2/2022"),
    ]
    path = write(tmp_path / "tracker.csv", TRACKER_COLUMNS, rows)
    report = run_import(db, "events", path, ImportOptions(today=TODAY))
    assert (report.added, report.rejected) == (4, 0)
    stored = _stored(db, "other")
    assert stored["TRK-0002"].date_start == dt.date(2021, 6, 1)  # 1 June, not 6 January
    assert stored["TRK-0004"].date_start == dt.date(2022, 1, 2)
    assert stored["TRK-0001"].date_start == dt.date(2019, 3, 23)
    assert report.warnings[0] == (
        "Dates were read month first (mm/dd/yyyy) for every row, as "
        "2 rows show (row 2 '3/23/2019', row 4 '12/31/2020')."
    )


def test_undecidable_order_is_refused_naming_the_option(db, tmp_path: Path) -> None:
    path = write(
        tmp_path / "tracker.csv",
        TRACKER_COLUMNS,
        [tracker(1, "06/01/2021"), tracker(2, "03/02/2021")],
    )
    before = fingerprint(db)
    with pytest.raises(
        ImportFileError,
        match=r"row 2: '06/01/2021' could be either\). Choose "
        r"the order with --date-order dmy",
    ):
        run_import(db, "events", path, ImportOptions(today=TODAY))
    assert fingerprint(db) == before
    report = run_import(db, "events", path, ImportOptions(today=TODAY, date_order="dmy"))
    assert report.added == 2
    assert _stored(db, "other")["TRK-0001"].date_start == dt.date(2021, 1, 6)
    assert report.warnings[0] == (
        "Dates were read day first (dd/mm/yyyy), as chosen with --date-order dmy."
    )


def test_mixed_orders_are_refused_and_a_chosen_order_rejects_the_others(db, tmp_path: Path) -> None:
    path = write(
        tmp_path / "mixed.csv",
        TRACKER_COLUMNS,
        [tracker(1, "23/03/2019"), tracker(2, "3/23/2019"), tracker(3, "06/01/2021")],
    )
    before = fingerprint(db)
    with pytest.raises(
        ImportFileError,
        match=r"both day first \(row 2 '23/03/2019'\) and month "
        r"first \(row 3 '3/23/2019'\)",
    ):
        run_import(db, "events", path, ImportOptions(today=TODAY))
    with pytest.raises(ImportRefused) as refused:
        run_import(db, "events", path, ImportOptions(today=TODAY, date_order="mdy"))
    assert refused.value.report.rejected_reasons() == [
        "row 2: date '23/03/2019' is not a month-first date (the dates were read month first: "
        "--date-order mdy)"
    ]
    assert fingerprint(db) == before


def test_future_and_implausibly_old_dates_are_refused(db, tmp_path: Path) -> None:
    rows = [
        acled(1, "2022-01-17"),
        acled(2, "2202-01-17"),
        acled(3, "1202-01-17"),
        acled(4, "2022-01-18"),
    ]
    path = write(tmp_path / "typo.csv", ACLED_COLUMNS, rows)
    before = fingerprint(db)
    with pytest.raises(ImportRefused) as refused:
        run_import(db, "events", path, ImportOptions(today=TODAY))
    assert refused.value.report.rejected_reasons() == [
        "row 3: event_date '2202-01-17' is in the future",
        "row 4: event_date '1202-01-17' is before 1989, the first year of the conflict-event "
        "records: is it a typo?",
    ]
    assert fingerprint(db) == before


def _ucdp_file(tmp_path: Path) -> Path:
    rows = [
        ucdp(1, "2023-03-14", "2023-03-14", kind=1),
        ucdp(2, "2023-01-01", "2023-12-31", prec=5, kind=2),  # GED: only the year known
        ucdp(3, "", "", kind=3, year=2023),  # a release giving the year only
        ucdp(4, "2023-05-01", "2023-05-31", prec=4, kind=3),
    ]  # only the month known
    return write(tmp_path / "GEDEvent_v24_1.csv", UCDP_COLUMNS, rows)


def test_ucdp_year_and_month_precision_are_kept(db, tmp_path: Path) -> None:
    report = run_import(db, "events", _ucdp_file(tmp_path), ImportOptions(today=TODAY))
    assert (report.layout, report.added, report.rejected) == ("UCDP GED", 4, 0)
    stored = _stored(db, "ucdp")
    got = {k: (e.date_start, e.date_end, e.date_unit, e.event_type) for k, e in stored.items()}
    assert got == {
        "400001": (dt.date(2023, 3, 14), dt.date(2023, 3, 14), "day", "State-based conflict"),
        "400002": (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year", "Non-state conflict"),
        "400003": (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year", "One-sided violence"),
        "400004": (dt.date(2023, 5, 1), dt.date(2023, 5, 31), "month", "One-sided violence"),
    }
    assert [r.summary.split(" · ")[0] for r in sorted(report.rows, key=lambda r: r.row)] == [
        "2023-03-14",
        "2023",
        "2023",
        "2023-05",
    ]


def test_imprecise_events_count_in_their_year_never_in_a_quarter(sample_db, tmp_path: Path) -> None:
    run_import(sample_db, "events", _ucdp_file(tmp_path), ImportOptions(today=TODAY))
    quarter, year = (
        Period(dt.date(2023, 1, 1), dt.date(2023, 3, 31)),
        Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    )
    with sample_db.sessions() as s:
        in_quarter = sum(p.events for p in events_by_province(s, quarter)[0].values())
        in_year = sum(p.events for p in events_by_province(s, year)[0].values())
    assert (in_quarter, in_year) == (1, 4)  # Q1: only the day-dated event of 14 March
    data = load_map_data(sample_db)
    ids = {e: i for i, e in enumerate(data.events.ids)}
    stored = _stored(sample_db, "ucdp")
    q1 = data.event_mask(FilterState(dt.date(2023, 1, 1), dt.date(2023, 3, 31)))
    may = data.event_mask(FilterState(dt.date(2023, 5, 1), dt.date(2023, 5, 31)))
    assert [bool(q1[ids[stored[k].id]]) for k in ("400001", "400002", "400003", "400004")] == [
        True,
        False,
        False,
        False,
    ]
    assert [bool(may[ids[stored[k].id]]) for k in ("400001", "400002", "400003", "400004")] == [
        False,
        False,
        False,
        True,
    ]


def test_a_year_dated_event_at_a_site_raises_no_proximity_alert(sample_db, tmp_path: Path) -> None:
    from bm_desktop.db.models import Site

    with sample_db.sessions() as s:
        site = s.scalars(select(Site).where(Site.code == "LB-01")).one()
        lon, lat = site.longitude, site.latitude
    rows = [
        ucdp(1, "2023-01-01", "2023-12-31", prec=5, latitude=lat, longitude=lon),
        ucdp(2, "2023-06-20", "2023-06-20", latitude=lat, longitude=lon + 0.01),
    ]
    path = write(tmp_path / "ged.csv", UCDP_COLUMNS, rows)
    run_import(sample_db, "events", path, ImportOptions(today=TODAY))
    alerts = [a for a in security_alerts(sample_db, dt.date(2023, 6, 30)) if a.site_code == "LB-01"]
    stored = _stored(sample_db, "ucdp")
    assert [a.event_id for a in alerts] == [stored["400002"].id]
