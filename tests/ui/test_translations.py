"""French ships beside English: every string the interface marks for translation
has a finished French translation in resources/translations/*_fr.ts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from bm_desktop.i18n import catalogue, translations_dir

ROOT = Path(__file__).resolve().parents[2]


def test_every_interface_string_has_french(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "bm_desktop" / "ui").rglob("*.py"))
    ts = tmp_path / "all.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(ts)], check=True, capture_output=True, timeout=300
    )
    french = catalogue("fr")
    missing = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            if (name, source) not in french:
                where = msg.find("location")
                missing.append(
                    f"{where.get('filename') if where is not None else '?'}: [{name}] {source!r}"
                )
    assert not missing, f"{len(missing)} strings without French:\n" + "\n".join(missing[:50])


def test_catalogue_files_are_valid_linguist_files() -> None:
    files = sorted(translations_dir().glob("*_fr.ts"))
    assert files, "no French catalogue shipped"
    for path in files:
        root = ET.parse(path).getroot()
        assert root.tag == "TS"
        assert root.get("language", "").startswith("fr")
