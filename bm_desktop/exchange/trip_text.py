"""Words of the trip outputs (workbook, PDF, GPX, KML) in the user's language.

Texts are English sources looked up in resources/translations/visits_fr.ts, context
``TripSheet`` (the plan's own templates: context ``TripPlan``).
"""

from __future__ import annotations

from collections.abc import Callable

from bm_desktop.i18n import translate

SHEET = "TripSheet"


def words(lang: str) -> Callable[[str], str]:
    """A function giving each English text of the trip outputs in ``lang``."""
    return lambda text: translate(SHEET, text, lang)


def plan_text(template: str, params: dict[str, object], lang: str) -> str:
    """A template of the plan (travel assumption, exclusion reason) in ``lang``; its
    decimal figures with a decimal comma in French ("x 1,3 à 40,0 km/h")."""
    local = {
        k: str(v).replace(".", ",") if lang == "fr" and isinstance(v, float) else v
        for k, v in params.items()
    }
    return translate("TripPlan", template, lang).format(**local)


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duration(minutes: float) -> str:
    m = round(minutes)
    return f"{m // 60} h {m % 60:02d}"
