"""Translations: one catalogue for the Qt interface and for Qt-free output.

The French texts live in Qt Linguist files, ``bm_desktop/resources/translations/*_fr.ts``
(one per feature, editable in Qt Linguist). The interface reads them through
a ``QTranslator`` subclass (bm_desktop.ui.translator); workbooks, PDFs and the
command line read them through :func:`translate`. Reading the ``.ts`` files
directly means no generated ``.qm`` files to build or commit.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("en", "fr")


def resources_dir() -> Path:
    """The shipped resources (``$BM_DESKTOP_RESOURCES`` if set): package data, found
    through importlib.resources, so an installed wheel or a frozen build finds them too."""
    override = os.environ.get("BM_DESKTOP_RESOURCES")
    if override:
        return Path(override)
    from bm_desktop.resources import resource_dir

    return resource_dir()


def translations_dir() -> Path:
    return resources_dir() / "translations"


@lru_cache(maxsize=4)
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """Every finished translation for ``lang``: (context, source) -> text."""
    entries: dict[tuple[str, str], str] = {}
    if lang == "en":
        return entries
    for path in sorted(translations_dir().glob(f"*_{lang}.ts")):
        root = ET.parse(path).getroot()
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source")
                tr = msg.find("translation")
                if source is None or tr is None or not (tr.text or "").strip():
                    continue
                if tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                entries[(name, source)] = tr.text or ""
    return entries


def translate(context: str, text: str, lang: str) -> str:
    """``text`` in ``lang`` (falls back to the English source)."""
    if lang == "en":
        return text
    return catalogue(lang).get((context, text), text)
