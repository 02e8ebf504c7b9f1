"""Issue 13, section 3: every source's event types are told apart on the map. UCDP's
types (stored by UCDP's own names) are drawn in their colours, not grey, and the
types of any other source each get their own colour and symbol, the same every run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from bm_desktop.domain import colours
from bm_desktop.exchange.imports.event_layouts import UCDP_TYPES
from bm_desktop.ui.map.symbols import event_shape, paint_event

GREY = QColor(colours.EVENT_OTHER)


def _drawn(event_type: str) -> tuple[QColor, int]:
    """The colour at the symbol's centre and how many pixels it covers."""
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.translate(20, 20)
    paint_event(p, event_type, 24)
    p.end()
    covered = sum(1 for x in range(40) for y in range(40) if image.pixelColor(x, y).alpha() > 0)
    return image.pixelColor(20, 21), covered


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40


def test_ucdp_types_are_drawn_in_their_own_colours() -> None:
    seen = set()
    for name in UCDP_TYPES.values():
        colour, _ = _drawn(name)
        assert not _near(colour, GREY), name
        assert _near(colour, QColor(colours.EVENT_TYPE[name])), name
        seen.add(colour.name())
    assert len(seen) == 3


def test_other_sources_types_get_distinct_colours_and_symbols() -> None:
    kinds = [
        "Kidnapping",
        "Illegal taxation",
        "Armed robbery",
        "Looting",
        "Ambush",
        "Checkpoint extortion",
    ]
    styles = {(colours.event_colour(k), event_shape(k)) for k in kinds}
    assert len(styles) == len(kinds)
    for k in kinds:
        colour, covered = _drawn(k)
        assert not _near(colour, GREY) and covered > 50, k
    # The same type always looks the same (no per-run hashing).
    assert colours.event_colour("Kidnapping") == colours.event_colour("Kidnapping".upper())
    assert colours.event_colour("Kidnapping") in colours.EVENT_PALETTE


def test_an_imprecise_event_reads_as_its_year_or_month_on_the_map(db, tmp_path) -> None:
    import numpy as np

    from bm_desktop.exchange.imports.runner import ImportOptions, run_import
    from bm_desktop.services.map_data import load_map_data
    from bm_desktop.ui.map.events import EventsLayer
    from tests.exchange.event_files import UCDP_COLUMNS, ucdp, write

    rows = [
        ucdp(1, "2023-01-01", "2023-12-31", prec=5),
        ucdp(2, "2023-05-01", "2023-05-31", prec=4),
        ucdp(3, "2023-03-14", "2023-03-14"),
    ]
    run_import(db, "events", write(tmp_path / "ged.csv", UCDP_COLUMNS, rows), ImportOptions())
    table = load_map_data(db).events
    layer = EventsLayer()
    layer.set_events(table, np.ones(len(table), dtype=bool))
    heads = sorted(layer.tooltip(i).split("<br>")[0].split(" · ")[1] for i in range(len(table)))
    assert heads == ["2023", "2023-03-14", "2023-05"]
