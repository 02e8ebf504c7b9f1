"""Where a database key comes from: the OS keyring, a passphrase, the environment.

The user chooses, at the first start, between a passphrase typed at every start (the
key is derived from it by argon2id, ``db/cipher.py``) and a random key kept in the
operating system's keyring (Windows Credential Manager, macOS Keychain, Secret
Service), found again by the database's resolved path. Nothing secret is written to a
file: the sidecar beside the database holds only the salt and the argon2 costs.
``BM_DESKTOP_PASSPHRASE`` gives the passphrase to the command line (scripts, tests).
"""

from __future__ import annotations

import logging
import os
import secrets
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bm_desktop.db import cipher
from bm_desktop.db.file_errors import is_read_only

PASSPHRASE_ENV = "BM_DESKTOP_PASSPHRASE"
KEYRING_SERVICE = "bm-desktop-database"
MIN_PASSPHRASE = 8

log = logging.getLogger(__name__)


def _keyring() -> Any | None:
    """The keyring module when the computer has a usable keyring, else None."""
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
        return keyring
    except Exception:  # no keyring package or no usable backend
        return None


def has_keyring() -> bool:
    return _keyring() is not None


def _account(path: Path) -> str:
    return str(Path(path).resolve())


def stored_key(path: Path) -> bytes | None:
    """The key kept in the keyring for the database at ``path``, if any."""
    ring = _keyring()
    if ring is None:
        return None
    try:
        value = ring.get_password(KEYRING_SERVICE, _account(path))
        return bytes.fromhex(value) if value else None
    except Exception:  # a locked or broken keyring: ask for the passphrase instead
        log.warning("the keyring could not be read", exc_info=True)
        return None


def store_key(path: Path, key: bytes) -> bool:
    """Keep ``key`` in the keyring for ``path``; False when there is no usable keyring."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, _account(path), key.hex())
        return True
    except Exception:
        log.warning("the keyring could not be written", exc_info=True)
        return False


def new_keyring_key(path: Path) -> bytes | None:
    """A random key for a database whose key lives in the keyring (None: no keyring)."""
    key = secrets.token_bytes(cipher.KEY_BYTES)
    return key if store_key(path, key) else None


def environment_passphrase() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


@dataclass(frozen=True)
class DatabaseKey:
    """The key to open the database with; ``params`` are new key parameters to store
    beside the database once it is created or converted (None: already stored)."""

    key: bytes
    params: cipher.KeyParameters | None = None


@dataclass(frozen=True)
class StartKey:
    """What the start knows of the database's key without asking anyone.

    ``key`` is the key when the keyring or ``BM_DESKTOP_PASSPHRASE`` gives it; ``ask``
    says a passphrase must be asked for instead; neither means a read-only plain file,
    opened as it is."""

    key: DatabaseKey | None
    ask: bool
    encrypted: bool


def key_without_asking(path: Path) -> StartKey:
    """The window's key for ``path`` from the keyring or the environment (Qt-free, so it
    can run on a thread while the window's modules are imported: see ``start_key``)."""
    encrypted = cipher.is_encrypted(path)
    if not encrypted and is_read_only(path):
        return StartKey(None, False, encrypted)  # cannot be converted; shown as it is
    stored_params = cipher.read_parameters(path) if encrypted else None
    # a database whose sidecar says its key comes from a passphrase has none in the keyring
    if stored_params is None or stored_params.in_keyring is not False:
        stored = stored_key(path)
        if stored is not None:
            return StartKey(
                DatabaseKey(
                    stored,
                    None
                    if cipher.read_parameters(path)
                    else cipher.KeyParameters.new(in_keyring=True),
                ),
                False,
                encrypted,
            )
    passphrase = environment_passphrase()
    if passphrase is None:
        return StartKey(None, True, encrypted)
    params = stored_params
    fresh = params is None
    params = params or cipher.KeyParameters.new()
    return StartKey(
        DatabaseKey(cipher.derive_key(passphrase, params), params if fresh else None),
        False,
        encrypted,
    )


def start_key(path: Path) -> Future[StartKey]:
    """:func:`key_without_asking` on its own thread, started first thing at the window's
    start: the keyring lookup and the argon2id derivation (a few tenths of a second,
    in C without the interpreter lock) overlap the imports and the building of the
    window instead of preceding them. Nothing is cached: the key is derived at every
    start and lives only in this process."""
    future: Future[StartKey] = Future()

    def run() -> None:
        try:
            future.set_result(key_without_asking(path))
        except BaseException as exc:  # handed to whoever waits for the key
            future.set_exception(exc)

    threading.Thread(target=run, name="bm-start-key", daemon=True).start()
    return future
