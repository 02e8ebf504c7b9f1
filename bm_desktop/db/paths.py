"""Where the programme database is by default, known without importing SQLAlchemy (the
window's start looks for the database's key on a thread before SQLAlchemy is imported)."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "BM_DESKTOP_DB"
DB_FILENAME = "programme.sqlite"


def default_database_path() -> Path:
    """``--db`` wins, then ``BM_DESKTOP_DB``, then the platform's user data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("bm-desktop", "BM Programme")) / DB_FILENAME
