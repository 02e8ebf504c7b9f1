"""Fill a Qt Linguist .ts file from a JSON dictionary {source: translation}.

Usage: python tools/ts_fill.py bm_desktop/resources/translations/x_fr.ts translations.json
Messages found in the dictionary get the translation and lose type="unfinished";
the script prints the sources still untranslated.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, mapping: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if source in mapping:
            tr.text = mapping[source]
            tr.attrib.pop("type", None)
        elif tr.get("type") == "unfinished" or not (tr.text or "").strip():
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as fh:
        left = fill(sys.argv[1], json.load(fh))
    for source in left:
        print("untranslated:", source)
