"""Issue 16 §2 and §5: ``bm-desktop self-test`` checks what an installation needs and
says so plainly, with a verdict and an exit code; ``--version`` shows the versions."""

from __future__ import annotations

import ast
import hashlib
import json
import shutil
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

import bm_desktop
from bm_desktop.cli import main
from bm_desktop.commands import selftest_checks
from bm_desktop.commands.selftest_checks import CONTEXT, Result, register_check
from bm_desktop.db import migrate
from bm_desktop.db.engine import make_engine, open_database, sqlite_url
from bm_desktop.db.versions import app_version, schema_head
from bm_desktop.i18n import translate
from bm_desktop.sync import local

PACKAGE = Path(bm_desktop.__file__).parent


@pytest.fixture
def programme(sample_db_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "data" / "programme.sqlite"
    path.parent.mkdir()
    shutil.copy(sample_db_file, path)
    return path


def _self_test(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["self-test", *args])
    return code, capsys.readouterr().out.splitlines()


def _line(lines: list[str], title: str) -> str:
    return next(line for line in lines if f"] {title}" in line)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_working_installation_passes(capsys, programme: Path) -> None:
    before = _digest(programme)
    code, lines = _self_test(capsys, "--db", str(programme))
    assert code == 0
    assert lines[0] == "BM Desktop self-test"
    assert lines[-1] == "Verdict: OK, this installation has what it needs"
    assert "platform" in _line(lines, "Qt platform plugin and fonts")
    assert _line(lines, "Data files").startswith("[  ok   ]")
    assert _line(lines, "Database opens and migrates (on a copy)").endswith(
        f"opens; its schema is up to date ({schema_head()})"
    )
    assert _line(lines, "Sync server").startswith("[skipped]")
    assert _digest(programme) == before  # checked on a copy: the file is untouched
    # no backup beside it (SQLite's own -wal/-shm of a read may appear)
    assert {p.name for p in programme.parent.iterdir()} <= {
        "programme.sqlite",
        "programme.sqlite-wal",
        "programme.sqlite-shm",
    }


def test_missing_basemap_fails_with_the_missing_files(
    capsys, programme: Path, tmp_path: Path, monkeypatch
) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    monkeypatch.setenv("BM_DESKTOP_GEODATA", str(empty))
    code, lines = _self_test(capsys, "--db", str(programme))
    assert code == 1
    assert _line(lines, "Data files").startswith("[FAILED ] Data files: missing: ")
    assert str(empty / "countries.gpkg") in _line(lines, "Data files")
    assert lines[-1].startswith("Verdict: FAILED (1 of ")


def test_a_damaged_basemap_file_fails(capsys, programme: Path, tmp_path: Path, monkeypatch) -> None:
    from bm_desktop.resources import resource_dir

    copy = tmp_path / "geodata"
    shutil.copytree(resource_dir("geodata"), copy)
    (copy / "lakes.gpkg").write_bytes(b"truncated in the download" * 40)
    monkeypatch.setenv("BM_DESKTOP_GEODATA", str(copy))
    code, lines = _self_test(capsys, "--db", str(programme))
    assert code == 1
    assert _line(lines, "Data files").startswith(
        f"[FAILED ] Data files: cannot read {copy / 'lakes.gpkg'}: "
    )


def test_a_data_directory_that_cannot_be_written_fails(capsys, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, lines = _self_test(capsys, "--db", str(blocker / "programme.sqlite"))
    assert code == 1
    assert _line(lines, "Writing in the data directory").startswith(
        f"[FAILED ] Writing in the data directory: cannot write in {blocker}"
    )


def test_an_older_database_is_migrated_on_a_copy_only(capsys, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(path), wal=False)
    migrate.upgrade(engine, "0006")
    engine.dispose()
    before = _digest(path)
    code, lines = _self_test(capsys, "--db", str(path))
    assert code == 0
    assert _line(lines, "Database opens").endswith(
        f"opens; a copy migrates from 0006 to {schema_head()}"
    )
    assert lines[1].endswith("this database: 0006")
    assert _digest(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["old.sqlite"]  # no backup, no WAL


def test_a_damaged_database_fails_in_plain_words(capsys, tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    code, lines = _self_test(capsys, "--db", str(path))
    assert code == 1
    line = _line(lines, "Database opens")
    assert line.startswith("[FAILED ]") and "Traceback" not in line and "sqlite3" not in line


def test_a_missing_qt_platform_plugin_fails(capsys, programme: Path, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    code, lines = _self_test(capsys, "--db", str(programme))
    assert code == 1
    assert _line(lines, "Qt platform plugin and fonts").startswith(
        "[FAILED ] Qt platform plugin and fonts: Qt cannot start: "
    )
    assert "no-such-platform" in _line(lines, "Qt platform plugin and fonts")


class _Health(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        body = json.dumps({"status": "ok"}).encode()
        self.send_response(200 if self.path == "/health" else 404)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


def _attach(path: Path, url: str) -> None:
    db = open_database(path)
    with local.write_transaction(db.engine) as conn:
        local.set_state(conn, server_url=url)
    db.dispose()


def test_the_configured_sync_server_is_checked(capsys, programme: Path) -> None:
    server = HTTPServer(("127.0.0.1", 0), _Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    try:
        _attach(programme, url)
        code, lines = _self_test(capsys, "--db", str(programme))
    finally:
        server.shutdown()
        server.server_close()
    assert code == 0
    assert _line(lines, "Sync server") == f"[  ok   ] Sync server: {url} answers"
    # the server is gone: a warning (the app works offline), not a failed installation
    code, lines = _self_test(capsys, "--db", str(programme))
    assert code == 0
    assert _line(lines, "Sync server").startswith(
        f"[warning] Sync server: {url} cannot be reached (ConnectError)"
    )


def test_the_report_in_french(capsys, programme: Path) -> None:
    code, lines = _self_test(capsys, "--db", str(programme), "--lang", "fr")
    assert code == 0
    assert lines[0] == "Autotest de BM Desktop"
    assert lines[-1] == "Verdict : OK, cette installation a tout ce qu'il lui faut"
    assert lines[-3] == (
        "[sans objet] Serveur de synchronisation : aucun serveur de synchronisation configuré"
    )


def test_other_features_append_checks_and_a_broken_one_hides_nothing(
    capsys, programme: Path, monkeypatch
) -> None:
    monkeypatch.setattr(selftest_checks, "CHECKS", list(selftest_checks.CHECKS))

    def broken(_ctx):
        raise RuntimeError("cipher library not found")

    register_check("Cipher library", broken)
    register_check("Another", lambda _ctx: Result("ok", "{n} fine", {"n": 1}))
    code, lines = _self_test(capsys, "--db", str(programme))
    assert code == 1
    assert _line(lines, "Cipher library").endswith("RuntimeError: cipher library not found")
    assert _line(lines, "Another") == "[  ok   ] Another: 1 fine"


def test_version_shows_the_app_and_schema_versions(capsys, programme: Path, tmp_path: Path) -> None:
    assert main(["--db", str(programme), "--version"]) == 0
    out = capsys.readouterr().out.strip()
    assert out == (
        f"BM Desktop {app_version()}; database schema {schema_head()}; "
        f"this database: {schema_head()}"
    )
    missing = tmp_path / "new.sqlite"
    assert main(["--db", str(missing), "--version", "--lang", "fr"]) == 0
    assert capsys.readouterr().out.strip().endswith("cette base : aucune pour l'instant")
    assert not missing.exists()


def _marked_templates() -> list[tuple[str, str]]:
    found = []
    for rel in ("commands/selftest_checks.py", "commands/selftest.py", "ui/selftest_dialog.py"):
        for node in ast.walk(ast.parse((PACKAGE / rel).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "T"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append((rel, node.args[0].value))
    return found


def test_every_self_test_text_has_french() -> None:
    templates = _marked_templates()
    assert len(templates) > 30
    untranslated = [
        (rel, text)
        for rel, text in templates
        if text != "{reason}" and text != "ok" and translate(CONTEXT, text, "fr") == text
    ]
    assert untranslated == []


def test_the_database_encryption_is_checked(capsys, programme: Path, monkeypatch) -> None:
    code, lines = _self_test(capsys, "--db", str(programme))
    assert code == 0
    line = _line(lines, "Database encryption")
    assert line.startswith("[  ok   ]") and "SQLCipher 4." in line and "argon2id" in line
    # A build whose SQLite ignores the key (SQLCipher not bundled) writes the file in clear:
    # the self-test must say so and fail.
    import sqlite3

    from bm_desktop.db import cipher

    monkeypatch.setattr(cipher, "connect", lambda target, key, uri=False: sqlite3.connect(target))
    code, lines = _self_test(capsys, "--db", str(programme))
    assert code == 1
    assert _line(lines, "Database encryption").startswith("[FAILED ]")
    assert "SQLCipher missing" in _line(lines, "Database encryption")


def test_the_visit_planner_is_checked(capsys, programme: Path, monkeypatch) -> None:
    code, lines = _self_test(capsys, "--db", str(programme))
    assert code == 0
    assert _line(lines, "Visit planner").endswith("the route solver plans a test trip")
    # A frozen build without OR-Tools' parameter messages could not plan a trip: the
    # compiled solver imports them by name, out of sight of the build's analysis.
    from bm_desktop.services import trip_solver

    def missing(*args, **kwargs):
        raise ModuleNotFoundError(
            "No module named 'ortools.constraint_solver.routing_parameters_pb2'"
        )

    monkeypatch.setattr(trip_solver, "solve_trip", missing)
    code, lines = _self_test(capsys, "--db", str(programme))
    assert code == 1
    line = _line(lines, "Visit planner")
    assert line.startswith("[FAILED ]") and "routing_parameters_pb2" in line
    assert "trips cannot be planned" in line
