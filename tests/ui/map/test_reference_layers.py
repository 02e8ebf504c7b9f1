"""A national register as a reference layer in the window: drawn under the programme's
sites, filtered by its own attributes in the Layers dock, identified by a click,
removed from the dock; the programme's map data and alerts do not change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bm_desktop.cli import main
from bm_desktop.db.engine import open_database
from bm_desktop.geo.projection import lonlat_to_mercator
from bm_desktop.ui.map.presets import sites_rect
from tests.register_file import visit_row, write_register
from tests.ui.map.conftest import close_window, open_window

LUHIHI = (28.93, -2.32)  # a programme site (tests/map_programme.py)
LONE = (28.70, -2.62)  # a register site alone on the map


def _register(tmp_path, path):  # noqa: ANN001, ANN202
    rows = [
        visit_row(
            1,
            "codmine00001",
            "Luhihi (register)",
            dt.date(2015, 3, 1),
            *LUHIHI,
            armed_group="Raia Mutomboki",
            child=1,
        ),
        visit_row(
            2,
            "codmine00001",
            "Luhihi (register)",
            dt.date(2019, 6, 4),
            *LUHIHI,
            armed_group="Raia Mutomboki",
            child=1,
        ),
        visit_row(
            3,
            "codmine00002",
            "Kamituga Mobale",
            dt.date(2013, 5, 2),
            *LONE,
            armed_group="FDLR",
            workers=800,
        ),
        visit_row(
            4, "codmine00002", "Kamituga Mobale", dt.date(2020, 9, 17), *LONE, workers=1200, child=0
        ),
        visit_row(
            5,
            "codmine00003",
            "Nyabibwe",
            dt.date(2021, 2, 11),
            28.95,
            -1.95,
            mineral="Cassitérite",
            armed_group="FARDC",
        ),
    ]
    file = write_register(tmp_path / "ipis.csv", 0, rows=rows)
    assert main(["layers", "add", str(file), "--name", "IPIS 2021", "--db", str(path)]) == 0


def _layer_names(path) -> list[str]:  # noqa: ANN001
    from bm_desktop.services.reference_layers import list_layers

    db = open_database(path)
    try:
        return [i.name for i in list_layers(db)]
    finally:
        db.dispose()


def _pixel(window, lonlat) -> str:  # noqa: ANN001
    canvas = window.map_canvas
    QApplication.processEvents()
    image = canvas.view.grab().toImage()
    p = canvas.map_to_widget(*lonlat_to_mercator(*lonlat)).toPoint()
    return image.pixelColor(p).name()


def test_register_layer_drawn_under_sites_filtered_and_identified(
    qtbot, programme_db, tmp_path, monkeypatch
) -> None:
    path, _prog = programme_db
    _register(tmp_path, path)
    from bm_desktop.ui.map.reference_sites import FILL, ReferenceSitesLayer

    window = open_window(qtbot, path)
    try:
        ws, canvas = window.map_workspace, window.map_canvas
        qtbot.waitUntil(lambda: len(window.reference_layers.layers()) == 1, timeout=10000)
        layer = window.reference_layers.layers()[0]
        assert isinstance(layer, ReferenceSitesLayer) and len(layer.shown) == 3
        # drawn under the programme's sites (and events), above the basemap
        order = canvas.order()
        assert (
            order.index("sites")
            < order.index("events")
            < order.index(layer.key)
            < order.index("admin1")
        )
        assert layer.scatter.zValue() < ws.sites.scatter.zValue()
        assert len(ws.data.sites) == 4  # not programme sites
        x, y = lonlat_to_mercator([LONE[0], LUHIHI[0]], [LONE[1], LUHIHI[1]])
        canvas.set_view(sites_rect(x, y, min_span=120_000))
        canvas.settle_now()
        lone_shown = _pixel(window, LONE)
        site_shown = _pixel(window, LUHIHI)
        dock = window.layers_dock
        items = [dock.list.item(i) for i in range(dock.list.count())]
        item = next(i for i in items if i.text() == "IPIS 2021 (reference)")
        item.setCheckState(Qt.CheckState.Unchecked)  # the Layers dock's tick box
        assert not layer.visible
        lone_hidden, site_hidden = _pixel(window, LONE), _pixel(window, LUHIHI)
        item.setCheckState(Qt.CheckState.Checked)
        assert layer.visible
        assert lone_shown != lone_hidden  # the register site is drawn...
        assert abs(int(lone_shown[1:3], 16) - int(FILL[1:3], 16)) < 40  # ... in muted grey
        assert site_shown == site_hidden  # ... and the programme site covers it
        # its own filters, in the Layers dock
        dock.list.setCurrentItem(item)
        assert dock.options.currentIndex() == dock._pages["reference"]
        assert [dock.ref_mineral.itemText(i) for i in range(dock.ref_mineral.count())] == [
            "Any",
            "Gold",
            "Tin",
        ]
        dock.ref_armed.setCurrentIndex(dock.ref_armed.findText("Yes"))
        assert sorted(layer.sites.codes[i] for i in layer.shown) == [
            "codmine00001",
            "codmine00003",
        ]  # Kamituga's latest visit found no armed group
        assert _pixel(window, LONE) == lone_hidden
        dock.ref_armed.setCurrentIndex(0)
        dock.ref_since.setCurrentIndex(dock.ref_since.findText("2020"))
        assert sorted(layer.sites.codes[i] for i in layer.shown) == ["codmine00002", "codmine00003"]
        dock.ref_mineral.setCurrentIndex(dock.ref_mineral.findText("Tin"))
        assert [layer.sites.codes[i] for i in layer.shown] == ["codmine00003"]
        dock.ref_mineral.setCurrentIndex(0)
        dock.ref_since.setCurrentIndex(0)
        dock.ref_child.setCurrentIndex(dock.ref_child.findText("Yes"))
        assert [layer.sites.codes[i] for i in layer.shown] == ["codmine00001"]
        dock.ref_child.setCurrentIndex(0)
        assert len(layer.shown) == 3
        # identify by click: the attributes and the visit history
        viewport = canvas.view.viewport()
        qtbot.mouseClick(
            viewport,
            Qt.MouseButton.LeftButton,
            pos=canvas.map_to_widget(*lonlat_to_mercator(*LONE)).toPoint(),
        )
        dialog = window.reference_layers.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.fields["Name"] == "Kamituga Mobale"
        assert dialog.fields["Workers"] == "1200"
        assert dialog.fields["Last visit"] == "17/09/2020"
        assert dialog.fields["Armed presence"] == "no"
        assert dialog.fields["project"] == "IPIS - 2020"
        visits = dialog.visits
        assert [visits.item(r, 0).text() for r in range(visits.rowCount())] == [
            "17/09/2020",
            "02/05/2013",
        ]
        assert visits.item(1, 3).text() == "yes"
        assert window.ctx.selection.ids == []  # no programme site was selected
        dialog.close()
        # removed from the dock
        dock.remove_reference_requested.emit(layer.key)
        assert window.reference_layers.layers() == []
        assert all(
            not dock.list.item(i).text().endswith("(reference)") for i in range(dock.list.count())
        )
        qtbot.waitUntil(lambda: _layer_names(path) == [], timeout=10000)
        # added again from the window: a file with a bad row asks before leaving it out
        rows = [
            visit_row(1, "c1", "Good", dt.date(2020, 1, 5), *LONE),
            visit_row(2, "c2", "Bad", dt.date(2020, 1, 5), "east", -2.7),
        ]
        file = write_register(tmp_path / "again.csv", 0, rows=rows)
        asked = []
        monkeypatch.setattr(
            QMessageBox,
            "question",
            lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1],
        )
        window.reference_layers.add_file(file, "Again")
        qtbot.waitUntil(lambda: len(window.reference_layers.layers()) == 1, timeout=10000)
        assert "1 rows of again.csv were rejected" in asked[0]
        assert "row 3: longitude 'east' is not a number" in asked[0]
        assert _layer_names(path) == ["Again"]
        assert any(
            dock.list.item(i).text() == "Again (reference)" for i in range(dock.list.count())
        )
    finally:
        close_window(window)
