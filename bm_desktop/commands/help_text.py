"""The command line in the user's language: help texts, argparse's own words, its errors.

The language is chosen before the parser is built (help texts are set when the
arguments are declared): ``--lang`` if the command line has it, else
``BM_DESKTOP_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``). French lives
in resources/translations/cli_fr.ts (context CommandHelp), read by bm_desktop.i18n.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

CONTEXT = "CommandHelp"
LANGS = ("en", "fr")
_lang = "en"

# argparse's error messages (Python 3.11) and our own argument types', as patterns
# whose English template (with {} for the groups) is what the catalogue translates
_ERRORS = [
    (
        re.compile(r"the following arguments are required: (.*)", re.S),
        "the following arguments are required: {}",
    ),
    (re.compile(r"unrecognized arguments: (.*)", re.S), "unrecognized arguments: {}"),
    (
        re.compile(r"invalid choice: (.*) \(choose from (.*)\)", re.S),
        "invalid choice: {} (choose from {})",
    ),
    (re.compile(r"expected one argument"), "expected one argument"),
    (re.compile(r"invalid (\S+) value: (.*)", re.S), "invalid {} value: {}"),
    (
        re.compile(r"'(.*)' is not a date \(use YYYY-MM-DD\)", re.S),
        "'{}' is not a date (use YYYY-MM-DD)",
    ),
]


def choose_language(argv: Sequence[str]) -> str:
    args = list(argv)
    for k, arg in enumerate(args):
        if arg == "--lang" and k + 1 < len(args) and args[k + 1] in LANGS:
            return args[k + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGS:
            return arg.split("=", 1)[1]
    for name in ("BM_DESKTOP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def set_language(lang: str) -> None:
    global _lang
    _lang = lang if lang in LANGS else "en"


def h(text: str) -> str:
    """A help text (or argparse word) in the command line's language."""
    if _lang == "en":
        return text
    from bm_desktop.i18n import translate

    return translate(CONTEXT, text, _lang)


def error_text(message: str) -> str:
    """An argparse error message in the command line's language."""
    found = re.fullmatch(r"argument (.+?): (.*)", message, re.S)
    if found:
        return h("argument {name}: {message}").format(name=found[1], message=error_text(found[2]))
    for pattern, template in _ERRORS:
        found = pattern.fullmatch(message)
        if found:
            return h(template).format(*found.groups())
    return h(message)


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001
        super().add_usage(usage, actions, groups, h("usage: ") if prefix is None else prefix)


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (usage, section titles, -h, errors) follow the
    command line's language; sub-command parsers are made of the same class."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = h("positional arguments")
        self._optionals.title = h("options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = h("show this help message and exit")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            2,
            h("{prog}: error: {message}").format(prog=self.prog, message=error_text(message))
            + "\n",
        )
