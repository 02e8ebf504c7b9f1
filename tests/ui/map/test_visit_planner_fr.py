"""A French manager sees the planner in French: the dock's labels, each factor of the
ranking, the plan's days and its travel assumption, and the visit form's refusal."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication


def test_the_planner_speaks_french(qtbot, sample_db_file: Path, tmp_path: Path) -> None:
    from bm_desktop.ui.app import create_window
    from bm_desktop.ui.translator import install_language
    from bm_desktop.ui.visit_record_dialog import VisitRecordDialog
    from tests.ui.map.conftest import close_window

    path = tmp_path / "sample.sqlite"
    shutil.copy(sample_db_file, path)
    _app, window = create_window(path, empty=True, lang="fr")
    qtbot.addWidget(window)
    try:
        dock = window.visit_planner_dock
        assert dock.windowTitle() == "Planificateur de visites"
        assert dock.plan_button.text() == "Planifier la mission"
        dock.first_day.setDate(QDate(dt.date(2023, 1, 9)))
        dock.choose_area("Rwanda")
        qtbot.waitUntil(lambda: dock.table.rowCount() == 16, timeout=20000)
        why = dock.table.item(0, 3).text()
        top = dock.ranked[0].factors[0]
        french = {
            "unverified_severe": "Incidents élevés ou critiques non vérifiés",
            "overdue_actions": "Actions en retard",
            "visit_due": "Jours au-delà de l'intervalle de visite",
            "wfcl": "Incidents de pires formes de travail des enfants",
        }[top.key]
        assert why.startswith(f"{french} ({top.amount:g}) : {top.points:g} pts")
        dock.top.setValue(4)
        qtbot.mouseClick(dock.plan_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dock.plan is not None, timeout=30000)
        text = dock.summary.toPlainText()
        assert "Jour 1 (09/01/2023) : " in text
        assert "Temps de trajet : Distance à vol d'oiseau x 1,3 à 40,0 km/h" in text
        dialog = VisitRecordDialog(window.ctx, dock.plan, dock)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        assert dialog.message.text() == "Indiquez qui a effectué la visite."
        dialog.close()
    finally:
        close_window(window)
        install_language(QApplication.instance(), "en")  # the next tests run in English
