"""Installs French (or English) for the interface, reading the feature .ts files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bm_desktop.i18n import catalogue


class CatalogueTranslator(QTranslator):
    """A QTranslator over the project's Qt Linguist catalogue (see bm_desktop.i18n)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self._entries = catalogue(lang)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # noqa: D401  (Qt override)
        # None (a null QString) means "no translation here": Qt then falls back to the
        # source. An empty string would count as a translation, and PySide's tr(), which
        # tries the base classes' contexts when a translation equals its source (French
        # "Programme", "Site", "Description"), would end on that empty string.
        return self._entries.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802  (Qt override)
        return not self._entries


_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, lang: str) -> str:
    """Install the app's and Qt's own translations for ``lang``; returns the language used."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang not in ("en", "fr"):
        lang = "fr" if QLocale.system().name().startswith("fr") else "en"
    QLocale.setDefault(
        QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English)
    )
    if lang == "fr":
        qt = QTranslator()
        if qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        ours = CatalogueTranslator(lang)
        app.installTranslator(ours)
        _installed.append(ours)
    return lang
