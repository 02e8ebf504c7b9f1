"""In French the whole window speaks French (issue 14 §5): every table, list, label,
combo box, button and toolbar action of the main window on the sample programme, the
agenda builder it opens and the map export and map pack dialogs, is read as the person
sees it, and none shows

- a programme region or province under its English name ("Eastern DRC", "South Kivu",
  "Northern Province"): the window takes the French names from the same table as the
  workbooks, PDFs and the HTML map (``domain.local_format``);
- a text of the English catalogue that has a French translation (an untranslated
  label, header or value);
- an English percentage ("78.1%"), quarter ("2021 Q4") or an ISO date where the window
  writes dates (the Sites, Actions, Meetings and Incident register tables, the agenda
  builder).

Choosing "Est de la RDC" still chooses the stored region (the filters, the planner and
the meetings calendar work on the stored names).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from bm_desktop.domain.local_format import PLACE_NAMES_FR
from bm_desktop.i18n import catalogue
from tests.ui.map.conftest import close_window, wait_for_map

ENGLISH_PLACE = re.compile("|".join(re.escape(n) for n in PLACE_NAMES_FR))
ENGLISH_PERCENT = re.compile(r"\d\.\d+ ?%")
ENGLISH_QUARTER = re.compile(r"\b20\d\d Q[1-4]\b")  # "2021 Q4": French writes "T4 2021"
ISO_DATE = re.compile(r"\b20\d\d-\d\d(-\d\d)?\b")  # a day, or a month ("2022-04")
# Where the window writes dates as people do (dd/mm/yyyy): these tables' views, and the
# agenda builder's title and heading.
DATED = (
    "SitesModel",
    "ActionsFilter",
    "OverviewModel",
    "AgendaModel",
    "IncidentRegisterModel",
    "agenda heading",
    "agenda title",
)


def _model_texts(
    model: QAbstractItemModel,
    parent: QModelIndex = QModelIndex(),  # noqa: B008
    depth: int = 0,
) -> Iterator[tuple[str, str]]:
    """("", text) of every DisplayRole text of a model and ("tooltip", text) of its
    ToolTipRole texts (tree models walked down), then its headers."""
    flat = isinstance(model, QAbstractListModel)  # (its columnCount is private in PySide)
    columns = 1 if flat else max(model.columnCount(parent), 1)
    for row in range(model.rowCount(parent)):
        for col in range(columns):
            index = model.index(row, col, parent)
            for role, kind in (
                (Qt.ItemDataRole.DisplayRole, ""),
                (Qt.ItemDataRole.ToolTipRole, "tooltip"),
            ):
                value = model.data(index, role)
                if value not in (None, ""):
                    yield kind, str(value)
            if not flat and col == 0 and depth < 3 and model.rowCount(index):
                yield from _model_texts(model, index, depth + 1)
    if depth == 0 and not flat:
        for col in range(columns):
            header = model.headerData(col, Qt.Orientation.Horizontal)
            if header:
                yield "", str(header)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything the person can read in ``root`` and its children."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            name = type(model).__name__
            if name == "QSortFilterProxyModel":
                name = type(model.sourceModel()).__name__
            for kind, text in _model_texts(model):
                yield (f"{name} item {kind}" if kind else name), text
    for label in root.findChildren(QLabel):
        yield "label", label.text()
    for button in root.findChildren(QAbstractButton):
        yield "button", button.text()
        yield "button tooltip", button.toolTip()
    for combo in root.findChildren(QComboBox):
        for i in range(combo.count()):
            yield "combo", combo.itemText(i)
    for edit in root.findChildren(QLineEdit):
        yield "placeholder", edit.placeholderText()
    for edit in root.findChildren(QTextEdit):
        yield "text", edit.toPlainText()
    for dock in root.findChildren(QDockWidget):
        yield "dock", dock.windowTitle()
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            yield "tab", tabs.tabText(i)
    for group in root.findChildren(QGroupBox):
        yield "group", group.title()
    for action in root.findChildren(QAction):
        yield "action", action.text().replace("&", "")
        yield "action tooltip", action.toolTip()


def untranslated_english() -> set[str]:
    """Texts of the English catalogue whose French differs, less those that are also
    French (a French translation of another text)."""
    french = catalogue("fr")
    translations = set(french.values())
    return {
        source
        for (_ctx, source), text in french.items()
        if text != source and source not in translations
    }


def english_found(texts: list[tuple[str, str]]) -> list[str]:
    english = untranslated_english()
    found = []
    for where, text in texts:
        if not text:
            continue
        if ENGLISH_PLACE.search(text):
            found.append(f"{where}: English place name in {text[:120]!r}")
        if ENGLISH_PERCENT.search(text):
            found.append(f"{where}: English percentage in {text[:120]!r}")
        if ENGLISH_QUARTER.search(text):
            found.append(f"{where}: English quarter in {text[:120]!r}")
        if where in DATED and ISO_DATE.search(text):
            found.append(f"{where}: ISO date in {text[:120]!r}")
        if where.endswith("item tooltip"):
            continue  # a table's tooltips repeat stored free text (summaries, contacts)
        pieces = {text, *text.splitlines(), *text.split(" · ")}
        found += [f"{where}: English text {p!r}" for p in pieces if p.strip() in english]
    return sorted(set(found))


def test_the_french_window_shows_no_english(qtbot, sample_db_file: Path, tmp_path: Path) -> None:
    from bm_desktop.ui.app import create_window
    from bm_desktop.ui.map.pack_dialog import PackDialog
    from bm_desktop.ui.map.print_feature import ExportMapDialog
    from bm_desktop.ui.translator import install_language

    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    app, window = create_window(path, lang="fr")
    qtbot.addWidget(window)
    try:
        window.resize(1600, 1000)
        window.show()
        qtbot.waitExposed(window)
        wait_for_map(qtbot, window)
        # what the person opens: a site's details, an action's history, the meetings of
        # the DRC, the visit planner on the DRC, and a site's agenda
        sites = window.sites_dock
        qtbot.waitUntil(lambda: sites.model.rowCount() == 48, timeout=20000)
        sites.view.selectRow(0)
        actions = window.actions_dock
        qtbot.waitUntil(lambda: actions.proxy.rowCount() > 0, timeout=20000)
        actions.view.selectRow(0)
        meetings = window.meetings_dock
        shown = [meetings.region.itemText(i) for i in range(meetings.region.count())]
        meetings.region.setCurrentIndex(shown.index("Est de la RDC"))
        assert meetings.region.currentData() == "Eastern DRC"  # chosen as stored
        assert {s.region for s in meetings.model.rows if not isinstance(s, str)} == {"Eastern DRC"}
        planner = window.visit_planner_dock
        planner.choose_area("Est de la RDC")
        assert planner.chosen_area().region == "Eastern DRC"
        qtbot.waitUntil(lambda: planner.table.rowCount() > 0, timeout=30000)
        row = next(r for r in range(meetings.model.rowCount()) if meetings.model.site_at(r))
        builder = meetings.open_agenda_at(row, 1)
        qtbot.addWidget(builder)
        QApplication.processEvents()
        dash = window.dashboard_dock.dashboard  # its charts: bars labelled per region
        dash.rate_grouping.setCurrentIndex(dash.rate_grouping.findData("region"))
        dash.reload(wait=True)
        map_export = ExportMapDialog(window)  # File > Export map…, Quarterly map pack…
        pack = PackDialog(window.ctx, window)
        for dialog in (map_export, pack):
            qtbot.addWidget(dialog)
        texts = [
            *visible_texts(window),
            *visible_texts(builder),
            *visible_texts(map_export),
            *visible_texts(pack),
        ]
        texts += [
            ("agenda heading", builder.heading.text()),
            ("agenda title", builder.windowTitle()),
        ]
        texts += [("dashboard chart", label) for label, _group in dash.rate_rows()]
        texts += [("dashboard chart", text) for text in dash.drop_labels]
        places = [t for _w, t in texts if "Est de la RDC" in t or "Sud-Kivu" in t]
        assert places, "no region or province shown at all"  # the scan saw the tables
        assert any("Est de la RDC" in t for w, t in texts if w == "SitesModel")
        assert "Est de la RDC" in builder.heading.text()
        assert ("dashboard chart", "Est de la RDC") in texts
        found = english_found(texts)
        # decisions the app stored as "Agreed: ..." read "Convenu : ..." in the builder
        agreed = [t for w, t in texts if w == "AgendaModel" and re.search(r"\bAgreed:", t)]
        found += [f"AgendaModel: {t}" for t in agreed]
        gaps = [t for w, t in texts if w == "OverviewModel" and "dernière réunion" in t]
        assert gaps and all(re.search(r"\w;", t) is None for t in gaps), gaps  # "ci ; der…"
        assert not found, f"{len(found)} English texts in the French window:\n" + "\n".join(
            found[:60]
        )
        assert "Région : Est de la RDC" in [
            map_export.extent.itemText(i) for i in range(map_export.extent.count())
        ]
        builder.close()
    finally:
        close_window(window)
        install_language(app, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English))
