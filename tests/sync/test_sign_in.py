"""Sign-in under attack: rate limits per account and per address (kept in the server
database), the demo password on a real server, and unencrypted addresses."""

from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from bm_desktop.cli import main
from bm_desktop.db.engine import open_database
from bm_desktop.domain.errors import ValidationError
from bm_desktop.sync.client import SyncClient
from bm_desktop.sync.credentials import CredentialStore
from bm_desktop.sync.errors import InsecureAddressError, SignInLockedError, localised
from bm_desktop.sync.server.app import ServerConfig
from bm_desktop.sync.server.passwords import DEMO_PASSWORD
from bm_desktop.sync.server.store import ServerStore
from bm_desktop.sync.server.users import create_user, set_password
from tests.sync.world import BASE_URL, FAST, SyncWorld, password_of


class Clock:
    """The server's notion of now, moved on by the test."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def world(server_store: ServerStore, tmp_path: Path, client_template: Path, clock: Clock):
    w = SyncWorld(server_store, tmp_path, client_template, ServerConfig(now=clock))
    yield w
    w.close()


def _login(http: TestClient, username: str, password: str) -> httpx.Response:
    return http.post(
        "/auth/login", json={"username": username, "password": password, "device": "attacker"}
    )


def test_forty_wrong_passwords_lock_the_account_until_the_wait_is_over(
    world: SyncWorld, clock: Clock, caplog
) -> None:
    world.user("amani", "administrator")
    caplog.set_level(logging.WARNING, logger="bm_desktop.sync.server")
    with ThreadPoolExecutor(8) as pool:  # at once, as a script would
        answers = list(pool.map(lambda i: _login(world.http, "amani", f"guess-{i:04d}"), range(40)))
    codes = sorted(a.status_code for a in answers)
    assert codes.count(401) == 5 and codes.count(429) == 35, codes
    locked = [a for a in answers if a.status_code == 429]
    assert all(1 <= int(a.headers["Retry-After"]) <= 30 for a in locked)
    assert "Too many failed sign-ins for this account" in locked[0].json()["detail"]
    assert "sign-in locked: account 'amani'" in caplog.text

    # The right password is refused while the lock lasts...
    right = _login(world.http, "amani", password_of("amani"))
    assert right.status_code == 429
    wait = int(right.headers["Retry-After"])
    clock.now += dt.timedelta(seconds=wait - 1)
    assert _login(world.http, "amani", password_of("amani")).status_code == 429
    # ... and accepted once it is over; the account then starts afresh.
    clock.now += dt.timedelta(seconds=2)
    assert _login(world.http, "amani", password_of("amani")).status_code == 200
    assert _login(world.http, "amani", "wrong-again").status_code == 401


def test_each_further_failure_doubles_the_lock_and_a_new_password_lifts_it(
    world: SyncWorld, clock: Clock
) -> None:
    world.user("amani", "administrator")
    waits = []
    for _ in range(3):
        for _ in range(10):  # bounded: without limits this would go on for ever
            if (r := _login(world.http, "amani", "wrong-password")).status_code != 401:
                break
        waits.append(int(r.headers["Retry-After"]))
        clock.now += dt.timedelta(seconds=waits[-1] + 1)
    assert waits == [30, 60, 120]
    assert _login(world.http, "amani", "wrong-password").status_code == 401  # counted
    assert _login(world.http, "amani", password_of("amani")).status_code == 429
    set_password(world.store, "amani", "a-brand-new-password")
    assert _login(world.http, "amani", "a-brand-new-password").status_code == 200


def test_many_accounts_tried_from_one_address_lock_that_address_only(
    world: SyncWorld, clock: Clock
) -> None:
    world.user("amani", "administrator")
    answers = [_login(world.http, f"user{i}", "wrong-password").status_code for i in range(25)]
    assert answers[:20] == [401] * 20 and set(answers[20:]) == {429}
    # this address may not even try the right password of a real account now
    assert _login(world.http, "amani", password_of("amani")).status_code == 429
    other = TestClient(world.app, base_url=BASE_URL, client=("10.20.30.40", 50000))
    with other:
        assert _login(other, "amani", password_of("amani")).status_code == 200


def test_many_laptops_signing_in_at_once_are_not_mistaken_for_an_attack(world: SyncWorld) -> None:
    # An office: three accounts, thirty laptops behind one address, all at 8 o'clock.
    names = [world.user(f"office{i}", "administrator") for i in range(3)]
    with ThreadPoolExecutor(10) as pool:
        codes = list(
            pool.map(
                lambda i: _login(world.http, names[i % 3], password_of(names[i % 3])).status_code,
                range(30),
            )
        )
    assert codes == [200] * 30


def test_the_laptop_says_how_long_to_wait_in_the_users_language(world: SyncWorld) -> None:
    world.user("amani", "administrator")
    laptop = world.laptop("l1", "amani")
    laptop.client.password_source = lambda: "not-my-password"
    errors = []
    for _ in range(6):
        try:
            laptop.client.login()
        except Exception as exc:  # noqa: BLE001 - collected for the assertions below
            errors.append(exc)
    assert not isinstance(errors[4], SignInLockedError)
    locked = errors[5]
    assert isinstance(locked, SignInLockedError) and locked.retry_after >= 1
    assert [r.url.path for r in laptop.faults.history] == [
        "/auth/login"
    ] * 6  # a 429 is not retried: it would only lengthen it
    assert localised(locked, "en").startswith(
        "Too many failed sign-ins: the server refuses new attempts for 1 min."
    )
    assert localised(locked, "fr").startswith(
        "Trop de connexions échouées : le serveur refuse de nouveaux essais pendant 1 min."
    )


def test_a_server_not_started_with_demo_refuses_the_demo_password(
    server_store: ServerStore, tmp_path: Path, client_template: Path
) -> None:
    with pytest.raises(ValidationError, match="demo password"):
        create_user(server_store, "admin", DEMO_PASSWORD, "administrator")
    create_user(server_store, "admin", DEMO_PASSWORD, "administrator", demo=True)
    for demo, expected in ((False, 401), (True, 200)):
        world = SyncWorld(server_store, tmp_path, client_template, ServerConfig(demo=demo))
        try:
            answer = _login(world.http, "admin", DEMO_PASSWORD)
            assert answer.status_code == expected, answer.text
            if not demo:
                assert "demo password is refused" in answer.json()["detail"]
        finally:
            world.close()
    with pytest.raises(ValidationError, match="demo password"):
        set_password(server_store, "admin", DEMO_PASSWORD)


def test_an_unencrypted_address_of_another_computer_needs_consent(
    tmp_path: Path, client_template
) -> None:
    import shutil

    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return httpx.Response(401, json={"detail": "User name or password is wrong."})

    path = tmp_path / "laptop.sqlite"
    shutil.copy(client_template, path)
    db = open_database(path)
    try:
        for url, allowed, reaches in (
            ("http://192.0.2.10:8765", False, False),
            ("http://sync.example.org", False, False),
            ("http://192.0.2.10:8765", True, True),
            ("https://sync.example.org", False, True),
            ("http://localhost:8765", False, True),
            ("http://[::1]:8765", False, True),
        ):
            sent.clear()
            client = SyncClient(
                db,
                url,
                "amani",
                password=lambda: "pw-amani-123",
                credentials=CredentialStore(use_keyring=False),
                config=FAST,
                http=httpx.Client(transport=httpx.MockTransport(answer)),
                sleep=lambda _s: None,
                allow_http=allowed,
            )
            with pytest.raises(Exception) as caught:
                client.login()
            assert bool(sent) is reaches, url
            assert isinstance(caught.value, InsecureAddressError) is not reaches, url
            if not reaches:
                assert "L'adresse du serveur" in localised(caught.value, "fr")
    finally:
        db.dispose()


def test_the_command_line_asks_for_allow_http(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("BM_DESKTOP_PASSWORD", "pw-amani-123")
    code = main(
        [
            "sync",
            "--server",
            "http://192.0.2.10:9",
            "--user",
            "amani",
            "--db",
            str(tmp_path / "l.sqlite"),
        ]
    )
    assert code == 1
    assert "is not encrypted (http://)" in capsys.readouterr().err
    monkeypatch.delenv("BM_DESKTOP_PASSWORD")  # stops before the network: no password
    code = main(
        [
            "sync",
            "--server",
            "http://192.0.2.10:9",
            "--user",
            "amani",
            "--db",
            str(tmp_path / "l.sqlite"),
            "--allow-http",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and "warning: http://192.0.2.10:9 is not encrypted" in err
    assert "A password is needed" in err
    assert main(["server", "--host", "0.0.0.0", "--db", str(tmp_path / "s.sqlite")]) == 2
    assert "Refusing to listen on 0.0.0.0 without TLS" in capsys.readouterr().err
    assert main(["server", "--workers", "2", "--db", str(tmp_path / "s.sqlite")]) == 2
    assert "need a PostgreSQL database" in capsys.readouterr().err
