"""Sensitive incident details in the window: masked in the incident form until the user
clicks Reveal (each showing recorded on this computer), kept as stored when the form is
saved without revealing them, and never shown to a government user."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from bm_desktop.domain.errors import ValidationError
from bm_desktop.services import incidents, sensitive_reveals
from bm_desktop.services.incidents import IncidentDraft, SensitiveDetails
from bm_desktop.ui.app import create_window
from bm_desktop.ui.incident_form import IncidentForm
from tests.services.loop_data import build_small_programme

VICTIM = "Wivine Kabongo, 14, daughter of the pit chief"
WITNESS = "Espoir Bahati, cooperative treasurer"
MASK = "•••• (click Reveal)"


@pytest.fixture
def window(qtbot, tmp_path: Path):
    from bm_desktop.db.engine import open_database
    from bm_desktop.db.reference_data import seed_reference_data

    path = tmp_path / "reveal.sqlite"
    database = open_database(path)
    with database.sessions.begin() as s:
        seed_reference_data(s)
    build_small_programme(database)
    iid = incidents.record(
        database,
        IncidentDraft(
            occurred_on=dt.date(2022, 3, 1),
            reported_on=dt.date(2022, 3, 2),
            risk_area_code="child_labour",
            description="Children at the washing ponds",
            site_code="KZ-01",
            minors_involved=1,
            sensitive=SensitiveDetails(VICTIM, WITNESS, None),
        ),
        today=dt.date(2022, 3, 31),
    )
    database.dispose()
    _app, win = create_window(path, empty=True, lang="en")
    qtbot.addWidget(win)
    win.incident_id = iid
    return win


def open_form(qtbot, win) -> IncidentForm:  # noqa: ANN001
    form = IncidentForm(win.ctx, incidents.get(win.ctx.db, win.incident_id, win.ctx.role))
    qtbot.addWidget(form)
    form.show()
    return form


def test_details_are_masked_until_revealed_and_the_reveal_is_recorded(qtbot, window) -> None:
    form = open_form(qtbot, window)
    edits = form.findChildren(QPlainTextEdit)
    assert not [e for e in edits if VICTIM in e.toPlainText() or WITNESS in e.toPlainText()]
    assert form.victims.toPlainText() == MASK and form.victims.isReadOnly()
    assert sensitive_reveals.reveals(window.ctx.db) == []
    button = form.findChild(QPushButton, "reveal_sensitive")
    form.tabs.setCurrentIndex(1)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert form.victims.toPlainText() == VICTIM and form.witnesses.toPlainText() == WITNESS
    assert not form.victims.isReadOnly() and not button.isVisible()
    shown = sensitive_reveals.reveals(window.ctx.db, window.incident_id)
    assert [(r.incident_id, r.role) for r in shown] == [(window.incident_id, "coordinator")]
    assert not form.has_unsaved_work()  # revealing is no edit: Escape closes at once
    form.close()


def test_saving_without_revealing_keeps_the_stored_details(qtbot, window) -> None:
    form = open_form(qtbot, window)
    form.description.setPlainText("Children at the washing ponds, three of them")
    draft = form.current_draft()
    form.discard_without_asking()
    incidents.edit(window.ctx.db, window.incident_id, draft, today=dt.date(2022, 3, 31))
    stored = incidents.get(window.ctx.db, window.incident_id, "coordinator")
    assert stored.description.endswith("three of them")
    assert stored.sensitive == SensitiveDetails(VICTIM, WITNESS, None)


def test_government_never_gets_them(qtbot, window) -> None:
    window.ctx.role = "government"
    form = open_form(qtbot, window)
    texts = [form.tabs.tabText(i) for i in range(form.tabs.count())]
    assert texts == ["Incident"]
    assert form.findChild(QPushButton, "reveal_sensitive") is None
    with pytest.raises(ValidationError):
        sensitive_reveals.reveal(window.ctx.db, window.incident_id, "government")
    assert sensitive_reveals.reveals(window.ctx.db) == []
    form.close()


def test_export_option_warns_where_the_readable_details_go(qtbot, window, tmp_path) -> None:
    from PySide6.QtWidgets import QCheckBox, QLabel

    from bm_desktop.exchange.exports.catalogue import EXPORTS
    from bm_desktop.ui.exchange.export_dialog import ExportDialog

    dialog = ExportDialog(window.ctx, EXPORTS["incidents"])
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.findChild(QLabel, "sensitive_warning")
    option = next(
        b
        for b in dialog.findChildren(QCheckBox)
        if b.text().startswith("Include sensitive incident details")
    )
    assert not option.isChecked() and not warning.isVisible()
    assert not dialog.request().include_sensitive  # left out unless ticked
    file_field = dialog.file  # "Save as"
    target = str(tmp_path / "for the ministry.xlsx")
    QTest.mouseClick(
        option, Qt.MouseButton.LeftButton, pos=option.rect().bottomLeft() + QPoint(4, -4)
    )
    file_field.selectAll()
    QTest.keyClicks(file_field, target)
    assert warning.isVisible()
    assert warning.text().startswith(
        f"The workbook {target} will hold victims' and witnesses' "
        "details in readable form: it is not encrypted"
    )
    assert dialog.request().include_sensitive
