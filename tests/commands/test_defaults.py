"""Without --from/--to, figures, workbooks and the window take the latest reporting year
(April to March) that has data, not the sample's 2021-22; ``bm-desktop init`` creates an
empty database without opening the window."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import func, select

from bm_desktop.cli import main
from bm_desktop.db import migrate
from bm_desktop.db.engine import open_database
from bm_desktop.db.models import Province, SecurityEvent, Site

ROOT = Path(__file__).resolve().parents[2]


def _init(path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["init", "--db", str(path)]) == 0
    assert capsys.readouterr().out == (
        f"Created an empty programme database at {path} (reference data only).\n"
    )


def _empty(path: Path) -> None:
    """An empty programme database, made without ``init`` (so each test checks one thing)."""
    from bm_desktop.db.reference_data import seed_reference_data

    db = open_database(path)
    with db.sessions.begin() as s:
        seed_reference_data(s)
    db.dispose()


def _add_event(path: Path, day: dt.date) -> None:
    db = open_database(path)
    with db.sessions.begin() as s:
        s.add(
            SecurityEvent(
                source="acled",
                source_id=f"E{day}",
                date_start=day,
                date_end=day,
                longitude=28.9,
                latitude=-2.4,
                event_type="Battles",
                fatalities=2,
            )
        )
    db.dispose()


def test_init_creates_an_empty_migrated_database_without_a_window(tmp_path, capsys) -> None:
    path = tmp_path / "office.sqlite"
    _init(path, capsys)
    db = open_database(path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Province)) >= 12
            assert s.scalar(select(func.count()).select_from(Site)) == 0
    finally:
        db.dispose()
    assert main(["init", "--db", str(path), "--lang", "fr"]) == 0
    assert capsys.readouterr().out == f"{path} est une base du programme vide, à jour.\n"
    # a separate process: no Qt is loaded, no window opens
    probe = (
        "import sys; from bm_desktop.cli import main; "
        f"code = main(['init', '--db', {str(tmp_path / 'b.sqlite')!r}]); "
        "print('qt' if 'PySide6' in sys.modules else 'no qt'); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0 and done.stdout.strip().endswith("no qt"), done.stderr
    assert (tmp_path / "b.sqlite").exists()
    assert main(["init", "--db", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_empty_database_takes_the_reporting_year_of_today(tmp_path, capsys) -> None:
    path = tmp_path / "empty.sqlite"
    _empty(path)
    today = dt.date.today()  # its reporting year runs from 1 April to 31 March
    first = today.year if today.month >= 4 else today.year - 1
    start, end = dt.date(first, 4, 1), dt.date(first + 1, 3, 31)
    assert main(["stats", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Impact figures, {start} to {end} (all regions)")
    assert main(["stats", "--db", str(path), "--from", "2021-04-01"]) == 2
    assert "give both --from and --to, or neither" in capsys.readouterr().err


def test_data_of_another_year_make_the_default_period(tmp_path, capsys) -> None:
    path = tmp_path / "2019.sqlite"
    _empty(path)
    _add_event(path, dt.date(2019, 8, 10))
    _add_event(path, dt.date(2202, 1, 17))  # a typo in the future does not move it
    assert main(["stats", "--db", str(path), "--json"]) == 0
    assert '"from": "2019-04-01",' in capsys.readouterr().out
    out = tmp_path / "incidents.xlsx"
    assert main(["export", "incidents", "--db", str(path), "--out", str(out)]) == 0
    assert "(2019-04-01 to 2020-03-31;" in capsys.readouterr().out
    assert load_workbook(out)["Cover"]["B4"].value == "2019-04-01 to 2020-03-31"
    quarterly = tmp_path / "quarterly.xlsx"
    assert main(["export", "quarterly", "--db", str(path), "--out", str(quarterly)]) == 0
    assert "(2019-07-01 to 2019-09-30;" in capsys.readouterr().out


def test_the_window_opens_on_the_latest_year_with_data(qtbot, tmp_path, capsys) -> None:
    from bm_desktop.ui.app import create_window

    path = tmp_path / "window.sqlite"
    _empty(path)
    _add_event(path, dt.date(2019, 8, 10))
    _app, window = create_window(path, empty=True, lang="en")
    qtbot.addWidget(window)
    try:
        state = window.ctx.filters.state
        assert (state.start, state.end) == (dt.date(2019, 4, 1), dt.date(2020, 3, 31))
        dock = window.filters_dock
        assert dock.period.currentText() == "Reporting year 2019–20"
        assert dock.start.date().toPython() == dt.date(2019, 4, 1)
        dock.reset()
        assert (window.ctx.filters.state.start, window.ctx.filters.state.end) == (
            dt.date(2019, 4, 1),
            dt.date(2020, 3, 31),
        )
    finally:
        window.close()
