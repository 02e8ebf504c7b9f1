"""The presentation map from the window: the right-click menu, File > Export map… and
File > Print map… (its preview), driven as a person would."""

from __future__ import annotations

import pypdf
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialogButtonBox


def _file_menu_texts(window) -> list[str]:  # noqa: ANN001
    return [a.text() for a in window.file_menu.actions()]


def test_right_click_on_the_map_offers_export_and_print(map_window, qtbot):
    window, _prog = map_window
    qtbot.waitUntil(lambda: hasattr(window, "print_feature"), timeout=10000)
    viewport = window.map_canvas.view.viewport()
    pos = QPoint(viewport.width() // 2, viewport.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    menu = window.print_feature.context_menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    assert [a.text() for a in menu.actions()] == ["Export map…", "Print map…"]
    menu.close()
    texts = _file_menu_texts(window)
    assert "Export map…" in texts and "Print map…" in texts and "Quarterly map pack…" in texts


def test_export_map_from_the_window_writes_the_view_shown(map_window, qtbot, tmp_path):
    from dataclasses import replace

    window, prog = map_window
    qtbot.waitUntil(lambda: hasattr(window, "print_feature"), timeout=10000)
    feature = window.print_feature
    out = tmp_path / "my map.pdf"
    filters = window.ctx.filters
    filters.set_state(replace(filters.state, verified_only=True))  # what the window shows
    view = window.map_canvas.view_rect()

    def fill() -> None:
        dialog = feature.dialog
        dialog.title.clear()
        qtbot.keyClicks(dialog.title, "Map for the ministry")
        dialog.path.clear()
        qtbot.keyClicks(dialog.path, str(out))
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )

    QTimer.singleShot(200, fill)
    assert feature.export_map() is True
    text = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "Map for the ministry" in text and "Legend" in text
    assert "incidents only" in text  # the window's filters in words ("veriﬁed": a ligature)
    assert "Whole programme" not in text  # the window's view, not a region or the programme
    assert "Map written to" in window.statusBar().currentMessage()
    # the window's own map did not move
    after = window.map_canvas.view_rect()
    assert QPointF(after.center() - view.center()).manhattanLength() < 1.0


def test_print_preview_opens_on_one_page_of_the_map(map_window, qtbot):
    window, _prog = map_window
    qtbot.waitUntil(lambda: hasattr(window, "print_feature"), timeout=10000)
    before = window.map_canvas.view_rect()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            window.print_feature.preview is not None and window.print_feature.preview.isVisible()
        ),
        timeout=15000,
    )
    dialog = window.print_feature.preview
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 1, timeout=15000)
    assert dialog.windowTitle() == "Print map"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    after = window.map_canvas.view_rect()
    assert QPointF(after.center() - before.center()).manhattanLength() < 1.0


def test_map_pack_dialog_shows_progress_and_cancel_removes_the_pack(map_window, qtbot, tmp_path):
    window, _prog = map_window
    qtbot.waitUntil(lambda: hasattr(window, "print_feature"), timeout=10000)
    window.print_feature.pack_action.trigger()
    dialog = window.print_feature.pack_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.quarter.count() > 0 and dialog.region.currentText() == "Every region"
    out = tmp_path / "pack.zip"
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(out))
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    clicks: list[int] = []

    def click_cancel(value: int) -> None:  # while the second map is being drawn, once
        if value == 1 and not clicks:
            clicks.append(value)
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    dialog.progress.valueChanged.connect(click_cancel)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.status.text() == "Cancelled: nothing was written."
    assert 1 in seen and dialog.progress.maximum() > 2
    assert not out.exists()
    assert dialog.isVisible()  # the person can try again
    dialog.region.setCurrentIndex(dialog.region.findText("Rwanda"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.status.text() == f"Written to {out}."
    assert out.exists()
    dialog.close()
