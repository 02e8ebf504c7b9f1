"""``bm-desktop export``: write one of the programme's workbooks.

    bm-desktop export incidents|actions|scorecards|quarterly|annex2|weekly --out FILE.xlsx
        [--from YYYY-MM-DD --to YYYY-MM-DD] [--region NAME] [--site CODE]
        [--include-sensitive --role ROLE] [--lang en|fr]

Without ``--from``/``--to`` the period is the latest reporting year (April to
March) that has data; quarterly workbooks then take the quarter of the latest
record, the weekly report its week. Bad input exits with status 2 and a plain
message; nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
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

KINDS = ("incidents", "actions", "scorecards", "quarterly", "annex2", "weekly")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help=h(
            "write a workbook (incident register, action tracker, score cards, "
            "quarterly report, Annex II summary, weekly site report)"
        ),
        description=h("Write one of the programme's Excel workbooks."),
    )
    parser.add_argument("kind", choices=KINDS, help=h("which workbook"))
    parser.add_argument("--out", required=True, metavar="FILE.xlsx", help=h("workbook to write"))
    add_period_options(parser)
    parser.add_argument("--region", metavar="NAME", help=h("only this programme region"))
    parser.add_argument("--site", metavar="CODE", help=h("only this site (required for weekly)"))
    parser.add_argument(
        "--include-sensitive",
        action="store_true",
        help=h(
            "incident register: add victims, witnesses and sensitive notes "
            "(only for roles allowed to see them)"
        ),
    )
    parser.add_argument(
        "--role",
        default="coordinator",
        choices=["administrator", "regional_manager", "coordinator", "government"],
        help=h("your role (default: coordinator)"),
    )
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        default=argparse.SUPPRESS,
        help=h("language of the workbook (default: English)"),
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def _fail(message: str | BaseException, lang: str, **params: Any) -> int:
    return fail("export", message, lang, **params)


def run(args: argparse.Namespace) -> int:
    from bm_desktop.commands.common import open_command_database
    from bm_desktop.domain.errors import BmError
    from bm_desktop.exchange.exports.catalogue import EXPORTS, snap_period
    from bm_desktop.exchange.exports.request import ExportRequest

    kind = EXPORTS[args.kind]
    lang = command_lang(args)
    refused = check_period("export", args, lang)
    if refused is not None:
        return refused
    explicit = args.start is not None
    path = database_path(args)
    if not path.exists():
        return _fail("no programme database at {path} (use --db PATH).", lang, path=path)
    anchor = None  # the day a quarterly or weekly default period is taken around
    if explicit:
        start, end = args.start, args.end
    else:
        from bm_desktop.services.periods import default_period, latest_data_day

        db = open_command_database(path, lang)
        try:
            start, end = default_period(db)
            anchor = latest_data_day(db)
        finally:
            db.dispose()
    if kind.needs_site and not args.site:
        return _fail("the {kind} workbook is for one site: give --site CODE.", lang, kind=args.kind)
    period = snap_period(
        kind, start, min(end, anchor or end) if kind.period != "filters" else end, explicit
    )
    request = ExportRequest(
        period.start,
        period.end,
        region=args.region,
        site_code=args.site,
        include_sensitive=args.include_sensitive,
        role=args.role,
        lang=lang,
    )
    db = open_command_database(path, lang)
    try:
        result = kind.run(db, request, Path(args.out))
    except BmError as exc:
        return _fail(exc, lang)
    finally:
        db.dispose()
    from bm_desktop.domain.local_format import date_text
    from bm_desktop.exchange.text import Words

    words = Words(request.lang)
    rows = ", ".join(f"{name}: {n}" for name, n in result.sheets[:6])
    print(
        words.translate("ExchangeWorkbook", "Wrote {path} ({start} to {end}; {rows}).").format(
            path=result.path,
            start=date_text(period.start, request.lang),
            end=date_text(period.end, request.lang),
            rows=rows,
        )
    )
    return 0
