"""Streamed rows reach their own sheet through the package's relationships, a streamed
sheet cannot be written cell by cell behind the safe cell writer, a sheet that cannot
take its rows fails the save without leaving a file, and the streaming modules use
only openpyxl's public API (the review of stream.py found it built on internals that an
upgrade can break)."""

from __future__ import annotations

import ast
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.exceptions import WorkbookAlreadySaved

import bm_desktop
from bm_desktop.exchange.xlsx.book import new_streaming_workbook
from bm_desktop.exchange.xlsx.cover import move_first
from bm_desktop.exchange.xlsx.stream import new_sheet


def test_rows_reach_their_own_sheet_when_the_cover_moves_first(tmp_path: Path) -> None:
    wb = new_streaming_workbook()
    sizes = {"Incidents": 250, "Definitions": 3, "Cover": 7}
    for title, n in sizes.items():
        ws = new_sheet(wb, title)
        ws.column_dimensions["B"].width = 30
        for i in range(n):
            ws.write_row([title, i, "=1+1" if i == 0 else None])
    move_first(wb, ws)  # the cover is written last and shown first
    wb.save(tmp_path / "book.xlsx")

    book = load_workbook(tmp_path / "book.xlsx")
    assert book.sheetnames == ["Cover", "Incidents", "Definitions"]
    assert book.active.title == "Cover"
    for title, n in sizes.items():
        sheet = book[title]
        rows = list(sheet.iter_rows(values_only=True))
        assert [r[:2] for r in rows] == [(title, i) for i in range(n)]
        assert rows[0][2] == "'=1+1"
        assert sheet.dimensions == f"A1:C{n}"
        assert sheet.column_dimensions["B"].width == 30


def test_a_streamed_sheet_is_not_written_cell_by_cell(tmp_path: Path) -> None:
    wb = new_streaming_workbook()
    ws = new_sheet(wb, "Rows")
    ws.write_row(["kept"])
    with pytest.raises(TypeError):
        ws["A2"] = "=cmd|' /C calc'!A0"
    with pytest.raises(TypeError):
        ws.cell(row=2, column=1, value="=1+1")
    # A cell put into the openpyxl sheet behind the stream's back: the save refuses
    # rather than dropping either the rows or the cell, and leaves no file.
    ws.worksheet.cell(row=1, column=1, value="x")
    with pytest.raises(ValueError, match="sheetData"):
        wb.save(tmp_path / "bad.xlsx")
    assert not (tmp_path / "bad.xlsx").exists()


def test_a_saved_or_discarded_workbook_takes_no_more_rows(tmp_path: Path) -> None:
    wb = new_streaming_workbook()
    ws = new_sheet(wb, "Rows")
    ws.write_row([1])
    wb.save(tmp_path / "once.xlsx")
    with pytest.raises(WorkbookAlreadySaved):
        ws.write_row([2])
    with pytest.raises(WorkbookAlreadySaved):
        wb.save(tmp_path / "twice.xlsx")
    assert not (tmp_path / "twice.xlsx").exists()
    with zipfile.ZipFile(tmp_path / "once.xlsx") as z:
        assert z.testzip() is None


STREAMING = (
    "stream.py",
    "package.py",
    "rows_xml.py",
    "book.py",
    "cover.py",
    "printing.py",
    "styles.py",
    "tables.py",
    "formats.py",
)


def _private_uses(path: Path) -> list[str]:
    """Imports of private openpyxl modules or names, and private attributes read from
    anything but the module's own objects (``self``)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("openpyxl"):
            if any(part.startswith("_") for part in node.module.split(".")) or any(
                a.name.startswith("_") for a in node.names
            ):
                found.append(f"line {node.lineno}: from {node.module} import ...")
        elif (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and not (isinstance(node.value, ast.Name) and node.value.id == "self")
        ):
            found.append(f"line {node.lineno}: .{node.attr}")
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", None) in ("getattr", "setattr", "hasattr")
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
            and str(node.args[1].value).startswith("_")
        ):
            found.append(f"line {node.lineno}: {node.func.id}(..., {node.args[1].value!r})")
    return found


def test_streaming_modules_use_only_public_openpyxl_api() -> None:
    folder = Path(bm_desktop.__file__).parent / "exchange" / "xlsx"
    offenders = {name: _private_uses(folder / name) for name in STREAMING}
    assert {k: v for k, v in offenders.items() if v} == {}
