"""``bm-desktop html-map``: write the offline HTML map of a region or of the programme.

    bm-desktop html-map (--region NAME | --all) [--from YYYY-MM-DD --to YYYY-MM-DD]
        [--lang en|fr] [--online-tiles] --out FILE.html

Without ``--from``/``--to`` the period is the app's default filter period. The page
opens in any browser with no network (Leaflet is inside it); ``--online-tiles`` adds
an online street map the reader can switch on. Bad input exits with status 2 and a
plain message; nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bm_desktop.commands.common import (
    add_db_option,
    add_period_options,
    add_region_or_all,
    check_period,
    command_lang,
    database_path,
    fail,
)
from bm_desktop.commands.help_text import h


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "html-map",
        help=h("write the offline HTML map (opens in a browser with no network)"),
        description=h(
            "Write the map of a region, or of every region, as one HTML file "
            "that opens in any browser without a network."
        ),
    )
    add_region_or_all(parser, h("only this programme region"), h("every programme region"))
    parser.add_argument("--out", required=True, metavar="FILE.html", help=h("page to write"))
    add_period_options(parser)
    parser.add_argument(
        "--online-tiles",
        action="store_true",
        help=h(
            "add an online street map the reader can switch on "
            "(off by default; it needs the internet)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        default=argparse.SUPPRESS,
        help=h("language of the map (default: English)"),
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bm_desktop.db.engine import open_database
    from bm_desktop.domain.errors import BmError
    from bm_desktop.domain.filters import FilterState
    from bm_desktop.domain.local_format import date_text
    from bm_desktop.exchange.html_map import write_html_map
    from bm_desktop.i18n import translate

    lang = command_lang(args)
    refused = check_period("html-map", args, lang)
    if refused is not None:
        return refused
    default = FilterState()
    start, end = (args.start, args.end) if args.start is not None else (default.start, default.end)
    out = Path(args.out)
    if out.suffix.lower() not in (".html", ".htm"):
        return fail("html-map", "the map is an HTML page: give --out a name ending in .html.", lang)
    if not out.parent.is_dir():
        return fail("html-map", "the folder {folder} does not exist.", lang, folder=out.parent)
    path = database_path(args)
    if not path.exists():
        return fail("html-map", "no programme database at {path} (use --db PATH).", lang, path=path)
    db = open_database(path)
    try:
        written = write_html_map(
            db,
            out,
            start,
            end,
            None if args.all else args.region,
            lang,
            online_tiles=args.online_tiles,
        )
    except BmError as exc:
        return fail("html-map", exc, lang)
    finally:
        db.dispose()
    print(
        translate("HtmlMap", "Wrote {path} ({start} to {end}).", lang).format(
            path=written, start=date_text(start, lang), end=date_text(end, lang)
        )
    )
    return 0
