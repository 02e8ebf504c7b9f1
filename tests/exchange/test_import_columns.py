"""Issue 13, section 7: CSV files read a chunk of columns at a time give the csv
module's cells, and the column checks of UCDP GED and mapped files take exactly the
values the row parser takes, leaving it every row they are not sure of."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bm_desktop.exchange.imports import event_fast
from bm_desktop.exchange.imports.column_chunks import transpose
from bm_desktop.exchange.imports.dates import DateReader
from bm_desktop.exchange.imports.event_layouts import parse_acled, parse_other, parse_ucdp
from bm_desktop.exchange.imports.readers import open_table
from bm_desktop.exchange.imports.report import ImportFileError, ImportRefused
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from bm_desktop.exchange.imports.values import BadValue
from tests.exchange.event_files import ACLED_COLUMNS, UCDP_COLUMNS, acled, ucdp, write
from tests.exchange.exchange_support import fingerprint

TODAY = dt.date(2024, 6, 30)


def _cells(rows: list[dict], headers: list[str]) -> list[tuple[int, list]]:
    return [
        (n + 2, [r[h] if isinstance(r[h], str) else str(r[h]) for h in headers])
        for n, r in enumerate(rows)
    ]


def _agree(check, parse, headers: list[str], rows: list[dict]) -> tuple[list[int], dict]:
    """Run the column check; every sure row must read as the row parser reads it.
    Returns the sure rows' numbers and the row parser's reading of the others."""
    raws = _cells(rows, headers)
    index = {h: i for i, h in enumerate(headers)}
    good, rest = check(
        [n for n, _ in raws], transpose([r for _, r in raws], len(headers)), index, TODAY
    )

    def by_row(raw: list) -> tuple | str:
        try:
            return parse(dict(zip(headers, raw, strict=True)), DateReader(TODAY))
        except BadValue as exc:
            return str(exc)

    for n, source_id, values in good:
        assert (source_id, values) == by_row(raws[n - 2][1]), n
    assert sorted([n for n, _, _ in good] + [n for n, _ in rest]) == [n for n, _ in raws]
    return [n for n, _, _ in good], {n: by_row(raw) for n, raw in rest}


def test_ucdp_columns_agree_with_the_row_parser() -> None:
    rows = [
        ucdp(1, "2023-05-01", "2023-05-01"),
        ucdp(2, "2023-05-01 00:00:00.000", "2023-05-03 00:00:00.000"),  # GED's own format
        ucdp(3, "2023-05-10", "2023-05-30", prec=2),
        ucdp(4, "2023-05-10", "2023-05-10", prec=4),  # the month is known
        ucdp(5, "2023-05-10", "2023-05-10", prec=5),  # the year is known
        ucdp(6, "2023-05-10", ""),  # no end: one day
        ucdp(7, "2023-05-10", "2023-05-10", low="", high="", deaths_civilians=""),
        ucdp(8, "2023-05-10", "2023-05-10", where_prec=6, kind=1),
        ucdp(9, "2023-05-10", "2023-05-09"),  # ends before it starts
        ucdp(10, "2023-05-10", "2031-01-01"),  # ends in the future
        ucdp(11, "13/05/2023", "13/05/2023"),  # slash dates: the file decides the order
        ucdp(12, "2023-05-10", "2023-05-10", kind=4),
        ucdp(13, "2023-05-10", "2023-05-10", kind=""),
        ucdp(14, "2023-05-10", "2023-05-10", best="-2"),
        ucdp(15, "2023-05-10", "2023-05-10", best="99999999999"),  # beyond the database
        ucdp(16, "2023-05-10", "2023-05-10", side_a="bad\x01actor"),  # a control character
        ucdp(17, "", "", year="2022"),  # a year only
        ucdp(18, "2023-05-10", "2023-05-10", latitude="1,5"),  # a decimal comma
        ucdp(19, "2023-05-10", "2023-05-10", date_prec="9"),
        ucdp(20, "2023-05-10T08:00", "2023-05-10", high="7"),
    ]
    sure, others = _agree(event_fast.ucdp, parse_ucdp, UCDP_COLUMNS, rows)
    assert sure == [2, 3, 4, 5, 6, 7, 8, 9, 21]
    assert others[10] == "date_end 2023-05-09 is before date_start 2023-05-10"
    assert others[11] == "date_end '2031-01-01' is in the future"
    assert others[12][1][:4] == (dt.date(2023, 5, 13), dt.date(2023, 5, 13), 1, "day")
    assert others[13] == "type_of_violence 4 is not 1, 2 or 3"
    assert others[14] == "type_of_violence is empty"
    assert others[15] == "best -2 must be 0 or more"
    assert "too large" in others[16] and "control character" in others[17]
    assert others[18][1][:4] == (dt.date(2022, 1, 1), dt.date(2022, 12, 31), 3, "year")
    assert others[19][1][5] == 1.5
    assert others[20] == "date_prec 9 is not between 1 and 5"


def test_mapped_columns_agree_with_the_row_parser() -> None:
    headers = [
        "id",
        "date",
        "date_end",
        "longitude",
        "latitude",
        "event_type",
        "actor1",
        "location",
        "fatalities",
        "notes",
    ]

    def row(n: int, date: str, **changes: str) -> dict:
        out = {
            "id": f"TRK-{n}",
            "date": date,
            "date_end": "",
            "longitude": "28.85",
            "latitude": f"{-2.5 - n / 1000:.4f}",
            "event_type": "Illegal taxation",
            "actor1": "FARDC",
            "location": f"Checkpoint {n}",
            "fatalities": "0",
            "notes": "",
        }
        out.update(changes)
        return out

    rows = [
        row(1, "2023-05-01"),
        row(2, "2023-05-01", date_end="2023-05-04"),
        row(3, "2023-05-01 14:00"),
        row(4, "13/05/2023"),
        row(5, "2023-05"),
        row(6, "2023-05-01", id=""),
        row(7, "2023-05-01", notes="'=SUM(A1)"),
        row(8, "2023-05-01", fatalities="2.5"),
        row(9, "2023-05-01", event_type=""),
        row(10, "2023-05-01", date_end="2023-04-30"),
        row(11, "1988-01-01"),
    ]
    sure, others = _agree(event_fast.other, parse_other, headers, rows)
    assert sure == [2, 3, 4]
    assert others[5][1][:4] == (dt.date(2023, 5, 13), dt.date(2023, 5, 13), 1, "day")
    assert others[6][1][:4] == (dt.date(2023, 5, 1), dt.date(2023, 5, 31), 3, "month")
    assert others[7][0].startswith("k")  # no id: a key made from the event's values
    assert others[8][1][15] == "=SUM(A1)"
    assert others[9] == "fatalities '2.5' is not a whole number"
    assert others[10] == "event_type is empty"
    assert others[11] == "date_end 2023-04-30 is before date_start 2023-05-01"
    assert (
        others[12] == "date '1988-01-01' is before 1989, the first year of the "
        "conflict-event records: is it a typo?"
    )


def test_fast_acled_checks_refuse_what_the_row_parser_refuses(db, tmp_path: Path) -> None:
    """A control character or a count beyond the database's range, in a file the
    column checks read, is rejected as one row at a time would be: nothing written."""
    rows = [acled(n, "2023-03-01") for n in range(1, 30)]
    rows[5]["notes"] = "pasted\x07from a web page"
    rows[9]["fatalities"] = "3000000000"
    path = write(tmp_path / "acled.csv", ACLED_COLUMNS, rows)
    before = fingerprint(db)
    with pytest.raises(ImportRefused) as refused:
        run_import(db, "events", path, ImportOptions(today=TODAY))
    reasons = refused.value.report.rejected_reasons()
    assert len(reasons) == 2
    assert "row 7" in reasons[0] and "control character" in reasons[0]
    assert "row 11" in reasons[1] and "too large" in reasons[1]
    assert fingerprint(db) == before


def _trimmed(cells: list) -> list:
    """Cells without the empty ones at the end (a short row's missing cells read empty)."""
    cells = ["" if c is None else c for c in cells]
    while cells and cells[-1] == "":
        cells.pop()
    return cells


def _by_columns(path: Path, size: int = 3) -> list[tuple[int, list]]:
    table = open_table(path)
    assert table.chunker is not None
    out = []
    for ns, cols in table.chunks(size):
        out += [(n, _trimmed([c[k] for c in cols])) for k, n in enumerate(ns)]
    return out


def _by_rows(path: Path) -> list[tuple[int, list]]:
    return [(n, _trimmed(raw)) for n, raw in open_table(path).rows]


@pytest.mark.parametrize(
    "text",
    [
        'a,b,c\n1,"two\nlines",3\n\n4,5,6\n   \n7,,9\r\n10,11\n,,\n12,"x""y",13\n14,ab"c,15\n16,17,18\n',
        'a,b,c\n1,2,3\n4,5,6,7,8\n9, "x,y",10\n11,12,13\n14,15,16\n',  # the csv module takes over
        "\ufeffa;b;c\r\n1;2;3\r\n4;5;\r\n",  # byte-order mark, semicolons, an empty last cell
    ],
)
def test_columns_are_the_csv_module_s_cells(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8", newline="")
    assert _by_columns(path) == _by_rows(path)
    assert _by_columns(path, size=100) == _by_rows(path)


def test_a_last_row_cut_short_is_refused_when_read_by_columns(tmp_path: Path) -> None:
    full = tmp_path / "full.csv"
    full.write_text('a,b,c\n1,2,3\n4,"5\n5",\n\n', encoding="utf-8", newline="")
    assert _by_columns(full)[-1] == (3, ["4", "5\n5"])  # an empty last cell is no cut
    cut = tmp_path / "cut.csv"
    cut.write_text('a,b,c\n1,2,3\n4,"5\n5"\n', encoding="utf-8", newline="")
    with pytest.raises(ImportFileError, match=r"row 3\) is cut short \(2 of 3 fields\)"):
        _by_columns(cut)
    utf16 = tmp_path / "utf16.csv"
    utf16.write_text("a,b,c\n1,2,3\n4,5\n", encoding="utf-16", newline="")
    with pytest.raises(ImportFileError, match="cut short"):
        _by_columns(utf16)


def test_a_ucdp_file_is_imported_through_the_columns_as_row_by_row(db, tmp_path: Path) -> None:
    rows = [
        ucdp(
            n,
            f"2023-{1 + n % 12:02d}-10 00:00:00.000",
            f"2023-{1 + n % 12:02d}-11 00:00:00.000",
            prec=1 + n % 5,
        )
        for n in range(1, 200)
    ]
    path = write(tmp_path / "ged.csv", UCDP_COLUMNS, rows)
    report = run_import(db, "events", path, ImportOptions(today=TODAY))
    assert (report.added, report.rejected) == (199, 0)
    from sqlalchemy import select

    from bm_desktop.db.models import SecurityEvent
    from bm_desktop.exchange.imports.event_layouts import FIELDS

    with db.sessions() as s:
        stored = {
            e.source_id: tuple(getattr(e, f) for f in FIELDS)
            for e in s.scalars(select(SecurityEvent))
        }
    for n in (1, 4, 5, 77, 199):
        expected = parse_ucdp({k: str(v) for k, v in rows[n - 1].items()}, DateReader(TODAY))
        assert stored[expected[0]] == expected[1]


def test_a_short_row_s_missing_cells_read_as_empty() -> None:
    """The ACLED check reads a short row's missing cells as empty, as the row parser does."""
    raws = [(2, [str(acled(1, "2023-03-01")[h]) for h in ACLED_COLUMNS][:20])]
    index = {h: i for i, h in enumerate(ACLED_COLUMNS)}
    good, rest = event_fast.acled([2], transpose([raws[0][1]], len(ACLED_COLUMNS)), index, TODAY)
    row = dict(zip(ACLED_COLUMNS[:20], raws[0][1], strict=True))
    assert not good and rest  # no coordinates: the row parser says so
    with pytest.raises(BadValue, match="latitude is empty|longitude is empty"):
        parse_acled(row, DateReader(TODAY))


def test_workbook_cells_are_read_as_the_row_parser_reads_them() -> None:
    """Number cells of a workbook are taken as numbers; a yes/no cell where a number
    belongs goes to the row parser, which refuses it (it was read as 1.0)."""
    headers = ACLED_COLUMNS
    rows = [acled(1, "2023-03-01"), acled(2, "2023-03-01"), acled(3, "2023-03-01")]
    raws: list[list] = [[str(r[h]) for h in headers] for r in rows]
    lat = headers.index("latitude")
    raws[0][lat] = 1.552  # a number cell
    raws[1][lat] = 2  # a whole-number cell
    raws[2][lat] = True  # a yes/no cell
    index = {h: i for i, h in enumerate(headers)}
    good, rest = event_fast.acled([2, 3, 4], transpose(raws, len(headers)), index, TODAY)
    assert [n for n, _, _ in good] == [2, 3] and [n for n, _ in rest] == [4]
    for (n, source_id, values), raw in zip(good, raws, strict=False):
        assert (source_id, values) == parse_acled(
            dict(zip(headers, raw, strict=True)), DateReader(TODAY)
        ), n
    with pytest.raises(BadValue, match="is not a number"):
        parse_acled(dict(zip(headers, raws[2], strict=True)), DateReader(TODAY))
