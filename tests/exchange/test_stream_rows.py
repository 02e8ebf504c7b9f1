"""The streamed sheet writes its rows (fast rows and appended ones) to a side file in
batches, and the save puts them into the sheet's entry of the package: read back, every
row is where it was written, repeated text is still made safe each time, and text that
looks like XML markup stays text."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.datetime import from_excel

from bm_desktop.exchange.xlsx.book import new_streaming_workbook, write_package
from bm_desktop.exchange.xlsx.stream import BATCH, new_sheet


def test_runs_of_rows_and_appended_rows_come_back_in_order(tmp_path: Path) -> None:
    wb = new_streaming_workbook()
    ws = new_sheet(wb, "Rows")
    expected = []
    n = 0
    for run in range(12):  # runs longer than a batch, between appended rows
        for _ in range(BATCH + 3 if run % 4 == 0 else 2):
            n += 1
            row = [n, f"row {n}", "=1+1", "<!--bm-rows-0--> & <b>", dt.date(2021, 5, n % 28 + 1)]
            ws.write_row(row)
            expected.append(row)
        n += 1
        ws.append([n, f"appended {n}"])
        expected.append([n, f"appended {n}", None, None, None])
    write_package(wb, tmp_path / "rows.xlsx")

    got = [
        list(r) for r in load_workbook(tmp_path / "rows.xlsx")["Rows"].iter_rows(values_only=True)
    ]
    assert [r[:2] for r in got] == [r[:2] for r in expected]
    fast = [r for r in got if r[2] is not None]
    assert {r[2] for r in fast} == {"'=1+1"}  # the cached text is the safe text, every time
    assert {r[3] for r in fast} == {"<!--bm-rows-0--> & <b>"}
    assert [from_excel(r[4]).date() for r in fast] == [r[4] for r in expected if r[2] is not None]
    # Excel (unlike openpyxl's reader) refuses rows out of order in the file itself.
    with zipfile.ZipFile(tmp_path / "rows.xlsx") as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert [int(r) for r in re.findall(r'<row r="(\d+)"', xml)] == list(range(1, n + 1))
    assert "<!--" not in xml  # the text stayed text
    assert ws.closed  # the side file is gone once the rows are in
