"""Screenshots of the exchange feature: the export options dialog, the column-mapping
step and the import preview with its error report."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

REGISTER = [
    [
        "pcode",
        "name",
        "longitude",
        "latitude",
        "province",
        "territoire",
        "visit_date",
        "workers_numb",
        "mineral1",
        "mineral2",
        "armed_group_presence",
        "child_labour",
    ],
    [
        "codmine00841",
        "Kalimbi",
        28.85,
        -2.12,
        "Sud-Kivu",
        "Kalehe",
        "2019-03-15",
        450,
        "Cassitérite",
        "Coltan",
        0,
        1,
    ],
    [
        "codmine00841",
        "Kalimbi",
        28.85,
        -2.12,
        "Sud-Kivu",
        "Kalehe",
        "2016-05-02",
        300,
        "Cassitérite",
        "",
        1,
        0,
    ],
    [
        "codmine01250",
        "Mukungwe",
        28.60,
        -2.70,
        "Sud-Kivu",
        "Walungu",
        "2018-09-01",
        800,
        "Or",
        "",
        1,
        1,
    ],
    [
        "codmine01302",
        "Nyabibwe",
        28.93,
        -1.90,
        "Sud-Kivu",
        "Kalehe",
        "2019-02-30",
        600,
        "Cassitérite",
        "",
        0,
        0,
    ],
    [
        "codmine02011",
        "Bisie",
        28.02,
        -95.0,
        "Nord-Kivu",
        "Walikale",
        "2017-11-20",
        1200,
        "Cassitérite",
        "",
        1,
        0,
    ],
    [
        "codmine03101",
        "Mambasa Est",
        29.05,
        1.36,
        "Ituri",
        "Mambasa",
        "2020-01-14",
        300,
        "Or",
        "Diamant",
        1,
        1,
    ],
    ["codmine04417", "Wamba", 27.99, 2.14, "Haut-Uele", "Wamba", "2020-02-03", 150, "Or", "", 0, 0],
]


def render(ctx) -> list[Path]:
    from PySide6.QtCore import QDeadlineTimer
    from PySide6.QtWidgets import QApplication

    feature = ctx.window.exchange
    shots = []
    export = feature.export_dialog("incidents")
    export.show()
    shots.append(ctx.grab(export, "exchange_export_dialog"))
    export.close()

    folder = Path(tempfile.mkdtemp(prefix="bm-exchange-shot-"))
    path = folder / "ipis_register_2020.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(REGISTER)
    mapping = feature.mapping_dialog("sites", path)
    mapping.show()
    shots.append(ctx.grab(mapping, "exchange_column_mapping"))
    chosen = mapping.mapping()
    mapping.close()

    preview = feature.preview("sites", path, chosen)
    deadline = QDeadlineTimer(30000)
    while preview.report is None and not deadline.hasExpired():
        QApplication.processEvents()
        ctx.settle(50)
    shots.append(ctx.grab(preview, "exchange_import_preview"))
    preview.close()
    return shots
