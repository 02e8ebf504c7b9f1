"""Sync in the window: connecting with a progress bar, the status bar in plain words,
the conflicts dialog, failures shown without pop-ups."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest
from sqlalchemy import select

from bm_desktop.db.models import Incident, Site
from bm_desktop.db.reference_data import reference_id
from bm_desktop.services.sync_state import LocalStatus
from bm_desktop.sync.server.store import open_store
from bm_desktop.ui.app import create_window
from bm_desktop.ui.sync_status import SyncStatusButton

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
warnings.filterwarnings("ignore", message="You should not use the 'timeout' argument")
from tests.sync.conftest import _migrated_sqlite  # noqa: E402
from tests.sync.world import SyncWorld, password_of  # noqa: E402

pytestmark = [
    pytest.mark.filterwarnings("ignore:You should not use the 'timeout'"),
    pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`"),
]


@pytest.fixture
def world(tmp_path: Path):
    template = _migrated_sqlite(tmp_path / "template.sqlite", seed=False)
    store = open_store(str(tmp_path / "server.sqlite"))
    from bm_desktop.sync.server.store import seed_reference

    seed_reference(store)
    w = SyncWorld(store, tmp_path, template)
    w.user("admin")
    w.add_site("IT-01")
    yield w
    w.close()
    store.dispose()


def status(**values) -> LocalStatus:
    base = dict(
        server_url="https://sync.example.org",
        username="amani",
        role="coordinator",
        attached=True,
        last_success_at=None,
        last_attempt_at=None,
        last_error=None,
        failures=0,
        pending=0,
        rejected=0,
        open_conflicts=0,
    )
    return LocalStatus(**{**base, **values})


def test_status_bar_says_what_happened_in_plain_words(qtbot) -> None:
    from PySide6.QtWidgets import QMenu

    button = SyncStatusButton(QMenu())
    qtbot.addWidget(button)
    now = dt.datetime.now()
    utc = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    text, _tip = button.text_for(status(attached=False), False)
    assert text == "Not connected to a server"
    text, tip = button.text_for(status(last_success_at=utc - dt.timedelta(minutes=1)), False, now)
    assert text.startswith("Synced today at ")
    assert "sync.example.org" in tip and "Last successful sync: today at" in tip
    text, tip = button.text_for(
        status(
            last_success_at=utc - dt.timedelta(days=1),
            last_error="Cannot reach the server x: check the connection.",
            pending=3,
            open_conflicts=1,
            rejected=2,
        ),
        False,
        now,
    )
    assert text == (
        "Sync failed · changes waiting: 3 · conflicts to review: 1 · refused changes: 2"
    )
    assert "Last attempt failed: Cannot reach the server" in tip
    assert "Last successful sync: yesterday at" in tip
    assert "Nothing is lost" in tip
    assert button.text_for(status(), True)[0] == "Synchronising…"


def _window(qtbot, world: SyncWorld, tmp_path: Path, name: str = "laptop"):
    _app, window = create_window(tmp_path / f"{name}.sqlite", empty=True, lang="en")
    qtbot.addWidget(window)
    window.sync.controller._http = world.http  # talk to the in-process server
    return window


def test_first_connection_shows_progress_and_fills_the_window(qtbot, world, tmp_path) -> None:
    window = _window(qtbot, world, tmp_path)
    feature = window.sync
    assert feature.button.text() == "Not connected to a server"
    dialog = feature.open_connect()
    qtbot.addWidget(dialog)
    assert not dialog.choice.isVisible()  # nothing here to replace
    dialog.server.setText("http://127.0.0.1")
    dialog.user.setText("admin")
    dialog.password.setText(password_of("admin"))
    steps: list[tuple[int, int]] = []
    feature.controller.progress.connect(lambda d, t, s: steps.append((d, t)))
    with qtbot.waitSignal(feature.controller.synced, timeout=30_000):
        dialog.connect_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert steps and steps[-1][0] == steps[-1][1] > 0
    assert dialog.progress.value() == dialog.progress.maximum() > 0
    assert feature.button.text().startswith("Synced today at")
    assert "Tools" in window.tools_menu.title().replace("&", "")
    assert window.sites_dock.model.rowCount() == 1  # the window reloaded the synced sites


def test_an_unencrypted_address_is_used_only_once_the_box_is_ticked(qtbot, world, tmp_path) -> None:
    from PySide6.QtCore import Qt

    window = _window(qtbot, world, tmp_path)
    feature = window.sync
    dialog = feature.open_connect()
    qtbot.addWidget(dialog)
    assert not dialog.http_warning.isVisible() and not dialog.allow_http.isVisible()
    qtbot.keyClicks(dialog.server, "https://sync.example.org")
    assert not dialog.http_warning.isVisible()
    dialog.server.clear()
    qtbot.keyClicks(dialog.server, "http://192.0.2.10:8765")
    assert dialog.http_warning.isVisible() and dialog.allow_http.isVisible()
    assert "not encrypted" in dialog.http_warning.text()
    qtbot.keyClicks(dialog.user, "admin")
    qtbot.keyClicks(dialog.password, password_of("admin"))
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "tick the box to allow it" in dialog.message.text()
    assert not feature.controller.running and dialog.isVisible()  # nothing was sent
    qtbot.mouseClick(dialog.allow_http, Qt.MouseButton.LeftButton)
    assert dialog.allow_http.isChecked()
    with qtbot.waitSignal(feature.controller.synced, timeout=30_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.ctx.settings.get("sync/insecure_server") == "http://192.0.2.10:8765"
    assert feature.controller.client.transport.allow_http  # background syncs may use it too


def test_background_failure_is_shown_in_the_status_bar_not_as_a_popup(
    qtbot, world, tmp_path, monkeypatch
) -> None:
    window = _window(qtbot, world, tmp_path)
    controller = window.sync.controller
    with qtbot.waitSignal(controller.synced, timeout=30_000):
        controller.connect_to(
            "http://127.0.0.1", "admin", password_of("admin"), remember=False, first_connection=None
        )
    popups = []
    monkeypatch.setattr(window, "show_error", lambda exc: popups.append(exc))
    import httpx

    def refuse(request):
        raise httpx.ConnectError("no route to host", request=request)

    controller.client.transport.http = httpx.Client(transport=httpx.MockTransport(refuse))
    controller.client.transport.sleep = lambda _s: None
    with qtbot.waitSignal(controller.failed, timeout=30_000):
        window.sync.sync_now()
    assert window.sync.button.text().startswith("Sync failed")
    assert "Cannot reach the server" in window.sync.button.toolTip()
    assert popups == []
    assert controller.timer.isActive()
    assert controller.timer.remainingTime() <= 35_000  # retried soon, not in 10 minutes


def test_conflicts_dialog_shows_both_versions_and_keeps_the_choice(qtbot, world, tmp_path) -> None:
    window = _window(qtbot, world, tmp_path)
    controller = window.sync.controller
    with qtbot.waitSignal(controller.synced, timeout=30_000):
        controller.connect_to(
            "http://127.0.0.1", "admin", password_of("admin"), remember=False, first_connection=None
        )
    other = world.laptop("other", "admin")
    other.sync()
    db = window.ctx.db
    site = db.sessions().scalar(select(Site.id))
    with db.sessions.begin() as s:
        inc = Incident(
            site_id=site,
            occurred_on=dt.date(2021, 7, 1),
            reported_on=dt.date(2021, 7, 2),
            risk_area_id=reference_id("risk_areas", "child_labour"),
            description="Two children at the washing point",
        )
        s.add(inc)
    with qtbot.waitSignal(controller.synced, timeout=30_000):
        window.sync.sync_now()
    other.sync()
    with db.sessions.begin() as s:
        s.get(Incident, inc.id).description = "Three children at the washing point"
    with other.db.sessions.begin() as s:
        s.get(Incident, inc.id).description = "Three children, one injured"
    with qtbot.waitSignal(controller.synced, timeout=30_000):
        window.sync.sync_now()
    other.sync()
    with qtbot.waitSignal(controller.synced, timeout=30_000):
        window.sync.sync_now()
    assert "conflicts to review: 1" in window.sync.button.text()
    dialog = window.sync.open_conflicts()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    cells = {
        dialog.table.item(r, 0).text(): (
            dialog.table.item(r, 1).text(),
            dialog.table.item(r, 2).text(),
        )
        for r in range(dialog.table.rowCount())
    }
    assert cells["Description"] == (
        "Three children at the washing point",
        "Three children, one injured",
    )
    dialog.keep_mine.click()
    assert dialog.list.count() == 0
    with db.sessions() as s:
        assert s.get(Incident, inc.id).description == "Three children at the washing point"
    with qtbot.waitSignal(controller.synced, timeout=30_000):
        dialog.done(0)  # closing the dialog syncs the choice
    other.sync()
    with other.db.sessions() as s:
        assert s.get(Incident, inc.id).description == "Three children at the washing point"


def test_closing_the_window_closes_the_sync_connections(qtbot, tmp_path) -> None:
    """The controller's HTTP client (its own connection pool) is closed when the person
    closes the window, and no background sync is left scheduled."""
    _app, window = create_window(tmp_path / "laptop.sqlite", empty=True, lang="en")
    qtbot.addWidget(window)
    controller = window.sync.controller
    client = controller.client_for("https://sync.example.org", "amani")
    controller.timer.start(60_000)
    assert not client.transport.http.is_closed
    window.close()
    assert client.transport.http.is_closed
    assert not controller.timer.isActive()


def test_a_pulled_row_left_out_is_listed_with_its_reason_in_french(qtbot, world, tmp_path) -> None:
    """A row the server holds but this laptop refuses (a severity of 40000 written by an
    older server) is in no view: the sync dialog lists it, with the table, the row and
    why, in the interface's language."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    with world.store.db.sessions.begin() as s:
        site = s.scalar(select(Site.id))
        bad = Incident(
            site_id=site,
            occurred_on=dt.date(2021, 7, 1),
            reported_on=dt.date(2021, 7, 2),
            risk_area_id=reference_id("risk_areas", "child_labour"),
            description="Severity typed by hand",
            severity=40000,
        )
        s.add(bad)
    _app, window = create_window(tmp_path / "laptop.sqlite", empty=True, lang="fr")
    qtbot.addWidget(window)
    controller = window.sync.controller
    controller._http = world.http
    with qtbot.waitSignal(controller.synced, timeout=30_000):
        controller.connect_to(
            "http://127.0.0.1", "admin", password_of("admin"), remember=False, first_connection=None
        )
    dialog = window.sync.open_conflicts()
    qtbot.addWidget(dialog)
    bar = dialog.tabs.tabBar()
    assert bar.tabText(2) == "Lignes non reçues (1)"
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert dialog.tabs.currentWidget() is dialog.skipped and dialog.skipped.isVisible()
    shown = [dialog.skipped.item(0, c).text() for c in range(4)]
    assert shown[0] == "Incident" and shown[1] == bad.id.hex
    assert shown[3] == "incidents.severity : 40000 est hors limites (de 1 à 4)."
    assert dialog.skipped.horizontalHeaderItem(3).text() == "Pourquoi elle a été écartée"
    with qtbot.waitSignal(controller.synced, timeout=30_000):  # closing it syncs again
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
