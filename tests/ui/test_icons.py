"""Icons are Font Awesome glyphs drawn in the asked colour, without importing qtawesome."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from bm_desktop.ui.theme import icon


def _ink(icon_: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> list[QColor]:
    image = icon_.pixmap(QSize(32, 32), mode).toImage()
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
        or (mode == QIcon.Mode.Disabled and image.pixelColor(x, y).alpha() > 60)
    ]


def test_a_glyph_is_drawn_in_its_colour(qapp) -> None:
    ink = _ink(icon("fa5s.map", "#C62828"))
    assert len(ink) > 100  # a real glyph, not an empty square
    assert all(c.red() > 150 and c.green() < 80 and c.blue() < 80 for c in ink)


def test_different_names_draw_different_glyphs(qapp) -> None:
    a = icon("fa5s.plus").pixmap(QSize(32, 32)).toImage()
    b = icon("fa5s.minus").pixmap(QSize(32, 32)).toImage()
    assert a != b


def test_disabled_icons_are_faded(qapp) -> None:
    normal = max(c.alpha() for c in _ink(icon("fa5s.edit")))
    faded = max(c.alpha() for c in _ink(icon("fa5s.edit"), QIcon.Mode.Disabled))
    assert faded < normal


def test_unknown_names_give_an_empty_icon(qapp) -> None:
    assert icon("fa5s.no-such-glyph").isNull()
    assert icon("mdi6.filter").isNull()


def test_the_window_does_not_import_qtawesome() -> None:
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from bm_desktop.ui.theme import icon; assert not icon('fa5s.map').isNull(); "
        "print('qtawesome' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
