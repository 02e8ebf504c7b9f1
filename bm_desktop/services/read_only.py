"""A database opened read-only refuses edits in plain words, before SQLite does.

The file is opened with SQLite's read-only mode, so nothing can be written anyway;
this guard turns the attempt into a :class:`~bm_desktop.domain.errors.DatabaseRefusal`
that every edit in the interface already shows as a refusal (instead of SQLite's
"attempt to write a readonly database" with its SQL).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from bm_desktop.db import file_errors
from bm_desktop.db.engine import Database
from bm_desktop.domain.errors import DatabaseRefusal


def refuse_edits(db: Database) -> None:
    """Make every flush with changes on ``db`` fail with the read-only refusal."""

    def refuse(session: Session, _context: Any, _instances: Any) -> None:
        if session.new or session.dirty or session.deleted:
            raise DatabaseRefusal(file_errors.read_only(db.path))

    event.listen(db.sessions, "before_flush", refuse, insert=True)  # before the stamper
