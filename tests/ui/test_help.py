"""Help: the offline user guide in English and French, one chapter per kind of user,
with screenshots; and the keyboard shortcuts, read from the window's own actions."""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from bm_desktop.ui.app import create_window

CHAPTERS = {
    "en": [
        "Planning site visits",
        "Preparing and running a CAP meeting",
        "The quarterly report and maps",
    ],
    "fr": [
        "Planifier les visites de sites",
        "Préparer et tenir une réunion PAC",
        "Le rapport trimestriel et les cartes",
    ],
}


@pytest.fixture
def open_window(qtbot, sample_db_file: Path, tmp_path: Path):
    apps = []

    def make(lang: str):
        shutil.copy(sample_db_file, tmp_path / f"{lang}.sqlite")
        app, window = create_window(tmp_path / f"{lang}.sqlite", lang=lang)
        apps.append(app)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    if apps:
        from bm_desktop.ui.translator import install_language

        install_language(apps[0], "en")


def _menu_action(menu, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text() == text)


@pytest.mark.parametrize(
    "lang, menu_text, contents_line",
    [
        ("en", "&User guide", "This guide has one chapter for each kind of work"),
        ("fr", "&Guide de l'utilisateur", "Ce guide a un chapitre pour chaque type de travail"),
    ],
)
def test_user_guide_opens_offline_with_a_chapter_per_user(
    qtbot, open_window, lang, menu_text, contents_line
) -> None:
    window = open_window(lang)
    _menu_action(window.help_menu, menu_text).trigger()
    guide = window.help.guide
    qtbot.waitUntil(guide.isVisible)
    assert guide.chapter_titles() == CHAPTERS[lang]
    assert contents_line in guide.browser.toPlainText()
    assert guide.browser.source().isLocalFile()  # offline: files shipped with the app
    # The person clicks the second chapter in the contents.
    contents = guide.contents
    item = contents.item(2)
    QTest.mouseClick(
        contents.viewport(), Qt.MouseButton.LeftButton, pos=contents.visualItemRect(item).center()
    )
    qtbot.waitUntil(lambda: guide.browser.source().fileName() == "cap-meetings.md")
    assert guide.browser.toPlainText().startswith(CHAPTERS[lang][1])
    # Its screenshots are there and fit the page.
    images = guide.images()
    assert images
    for path, size in images:
        assert Path(path).is_file(), path
        assert 0 < size.width() <= guide.browser.viewport().width()
    # Back returns to the contents page.
    QTest.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert contents_line in guide.browser.toPlainText()


def test_every_page_of_the_guide_shows_its_screenshots(qtbot, open_window) -> None:
    window = open_window("en")
    guide = window.help.open_guide()
    for lang in ("en", "fr"):
        guide.language.setCurrentIndex(guide.language.findData(lang))
        for page in guide.pages:
            guide.open_page(page)
            for path, _size in guide.images():
                assert Path(path).is_file(), (page, path)
        assert guide.chapter_titles() == CHAPTERS[lang]


def test_keyboard_shortcuts_lists_every_shortcut_of_the_window(qtbot, open_window) -> None:
    window = open_window("en")
    _menu_action(window.help_menu, "&Keyboard shortcuts…").trigger()
    dialog = window.help.shortcuts
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.keys_of("Undo") == "Ctrl+Z"
    assert dialog.keys_of("Sync now") == "F9"
    assert dialog.keys_of("User guide") == "F1"
    assert dialog.keys_of("Legend") == "Ctrl+L"
    listed = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    every = {
        s.toString(QKeySequence.SequenceFormat.NativeText)
        for a in window.findChildren(QAction)
        for s in a.shortcuts()
    }
    assert every <= listed
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    # A new command with a shortcut is listed without anyone editing a list.
    added = QAction("Print the map", window)
    added.setShortcut(QKeySequence("Ctrl+P"))
    window.file_menu.addAction(added)
    _menu_action(window.help_menu, "&Keyboard shortcuts…").trigger()
    assert window.help.shortcuts.keys_of("Print the map") == "Ctrl+P"


def test_f1_opens_the_guide(qtbot, open_window) -> None:
    from PySide6.QtWidgets import QApplication

    window = open_window("en")
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help.guide is not None and window.help.guide.isVisible())
    assert window.help.guide.chapter_titles() == CHAPTERS["en"]


def test_the_french_guide_shows_only_french_screenshots_that_ship(qtbot, open_window) -> None:
    """Issue 11 §7: the French chapters showed the English window. Every screenshot a
    French page shows is a French one (``*_fr.png``, rendered by ``tools/screenshots/run.py
    --only guide`` from a window in French), it exists, and the wheel ships it; each English
    screenshot of the guide has its French counterpart."""
    from bm_desktop.resources import resource_dir
    from installer import package_data

    window = open_window("fr")
    guide = window.help.open_guide()
    shots = resource_dir("guide") / "screenshots"
    listed = set(package_data.data_files())
    shown: dict[str, set[str]] = {"en": set(), "fr": set()}
    for lang in ("en", "fr"):
        guide.language.setCurrentIndex(guide.language.findData(lang))
        for page in guide.pages:
            guide.open_page(page)
            for path, _size in guide.images():
                shown[lang].add(Path(path).name)
                if lang == "fr":
                    assert Path(path).name.endswith("_fr.png"), (page.name, path)
                    assert Path(path).parent == shots and Path(path).is_file(), path
                    ship = f"resources/guide/screenshots/{Path(path).name}"
                    assert any(PurePosixPath(ship) == p for p in listed), ship
    assert shown["fr"] == {
        name.removesuffix(".png").removesuffix("_fr") + "_fr.png" for name in shown["en"]
    }
