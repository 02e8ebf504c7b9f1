"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from bm_desktop.db.engine import Database, default_database_path, open_database


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if getattr(args, "db", None) else default_database_path()


def open_for_command(args: argparse.Namespace) -> Database:
    """Open the database named by ``--db`` (or the default), upgrading it if needed."""
    return open_database(database_path(args))


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Let ``--db`` also follow the sub-command (``bm-desktop stats --db X``)."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="programme database file")
