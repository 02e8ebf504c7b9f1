"""The quarterly map pack: what the zip holds, the index page's figures (the KPI code's),
French, cancel leaves nothing, bad input writes nothing."""

from __future__ import annotations

import re
import shutil
import zipfile

import pypdf
import pytest

from bm_desktop.cli import main


@pytest.fixture
def sample_path(sample_db_file, tmp_path):
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    return path


MAPS = (
    "sites-by-implementation-rate",
    "incident-density",
    "security-events-and-alerts",
    "child-labour-incidents",
)


def test_pack_of_one_region_as_a_zip(sample_path, tmp_path, capsys):
    from bm_desktop.db.engine import open_database
    from bm_desktop.domain.kpi import Period, Scope
    from bm_desktop.services.kpis import programme_figures
    from bm_desktop.ui.map.pack import _html_map_writer

    html = _html_map_writer() is not None  # the offline HTML map, where this version has it
    out = tmp_path / "pack.zip"
    assert (
        main(
            [
                "pack",
                "--db",
                str(sample_path),
                "--quarter",
                "2021Q4",
                "--region",
                "rwanda",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    steps = 6 + html
    assert f"[{steps}/{steps}] Done" in capsys.readouterr().out
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        assert names == {f"rwanda/{m}.pdf" for m in MAPS} | {
            "quarterly-report-2021-Q4.xlsx",
            "index.html",
        } | ({"offline-map.html"} if html else set())
        index = z.read("index.html").decode("utf-8")
        z.extract("rwanda/child-labour-incidents.pdf", tmp_path)
    text = " ".join(
        pypdf.PdfReader(tmp_path / "rwanda/child-labour-incidents.pdf")
        .pages[0]
        .extract_text()
        .split()
    )
    assert "Child-labour incidents — Rwanda" in text
    assert "1 October 2021 to 31 December 2021" in text and "Incidents: child labour" in text
    for m in MAPS:
        assert f'href="rwanda/{m}.pdf"' in index
    db = open_database(sample_path)
    fig = programme_figures(db, Period.quarter(2021, 4), Scope(regions=frozenset({"Rwanda"})))
    db.dispose()
    row = re.search(r"<tr><td>Rwanda</td>(.*?)</tr>", index).group(1)
    cells = re.findall(r"<td>(.*?)</td>", row)
    assert cells[:4] == [
        f"{fig.active_sites:,}",
        f"{fig.incidents:,}",
        f"{fig.child_labour.incidents:,}",
        f"{fig.child_labour.wfcl_incidents:,}",
    ]
    assert cells[4] == f"{fig.actions.rate * 100:.1f}%"


def test_pack_in_french_into_a_folder(sample_path, tmp_path):
    out = tmp_path / "dossier"
    assert (
        main(
            [
                "pack",
                "--db",
                str(sample_path),
                "--quarter",
                "2021Q4",
                "--region",
                "Lualaba",
                "--lang",
                "fr",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Dossier cartographique trimestriel, 2021 T4" in index
    assert "Chiffres clés du trimestre" in index and "Taux de mise en œuvre" in index
    assert re.search(r"\d,\d %", index)  # 78,1 %
    text = " ".join(
        pypdf.PdfReader(out / "lualaba/incident-density.pdf").pages[0].extract_text().split()
    )
    assert "Densité des incidents" in text and "Légende" in text


def test_cancelling_leaves_nothing(sample_db, tmp_path, qtbot):
    from bm_desktop.ui.map.pack import PackCancelled, write_pack
    from bm_desktop.ui.map.print_job import ensure_app

    ensure_app("en")
    seen: list[str] = []
    out = tmp_path / "new folder"
    with pytest.raises(PackCancelled):
        write_pack(
            sample_db,
            (2021, 4),
            None,
            out,
            progress=lambda d, t, w: seen.append(w),
            cancelled=lambda: len(seen) >= 2,
        )
    assert len(seen) == 2
    assert not out.exists()
    zipped = tmp_path / "pack.zip"
    seen.clear()
    with pytest.raises(PackCancelled):
        write_pack(
            sample_db,
            (2021, 4),
            "Rwanda",
            zipped,
            progress=lambda d, t, w: seen.append(w),
            cancelled=lambda: len(seen) >= 3,
        )
    assert not zipped.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--quarter", "2021Q5"], "'2021Q5' is not a quarter (write it like 2021Q4)"),
        (["--quarter", "2021Q4", "--region", "Kivu"], "Unknown region 'Kivu'"),
    ],
)
def test_bad_input_writes_nothing(sample_path, tmp_path, capsys, args, message):
    out = tmp_path / "pack.zip"
    assert main(["pack", "--db", str(sample_path), *args, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_folder_with_files_is_refused(sample_path, tmp_path, capsys):
    out = tmp_path / "full"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    assert main(["pack", "--db", str(sample_path), "--quarter", "2021Q4", "--out", str(out)]) == 2
    assert "is not empty" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
