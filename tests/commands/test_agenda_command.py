"""``bm-desktop agenda`` writes a site's papers or a region's agendas; bad input exits 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bm_desktop.cli import main


@pytest.fixture
def sample_db_file(sample_db_file: Path, tmp_path: Path) -> Path:
    """A private copy: the command must not touch the shared template."""
    copy = tmp_path / "db" / "sample.sqlite"
    copy.parent.mkdir()
    shutil.copy(sample_db_file, copy)
    return copy


def test_site_workbook_and_pdf(sample_db_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "LB-01.xlsx"
    assert (
        main(
            [
                "--db",
                str(sample_db_file),
                "agenda",
                "--site",
                "lb-01",
                "--month",
                "2022-03",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert "LB-01 2022-03" in capsys.readouterr().out
    assert load_workbook(out).sheetnames == ["Agenda", "Invitations", "Attendance", "Minutes"]
    pdf = tmp_path / "HK-01.pdf"
    assert (
        main(
            [
                "agenda",
                "--db",
                str(sample_db_file),
                "--site",
                "HK-01",
                "--month",
                "2022-03",
                "--out",
                str(pdf),
                "--lang",
                "fr",
                "--fresh",
            ]
        )
        == 0
    )
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Ordre du jour — " in text and "Réunion PAC 2022-03" in text


def test_region_workbook(sample_db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "hk.xlsx"
    assert (
        main(
            [
                "agenda",
                "--db",
                str(sample_db_file),
                "--region",
                "haut-katanga",
                "--month",
                "2022-03",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    names = load_workbook(out).sheetnames
    assert names[0] == "Overview" and all(n.startswith("HK-") for n in names[1:]) and names[1:]


def test_bad_input_exits_2_with_a_plain_message(
    sample_db_file: Path, tmp_path: Path, capsys
) -> None:
    db = ["--db", str(sample_db_file)]
    cases = [
        (
            ["--site", "XX-99", "--month", "2022-03", "--out", str(tmp_path / "a.xlsx")],
            "No site with code 'XX-99'",
        ),
        (
            ["--site", "LB-01", "--month", "2022-13", "--out", str(tmp_path / "a.xlsx")],
            "'2022-13' is not a month",
        ),
        (
            ["--region", "Katanga", "--month", "2022-03", "--out", str(tmp_path / "a.xlsx")],
            "Unknown region 'Katanga'. Valid regions: Eastern DRC, Haut-Katanga, Lualaba, Rwanda",
        ),
        (
            ["--region", "Lualaba", "--month", "2022-03", "--out", str(tmp_path / "a.pdf")],
            "give an .xlsx output file",
        ),
        (
            ["--site", "LB-01", "--month", "2022-03", "--out", str(tmp_path / "a.docx")],
            "must end in .xlsx or .pdf",
        ),
    ]
    for args, message in cases:
        assert main(["agenda", *db, *args]) == 2, args
        err = capsys.readouterr().err
        assert "bm-desktop agenda: error:" in err and message in err, err
    assert [p.name for p in tmp_path.iterdir()] == ["db"]  # nothing written
