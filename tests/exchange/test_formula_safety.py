"""Text from users never runs as a formula when an exported workbook is opened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bm_desktop.db.models import CorrectiveAction, Incident, Site
from bm_desktop.exchange.exports.catalogue import EXPORTS
from bm_desktop.exchange.safe_text import cell_text, restore_text
from bm_desktop.exchange.xlsx import styles as st
from bm_desktop.exchange.xlsx.book import new_streaming_workbook
from bm_desktop.exchange.xlsx.stream import new_sheet
from tests.exchange.exchange_support import all_cells, request

HOSTILE = [
    "=cmd|' /C calc'!A0",
    "+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    " =1+1",
    "\n@SUM(A1)",
    "\uff1d1+1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_gets_an_apostrophe_and_comes_back(text: str) -> None:
    safe = cell_text(text)
    assert safe == "'" + text
    assert restore_text(safe) == text


def test_ordinary_text_is_untouched_and_control_characters_go() -> None:
    assert cell_text("Armed men at the pit") == "Armed men at the pit"
    assert cell_text("a\x00b\x1fc\nd") == "abc\nd"
    assert restore_text("'quoted by the user") == "'quoted by the user"


def test_stream_and_styled_cells_are_strings_not_formulas(tmp_path: Path) -> None:
    wb = new_streaming_workbook()
    ws = new_sheet(wb, "Sheet")
    ws.write_row(HOSTILE)
    ws.append([st.styled(ws, text, st.TEXT) for text in HOSTILE])
    ws.append(list(HOSTILE))  # plain values through append: the cell writer too
    wb.save(tmp_path / "x.xlsx")
    rows = list(load_workbook(tmp_path / "x.xlsx")["Sheet"].iter_rows())
    for row in rows:
        assert [c.data_type for c in row] == ["s"] * len(HOSTILE)
        assert [c.value for c in row] == ["'" + t for t in HOSTILE]


@pytest.fixture
def hostile_db(sample_db):
    """The sample programme with hostile text in incidents, an action and a site name."""
    with sample_db.sessions.begin() as s:
        site = s.scalar(select(Site).where(Site.code == "SK-01"))
        site.name = '=HYPERLINK("http://evil","Luhihi")'
        incidents = list(
            s.scalars(
                select(Incident).where(
                    Incident.site_id == site.id,
                    Incident.occurred_on >= dt.date(2021, 5, 3),
                    Incident.occurred_on <= dt.date(2021, 5, 9),
                    Incident.deleted.is_(False),
                )
            )
        )
        for incident, text in zip(incidents, HOSTILE, strict=False):
            incident.description = text
            incident.reported_by = text
        action = s.scalar(
            select(CorrectiveAction)
            .where(CorrectiveAction.site_id == site.id)
            .order_by(CorrectiveAction.recommended_on.desc())
            .limit(1)
        )
        action.description = "@SUM(A1) — training"
    return sample_db


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_no_export_contains_a_formula(hostile_db, kind: str, tmp_path: Path) -> None:
    start, end = (
        (dt.date(2021, 5, 3), dt.date(2021, 5, 9))
        if kind == "weekly"
        else (dt.date(2021, 4, 1), dt.date(2022, 3, 31))
    )
    path = tmp_path / f"{kind}.xlsx"
    EXPORTS[kind].run(
        hostile_db, request(start, end, site_code="SK-01", today=dt.date(2022, 4, 30)), path
    )
    seen = []
    for cell in all_cells(path):
        assert cell.data_type != "f", f"{cell.coordinate} holds a formula: {cell.value!r}"
        if isinstance(cell.value, str) and cell.value and cell.value[0] in "=+-@\t\r":
            pytest.fail(f"{cell.coordinate} starts with a formula character: {cell.value!r}")
        if isinstance(cell.value, str) and cell.value.startswith("'"):
            seen.append(cell.value)
    if kind in ("incidents", "actions", "scorecards"):  # the site name starts a cell
        assert '\'=HYPERLINK("http://evil","Luhihi")' in seen
    if kind in ("incidents", "weekly"):
        assert "'=cmd|' /C calc'!A0" in seen
