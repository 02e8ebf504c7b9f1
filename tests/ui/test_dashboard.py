"""The dashboard on the sample programme shows the figures of ``bm-desktop stats`` for
the same period, follows the global filters, and exports each chart to PNG."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from bm_desktop.cli import main as cli
from bm_desktop.domain import colours
from bm_desktop.domain.filters import FilterState
from bm_desktop.ui.app import create_window


@pytest.fixture
def sample_window(qtbot, sample_db_file: Path, tmp_path: Path):
    path = tmp_path / "dash.sqlite"
    shutil.copy(sample_db_file, path)
    _app, win = create_window(path, lang="en")
    qtbot.addWidget(win)
    win.db_path = path
    return win


def stats(capsys, path: Path, *extra: str) -> dict:
    capsys.readouterr()
    assert (
        cli(
            [
                "stats",
                "--from",
                "2021-04-01",
                "--to",
                "2022-03-31",
                "--json",
                "--db",
                str(path),
                *extra,
            ]
        )
        == 0
    )
    return json.loads(capsys.readouterr().out)


def test_dashboard_equals_stats_for_the_reporting_year(qtbot, capsys, sample_window) -> None:
    win = sample_window
    dash = win.dashboard_dock.dashboard
    win.ctx.filters.set_state(FilterState())  # the 2021-22 reporting year, everything
    dash.reload(wait=True)
    expected = stats(capsys, win.db_path)
    cards = {k: c.value.text() for k, c in dash.cards.items()}
    assert cards["incidents"] == f"{expected['incidents']:,}" == "2,048"
    assert cards["recommended"] == f"{expected['actions_recommended']:,}" == "1,098"
    assert cards["implementing"] == f"{expected['actions_implemented_or_in_progress']:,}" == "888"
    assert cards["rate"] == f"{expected['implementation_rate_percent']}%" == "81%"
    assert cards["child_labour"] == f"{expected['child_labour_incidents']:,}"
    assert dash.cards["child_labour"].caption.text() == (
        f"child-labour incidents, of which {expected['wfcl_incidents']} WFCL"
    )
    assert cards["meetings"] == f"{expected['meetings_held']:,}"

    # each region's bar is the rate `stats --region` prints
    figures = dash.figures
    for row in figures.rate_by_region:
        region = stats(capsys, win.db_path, "--region", row.key)
        assert (row.figures.implementing, row.figures.recommended) == (
            region["actions_implemented_or_in_progress"],
            region["actions_recommended"],
        )
    # the charts add up to the headline figures
    assert sum(sum(s.monthly) for s in figures.incidents_by_month) == expected["incidents"]
    assert sum(k.recommended for k in figures.actions_by_kind) == expected["actions_recommended"]
    # the cobalt site whose child-labour incidents fell from 33 to 7 is labelled as such
    assert any(": 33 → 7 (2021 Q4, −79%)" in text for text in dash.drop_labels)
    top = figures.child_labour_by_site[0]
    assert top.counts[figures.quarters.index("2021 Q3")] == 33
    assert top.counts[figures.quarters.index("2021 Q4")] == 7


def test_dashboard_follows_filters_and_exports_png(
    qtbot, capsys, sample_window, tmp_path: Path
) -> None:
    win = sample_window
    dash = win.dashboard_dock.dashboard
    win.ctx.filters.set_state(FilterState(regions=frozenset({"Rwanda"})))
    dash.reload(wait=True)
    rwanda = stats(capsys, win.db_path, "--region", "Rwanda")
    assert dash.cards["incidents"].value.text() == f"{rwanda['incidents']:,}"
    assert dash.cards["child_labour"].value.text() == "4"  # 4 in Rwanda, 3 of them WFCL
    assert "of which 3 WFCL" in dash.cards["child_labour"].caption.text()
    assert [r.key for r in dash.figures.rate_by_region] == ["Rwanda"]

    win.ctx.filters.set_state(FilterState())
    dash.reload(wait=True)
    dash.resize(1400, 1200)
    dash.show()
    for chart in dash.charts:
        path = chart.export_png(tmp_path / f"{chart.name}.png")
        image = QImage(str(path))
        assert image.width() > 300 and image.height() > 200, chart.name
    image = QImage(str(tmp_path / "implementation_rate.png"))
    green = QColor(colours.RATE_HIGH)
    found = any(
        QColor(image.pixel(x, y)).name() == green.name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert found, "the above-target bars are drawn in the target colour"


def _sql(path: Path, query: str) -> list[tuple]:
    """Rows read straight from the database file, independently of the KPI code."""
    with sqlite3.connect(path) as conn:
        return conn.execute(query).fetchall()


def _count(path: Path, query: str) -> int:
    return int(_sql(path, query)[0][0])


YEAR_INCIDENTS = """SELECT count(*) FROM incidents i JOIN sites s ON s.id = i.site_id
    WHERE i.deleted = 0 AND s.deleted = 0 AND i.occurred_on BETWEEN '2021-04-01' AND '2022-03-31'"""
COUNTED = YEAR_INCIDENTS + " AND i.verification IN ('reported', 'verified')"
CHILD_LABOUR = (
    " AND i.risk_area_id IN (SELECT id FROM risk_areas WHERE code IN ('child_labour', 'wfcl'))"
)
SUSPENDED = " AND s.status = 'suspended'"
YEAR_ACTIONS = """SELECT count(*) FROM corrective_actions a JOIN sites s ON s.id = a.site_id
    WHERE a.deleted = 0 AND s.deleted = 0 AND a.recommended_on <= '2022-03-31'"""


def test_dashboard_follows_severity_verification_and_site_status(
    qtbot, capsys, sample_window
) -> None:
    win = sample_window
    dash = win.dashboard_dock.dashboard
    path = win.db_path

    win.ctx.filters.set_state(FilterState(severities=frozenset({4})))
    dash.reload(wait=True)
    critical = _count(path, COUNTED + " AND i.severity = 4")
    assert 0 < critical < 2048
    assert dash.cards["incidents"].value.text() == f"{critical:,}"
    assert sum(sum(s.monthly) for s in dash.figures.incidents_by_month) == critical
    critical_cl = _count(path, COUNTED + " AND i.severity = 4" + CHILD_LABOUR)
    assert dash.cards["child_labour"].value.text() == f"{critical_cl:,}"
    # severity concerns incidents: the actions stay those of the whole programme
    assert dash.cards["recommended"].value.text() == "1,098"

    win.ctx.filters.set_state(FilterState(verified_only=True))
    dash.reload(wait=True)
    verified = _count(path, YEAR_INCIDENTS + " AND i.verification = 'verified'")
    assert 0 < verified < 2048
    assert dash.cards["incidents"].value.text() == f"{verified:,}"

    win.ctx.filters.set_state(FilterState(site_statuses=frozenset({"suspended"})))
    dash.reload(wait=True)
    suspended = {
        code
        for (code,) in _sql(
            path, "SELECT code FROM sites WHERE deleted = 0 AND status = 'suspended'"
        )
    }
    assert suspended
    assert dash.figures.headline.sites == len(suspended)
    assert dash.cards["incidents"].value.text() == f"{_count(path, COUNTED + SUSPENDED):,}"
    assert dash.cards["recommended"].value.text() == f"{_count(path, YEAR_ACTIONS + SUSPENDED):,}"
    assert {r.key for r in dash.figures.rate_by_site} <= suspended
    assert all(row.site_code in suspended for row in dash.figures.overdue)
    assert all(row.site_code in suspended for row in dash.figures.child_labour_by_site)

    # back to the defaults: the figures of `bm-desktop stats` again
    win.ctx.filters.set_state(FilterState())
    dash.reload(wait=True)
    assert dash.cards["incidents"].value.text() == f"{stats(capsys, path)['incidents']:,}"
