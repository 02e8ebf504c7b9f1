"""``bm-desktop sync`` and ``bm-desktop server`` as a user runs them."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import select

from bm_desktop.cli import main
from bm_desktop.db.engine import open_database
from bm_desktop.db.models import Site, User
from bm_desktop.db.reference_data import seed_reference_data
from bm_desktop.sync.outbox import install_outbox
from bm_desktop.sync.server.app import create_app
from bm_desktop.sync.server.store import open_store
from tests.pg import free_port
from tests.sync.world import SyncWorld, password_of


@pytest.fixture
def live_server(world: SyncWorld):
    """The in-process world's app behind a real socket, for the command line."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(world.store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.parametrize("server_store", ["sqlite"], indirect=True)
def test_sync_command_reports_and_exits_by_outcome(
    world: SyncWorld, live_server: str, tmp_path: Path, capsys, monkeypatch
) -> None:
    world.user("admin")
    world.add_site("CLI-1")
    db_path = tmp_path / "laptop.sqlite"
    args = ["sync", "--server", live_server, "--user", "admin", "--db", str(db_path)]
    assert main(args) == 1  # no password anywhere: fails, and says so
    assert "password is needed" in capsys.readouterr().err
    monkeypatch.setenv("BM_DESKTOP_PASSWORD", "wrong-password")
    assert main(args) == 1
    assert "User name or password is wrong" in capsys.readouterr().err
    monkeypatch.setenv("BM_DESKTOP_PASSWORD", password_of("admin"))
    assert main(args) == 0
    out = capsys.readouterr()
    assert "First connection:" in out.err and "Pushed 0 changes, pulled" in out.out
    db = open_database(db_path)
    install_outbox(db)  # as the window and the commands open it
    with db.sessions.begin() as s:
        s.get(Site, s.scalar(select(Site.id))).name = "Renamed offline"
    db.dispose()
    assert main(["sync", "--db", str(db_path), "--lang", "fr"]) == 0  # remembered server
    assert "1 modifications envoyées" in capsys.readouterr().out
    assert (
        main(
            [
                "sync",
                "--server",
                "http://127.0.0.1:9",
                "--user",
                "admin",
                "--db",
                str(tmp_path / "other.sqlite"),
                "--timeout",
                "2",
            ]
        )
        == 1
    )
    assert "Nothing was lost" in capsys.readouterr().err


def test_a_laptop_with_data_must_choose_on_first_connection(
    world: SyncWorld, live_server, tmp_path: Path, capsys, monkeypatch
) -> None:
    world.user("admin")
    db_path = tmp_path / "demo.sqlite"
    db = open_database(db_path)
    from bm_desktop.db.reference_data import reference_id

    with db.sessions.begin() as s:
        seed_reference_data(s)
        s.flush()
        s.add(
            Site(
                code="DEMO-1",
                name="Demo",
                longitude=1.0,
                latitude=1.0,
                country_id=reference_id("countries", "COD"),
                region_id=reference_id("programme_regions", "Lualaba"),
            )
        )
    db.dispose()
    monkeypatch.setenv("BM_DESKTOP_PASSWORD", password_of("admin"))
    args = ["sync", "--server", live_server, "--user", "admin", "--db", str(db_path)]
    assert main(args) == 2
    assert "--first-connection" in capsys.readouterr().err
    assert main([*args, "--first-connection", "replace"]) == 0
    db = open_database(db_path)
    with db.sessions() as s:
        assert list(s.scalars(select(Site.code))) == []
    db.dispose()


def test_server_user_commands(tmp_path: Path, capsys, monkeypatch) -> None:
    url = str(tmp_path / "server.sqlite")
    store = open_store(url)
    with store.db.sessions.begin() as s:
        seed_reference_data(s)
    store.dispose()
    monkeypatch.setenv("BM_DESKTOP_PASSWORD", "a-long-password")
    base = ["server", "create-user", "--db", url]
    assert main([*base, "rm", "--role", "regional_manager"]) == 2
    assert "needs at least one --region" in capsys.readouterr().err
    assert main([*base, "rm", "--role", "regional_manager", "--region", "Kivu"]) == 2
    assert "No programme region called 'Kivu'" in capsys.readouterr().err
    assert main([*base, "rm", "--role", "regional_manager", "--region", "Lualaba"]) == 0
    assert main(["server", "list-users", "--db", url]) == 0
    assert "regional_manager" in capsys.readouterr().out
    monkeypatch.setenv("BM_DESKTOP_PASSWORD", "short")
    assert main(["server", "set-password", "rm", "--db", url]) == 2
    assert "at least 8 characters" in capsys.readouterr().err
    assert main(["server", "disable-user", "rm", "--db", url]) == 0
    store = open_store(url)
    with store.db.sessions() as s:
        user = s.scalar(select(User).where(User.username == "rm"))
        assert not user.active and user.password_hash.startswith("$argon2id$")
    store.dispose()
