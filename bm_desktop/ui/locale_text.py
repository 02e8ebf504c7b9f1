"""Place names in the window's language, from the same table as every output.

The programme's regions and provinces are stored under their English names (the
filters, the services and the database all work on those); the window shows them as
the reader's language names them ("Est de la RDC", "Sud-Kivu"), through
:func:`bm_desktop.domain.local_format.place_name`, the one table the workbooks, PDFs
and the HTML map use too. The window's language is the one installed with its
translators (``ui/translator.py`` sets Qt's default locale to match).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from bm_desktop.domain.local_format import place_name


def interface_lang() -> str:
    """``fr`` when the window speaks French, else ``en``."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def place_text(name: str | None) -> str:
    """A programme region or province as the window shows it (the stored name in English,
    the French name in French)."""
    return place_name(name, interface_lang())
