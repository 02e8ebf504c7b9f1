"""Dates, percentages, numbers and place names as a French or English reader writes them.

French deliverables write dates JJ/MM/AAAA, a decimal comma and a narrow no-break space
before the percent sign ("78,1 %"); the programme's regions and provinces have French
names ("Est de la RDC", "Sud-Kivu"). Qt-free, so workbooks, PDFs, the HTML map and the
window all say the same.
"""

from __future__ import annotations

import datetime as dt

NNBSP = "\u202f"  # narrow no-break space: French thousands and "78,1 %"

# Programme regions and provinces as stored (English) -> French. Names that are the
# same in both languages (Lualaba, Haut-Katanga, Kigali, Rwanda...) are not listed.
PLACE_NAMES_FR = {
    "Eastern DRC": "Est de la RDC",
    "South Kivu": "Sud-Kivu",
    "North Kivu": "Nord-Kivu",
    "Northern Province": "Province du Nord",
    "Southern Province": "Province du Sud",
    "Eastern Province": "Province de l'Est",
    "Western Province": "Province de l'Ouest",
    "Orientale": "Province Orientale",
    "Democratic Republic of the Congo": "République démocratique du Congo",
}


def place_name(name: str | None, lang: str) -> str:
    """A programme region or province name in ``lang`` (French from the table above)."""
    if not name:
        return ""
    return PLACE_NAMES_FR.get(name, name) if lang == "fr" else name


def day_text(day: dt.date) -> str:
    """A day as the window and the agenda write it: day first (31/03/2022) in English and
    French alike, as people in the programme's countries write dates."""
    return day.strftime("%d/%m/%Y")


def date_text(day: dt.date | None, lang: str) -> str:
    """``2022-03-31`` in English (ISO), ``31/03/2022`` in French."""
    if day is None:
        return ""
    return day_text(day) if lang == "fr" else day.isoformat()


def number_text(value: float, lang: str, decimals: int = 0) -> str:
    """``1,234.5`` in English, ``1 234,5`` in French."""
    text = f"{value:,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", NNBSP).replace(".", ",")
    return text


def percent_text(share: float | None, lang: str, decimals: int = 1) -> str:
    """A share (0.781) as ``78.1%`` in English and ``78,1 %`` in French; ``n/a`` / ``n.d.``
    when there is nothing to divide by."""
    if share is None:
        return "n.d." if lang == "fr" else "n/a"
    text = number_text(share * 100, lang, decimals)
    return f"{text}{NNBSP}%" if lang == "fr" else f"{text}%"
