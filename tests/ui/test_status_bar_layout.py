"""The status bar on a 1366x768 laptop: the pointer's coordinates, the map scale, the
data's source and the sync state each keep their own place, whatever the sync says."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from bm_desktop.services.sync_state import LocalStatus
from bm_desktop.ui.app import create_window


def _laptop():
    screen = next((s for s in QApplication.screens() if s.name() == "laptop"), None)
    if screen is None:
        pytest.skip("no 1366x768 screen (tests/screens.json)")
    return screen


def _failing_status() -> LocalStatus:
    return LocalStatus(
        server_url="https://sync.bm-programme.org",
        username="coordinator.eastern-drc",
        role="coordinator",
        attached=True,
        last_success_at=None,
        last_attempt_at=None,
        last_error="Cannot reach the server: check the connection.",
        failures=3,
        pending=1234,
        rejected=12,
        open_conflicts=27,
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_status_bar_widgets_never_overlap_on_a_laptop(
    qtbot, sample_db_file: Path, tmp_path: Path, lang: str
) -> None:
    shutil.copy(sample_db_file, tmp_path / "w.sqlite")
    app, window = create_window(tmp_path / "w.sqlite", lang=lang)
    qtbot.addWidget(window)
    try:
        screen = _laptop()
        window.setScreen(screen)
        window.move(screen.availableGeometry().topLeft())
        window.show()
        qtbot.waitExposed(window)
        window.sync.button.show_status(_failing_status())
        # The pointer over the map's far south-west corner: the longest coordinates.
        window.map_canvas.cursor_moved.emit(-179.9999, -89.9999)
        window.statusBar().showMessage(
            window.sync.tr("Sync failed: {message}").format(
                message="Cannot reach the server https://sync.bm-programme.org: check the "
                "connection."
            ),
            15000,
        )
        # the whole laptop screen, then the window beside another one (as narrow as the
        # docks allow: the status bar must not be what keeps it wide)
        narrow = max([900] + [d.minimumSizeHint().width() for d in window.docks.values()])
        for width in (window.width(), narrow):
            window.resize(width, window.height())
            qtbot.wait(100)
            assert window.width() == width  # the status bar does not force it wider
            if width > 1300:  # room for messages such as "Sync failed: …" or "Wrote …"
                assert _message_room(window) >= 350
            assert screen.availableGeometry().contains(window.frameGeometry()), (
                window.frameGeometry(),
                window.statusBar().minimumSizeHint(),
            )
            _assert_apart(window)
    finally:
        from bm_desktop.ui.translator import install_language

        install_language(app, "en")


def _assert_apart(window) -> None:
    bar = window.statusBar()
    widgets = {
        w.objectName(): w
        for w in (
            window.cursor_label,
            window.scale_label,
            window.findChild(QLabel, "sourceLine"),
            window.sync.button,
        )
    }
    for name, widget in widgets.items():
        assert widget.isVisible(), name
        assert bar.rect().contains(widget.geometry()), (name, widget.geometry(), bar.rect())
    for (a, wa), (b, wb) in itertools.combinations(widgets.items(), 2):
        assert not wa.geometry().intersects(wb.geometry()), (a, wa.geometry(), b, wb.geometry())
    # The coordinates and the scale are read in full.
    for label in (window.cursor_label, window.scale_label):
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), label.text()
    # The source and the sync state are shortened with "…" when they must be, never cut
    # silently; the tooltip says it all.
    source, button = widgets["sourceLine"], window.sync.button
    for widget, shown, room in (
        (source, QLabel.text(source), source.contentsRect().width()),
        (button, QToolButton.text(button), button.width() - 30),
    ):
        assert shown.endswith("…") or widget.fontMetrics().horizontalAdvance(shown) <= room, (
            shown,
            room,
        )
    assert "1234" in button.toolTip() and "1234" in button.text()
    assert button.width() >= 100


def _message_room(window) -> int:
    """Where the status bar's messages are written: left of its first read-out."""
    return min(w.x() for w in (window.cursor_label, window.scale_label, window.sync.button))
