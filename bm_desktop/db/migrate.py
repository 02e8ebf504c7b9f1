"""Alembic, driven from code: the migration scripts ship inside the package.

Opening a database that is already at the newest revision is the common case (every
start of the app), and importing Alembic costs a fifth of a second; so the check
reads the ``alembic_version`` table with plain SQL and finds the head by reading the
``revision`` / ``down_revision`` lines of the scripts. Alembic is imported only when
a migration actually has to run (and by the tests, which check that both agree).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]+)?=\s*(.+?)\s*$", re.MULTILINE)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option(
        "file_template",
        "%%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d_%%(rev)s_%%(slug)s",
    )
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str | None:
    """The newest revision, as Alembic sees it."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _literal(value: str) -> str | None:
    value = value.strip()
    if value == "None":
        return None
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    raise ValueError(f"cannot read a revision from {value!r}")


@cache
def _script_parents() -> dict[str, str | None]:
    """revision -> down_revision of every migration script, read without Alembic."""
    parents: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = dict(_ASSIGNMENT.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        parents[_literal(found["revision"]) or ""] = _literal(found.get("down_revision", "None"))
    return parents


def known_revisions() -> frozenset[str]:
    """Every revision this version of the app knows; a database at any other one was
    written by a newer version (or is not ours) and must not be touched."""
    return frozenset(_script_parents())


@cache
def script_head() -> str | None:
    """The newest revision, read from the scripts without importing Alembic.

    Raises ``ValueError`` when the scripts do not form one line of revisions (then
    :func:`needs_upgrade` asks Alembic instead)."""
    parents = _script_parents()
    heads = set(parents) - set(parents.values())
    if len(heads) != 1:
        raise ValueError(f"the migration scripts have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for a new, empty database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:  # a branched history: only Alembic can say
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return rows[0] if rows else None


def needs_upgrade(engine: Engine, current: str | None = None) -> bool:
    try:
        head = script_head()
    except ValueError:
        head = head_revision()
    return (current if current is not None else current_revision(engine)) != head


def has_tables(engine: Engine) -> bool:
    """Whether the file holds any table (a SQLite file of another program, say)."""
    with engine.connect() as conn:
        return bool(
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").scalar()
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
