"""The versions an installation reports (``--version``, Help > About, the self-test):
the application's, from the installed distribution's metadata, and the database
schema's: the newest migration this version ships and the revision a database is at."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DISTRIBUTION = "bm-desktop"


def app_version() -> str:
    """The installed distribution's version; the package's own when it runs uninstalled
    (a frozen build without metadata, a bare checkout on the path)."""
    from importlib import metadata  # (a few hundredths of a second: not at every start)

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        from bm_desktop import __version__

        return __version__


def schema_head() -> str | None:
    """The newest schema revision this version of the application migrates to."""
    from bm_desktop.db import migrate

    try:
        return migrate.script_head()
    except ValueError:
        return migrate.head_revision()


def database_revision(path: Path) -> str | None:
    """The revision the database file at ``path`` is at; None when there is no file yet
    or it holds no schema. Read-only: reporting a version never changes the file."""
    if not path.is_file():
        return None
    from bm_desktop.db.engine import read_only_engine
    from bm_desktop.db.migrate import current_revision

    engine = read_only_engine(path)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


@dataclass(frozen=True)
class Versions:
    app: str
    schema_head: str | None
    database: str | None  # None: no database yet (or not readable)
    database_path: Path


def versions(path: Path) -> Versions:
    try:
        current = database_revision(path)
    except Exception:  # a damaged or foreign file: the version line still prints
        current = None
    return Versions(app_version(), schema_head(), current, path)
