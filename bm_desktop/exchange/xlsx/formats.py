"""Conditional fills in the programme's colours: severity, overdue, action status, rate."""

from __future__ import annotations

from typing import Any

from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill

from bm_desktop.domain import colours
from bm_desktop.exchange.xlsx.styles import hex6, light


def _fill(colour: str) -> PatternFill:
    return PatternFill(start_color=colour, end_color=colour, fill_type="solid")


def severity(ws: Any, ref: str) -> None:
    """Severity 1..4 cells filled with the map's severity colours."""
    for level, colour in colours.SEVERITY.items():
        strong = level >= 3
        ws.conditional_formatting.add(
            ref,
            CellIsRule(
                operator="equal",
                formula=[str(level)],
                fill=_fill(hex6(colour) if strong else light(colour, 0.2)),
                font=Font(color="FFFFFF" if strong else "000000", bold=level == 4),
            ),
        )


def overdue(ws: Any, ref: str, formula: str) -> None:
    """Cells of ``ref`` in the overdue colour when ``formula`` (relative to the range's
    top-left cell) is true, e.g. ``$N2>0``."""
    ws.conditional_formatting.add(
        ref,
        FormulaRule(
            formula=[formula],
            fill=_fill(light(colours.OVERDUE, 0.7)),
            font=Font(color=hex6(colours.OVERDUE), bold=True),
        ),
    )


def positive_overdue(ws: Any, ref: str) -> None:
    """Days-overdue cells above zero in the overdue colour."""
    ws.conditional_formatting.add(
        ref,
        CellIsRule(
            operator="greaterThan",
            formula=["0"],
            fill=_fill(light(colours.OVERDUE, 0.7)),
            font=Font(color=hex6(colours.OVERDUE), bold=True),
        ),
    )


def action_status(ws: Any, ref: str, labels: dict[str, str]) -> None:
    """Status cells in the action-status colours; ``labels`` maps status code -> shown text."""
    for code, text in labels.items():
        colour = colours.ACTION_STATUS.get(code)
        if colour is None:
            continue
        quoted = '"' + text.replace('"', '""') + '"'
        ws.conditional_formatting.add(
            ref, CellIsRule(operator="equal", formula=[quoted], fill=_fill(light(colour, 0.55)))
        )


def rate(ws: Any, ref: str, target: float = 0.8) -> None:
    """Implementation rates coloured as on the map: green at target, amber near, red below."""
    ws.conditional_formatting.add(
        ref,
        CellIsRule(
            operator="greaterThanOrEqual",
            formula=[str(target)],
            fill=_fill(light(colours.RATE_HIGH, 0.6)),
        ),
    )
    ws.conditional_formatting.add(
        ref,
        CellIsRule(
            operator="between",
            formula=[str(round(target - 0.15, 4)), str(target - 1e-9)],
            fill=_fill(light(colours.RATE_MID, 0.5)),
        ),
    )
    ws.conditional_formatting.add(
        ref,
        CellIsRule(
            operator="lessThan",
            formula=[str(round(target - 0.15, 4))],
            fill=_fill(light(colours.RATE_LOW, 0.6)),
        ),
    )


def increase(ws: Any, ref: str) -> None:
    """Changes (this period minus the previous one): rises in red, falls in green."""
    ws.conditional_formatting.add(
        ref,
        CellIsRule(
            operator="greaterThan",
            formula=["0"],
            font=Font(color=hex6(colours.RATE_LOW), bold=True),
        ),
    )
    ws.conditional_formatting.add(
        ref,
        CellIsRule(
            operator="lessThan", formula=["0"], font=Font(color=hex6(colours.RATE_HIGH), bold=True)
        ),
    )
