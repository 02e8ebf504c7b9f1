"""The window's key found without asking, on a thread started with the process: the
keyring or ``BM_DESKTOP_PASSPHRASE`` gives the key that opens the file; otherwise the
start must ask; a read-only plain file is opened as it is."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from bm_desktop.db import cipher, keys
from bm_desktop.db.engine import open_database

PASSPHRASE = "lake kivu at dawn"


@pytest.fixture
def encrypted(sample_db_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    cipher.encrypt_in_place(path, cipher.key_for_passphrase(path, PASSPHRASE))
    return path


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "_keyring", lambda: None)


def test_the_key_from_the_environment_is_derived_on_a_thread_and_opens_the_file(
    encrypted: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASSPHRASE)
    threads: list[str] = []
    derive = cipher.derive_key
    monkeypatch.setattr(
        cipher,
        "derive_key",
        lambda *a: (threads.append(threading.current_thread().name), derive(*a))[1],
    )
    answer = keys.start_key(encrypted).result(timeout=60)
    assert threads == ["bm-start-key"]  # not the thread that builds the window
    assert not answer.ask and answer.encrypted and answer.key is not None
    assert answer.key.params is None  # the stored salt was used, nothing new to write
    db = open_database(encrypted, key=answer.key.key)
    try:
        assert not db.read_only
    finally:
        db.dispose()


def test_without_keyring_or_environment_the_start_must_ask(
    encrypted: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    answer = keys.start_key(encrypted).result(timeout=60)
    assert answer.ask and answer.encrypted and answer.key is None


def test_a_wrong_environment_passphrase_gives_a_key_the_file_refuses(
    encrypted: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "not the passphrase")
    answer = keys.start_key(encrypted).result(timeout=60)
    assert answer.key is not None and not cipher.check_key(encrypted, answer.key.key)


def test_a_new_database_gets_fresh_key_parameters_to_store(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASSPHRASE)
    answer = keys.start_key(tmp_path / "new.sqlite").result(timeout=60)
    assert answer.key is not None and answer.key.params is not None
    assert answer.key.key == cipher.derive_key(PASSPHRASE, answer.key.params)


class FakeKeyring:
    """An OS keyring holding keys by account, counting the lookups."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], str] = {}
        self.lookups = 0

    def get_password(self, service: str, account: str) -> str | None:
        self.lookups += 1
        return self.keys.get((service, account))

    def set_password(self, service: str, account: str, value: str) -> None:
        self.keys[(service, account)] = value


@pytest.fixture
def ring(monkeypatch: pytest.MonkeyPatch) -> FakeKeyring:
    fake = FakeKeyring()
    monkeypatch.setattr(keys, "_keyring", lambda: fake)
    return fake


def test_a_passphrase_database_is_not_looked_up_in_the_keyring(
    encrypted: Path, ring: FakeKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASSPHRASE)
    assert cipher.read_parameters(encrypted).in_keyring is False  # said by its sidecar
    answer = keys.key_without_asking(encrypted)
    assert ring.lookups == 0
    assert answer.key is not None and cipher.check_key(encrypted, answer.key.key)


def test_a_keyring_database_still_takes_its_key_from_the_keyring(
    sample_db_file: Path, tmp_path: Path, ring: FakeKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "a passphrase that is not this database's")
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    key = keys.new_keyring_key(path)
    cipher.write_parameters(path, cipher.KeyParameters.new(in_keyring=True))
    cipher.encrypt_in_place(path, key)
    answer = keys.key_without_asking(path)
    assert ring.lookups == 1 and answer.key is not None and answer.key.key == key


def test_a_sidecar_that_does_not_say_where_the_key_is_kept_looks_in_the_keyring(
    encrypted: Path, ring: FakeKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASSPHRASE)
    sidecar = cipher.salt_path(encrypted)
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    del data["key"]  # as written before the sidecar said so
    sidecar.write_text(json.dumps(data), encoding="utf-8")
    answer = keys.key_without_asking(encrypted)
    assert ring.lookups == 1
    assert answer.key is not None and cipher.check_key(encrypted, answer.key.key)


def test_the_key_thread_starts_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    """The window's start parses its arguments, finds the database (default path too) and
    starts the key thread without importing SQLAlchemy (a quarter of a second), so the
    argon2id derivation overlaps that import instead of following it."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from bm_desktop.cli import build_parser\n"
        "from bm_desktop.commands.common import database_path\n"
        "from bm_desktop.services.start_key import start_key\n"
        "args = build_parser().parse_args([])\n"
        "future = start_key(database_path(args))\n"
        "print('sqlalchemy' in sys.modules)\n"
        "future.result(timeout=60)\n"
    )
    env = {**os.environ, "BM_DESKTOP_DB": str(tmp_path / "p.sqlite")}
    env.pop(keys.PASSPHRASE_ENV, None)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "False"
