"""Matching place and mineral names as outside files spell them to the programme's own.

Registers and conflict-event tables write provinces in French ("Sud-Kivu"),
in English ("South Kivu"), with or without accents, hyphens or the word
"Province"; minerals in French ("Cassitérite", "Or", "Coltan").
"""

from __future__ import annotations

import unicodedata

from bm_desktop.domain.taxonomy import MINERAL_ALIASES


def fold(text: str) -> str:
    """Lower case, no accents, hyphens/underscores/apostrophes as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", str(text).strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    for ch in "-_'’.":
        text = text.replace(ch, " ")
    return " ".join(text.split())


# Folded spellings -> the programme's province name.
PROVINCE_ALIASES: dict[str, str] = {
    "sud kivu": "South Kivu",
    "south kivu": "South Kivu",
    "kivu sud": "South Kivu",
    "nord kivu": "North Kivu",
    "north kivu": "North Kivu",
    "kivu nord": "North Kivu",
    "maniema": "Maniema",
    "tanganyika": "Tanganyika",
    "tanganika": "Tanganyika",
    "ituri": "Ituri",
    "lualaba": "Lualaba",
    "haut katanga": "Haut-Katanga",
    "upper katanga": "Haut-Katanga",
    "kigali": "Kigali",
    "kigali city": "Kigali",
    "ville de kigali": "Kigali",
    "city of kigali": "Kigali",
    "northern": "Northern Province",
    "northern province": "Northern Province",
    "province du nord": "Northern Province",
    "amajyaruguru": "Northern Province",
    "southern": "Southern Province",
    "southern province": "Southern Province",
    "province du sud": "Southern Province",
    "amajyepfo": "Southern Province",
    "eastern": "Eastern Province",
    "eastern province": "Eastern Province",
    "province de l est": "Eastern Province",
    "iburasirazuba": "Eastern Province",
    "western": "Western Province",
    "western province": "Western Province",
    "province de l ouest": "Western Province",
    "iburengerazuba": "Western Province",
}


def province_name(text: str | None, known: dict[str, str]) -> str | None:
    """The programme's province for a spelling, or None. ``known`` maps folded stored
    names to stored names (so provinces an administrator added match too)."""
    if not text or not str(text).strip():
        return None
    key = fold(text)
    if key in known:
        return known[key]
    alias = PROVINCE_ALIASES.get(key) or PROVINCE_ALIASES.get(key.removesuffix(" province"))
    if alias and fold(alias) in known:
        return known[fold(alias)]
    return None


_MINERALS = {fold(k): v for k, v in MINERAL_ALIASES.items()}
_MINERALS.update(
    {
        "colombo tantalite": "tantalum",
        "columbite tantalite": "tantalum",
        "tantalite": "tantalum",
        "or alluvionnaire": "gold",
        "or filonien": "gold",
        "etain": "tin",
        "wolfram": "tungsten",
        "heterogenite": "cobalt",
    }
)


def mineral_code(text: str | None) -> str | None:
    """The mineral code for a name in French or English ("Cassitérite" -> "tin")."""
    if not text or not str(text).strip():
        return None
    return _MINERALS.get(fold(text))
