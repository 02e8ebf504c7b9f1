"""Every workbook the app writes prints on A4 and stays readable on paper.

Each workbook (every export of the catalogue, the CAP meeting papers, the region's
agendas) is written from the sample and read back as a spreadsheet would print it:
A4 (paper size 9), portrait or landscape (one orientation in the quarterly report),
the table header repeated on every page, a page header with the title and a footer
with the date and "page X of Y", no UUID column inside the print area, and the type
that reaches the paper no smaller than 8 points. The scale is computed here from the
saved column widths, margins and pages-across, the way a spreadsheet does it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries

from tests.exchange.outputs_support import every_workbook

UUID = re.compile(r"^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", re.I)
A4_WIDTH = {"portrait": 595.28, "landscape": 841.89}  # points


def printed_points(width: float | None) -> float:
    """Excel prints a column of width w (characters) as 7w + 5 pixels at 96 dpi."""
    return ((8.43 if width is None else width) * 7 + 5) * 0.75


@pytest.fixture(scope="module")
def workbooks(sample_db_file, tmp_path_factory) -> dict[str, Path]:
    import shutil

    from bm_desktop.db.engine import open_database

    folder = tmp_path_factory.mktemp("print")
    shutil.copy(sample_db_file, folder / "db.sqlite")
    db = open_database(folder / "db.sqlite")
    try:
        return every_workbook(db, folder, "en")
    finally:
        db.dispose()


def _print_area(ws) -> tuple[int, int, int, int]:
    area = ws.print_area
    assert area, f"{ws.title}: no print area"
    ref = area if isinstance(area, str) else area[0]
    ref = ref.split("!")[-1].replace("$", "")
    return range_boundaries(ref)


def _sheet_problems(name: str, ws) -> list[str]:
    where = f"{name} / {ws.title}"
    out = []
    setup = ws.page_setup
    if str(setup.paperSize) != "9":
        out.append(f"{where}: paper size {setup.paperSize}, not A4 (9)")
    if setup.orientation not in ("portrait", "landscape"):
        out.append(f"{where}: no orientation")
        return out
    header = " ".join(
        p.text or "" for p in (ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right)
    )
    footer = " ".join(
        p.text or "" for p in (ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right)
    )
    if not header.strip():
        out.append(f"{where}: no page header")
    if "&P" not in footer or "&N" not in footer:
        out.append(f"{where}: footer {footer!r} has no 'page X of Y'")
    min_col, min_row, max_col, max_row = _print_area(ws)
    if ws.tables:
        table = next(iter(ws.tables.values()))
        first_row = range_boundaries(table.ref)[1]
        if ws.print_title_rows != f"{first_row}:{first_row}".replace(" ", ""):
            titles = str(ws.print_title_rows or "").replace("$", "")
            if titles != f"{first_row}:{first_row}":
                out.append(
                    f"{where}: print titles {ws.print_title_rows!r}, not the header row {first_row}"
                )
    # internal ids outside the print area
    inside = [
        cell.coordinate
        for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 60))
        for cell in row
        if isinstance(cell.value, str)
        and UUID.match(cell.value.strip())
        and min_col <= cell.column <= max_col
    ]
    if inside:
        out.append(f"{where}: UUIDs inside the print area ({', '.join(inside[:3])}...)")
    # type on paper
    widths = 0.0
    for col in range(min_col, max_col + 1):
        dim = ws.column_dimensions.get(get_column_letter(col))
        if dim is not None and dim.hidden:
            continue
        widths += printed_points(dim.width if dim is not None and dim.width else None)
    left, right = ws.page_margins.left, ws.page_margins.right
    printable = A4_WIDTH[setup.orientation] - (left + right) * 72
    if ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage:
        pages = int(setup.fitToWidth if setup.fitToWidth is not None else 1) or 1
        scale = min(1.0, pages * printable / widths)
    else:
        scale = (setup.scale or 100) / 100
    sizes = [
        float(c.font.sz or 11)
        for row in ws.iter_rows(
            min_row=min_row, max_row=min(max_row, 300), min_col=min_col, max_col=max_col
        )
        for c in row
        if c.value not in (None, "")
    ]
    if sizes and min(sizes) * scale < 8 - 1e-6:
        out.append(
            f"{where}: {min(sizes):g} pt at {scale:.0%} prints at {min(sizes) * scale:.1f} pt"
        )
    return out


def test_every_workbook_prints_on_a4_readably(workbooks) -> None:
    problems = []
    for name, path in sorted(workbooks.items()):
        wb = load_workbook(path)
        for ws in wb.worksheets:
            problems += _sheet_problems(name, ws)
    assert problems == [], "\n".join(problems[:40])


def test_register_ids_stay_off_paper_and_wide_sheets_split(workbooks) -> None:
    """The incident register's UUID column is in the sheet, outside the print area; its
    20-odd columns go over more than one page across rather than shrink below 8 pt."""
    wb = load_workbook(workbooks["incidents"])
    ws = next(ws for ws in wb.worksheets if ws.tables)
    header_row = range_boundaries(next(iter(ws.tables.values())).ref)[1]
    headers = {c.value: c.column for c in ws[header_row] if c.value}
    id_col = headers["Incident ID"]
    _, _, max_col, _ = _print_area(ws)
    assert id_col > max_col
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.fitToWidth) >= 2
    assert ws.oddHeader.center.text == "Incident register"


def test_quarterly_report_keeps_one_orientation(workbooks) -> None:
    wb = load_workbook(workbooks["quarterly"])
    assert {ws.page_setup.orientation for ws in wb.worksheets} == {"landscape"}
