"""``bm-desktop server``: run the programme's sync server, and manage its accounts.

    bm-desktop server [--db URL|PATH] [--host H] [--port P] [--workers N] [--demo]
    bm-desktop server create-user NAME --role ROLE [--region NAME]... [--site CODE]...
    bm-desktop server set-password NAME
    bm-desktop server disable-user NAME
    bm-desktop server list-users

``--db`` takes a PostgreSQL URL (``postgresql://user@host/dbname``) or a SQLite
file (the default: ``server.sqlite`` in the user data directory, or
``BM_SERVER_DB``). Passwords come from ``BM_DESKTOP_PASSWORD``, standard input
(``--password-stdin``) or a prompt; they are never echoed, logged or stored
other than as argon2 hashes.

``--workers N`` runs N server processes on one port (uvicorn workers built by
:func:`bm_desktop.sync.server.app.app_from_environment`); they share one
PostgreSQL database and keep nothing between requests, so any of them can
answer any request. Listening on another address than this computer's without
TLS needs ``--allow-http`` (a reverse proxy that adds TLS usually sits in front:
docs/deployment.md).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path
from typing import Any

from bm_desktop.commands.common import command_lang, fail
from bm_desktop.commands.help_text import h
from bm_desktop.i18n import translate

CONTEXT = "ServerCommand"
SERVER_DB_ENV = "BM_SERVER_DB"
PASSWORD_ENV = "BM_DESKTOP_PASSWORD"


def default_server_db() -> str:
    env = os.environ.get(SERVER_DB_ENV)
    if env:
        return env
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("bm-desktop", "BM Programme")) / "server.sqlite")


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        dest="server_db",
        metavar="URL",
        default=default,
        help=h(
            "server database: PostgreSQL URL or SQLite file (default: "
            "BM_SERVER_DB or server.sqlite in the user data directory)"
        ),
    )


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "server",
        help=h("run the sync server (or manage its users)"),
        description=h(
            "Run the programme's sync server: laptops push their changes and pull "
            "those of others. The same database schema as the laptops, on PostgreSQL or SQLite."
        ),
    )
    _db_option(parser, None)
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help=h("address to listen on (default 127.0.0.1; 0.0.0.0 for all)"),
    )
    parser.add_argument("--port", type=int, default=8765, help=h("port (default 8765)"))
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help=h(
            "server processes sharing the port (default 1; more than one "
            "needs a PostgreSQL database)"
        ),
    )
    parser.add_argument(
        "--allow-http",
        action="store_true",
        help=h(
            "listen on a non-loopback address without TLS (only behind a "
            "reverse proxy that adds it, or on a trusted network)"
        ),
    )
    parser.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        default="127.0.0.1",
        help=h(
            "reverse proxies trusted to give the client address in "
            "X-Forwarded-For (default 127.0.0.1)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=h("fill an empty server with the sample programme and demo users"),
    )
    parser.add_argument("--ssl-certfile", metavar="FILE", help=h("TLS certificate (HTTPS)"))
    parser.add_argument("--ssl-keyfile", metavar="FILE", help=h("TLS private key (HTTPS)"))
    parser.add_argument(
        "--token-hours",
        type=float,
        default=12.0,
        help=h("how long a sign-in lasts (default 12 hours)"),
    )
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        default=argparse.SUPPRESS,
        help=h("language of the messages (default: English)"),
    )
    parser.set_defaults(func=run_server)
    users = parser.add_subparsers(dest="server_command", metavar="ACTION")

    create = users.add_parser(
        "create-user",
        help=h("create an account"),
        description=h("Create an account with a role and its scope."),
    )
    create.add_argument("username")
    create.add_argument(
        "--role",
        required=True,
        choices=["administrator", "regional_manager", "coordinator", "government"],
    )
    create.add_argument(
        "--region",
        action="append",
        default=[],
        metavar="NAME",
        help=h("programme region (regional manager, government; repeatable)"),
    )
    create.add_argument(
        "--site",
        action="append",
        default=[],
        metavar="CODE",
        help=h("site code (coordinator; repeatable)"),
    )
    create.add_argument("--full-name", default="")
    create.add_argument(
        "--password-stdin", action="store_true", help=h("read the password from standard input")
    )
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
    from bm_desktop.domain.errors import BmError
    from bm_desktop.sync.server.users import create_user

    try:
        password = _password(args)
        store = _open(args)
        try:
            user = create_user(
                store,
                args.username,
                password,
                args.role,
                full_name=args.full_name,
                regions=args.region,
                sites=args.site,
            )
        finally:
            store.dispose()
    except (BmError, ValueError) as exc:
        return _fail(args, exc)
    print(_tr(args, "Created user {name} ({role}).").format(name=user.username, role=user.role))
    return 0


def run_set_password(args: argparse.Namespace) -> int:
    from bm_desktop.domain.errors import BmError
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
    print(
        _tr(args, "Password changed for {name}; their open sessions are closed.").format(
            name=args.username
        )
    )
    return 0


def run_disable_user(args: argparse.Namespace) -> int:
    from bm_desktop.domain.errors import BmError
    from bm_desktop.sync.server.users import disable_user

    store = _open(args)
    try:
        revoked = disable_user(store, args.username)
    except BmError as exc:
        return _fail(args, exc)
    finally:
        store.dispose()
    print(
        _tr(args, "Disabled {name}; {n} open sessions revoked.").format(
            name=args.username, n=revoked
        )
    )
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


def _check_listen_options(args: argparse.Namespace, url: str) -> str | None:
    """A refusal (in the user's language) for options that do not go together."""
    from bm_desktop.sync.transport import is_loopback

    if args.workers < 1 or args.workers > 64:
        return _tr(args, "--workers takes a number from 1 to 64.")
    if args.workers > 1 and url.startswith("sqlite"):
        return _tr(
            args,
            "Several server processes (--workers) need a PostgreSQL database: "
            "give --db postgresql://...",
        )
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        return _tr(args, "Give both --ssl-certfile and --ssl-keyfile for HTTPS.")
    if not args.ssl_certfile and not is_loopback(args.host) and not args.allow_http:
        return _tr(
            args,
            "Refusing to listen on {host} without TLS: passwords would cross the "
            "network in clear. Give --ssl-certfile and --ssl-keyfile, put a reverse "
            "proxy with TLS in front (docs/deployment.md), or pass --allow-http.",
        ).format(host=args.host)
    return None


def run_server(args: argparse.Namespace) -> int:
    import datetime as dt
    import json

    import uvicorn

    from bm_desktop.sync.server.app import (
        LOG_FORMAT,
        WORKER_OPTIONS_ENV,
        ServerConfig,
        create_app,
    )
    from bm_desktop.sync.server.passwords import DEMO_PASSWORD
    from bm_desktop.sync.server.store import display_url, normalise_url, seed_reference
    from bm_desktop.sync.transport import is_loopback

    url = normalise_url(args.server_db or default_server_db())
    refusal = _check_listen_options(args, url)
    if refusal:
        print(f"bm-desktop server: {refusal}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    store = _open(args)
    seed_reference(store)
    store.secret()  # created once here, before several processes could race to make it
    if args.demo:
        from bm_desktop.commands.server_demo import seed_demo

        for line in seed_demo(store, os.environ.get(PASSWORD_ENV) or DEMO_PASSWORD):
            print(line)
    scheme = "https" if args.ssl_certfile else "http"
    if scheme == "http" and not is_loopback(args.host):
        logging.getLogger("bm_desktop.sync.server").warning(
            "listening on %s without TLS (--allow-http): use it only behind a reverse proxy "
            "that adds TLS",
            args.host,
        )
    options = {"db": url, "token_hours": args.token_hours, "demo": bool(args.demo)}
    if args.workers > 1:
        store.dispose()
        os.environ[WORKER_OPTIONS_ENV] = json.dumps(options)
        app: Any = "bm_desktop.sync.server.app:app_from_environment"
    else:
        app = create_app(
            store,
            ServerConfig(token_lifetime=dt.timedelta(hours=args.token_hours), demo=bool(args.demo)),
        )
    print(
        _tr(
            args, "BM Desktop sync server on {url} (database {db}, {n} processes); Ctrl+C stops it."
        ).format(
            url=f"{scheme}://{args.host}:{args.port}", db=display_url(store.url), n=args.workers
        ),
        flush=True,
    )
    try:
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            log_level="info",
            workers=args.workers if args.workers > 1 else None,
            factory=args.workers > 1,
            proxy_headers=True,
            forwarded_allow_ips=args.forwarded_allow_ips,
            ssl_certfile=args.ssl_certfile,
            ssl_keyfile=args.ssl_keyfile,
            timeout_graceful_shutdown=5,
        )
    finally:
        store.dispose()
    return 0
