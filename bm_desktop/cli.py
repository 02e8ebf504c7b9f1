"""``bm-desktop`` entry point.

With no sub-command it starts the app; each sub-command lives in its own module
under :mod:`bm_desktop.commands` and registers itself with ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bm_desktop.commands.help_text import CommandParser, choose_language, h, set_language

# One module per sub-command; each defines ``register(subparsers) -> None`` and
# sets ``func`` (taking the parsed args, returning an exit code) on its parser.
COMMAND_MODULES = [
    "bm_desktop.commands.sample",
    "bm_desktop.commands.stats",
    "bm_desktop.commands.agenda",
    "bm_desktop.commands.server",
    "bm_desktop.commands.sync",
    "bm_desktop.commands.export",
    "bm_desktop.commands.html_map",
    "bm_desktop.commands.import_",
]


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="bm-desktop",
        description=h("BM Desktop: maps, incidents, corrective actions and CAP meetings "
        "of the artisanal-mining assurance programme."),
    )
    parser.add_argument("--db", metavar="PATH",
                        help=h("programme database file (default: BM_DESKTOP_DB or the "
                        "user data directory)"))
    parser.add_argument("--empty", action="store_true",
                        help=h("start on an empty database instead of the sample programme"))
    parser.add_argument("--lang", choices=["en", "fr"], help=h("interface language"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    set_language(choose_language(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from bm_desktop.ui.app import run_app

        return run_app(args)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from bm_desktop.commands.common import command_lang, database_problem, fail

        reason = database_problem(exc, args)
        if reason is None:
            raise
        return fail(args.command, reason, command_lang(args))


if __name__ == "__main__":
    sys.exit(main())
