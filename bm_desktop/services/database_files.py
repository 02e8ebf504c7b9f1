"""The database file as the window sees it: open it (keyed or not), its key, what went
wrong with it in plain words, its schema versions, its reference rows.

The ``ui`` package may not import ``bm_desktop.db`` (pyproject's import-linter
contract): the window opens, unlocks and describes its database through these
names, and passes the :class:`Database` it gets around as an opaque handle to the
services. What each name does is documented where it is defined, in ``db``.
"""

from __future__ import annotations

from pathlib import Path

from bm_desktop.db.cipher import (
    KeyParameters,
    check_key,
    derive_key,
    is_encrypted,
    key_for_passphrase,
    read_parameters,
)
from bm_desktop.db.engine import Database, default_database_path, is_read_only, open_database
from bm_desktop.db.file_errors import DatabaseFileError, explain
from bm_desktop.db.keys import (
    MIN_PASSPHRASE,
    environment_passphrase,
    has_keyring,
    new_keyring_key,
    stored_key,
)
from bm_desktop.db.migrate import current_revision
from bm_desktop.db.protect import open_protected
from bm_desktop.db.versions import app_version, schema_head

__all__ = [
    "MIN_PASSPHRASE",
    "Database",
    "DatabaseFileError",
    "KeyParameters",
    "app_version",
    "check_key",
    "default_database_path",
    "derive_key",
    "environment_passphrase",
    "explain",
    "has_keyring",
    "is_encrypted",
    "is_read_only",
    "key_for_passphrase",
    "new_keyring_key",
    "open",
    "read_parameters",
    "schema_revision",
    "seed_reference",
    "stored_key",
]


def open(
    path: Path,
    key: bytes | None = None,  # noqa: A001  (the module's verb)
    params: KeyParameters | None = None,
) -> Database:
    """Open (and migrate) the database at ``path``; with ``key`` encrypted at rest, a
    new or plain file encrypted first (``db/protect.py``)."""
    if key is not None:
        return open_protected(path, key, params)
    return open_database(path)


def seed_reference(db: Database) -> None:
    """Add the programme's reference rows that are missing, in one transaction."""
    from bm_desktop.db.reference_data import seed_reference_data

    with db.sessions.begin() as s:
        seed_reference_data(s)


def schema_revision(db: Database) -> tuple[str | None, str | None]:
    """The schema revision the app expects and the one the file is at (None: unknown,
    e.g. the file cannot be read now: the About box still opens and says so)."""
    try:
        current = current_revision(db.engine)
    except Exception:  # noqa: BLE001
        current = None
    return schema_head(), current
