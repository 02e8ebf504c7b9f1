"""Who works on which laptop, so a sync conflict can say who made the other change.

Every change carries the 12-character id of the device that made it (in its clock
and its ``updated_by``); a device id tells a coordinator nothing. The server knows
which account each device pushes with: it keeps that in its ``devices`` table (one
row per device, keyed by a UUID derived from the device id) and sends, with each
pull page, the names of the devices whose rows the page holds.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from contextlib import nullcontext

from sqlalchemy import Connection, insert, select, update

from bm_desktop.db.models import Device, User
from bm_desktop.sync.server.scope import Scope
from bm_desktop.sync.server.store import ServerStore

DEVICE_NAMESPACE = uuid.UUID("6f1c1f5e-2d4b-4c1e-9a51-0b6d3c7a9e21")
SERVER_NODE = "server"


def device_row_id(device: str) -> uuid.UUID:
    return uuid.uuid5(DEVICE_NAMESPACE, device)


def note_device(store: ServerStore, scope: Scope, device: str) -> None:
    """Record the account a device pushes with (written once per device and account)."""
    if not device or store.device_users.get(device) == scope.username:
        return
    table, users = Device.__table__, User.__table__
    with store.engine.connect() as conn:
        conn = conn.execution_options(bm_write=True)
        with store.push_lock if not store.is_postgres else nullcontext(), conn.begin():
            full = conn.execute(
                select(users.c.full_name).where(users.c.id == scope.user_id)
            ).scalar()
            name = f"{full} ({scope.username})" if full else scope.username
            row_id = device_row_id(device)
            values = {
                "name": name,
                "updated_at": store.clock.now(),
                "updated_by": SERVER_NODE,
                "deleted": False,
            }
            if conn.execute(select(table.c.id).where(table.c.id == row_id)).first():
                conn.execute(update(table).where(table.c.id == row_id).values(**values))
            else:
                conn.execute(
                    insert(table).values(
                        id=row_id,
                        registered_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                        **values,
                    )
                )
    store.device_users[device] = scope.username


def device_names(conn: Connection, devices: Iterable[str]) -> dict[str, str]:
    """The names of the known devices among ``devices`` (device id -> name)."""
    wanted = {device_row_id(d): d for d in devices if d and d != SERVER_NODE}
    if not wanted:
        return {}
    table = Device.__table__
    found = conn.execute(
        select(table.c.id, table.c.name).where(
            table.c.id.in_(list(wanted)), table.c.deleted.is_(False)
        )
    )
    return {wanted[row_id]: name for row_id, name in found if name}
