"""Declarative base and the columns every synchronised table carries."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import Boolean, MetaData, String, Table, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    if TYPE_CHECKING:  # every model here is mapped to a Table (SQLAlchemy says FromClause)
        __table__: ClassVar[Table]


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class Synced:
    """Mixin for synchronised rows: UUID key, HLC ``updated_at``, device, tombstone.

    ``updated_at`` and ``updated_by`` are stamped by the session hook in
    :mod:`bm_desktop.db.stamping`, never by hand.
    """

    __synced__ = True
    if TYPE_CHECKING:  # given by the model the mixin is part of (a Table, a str)
        __table__: ClassVar[Any]
        __tablename__: Any
    # Append-only tables never conflict on sync: rows are only ever inserted.
    __append_only__ = False

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    updated_at: Mapped[str] = mapped_column(String(64), default="", index=True)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
