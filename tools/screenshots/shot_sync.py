"""Screenshots of sync: the first-connection dialog receiving data, the status bar of a
connected laptop, and the conflicts dialog with both versions side by side."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def render(ctx) -> list[Path]:
    from sqlalchemy import insert, select

    from bm_desktop.db.models import Incident, SyncConflict
    from bm_desktop.sync import local, rows
    from bm_desktop.sync.outbox import dumps, utcnow

    window, db = ctx.window, ctx.db
    feature = window.sync
    shots = []

    # 1. The first connection of a laptop that holds the sample programme, halfway.
    dialog = feature.open_connect()
    dialog.server.setText("https://sync.bm-programme.org")
    dialog.user.setText("coordinator.eastern-drc")
    dialog.password.setText("not-a-real-password")
    dialog._busy(True)
    dialog._on_progress(11_200, 27_974, "first")
    dialog.adjustSize()
    shots.append(ctx.grab(dialog, "sync_first_connection"))
    dialog.discard_without_asking()  # the shot typed into it: leave without the question

    # 2. A connected laptop: synced a few minutes ago, one edit waiting, one conflict.
    with local.write_transaction(db.engine) as conn:
        local.set_state(
            conn,
            server_url="https://sync.bm-programme.org",
            username="coordinator.eastern-drc",
            role="coordinator",
            attached_at=utcnow() - dt.timedelta(days=30),
            cursor="f0",
            last_success_at=utcnow() - dt.timedelta(minutes=7),
            last_attempt_at=utcnow() - dt.timedelta(minutes=7),
        )
    with db.sessions.begin() as s:
        first, second = s.scalars(
            select(Incident)
            .where(Incident.deleted.is_(False))
            .order_by(Incident.occurred_on.desc())
            .limit(2)
        )
        first.people_affected = (first.people_affected or 0) + 1  # waiting to be sent
        tc = rows.codec("incidents")
        kept = tc.encode_object(second)
        mine = {
            **kept,
            "description": "Two minors seen carrying ore at the washing point; "
            "the cooperative was informed.",
            "severity": 3,
            "updated_at": f"{int((dt.datetime.now().timestamp() - 5400) * 1000):016d}"
            f"-0000-{db.device_id}",
        }
        other_device = "4f2a9c7d1e0b"  # a colleague's laptop, named by the server
        kept = {
            **kept,
            "description": "Two minors seen carrying ore; the monitor met their "
            "parents and the school headmaster.",
            "severity": 4,
            "updated_at": f"{int((dt.datetime.now().timestamp() - 1800) * 1000):016d}"
            f"-0000-{other_device}",
            "updated_by": other_device,
        }
        local.remember_device_names(
            s.connection(), {other_device: "Amani Furaha (coordinator.south-kivu)"}
        )
        s.execute(
            insert(SyncConflict).values(
                table_name="incidents",
                row_id=second.id,
                local_version=dumps(mine),
                remote_version=dumps(kept),
                local_clock=mine["updated_at"],
                remote_clock=kept["updated_at"],
                detected_at=utcnow(),
                detected_by="client",
                resolved=False,
            )
        )
    feature.controller.refresh()
    bar = window.statusBar()
    shots.append(ctx.grab(bar, "sync_status_bar"))

    # 3. The conflicts dialog.
    conflicts = feature.open_conflicts()
    conflicts.resize(1000, 520)
    shots.append(ctx.grab(conflicts, "sync_conflicts"))
    conflicts.finished.disconnect()
    conflicts.reject()
    return shots
