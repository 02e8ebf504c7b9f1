"""``bm-desktop layers``: reference layers (national site registers) beside the programme.

    bm-desktop layers add FILE --name NAME [--map FIELD=COLUMN ...] [--sheet NAME]
        [--skip-rejected]
    bm-desktop layers list
    bm-desktop layers remove NAME

A register of mine sites (one row per visit) becomes a layer drawn under the
programme's sites, with its visit history; it is never counted in the figures,
alerts or exports. Exit status: 0 done, 1 rows rejected and nothing written,
2 bad input.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bm_desktop.commands.common import add_db_option, command_lang, database_path, fail
from bm_desktop.commands.help_text import h
from bm_desktop.i18n import translate

CONTEXT = "LayersCommand"
EXIT_REJECTED = 1
SHOWN_REASONS = 50


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "layers",
        help=h("reference layers: national site registers shown under the programme"),
        description=h(
            "Load, list and remove reference layers (a national register of mine "
            "sites with its visits). They are drawn under the programme's sites and "
            "never counted in its figures, alerts or exports."
        ),
    )
    actions = parser.add_subparsers(dest="layers_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help=h("load a register file as a reference layer"),
        description=h(
            "Load a register file (CSV, XLSX, GeoJSON or "
            "GeoPackage; one row per visit) as a reference "
            "layer."
        ),
    )
    add.add_argument("file", type=Path, help=h("CSV, XLSX, GeoJSON or GeoPackage file"))
    add.add_argument("--name", required=True, metavar="NAME", help=h("the layer's name"))
    add.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=h(
            "which file column holds a field (repeatable); fields: code, name, "
            "longitude, latitude, province, territory, visit_date, workers, "
            "mineral1, mineral2, mineral3, armed_presence, child_labour"
        ),
    )
    add.add_argument("--sheet", metavar="NAME", help=h("workbook sheet or GeoPackage layer"))
    add.add_argument(
        "--skip-rejected",
        action="store_true",
        help=h("load the good rows even if some are rejected"),
    )
    listing = actions.add_parser(
        "list",
        help=h("list the reference layers"),
        description=h("List the reference layers with their sites and visits."),
    )
    remove = actions.add_parser(
        "remove",
        help=h("remove a reference layer"),
        description=h("Remove a reference layer with its sites and visits."),
    )
    remove.add_argument("name", metavar="NAME", help=h("the layer's name"))
    for p in (parser, add, listing, remove):
        p.add_argument(
            "--lang",
            choices=["en", "fr"],
            default=argparse.SUPPRESS,
            help=h("language of the messages (default: English)"),
        )
        add_db_option(p)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bm_desktop.commands.common import open_command_database
    from bm_desktop.domain.errors import BmError

    lang = command_lang(args)
    path = database_path(args)
    if not path.exists():
        return fail("layers", "no programme database at {path} (use --db PATH).", lang, path=path)
    db = open_command_database(path, lang)
    try:
        if args.layers_action == "add":
            return _add(db, args, lang)
        if args.layers_action == "list":
            return _list(db, lang)
        return _remove(db, args.name, lang)
    except BmError as exc:
        return fail("layers", exc, lang)
    finally:
        db.dispose()


def _tr(text: str, lang: str) -> str:
    return translate(CONTEXT, text, lang)


def _n(n: int, lang: str) -> str:
    """A count as the language writes it (2,500 / 2 500)."""
    text = f"{n:,}"
    return text.replace(",", "\u202f") if lang == "fr" else text


def _add(db, args: argparse.Namespace, lang: str) -> int:  # noqa: ANN001
    from bm_desktop.exchange.imports.reference_layer import add_register_layer

    mapping = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            return fail("layers", "--map takes FIELD=COLUMN, not '{item}'.", lang, item=item)
        mapping[field.strip()] = column.strip()
    report = add_register_layer(
        db,
        args.file,
        args.name,
        mapping=mapping or None,
        sheet=args.sheet,
        skip_rejected=args.skip_rejected,
        lang=lang,
    )
    for reason in report.rejected[:SHOWN_REASONS]:
        print("  " + reason)
    if len(report.rejected) > SHOWN_REASONS:
        print("  " + _tr("... and {n} more", lang).format(n=len(report.rejected) - SHOWN_REASONS))
    if not report.written:
        return fail(
            "layers",
            "{n} rows were rejected, so nothing was loaded. Fix them, or load "
            "the other rows with --skip-rejected.",
            lang,
            code=EXIT_REJECTED,
            n=len(report.rejected),
        )
    print(
        _tr(
            "Loaded the reference layer '{name}' from {file}: {sites} sites, {visits} visits "
            "({rejected} rows left out). It is drawn under the programme's sites and is not "
            "counted in its figures.",
            lang,
        ).format(
            name=report.name,
            file=report.path.name,
            sites=_n(report.sites, lang),
            visits=_n(report.visits, lang),
            rejected=_n(len(report.rejected), lang),
        )
    )
    return 0


def _list(db, lang: str) -> int:  # noqa: ANN001
    from bm_desktop.services.reference_layers import list_layers

    layers = list_layers(db)
    if not layers:
        print(
            _tr("No reference layer (load one with: bm-desktop layers add FILE --name NAME).", lang)
        )
        return 0
    width = max(len(i.name) for i in layers) + 2
    for info in layers:
        print(
            f"{info.name:<{width}}"
            + _tr("{sites} sites, {visits} visits, loaded {when} from {file}", lang).format(
                sites=_n(info.sites, lang),
                visits=_n(info.visits, lang),
                when=info.loaded_at.isoformat(sep=" ", timespec="minutes"),
                file=Path(info.source_file).name,
            )
        )
    return 0


def _remove(db, name: str, lang: str) -> int:  # noqa: ANN001
    from bm_desktop.services.reference_layers import remove_layer

    info = remove_layer(db, name)
    print(
        _tr("Removed the reference layer '{name}' ({sites} sites, {visits} visits).", lang).format(
            name=info.name, sites=_n(info.sites, lang), visits=_n(info.visits, lang)
        )
    )
    return 0
