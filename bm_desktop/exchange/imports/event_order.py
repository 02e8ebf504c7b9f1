"""Deciding a file's day/month order once all its rows are read, and saying so."""

from __future__ import annotations

from typing import Any

from bm_desktop.exchange.imports import messages as m
from bm_desktop.exchange.imports.dates import DMY, MDY, DateReader
from bm_desktop.exchange.imports.report import ImportFileError, ImportReport
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words


def _examples(dates: DateReader, order: str, words: Words) -> str:
    return ", ".join(
        words.translate("ExchangeImport", "row {row} '{value}'").format(row=row, value=value)
        for row, value in dates.evidence[order]
    )


def decide_order(
    dates: DateReader, pending: list[tuple[int, Any]], report: ImportReport, words: Words
) -> None:
    """Fix the order for the rows still waiting, or refuse the file; the report states
    the order used and the rows that show it."""
    order = dates.decide()
    if order == "mixed":
        raise ImportFileError(
            m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "The dates are written both day first ({dmy}) and month first "
                    "({mdy}), so the order of a date like 06/01/2021 cannot be known. Choose it with "
                    "--date-order dmy or --date-order mdy: dates written the other way are then "
                    "rejected.",
                ),
                dmy=_examples(dates, DMY, words),
                mdy=_examples(dates, MDY, words),
            )
        )
    if order is None:
        if pending:
            n, _ = pending[0]
            raise ImportFileError(
                m.say(
                    words,
                    QT_TRANSLATE_NOOP(
                        "ExchangeImport",
                        "No date of the file shows whether it is written day first "
                        "or month first (row {row}: '{value}' could be either). Choose the order with "
                        "--date-order dmy (06/01/2021 is 6 January) or --date-order mdy (1 June).",
                    ),
                    row=n,
                    value=_first_value(pending[0][1]),
                )
            )
        return
    if dates.chosen:
        text = (
            QT_TRANSLATE_NOOP(
                "ExchangeImport",
                "Dates were read day first (dd/mm/yyyy), as chosen with --date-order dmy.",
            )
            if order == DMY
            else QT_TRANSLATE_NOOP(
                "ExchangeImport",
                "Dates were read month first (mm/dd/yyyy), as chosen with --date-order mdy.",
            )
        )
        if dates.slashes:
            report.warnings.insert(0, m.say(words, text))
        return
    text = (
        QT_TRANSLATE_NOOP(
            "ExchangeImport",
            "Dates were read day first (dd/mm/yyyy) for every row, as {n} rows show ({examples}).",
        )
        if order == DMY
        else QT_TRANSLATE_NOOP(
            "ExchangeImport",
            "Dates were read month first (mm/dd/yyyy) for "
            "every row, as {n} rows show ({examples}).",
        )
    )
    report.warnings.insert(
        0, m.say(words, text, n=dates.counts[order], examples=_examples(dates, order, words))
    )


def _first_value(row: dict[str, Any]) -> str:
    for key in ("date", "event_date", "date_start", "date_end"):
        if row.get(key) is not None:
            return str(row[key])
    return ""
