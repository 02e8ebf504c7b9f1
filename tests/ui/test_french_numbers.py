"""In French the window writes numbers the French way and says where the data come from
in French: "3,100" would read as three point one."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QLocale, Qt

from bm_desktop.ui.app import create_window
from bm_desktop.ui.theme import percent_text

GROUP_SEPARATORS = ("\u202f", "\u00a0", " ")


def test_french_window_numbers_and_source_line(qtbot, sample_db_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, db)
    try:
        _app, window = create_window(db, lang="fr")
        qtbot.addWidget(window)
        assert window._source_label.text() == "Données d'exemple fictives générées par BM Desktop"
        model = window.sites_dock.model
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        assert "Creuseurs" in headers, headers  # artisanal miners, not "Mineurs" (minors)
        miners_col = headers.index("Creuseurs")
        shown = [model.data(model.index(r, miners_col)) for r in range(model.rowCount())]
        big = [t for t in shown if t and len(t) > 4]
        assert big, shown  # sites with a thousand miners or more
        assert all("," not in t and any(sep in t for sep in GROUP_SEPARATORS) for t in big)
        # shares: a decimal comma and a space before the sign; no English "n/a"
        assert percent_text(0.8087) == "81\u202f%"
        assert percent_text(0.8087, 1) == "80,9\u202f%"
        assert percent_text(None) == "n.d."
        window.close()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_english_percentages(qapp) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English))
    assert (percent_text(0.8087), percent_text(0.8087, 1)) == ("81%", "80.9%")
