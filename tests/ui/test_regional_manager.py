"""The regional manager's first hour, on the sample programme at 1366x768, driven with
key presses, clicks and wheel turns as a person does (issue 11, sections 2 to 4):

- the corrective-action tracker's search and status choice really filter, it says
  which actions it lists, and an action recommended after the period's end is shown;
- dates are typed in the Filters dock (dd/MM/yyyy; JJ/MM/AAAA in French), the wheel
  over an unfocused date scrolls the panel, a quarter is picked from a list;
- a site is found by typing part of its name; the province filter narrows everything;
- the Alerts dock sorts by clicking its headers and no column is cut off.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from bm_desktop.domain.filters import REPORTING_YEAR, FilterState
from bm_desktop.services import choices
from bm_desktop.services.actions import ActionDraft
from bm_desktop.ui.loop_commands import RecommendAction
from bm_desktop.ui.undo import undo_stack
from tests.ui.map.conftest import close_window, wait_for_map

LAPTOP = (1366, 768)


def open_sample(qtbot, sample_db_file: Path, tmp_path: Path, lang: str = "en"):  # noqa: ANN001, ANN201
    from bm_desktop.ui.app import create_window

    path = tmp_path / "sample.sqlite"
    shutil.copy(sample_db_file, path)
    _app, window = create_window(path, lang=lang)
    # the sample's published 2021-22 year (the window opens on the latest year with data)
    window.ctx.filters.set_state(FilterState())
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    wait_for_map(qtbot, window)
    QApplication.processEvents()  # the default layout is laid out on the next turn
    return window


@pytest.fixture
def manager_window(qtbot, sample_db_file: Path, tmp_path: Path):  # noqa: ANN001, ANN201
    window = open_sample(qtbot, sample_db_file, tmp_path)
    yield window
    close_window(window)


def visible_rows(dock) -> list:  # noqa: ANN001
    """The actions the tracker shows, in the order shown."""
    proxy = dock.proxy
    return [
        dock.model.rows[proxy.mapToSource(proxy.index(r, 0)).row()] for r in range(proxy.rowCount())
    ]


def clear_line(widget) -> None:  # noqa: ANN001
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Backspace)


def type_date(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.setFocus()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def wait_filters(qtbot, window, start: dt.date, end: dt.date) -> None:  # noqa: ANN001
    state = window.ctx.filters
    qtbot.waitUntil(lambda: (state.state.start, state.state.end) == (start, end), timeout=3000)


def test_tracker_search_and_status_really_filter(qtbot, manager_window) -> None:
    dock = manager_window.actions_dock
    total = dock.model.rowCount()
    assert total > 50
    QTest.keyClicks(dock.search, "Luhihi")
    shown = visible_rows(dock)
    assert 0 < len(shown) < total
    assert {a.site_name for a in shown} == {"Luhihi"}
    assert dock.count.text() == f"{len(shown)} of {total} actions"
    clear_line(dock.search)
    assert len(visible_rows(dock)) == total
    dock.choice.setFocus()
    QTest.keyClicks(dock.choice, "Overdue")
    assert dock.choice.currentData() == "overdue"
    overdue = visible_rows(dock)
    assert 0 < len(overdue) < total
    assert all(a.overdue and a.status in ("recommended", "in_progress") for a in overdue)
    model = dock.proxy
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"overdue"}
    # it says which actions these are
    words = dock.shows.text()
    assert "01/04/2021" in words and "31/03/2022" in words and "as of today" in words


def test_new_action_after_the_period_end_is_listed(qtbot, manager_window) -> None:
    window = manager_window
    dock = window.actions_dock
    luhihi = next(a for a in dock.model.rows if a.site_name == "Luhihi")
    QTest.keyClicks(dock.search, "Luhihi")
    dock.choice.setFocus()
    QTest.keyClicks(dock.choice, "Verified")
    assert dock.choice.currentData() == "verified"
    before = len(visible_rows(dock))
    recommended = REPORTING_YEAR[1] + dt.timedelta(days=40)  # a meeting after the period
    command = RecommendAction(
        window.ctx,
        ActionDraft(
            kind="training",
            description="Train the pit bosses on the new safety rules",
            recommended_on=recommended,
            due_on=recommended + dt.timedelta(days=60),
            stakeholder_id=choices.stakeholders(window.ctx.db, luhihi.site_id)[0].id,
            site_id=luhihi.site_id,
            risk_area_code="child_labour",
        ),
    )
    command.run(undo_stack(window))
    shown = visible_rows(dock)
    assert len(shown) == before + 1
    new = next(a for a in shown if a.id == command.action_id)
    assert new.recommended_on > window.ctx.filters.state.end
    assert new.status == "recommended"  # listed although "Verified" is chosen: it is new
    assert "1 new action(s) outside this selection" in dock.shows.text()
    # recommending through the tracker's own path selects it too
    dock.reveal([command.action_id])
    assert dock.selected_ids() == [command.action_id]
    # "Open today" lists every open action, whatever the period, the new one too
    dock.scope.setCurrentIndex(dock.scope.findData("open_today"))
    assert command.action_id in {a.id for a in visible_rows(dock)}
    assert "whatever the period" in dock.shows.text()


def test_typed_dates_quarters_and_the_wheel(qtbot, manager_window) -> None:
    window = manager_window
    fd = window.filters_dock
    type_date(qtbot, fd.start, "15/01/2022")
    wait_filters(qtbot, window, dt.date(2022, 1, 15), REPORTING_YEAR[1])
    assert fd.start.text() == "15/01/2022"
    assert "15/01/2022" in fd.as_of.text()
    # something that is not a date changes nothing and stays to be corrected
    type_date(qtbot, fd.end, "31/02/2022")
    assert fd.end.typing and fd.end.text() == "31/02/2022"
    QTest.keyClick(fd.end, Qt.Key.Key_Escape)
    assert fd.end.text() == "31/03/2022"
    # a quarter picked from its list with the keys: open it, "Q4" goes to the latest
    # fourth quarter, Down to the one a year earlier, Enter
    fd.quarter.setFocus()
    QTest.keyClick(fd.quarter, Qt.Key.Key_F4)
    view = fd.quarter.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    QTest.keyClicks(view, "Q4")
    labels = [fd.quarter.itemText(i) for i in range(fd.quarter.count())]
    for _ in range(labels.index("Q4 2021") - labels.index(view.currentIndex().data())):
        QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Return)
    wait_filters(qtbot, window, dt.date(2021, 10, 1), dt.date(2021, 12, 31))
    assert fd.quarter.currentText() == "Q4 2021"
    assert "31/12/2021" in fd.as_of.text()
    # "this month" on last year's data is the latest month with data, not an empty one
    last = window.filters_dock.choices.last_day
    fd.period.setFocus()
    QTest.keyClick(fd.period, Qt.Key.Key_F4)
    qtbot.waitUntil(fd.period.view().isVisible, timeout=2000)
    QTest.keyClicks(fd.period.view(), "Latest month")
    QTest.keyClick(fd.period.view(), Qt.Key.Key_Return)
    assert fd.period.currentText().startswith("Latest month with data")
    wait_filters(qtbot, window, last.replace(day=1), last)
    model = window.sites_dock.model
    assert sum(int(model.index(r, 6).data() or 0) for r in range(model.rowCount())) > 0
    fd.quarter.setFocus()
    QTest.keyClick(fd.quarter, Qt.Key.Key_F4)
    view = fd.quarter.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    QTest.keyClicks(view, "Q4")
    for _ in range(labels.index("Q4 2021") - labels.index(view.currentIndex().data())):
        QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Return)
    wait_filters(qtbot, window, dt.date(2021, 10, 1), dt.date(2021, 12, 31))
    # the wheel over an unfocused date field scrolls the panel; the date stays
    window.map_canvas.setFocus()
    scroll = fd.widget()
    assert isinstance(scroll, QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the Filters panel must scroll at 1366x768"
    bar.setValue(0)
    before = fd.end.date()
    centre = QPointF(fd.end.rect().center())
    for _ in range(2):
        QApplication.sendEvent(
            fd.end,
            QWheelEvent(
                centre,
                QPointF(fd.end.mapToGlobal(centre.toPoint())),
                QPoint(0, 0),
                QPoint(0, -120),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            ),
        )
    assert fd.end.date() == before
    assert bar.value() > 0
    QTest.qWait(400)
    assert window.ctx.filters.state.end == dt.date(2021, 12, 31)
    # once focused, the wheel changes the date as before
    window.activateWindow()
    qtbot.waitActive(window)
    fd.end.setFocus()
    qtbot.waitUntil(fd.end.hasFocus, timeout=2000)
    QApplication.sendEvent(
        fd.end,
        QWheelEvent(
            centre,
            QPointF(fd.end.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    )
    assert fd.end.date() != before


def test_find_a_site_by_typing_its_name(qtbot, manager_window) -> None:
    window = manager_window
    search = window.site_search
    assert search.isVisible() and search.visibleRegion().boundingRect().width() > 100
    search.setFocus()
    QTest.keyClicks(search, "luhi")
    popup = search.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "Luhihi (SK-01)"
    ]
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    ws = window.map_workspace
    md = ws.data
    site = md.sites.codes.index("SK-01")
    assert window.ctx.selection.ids == [md.sites.ids[site]]
    view = window.map_canvas.view_rect()
    assert view.contains(QPointF(md.sites.x[site], md.sites.y[site]))
    assert view.width() < 200_000  # zoomed in to the site, not the whole programme
    details = window.site_details_dock
    assert details.isVisible() and not details.visibleRegion().isEmpty()
    qtbot.waitUntil(lambda: "Luhihi" in details.view.toPlainText(), timeout=5000)


def test_province_filter_narrows_every_view(qtbot, manager_window) -> None:
    window = manager_window
    fd = window.filters_dock
    sites_before = window.sites_dock.model.rowCount()
    tree = fd.province_tree
    south_kivu = fd.provinces["South Kivu"]
    assert south_kivu.toolTip(0) == "Province in Eastern DRC"
    eastern = south_kivu.parent()
    tree.setFocus()
    # untick the other regions' provinces (one key each), then Eastern DRC's others
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top is not eastern:
            tree.setCurrentItem(top)
            QTest.keyClick(tree, Qt.Key.Key_Space)
    tree.setCurrentItem(eastern)
    QTest.keyClick(tree, Qt.Key.Key_Right)  # open the region
    assert eastern.isExpanded()
    for j in range(eastern.childCount()):
        if eastern.child(j) is not south_kivu:
            tree.setCurrentItem(eastern.child(j))
            QTest.keyClick(tree, Qt.Key.Key_Space)
    assert fd.provinces["North Kivu"].checkState(0) == Qt.CheckState.Unchecked
    assert south_kivu.checkState(0) == Qt.CheckState.Checked
    assert eastern.checkState(0) == Qt.CheckState.PartiallyChecked
    qtbot.waitUntil(
        lambda: window.ctx.filters.state.provinces == frozenset({"South Kivu"}), timeout=3000
    )
    model = window.sites_dock.model
    codes = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert 0 < len(codes) < sites_before and all(c.startswith("SK-") for c in codes)
    assert {a.site_code[:3] for a in window.actions_dock.model.rows} == {"SK-"}
    ws = window.map_workspace
    shown = {ws.data.sites.codes[i] for i in range(len(ws.data.sites)) if ws.figures.shown[i]}
    assert shown == codes
    # the panel still fits its dock: nothing to scroll sideways
    scroll = fd.widget()
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()


def test_alerts_sort_by_clicking_headers_and_fit(qtbot, manager_window) -> None:
    window = manager_window
    dock = window.alerts_dock
    dock.show()
    dock.raise_()
    dock.days.setValue(120)
    tree = dock.tree
    assert tree.topLevelItemCount() >= 3
    header = tree.header()

    def click(col: int) -> None:
        x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    def column(col: int) -> list[str]:
        return [tree.topLevelItem(i).text(col) for i in range(tree.topLevelItemCount())]

    def as_dates(texts: list[str]) -> list[dt.date]:
        return [dt.datetime.strptime(t, "%d/%m/%Y").date() for t in texts]

    click(2)
    first = as_dates(column(2))
    click(2)
    second = as_dates(column(2))
    assert {tuple(first), tuple(second)} == {
        tuple(sorted(first)),
        tuple(sorted(first, reverse=True)),
    }
    assert first != second
    click(1)
    distances = [float(t) for t in column(1)]
    assert distances in (sorted(distances), sorted(distances, reverse=True))
    assert len(set(distances)) > 1
    click(0)
    sites = [t.casefold() for t in column(0)]
    assert sites in (sorted(sites), sorted(sites, reverse=True))
    # no column is cut off: distance and date whole, the three side by side in the view
    # (no sideways scrolling), long site names and event summaries wrap
    for col in (1, 2):
        assert header.sectionSize(col) >= tree.sizeHintForColumn(col)
    assert sum(header.sectionSize(c) for c in range(3)) <= tree.viewport().width()
    assert not tree.horizontalScrollBar().isVisible()
    assert tree.wordWrap()


def test_french_manager_types_dates_and_picks_t4(
    qtbot, sample_db_file: Path, tmp_path: Path
) -> None:
    window = open_sample(qtbot, sample_db_file, tmp_path, lang="fr")
    try:
        fd = window.filters_dock
        assert "JJ/MM/AAAA" in fd.start.toolTip()
        type_date(qtbot, fd.end, "15/01/2022")
        wait_filters(qtbot, window, REPORTING_YEAR[0], dt.date(2022, 1, 15))
        assert fd.end.text() == "15/01/2022"
        assert "15/01/2022" in fd.as_of.text() and "Les chiffres couvrent" in fd.as_of.text()
        labels = [fd.quarter.itemText(i) for i in range(fd.quarter.count())]
        assert "T4 2021" in labels and not any(t.startswith("Q") for t in labels[1:])
        fd.quarter.setFocus()
        QTest.keyClick(fd.quarter, Qt.Key.Key_F4)
        view = fd.quarter.view()
        qtbot.waitUntil(view.isVisible, timeout=2000)
        QTest.keyClicks(view, "T4")
        for _ in range(labels.index("T4 2021") - labels.index(view.currentIndex().data())):
            QTest.keyClick(view, Qt.Key.Key_Down)
        QTest.keyClick(view, Qt.Key.Key_Return)
        wait_filters(qtbot, window, dt.date(2021, 10, 1), dt.date(2021, 12, 31))
        assert "statuts à ce jour" in window.actions_dock.shows.text()
        assert window.site_search.placeholderText() == "Trouver un site (nom ou code)…"
    finally:
        close_window(window)
