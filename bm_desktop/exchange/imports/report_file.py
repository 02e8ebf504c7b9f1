"""The whole row report in a file (``--report FILE.csv|FILE.xlsx``).

Every row the import looked at is written as it is checked (the report kept in
memory stops at a bound; the file never does): row, result, id, what, reason and
the reason's group; then the counts, the grouped reasons and the notes. The
workbook goes through the streaming sheet and its safe cell writer (no text
becomes a formula); the CSV is UTF-8 with a byte-order mark so Excel reads the
accents, written to a temporary file renamed at the end.
"""

from __future__ import annotations

import contextlib
import csv
import os
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
        headers = [words.translate("ExchangeImport", "Row"),
                   words.translate("ExchangeImport", "Result"),
                   words.translate("ExchangeImport", "ID"),
                   words.translate("ExchangeImport", "What"),
                   words.translate("ExchangeImport", "Reason"),
                   words.translate("ExchangeImport", "Reason group")]
        if self.xlsx:
            from openpyxl import Workbook

            from bm_desktop.exchange.xlsx.stream import new_sheet

            self.wb = Workbook(write_only=True)
            self.sheet = new_sheet(self.wb, words.translate("ExchangeImport", "Row report"))
            self._row = self.sheet.write_row
        else:
            self.handle = open(self.temp, "w", newline="", encoding="utf-8-sig")  # noqa: SIM115
            self.csv = csv.writer(self.handle)
            self._row = lambda values: self.csv.writerow(
                [cell_text(x) if isinstance(x, str) else x for x in values])
        self._row(headers)

    def write(self, entry: PreviewRow) -> None:
        reason = "; ".join(entry.reasons)
        self._row([entry.row or None, self.words.message(RESULTS.get(entry.action, entry.action)),
                   entry.key, entry.summary, reason, entry.group])

    def finish(self, report: ImportReport) -> None:
        note = self.words.translate("ExchangeImport", "note")
        lines: list[Any] = [report.counts_text(self.words), *report.grouped(self.words),
                            *report.warnings]
        for line in lines:
            self._row([None, note, None, None, line, None])
        if self.xlsx:
            tmp = self.temp
            self.wb.save(tmp)
        else:
            self.handle.close()
        os.replace(self.temp, self.path)

    def discard(self) -> None:
        if self.xlsx:
            from bm_desktop.exchange.xlsx.book import discard

            discard(self.wb)
        else:
            self.handle.close()
        with contextlib.suppress(OSError):
            self.temp.unlink()
