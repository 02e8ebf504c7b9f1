"""The dashboard on the sample programme shows the figures of ``bm-desktop stats`` for
the same period, follows the global filters, and exports each chart to PNG."""

from __future__ import annotations

import json
import shutil
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
    assert cli(["stats", "--from", "2021-04-01", "--to", "2022-03-31", "--json",
                "--db", str(path), *extra]) == 0
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
        f"child-labour incidents, of which {expected['wfcl_incidents']} WFCL")
    assert cards["meetings"] == f"{expected['meetings_held']:,}"

    # each region's bar is the rate `stats --region` prints
    figures = dash.figures
    for row in figures.rate_by_region:
        region = stats(capsys, win.db_path, "--region", row.key)
        assert (row.figures.implementing, row.figures.recommended) == (
            region["actions_implemented_or_in_progress"], region["actions_recommended"])
    # the charts add up to the headline figures
    assert sum(sum(s.monthly) for s in figures.incidents_by_month) == expected["incidents"]
    assert sum(k.recommended for k in figures.actions_by_kind) == expected["actions_recommended"]
    # the cobalt site whose child-labour incidents fell from 33 to 7 is labelled as such
    assert any(": 33 → 7 (2021 Q4, −79%)" in text for text in dash.drop_labels)
    top = figures.child_labour_by_site[0]
    assert top.counts[figures.quarters.index("2021 Q3")] == 33
    assert top.counts[figures.quarters.index("2021 Q4")] == 7


def test_dashboard_follows_filters_and_exports_png(qtbot, capsys, sample_window,
                                                   tmp_path: Path) -> None:
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
    found = any(QColor(image.pixel(x, y)).name() == green.name()
                for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))
    assert found, "the above-target bars are drawn in the target colour"
