"""Exports leave victims', witnesses' and sensitive notes out unless asked: every workbook
of ``bm-desktop export`` on the sample programme holds none of the sample's sensitive
texts without ``--include-sensitive``; with it (a coordinator) the register holds them."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from bm_desktop.cli import main
from bm_desktop.commands.export import KINDS
from bm_desktop.db.engine import open_database
from bm_desktop.db.models import SENSITIVE_INCIDENT_FIELDS, Incident

YEAR = ["--from", "2021-04-01", "--to", "2022-03-31"]


@pytest.fixture
def programme(sample_db_file: Path, tmp_path: Path) -> tuple[Path, set[str]]:
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    db = open_database(path)
    try:
        with db.sessions() as s:
            cols = [getattr(Incident, f) for f in SENSITIVE_INCIDENT_FIELDS]
            texts = {v for row in s.execute(select(*cols)) for v in row if v}
    finally:
        db.dispose()
    assert len(texts) > 3
    return path, texts


def _workbook_text(path: Path) -> str:
    """Every XML part of the workbook (cells, shared strings, properties), as text."""
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def _sensitive_found(path: Path, texts: set[str]) -> set[str]:
    from xml.sax.saxutils import escape

    body = _workbook_text(path)
    return {t for t in texts if escape(t) in body or t in body}


@pytest.mark.parametrize("kind", KINDS)
def test_no_export_holds_sensitive_details_without_the_option(programme, tmp_path, kind) -> None:
    path, texts = programme
    out = tmp_path / f"{kind}.xlsx"
    extra = ["--site", "LB-01"] if kind == "weekly" else []
    assert main(["export", kind, "--out", str(out), "--db", str(path), *YEAR, *extra]) == 0
    assert _sensitive_found(out, texts) == set()


def test_the_register_holds_them_only_when_asked(programme, tmp_path) -> None:
    path, texts = programme
    out = tmp_path / "register.xlsx"
    assert (
        main(
            [
                "export",
                "incidents",
                "--out",
                str(out),
                "--db",
                str(path),
                *YEAR,
                "--include-sensitive",
            ]
        )
        == 0
    )
    assert _sensitive_found(out, texts)  # the scan above would see them
    government = tmp_path / "government.xlsx"
    main(
        [
            "export",
            "incidents",
            "--out",
            str(government),
            "--db",
            str(path),
            *YEAR,
            "--include-sensitive",
            "--role",
            "government",
        ]
    )
    assert not government.exists() or _sensitive_found(government, texts) == set()
