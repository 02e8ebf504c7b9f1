"""Monitors' submissions in the window: the import menu reads an ODK Central export, and
the incident form shows the photos of the submission."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from bm_desktop.db.engine import open_database
from bm_desktop.db.models import Incident, Site
from bm_desktop.exchange.xlsform import export_form
from bm_desktop.services import incidents as incident_service
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.incident_form import IncidentForm
from bm_desktop.ui.settings import Settings
from tests.exchange.test_odk_central_pull import server  # noqa: F401 - fixture
from tests.exchange.test_odk_submissions import central_zip
from tests.ui.test_exchange_ui import Host


def _png(width: int = 400, height: int = 300) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("darkorange"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


@pytest.fixture
def host(qtbot, sample_db_file, tmp_path):
    from bm_desktop.ui.exchange.feature import install

    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    db = open_database(path)
    window = Host(AppContext(db=db, settings=Settings(), lang="en", role="coordinator"))
    qtbot.addWidget(window)
    window.exchange = install(window)
    yield window
    db.dispose()


def test_import_submissions_from_the_menu_then_see_the_photo(host, qtbot, tmp_path) -> None:
    db = host.ctx.db
    version = export_form(db, tmp_path / "form.xlsx", "Eastern DRC")
    with db.sessions() as s:
        site = s.scalar(select(Site).where(Site.code == "SK-01"))
        where = (site.latitude, site.longitude)
    export = central_zip(
        tmp_path / "bm_incident.zip",
        version,
        where,
        [("f1", "f1", 3, "Enfants au puits")],
        photo=_png(),
    )
    assert "Monitors' submissions (ODK Central, KoboToolbox)…" in [
        a.text() for a in host.exchange.import_menu.actions()
    ]
    dialog = host.exchange.preview("submissions", export)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert "1 added, 0 updated, 0 removed, 0 unchanged, 0 rejected" in dialog.summary.text()
    with (
        qtbot.waitSignal(host.ctx.data.changed, timeout=30000) as changed,
        qtbot.waitSignal(host.exchange.import_finished, timeout=30000),
    ):
        dialog.import_button.click()
    assert "incidents" in changed.args[0]
    with db.sessions() as s:
        incident_id = s.scalar(select(Incident.id).where(Incident.submission_id == "f1"))
    form = IncidentForm(host.ctx, incident_service.get(db, incident_id, "coordinator"))
    qtbot.addWidget(form)
    form.show()
    [thumb], [link] = form.photo_thumbnails, form.photo_links
    assert thumb.isVisible() and thumb.pixmap().width() == IncidentForm.THUMBNAIL
    assert thumb.pixmap().height() == 72  # 400 x 300 kept in proportion
    assert ">f1.jpg</a>" in link.text() and "programme-media/f1/f1.jpg" in link.text()
    assert form.reported_by.text() == "Amani"
    assert dt.date(2022, 11, 3) == form.occurred.date().toPython()


def test_photo_missing_from_the_media_folder_is_said(host, qtbot, tmp_path) -> None:
    db = host.ctx.db
    version = export_form(db, tmp_path / "form.xlsx", "Eastern DRC")
    with db.sessions() as s:
        site = s.scalar(select(Site).where(Site.code == "SK-01"))
        where = (site.latitude, site.longitude)
    from bm_desktop.exchange.imports.runner import ImportOptions, run_import
    from bm_desktop.exchange.imports.submissions import media_folder

    run_import(
        db,
        "submissions",
        central_zip(tmp_path / "e.zip", version, where, [("g1", "g1", 3, "Éboulement")]),
        ImportOptions(today=dt.date(2023, 1, 10)),
    )
    shutil.rmtree(media_folder(db.path))
    with db.sessions() as s:
        incident_id = s.scalar(select(Incident.id).where(Incident.submission_id == "g1"))
    form = IncidentForm(host.ctx, incident_service.get(db, incident_id, "coordinator"))
    qtbot.addWidget(form)
    assert [link.text() for link in form.photo_links] == ["g1.jpg (not in the media folder)"]


def test_pull_from_odk_central_through_the_preview(host, qtbot, tmp_path, server) -> None:  # noqa: F811
    central, url = server
    db = host.ctx.db
    version = export_form(db, tmp_path / "form.xlsx", "Eastern DRC")
    with db.sessions() as s:
        site = s.scalar(select(Site).where(Site.code == "SK-01"))
        where = (site.latitude, site.longitude)
    central.zip = central_zip(
        tmp_path / "c.zip", version, where, [("w1", "w1", 3, "Tir en l'air")]
    ).read_bytes()
    assert "Monitors' submissions from ODK Central…" in [
        a.text() for a in host.exchange.import_menu.actions()
    ]
    dialog = host.exchange.open_central()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.url, url)
    dialog.project.selectAll()
    qtbot.keyClicks(dialog.project, "3")
    qtbot.keyClicks(dialog.email, "coord@example.org")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # no password yet: it says so and stays
    assert dialog.message.text() == "Enter your ODK Central password."
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            host.exchange.preview_dialog is not None
            and host.exchange.preview_dialog.report is not None
        ),
        timeout=30000,
    )
    preview = host.exchange.preview_dialog
    qtbot.addWidget(preview)
    assert "1 added, 0 updated, 0 removed, 0 unchanged, 0 rejected" in preview.summary.text()
    with qtbot.waitSignal(host.exchange.import_finished, timeout=30000):
        preview.import_button.click()
    with db.sessions() as s:
        assert (
            s.scalar(select(Incident.description).where(Incident.submission_id == "w1"))
            == "Tir en l'air"
        )
    # remembered for next time, except the password
    again = host.exchange.open_central()
    qtbot.addWidget(again)
    assert (again.url.text(), again.project.value(), again.email.text(), again.password.text()) == (
        url,
        3,
        "coord@example.org",
        "",
    )


def test_a_refused_login_is_shown(host, qtbot, server) -> None:  # noqa: F811
    _central, url = server
    dialog = host.exchange.open_central()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.url, url)
    qtbot.keyClicks(dialog.email, "coord@example.org")
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(host.errors), timeout=30000)
    assert "refused the email or password of coord@example.org" in str(host.errors[0])
    assert host.exchange.preview_dialog is None
