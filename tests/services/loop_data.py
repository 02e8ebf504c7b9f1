"""A small programme for the incident -> risk -> action tests: two sites with stakeholders.

Built with the ORM directly (sites are not this feature's to create), then every
incident and action goes through the services under test.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select, text

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    Country,
    ProgrammeRegion,
    Site,
    SiteStakeholder,
    Stakeholder,
    StakeholderType,
)

TODAY = dt.date(2022, 3, 31)


@dataclass
class SmallProgramme:
    kolwezi: uuid.UUID  # KZ-01 cobalt site near Kolwezi
    bukavu: uuid.UUID  # SK-01 gold site near Bukavu
    cooperative: uuid.UUID  # stakeholder of KZ-01
    ngo: uuid.UUID  # stakeholder of KZ-01
    bukavu_chief: uuid.UUID  # stakeholder of SK-01 only


def build_small_programme(db: Database) -> SmallProgramme:
    with db.sessions.begin() as s:
        cod = s.scalar(select(Country).where(Country.iso3 == "COD"))
        lualaba = s.scalar(select(ProgrammeRegion).where(ProgrammeRegion.name == "Lualaba"))
        east = s.scalar(select(ProgrammeRegion).where(ProgrammeRegion.name == "Eastern DRC"))
        types = {t.code: t.id for t in s.scalars(select(StakeholderType))}
        kz = Site(
            code="KZ-01",
            name="Karajipopo",
            longitude=25.47,
            latitude=-10.71,
            country_id=cod.id,
            region_id=lualaba.id,
            status="active",
            operator="EMAK-C",
        )
        sk = Site(
            code="SK-01",
            name="Luhihi",
            longitude=28.93,
            latitude=-2.37,
            country_id=cod.id,
            region_id=east.id,
            status="active",
        )
        coop = Stakeholder(name="EMAK-C cooperative", type_id=types["cooperative"])
        ngo = Stakeholder(name="Kolwezi child rights NGO", type_id=types["ngo"])
        chief = Stakeholder(
            name="Luhihi traditional chief", type_id=types["community"], kind="person"
        )
        s.add_all([kz, sk, coop, ngo, chief])
        s.flush()
        s.add_all(
            [
                SiteStakeholder(site_id=kz.id, stakeholder_id=coop.id, role="operator"),
                SiteStakeholder(site_id=kz.id, stakeholder_id=ngo.id),
                SiteStakeholder(site_id=sk.id, stakeholder_id=chief.id),
            ]
        )
        return SmallProgramme(kz.id, sk.id, coop.id, ngo.id, chief.id)


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, to prove a refused input wrote nothing."""
    out = {}
    with db.engine.connect() as conn:
        names = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            )
        ]
        for name in sorted(names):
            rows = conn.execute(text(f'SELECT * FROM "{name}"')).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out
