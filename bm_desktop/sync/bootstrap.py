"""First connection of a laptop to a server ("attaching" its database).

From the moment a database is attached, every local change is queued in the
outbox. What the database held before is either sent to the server (``keep``:
work done offline before the first connection) or replaced by the server's
data for the user's scope (``replace``: a new laptop, or the demo programme
the app creates on first start). A database holding data never guesses: the
user chooses.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, Literal

from sqlalchemy import delete, func, insert, select, update

from bm_desktop.db.engine import Database
from bm_desktop.db.models import LocalSetting
from bm_desktop.db.models.local import SAMPLE_SOURCE_NOTE_KEY
from bm_desktop.sync import local, rows
from bm_desktop.sync.errors import FirstConnectionChoice, SyncError
from bm_desktop.sync.outbox import dumps, install_outbox, utcnow
from bm_desktop.sync.server.scope import REFERENCE_TABLES

Mode = Literal["keep", "replace"]


def local_data_rows(db: Database) -> int:
    """Rows of programme data (not reference data) in the database."""
    with db.engine.connect() as conn:
        return _count_data(conn)


_INDEX_FLAG = "sync.indexes_dropped"


def _secondary_indexes(tables: Iterable[str] | None = None) -> list:
    """The non-unique indexes of the synchronised tables (of ``tables`` only, if given)."""
    codecs = rows.codecs()
    chosen = codecs.values() if tables is None else [codecs[t] for t in tables if t in codecs]
    return [ix for tc in chosen for ix in tc.table.indexes if not ix.unique]


def drop_indexes(conn) -> None:  # noqa: ANN001
    """Before filling an empty database: SQLite builds an index over 300,000 rows several
    times faster at once than row by row. Recorded, so a crash cannot leave them out."""
    for ix in _secondary_indexes():
        conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{ix.name}"')
    conn.execute(delete(LocalSetting.__table__).where(LocalSetting.key == _INDEX_FLAG))
    conn.execute(insert(LocalSetting.__table__).values(key=_INDEX_FLAG, value="1"))


def indexes_dropped(conn) -> bool:  # noqa: ANN001
    return (
        conn.execute(select(LocalSetting.value).where(LocalSetting.key == _INDEX_FLAG)).first()
        is not None
    )


def restore_indexes(conn) -> None:  # noqa: ANN001
    for ix in _secondary_indexes():
        ix.create(conn, checkfirst=True)
    conn.execute(delete(LocalSetting.__table__).where(LocalSetting.key == _INDEX_FLAG))


def restore_table_indexes(conn, tables: list[str]) -> None:  # noqa: ANN001
    """The indexes of tables a first connection has finished filling, built while later
    pages still arrive (the laptop otherwise waits on the server there) instead of all
    at the end. The flag stays until :func:`restore_indexes` has built every one."""
    for ix in _secondary_indexes(tables):
        ix.create(conn, checkfirst=True)


def is_empty(conn) -> bool:  # noqa: ANN001
    """No synchronised row at all (a database wiped for, or new to, a first connection)."""
    return all(
        conn.execute(select(tc.table.c.id).limit(1)).first() is None
        for tc in rows.codecs().values()
    )


def _count_data(conn) -> int:  # noqa: ANN001
    return sum(
        conn.execute(select(func.count()).select_from(tc.table)).scalar() or 0
        for name, tc in rows.codecs().items()
        if name not in REFERENCE_TABLES
    )


def attach(db: Database, server_url: str, username: str, mode: str | None, role: str | None) -> str:
    """Link the database to a server (its outbox installed); returns the mode used."""
    if mode not in (None, "keep", "replace"):
        raise SyncError(f"Unknown first-connection choice {mode!r} (keep or replace).")
    install_outbox(db)
    with local.write_transaction(db.engine, foreign_keys=False) as conn:
        held = _count_data(conn)
        if mode is None:
            if held:
                raise FirstConnectionChoice(held)
            mode = "replace"
        if mode == "replace":
            for name in reversed(list(rows.codecs())):
                conn.execute(delete(rows.codec(name).table))
            conn.execute(delete(local.OUTBOX))
            conn.execute(delete(local.CONFLICTS))
            conn.execute(
                delete(LocalSetting.__table__).where(  # the data are no longer the sample
                    LocalSetting.key == SAMPLE_SOURCE_NOTE_KEY
                )
            )
        else:
            _queue_everything(conn, db)
        local.set_state(
            conn,
            server_url=server_url,
            username=username,
            role=role,
            attached_at=utcnow(),
            cursor=None,
            scope=None,
            last_error=None,
        )
    return mode


def _queue_everything(conn, db: Database) -> None:  # noqa: ANN001
    """Queue every local row as an insert (parents first); rows never stamped get a clock."""
    now = utcnow()
    for name, tc in rows.codecs().items():
        t = tc.table
        entries = []
        order: list[Any] = [t.c.id]
        if "organisation_id" in t.c:  # organisations before their people
            order.insert(0, t.c.organisation_id.is_not(None))
        for m in conn.execute(select(t).order_by(*order)).mappings():
            values = dict(m)
            if not values.get("updated_at"):
                values["updated_at"] = db.clock.now()
                values["updated_by"] = db.device_id
                conn.execute(
                    update(t)
                    .where(t.c.id == values["id"])
                    .values(updated_at=values["updated_at"], updated_by=db.device_id)
                )
            entries.append(
                {
                    "change_id": uuid.uuid4(),
                    "table_name": name,
                    "row_id": values["id"],
                    "op": "insert",
                    "payload": dumps(tc.encode(values)),
                    "clock": values["updated_at"],
                    "base": None,
                    "created_at": now,
                    "state": "pending",
                    "attempts": 0,
                }
            )
        if entries:
            conn.execute(insert(local.OUTBOX), entries)
