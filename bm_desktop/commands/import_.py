"""``bm-desktop import``: bring a file into the programme database, or undo an import.

    bm-desktop import actions|events|sites|incidents FILE [--dry-run] [--skip-rejected]
        [--sheet NAME] [--map FIELD=COLUMN ...] [--date-order dmy|mdy] [--replace-period]
        [--report FILE.csv|FILE.xlsx] [--lang en|fr]
    bm-desktop import batches
    bm-desktop import undo BATCH

``actions`` reads a corrective-action tracker filled in by partners, ``events``
security events (an ACLED export, a UCDP GED file, or any layout with ``--map``),
``sites`` a mine-site register or another site file, ``incidents`` an incident
file. Prints the rows added, updated, removed, unchanged and rejected, the
reasons grouped, and the import batch written (``import undo BATCH`` takes it
back until it is synchronised). Writes in one transaction: when a row is rejected
nothing is written, unless ``--skip-rejected``. Exit status: 0 done (or dry run),
1 rows rejected and nothing written, 2 the file cannot be imported.
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
        "written when a row is rejected, unless --skip-rejected). 'import batches' lists the "
        "imports, 'import undo BATCH' takes one back until it is synchronised."))
    parser.add_argument("kind", choices=(*KINDS, "batches", "undo"),
                        help=h("what the file holds (or: batches, undo)"))
    parser.add_argument("file", nargs="?",
                        help=h("CSV, XLSX, GeoJSON or GeoPackage file (undo: the batch number)"))
    parser.add_argument("--dry-run", action="store_true",
                        help=h("check and report only; write nothing"))
    parser.add_argument("--skip-rejected", action="store_true",
                        help=h("import the good rows even if some are rejected"))
    parser.add_argument("--sheet", metavar="NAME", help=h("workbook sheet or GeoPackage layer"))
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help=h("which file column holds a field (repeatable; remembered for "
                        "files with the same columns)"))
    parser.add_argument("--date-order", choices=["dmy", "mdy"],
                        help=h("events: how dates like 06/01/2021 are written (dmy: day first, "
                        "mdy: month first) when the file does not show it"))
    parser.add_argument("--replace-period", action="store_true",
                        help=h("events: remove the stored events of the same source within "
                        "the file's dates that the file no longer lists"))
    parser.add_argument("--report", type=Path, metavar="FILE",
                        help=h("write every line of the row report to a .csv or .xlsx file"))
    parser.add_argument("--lang", choices=["en", "fr"], default=argparse.SUPPRESS,
                        help=h("language of the report (default: English)"))
    add_db_option(parser)
    parser.set_defaults(func=run)


def _fail(message: str | BaseException, lang: str, code: int = EXIT_BAD_INPUT) -> int:
    return fail("import", message, lang, code=code)


def run(args: argparse.Namespace) -> int:
    from bm_desktop.commands.common import open_command_database
    from bm_desktop.exchange.text import Words
    from bm_desktop.services.errors import BmError

    lang = getattr(args, "lang", None) or "en"
    path = database_path(args)
    if not path.exists():
        return fail("import", "no programme database at {path} (use --db PATH).", lang,
                    path=path)
    if args.kind in ("batches", "undo"):
        from bm_desktop.commands.import_batches import run_batches

        return run_batches(args, path, lang)
    if not args.file:
        return fail("import", "name the file to import.", lang)
    mapping = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            return fail("import", "--map takes FIELD=COLUMN, not '{item}'.", lang, item=item)
        mapping[field.strip()] = column.strip()
    if args.report is not None and args.report.suffix.lower() not in (".csv", ".xlsx"):
        return fail("import", "--report writes a .csv or .xlsx file, not '{name}'.", lang,
                    name=args.report.name)
    words = Words(lang)
    db = open_command_database(path, lang)
    try:
        return _import(args, db, mapping, words)
    except BmError as exc:  # ImportFileError included
        return _fail(exc, lang)
    finally:
        db.dispose()


def _import(args: argparse.Namespace, db, mapping: dict[str, str], words) -> int:
    from bm_desktop.exchange.imports.report import ImportRefused
    from bm_desktop.exchange.imports.report_file import ReportFile
    from bm_desktop.exchange.imports.runner import ImportOptions, run_import

    options = ImportOptions(dry_run=args.dry_run, skip_rejected=args.skip_rejected,
                            lang=words.lang, sheet=args.sheet, mapping=mapping or None,
                            date_order=args.date_order, replace_period=args.replace_period)
    writer = ReportFile(args.report, words) if args.report is not None else None
    if writer is not None:
        options.sink = writer.write
    try:
        report = run_import(db, args.kind, Path(args.file), options)
    except ImportRefused as exc:
        if writer is not None:
            writer.finish(exc.report)
        print_report(exc.report, words)
        return _fail(exc, words.lang, EXIT_REJECTED)
    except BaseException:
        if writer is not None:
            writer.discard()
        raise
    if writer is not None:
        writer.finish(report)
    print_report(report, words)
    return 0


def print_report(report, words) -> None:
    translate = words.translate
    head = translate("ExchangeImport", "{file} ({layout}): {rows} rows read").format(
        file=report.path.name, layout=report.layout, rows=report.rows_read)
    print(head)
    print("  " + report.counts_text(words))
    for line in report.advice + report.grouped(words):
        print("  " + line)
    reasons = report.reasons()
    for reason in reasons[:SHOWN_REASONS]:
        print("  " + reason)
    if len(reasons) > SHOWN_REASONS or report.omitted:
        print("  " + translate("ExchangeImport", "... and {n} more (--report FILE writes every "
                               "line)").format(n=len(reasons) - SHOWN_REASONS + report.omitted))
    if report.dry_run:
        print(translate("ExchangeImport", "Dry run: nothing was written."))
    elif report.written:
        print(translate("ExchangeImport", "Imported in one transaction."))
        if report.batch is not None:
            print(translate("ExchangeImport", "Import batch {batch}: 'bm-desktop import undo "
                            "{batch}' takes it back until it is synchronised.").format(
                                batch=report.batch))
