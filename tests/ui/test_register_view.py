"""The incident register on the sample programme: it lists the incidents under the
global filters, sorts and filters without losing rows, follows the site selection
and announces the sites of the selected rows."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from bm_desktop.db.models import Incident, Site
from bm_desktop.domain.filters import FilterState
from bm_desktop.services.incident_register import COLUMNS
from bm_desktop.ui.app import create_window


@pytest.fixture
def win(qtbot, sample_db_file: Path, tmp_path: Path):
    path = tmp_path / "reg.sqlite"
    shutil.copy(sample_db_file, path)
    _app, window = create_window(path, lang="en")
    qtbot.addWidget(window)
    window.ctx.filters.set_state(FilterState())
    window.incident_register.reload(wait=True)
    return window


def column(model, key: str) -> list[str]:
    c = COLUMNS.index(key)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def test_register_lists_the_incidents_of_the_period_and_sorts(win) -> None:
    reg = win.incident_register
    model = reg.model
    with win.ctx.db.sessions() as s:
        expected = s.scalar(
            select(func.count())
            .select_from(Incident)
            .where(
                Incident.deleted.is_(False),
                Incident.occurred_on >= dt.date(2021, 4, 1),
                Incident.occurred_on <= dt.date(2022, 3, 31),
            )
        )
        rejected = s.scalar(
            select(func.count())
            .select_from(Incident)
            .where(
                Incident.deleted.is_(False),
                Incident.verification == "rejected",
                Incident.occurred_on >= dt.date(2021, 4, 1),
                Incident.occurred_on <= dt.date(2022, 3, 31),
            )
        )
    assert model.rowCount() == expected == 2048 + rejected
    assert reg.count.text() == f"{expected:,} of {expected:,} incidents"
    dates = [dt.datetime.strptime(d, "%d/%m/%Y").date() for d in column(model, "occurred_on")]
    assert dates == sorted(dates, reverse=True)  # opens newest first (shown day first)
    reg.view.sortByColumn(COLUMNS.index("site"), Qt.SortOrder.AscendingOrder)
    sites = column(model, "site")
    assert sites == sorted(sites, key=str.casefold) and len(sites) == expected
    reg.view.sortByColumn(COLUMNS.index("severity"), Qt.SortOrder.DescendingOrder)
    assert column(model, "severity")[0] == "4"


def test_column_filters_search_and_global_filters(win, qtbot) -> None:
    reg = win.incident_register
    model = reg.model
    reg.header.editor(COLUMNS.index("wfcl")).setText("WFCL")
    shown = column(model, "verification")
    assert set(column(model, "wfcl")) == {"WFCL"}
    assert len(shown) - shown.count("Rejected") == 118  # the year's WFCL incidents
    reg.header.editor(COLUMNS.index("wfcl")).setText("")
    # dates typed as the column shows them (day first)
    reg.header.editor(COLUMNS.index("occurred_on")).setText("01/07/2021..30/09/2021")
    q3 = model.rowCount()
    assert set(d[3:] for d in column(model, "occurred_on")) == {"07/2021", "08/2021", "09/2021"}
    reg.header.editor(COLUMNS.index("occurred_on")).setText("")
    reg.search.setText("karajipopo")
    assert set(column(model, "site")) == {"LB-01"}
    reg.search.setText("")
    assert q3 < model.rowCount()
    win.ctx.filters.set_state(
        FilterState(regions=frozenset({"Rwanda"}), risk_categories=frozenset({"human_rights"}))
    )
    qtbot.waitUntil(lambda: model.rowCount() < 500)
    assert set(column(model, "region")) == {"Rwanda"}
    assert set(column(model, "risk_category")) == {"Human rights"}


def test_site_selection_filters_and_row_selection_highlights(win, qtbot) -> None:
    reg = win.incident_register
    model = reg.model
    with win.ctx.db.sessions() as s:
        lb01 = s.scalar(select(Site.id).where(Site.code == "LB-01"))
    win.ctx.selection.select([lb01])  # as a click on the map does
    assert set(column(model, "site")) == {"LB-01"}
    assert reg.site_chip.isVisibleTo(reg) and reg.site_chip.text() == "Sites: LB-01"
    with qtbot.waitSignal(reg.sites_highlighted) as signal:
        reg.view.selectRow(0)
    assert signal.args == [[lb01]]
    reg.site_chip.click()
    assert len(set(column(model, "site"))) > 20
