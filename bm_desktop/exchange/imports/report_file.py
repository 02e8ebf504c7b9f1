"""The whole row report in a file (``--report FILE.csv|FILE.xlsx``).

Every row the import looks at is kept as it is checked (the report kept in
memory stops at a bound; the file never does) in a temporary SQLite file, so the
rows can be written in file order whatever order the checks found them in,
with flat memory: row, result, id, what, reason and the reason's group; then the
counts, the grouped reasons and the notes. The workbook goes through the
streaming sheet and its safe cell writer (no text becomes a formula); the CSV is
UTF-8 with a byte-order mark so Excel reads the accents. Both are written to a
temporary file renamed at the end.
"""

from __future__ import annotations

import contextlib
import csv
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from bm_desktop.exchange.imports.report import (
    ADD,
    DUPLICATE,
    REJECT,
    REMOVE,
    UNCHANGED,
    UPDATE,
    ImportReport,
    PreviewRow,
)
from bm_desktop.exchange.safe_text import cell_text
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words

RESULTS = {
    ADD: QT_TRANSLATE_NOOP("ExchangeImport", "added"),
    UPDATE: QT_TRANSLATE_NOOP("ExchangeImport", "updated"),
    REMOVE: QT_TRANSLATE_NOOP("ExchangeImport", "removed"),
    UNCHANGED: QT_TRANSLATE_NOOP("ExchangeImport", "unchanged"),
    REJECT: QT_TRANSLATE_NOOP("ExchangeImport", "rejected"),
    DUPLICATE: QT_TRANSLATE_NOOP("ExchangeImport", "repeated"),
}


class ReportFile:
    def __init__(self, path: Path, words: Words) -> None:
        self.path = Path(path)
        self.words = words
        self.temp = self.path.with_name(f".{self.path.name}.part")
        self.xlsx = self.path.suffix.lower() == ".xlsx"
        headers = [
            words.translate("ExchangeImport", "Row"),
            words.translate("ExchangeImport", "Result"),
            words.translate("ExchangeImport", "ID"),
            words.translate("ExchangeImport", "What"),
            words.translate("ExchangeImport", "Reason"),
            words.translate("ExchangeImport", "Reason group"),
        ]
        if self.xlsx:
            from bm_desktop.exchange.xlsx.book import new_streaming_workbook
            from bm_desktop.exchange.xlsx.stream import new_sheet

            self.wb = new_streaming_workbook()
            self.sheet = new_sheet(self.wb, words.translate("ExchangeImport", "Row report"))
            self._row = self.sheet.write_row
        else:
            self.handle = open(self.temp, "w", newline="", encoding="utf-8-sig")  # noqa: SIM115
            self.csv = csv.writer(self.handle)
            self._row = lambda values, *_: self.csv.writerow(
                [cell_text(x) if isinstance(x, str) else x for x in values]
            )
        self._row(headers)
        self._dir = tempfile.TemporaryDirectory(prefix="bm-report-")
        self.store = sqlite3.connect(Path(self._dir.name) / "rows.sqlite")
        self.store.execute(
            "CREATE TABLE r (n INTEGER, seq INTEGER, action TEXT, key TEXT, "
            "summary TEXT, reason TEXT, grp TEXT)"
        )
        self.seq = 0

    def write(self, entry: PreviewRow) -> None:
        """Keep one checked row (called by the import for every row)."""
        self.seq += 1
        self.store.execute(
            "INSERT INTO r VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                entry.row or 2**62,
                self.seq,
                entry.action,
                entry.key,
                entry.summary,
                "; ".join(entry.reasons),
                entry.group,
            ),
        )

    def finish(self, report: ImportReport) -> None:
        for n, action, key, summary, reason, group in self.store.execute(
            "SELECT n, action, key, summary, reason, grp FROM r ORDER BY n, seq"
        ):
            self._row(
                [
                    n if n < 2**62 else None,
                    self.words.message(RESULTS.get(action, action)),
                    key,
                    summary,
                    reason,
                    group,
                ]
            )
        self._close_store()
        note = self.words.translate("ExchangeImport", "note")
        lines: list[Any] = [
            report.counts_text(self.words),
            *report.grouped(self.words),
            *report.warnings,
        ]
        for line in lines:
            self._row([None, note, None, None, line, None])
        if self.xlsx:
            tmp = self.temp
            self.wb.save(tmp)
        else:
            self.handle.close()
        os.replace(self.temp, self.path)

    def _close_store(self) -> None:
        self.store.close()
        self._dir.cleanup()

    def discard(self) -> None:
        self._close_store()
        if self.xlsx:
            from bm_desktop.exchange.xlsx.book import discard

            discard(self.wb)
        else:
            self.handle.close()
        with contextlib.suppress(OSError):
            self.temp.unlink()
