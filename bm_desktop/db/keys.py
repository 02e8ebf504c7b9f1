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
from pathlib import Path
from typing import Any

from bm_desktop.db import cipher

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

