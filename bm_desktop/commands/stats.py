"""``bm-desktop stats``: the programme's impact figures for a period, from the KPI code.

    bm-desktop stats [--from 2021-04-01 --to 2022-03-31] [--region NAME] [--json]

The numbers are those of :func:`bm_desktop.services.kpis.programme_figures`
(see :mod:`bm_desktop.domain.kpi` for the counting rules). Without ``--from/--to``
the period is the latest reporting year (April to March) that has data. Bad input
exits with status 2 and a plain message.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from bm_desktop.commands.common import (
    add_db_option,
    add_period_options,
    check_period,
    command_lang,
    database_path,
    fail,
)
from bm_desktop.commands.help_text import h
from bm_desktop.i18n import translate

CONTEXT = "StatsCommand"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "stats",
        help=h("print the impact figures of a period (incidents, actions, meetings)"),
        description=h(
            "Print the programme's impact figures for a period, computed by the KPI "
            "code: incidents, risk areas, corrective actions and implementation rate, child "
            "labour, CAP meetings."
        ),
    )
    add_period_options(
        parser,
        h("first day of the period (default: the latest reporting year with data)"),
        h("last day of the period (actions and meetings count up to it)"),
    )
    parser.add_argument(
        "--region",
        action="append",
        metavar="NAME",
        help=h("only this programme region (repeat for several)"),
    )
    parser.add_argument("--json", action="store_true", help=h("print JSON instead of a table"))
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        default=argparse.SUPPRESS,
        help=h("language of the table (default: English)"),
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def _fail(message: str | BaseException, lang: str, **params: Any) -> int:
    return fail("stats", message, lang, **params)


def run(args: argparse.Namespace) -> int:
    from bm_desktop.commands.common import open_command_database
    from bm_desktop.domain.errors import NotFoundError
    from bm_desktop.domain.kpi import Period, Scope
    from bm_desktop.services import kpis

    lang = command_lang(args)
    refused = check_period("stats", args, lang)
    if refused is not None:
        return refused
    path = database_path(args)
    if not path.exists():
        return _fail("no programme database at {path} (use --db PATH).", lang, path=path)
    db = open_command_database(path, lang)
    try:
        if args.start is None:
            from bm_desktop.services.periods import default_period

            args.start, args.end = default_period(db)
        try:
            regions = frozenset(kpis.resolve_region(db, name) for name in args.region or ())
        except NotFoundError as exc:
            return _fail(exc, lang)
        figures = kpis.programme_figures(db, Period(args.start, args.end), Scope(regions=regions))
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(figures.to_dict(), indent=2))
    else:
        print(render(figures, lang))
    return 0


def _number(n: int, lang: str) -> str:
    text = f"{n:,}"
    return text.replace(",", "\u202f") if lang == "fr" else text


def _percent(value: float | None, lang: str) -> str:
    from bm_desktop.domain.kpi import percent

    shown = percent(value)
    if shown is None:
        return "n/a"
    return f"{shown}\u202f%" if lang == "fr" else f"{shown}%"


def render(figures, lang: str = "en") -> str:
    """The plain-text table of :class:`~bm_desktop.services.kpis.ProgrammeFigures`."""

    def tr(text: str) -> str:
        return translate(CONTEXT, text, lang)

    cl = figures.child_labour
    where = ", ".join(sorted(figures.scope.regions)) or tr("all regions")
    rows = [
        (tr("Incidents recorded"), _number(figures.incidents, lang)),
        (tr("Risk areas with incidents"), _number(figures.risk_areas_with_incidents, lang)),
        (tr("Actions recommended to date"), _number(figures.actions.recommended, lang)),
        (tr("Implemented or in progress"), _number(figures.actions.implementing, lang)),
        (tr("Implementation rate"), _percent(figures.actions.rate, lang)),
        (tr("Child-labour incidents"), _number(cl.incidents, lang)),
        (
            tr("  of which WFCL"),
            f"{_number(cl.wfcl_incidents, lang)} ({_percent(cl.wfcl_share, lang)})",
        ),
        (tr("Child-labour actions recommended"), _number(cl.actions.recommended, lang)),
        (
            tr("  implemented or in progress"),
            f"{_number(cl.actions.implementing, lang)} ({_percent(cl.actions.rate, lang)})",
        ),
        (tr("CAP meetings held to date"), _number(figures.meetings_held, lang)),
        (
            tr("Sites active in the period"),
            f"{_number(figures.active_sites, lang)} / {_number(figures.sites, lang)}",
        ),
    ]
    title = tr("Impact figures, {start} to {end} ({where})").format(
        start=figures.period.start.isoformat(), end=figures.period.end.isoformat(), where=where
    )
    width = max(len(label) for label, _ in rows) + 2
    value_width = max(len(value) for _, value in rows)
    lines = [title, "-" * len(title)]
    lines += [f"{label:<{width}}{value:>{value_width}}" for label, value in rows]
    return "\n".join(lines)
