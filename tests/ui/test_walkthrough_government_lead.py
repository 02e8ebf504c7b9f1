"""Walkthrough of a government engagement lead (issue 11 §9, with issue 14's deliverables).

The person prepares the quarterly presentation to a ministry, in French, on a 1366x768
laptop. In the real main window on the sample programme they pick "T4 2021" in the
Filters dock with the keys, read the dashboard's figures, turn the wheel over the Filters
panel, export the quarterly report through Fichier > Exporter, export the presentation
map through Fichier > Exporter la carte… and open Aide > Guide de l'utilisateur at the
quarterly-report chapter. Each assertion is what the person sees, and each would have
failed before the issue 11/14 work:

- quarters were only reachable through two typed dates: there was no "T4 2021" to pick
  and the figures did not say what date they are as of (11 §3);
- the wheel over the Filters panel silently moved the period (11 §3);
- the dashboard wrote "78.1%" and ISO dates ("2021-10-01") in French (14 §5); its
  period line was still ISO until this test caught it;
- the export dialog's period read "2021-10-01" in French (found by this test, fixed);
- after an export a "saving the workbook" progress dialog stayed open and blocked the
  window; there was no message offering to open the file or its folder (11 §6);
- the French quarterly workbook was half English (14 §5);
- there was no map export at all (14 §1), so no title or period on any map;
- there was no user guide, and so no French chapter on the quarterly report (11 §7);
- at 1366x768 the window was larger than the screen (11 §5).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import time
from pathlib import Path

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import QLocale, QObject, QPoint, QPointF, QRect, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog, QTabBar

from bm_desktop.domain.filters import FilterState
from bm_desktop.exchange.exports import job as export_job
from bm_desktop.ui.exchange.export_dialog import ExportDialog
from tests.ui.map.conftest import close_window, wait_for_map

T4_2021 = (dt.date(2021, 10, 1), dt.date(2021, 12, 31))
FRENCH_PERCENT = re.compile(r"^\d+(,\d)?\u202f%$")
ENGLISH_WORDS = (
    "Quarterly report",
    "Incidents recorded",
    "Region",
    "Implementation rate",
    "to date",
)


class OpenedUrls(QObject):
    """Stands in for the system's file opener: records what would be opened."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened():
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def slow_laptop(monkeypatch):
    """Each step of an export takes a little longer, as on a slow laptop, so the
    progress dialog has time to appear (it waits 400 ms before showing)."""
    step = export_job.Job.step

    def slow_step(self, done, total, message=""):
        time.sleep(0.1)
        step(self, done, total, message)

    monkeypatch.setattr(export_job.Job, "step", slow_step)


@pytest.fixture
def lead_window(qtbot, sample_db_file: Path, tmp_path: Path):
    """The window in French, opened on the laptop screen as the system would."""
    from bm_desktop.ui.app import create_window
    from bm_desktop.ui.translator import install_language

    screen = next((s for s in QApplication.screens() if s.name() == "laptop"), None)
    if screen is None:
        pytest.skip("no 'laptop' screen (tests/screens.json is read by the offscreen platform)")
    path = tmp_path / "ministere.sqlite"
    shutil.copy(sample_db_file, path)
    app, window = create_window(path, lang="fr")
    window.ctx.filters.set_state(FilterState())  # the sample's published 2021-22 year
    qtbot.addWidget(window)
    window.setScreen(screen)
    window.move(screen.availableGeometry().topLeft())
    window.show()
    qtbot.waitExposed(window)
    wait_for_map(qtbot, window)
    QApplication.processEvents()
    try:
        yield window, screen
    finally:
        close_window(window)
        install_language(app, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English))


def _menu(menu, text: str):  # noqa: ANN001, ANN202
    """The action of ``menu`` that reads ``text`` (as shown, & marks aside)."""
    texts = [a.text() for a in menu.actions()]
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert found, f"{text!r} not in {texts}"
    return found[0]


def _click_tab(window, text: str) -> None:  # noqa: ANN001
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.isVisible() and bar.tabText(i) == text:
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
                return
    raise AssertionError(f"no tab {text!r}")


