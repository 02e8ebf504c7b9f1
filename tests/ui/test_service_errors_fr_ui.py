"""A French user sees the services' refusals in French in the incident form and the
progress dialog (the English window keeps the English text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from bm_desktop.services import actions
from bm_desktop.services.actions import ActionDraft
from bm_desktop.ui.app import create_window
from tests.services.loop_data import build_small_programme
from tests.ui.test_incident_loop import pick, qd


@pytest.fixture
def french_window(qtbot, tmp_path: Path):
    from bm_desktop.db.engine import open_database
    from bm_desktop.db.reference_data import seed_reference_data
    from bm_desktop.ui.translator import install_language

    path = tmp_path / "fr.sqlite"
    database = open_database(path)
    with database.sessions.begin() as s:
        seed_reference_data(s)
    prog = build_small_programme(database)
    database.dispose()
    _app, win = create_window(path, empty=True, lang="fr")
    qtbot.addWidget(win)
    win.prog = prog
    yield win
    install_language(QApplication.instance(), "en")  # the next tests run in English


def test_incident_form_shows_a_future_date_refusal_in_french(qtbot, french_window) -> None:
    from bm_desktop.ui.incident_form import IncidentForm

    win = french_window
    form = IncidentForm(win.ctx)
    qtbot.addWidget(form)
    pick(form.site, win.prog.kolwezi)
    pick(form.risk_area, "child_labour")
    form.description.setPlainText("Enfants au puits")
    future = dt.date.today() + dt.timedelta(days=3)
    form.occurred.setDate(qd(future))
    form.accept()
    assert form.message.text() == (
        f"La date de l'incident, {future:%d/%m/%Y}, est dans le futur "
        f"(nous sommes le {dt.date.today():%d/%m/%Y})."
    )


def test_progress_dialog_shows_an_invalid_transition_in_french(qtbot, french_window) -> None:
    from bm_desktop.ui.progress_dialog import ProgressDialog

    win = french_window
    aid = actions.recommend(
        win.ctx.db,
        ActionDraft(
            kind="training",
            description="Former les chefs de puits",
            recommended_on=dt.date(2021, 9, 1),
            due_on=dt.date(2021, 12, 31),
            stakeholder_id=win.prog.cooperative,
            priority="high",
            site_id=win.prog.kolwezi,
            risk_area_code="child_labour",
        ),
    )
    dialog = ProgressDialog(
        "1 action",
        ["verified"],
        "coordinator",
        lambda draft: actions.progress(win.ctx.db, aid, draft),
        win,
    )
    qtbot.addWidget(dialog)
    dialog.on.setDate(qd(dt.date(2021, 10, 1)))
    dialog.accept()
    assert dialog.message.text().startswith(
        "Une action recommandée ne peut pas devenir vérifiée (la vérification confirme une "
        "mise en œuvre) ; possibles ensuite :"
    )
