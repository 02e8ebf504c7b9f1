"""``bm-desktop`` entry point.

With no sub-command it starts the app; each sub-command lives in its own module
under :mod:`bm_desktop.commands` and registers itself with ``register(subparsers)``.
This module sits above the floors: it also lends the window's Qt drawing to the commands
that need it (:mod:`bm_desktop.commands.qt_renderers`), which may not import ``ui``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import warnings
from collections.abc import Sequence

from bm_desktop.commands import qt_renderers
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
    "bm_desktop.commands.form",
    "bm_desktop.commands.layers",
    "bm_desktop.commands.init",
    "bm_desktop.commands.plan",
    "bm_desktop.commands.maps",
    "bm_desktop.commands.selftest",
]


def _load_qt_renderers() -> qt_renderers.QtRenderers:
    """The window's Qt drawing for ``map``, ``pack``, ``plan`` (PDF) and ``self-test``:
    this module sits above the floors, so it hands ``ui`` down to ``commands``, which may
    not import it (docs/architecture.md "Layers"); imported only when a command asks."""
    from bm_desktop.ui.command_renderers import RENDERERS

    return RENDERERS


qt_renderers.provide(_load_qt_renderers)


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="bm-desktop",
        description=h(
            "BM Desktop: maps, incidents, corrective actions and CAP meetings "
            "of the artisanal-mining assurance programme."
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=h("programme database file (default: BM_DESKTOP_DB or the user data directory)"),
    )
    parser.add_argument(
        "--empty",
        action="store_true",
        help=h("start on an empty database instead of the sample programme"),
    )
    parser.add_argument("--lang", choices=["en", "fr"], help=h("interface language"))
    parser.add_argument(
        "--version",
        action="store_true",
        help=h("show the application's version and the database schema's"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def quiet_library_warnings() -> None:
    """Libraries' warnings (pyogrio on a GeoPackage with several layers, openpyxl on
    unusual workbooks, ...) are for developers: they go to the ``py.warnings`` logger,
    which prints nothing, instead of the user's console. ``python -W`` or
    ``PYTHONWARNINGS`` still show them."""
    if sys.warnoptions:
        return
    logging.captureWarnings(True)
    logger = logging.getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
    logger.propagate = False
    warnings.simplefilter("default")


def _stdout_closed() -> int:
    """The reader of our output went away (``bm-desktop stats | head -1``): stop quietly,
    as command-line tools do, instead of a BrokenPipeError traceback. What is still
    buffered goes to the null device so the interpreter's final flush cannot fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests capture it)
        pass
    finally:
        os.close(devnull)
    return 0


def _print_version(args: argparse.Namespace) -> int:
    """``--version``: the application's version and the database schema's (the newest this
    version migrates to, and the one the database file is at)."""
    from bm_desktop.commands.common import command_lang, database_path
    from bm_desktop.commands.selftest_checks import version_line
    from bm_desktop.db.versions import versions

    print(version_line(versions(database_path(args)), command_lang(args)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    set_language(choose_language(sys.argv[1:] if argv is None else argv))
    quiet_library_warnings()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        return _print_version(args)
    if args.command is None:
        from bm_desktop.ui.app import run_app

        return run_app(args)
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # inside the try: a closed pipe is reported here, not at exit
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _stdout_closed()
    except Exception as exc:
        from bm_desktop.commands.common import command_lang, database_problem, fail

        reason = database_problem(exc, args)
        if reason is None:
            raise
        return fail(args.command, reason, command_lang(args))


if __name__ == "__main__":
    sys.exit(main())
