"""The migration chain is linear, reaches the models, and backs the file up first."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from bm_desktop.db import migrate
from bm_desktop.db.engine import make_engine, open_database, sqlite_url
from bm_desktop.db.models import Base


def test_chain_is_linear_with_date_prefixed_names() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1, f"migration chain has several heads: {heads}"
    revisions = list(script.walk_revisions())
    assert sum(1 for r in revisions if r.down_revision is None) == 1
    for rev in revisions:
        name = Path(rev.path).name
        assert name[:4].isdigit() and name[4] == "_", f"{name} is not date-prefixed"


def test_models_match_head(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "m.sqlite"))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_open_sets_wal_and_foreign_keys(tmp_path: Path) -> None:
    database = open_database(tmp_path / "p.sqlite")
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert "sites" in inspect(database.engine).get_table_names()
    assert database.backup_path is None  # a new file needs no backup


def test_upgrade_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    with engine.begin() as conn:  # pretend the file is one revision behind
        conn.execute(text("UPDATE alembic_version SET version_num = '0002'"))
        conn.execute(text("CREATE TABLE marker (x INTEGER)"))
    engine.dispose()
    from unittest import mock

    with mock.patch.object(migrate, "upgrade") as upgraded:
        database = open_database(path)
    assert upgraded.called
    assert database.backup_path is not None and database.backup_path.exists()
    backup = make_engine(sqlite_url(database.backup_path))
    assert "marker" in inspect(backup).get_table_names()


def test_the_quick_head_and_revision_checks_agree_with_alembic(tmp_path: Path) -> None:
    # start-up reads the head from the scripts and the revision with plain SQL
    assert migrate.script_head() == migrate.head_revision()
    engine = make_engine(sqlite_url(tmp_path / "q.sqlite"))
    assert migrate.current_revision(engine) is None and migrate.needs_upgrade(engine)
    migrate.upgrade(engine, "0002")
    with engine.connect() as conn:
        alembic_says = MigrationContext.configure(conn).get_current_revision()
    assert migrate.current_revision(engine) == alembic_says == "0002"
    assert migrate.needs_upgrade(engine)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert not migrate.needs_upgrade(engine)


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "up.sqlite"
    open_database(path).dispose()
    code = (
        "import sys; from bm_desktop.db.engine import open_database; "
        f"open_database({str(path)!r}); print(any(m.startswith('alembic') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
