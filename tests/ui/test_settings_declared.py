"""One place for settings (issue 18 §4): every key the code reads or writes is declared
in ui/settings.py with its type and default, nothing else touches QSettings, and a
settings file of an older version is upgraded (renamed keys keep their values)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from bm_desktop.ui import settings as settings_module
from bm_desktop.ui.settings import OPTIONS, SETTINGS_VERSION, Settings, declare

PACKAGE = Path(__file__).resolve().parents[2] / "bm_desktop"
UI = PACKAGE / "ui"  # Qt's settings live there only (Qt stays in ui: the layers contract)
DECLARATIONS = UI / "settings.py"
KEY = re.compile(r"[a-z]+/[a-z_]+")
NAMED = {
    name: value.key
    for name, value in vars(settings_module).items()
    if isinstance(value, settings_module.Option)
}


def _sources() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(UI.rglob("*.py"))
        if path != DECLARATIONS
    ]


def _keys_used() -> dict[str, list[str]]:
    """Setting keys the code passes to get/set (``settings.get("map/view")``, the
    planner's ``g("planner/weight_wfcl")``) or names through a declared option."""
    used: dict[str, list[str]] = {}
    for path, tree in _sources():
        for node in ast.walk(tree):
            key = None
            if isinstance(node, ast.Call) and node.args:
                name = (
                    node.func.attr
                    if isinstance(node.func, ast.Attribute)
                    else getattr(node.func, "id", "")
                )
                first = node.args[0]
                if (
                    name in {"get", "set", "g"}
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                    and KEY.fullmatch(first.value)
                ):
                    key = first.value
            elif (
                isinstance(node, ast.Attribute)
                and node.attr == "key"
                and isinstance(node.value, ast.Name)
                and node.value.id in NAMED
            ):
                key = NAMED[node.value.id]
            if key is not None:
                used.setdefault(key, []).append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return used


def test_every_key_the_code_uses_is_declared_and_every_declaration_is_used() -> None:
    used = _keys_used()
    undeclared = {k: where for k, where in used.items() if k not in OPTIONS}
    assert undeclared == {}
    assert sorted(set(OPTIONS) - set(used)) == []


def test_only_the_declarations_touch_qsettings() -> None:
    touching = [
        str(path.relative_to(PACKAGE))
        for path, tree in _sources()
        if any(isinstance(n, ast.Name) and n.id == "QSettings" for n in ast.walk(tree))
        or any(
            isinstance(n, ast.Attribute)
            and n.attr in {"value", "setValue"}
            and "settings" in ast.unparse(n.value).lower()
            for n in ast.walk(tree)
        )
    ]
    assert touching == []


def test_each_declaration_has_a_type_its_default_fits(tmp_path: Path) -> None:
    for option in OPTIONS.values():
        assert isinstance(option.default, option.type), option.key
    with pytest.raises(TypeError, match="is not a float"):
        declare("test/weight", float, "heavy", "Weight")
    with pytest.raises(ValueError, match="declared twice"):
        declare("map/view", list, [], "Last map view")
    settings = Settings(tmp_path / "settings.ini")
    with pytest.raises(KeyError, match="not declared"):
        settings.get("map/legend")
    with pytest.raises(KeyError, match="not declared"):
        settings.set("map/zoom", 3)


def test_values_come_back_as_their_declared_type(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("meta/version", SETTINGS_VERSION)
    raw.setValue("planner/weight_wfcl", "12")  # hand-edited INI: text
    raw.setValue("planner/target_interval_days", "sixty")  # unreadable: the default
    raw.setValue("sync/automatic", "false")
    raw.setValue("map/layer_order", '{"not": "a list"}')
    raw.sync()
    settings = Settings(path)
    assert settings.get("planner/weight_wfcl") == 12.0
    assert settings.get("planner/target_interval_days") == 90
    assert settings.get("sync/automatic") is False
    assert settings.get("map/layer_order") == []
    settings.set("map/view", [1.0, 2.0, 3.0, 4.0])
    assert Settings(path).get("map/view") == [1.0, 2.0, 3.0, 4.0]


@pytest.mark.parametrize("version", [None, 1])
def test_an_older_settings_file_is_upgraded(tmp_path: Path, version: int | None) -> None:
    """A file written before versions (None) or by version 1 had ``map/legend``; it is
    ``map/legend_visible`` now and the user's choice (legend hidden) survives."""
    path = tmp_path / "settings.ini"
    lines = [] if version is None else ["[meta]", f"version={version}", ""]
    path.write_text(
        "\n".join(
            [*lines, "[map]", "legend=false", "legend_side=left", "", "[ui]", "role=government", ""]
        ),
        encoding="utf-8",
    )
    settings = Settings(path)
    assert settings.get("map/legend_visible") is False
    assert settings.get("map/legend_side") == "left"
    assert settings.get("ui/role") == "government"
    settings.sync()
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    assert not raw.contains("map/legend")
    assert int(raw.value("meta/version")) == SETTINGS_VERSION == 2


def test_a_new_settings_file_starts_at_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert settings.get("map/legend_visible") is True
    settings.sync()
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    assert int(raw.value("meta/version")) == SETTINGS_VERSION
