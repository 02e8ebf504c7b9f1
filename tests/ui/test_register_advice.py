"""File > Import > sites with a national register: the preview says first that it belongs
in a reference layer (the programme has 48 sites, the file 300 others)."""

from __future__ import annotations

import datetime as dt

import pytest

from bm_desktop.domain.filters import FilterState
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.exchange.feature import install
from bm_desktop.ui.settings import Settings
from tests.register_file import write_register
from tests.ui.test_exchange_ui import Host


@pytest.fixture
def host(qtbot, sample_db):
    ctx = AppContext(db=sample_db, settings=Settings(), lang="en", role="coordinator")
    ctx.filters.set_state(FilterState().with_period(dt.date(2021, 4, 1), dt.date(2022, 3, 31)))
    window = Host(ctx)
    qtbot.addWidget(window)
    window.exchange = install(window)
    return window


def test_the_preview_of_a_register_points_to_reference_layers(host, qtbot, tmp_path) -> None:
    path = write_register(tmp_path / "cod_mines_ipis.csv", 300, visits_per_site=1)
    dialog = host.exchange.preview("sites", path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    first = dialog.errors.toPlainText().splitlines()[0]
    assert first.startswith(
        "This file would add 300 sites to the programme's 48: it looks "
        "like a national register. Load it as a reference layer instead"
    )
    assert first.endswith("or Layers dock > Add a reference layer…")
