"""Issue 16 §1: the data the app reads ships in the package, from one list.

The translations, the basemap and the user guide live under bm_desktop/resources/ and are
found through importlib.resources; pyproject's package-data (the wheel's list) must match
every one of them, and nothing may be left at the old top-level places, where it would
silently not ship."""

from __future__ import annotations

import ast
from pathlib import Path, PurePosixPath

from bm_desktop import i18n
from bm_desktop.resources import SUBDIRS, resource_dir
from installer import package_data

ROOT = Path(__file__).resolve().parents[1]


def test_every_shipped_resource_is_in_the_wheel_list() -> None:
    listed = set(package_data.data_files())
    on_disk = {
        PurePosixPath("resources", p.relative_to(resource_dir()).as_posix())
        for sub in SUBDIRS
        for p in resource_dir(sub).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert on_disk, "no resources found"
    missing = sorted(str(p) for p in on_disk - listed)
    assert not missing, f"not in pyproject's package-data, so not in the wheel: {missing}"


def test_no_translation_or_basemap_left_at_the_old_places() -> None:
    stray = sorted(
        str(p.relative_to(ROOT))
        for pattern in ("resources/translations/*.ts", "sample_geodata/*.gpkg", "docs/guide/*/*.md")
        for p in ROOT.glob(pattern)
    )
    assert not stray, (
        "these files moved into the package (issue 16) and would not ship "
        f"from here; move them under bm_desktop/resources/: {stray}"
    )


def test_the_translations_come_from_the_package() -> None:
    assert i18n.translations_dir() == resource_dir("translations")
    assert i18n.translate("MainWindow", "&Help", "fr") == "&Aide"


def test_no_module_reads_data_relative_to_the_checkout() -> None:
    """No ``Path(__file__).parents[n]`` that climbs out of the package (n >= 1 from a
    module in a sub-package reaches the package root or the checkout)."""
    offenders = []
    for path in (ROOT / "bm_desktop").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        depth = len(path.relative_to(ROOT / "bm_desktop").parts) - 1  # 0 for bm_desktop/x.py
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Subscript)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "parents"
                and isinstance(node.slice, ast.Constant)
                and isinstance(node.slice.value, int)
                and node.slice.value >= depth
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"paths that leave the package: {offenders}"


def test_the_installer_script_lists_the_same_data() -> None:
    text = package_data.ISS.read_text(encoding="utf-8")
    assert package_data.iss_current_block(text) == package_data.iss_block(), (
        "installer/bm-desktop.iss is stale: run `python installer/package_data.py --write`"
    )
