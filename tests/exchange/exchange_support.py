"""Helpers for the exchange tests: reading workbooks back, fingerprinting a database."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import inspect, text

from bm_desktop.exchange.exports.request import ExportRequest

YEAR = (dt.date(2021, 4, 1), dt.date(2022, 3, 31))
Q4_2021 = (dt.date(2021, 10, 1), dt.date(2021, 12, 31))


def request(start: dt.date = YEAR[0], end: dt.date = YEAR[1], **kw: Any) -> ExportRequest:
    return ExportRequest(start, end, **kw)


class Book:
    """A workbook loaded once (loading is the slow part of these tests)."""

    def __init__(self, path: Path) -> None:
        self.wb = load_workbook(path)

    def __getitem__(self, sheet: str):
        return self.wb[sheet]

    @property
    def sheetnames(self) -> list[str]:
        return self.wb.sheetnames

    def rows(self, sheet: str) -> list[tuple]:
        return [tuple(r) for r in self.wb[sheet].iter_rows(values_only=True)]

    def table(self, sheet: str) -> list[dict[str, Any]]:
        """The data rows of the sheet's Excel table as dicts keyed by header."""
        ws = self.wb[sheet]
        (table,) = ws.tables.values()
        cells = ws[table.ref]
        headers = [c.value for c in cells[0]]
        return [
            dict(zip(headers, [c.value for c in row], strict=True))
            for row in cells[1:]
            if any(c.value is not None for c in row)
        ]

    def cover(self) -> dict[str, Any]:
        """Label -> value of the cover sheet (the first sheet)."""
        ws = self.wb.worksheets[0]
        return {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r and r[0]}

    def notes(self) -> list[str]:
        ws = self.wb.worksheets[0]
        return [
            r[1]
            for r in ws.iter_rows(values_only=True)
            if r and r[0] is None and isinstance(r[1], str)
        ]

    def cells(self):
        for ws in self.wb.worksheets:
            for row in ws.iter_rows():
                yield from row


def table_rows(path: Path, sheet: str) -> list[dict[str, Any]]:
    return Book(path).table(sheet)


def cover(path: Path) -> dict[str, Any]:
    return Book(path).cover()


def fingerprint(db) -> str:
    """The SQLite file's hash after a WAL checkpoint: byte for byte what is stored."""
    db.engine.dispose()
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.engine.dispose()
    return hashlib.sha256(Path(db.path).read_bytes()).hexdigest()


def table_dump(db) -> str:
    """A hash of every row of every table (a second, independent check)."""
    dump = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            for row in conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')):
                dump.update(repr(tuple(row)).encode())
            dump.update(table.encode())
    return dump.hexdigest()


def all_cells(path: Path):
    """Every cell of every sheet (for the no-formula checks)."""
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row
