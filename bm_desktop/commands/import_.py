"""``bm-desktop import``: bring a file into the programme database, or undo an import.

    bm-desktop import actions|events|sites|incidents|submissions FILE [--dry-run]
        [--skip-rejected] [--media DIR] [--sheet NAME] [--map FIELD=COLUMN ...]
        [--date-order dmy|mdy] [--replace-period]
        [--report FILE.csv|FILE.xlsx] [--lang en|fr]
    bm-desktop import submissions --central URL --project N --email EMAIL [--form ID]
    bm-desktop import batches
    bm-desktop import undo BATCH

``actions`` reads a corrective-action tracker filled in by partners, ``events``
security events (an ACLED export, a UCDP GED file, or any layout with ``--map``),
``sites`` a mine-site register or another site file, ``incidents`` an incident
file, ``submissions`` the monitors' submissions exported by ODK Central (CSV or zip)
or KoboToolbox (XLSX or CSV) from the form of ``bm-desktop form``, or pulled from an
ODK Central server with ``--central`` (password from ``BM_ODK_PASSWORD`` or asked). Prints the rows added, updated, removed, unchanged and rejected, the
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
KINDS = ("actions", "events", "sites", "incidents", "submissions")
SHOWN_REASONS = 50


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import",
        help=h("import a tracker, security events, a site register or an incident file"),
        description=h(
            "Check a file row by row and import it in one transaction (nothing is "
            "written when a row is rejected, unless --skip-rejected). 'import batches' lists the "
            "imports, 'import undo BATCH' takes one back until it is synchronised."
        ),
    )
    parser.add_argument(
        "kind",
        choices=(*KINDS, "batches", "undo"),
        help=h("what the file holds (or: batches, undo)"),
    )
    parser.add_argument(
        "file", nargs="?", help=h("CSV, XLSX, GeoJSON or GeoPackage file (undo: the batch number)")
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=h("check and report only; write nothing")
    )
    parser.add_argument(
        "--skip-rejected",
        action="store_true",
        help=h("import the good rows even if some are rejected"),
    )
    parser.add_argument(
        "--media",
        type=Path,
        metavar="DIR",
        help=h(
            "submissions: the folder holding the photos of the export (default: a "
            "'media' folder beside the file, if any)"
        ),
    )
    parser.add_argument(
        "--central",
        metavar="URL",
        help=h(
            "submissions: pull them from this ODK Central server instead "
            "of a file (password from BM_ODK_PASSWORD, or asked)"
        ),
    )
    parser.add_argument(
        "--project", type=int, metavar="N", help=h("submissions: the ODK Central project number")
    )
    parser.add_argument(
        "--form",
        metavar="ID",
        help=h("submissions: the form id on ODK Central (default: bm_incident)"),
    )
    parser.add_argument(
        "--email", metavar="EMAIL", help=h("submissions: the ODK Central web user's email")
    )
    parser.add_argument("--sheet", metavar="NAME", help=h("workbook sheet or GeoPackage layer"))
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=h(
            "which file column holds a field (repeatable; remembered for "
            "files with the same columns)"
        ),
    )
    parser.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        help=h(
            "events: how dates like 06/01/2021 are written (dmy: day first, "
            "mdy: month first) when the file does not show it"
        ),
    )
    parser.add_argument(
        "--replace-period",
        action="store_true",
        help=h(
            "events: remove the stored events of the same source within "
            "the file's dates that the file no longer lists"
        ),
    )
    parser.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help=h("write every line of the row report to a .csv or .xlsx file"),
    )
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        default=argparse.SUPPRESS,
        help=h("language of the report (default: English)"),
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def _fail(message: str | BaseException, lang: str, code: int = EXIT_BAD_INPUT) -> int:
    return fail("import", message, lang, code=code)


def run(args: argparse.Namespace) -> int:
    from bm_desktop.commands.common import open_command_database
    from bm_desktop.domain.errors import BmError
    from bm_desktop.exchange.text import Words

    lang = getattr(args, "lang", None) or "en"
    path = database_path(args)
    if not path.exists():
        return fail("import", "no programme database at {path} (use --db PATH).", lang, path=path)
    if args.kind in ("batches", "undo"):
        from bm_desktop.commands.import_batches import run_batches

        return run_batches(args, path, lang)
    if args.central and (args.kind != "submissions" or args.project is None or not args.email):
        return fail(
            "import",
            "--central pulls submissions: give 'import submissions "
            "--central URL --project N --email EMAIL'.",
            lang,
        )
    if not args.file and not args.central:
        return fail("import", "name the file to import.", lang)
    mapping = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            return fail("import", "--map takes FIELD=COLUMN, not '{item}'.", lang, item=item)
        mapping[field.strip()] = column.strip()
    if args.report is not None and args.report.suffix.lower() not in (".csv", ".xlsx"):
        return fail(
            "import",
            "--report writes a .csv or .xlsx file, not '{name}'.",
            lang,
            name=args.report.name,
        )
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
    from bm_desktop.exchange.imports.runner import ImportOptions

    options = ImportOptions(
        dry_run=args.dry_run,
        skip_rejected=args.skip_rejected,
        lang=words.lang,
        sheet=args.sheet,
        mapping=mapping or None,
        date_order=args.date_order,
        replace_period=args.replace_period,
    )
    if args.media is not None:
        options.extra["media"] = args.media
    writer = ReportFile(args.report, words) if args.report is not None else None
    if writer is not None:
        options.sink = writer.write
    try:
        report = _run(args, db, options)
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


def _run(args: argparse.Namespace, db, options):
    """Import the file, or pull the submissions from ODK Central (``--central``)."""
    from bm_desktop.exchange.imports.report import ImportFileError
    from bm_desktop.exchange.imports.runner import run_import

    if not args.central:
        return run_import(db, args.kind, Path(args.file), options)
    import getpass
    import os
    import sys

    from bm_desktop.exchange.odk_central import CentralForm, pull_submissions
    from bm_desktop.exchange.text import Words
    from bm_desktop.exchange.xlsform import FORM_ID

    password = os.environ.get("BM_ODK_PASSWORD", "")
    if not password and sys.stdin.isatty():
        password = getpass.getpass(
            Words(options.lang)
            .translate("ExchangeImport", "ODK Central password for {email}: ")
            .format(email=args.email)
        )
    if not password:
        raise ImportFileError(
            "The ODK Central password is needed: set BM_ODK_PASSWORD or type it when asked."
        )
    where = CentralForm(args.central, args.project, args.email, args.form or FORM_ID)
    return pull_submissions(db, where, password, options)


def print_report(report, words) -> None:
    translate = words.translate
    head = translate("ExchangeImport", "{file} ({layout}): {rows} rows read").format(
        file=report.path.name, layout=report.layout, rows=report.rows_read
    )
    print(head)
    print("  " + report.counts_text(words))
    for line in report.advice + report.grouped(words):
        print("  " + line)
    reasons = report.reasons()
    for reason in reasons[:SHOWN_REASONS]:
        print("  " + reason)
    if len(reasons) > SHOWN_REASONS or report.omitted:
        print(
            "  "
            + translate(
                "ExchangeImport", "... and {n} more (--report FILE writes every line)"
            ).format(n=len(reasons) - SHOWN_REASONS + report.omitted)
        )
    if report.dry_run:
        print(translate("ExchangeImport", "Dry run: nothing was written."))
    elif report.written:
        print(translate("ExchangeImport", "Imported in one transaction."))
        if report.batch is not None:
            print(
                translate(
                    "ExchangeImport",
                    "Import batch {batch}: 'bm-desktop import undo "
                    "{batch}' takes it back until it is synchronised.",
                ).format(batch=report.batch)
            )
