"""The generator's working state: random streams, ids, reference rows and rows to write.

Rows are collected as dictionaries per model and written with one bulk
``INSERT`` per table (``session.execute(insert(Model.__table__), rows)``, a
single DB-API ``executemany``): tens of thousands of rows in well under a
second, instead of flushing ORM objects one by one. (The ORM flavour,
``insert(Model)``, drops ``None`` values per row and so splits the batch into
one statement per run of rows with the same non-null columns: ten times slower.) Bulk inserts bypass the session's stamping hook, so every row carries
an explicit id and ``updated_at`` / ``updated_by`` from the database's clock and
device; they also bypass the sync outbox, which is what we want: the sample is
a local demonstration, never pushed to the programme's server.

Ids and all random draws come from streams seeded by (seed, copy, purpose), so
the same seed gives the same programme, and one module drawing more numbers
never shifts what the others draw.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from bm_desktop.db.base import Base
from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    Country,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskCategory,
    StakeholderType,
)


@dataclass(frozen=True)
class AreaRef:
    id: uuid.UUID
    code: str
    category: str
    name_en: str
    annex2: str | None


@dataclass
class Reference:
    """Ids of the reference rows, by code or name."""

    countries: dict[str, uuid.UUID]
    regions: dict[str, uuid.UUID]
    provinces: dict[str, uuid.UUID]
    minerals: dict[str, uuid.UUID]
    areas: dict[str, AreaRef]
    stakeholder_types: dict[str, uuid.UUID]
    category_names: dict[str, str]  # risk category code -> English name

    @classmethod
    def load(cls, session: Session) -> Reference:
        categories = dict(session.execute(select(RiskCategory.id, RiskCategory.code)).all())
        category_names = dict(
            session.execute(select(RiskCategory.code, RiskCategory.name_en)).all()
        )
        areas = {
            code: AreaRef(id_, code, categories[cat], name, annex2)
            for id_, code, cat, name, annex2 in session.execute(
                select(
                    RiskArea.id,
                    RiskArea.code,
                    RiskArea.category_id,
                    RiskArea.name_en,
                    RiskArea.annex2_heading,
                ).where(RiskArea.deleted.is_(False))
            )
        }
        return cls(
            countries={c: i for i, c in session.execute(select(Country.id, Country.iso3))},
            regions={
                n: i for i, n in session.execute(select(ProgrammeRegion.id, ProgrammeRegion.name))
            },
            provinces={n: i for i, n in session.execute(select(Province.id, Province.name))},
            minerals={c: i for i, c in session.execute(select(Mineral.id, Mineral.code))},
            areas=areas,
            stakeholder_types={
                c: i for i, c in session.execute(select(StakeholderType.id, StakeholderType.code))
            },
            category_names=category_names,
        )


class SampleBuilder:
    """Collects the rows of one copy of the sample programme (copy 0 is the programme)."""

    def __init__(self, db: Database, ref: Reference, seed: int, copy: int) -> None:
        self.ref = ref
        self.seed = seed
        self.copy = copy
        self._clock = db.clock
        self._device = db.device_id
        self._ids = random.Random(f"bm-sample:{seed}:{copy}:ids")
        self.rows: dict[type, list[dict[str, Any]]] = defaultdict(list)

    @property
    def suffix(self) -> str:
        """Suffix of site codes and names in copies beyond the first (benchmarks)."""
        return "" if self.copy == 0 else f"-{self.copy + 1}"

    def rng(self, purpose: str) -> random.Random:
        """A random stream of its own for one part of the generator."""
        return random.Random(f"bm-sample:{self.seed}:{self.copy}:{purpose}")

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self._ids.getrandbits(128), version=4)

    def stamp(self) -> str:
        return self._clock.now()

    def add(self, model: type, **values: Any) -> uuid.UUID:
        """Queue one row; returns its id."""
        if "id" not in values:
            values["id"] = self.new_id()
        values["updated_at"] = self._clock.now()
        values["updated_by"] = self._device
        values.setdefault("deleted", False)
        self.rows[model].append(values)
        return values["id"]

    def count(self, model: type) -> int:
        return len(self.rows[model])


# SQLite page cache while writing (KiB, negative as PRAGMA cache_size wants it): the
# random UUID keys scatter inserts over every index, and with SQLite's default
# 2 MB cache a large (scale 10+) programme spends its time re-reading pages.
WRITE_CACHE_KIB = 256 * 1024


@contextmanager
def large_write_cache(session: Session) -> Iterator[None]:
    """A big page cache on this session's SQLite connection for the duration of the block."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    previous = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = {int(previous or 0)}"))


def write_rows(session: Session, builders: list[SampleBuilder], batch: int = 20_000) -> None:
    """Bulk-insert every queued row, parents before children (foreign keys are on)."""
    by_table = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}
    for table in Base.metadata.sorted_tables:
        model = by_table.get(table.name)
        if model is None:
            continue
        rows = [row for b in builders for row in b.rows.get(model, ())]
        if not rows:
            continue
        rows = _uniform(table, rows)
        for start in range(0, len(rows), batch):
            session.execute(insert(table), rows[start : start + batch])


def _uniform(table: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give every row the same keys (one executemany instead of one per key set)."""
    keys: set[str] = set()
    for row in rows:
        keys.update(row)
    defaults = {}
    for column in table.columns:
        if column.key in keys:
            default = column.default
            defaults[column.key] = (
                default.arg if default is not None and default.is_scalar else None
            )
    missing = [k for k in keys if k not in defaults]
    if missing:
        raise KeyError(f"{table.name} has no column(s) {', '.join(sorted(missing))}")
    out = []
    for row in rows:
        if len(row) != len(keys):
            row = {**defaults, **row}
        out.append(row)
    return out
