"""``bm-desktop stats``: the published figures as a user reads them, and bad input."""

from __future__ import annotations

import json
import shutil

import pytest

from bm_desktop.cli import main

YEAR = ["--from", "2021-04-01", "--to", "2022-03-31"]


@pytest.fixture
def sample_path(sample_db_file, tmp_path):
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    return path


def _line(out: str, label: str) -> str:
    return next(line for line in out.splitlines() if line.startswith(label))


def test_prints_the_published_figures(sample_path, capsys):
    assert main(["stats", "--db", str(sample_path), *YEAR]) == 0
    out = capsys.readouterr().out
    assert "Impact figures, 2021-04-01 to 2022-03-31 (all regions)" in out
    assert _line(out, "Incidents recorded").split()[-1] == "2,048"
    assert _line(out, "Risk areas with incidents").split()[-1] == "26"
    assert _line(out, "Actions recommended to date").split()[-1] == "1,098"
    assert _line(out, "Implemented or in progress").split()[-1] == "888"
    assert _line(out, "Implementation rate").split()[-1] == "81%"
    assert _line(out, "Child-labour incidents").split()[-1] == "240"
    assert _line(out, "  of which WFCL").split()[-2:] == ["118", "(49%)"]
    assert _line(out, "Child-labour actions recommended").split()[-1] == "122"
    assert _line(out, "  implemented or in progress").split()[-2:] == ["97", "(80%)"]
    assert _line(out, "CAP meetings held to date").split()[-1] == "140"


def test_global_db_option_and_french(sample_path, capsys):
    assert main(["--db", str(sample_path), "--lang", "fr", "stats", *YEAR]) == 0
    out = capsys.readouterr().out
    assert _line(out, "Incidents enregistrés").endswith("2\u202f048")
    assert _line(out, "Taux de mise en œuvre").endswith("81\u202f%")


def test_json_output(sample_path, capsys):
    assert main(["stats", "--db", str(sample_path), *YEAR, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["incidents"] == 2048
    assert (data["actions_recommended"], data["actions_implemented_or_in_progress"]) == (1098, 888)
    assert data["implementation_rate_percent"] == 81
    assert (data["child_labour_incidents"], data["wfcl_incidents"]) == (240, 118)
    assert data["meetings_held"] == 140
    assert data["period"] == {"from": "2021-04-01", "to": "2022-03-31"}


def test_region_filter(sample_path, capsys):
    assert main(["stats", "--db", str(sample_path), *YEAR, "--region", "rwanda", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["regions"] == ["Rwanda"]
    assert (data["child_labour_incidents"], data["wfcl_incidents"]) == (4, 3)
    assert (data["sites"], data["active_sites"]) == (25, 16)
    assert 0 < data["incidents"] < 2048
    assert main(["stats", "--db", str(sample_path), *YEAR, "--region", "Lualaba"]) == 0
    assert "(Lualaba)" in capsys.readouterr().out


def test_unknown_region_lists_the_valid_ones(sample_path, capsys):
    assert main(["stats", "--db", str(sample_path), *YEAR, "--region", "Katanga"]) == 2
    err = capsys.readouterr().err
    assert "Unknown region 'Katanga'" in err
    assert "Eastern DRC, Haut-Katanga, Lualaba, Rwanda" in err


def test_bad_periods_and_missing_database(sample_path, tmp_path, capsys):
    assert (
        main(["stats", "--db", str(sample_path), "--from", "2022-04-01", "--to", "2022-03-31"]) == 2
    )
    assert "ends (2022-03-31) before it starts (2022-04-01)" in capsys.readouterr().err
    missing = tmp_path / "none.sqlite"
    assert main(["stats", "--db", str(missing), *YEAR]) == 2
    assert "no programme database" in capsys.readouterr().err
    assert not missing.exists()
    with pytest.raises(SystemExit) as exit_info:
        main(["stats", "--db", str(sample_path), "--from", "2022-02-30", "--to", "2022-03-31"])
    assert exit_info.value.code == 2
    assert "'2022-02-30' is not a date" in capsys.readouterr().err


def test_refusals_read_in_french_prefix_included(sample_path, capsys):
    assert (
        main(
            [
                "stats",
                "--db",
                str(sample_path),
                "--from",
                "2022-04-01",
                "--to",
                "2022-03-31",
                "--lang",
                "fr",
            ]
        )
        == 2
    )
    assert capsys.readouterr().err.strip() == (
        "bm-desktop stats : erreur : La période se termine (2022-03-31) avant de commencer "
        "(2022-04-01)."
    )
    assert (
        main(["stats", "--db", str(sample_path), *YEAR, "--region", "Katanga", "--lang", "fr"]) == 2
    )
    err = capsys.readouterr().err  # after the one-line note that the file is not encrypted
    note, err = err.split("\n", 1)
    assert note.startswith("bm-desktop : remarque : ") and "n’est pas chiffrée" in note
    assert err.startswith(
        "bm-desktop stats : erreur : Région inconnue « Katanga ». "
        "Régions valides : Eastern DRC, Haut-Katanga, Lualaba, Rwanda."
    )
