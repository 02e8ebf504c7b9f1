"""Pulling the monitors' submissions straight from an ODK Central server.

Uses two documented endpoints of the ODK Central REST API (plain httpx, no extra
dependency):

* ``POST /v1/sessions`` with the web user's email and password gives a bearer token;
* ``GET /v1/projects/{project}/forms/{form}/submissions.csv.zip?attachments=true`` gives
  the same zip a coordinator downloads by hand (submissions CSV, one CSV per repeat
  group, the photos under ``media/``);

then ``DELETE /v1/sessions/{token}`` logs out. The zip goes through the ordinary
submissions import (:mod:`bm_desktop.exchange.imports.submissions`), so a pull has
the same dedup as a file: pulling twice adds nothing, an edited submission updates its
incident. The password is never stored here.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import httpx

from bm_desktop.db.engine import Database
from bm_desktop.exchange.imports.report import ImportFileError, ImportReport
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from bm_desktop.exchange.xlsform import FORM_ID

TIMEOUT = httpx.Timeout(30.0, read=300.0)  # an export with photos can take a while


@dataclass(frozen=True)
class CentralForm:
    """Where the form lives on ODK Central, and who logs in."""

    url: str  # https://central.example.org
    project: int
    email: str
    form: str = FORM_ID


def _get_zip(client: httpx.Client, where: CentralForm, password: str) -> bytes:
    reply = client.post("/v1/sessions", json={"email": where.email, "password": password})
    if reply.status_code in (401, 403):
        raise ImportFileError(
            "ODK Central at {url} refused the email or password of {email}.",
            url=where.url,
            email=where.email,
        )
    reply.raise_for_status()
    token = reply.json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    try:
        reply = client.get(
            f"/v1/projects/{where.project}/forms/{where.form}/submissions.csv.zip",
            params={"attachments": "true"},
            headers=auth,
        )
        if reply.status_code in (403, 404):
            raise ImportFileError(
                "ODK Central at {url} has no form {form} in project "
                "{project} that {email} may read.",
                url=where.url,
                form=where.form,
                project=where.project,
                email=where.email,
            )
        reply.raise_for_status()
        return reply.content
    finally:
        try:
            client.delete(f"/v1/sessions/{token}", headers=auth)
        except httpx.HTTPError:
            pass  # the token expires on its own


def download(
    where: CentralForm, password: str, folder: Path, client: httpx.Client | None = None
) -> Path:
    """Download the form's export zip from ODK Central into ``folder``; its path.
    Raises :class:`ImportFileError` when the server cannot be reached or refuses."""
    path = Path(folder) / f"{where.form}.zip"
    path.write_bytes(_fetch(where, password, client))
    return path


def pull_submissions(
    db: Database,
    where: CentralForm,
    password: str,
    options: ImportOptions | None = None,
    client: httpx.Client | None = None,
) -> ImportReport:
    """Download the form's submissions from ODK Central and import them (dry run if
    ``options.dry_run``). Raises :class:`ImportFileError` when the server cannot be
    reached or refuses, with nothing written."""
    with tempfile.TemporaryDirectory(prefix="bm-central-") as folder:
        path = download(where, password, Path(folder), client)
        return run_import(db, "submissions", path, options)


def _fetch(where: CentralForm, password: str, client: httpx.Client | None) -> bytes:
    own = client is None
    client = client or httpx.Client(base_url=where.url.rstrip("/"), timeout=TIMEOUT)
    try:
        return _get_zip(client, where, password)
    except httpx.HTTPStatusError as exc:
        raise ImportFileError(
            "ODK Central at {url} answered {status}: {reason}",
            url=where.url,
            status=exc.response.status_code,
            reason=exc.response.reason_phrase,
        ) from None
    except httpx.HTTPError as exc:
        raise ImportFileError(
            "Cannot reach ODK Central at {url}: {reason}",
            url=where.url,
            reason=str(exc) or type(exc).__name__,
        ) from None
    finally:
        if own:
            client.close()
