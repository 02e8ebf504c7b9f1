"""Reference layers the user loaded (national site registers): list, read for the map,
identify one site with its visit history, remove.

They live in their own local tables (see :mod:`bm_desktop.db.models.reference_layers`),
so no KPI, alert, export or sync query ever sees them. Loading a file is in
:mod:`bm_desktop.exchange.imports.reference_layer` (it reads files).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

import numpy as np
from sqlalchemy import delete, func, select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import ReferenceLayer, ReferenceSite, ReferenceVisit
from bm_desktop.domain.errors import NotFoundError
from bm_desktop.geo.projection import lonlat_to_mercator

UNKNOWN, NO, YES = -1, 0, 1  # a yes/no attribute the register may leave empty


@dataclass(frozen=True)
class LayerInfo:
    name: str
    sites: int
    visits: int
    source_file: str
    loaded_at: dt.datetime


@dataclass
class ReferenceSites:
    """The sites of one layer as numpy columns (what the map layer draws and filters)."""

    layer: str
    ids: list[uuid.UUID]
    codes: list[str]
    names: list[str]
    lon: np.ndarray
    lat: np.ndarray
    x: np.ndarray  # Web Mercator metres
    y: np.ndarray
    minerals: list[tuple[str, ...]]  # mineral codes (or the register's word when unknown)
    last_year: np.ndarray  # int: year of the latest visit, 0 when undated
    armed: np.ndarray  # int8: UNKNOWN, NO, YES
    child: np.ndarray  # int8

    def __len__(self) -> int:
        return len(self.ids)

    def mineral_values(self) -> list[str]:
        return sorted({m for ms in self.minerals for m in ms})

    def years(self) -> list[int]:
        return sorted({int(y) for y in self.last_year if y})

    def mask(
        self,
        mineral: str | None = None,
        visited_since: int | None = None,
        armed: bool | None = None,
        child: bool | None = None,
    ) -> np.ndarray:
        """Sites that pass the layer's own filters (None: any)."""
        keep = np.ones(len(self), dtype=bool)
        if mineral:
            keep &= np.array([mineral in ms for ms in self.minerals], dtype=bool)
        if visited_since:
            keep &= self.last_year >= visited_since
        if armed is not None:
            keep &= self.armed == (YES if armed else NO)
        if child is not None:
            keep &= self.child == (YES if child else NO)
        return keep


@dataclass(frozen=True)
class VisitView:
    visited_on: dt.date | None
    workers: int | None
    minerals: tuple[str, ...]
    armed: bool | None
    child: bool | None
    attributes: dict[str, object]


@dataclass(frozen=True)
class ReferenceSiteView:
    """One register site for the identify panel: its attributes and every visit."""

    layer: str
    code: str
    name: str
    longitude: float
    latitude: float
    province: str | None
    territory: str | None
    minerals: tuple[str, ...]
    workers: int | None
    last_visit: dt.date | None
    armed: bool | None
    child: bool | None
    attributes: dict[str, object]
    visits: list[VisitView]


def list_layers(db: Database) -> list[LayerInfo]:
    with db.sessions() as s:
        sites = dict(
            s.execute(
                select(ReferenceSite.layer_id, func.count()).group_by(ReferenceSite.layer_id)
            ).all()
        )
        visits = dict(
            s.execute(
                select(ReferenceSite.layer_id, func.count(ReferenceVisit.id))
                .join(ReferenceVisit, ReferenceVisit.site_id == ReferenceSite.id)
                .group_by(ReferenceSite.layer_id)
            ).all()
        )
        return [
            LayerInfo(
                layer.name,
                int(sites.get(layer.id, 0)),
                int(visits.get(layer.id, 0)),
                layer.source_file,
                layer.loaded_at,
            )
            for layer in s.scalars(select(ReferenceLayer).order_by(ReferenceLayer.name))
        ]


def _layer(s, name: str) -> ReferenceLayer:  # noqa: ANN001
    layer = s.scalar(select(ReferenceLayer).where(ReferenceLayer.name == name))
    if layer is None:
        names = ", ".join(s.scalars(select(ReferenceLayer.name).order_by(ReferenceLayer.name)))
        raise NotFoundError(
            "There is no reference layer named '{name}' (the layers: {names}).",
            name=name,
            names=names or "—",
        )
    return layer


def remove_layer(db: Database, name: str) -> LayerInfo:
    """Delete a reference layer with its sites and visits; returns what it held."""
    info = next((i for i in list_layers(db) if i.name == name), None)
    with db.sessions.begin() as s:
        layer = _layer(s, name)
        site_ids = select(ReferenceSite.id).where(ReferenceSite.layer_id == layer.id)
        s.execute(delete(ReferenceVisit).where(ReferenceVisit.site_id.in_(site_ids)))
        s.execute(delete(ReferenceSite).where(ReferenceSite.layer_id == layer.id))
        s.delete(layer)
    assert info is not None
    return info


def _flag(value: bool | None) -> int:
    return UNKNOWN if value is None else (YES if value else NO)


def _codes(text: str) -> tuple[str, ...]:
    return tuple(p for p in (text or "").split(";") if p)


def load_reference_sites(db: Database, name: str) -> ReferenceSites:
    with db.sessions() as s:
        layer = _layer(s, name)
        rows = s.execute(
            select(
                ReferenceSite.id,
                ReferenceSite.code,
                ReferenceSite.name,
                ReferenceSite.longitude,
                ReferenceSite.latitude,
                ReferenceSite.minerals,
                ReferenceSite.last_visit,
                ReferenceSite.armed_presence,
                ReferenceSite.child_labour,
            )
            .where(ReferenceSite.layer_id == layer.id)
            .order_by(ReferenceSite.code)
        ).all()
    lon = np.array([r[3] for r in rows], dtype=float)
    lat = np.array([r[4] for r in rows], dtype=float)
    x, y = lonlat_to_mercator(lon, lat) if len(rows) else (np.zeros(0), np.zeros(0))
    return ReferenceSites(
        name,
        [r[0] for r in rows],
        [r[1] for r in rows],
        [r[2] for r in rows],
        lon,
        lat,
        np.asarray(x, dtype=float),
        np.asarray(y, dtype=float),
        [_codes(r[5]) for r in rows],
        np.array([r[6].year if r[6] else 0 for r in rows], dtype=int),
        np.array([_flag(r[7]) for r in rows], dtype=np.int8),
        np.array([_flag(r[8]) for r in rows], dtype=np.int8),
    )


def reference_site(db: Database, site_id: uuid.UUID) -> ReferenceSiteView:
    """A register site with its attributes and its visits, newest first."""
    with db.sessions() as s:
        site = s.get(ReferenceSite, site_id)
        if site is None:
            raise NotFoundError("This reference site no longer exists (its layer was removed).")
        layer = s.get(ReferenceLayer, site.layer_id)
        visits = s.scalars(select(ReferenceVisit).where(ReferenceVisit.site_id == site_id))
        shown = sorted(
            (
                VisitView(
                    x.visited_on,
                    x.workers,
                    _codes(x.minerals),
                    x.armed_presence,
                    x.child_labour,
                    json.loads(x.attributes or "{}"),
                )
                for x in visits
            ),
            key=lambda x: x.visited_on or dt.date.min,
            reverse=True,
        )
        return ReferenceSiteView(
            layer.name if layer else "",
            site.code,
            site.name,
            site.longitude,
            site.latitude,
            site.province,
            site.territory,
            _codes(site.minerals),
            site.workers,
            site.last_visit,
            site.armed_presence,
            site.child_labour,
            json.loads(site.attributes or "{}"),
            shown,
        )
