"""``bm-desktop map`` and ``bm-desktop pack``: presentation maps and the quarterly pack.

    bm-desktop map (--region NAME | --all) [--from D --to D]
        [--layers sites,density,events,alerts,boundaries,reference] [--colour status|rate]
        [--size A4|A3] [--orientation landscape|portrait] [--title T] [--lang fr]
        --out FILE.pdf|.png|.svg [--dpi 300]
    bm-desktop pack --quarter 2021Q4 [--region NAME] [--lang fr] --out DIR|FILE.zip

The maps are drawn by the window's own map code (Qt, offscreen when there is no
display), lent by ``cli.py`` through :mod:`bm_desktop.commands.qt_renderers` and imported
only when a command runs so the other commands start fast.
Bad input exits with status 2 and a plain message; nothing is written.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from bm_desktop.commands.common import (
    add_db_option,
    add_period_options,
    add_region_or_all,
    check_period,
    command_lang,
    database_path,
    database_problem,
    fail,
)
from bm_desktop.commands.help_text import h
from bm_desktop.commands.qt_renderers import MapRequest, qt_renderers

LAYER_NAMES = ("sites", "density", "events", "alerts", "boundaries", "reference")
FORMATS = (".pdf", ".png", ".svg")
QUARTER = re.compile(r"^(\d{4})[-_ ]?Q([1-4])$", re.IGNORECASE)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "map",
        help=h("draw a presentation map (PDF, PNG or SVG)"),
        description=h(
            "Draw a presentation map of a region or of the whole programme: title, "
            "legend, scale bar, north arrow, locator, sources."
        ),
    )
    add_region_or_all(parser, h("the programme region to map"), h("map the whole programme"))
    add_period_options(parser)
    parser.add_argument(
        "--layers",
        metavar="LIST",
        help=h(
            "layers to show, separated by commas: sites, density, events, "
            "alerts, boundaries, reference (default: those shown in the "
            "window)"
        ),
    )
    parser.add_argument(
        "--colour",
        choices=["status", "rate"],
        help=h("colour the sites by status or by implementation rate"),
    )
    parser.add_argument("--size", choices=["A4", "A3"], default="A4", help=h("paper size"))
    parser.add_argument(
        "--orientation",
        choices=["landscape", "portrait"],
        default="landscape",
        help=h("page orientation"),
    )
    parser.add_argument("--title", metavar="T", default="", help=h("the map's title"))
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        default=argparse.SUPPRESS,
        help=h("language of the map (default: English)"),
    )
    parser.add_argument(
        "--out", required=True, metavar="FILE", help=h("file to write: .pdf, .png or .svg")
    )
    parser.add_argument("--dpi", type=int, default=300, help=h("resolution of a PNG"))
    add_db_option(parser)
    parser.set_defaults(func=run_map)

    pack = sub.add_parser(
        "pack",
        help=h("write the quarterly map pack (maps, report workbook, index page)"),
        description=h(
            "Write the quarterly map pack: for each region, maps of sites by "
            "implementation rate, incident density, security events and alerts, "
            "and child-labour incidents; the quarterly report workbook; an index "
            "page with the quarter's headline figures."
        ),
    )
    pack.add_argument(
        "--quarter", required=True, metavar="YYYYQn", help=h("the quarter, e.g. 2021Q4")
    )
    pack.add_argument("--region", metavar="NAME", help=h("only this programme region"))
    pack.add_argument(
        "--lang",
        choices=["en", "fr"],
        default=argparse.SUPPRESS,
        help=h("language of the pack (default: English)"),
    )
    pack.add_argument(
        "--out", required=True, metavar="DIR|FILE.zip", help=h("folder to write, or a .zip file")
    )
    add_db_option(pack)
    pack.set_defaults(func=run_pack)


def parse_layers(text: str | None) -> frozenset[str] | None:
    """The ``--layers`` names; ValueError names the unknown one."""
    if text is None:
        return None
    names = [x.strip().lower() for x in text.split(",") if x.strip()]
    for name in names:
        if name not in LAYER_NAMES:
            raise ValueError(name)
    return frozenset(names)


def parse_quarter(text: str) -> tuple[int, int] | None:
    m = QUARTER.match(text.strip())
    return (int(m.group(1)), int(m.group(2))) if m else None


def _open(args: argparse.Namespace, command: str, lang: str):  # noqa: ANN202
    """The database, or (None, exit code) after a plain message (missing, damaged,
    locked or newer file)."""
    from bm_desktop.db.engine import open_database

    path = database_path(args)
    if not path.exists():
        return None, fail(
            command, "no programme database at {path} (use --db PATH).", lang, path=path
        )
    try:
        return open_database(path), 0
    except Exception as exc:
        problem = database_problem(exc, args)
        if problem is None:
            raise
        return None, fail(command, problem, lang)


def run_map(args: argparse.Namespace) -> int:
    lang = command_lang(args)
    out = Path(args.out).expanduser()
    if out.suffix.lower() not in FORMATS:
        return fail(
            "map",
            "the map can be written as .pdf, .png or .svg, not '{name}'.",
            lang,
            name=out.name,
        )
    refused = check_period("map", args, lang)
    if refused is not None:
        return refused
    if not 50 <= args.dpi <= 1200:
        return fail("map", "--dpi must be between 50 and 1200 (not {dpi}).", lang, dpi=args.dpi)
    try:
        layers = parse_layers(args.layers)
    except ValueError as exc:
        return fail(
            "map",
            "unknown layer '{name}' (choose from: {valid}).",
            lang,
            name=str(exc),
            valid=", ".join(LAYER_NAMES),
        )
    if not out.parent.exists():
        return fail("map", "the folder {path} does not exist.", lang, path=out.parent)
    db, code = _open(args, "map", lang)
    if db is None:
        return code
    from bm_desktop.domain.errors import BmError
    from bm_desktop.services.kpis import resolve_region

    try:
        region = resolve_region(db, args.region) if args.region else None
        request = MapRequest(
            region=region,
            start=args.start,
            end=args.end,
            layers=layers,
            colour=args.colour,
            size=args.size,
            orientation=args.orientation,
            title=args.title,
            dpi=args.dpi,
        )
        qt_renderers().draw_map(db, out, request, lang)
    except BmError as exc:
        return fail("map", exc, lang)
    finally:
        db.dispose()
    print(out)
    return 0


def run_pack(args: argparse.Namespace) -> int:
    lang = command_lang(args)
    quarter = parse_quarter(args.quarter)
    if quarter is None:
        return fail(
            "pack", "'{text}' is not a quarter (write it like 2021Q4).", lang, text=args.quarter
        )
    out = Path(args.out).expanduser()
    parent = out.parent
    if not parent.exists():
        return fail("pack", "the folder {path} does not exist.", lang, path=parent)
    if out.suffix.lower() != ".zip" and out.exists() and any(out.iterdir()):
        return fail(
            "pack", "the folder {path} is not empty (choose a new or empty folder).", lang, path=out
        )
    db, code = _open(args, "pack", lang)
    if db is None:
        return code
    from bm_desktop.domain.errors import BmError
    from bm_desktop.services.kpis import resolve_region

    try:
        region = resolve_region(db, args.region) if args.region else None
        result = qt_renderers().write_pack(
            db,
            quarter,
            region,
            out,
            lang,
            lambda done, total, what: print(f"[{done}/{total}] {what}", flush=True),
        )
    except BmError as exc:
        return fail("pack", exc, lang)
    finally:
        db.dispose()
    print(result)
    return 0
