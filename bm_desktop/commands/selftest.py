"""``bm-desktop self-test``: check that this installation has what it needs.

    bm-desktop self-test [--db PATH] [--lang fr] [--pause]

Prints a readable report (one line per check, then the verdict) and exits with 0 when
nothing failed, 1 otherwise. The checks are in :mod:`bm_desktop.commands.selftest_checks`;
the Qt check runs in a child process (``--qt-probe``) because a missing Qt platform
plugin aborts the process that loads it. ``--pause`` waits for Enter before exiting
(the installer's Start-menu shortcut opens a console that would otherwise close).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from bm_desktop.commands.common import add_db_option, command_lang, database_path
from bm_desktop.commands.help_text import h
from bm_desktop.commands.selftest_checks import (
    CONTEXT,
    Check,
    Context,
    Result,
    T,
    format_report,
    run_checks,
)
from bm_desktop.i18n import translate

QT_PROBE_TIMEOUT_SECONDS = 60


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "self-test",
        help=h("check that this installation works"),
        description=h(
            "Check what this installation needs: Qt and "
            "fonts, the data files, the data directory, the "
            "database, both languages, the sync server."
        ),
    )
    add_db_option(parser)
    parser.add_argument(
        "--lang", choices=["en", "fr"], default=argparse.SUPPRESS, help=h("language of the report")
    )
    parser.add_argument("--pause", action="store_true", help=h("wait for Enter before exiting"))
    parser.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def qt_result(probe: dict) -> Result:
    """The Qt check's result from a probe (:func:`bm_desktop.ui.selftest_qt.probe`)."""
    if not probe.get("families"):
        return Result(
            "failed",
            T("Qt runs on the {platform} platform but finds no fonts"),
            {"platform": probe.get("platform", "?")},
        )
    return Result(
        "ok",
        T("{platform} platform, {families} font families (default {font})"),
        {
            "platform": probe["platform"],
            "families": probe["families"],
            "font": probe.get("default_font", "?"),
        },
    )


def _probe_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the PyInstaller build: the executable is the app
        return [sys.executable, "self-test", "--qt-probe"]
    return [sys.executable, "-m", "bm_desktop.cli", "self-test", "--qt-probe"]


def check_qt_in_child(_ctx: Context) -> Result:
    try:
        done = subprocess.run(
            _probe_command(), capture_output=True, text=True, timeout=QT_PROBE_TIMEOUT_SECONDS
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Result(
            "failed", T("the Qt check could not run: {reason}"), {"reason": type(exc).__name__}
        )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        said = [line.strip() for line in done.stderr.splitlines() if line.strip()]
        reason = next((line for line in said if "plugin" in line), None)
        reason = reason or (said[-1] if said else f"exit {done.returncode}")
        return Result("failed", T("Qt cannot start: {reason}"), {"reason": reason})
    return qt_result(json.loads(lines[-1]))


QT_CHECK = Check(T("Qt platform plugin and fonts"), check_qt_in_child)


def run(args: argparse.Namespace) -> int:
    if args.qt_probe:
        from bm_desktop.commands.qt_renderers import qt_renderers

        return qt_renderers().print_probe()
    lang = command_lang(args)
    report = run_checks(Context(database_path(args), lang), extra=[QT_CHECK])
    print(format_report(report, lang), flush=True)
    if args.pause:
        try:
            input(translate(CONTEXT, T("Press Enter to close."), lang))
        except EOFError:
            pass
    return report.exit_code
