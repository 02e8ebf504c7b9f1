"""``bm-desktop form``: write the monitors' incident form (an XLSForm for ODK / KoboToolbox).

    bm-desktop form [--region NAME] [--lang fr|en|both] --out FILE.xlsx

The form is generated from the programme's reference data (sites of the region with
their codes, filtered by province; risk categories and areas; severity levels with
their definitions): see :mod:`bm_desktop.exchange.xlsform`. Upload it to ODK Central or
KoboToolbox; ``bm-desktop import submissions`` reads the exports back. Exit status: 0
written, 2 bad input (nothing written).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bm_desktop.commands.common import add_db_option, command_lang, database_path, fail
from bm_desktop.commands.help_text import h
from bm_desktop.i18n import translate

CONTEXT = "FormCommand"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "form",
        help=h("write the monitors' incident form (XLSForm for ODK or KoboToolbox)"),
        description=h(
            "Write an XLSForm for ODK Collect or KoboToolbox from the programme's "
            "sites, risk taxonomy and severity levels; monitors' submissions come back with "
            "'bm-desktop import submissions'."
        ),
    )
    parser.add_argument(
        "--region", metavar="NAME", help=h("only the sites of this programme region (default: all)")
    )
    parser.add_argument(
        "--lang",
        dest="form_lang",
        choices=["en", "fr", "both"],
        default="both",
        help=h("language of the form's labels (default: both)"),
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE.xlsx", help=h("the XLSForm to write")
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bm_desktop.db.engine import open_database
    from bm_desktop.domain.errors import BmError
    from bm_desktop.exchange.xlsform import FORM_ID, export_form

    lang = command_lang(args)
    path = database_path(args)
    if not path.exists():
        return fail("form", "no programme database at {path} (use --db PATH).", lang, path=path)
    if args.out.suffix.lower() != ".xlsx":
        return fail("form", "--out writes an .xlsx file, not '{name}'.", lang, name=args.out.name)
    db = open_database(path)
    try:
        version = export_form(db, args.out, args.region, args.form_lang)
    except BmError as exc:
        return fail("form", exc, lang)
    finally:
        db.dispose()
    print(
        translate(CONTEXT, "Form {form} version {version} written to {path}.", lang).format(
            form=FORM_ID, version=version, path=args.out
        )
    )
    return 0
