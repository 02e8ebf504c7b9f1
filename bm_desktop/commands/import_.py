"""``bm-desktop import``: bring a file into the programme database.

    bm-desktop import actions|events|sites|incidents FILE [--dry-run] [--skip-rejected]
        [--sheet NAME] [--map FIELD=COLUMN ...] [--lang en|fr]

``actions`` reads a corrective-action tracker filled in by partners, ``events``
security events in the ACLED or UCDP GED layout, ``sites`` a mine-site register
or another site file, ``incidents`` an incident file. Prints the rows added,
updated, removed, unchanged and rejected, and the reasons. Writes in one
transaction: when a row is rejected nothing is written, unless
``--skip-rejected``. Exit status: 0 done (or dry run), 1 rows rejected and
nothing written, 2 the file cannot be imported.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bm_desktop.commands.common import EXIT_BAD_INPUT, add_db_option, database_path, fail
from bm_desktop.commands.help_text import h

EXIT_REJECTED = 1
KINDS = ("actions", "events", "sites", "incidents")
SHOWN_REASONS = 50


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import", help=h("import a tracker, security events, a site register or an incident file"),
        description=h("Check a file row by row and import it in one transaction (nothing is "
        "written when a row is rejected, unless --skip-rejected)."))
    parser.add_argument("kind", choices=KINDS, help=h("what the file holds"))
    parser.add_argument("file", type=Path, help=h("CSV, XLSX, GeoJSON or GeoPackage file"))
    parser.add_argument("--dry-run", action="store_true",
                        help=h("check and report only; write nothing"))
    parser.add_argument("--skip-rejected", action="store_true",
                        help=h("import the good rows even if some are rejected"))
    parser.add_argument("--sheet", metavar="NAME", help=h("workbook sheet or GeoPackage layer"))
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help=h("sites/incidents: which file column holds a field (repeatable; "
                        "remembered for files with the same columns)"))
    parser.add_argument("--lang", choices=["en", "fr"], default=argparse.SUPPRESS,
                        help=h("language of the report (default: English)"))
    add_db_option(parser)
    parser.set_defaults(func=run)


def _fail(message: str | BaseException, lang: str, code: int = EXIT_BAD_INPUT) -> int:
    return fail("import", message, lang, code=code)


def run(args: argparse.Namespace) -> int:
    from bm_desktop.db.engine import open_database
    from bm_desktop.exchange.imports.report import ImportRefused
    from bm_desktop.exchange.imports.runner import ImportOptions, run_import
    from bm_desktop.exchange.text import Words
    from bm_desktop.services.errors import BmError

    lang = getattr(args, "lang", None) or "en"
    mapping = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            return fail("import", "--map takes FIELD=COLUMN, not '{item}'.", lang, item=item)
        mapping[field.strip()] = column.strip()
    path = database_path(args)
    if not path.exists():
        return fail("import", "no programme database at {path} (use --db PATH).", lang,
                    path=path)
    words = Words(lang)
    options = ImportOptions(dry_run=args.dry_run, skip_rejected=args.skip_rejected, lang=lang,
                            sheet=args.sheet, mapping=mapping or None)
    db = open_database(path)
    try:
        report = run_import(db, args.kind, args.file, options)
    except ImportRefused as exc:
        print_report(exc.report, words)
        return _fail(exc, lang, EXIT_REJECTED)
    except BmError as exc:  # ImportFileError included
        return _fail(exc, lang)
    finally:
        db.dispose()
    print_report(report, words)
    return 0


def print_report(report, words) -> None:
    translate = words.translate
    head = translate("ExchangeImport", "{file} ({layout}): {rows} rows read").format(
        file=report.path.name, layout=report.layout, rows=report.rows_read)
    print(head)
    print("  " + report.counts_text(words))
    for line in report.advice:
        print("  " + line)
    reasons = report.reasons()
    for reason in reasons[:SHOWN_REASONS]:
        print("  " + reason)
    if len(reasons) > SHOWN_REASONS:
        print("  " + translate("ExchangeImport", "... and {n} more").format(
            n=len(reasons) - SHOWN_REASONS))
    if report.dry_run:
        print(translate("ExchangeImport", "Dry run: nothing was written."))
    elif report.written:
        print(translate("ExchangeImport", "Imported in one transaction."))
