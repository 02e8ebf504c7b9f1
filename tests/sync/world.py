"""A sync server in-process and laptops talking to it, for the sync tests."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import select

from bm_desktop.db.engine import Database, open_database
from bm_desktop.db.models import Incident, ProgrammeRegion, Site
from bm_desktop.db.reference_data import reference_id
from bm_desktop.sync import rows
from bm_desktop.sync.client import SyncClient
from bm_desktop.sync.credentials import CredentialStore
from bm_desktop.sync.outbox import install_outbox
from bm_desktop.sync.server.app import ServerConfig, create_app
from bm_desktop.sync.server.store import ServerStore
from bm_desktop.sync.server.users import create_user
from bm_desktop.sync.transport import SyncConfig
from tests.sync.faults import FaultyTransport

BASE_URL = "http://127.0.0.1"  # loopback: plain http needs no consent
FAST = SyncConfig(attempts=2, backoff_base=0.0, backoff_max=0.0)


def password_of(username: str) -> str:
    return f"pw-{username}-123"


class Laptop:
    def __init__(
        self,
        world: SyncWorld,
        name: str,
        username: str,
        *,
        config: SyncConfig = FAST,
        seed: int = 0,
    ) -> None:
        self.name = name
        path = world.tmp / f"{name}.sqlite"
        shutil.copy(world.client_template, path)
        self.db: Database = open_database(path)
        install_outbox(self.db)  # as the window opens it
        self.faults = FaultyTransport(world.http._transport, random.Random(seed))
        self.http = httpx.Client(transport=self.faults, base_url=BASE_URL)
        self.client = SyncClient(
            self.db,
            BASE_URL,
            username,
            password=lambda: password_of(username),
            credentials=CredentialStore(use_keyring=False),
            config=config,
            http=self.http,
            sleep=lambda _s: None,
        )

    def sync(self, **kwargs: Any):
        return self.client.sync(**kwargs)

    def close(self) -> None:
        self.client.close()
        self.http.close()
        self.db.dispose()


class SyncWorld:
    def __init__(
        self,
        store: ServerStore,
        tmp: Path,
        client_template: Path,
        config: ServerConfig | None = None,
    ) -> None:
        self.store = store
        self.tmp = tmp
        self.client_template = client_template
        self.app = create_app(store, config)
        self.http = TestClient(self.app, base_url=BASE_URL)
        self.http.__enter__()
        self.laptops: list[Laptop] = []

    def user(
        self, username: str, role: str = "administrator", *, regions: tuple = (), sites: tuple = ()
    ) -> str:
        create_user(self.store, username, password_of(username), role, regions=regions, sites=sites)
        return username

    def laptop(self, name: str, username: str, **kwargs: Any) -> Laptop:
        laptop = Laptop(self, name, username, **kwargs)
        self.laptops.append(laptop)
        return laptop

    def add_site(self, code: str, region: str = "Eastern DRC") -> Any:
        """A site written on the server directly (as the demo seed does)."""
        with self.store.db.sessions.begin() as s:
            reg = s.get(ProgrammeRegion, reference_id("programme_regions", region))
            site = Site(
                code=code,
                name=f"Site {code}",
                longitude=28.0,
                latitude=-2.0,
                country_id=reg.country_id,
                region_id=reg.id,
            )
            s.add(site)
        return site.id

    def login(self, username: str) -> dict:
        r = self.http.post(
            "/auth/login",
            json={"username": username, "password": password_of(username), "device": "test"},
        )
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['token']}"}

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()
        self.http.__exit__(None, None, None)


def table_contents(db_or_store: Any, *, exclude: tuple[str, ...] = ()) -> dict[str, list]:
    """Every synchronised table's rows (encoded, sorted by id), for comparing replicas."""
    engine = db_or_store.engine
    out: dict[str, list] = {}
    with engine.connect() as conn:
        for name, tc in rows.codecs().items():
            if name in exclude:
                continue
            t = tc.table
            out[name] = [tc.encode(m) for m in conn.execute(select(t).order_by(t.c.id)).mappings()]
    return out


def add_incidents(
    db: Database,
    site: Any,
    n: int,
    label: str,
    occurred: dt.date = dt.date(2021, 9, 1),
    reported: dt.date = dt.date(2021, 9, 1),
) -> None:
    """``n`` child-labour incidents at ``site``, written in one transaction of ``db`` (a
    laptop's or the server's), described "``label`` 0", "``label`` 1"..."""
    with db.sessions.begin() as s:
        s.add_all(
            Incident(
                site_id=site,
                occurred_on=occurred,
                reported_on=reported,
                risk_area_id=reference_id("risk_areas", "child_labour"),
                description=f"{label} {i}",
            )
            for i in range(n)
        )
