"""A database file that cannot be opened or written, said in plain words.

SQLite reports a damaged, locked, read-only or full file as an exception whose text
(through SQLAlchemy) carries the SQL statement and its parameters. Those are no use
to a coordinator and may show data, so the window and the command line show
:class:`DatabaseFileError` instead: what is wrong with which file, what to do, and
that the file was left as it was. :func:`explain` turns SQLite's errors into one;
:func:`check_header` finds a truncated file before SQLite reads it.
"""

from __future__ import annotations

import errno
import os
import struct
from pathlib import Path

from bm_desktop.domain.messages import TemplatedMessage

HEADER = b"SQLite format 3\x00"

# SQLite's primary result codes (https://sqlite.org/rescode.html)
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 14, 26
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_FULL = 5, 6, 8, 13


class DatabaseFileError(TemplatedMessage, Exception):
    """The database file cannot be used as asked; nothing was written to it."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(self._set_template(template, params))


def _name(path: Path | str | None) -> str:
    return str(path) if path is not None else "?"


def damaged(path: Path | str | None) -> DatabaseFileError:
    stem = Path(path).stem if path is not None else "programme"
    return DatabaseFileError(
        "The file {path} is damaged (truncated or corrupt) or is not a BM Desktop database, "
        "so it cannot be opened; it was left as it is. Open one of its backups (the files "
        "named {stem}.backup-… beside it) or choose another file.",
        path=_name(path),
        stem=stem,
    )


def locked(path: Path | str | None) -> DatabaseFileError:
    return DatabaseFileError(
        "The database {path} is locked by another program (another BM Desktop window or a "
        "copy of the server?). Close it and try again; nothing was changed.",
        path=_name(path),
    )


def read_only(path: Path | str | None) -> DatabaseFileError:
    return DatabaseFileError(
        "The database {path} is open read-only: the change was not saved. To edit it, make "
        "the file writable or copy it to a folder where you may write.",
        path=_name(path),
    )


def disk_full(path: Path | str | None) -> DatabaseFileError:
    return DatabaseFileError(
        "The disk holding the database {path} is full: nothing was saved and the file was "
        "left as it was. Free some space and try again.",
        path=_name(path),
    )


def cannot_open(path: Path | str | None) -> DatabaseFileError:
    return DatabaseFileError(
        "The database {path} cannot be opened: check that the file and its folder exist and "
        "that you may read them.",
        path=_name(path),
    )


def disk_error(path: Path | str | None) -> DatabaseFileError:
    return DatabaseFileError(
        "The database {path} could not be read or written (a disk error); the file was left "
        "as it is. Check the disk and try again.",
        path=_name(path),
    )


def newer_schema(path: Path | str | None, revision: str) -> DatabaseFileError:
    return DatabaseFileError(
        "The database {path} was written by a newer version of BM Desktop (schema "
        "{revision}); this version cannot open it. Open it with the newer version; the file "
        "was not changed.",
        path=_name(path),
        revision=revision,
    )


def foreign_database(path: Path | str | None) -> DatabaseFileError:
    return DatabaseFileError(
        "The file {path} is a SQLite database but not a BM Desktop one; it was not changed. "
        "Choose the programme's database file.",
        path=_name(path),
    )


def read_only_needs_upgrade(path: Path | str | None) -> DatabaseFileError:
    return DatabaseFileError(
        "The database {path} is read-only and must be upgraded for this version of BM "
        "Desktop: make the file writable (or copy it to a folder where you may write) and "
        "open it again.",
        path=_name(path),
    )


def passphrase_needed(path: Path | str | None) -> DatabaseFileError:
    return DatabaseFileError(
        "The database {path} is encrypted: give its passphrase (the window asks for it; "
        "the command line reads BM_DESKTOP_PASSPHRASE or asks when run in a terminal). "
        "Nothing was opened.",
        path=_name(path),
    )


def wrong_passphrase(path: Path | str | None) -> DatabaseFileError:
    return DatabaseFileError(
        "Wrong passphrase for the database {path}: nothing was opened. Type it again "
        "(letters, case and accents count). A forgotten passphrase cannot be recovered: "
        "the programme's data can be brought back from the server by a fresh first "
        "connection into a new database.",
        path=_name(path),
    )


_BY_CODE = {
    SQLITE_BUSY: locked,
    SQLITE_LOCKED: locked,
    SQLITE_READONLY: read_only,
    SQLITE_FULL: disk_full,
    SQLITE_CORRUPT: damaged,
    SQLITE_NOTADB: damaged,
    SQLITE_CANTOPEN: cannot_open,
    SQLITE_IOERR: disk_error,
}


def driver_error(exc: BaseException) -> BaseException:
    """The driver's exception inside SQLAlchemy's wrapper (or ``exc`` itself)."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def explain(exc: BaseException, path: Path | str | None) -> DatabaseFileError | None:
    """The plain-words reason for a failure of the database file, or None when ``exc``
    is not about the file (a programming error keeps its traceback)."""
    if isinstance(exc, DatabaseFileError):
        return exc
    err = driver_error(exc)
    if isinstance(err, OSError):
        if err.errno == errno.ENOSPC:
            return disk_full(path)
        return (
            cannot_open(path)
            if err.errno in (errno.ENOENT, errno.EACCES, errno.EPERM, errno.EROFS)
            else None
        )
    from bm_desktop.db.cipher import driver_errors

    if not isinstance(err, driver_errors()):
        return None
    code = getattr(err, "sqlite_errorcode", None)
    if code is None:
        return None
    make = _BY_CODE.get(code & 0xFF)
    return make(path) if make is not None else None


def check_header(path: Path) -> None:
    """Refuse a file whose header announces more pages than the file holds (a truncated
    copy or download), before SQLite reads it. A file with a write-ahead log beside it is
    left to SQLite: an interrupted checkpoint leaves the header ahead of the file."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    size = path.stat().st_size
    if size == 0:
        return  # a new, empty database
    with path.open("rb") as f:
        head = f.read(100)
    if len(head) < 100 or not head.startswith(HEADER):
        raise damaged(path)
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (changes,) = struct.unpack(">I", head[24:28])
    (pages,) = struct.unpack(">I", head[28:32])
    (valid_for,) = struct.unpack(">I", head[92:96])
    if changes == valid_for and pages * page_size > size:
        raise damaged(path)


def is_read_only(path: Path) -> bool:
    """Whether the user may not write ``path``: no permission, no write bit at all (a
    file marked read-only, even for an administrator), or a read-only file system."""
    if not path.exists():
        return False
    try:
        st = path.stat()
        flags = os.statvfs(path).f_flag if hasattr(os, "statvfs") else 0
    except OSError:
        return False
    return (
        not os.access(path, os.W_OK)
        or not st.st_mode & 0o222
        or bool(flags & getattr(os, "ST_RDONLY", 0))
    )
