"""Every exported workbook opens in LibreOffice and converts to PDF (skipped without it)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from bm_desktop.exchange.exports.catalogue import EXPORTS
from tests.exchange.exchange_support import request

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_every_export_converts_to_pdf(sample_db, tmp_path: Path) -> None:
    paths = []
    for kind, export in EXPORTS.items():
        start, end = (
            (dt.date(2021, 5, 3), dt.date(2021, 5, 9))
            if kind == "weekly"
            else (dt.date(2021, 10, 1), dt.date(2021, 12, 31))
        )
        path = tmp_path / f"{kind}.xlsx"
        export.run(
            sample_db,
            request(
                start, end, site_code="SK-01" if kind in ("weekly", "actions") else None, lang="fr"
            ),
            path,
        )
        paths.append(path)
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    for path in paths:
        pdf = tmp_path / "pdf" / f"{path.stem}.pdf"
        assert pdf.exists(), f"{path.name} did not convert: {result.stdout} {result.stderr}"
        reader = PdfReader(pdf)
        assert len(reader.pages) >= 2
        assert reader.pages[0].extract_text().strip()
