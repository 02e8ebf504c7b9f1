"""Where the data comes from and how fresh it is, for cover sheets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import LocalSetting
from bm_desktop.db.models.local import SAMPLE_SOURCE_NOTE_KEY
from bm_desktop.domain.local_format import date_text
from bm_desktop.exchange.text import Words


def last_sync(session: Session) -> dt.datetime | None:
    """When this laptop last synchronised successfully (``sync_state``), or None."""
    if not inspect(session.connection()).has_table("sync_state"):
        return None
    row = session.execute(
        text("SELECT last_success_at FROM sync_state ORDER BY id LIMIT 1")
    ).first()
    value = row[0] if row else None
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    return value


def last_sync_text(session: Session, words: Words) -> str:
    when = last_sync(session)
    if when is None:
        return words.translate("ExchangeWorkbook", "never synchronised")
    return f"{date_text(when.date(), words.lang)} {when:%H:%M} UTC"


def stored_source_note_of(db: Database) -> str:
    """The database's source note (see :func:`stored_source_note`), in a session of its own."""
    with db.sessions() as s:
        return stored_source_note(s)


def stored_source_note(session: Session) -> str:
    """The note the database carries about its data (an explicit one, else the sample's)."""
    for key in ("source_note", SAMPLE_SOURCE_NOTE_KEY):
        row = session.get(LocalSetting, key)
        if row is not None and row.value:
            return row.value
    return ""


def source_note(db: Database, session: Session, lang: str = "en") -> str:
    """The data's source line in ``lang``: what the app shows in its status bar, else the
    note the database carries, else the database file."""
    from bm_desktop.i18n import translate

    stored = db.info.get("source") or stored_source_note(session)
    if stored:
        return translate("DataSource", stored, lang)
    name = db.path.name if db.path else ""
    return translate("DataSource", "BM Desktop database {name}", lang).format(name=name).strip()
