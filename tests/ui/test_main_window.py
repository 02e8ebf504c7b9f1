"""The main window opens on a database and shows its sites."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from bm_desktop.db.models import Country, ProgrammeRegion, Site
from bm_desktop.ui.app import create_window
from bm_desktop.ui.settings import Settings


def _add_site(path: Path) -> None:
    from bm_desktop.db.engine import open_database
    from bm_desktop.db.reference_data import seed_reference_data

    database = open_database(path)
    with database.sessions.begin() as s:
        seed_reference_data(s)
        cod = s.scalar(select(Country).where(Country.iso3 == "COD"))
        region = s.scalar(select(ProgrammeRegion).where(ProgrammeRegion.name == "Lualaba"))
        s.add(
            Site(
                code="LUA-001",
                name="Karajipopo",
                longitude=25.47,
                latitude=-10.72,
                country_id=cod.id,
                region_id=region.id,
                status="active",
                joined_on=dt.date(2019, 1, 1),
            )
        )
    database.dispose()


def test_window_lists_sites_and_remembers_layout(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    _add_site(path)
    _app, window = create_window(path, empty=True, lang="en")
    qtbot.addWidget(window)
    model = window.sites_dock.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "Karajipopo"
    assert model.data(model.index(0, 2)) == "Lualaba"
    window.resize(1234, 777)
    window.close()
    assert Settings().get("ui/geometry")  # saved on close, to the test's own settings


def test_settings_are_declared_and_isolated(tmp_path: Path) -> None:
    settings = Settings()
    assert str(settings.path).startswith(str(Path.home()))
    settings.set("ui/role", "government")
    assert Settings().get("ui/role") == "government"
    import pytest

    with pytest.raises(KeyError):
        settings.set("not/declared", 1)


def test_french_interface(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "fr.sqlite"
    _add_site(path)
    app, window = create_window(path, empty=True, lang="fr")
    qtbot.addWidget(window)
    try:
        assert window.file_menu.title() == "&Fichier"
        model = window.sites_dock.model
        assert model.headerData(2, Qt.Orientation.Horizontal) == "Région"
        assert window.sites_dock.model.data(window.sites_dock.model.index(0, 5)) == "Actif"
    finally:
        from bm_desktop.ui.translator import install_language

        install_language(app, "en")


def _ui_namespace() -> dict[str, object]:
    """Every class the window's modules define or import, to resolve its annotations."""
    import sys

    import PySide6.QtGui
    import PySide6.QtWidgets

    names: dict[str, object] = {}
    for module in [m for name, m in sys.modules.items() if name.startswith("bm_desktop.ui")]:
        names.update({k: v for k, v in vars(module).items() if isinstance(v, type)})
    for module in (PySide6.QtGui, PySide6.QtWidgets):
        names.update({k: getattr(module, k) for k in dir(module) if k.startswith("Q")})
    return names


def test_every_part_of_the_window_is_declared_in_main_window_with_its_type(
    qtbot, tmp_path: Path
) -> None:
    """Issue 18 §3: no feature adds an attribute the main window does not declare, so
    "go to definition" and mypy follow ``window.sites_dock`` and the others."""
    import re
    import typing

    from bm_desktop.ui import main_window
    from bm_desktop.ui.main_window import MainWindow

    path = tmp_path / "w.sqlite"
    _add_site(path)
    _app, window = create_window(path, empty=True, lang="en")
    qtbot.addWidget(window)
    declared = typing.get_type_hints(MainWindow, localns=_ui_namespace())
    for name, kind in declared.items():  # each part is there, of its declared type
        assert isinstance(getattr(window, name), typing.get_origin(kind) or kind), name
    source = Path(main_window.__file__).read_text(encoding="utf-8")
    in_main_window = set(re.findall(r"self\.(\w+)", source))
    added_elsewhere = {
        name
        for name in vars(window)
        if not name.startswith("_")
        and not hasattr(MainWindow, name)  # (Qt's signals, cached)
        and name not in declared
        and name not in in_main_window
    }
    assert added_elsewhere == set()
    assert {
        "sites_dock",
        "map_canvas",
        "incident_register",
        "exchange",
        "print_feature",
        "sync",
        "help",
        "undo_stack",
        "idle_lock",
    } <= set(declared)
    window.close()
