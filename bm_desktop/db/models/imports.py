"""Import batches: what each import changed, kept on this laptop so it can be undone.

An import is one batch; each row it added, updated or removed is listed with the
values it had before (JSON, as the sync codec writes them). Undo puts those
values back and deletes the rows it added, as long as the batch's changes have
not been sent to the server. Local only: never synchronised.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base


class ImportBatch(Base):
    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))  # events, sites, ...
    file_name: Mapped[str] = mapped_column(String(260))
    source: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    removed: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ImportBatchRow(Base):
    __tablename__ = "import_batch_rows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(String(10))  # add, update, remove
    before: Mapped[str | None] = mapped_column(Text)  # the row's values before (JSON)
