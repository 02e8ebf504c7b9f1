"""A first connection keeps the server busy: pages are fetched ahead of the one being
written, and each table's indexes are built as soon as its rows are all in, while later
pages still arrive, not all at the end. Cut short, the file keeps what it had and the
next sync completes it with every index."""

from __future__ import annotations

import datetime as dt
import threading
import time

import httpx
import pytest
from sqlalchemy import inspect

from bm_desktop.sync import bootstrap, rows
from bm_desktop.sync.errors import SyncError
from bm_desktop.sync.prefetch import AHEAD, PageStream
from bm_desktop.sync.transport import SyncConfig
from tests.sync.test_client_server import assert_indexes_present
from tests.sync.world import SyncWorld, add_incidents, table_contents


def _pages(n: int) -> dict[str | None, dict]:
    return {
        (None if k == 0 else f"c{k}"): {"k": k, "cursor": f"c{k + 1}", "more": k < n - 1}
        for k in range(n)
    }


def test_pages_come_in_order_fetched_ahead_of_the_one_being_written() -> None:
    pages = _pages(6)
    fetched: list[int] = []

    def fetch(after: str | None) -> dict:
        fetched.append(pages[after]["k"])
        return pages[after]

    stream = PageStream(fetch, None)
    try:
        assert stream.next()["k"] == 0
        time.sleep(0.3)  # writing page 0 takes a while: the next pages are fetched meanwhile
        assert fetched == list(range(AHEAD + 2))  # page 0, AHEAD waiting, one being put
        assert [stream.next()["k"] for _ in range(5)] == [1, 2, 3, 4, 5]
        assert fetched == [0, 1, 2, 3, 4, 5]  # each page once, and none after the last
    finally:
        stream.close()


def test_a_failed_fetch_is_raised_where_the_pages_are_written_and_close_stops_the_thread() -> None:
    def fetch(after: str | None) -> dict:
        if after == "c2":
            raise httpx.ConnectError("no route to host")
        return _pages(5)[after]

    stream = PageStream(fetch, None)
    assert [stream.next()["k"] for _ in range(2)] == [0, 1]
    with pytest.raises(httpx.ConnectError):
        stream.next()
    stream.close()
    slow = PageStream(lambda after: time.sleep(0.05) or _pages(1000)[after], None)
    slow.next()
    slow.close()  # with pages still to come: stops, and the thread ends
    assert not any(t.name == "bm-pull" and t.is_alive() for t in threading.enumerate())


class CutAfter(httpx.BaseTransport):
    """The network goes away after ``pulls`` pull requests."""

    def __init__(self, inner: httpx.BaseTransport, pulls: int) -> None:
        self.inner, self.pulls = inner, pulls

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/sync/pull":
            if self.pulls <= 0:
                raise httpx.ConnectError("network gone", request=request)
            self.pulls -= 1
        return self.inner.handle_request(request)


def _indexes(db, table: str) -> set[str]:  # noqa: ANN001
    return {ix["name"] for ix in inspect(db.engine).get_indexes(table)}


def _secondary(table: str) -> set[str]:
    return {ix.name for ix in rows.codec(table).table.indexes if not ix.unique}


def test_finished_tables_have_their_indexes_while_the_fill_goes_on(world: SyncWorld) -> None:
    world.user("admin")
    site = world.add_site("IX-01")
    add_incidents(
        world.store.db, site, 1500, "server incident", dt.date(2021, 5, 1), dt.date(2021, 5, 2)
    )
    laptop = world.laptop(
        "a", "admin", config=SyncConfig(attempts=1, backoff_base=0.0, snapshot_page=100)
    )
    cut = CutAfter(laptop.faults.inner, pulls=3)  # pages of 100, 200, 400 rows: then cut
    laptop.faults.inner = cut
    with pytest.raises(SyncError):
        laptop.sync()
    with laptop.db.engine.connect() as conn:
        assert bootstrap.indexes_dropped(conn)  # not every index is there yet
    assert _secondary("sites") <= _indexes(laptop.db, "sites")  # finished: indexed
    assert not _secondary("incidents") & _indexes(laptop.db, "incidents")  # still filling
    cut.pulls = 1000  # the network is back
    laptop.sync()
    assert_indexes_present(laptop.db)
    with laptop.db.engine.connect() as conn:
        assert not bootstrap.indexes_dropped(conn)
    assert table_contents(laptop.db) == table_contents(world.store)
