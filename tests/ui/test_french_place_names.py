"""In French the window names the programme's regions in French: the Filters dock's
region boxes and the export dialog's region list read "Est de la RDC", never
"Eastern DRC" (and still choose the region as it is stored)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox

from bm_desktop.ui.app import create_window


def test_french_window_names_regions_in_french(qtbot, sample_db_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, db)
    app, window = create_window(db, lang="fr")
    try:
        qtbot.addWidget(window)
        dock = window.filters_dock
        labels = sorted(box.text() for box in dock.regions.values())
        assert labels == ["Est de la RDC", "Haut-Katanga", "Lualaba", "Rwanda"]
        assert not [b for b in dock.findChildren(QCheckBox) if b.text() == "Eastern DRC"]
        assert dock.regions["Eastern DRC"].text() == "Est de la RDC"  # keyed as stored
        dialog = window.exchange.export_dialog("incidents")
        qtbot.addWidget(dialog)
        shown = [dialog.region.itemText(i) for i in range(dialog.region.count())]
        assert "Est de la RDC" in shown and "Eastern DRC" not in shown
        dialog.region.setCurrentIndex(shown.index("Est de la RDC"))
        assert dialog.request().region == "Eastern DRC"
        window.close()
    finally:
        from bm_desktop.ui.translator import install_language

        install_language(app, "en")  # the next tests speak English again
        QLocale.setDefault(QLocale(QLocale.Language.English))
