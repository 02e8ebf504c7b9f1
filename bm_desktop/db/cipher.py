"""The encrypted programme database: keys, keyed connections, encrypted copies.

A field laptop may be lost, stolen or seized, so its database (and the write-ahead log
and every backup the app makes) is a SQLCipher file. The 32-byte key is derived from
the user's passphrase by argon2id (memory-hard: a copied file cannot be attacked at the
speed of PBKDF2) with a random salt kept beside the database in ``<name>.keysalt``
(the salt and the argon2 costs; never the key). The raw key is handed to SQLCipher as
``PRAGMA key = "x'<hex>'"``, which skips SQLCipher's own PBKDF2, so opening a
connection stays as fast as opening a plain file.

``PRAGMA key`` must be the first statement on every connection: :func:`connector`
runs it inside the connection factory, before SQLAlchemy sees the connection.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bm_desktop.db.file_errors import DatabaseFileError, driver_error

PLAIN_HEADER = b"SQLite format 3\x00"
SALT_SUFFIX = ".keysalt"
KEY_BYTES = 32
SQLITE_NOTADB = 26  # what SQLCipher answers when the key does not decrypt page 1
# argon2id costs: 64 MiB and 3 passes take a few tenths of a second on a field laptop,
# once per start (connections reuse the derived key).
TIME_COST, MEMORY_KIB, PARALLELISM = 3, 64 * 1024, 2


def cipher_module() -> Any:
    """The SQLCipher DB-API module (``sqlcipher3``, a wheel that bundles SQLCipher)."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def driver_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes of both drivers (plain sqlite3 and SQLCipher)."""
    try:
        return (sqlite3.Error, cipher_module().Error)
    except ImportError:
        return (sqlite3.Error,)


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like a SQLCipher file: whole pages (at least 512 bytes each)
    that do not start like a plain SQLite file (SQLCipher files start with their random
    salt). A short text file chosen by mistake is not taken for one."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return size >= 512 and size % 512 == 0 and head != PLAIN_HEADER


def salt_path(path: Path) -> Path:
    return path.with_name(path.name + SALT_SUFFIX)


@dataclass(frozen=True)
class KeyParameters:
    """How a database's key is derived from a passphrase (stored in the sidecar), and
    whether the key is kept in the OS keyring instead (None: not said, a sidecar written
    before this was recorded). Not a secret: it only spares a passphrase database the
    keyring lookup at every start (a few tenths of a second of loading keyring backends)."""

    salt: bytes
    time_cost: int = TIME_COST
    memory_kib: int = MEMORY_KIB
    parallelism: int = PARALLELISM
    in_keyring: bool | None = None

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "kdf": "argon2id",
            "salt": self.salt.hex(),
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }
        if self.in_keyring is not None:
            data["key"] = "keyring" if self.in_keyring else "passphrase"
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> KeyParameters:
        data = json.loads(text)
        kept = data.get("key")
        return cls(
            bytes.fromhex(data["salt"]),
            int(data["time_cost"]),
            int(data["memory_kib"]),
            int(data["parallelism"]),
            None if kept not in ("keyring", "passphrase") else kept == "keyring",
        )

    @classmethod
    def new(cls, in_keyring: bool = False) -> KeyParameters:
        return cls(secrets.token_bytes(16), in_keyring=in_keyring)


def read_parameters(path: Path) -> KeyParameters | None:
    """The key parameters stored beside ``path`` (None when there are none)."""
    try:
        return KeyParameters.from_json(salt_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError):
        return None


def write_parameters(path: Path, params: KeyParameters) -> None:
    salt_path(path).write_text(params.to_json(), encoding="utf-8")


