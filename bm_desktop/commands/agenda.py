"""``bm-desktop agenda``: CAP meeting papers for a site, or all agendas of a region, for a month.

    bm-desktop agenda --site LB-01 --month 2022-03 --out LB-01.xlsx   (or .pdf)
    bm-desktop agenda --region Lualaba --month 2022-03 --out lualaba.xlsx

A site's papers are its saved agenda (with minutes, once held) or, when none
is saved, the agenda built from the data. Bad input exits with status 2 and a
plain message.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bm_desktop.commands.common import add_db_option, database_path, fail
from bm_desktop.commands.help_text import h


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "agenda",
        help=h("write CAP meeting agendas and minutes (Excel or PDF)"),
        description=h(
            "Write a site's CAP meeting papers (agenda, invitations, attendance, "
            "minutes) as .xlsx or .pdf, or every agenda of a region as one workbook."
        ),
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--site", metavar="CODE", help=h("site code, e.g. LB-01"))
    target.add_argument("--region", metavar="NAME", help=h("programme region, e.g. Lualaba"))
    parser.add_argument("--month", required=True, metavar="YYYY-MM", help=h("meeting month"))
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=h("output file: .xlsx (site or region) or .pdf (site)"),
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help=h("build the agenda from the data even if one is saved"),
    )
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        default=argparse.SUPPRESS,
        help=h("language of the papers (default: English)"),
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def _fail(message: str, lang: str = "en", **params: Any) -> int:
    """Print the refusal in ``lang`` (its template is in service_errors_fr.ts)."""
    return fail("agenda", message, lang, **params)


def run(args: argparse.Namespace) -> int:
    from bm_desktop.domain.errors import BmError

    lang = getattr(args, "lang", None) or "en"
    out = Path(args.out).expanduser()
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        return _fail(
            "the output file must end in .xlsx or .pdf, not '{name}'.", lang, name=out.name
        )
    if args.region and suffix != ".xlsx":
        return _fail("a region's agendas are one workbook: give an .xlsx output file.", lang)
    if not out.parent.exists():
        return _fail("the folder {folder} does not exist.", lang, folder=out.parent)
    path = database_path(args)
    if not path.exists():
        return _fail("no programme database at {path} (use --db PATH).", lang, path=path)
    from bm_desktop.commands.common import open_command_database

    db = open_command_database(path, lang)
    try:
        written = _write(db, args, out, suffix, lang)
    except BmError as exc:
        return fail("agenda", exc, lang)
    finally:
        db.dispose()
    print(written)
    return 0


def _write(db, args: argparse.Namespace, out: Path, suffix: str, lang: str) -> str:
    from bm_desktop.exchange.agenda_pdf import write_meeting_pdf
    from bm_desktop.exchange.agenda_workbook import write_meeting_workbook, write_region_agendas
    from bm_desktop.services import meetings
    from bm_desktop.services.kpis import resolve_region

    if args.region:
        region = resolve_region(db, args.region)
        _path, n = write_region_agendas(db, region, args.month, out, lang)
        return f"{out}: {n} site agenda(s) for {region}, {args.month}"
    papers = (meetings.build_agenda if args.fresh else meetings.meeting_papers)(
        db, args.site, args.month, lang
    )
    if suffix == ".pdf":
        write_meeting_pdf(papers, out, lang)
    else:
        write_meeting_workbook(papers, out, lang)
    d = papers.draft
    return (
        f"{out}: {d.site_code} {d.month}, {len(d.entries)} agenda items, "
        f"{papers.overdue} overdue action(s)"
    )
