"""Pulling submissions from ODK Central, against a local stand-in serving the documented
endpoints (POST /v1/sessions, GET .../submissions.csv.zip, DELETE /v1/sessions/{token})
behind a real socket: same dedup as a file, refusals written nothing."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI, Header, HTTPException, Response
from sqlalchemy import select

from bm_desktop.cli import main
from bm_desktop.db.models import Incident
from tests.exchange.exchange_support import fingerprint
from tests.exchange.test_odk_submissions import central_zip, world  # noqa: F401

TOKEN = "t0k3n"


class Central:
    """What the stand-in serves and what it was asked."""

    def __init__(self) -> None:
        self.zip = b""
        self.calls: list[str] = []


def stand_in(central: Central) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/sessions")
    def login(body: dict) -> dict:
        central.calls.append("login")
        if body != {"email": "coord@example.org", "password": "secret"}:
            raise HTTPException(401, "Could not authenticate with the provided credentials.")
        return {"token": TOKEN, "expiresAt": "2030-01-01T00:00:00Z"}

    @app.get("/v1/projects/{project}/forms/{form}/submissions.csv.zip")
    def export(
        project: int, form: str, attachments: str = "true", authorization: str = Header("")
    ) -> Response:
        central.calls.append(f"export {project} {form} attachments={attachments}")
        if authorization != f"Bearer {TOKEN}":
            raise HTTPException(401)
        if (project, form) != (3, "bm_incident"):
            raise HTTPException(404, "Could not find the resource you were looking for.")
        return Response(central.zip, media_type="application/zip")

    @app.delete("/v1/sessions/{token}")
    def logout(token: str) -> dict:
        central.calls.append(f"logout {token}")
        return {"success": True}

    return app


@pytest.fixture
def server():
    central = Central()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    live = uvicorn.Server(
        uvicorn.Config(stand_in(central), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=live.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not live.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield central, f"http://127.0.0.1:{port}"
    live.should_exit = True
    thread.join(timeout=10)


def _pull(url: str, db_path: Path, *extra: str) -> int:
    return main(
        [
            "import",
            "submissions",
            "--central",
            url,
            "--project",
            "3",
            "--email",
            "coord@example.org",
            "--db",
            str(db_path),
            *extra,
        ]
    )


def test_pull_twice_then_an_edit(
    world,  # noqa: F811
    server,
    tmp_path,
    capsys,
    monkeypatch,
) -> None:
    db, _form, version, where = world
    central, url = server
    central.zip = central_zip(
        tmp_path / "one.zip",
        version,
        where,
        [("p1", "p1", 3, "Puits inondé"), ("p2", "p2", 4, "Bagarre")],
    ).read_bytes()
    monkeypatch.setenv("BM_ODK_PASSWORD", "secret")
    assert _pull(url, db.path) == 0
    assert "2 added" in capsys.readouterr().out
    assert central.calls == ["login", "export 3 bm_incident attachments=true", f"logout {TOKEN}"]
    assert _pull(url, db.path) == 0  # the same submissions again: nothing added
    assert "0 added, 0 updated, 0 removed, 2 unchanged" in capsys.readouterr().out
    central.zip = central_zip(
        tmp_path / "two.zip",
        version,
        where,
        [("p1v2", "p1", 3, "Puits inondé, deux blessés"), ("p2", "p2", 4, "Bagarre")],
    ).read_bytes()
    assert _pull(url, db.path) == 0
    assert "0 added, 1 updated" in capsys.readouterr().out
    with db.sessions() as s:
        rows = sorted(
            s.execute(
                select(Incident.submission_id, Incident.description).where(
                    Incident.submission_id.is_not(None)
                )
            ).all()
        )
    assert rows == [("p1v2", "Puits inondé, deux blessés"), ("p2", "Bagarre")]


def test_refusals_say_why_and_write_nothing(
    world,  # noqa: F811
    server,
    tmp_path,
    capsys,
    monkeypatch,
) -> None:
    db, _form, version, where = world
    central, url = server
    central.zip = central_zip(
        tmp_path / "one.zip", version, where, [("q1", "q1", 3, "x")]
    ).read_bytes()
    before = fingerprint(db)
    monkeypatch.setenv("BM_ODK_PASSWORD", "wrong")
    assert _pull(url, db.path) == 2
    assert "refused the email or password of coord@example.org" in capsys.readouterr().err
    monkeypatch.setenv("BM_ODK_PASSWORD", "secret")
    assert _pull(url, db.path, "--form", "water_survey", "--lang", "fr") == 2
    assert "n'a pas de formulaire water_survey dans le projet 3" in capsys.readouterr().err
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    assert _pull(closed, db.path) == 2
    assert "Cannot reach ODK Central at http://127.0.0.1:" in capsys.readouterr().err
    assert fingerprint(db) == before