def derive_key(passphrase: str, params: KeyParameters) -> bytes:
    """The raw database key: argon2id of the passphrase with the database's salt."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def key_for_passphrase(path: Path, passphrase: str) -> bytes:
    """The key of the database at ``path`` for ``passphrase``; a database without stored
    parameters (a new one) gets a fresh salt, written beside it."""
    params = read_parameters(path)
    if params is None:
        params = KeyParameters.new()
        write_parameters(path, params)
    return derive_key(passphrase, params)


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


_quiet = False


def connect(target: str, key: bytes | None, *, uri: bool = False) -> Any:
    """A SQLCipher connection to ``target`` whose first statement sets ``key``."""
    global _quiet
    conn = cipher_module().connect(target, uri=uri, check_same_thread=False)
    if key is not None:
        conn.execute(key_pragma(key))
        if not _quiet:
            # a wrong key is said in plain words by the caller, not logged by SQLCipher
            # (the level is the library's, once for every connection)
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
            _quiet = True
    return conn


def connector(path: Path, key: bytes) -> Callable[[], Any]:
    """The connection factory of a keyed engine."""
    return lambda: connect(str(path), key)


def check_key(path: Path, key: bytes) -> bool:
    """Whether ``key`` opens the encrypted file at ``path`` (reads its schema). Other
    failures (a locked or unreadable file) are raised as the driver's errors."""
    conn = connect(str(path), key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except cipher_module().DatabaseError as exc:
        if is_not_a_database(exc):
            return False
        raise
    finally:
        conn.close()


def is_not_a_database(exc: BaseException) -> bool:
    """Whether ``exc`` (the driver's, or SQLAlchemy's around it) says the file is not a
    database: for an encrypted file, that the key is wrong."""
    err = driver_error(exc)
    return (getattr(err, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_NOTADB


def table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    """Rows per table of one attached schema, to compare a copy with its original."""
    names = [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _remove_with_companions(path: Path) -> None:
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(name).unlink()


class CopyMismatch(DatabaseFileError):
    """The encrypted copy does not hold the same rows as the original (nothing replaced)."""


def export_encrypted(
    source: Any, target: Path, key: bytes, original: Path | None = None
) -> dict[str, int]:
    """Write the whole database of the open connection ``source`` to a new encrypted file
    ``target`` with ``key`` (SQLCipher's ``sqlcipher_export``), then check the copy:
    the same tables with the same number of rows, opened afresh with the key."""
    _remove_with_companions(target)
    expected = table_counts(source)
    source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
    try:
        source.execute("SELECT sqlcipher_export('encrypted')").fetchall()
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA encrypted.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE encrypted")
    check = connect(str(target), key)
    try:
        copied = table_counts(check)
    finally:
        check.close()
    if copied != expected or not is_encrypted(target):
        _remove_with_companions(target)
        raise CopyMismatch(
            "The encrypted copy of {path} did not hold the same rows as the database, so "
            "the database was left as it was (not yet encrypted). Free some disk space and "
            "start BM Desktop again.",
            path=str(original or target),
        )
    return expected


def encrypt_in_place(path: Path, key: bytes) -> dict[str, int]:
    """Convert the plain database ``path`` into an encrypted one with ``key``.

    The plain file is checkpointed (its write-ahead log folded in), copied to an
    encrypted file beside it, the copy is opened with the key and compared table by
    table, and only then replaces the plain file; the plain file's log and index files
    are removed, so no plain copy is kept. Returns the rows per table."""
    temp = path.with_name(path.name + ".encrypting")
    source = cipher_module().connect(str(path), check_same_thread=False)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        counts = export_encrypted(source, temp, key, path)
    finally:
        source.close()
    for name in (path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(name).unlink()
    os.replace(temp, path)
    return counts


def backup_keyed(path: Path, target: Path, key: bytes) -> None:
    """A consistent encrypted copy of the keyed database ``path`` at ``target`` (SQLite's
    backup API between two connections keyed alike), with its key parameters beside it."""
    src = connect(str(path), key)
    try:
        dst = connect(str(target), key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    params = read_parameters(path)
    if params is not None:
        write_parameters(target, params)
