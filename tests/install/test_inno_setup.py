"""Issue 16 §4, what can be checked on Linux: the Inno Setup script parses into its
sections with the keys a per-user, upgradable, data-keeping installer needs, and its data
files come from the same list as the wheel's and the PyInstaller spec's.

(The script is compiled and the installer run only on Windows: .github/workflows/windows.yml.)"""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath

import pytest

from installer import package_data

ENTRY = re.compile(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)')


def parse_iss(text: str) -> dict[str, list]:
    """Sections of an .iss file: [Setup]-like ones as {key: value}, entry sections
    ([Files], [Icons], ...) as a list of {parameter: value} dicts. Preprocessor lines
    (#define ...) and comments (;) are skipped, as ISCC does after preprocessing."""
    sections: dict[str, list] = {}
    current: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#", "//")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
            continue
        assert current is not None, f"a line outside any section: {line!r}"
        if current in ("Setup", "LangOptions", "Messages", "CustomMessages"):
            key, _, value = line.partition("=")
            sections[current].append((key.strip(), value.strip()))
        else:
            entry = {k: v.strip().strip('"') for k, v in ENTRY.findall(line)}
            assert entry, f"[{current}] line does not parse: {line!r}"
            sections[current].append(entry)
    return sections


@pytest.fixture(scope="module")
def iss() -> dict[str, list]:
    return parse_iss(package_data.ISS.read_text(encoding="utf-8"))


def test_setup_is_per_user_and_upgrades_in_place(iss) -> None:
    setup = dict(iss["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])  # fixed: upgrades in place
    for key in ("AppName", "AppVersion", "OutputBaseFilename", "UninstallDisplayIcon"):
        assert setup[key]


def test_english_and_french_installer_pages(iss) -> None:
    languages = {e["Name"]: e["MessagesFile"] for e in iss["Languages"]}
    assert languages == {"en": "compiler:Default.isl", "fr": "compiler:Languages\\French.isl"}


def test_start_menu_and_desktop_shortcuts_start_the_spec_executables(iss) -> None:
    icons = {e["Name"]: e for e in iss["Icons"]}
    gui = f"{{app}}\\{package_data.GUI_EXE}.exe"
    assert icons["{autoprograms}\\BM Desktop"]["Filename"] == gui
    assert icons["{autodesktop}\\BM Desktop"]["Filename"] == gui
    assert icons["{autodesktop}\\BM Desktop"]["Tasks"] == "desktopicon"
    self_test = icons["{autoprograms}\\BM Desktop self-test"]
    assert self_test["Filename"] == f"{{app}}\\{package_data.CLI_EXE}.exe"
    assert self_test["Parameters"].startswith("self-test")
    shipped = {PureWindowsPath(e["Source"]).name for e in iss["Files"]}
    assert {f"{package_data.GUI_EXE}.exe", f"{package_data.CLI_EXE}.exe"} <= shipped


def test_the_uninstaller_keeps_the_users_database(iss, monkeypatch, tmp_path) -> None:
    """The database is in the user data directory, never beside the frozen executable
    ({app}), and nothing the installer or uninstaller deletes reaches beyond {app}."""
    import sys

    from bm_desktop.db.engine import DB_ENV, default_database_path

    app = tmp_path / "Programs" / "BM Desktop"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "bm-desktop.exe"))
    monkeypatch.delenv(DB_ENV, raising=False)
    assert not default_database_path().is_relative_to(app)
    deleted = [
        e["Name"] for section in ("UninstallDelete", "InstallDelete") for e in iss.get(section, [])
    ]
    assert deleted and all(name.startswith("{app}\\") for name in deleted)


def test_the_data_files_come_from_the_wheels_list(iss) -> None:
    """Every data folder of the spec (pyproject's package-data) is installed, and the
    installer lists no data the wheel does not ship."""
    prefix = f"{package_data.FROZEN_PREFIX}\\{package_data.PACKAGE}\\"
    installed = {
        e["DestDir"].removeprefix("{app}\\")
        for e in iss["Files"]
        if e["DestDir"].startswith("{app}\\" + prefix)
    }
    spec_folders = {
        str(PureWindowsPath(package_data.FROZEN_PREFIX, dest))
        for _src, dest in package_data.pyinstaller_datas()
    }
    assert installed == spec_folders
    # and each installed pattern matches a file of the wheel's list
    wheel = package_data.data_files()
    for entry in iss["Files"]:
        source = PureWindowsPath(entry["Source"])
        if prefix not in str(source):
            continue
        rel = PurePosixPath(*source.parts[source.parts.index(package_data.PACKAGE) + 1 :])
        assert any(f.match(str(rel)) for f in wheel), f"{rel} matches nothing the wheel ships"


def test_a_new_data_pattern_shows_as_a_stale_installer_script(monkeypatch, capsys) -> None:
    """The generated block follows pyproject: a pattern added there makes the check fail
    until the script is regenerated."""
    assert package_data.main(["--check"]) == 0
    files, patterns = package_data.data_files(), package_data.patterns()
    monkeypatch.setattr(package_data, "patterns", lambda: [*patterns, "resources/icons/*.png"])
    monkeypatch.setattr(
        package_data, "data_files", lambda: [*files, PurePosixPath("resources/icons/app.png")]
    )
    assert package_data.main(["--check"]) == 1
    assert "stale" in capsys.readouterr().err