def _pick_t4_2021(qtbot, window) -> None:  # noqa: ANN001
    """Open the quarter list with F4, type "T4", Down to 2021, Enter."""
    fd = window.filters_dock
    labels = [fd.quarter.itemText(i) for i in range(fd.quarter.count())]
    assert "T4 2021" in labels and not any(t.startswith("Q") for t in labels[1:])
    fd.quarter.setFocus()
    QTest.keyClick(fd.quarter, Qt.Key.Key_F4)
    view = fd.quarter.view()
    qtbot.waitUntil(view.isVisible, timeout=5000)
    QTest.keyClicks(view, "T4")
    for _ in range(labels.index("T4 2021") - labels.index(view.currentIndex().data())):
        QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (window.ctx.filters.state.start, window.ctx.filters.state.end) == T4_2021,
        timeout=10000,
    )


def _wheel(widget, turns: int) -> None:  # noqa: ANN001
    centre = QPointF(widget.rect().center())
    for _ in range(turns):
        QApplication.sendEvent(
            widget,
            QWheelEvent(
                centre,
                QPointF(widget.mapToGlobal(centre.toPoint())),
                QPoint(0, 0),
                QPoint(0, -120),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            ),
        )


def _type(widget, text: str) -> None:  # noqa: ANN001
    """Type ``text`` key by key, accented letters too (QTest.keyClicks takes ASCII only)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
        else:  # é is Key_Eacute (0xC9, as É), è Key_Egrave...
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key(ord(ch.upper())),
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def _visible_progress(window) -> list[QProgressDialog]:  # noqa: ANN001
    return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def _workbook_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return "\n".join(
            str(v)
            for ws in book.worksheets
            for row in ws.iter_rows(values_only=True)
            for v in row
            if v is not None
        )
    finally:
        book.close()


def test_government_lead_prepares_the_quarterly_presentation_in_french(
    qtbot, lead_window, tmp_path: Path, opened, slow_laptop
) -> None:
    window, screen = lead_window
    # the window fits the laptop screen, status bar included
    area = screen.availableGeometry()
    assert area.contains(window.frameGeometry())
    bar = window.statusBar()
    assert area.contains(QRect(bar.mapToGlobal(QPoint(0, 0)), bar.size()))

    # 1. T4 2021 picked with the keys; the as-of date is in JJ/MM/AAAA
    fd = window.filters_dock
    _pick_t4_2021(qtbot, window)
    assert fd.quarter.currentText() == "T4 2021"
    assert "Les chiffres couvrent" in fd.as_of.text() and "31/12/2021" in fd.as_of.text()

    # 2. the dashboard's figures, French numbers and dates
    _click_tab(window, window.dashboard_dock.windowTitle())
    dash = window.dashboard_dock.dashboard
    qtbot.waitUntil(
        lambda: dash.figures is not None and dash.figures.period.end == T4_2021[1], timeout=30000
    )
    period = dash.period_label.text()
    assert "Chiffres du programme" in period
    assert "01/10/2021" in period and "31/12/2021" in period, period
    rate = dash.cards["rate"].value.text()
    assert FRENCH_PERCENT.match(rate), rate
    incidents = dash.cards["incidents"].value.text()
    assert incidents.replace("\u202f", "").replace("\u00a0", "").isdigit(), incidents
    assert "," not in incidents and "." not in incidents

    # 3. the wheel over the Filters panel scrolls it and leaves the period alone
    window.map_canvas.setFocus()
    scroll = fd.widget()
    scroll.verticalScrollBar().setValue(0)
    for field in (fd.start, fd.end, fd.quarter):
        _wheel(field, 2)
    assert fd.start.text() == "01/10/2021" and fd.end.text() == "31/12/2021"
    assert fd.quarter.currentText() == "T4 2021"
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() > 0, timeout=10000)
    QApplication.processEvents()
    assert (window.ctx.filters.state.start, window.ctx.filters.state.end) == T4_2021

    # 4. Fichier > Exporter > Rapport trimestriel au gouvernement…
    out = tmp_path / "ministere" / "rapport-T4-2021.xlsx"
    out.parent.mkdir()
    export_menu = _menu(window.file_menu, "Exporter").menu()
    action = _menu(export_menu, "Rapport trimestriel au gouvernement…")
    seen: dict = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        seen["title"] = dialog.windowTitle()
        seen["period"] = (dialog.start.text(), dialog.end.text())
        seen["language"] = dialog.language.currentText()
        dialog.file.setFocus()
        QTest.keySequence(dialog.file, "Ctrl+A")
        QTest.keyClicks(dialog.file, str(out))
        QTest.keyClick(dialog.file, Qt.Key.Key_Return)

    with qtbot.waitSignal(window.exchange.export_finished, timeout=120000) as finished:
        QTimer.singleShot(0, fill)
        action.trigger()
        qtbot.waitUntil(lambda: bool(_visible_progress(window)) or out.exists(), timeout=60000)
    assert seen["title"] == "Exporter : Rapport trimestriel au gouvernement", seen
    assert seen["period"] == ("01/10/2021", "31/12/2021")
    assert seen["language"] == "Français"
    assert finished.args[0].path == out
    assert sorted(p.name for p in out.parent.iterdir()) == ["rapport-T4-2021.xlsx"]
    message = window.exchange.done_message
    qtbot.waitUntil(message.isVisible, timeout=10000)
    qtbot.waitUntil(lambda: _visible_progress(window) == [], timeout=10000)
    assert "rapport-T4-2021.xlsx" in message.text()
    buttons = [b.text() for b in message.buttons()]
    assert "Ouvrir le fichier" in buttons and "Ouvrir le dossier" in buttons
    QTest.mouseClick(message.open_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened.urls] == [str(out.parent)]
    assert not message.isVisible()
    text = _workbook_text(out)
    assert "Rapport trimestriel" in text and "01/10/2021" in text and "31/12/2021" in text
    assert "Taux de mise en œuvre" in text or "taux de mise en œuvre" in text
    english = [w for w in ENGLISH_WORDS if w in text]
    assert english == [], english

    # 5. Fichier > Exporter la carte…: the title typed, a PDF with the period in French
    qtbot.waitUntil(lambda: hasattr(window, "print_feature"), timeout=10000)
    feature = window.print_feature
    pdf = tmp_path / "ministere" / "carte-T4-2021.pdf"
    map_action = _menu(window.file_menu, "Exporter la carte…")

    def fill_map() -> None:
        dialog = feature.dialog
        seen["map title"] = dialog.title.text()
        dialog.title.setFocus()
        QTest.keySequence(dialog.title, "Ctrl+A")
        _type(dialog.title, "Présentation au ministère des Mines")
        dialog.path.setFocus()
        QTest.keySequence(dialog.path, "Ctrl+A")
        QTest.keyClicks(dialog.path, str(pdf))
        QTest.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )

    QTimer.singleShot(200, fill_map)
    map_action.trigger()
    qtbot.waitUntil(pdf.exists, timeout=60000)
    assert seen["map title"] == "Sites du programme et incidents", seen
    page = pypdf.PdfReader(pdf).pages[0]
    words = " ".join(page.extract_text().split())
    assert "Présentation au ministère des Mines" in words
    # the period in words under the title; the as-of dates of the legends in JJ/MM/AAAA
    # and the density's peak with a decimal comma (the legends were ISO and "0.4")
    assert "octobre 2021 au 31 décembre 2021" in words, words
    assert "jusqu'au 31/12/2021" in words and "2021-12-31" not in words, words
    peak = re.search(r"\(pic ([^)]*)\)", words)
    assert peak and "." not in peak.group(1), words
    assert "Légende" in words
    assert "Legend" not in words and "Whole programme" not in words
    assert "Carte écrite" in window.statusBar().currentMessage()

    # 6. Aide > Guide de l'utilisateur: the quarterly-report chapter, in French
    _menu(window.help_menu, "Guide de l'utilisateur").trigger()
    guide = window.help.guide
    qtbot.waitUntil(guide.isVisible, timeout=10000)
    titles = guide.chapter_titles()
    assert "Le rapport trimestriel et les cartes" in titles, titles
    contents = guide.contents
    item = next(
        contents.item(i)
        for i in range(contents.count())
        if contents.item(i).text() == "Le rapport trimestriel et les cartes"
    )
    QTest.mouseClick(
        contents.viewport(), Qt.MouseButton.LeftButton, pos=contents.visualItemRect(item).center()
    )
    qtbot.waitUntil(
        lambda: guide.browser.source().fileName() == "quarterly-report-and-maps.md", timeout=10000
    )
    page_text = guide.browser.toPlainText()
    assert page_text.startswith("Le rapport trimestriel et les cartes")
    assert "Exporter la carte" in page_text
    guide.close()
