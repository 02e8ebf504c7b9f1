"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bm_desktop.commands.help_text import h

if TYPE_CHECKING:  # SQLAlchemy is imported when a database is opened, not to parse arguments
    from bm_desktop.db.engine import Database


def database_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db).expanduser()
    from bm_desktop.db.paths import default_database_path

    return default_database_path()


def command_key(path: Path, lang: str = "en") -> bytes | None:
    """The key of a command's database: the one in the keyring, else one derived from
    ``BM_DESKTOP_PASSPHRASE``, else (an encrypted file, a terminal) a typed passphrase.
    A new file is encrypted whenever a passphrase is available; a plain file stays
    plain and one line on stderr says it is not encrypted."""
    from bm_desktop.db import cipher, keys
    from bm_desktop.i18n import translate

    encrypted = cipher.is_encrypted(path)
    fresh = not path.exists() or path.stat().st_size == 0
    if encrypted or fresh:
        key = keys.stored_key(path)
        if key is not None:
            return key
        passphrase = keys.environment_passphrase()
        if passphrase is None and encrypted and sys.stdin is not None and sys.stdin.isatty():
            import getpass

            passphrase = (
                getpass.getpass(
                    translate("ServiceErrors", "Passphrase for {path}: ", lang).format(path=path)
                )
                or None
            )
        if passphrase is not None:
            return cipher.key_for_passphrase(path, passphrase)
    return None


def open_command_database(path: Path, lang: str = "en") -> Database:
    """Open a command's database with its key (see :func:`command_key`); once a plain file
    is open, one line on stderr says that it is not encrypted."""
    from bm_desktop.db.engine import open_database
    from bm_desktop.i18n import translate
    from bm_desktop.sync.outbox import install_outbox

    database = open_database(path, key=command_key(path, lang))
    install_outbox(database)  # a command's edits reach the server the file is linked to
    if not database.encrypted:
        print(
            translate(
                "ServiceErrors",
                "bm-desktop: note: {path} is not encrypted (set "
                "BM_DESKTOP_PASSPHRASE to encrypt a new database).",
                lang,
            ).format(path=path),
            file=sys.stderr,
        )
    return database


def database_problem(exc: BaseException, args: argparse.Namespace) -> BaseException | None:
    """The plain-words reason when ``exc`` is a problem of the database file (damaged,
    locked, read-only, disk full, newer schema), else None: SQLite's own message, with
    its SQL and parameters, never reaches the user."""
    from bm_desktop.db.file_errors import explain

    return explain(exc, database_path(args))


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Let ``--db`` also follow the sub-command (``bm-desktop stats --db X``)."""
    parser.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help=h("programme database file")
    )


def iso_date(text: str) -> dt.date:
    """The argparse type of a day (``YYYY-MM-DD``); help_text translates the refusal."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from None


def add_period_options(
    parser: argparse.ArgumentParser, start_help: str | None = None, end_help: str | None = None
) -> None:
    """``--from``/``--to`` (``args.start``, ``args.end``): the period of a command, checked
    by :func:`check_period`. The help texts are the command's own when it says more."""
    parser.add_argument(
        "--from",
        dest="start",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=start_help or h("first day of the period"),
    )
    parser.add_argument(
        "--to",
        dest="end",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=end_help or h("last day of the period"),
    )


def add_region_or_all(parser: argparse.ArgumentParser, region_help: str, all_help: str) -> None:
    """``--region NAME`` or ``--all`` (one of them, required): what a map covers."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--region", metavar="NAME", help=region_help)
    where.add_argument("--all", action="store_true", help=all_help)


def check_period(command: str, args: argparse.Namespace, lang: str) -> int | None:
    """The exit code of a refused ``--from``/``--to`` (one without the other, or a period
    that ends before it starts), after the message; None when the period may be used."""
    if (args.start is None) != (args.end is None):
        return fail(command, "give both --from and --to, or neither.", lang)
    if args.start is not None and args.end < args.start:
        return fail(
            command,
            "The period ends ({end}) before it starts ({start}).",
            lang,
            end=args.end,
            start=args.start,
        )
    return None


EXIT_BAD_INPUT = 2


def command_lang(args: argparse.Namespace) -> str:
    """The language of a command's messages (``--lang``; English by default)."""
    return getattr(args, "lang", None) or "en"


def refusal(message: str | BaseException, lang: str = "en", **params: object) -> str:
    """A refusal in ``lang``: an English template (French in service_errors_fr.ts,
    context ServiceErrors) filled with ``params``, or a service error as it reads in
    that language."""
    from bm_desktop.domain.errors import error_text

    if isinstance(message, BaseException):
        return error_text(message, lang)
    from bm_desktop.i18n import translate

    text = translate("ServiceErrors", message, lang)
    return text.format(**params) if params else text


def fail(
    command: str,
    message: str | BaseException,
    lang: str = "en",
    *,
    code: int = EXIT_BAD_INPUT,
    **params: object,
) -> int:
    """Print ``bm-desktop <command>: error: <message>`` in ``lang`` to stderr; returns the
    exit code (2: bad input, nothing written)."""
    from bm_desktop.i18n import translate

    line = translate("ServiceErrors", "bm-desktop {command}: error: {message}", lang)
    print(line.format(command=command, message=refusal(message, lang, **params)), file=sys.stderr)
    return code
