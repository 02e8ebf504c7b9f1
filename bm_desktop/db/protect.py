"""Opening the window's database encrypted, converting a plain one in place first.

The window never works on a plain database for real use. A plain file (the first start
after this version, or a file of an earlier one) is checked and upgraded as a plain
database first (so a damaged file is refused as before, untouched), then converted in
place (``cipher.encrypt_in_place``: a verified encrypted copy replaces it, its log files
go), and so are the plain dated backups beside it: no plain copy is kept.
"""

from __future__ import annotations

from pathlib import Path

from bm_desktop.db import cipher
from bm_desktop.db.engine import Database, open_database


def plain_backups(path: Path) -> list[Path]:
    """The dated backups the app made of ``path`` that are still plain files."""
    return [
        b
        for b in sorted(path.parent.glob(f"{path.stem}.backup-*{path.suffix}"))
        if b.is_file() and not cipher.is_encrypted(b)
    ]


def open_protected(path: Path, key: bytes, params: cipher.KeyParameters | None = None) -> Database:
    """Open ``path`` with ``key``, creating it encrypted or converting a plain file first.

    ``params`` (new key parameters) are stored beside the database before anything is
    encrypted with them, so the passphrase always finds its salt."""
    if path.exists() and path.stat().st_size and not cipher.is_encrypted(path):
        plain = open_database(path)  # refuses a damaged or foreign file, upgrades ours
        read_only = plain.read_only
        plain.dispose()
        if read_only:  # cannot be converted: shown as it is, nothing written
            return open_database(path)
        if params is not None:
            cipher.write_parameters(path, params)
        cipher.encrypt_in_place(path, key)
        for backup in plain_backups(path):
            cipher.encrypt_in_place(backup, key)
            stored = cipher.read_parameters(path)
            if stored is not None:
                cipher.write_parameters(backup, stored)
    elif params is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        cipher.write_parameters(path, params)
    return open_database(path, key=key)
