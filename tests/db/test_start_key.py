"""The window's key found without asking, on a thread started with the process: the
keyring or ``BM_DESKTOP_PASSPHRASE`` gives the key that opens the file; otherwise the
start must ask; a read-only plain file is opened as it is."""

from __future__ import annotations

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
        encrypted: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASSPHRASE)
    threads: list[str] = []
    derive = cipher.derive_key
    monkeypatch.setattr(cipher, "derive_key", lambda *a: (
        threads.append(threading.current_thread().name), derive(*a))[1])
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
        encrypted: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    answer = keys.start_key(encrypted).result(timeout=60)
    assert answer.ask and answer.encrypted and answer.key is None


def test_a_wrong_environment_passphrase_gives_a_key_the_file_refuses(
        encrypted: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "not the passphrase")
    answer = keys.start_key(encrypted).result(timeout=60)
    assert answer.key is not None and not cipher.check_key(encrypted, answer.key.key)


def test_a_new_database_gets_fresh_key_parameters_to_store(
        tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASSPHRASE)
    answer = keys.start_key(tmp_path / "new.sqlite").result(timeout=60)
    assert answer.key is not None and answer.key.params is not None
    assert answer.key.key == cipher.derive_key(PASSPHRASE, answer.key.params)
