"""``bm-desktop server``: run the programme's sync server, and manage its accounts.

    bm-desktop server [--db URL|PATH] [--host H] [--port P] [--demo]
    bm-desktop server create-user NAME --role ROLE [--region NAME]... [--site CODE]...
    bm-desktop server set-password NAME
    bm-desktop server disable-user NAME
    bm-desktop server list-users

``--db`` takes a PostgreSQL URL (``postgresql://user@host/dbname``) or a SQLite
file (the default: ``server.sqlite`` in the user data directory, or
``BM_SERVER_DB``). Passwords come from ``BM_DESKTOP_PASSWORD``, standard input
(``--password-stdin``) or a prompt; they are never echoed, logged or stored
other than as argon2 hashes.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path

from bm_desktop.commands.common import command_lang, fail
from bm_desktop.commands.help_text import h
from bm_desktop.i18n import translate

CONTEXT = "ServerCommand"
SERVER_DB_ENV = "BM_SERVER_DB"
PASSWORD_ENV = "BM_DESKTOP_PASSWORD"
DEMO_PASSWORD = "bm-demo-2024"


def default_server_db() -> str:
    env = os.environ.get(SERVER_DB_ENV)
    if env:
        return env
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("bm-desktop", "BM Programme")) / "server.sqlite")


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--db", dest="server_db", metavar="URL", default=default,
                        help=h("server database: PostgreSQL URL or SQLite file (default: "
                               "BM_SERVER_DB or server.sqlite in the user data directory)"))


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "server", help=h("run the sync server (or manage its users)"),
        description=h("Run the programme's sync server: laptops push their changes and pull "
        "those of others. The same database schema as the laptops, on PostgreSQL or SQLite."))
    _db_option(parser, None)
    parser.add_argument("--host", default="127.0.0.1",
                        help=h("address to listen on (default 127.0.0.1; 0.0.0.0 for all)"))
    parser.add_argument("--port", type=int, default=8765, help=h("port (default 8765)"))
    parser.add_argument("--demo", action="store_true",
                        help=h("fill an empty server with the sample programme and demo users"))
    parser.add_argument("--ssl-certfile", metavar="FILE", help=h("TLS certificate (HTTPS)"))
    parser.add_argument("--ssl-keyfile", metavar="FILE", help=h("TLS private key (HTTPS)"))
    parser.add_argument("--token-hours", type=float, default=12.0,
                        help=h("how long a sign-in lasts (default 12 hours)"))
    parser.add_argument("--lang", choices=["en", "fr"], default=argparse.SUPPRESS,
                        help=h("language of the messages (default: English)"))
    parser.set_defaults(func=run_server)
    users = parser.add_subparsers(dest="server_command", metavar="ACTION")

    create = users.add_parser("create-user", help=h("create an account"),
                              description=h("Create an account with a role and its scope."))
    create.add_argument("username")
    create.add_argument("--role", required=True,
                        choices=["administrator", "regional_manager", "coordinator",
                                 "government"])
    create.add_argument("--region", action="append", default=[], metavar="NAME",
                        help=h("programme region (regional manager, government; repeatable)"))
    create.add_argument("--site", action="append", default=[], metavar="CODE",
                        help=h("site code (coordinator; repeatable)"))
    create.add_argument("--full-name", default="")
    create.add_argument("--password-stdin", action="store_true",
                        help=h("read the password from standard input"))
    _db_option(create, argparse.SUPPRESS)
    create.set_defaults(func=run_create_user)

    setpw = users.add_parser("set-password", help=h("change a password (closes open sessions)"))
    setpw.add_argument("username")
    setpw.add_argument("--password-stdin", action="store_true")
    _db_option(setpw, argparse.SUPPRESS)
    setpw.set_defaults(func=run_set_password)

    disable = users.add_parser("disable-user", help=h("disable an account and revoke its sessions"))
    disable.add_argument("username")
    _db_option(disable, argparse.SUPPRESS)
    disable.set_defaults(func=run_disable_user)

    listing = users.add_parser("list-users", help=h("list the accounts"))
    _db_option(listing, argparse.SUPPRESS)
    listing.set_defaults(func=run_list_users)


def _tr(args: argparse.Namespace, text: str) -> str:
    return translate(CONTEXT, text, getattr(args, "lang", None) or "en")


def _fail(args: argparse.Namespace, exc: BaseException) -> int:
    return fail("server", exc, command_lang(args))


def _open(args: argparse.Namespace):
    from bm_desktop.sync.server.store import open_store

    return open_store(args.server_db or default_server_db())


def _password(args: argparse.Namespace, confirm: bool = True) -> str:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    first = getpass.getpass(_tr(args, "Password: "))
    if confirm and getpass.getpass(_tr(args, "Password again: ")) != first:
        raise ValueError(_tr(args, "the two passwords differ."))
    return first


def run_create_user(args: argparse.Namespace) -> int:
    from bm_desktop.services.errors import BmError
    from bm_desktop.sync.server.users import create_user

    try:
        password = _password(args)
        store = _open(args)
        try:
            user = create_user(store, args.username, password, args.role,
                               full_name=args.full_name, regions=args.region, sites=args.site)
        finally:
            store.dispose()
    except (BmError, ValueError) as exc:
        return _fail(args, exc)
    print(_tr(args, "Created user {name} ({role}).").format(name=user.username, role=user.role))
    return 0


def run_set_password(args: argparse.Namespace) -> int:
    from bm_desktop.services.errors import BmError
    from bm_desktop.sync.server.users import set_password

    try:
        password = _password(args)
        store = _open(args)
        try:
            set_password(store, args.username, password)
        finally:
            store.dispose()
    except (BmError, ValueError) as exc:
        return _fail(args, exc)
    print(_tr(args, "Password changed for {name}; their open sessions are closed.")
          .format(name=args.username))
    return 0


def run_disable_user(args: argparse.Namespace) -> int:
    from bm_desktop.services.errors import BmError
    from bm_desktop.sync.server.users import disable_user

    store = _open(args)
    try:
        revoked = disable_user(store, args.username)
    except BmError as exc:
        return _fail(args, exc)
    finally:
        store.dispose()
    print(_tr(args, "Disabled {name}; {n} open sessions revoked.").format(
        name=args.username, n=revoked))
    return 0


def run_list_users(args: argparse.Namespace) -> int:
    from bm_desktop.sync.server.users import list_users

    store = _open(args)
    try:
        for u in list_users(store):
            scope = ", ".join(u.regions + u.sites) or "-"
            state = "" if u.active else " (disabled)"
            print(f"{u.username:<24} {u.role:<17} {scope}{state}")
    finally:
        store.dispose()
    return 0


def run_server(args: argparse.Namespace) -> int:
    import datetime as dt

    import uvicorn

    from bm_desktop.sync.server.app import ServerConfig, create_app
    from bm_desktop.sync.server.store import display_url

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: "
                        "%(message)s")
    store = _open(args)
    from bm_desktop.sync.server.store import seed_reference

    seed_reference(store)
    if args.demo:
        from bm_desktop.sync.server.demo import seed_demo

        for line in seed_demo(store, os.environ.get(PASSWORD_ENV) or DEMO_PASSWORD):
            print(line)
    app = create_app(store, ServerConfig(token_lifetime=dt.timedelta(hours=args.token_hours)))
    scheme = "https" if args.ssl_certfile else "http"
    print(_tr(args, "BM Desktop sync server on {url} (database {db}); Ctrl+C stops it.").format(
        url=f"{scheme}://{args.host}:{args.port}", db=display_url(store.url)), flush=True)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="info",
                    ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile,
                    timeout_graceful_shutdown=5)
    finally:
        store.dispose()
    return 0
