"""Row-level messages in the user's language ("row 14: '2022-02-30' is not a date")."""

from __future__ import annotations

from typing import Any

from bm_desktop.exchange.imports.values import BadValue
from bm_desktop.exchange.text import Words


def at_row(words: Words, row: int, reason: str, unit: str = "row") -> str:
    if unit == "feature":
        return words.translate("ExchangeImport", "feature {row}: {reason}").format(
            row=row, reason=reason
        )
    return words.translate("ExchangeImport", "row {row}: {reason}").format(row=row, reason=reason)


def say(words: Words, template: str, **params: Any) -> str:
    """A message marked elsewhere with ``QT_TRANSLATE_NOOP("ExchangeImport", ...)``."""
    return words.message(template).format(**params)


def column_value(words: Words, column: str, error: BadValue) -> str:
    """'<column> <problem>', e.g. "due date '2022-02-30' is not a date"."""
    column = column[:1].lower() + column[1:]
    return words.translate("ExchangeImport", "{column} {problem}").format(
        column=column, problem=error.text(words)
    )
