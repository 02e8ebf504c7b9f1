"""``bm-desktop sync``: synchronise the local database with the programme's server.

    bm-desktop sync --server URL --user NAME [--db PATH] [--first-connection keep|replace]

Prints what was pushed, pulled and conflicted; exits 0 on success, 1 when the
sync failed (network, server, sign-in; nothing is lost, run it again), 2 on bad
input. The password comes from the keyring, ``BM_DESKTOP_PASSWORD`` or a prompt.
After the first connection ``--server`` and ``--user`` may be left out.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from bm_desktop.commands.common import add_db_option, database_path
from bm_desktop.commands.help_text import h
from bm_desktop.i18n import translate

CONTEXT = "SyncCommand"
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
PASSWORD_ENV = "BM_DESKTOP_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "sync",
        help=h("synchronise the local database with the programme's server"),
        description=h(
            "Send local changes to the programme's server and receive the others' "
            "(push, then pull). The first time, the laptop receives its scope from the server."
        ),
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help=h("server address, e.g. https://sync.example.org (default: the one used last time)"),
    )
    parser.add_argument("--user", metavar="NAME", help=h("user name (default: last time's)"))
    parser.add_argument(
        "--first-connection",
        choices=["keep", "replace"],
        help=h(
            "for a database that was never synchronised but holds data: "
            "send it to the server (keep) or replace it with the server's (replace)"
        ),
    )
    parser.add_argument(
        "--allow-http",
        action="store_true",
        help=h(
            "allow an unencrypted http:// address of another computer "
            "(the password and data travel in clear)"
        ),
    )
    parser.add_argument(
        "--remember-password",
        action="store_true",
        help=h("keep the password in the system keyring for next time"),
    )
    parser.add_argument(
        "--push-batch", type=int, metavar="N", help=h("changes per push request (default 200)")
    )
    parser.add_argument(
        "--pull-page", type=int, metavar="N", help=h("rows per pull page (default 500)")
    )
    parser.add_argument(
        "--timeout", type=float, metavar="SECONDS", help=h("read timeout per request (default 60)")
    )
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        default=argparse.SUPPRESS,
        help=h("language of the messages (default: English)"),
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def _config(args: argparse.Namespace):
    from dataclasses import replace

    from bm_desktop.sync.transport import SyncConfig

    config = SyncConfig()
    if args.push_batch:
        config = replace(
            config,
            push_batch=max(1, args.push_batch),
            min_batch=min(config.min_batch, max(1, args.push_batch)),
        )
    if args.pull_page:
        config = replace(
            config,
            pull_page=max(1, args.pull_page),
            snapshot_page=max(1, args.pull_page),
            adaptive_pages=False,  # the size asked for, on every page
        )
    if args.timeout:
        config = replace(config, read_timeout=args.timeout, write_timeout=args.timeout)
    return config


def run(args: argparse.Namespace) -> int:
    from bm_desktop.commands.common import open_command_database
    from bm_desktop.sync import local
    from bm_desktop.sync.client import SyncClient
    from bm_desktop.sync.credentials import CredentialStore
    from bm_desktop.sync.errors import FirstConnectionChoice, SyncError, localised

    lang = getattr(args, "lang", None) or "en"

    def tr(text: str) -> str:
        return translate(CONTEXT, text, lang)

    db = open_command_database(database_path(args), lang)
    try:
        with db.engine.connect() as conn:
            state = local.read_state(conn)
        server = args.server or (state.server_url if state else None)
        user = args.user or (state.username if state else None)
        if not server or not user:
            print(
                tr("bm-desktop sync: error: give --server and --user for the first connection."),
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT

        def password() -> str | None:
            env = os.environ.get(PASSWORD_ENV)
            if env:
                return env
            if sys.stdin.isatty():
                return getpass.getpass(
                    tr("Password for {user} on {server}: ").format(user=user, server=server)
                )
            return None

        from bm_desktop.sync.transport import needs_http_consent

        if args.allow_http and needs_http_consent(server):
            print(
                tr(
                    "bm-desktop sync: warning: {server} is not encrypted; the password and the "
                    "data cross the network in clear."
                ).format(server=server),
                file=sys.stderr,
            )
        credentials = CredentialStore()
        client = SyncClient(
            db,
            server,
            user,
            password=password,
            credentials=credentials,
            config=_config(args),
            describe=lambda exc: localised(exc, lang),
            allow_http=args.allow_http,
        )

        def progress(done: int, total: int, stage: str) -> None:
            if stage == "first" and total:
                print(
                    tr("First connection: {done} of {total} rows received").format(
                        done=f"{done:,}", total=f"{total:,}"
                    ),
                    file=sys.stderr,
                    flush=True,
                )

        try:
            report = client.sync(progress, first_connection=args.first_connection)
        except FirstConnectionChoice as exc:
            print(
                tr(
                    "bm-desktop sync: {message} Run again with --first-connection keep or "
                    "--first-connection replace."
                ).format(message=localised(exc, lang)),
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        except SyncError as exc:
            print(
                tr("bm-desktop sync: failed: {message} Nothing was lost; run it again.").format(
                    message=localised(exc, lang)
                ),
                file=sys.stderr,
            )
            return EXIT_FAILED
        finally:
            client.close()
        if args.remember_password:
            remembered = credentials.password(server, user)
            credentials.set_password(server, user, remembered, remember=True)
        print(
            tr("Pushed {pushed} changes, pulled {pulled} rows, {conflicts} new conflicts.").format(
                pushed=report.pushed, pulled=report.pulled, conflicts=report.conflicts
            )
        )
        if report.duplicates or report.superseded:
            print(
                tr(
                    "{dup} changes were already on the server, {sup} were replaced by newer "
                    "versions."
                ).format(dup=report.duplicates, sup=report.superseded)
            )
        from bm_desktop.sync.reasons import shown

        for table, kept in report.refusals:
            print(
                tr("Refused by the server: {message}").format(
                    message=f"{table}: {shown(kept, lang)}"
                )
            )
        return EXIT_FAILED if report.rejected else 0
    finally:
        db.dispose()
