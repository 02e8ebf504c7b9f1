"""Text that users read in workbooks, import reports and command output, in their language.

Messages are marked for Qt Linguist with :func:`QT_TRANSLATE_NOOP` (for tables
of constants) or written as ``words.translate("Context", "text")`` (two literal
arguments, so ``pyside6-lupdate`` finds them); the French lives in
``resources/translations/exchange_fr.ts`` and is read by
:func:`bm_desktop.i18n.translate`.
"""

from __future__ import annotations

from bm_desktop.i18n import translate as _translate

# The Linguist contexts of this package.
WORKBOOK = "ExchangeWorkbook"
IMPORT = "ExchangeImport"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (Linguist's marker name)
    """Mark ``text`` for translation in ``context``; returns it unchanged (English)."""
    return text


class Words:
    """Translations for one language (``lang`` is ``"en"`` or ``"fr"``)."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang if lang in ("en", "fr") else "en"

    def translate(self, context: str, text: str) -> str:
        return _translate(context, text, self.lang)

    def workbook(self, text: str) -> str:
        """A text marked elsewhere with ``QT_TRANSLATE_NOOP("ExchangeWorkbook", ...)``."""
        return _translate(WORKBOOK, text, self.lang)

    def message(self, text: str) -> str:
        """A text marked elsewhere with ``QT_TRANSLATE_NOOP("ExchangeImport", ...)``."""
        return _translate(IMPORT, text, self.lang)

    def name(self, english: str | None, french: str | None) -> str:
        """A reference name (risk area, category ...) stored in both languages."""
        if self.lang == "fr" and french:
            return french
        return english or french or ""

    def yes_no(self, value: bool) -> str:
        return (
            self.translate("ExchangeWorkbook", "Yes")
            if value
            else self.translate("ExchangeWorkbook", "No")
        )
