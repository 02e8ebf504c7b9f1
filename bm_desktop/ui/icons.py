"""Icons: glyphs of the Font Awesome 5 solid font that ships inside qtawesome.

Every icon in the app is ``fa5s.<name>``. Importing qtawesome itself loads qtpy and
all nine of its fonts with their charmaps, a fifth of a second of start-up for the
one font we use; so this module reads that font and its charmap straight from the
qtawesome package folder (located without importing it) and draws each glyph with
a small :class:`QIconEngine`. The glyph is drawn at paint time, sharp at any size.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

PREFIX = "fa5s"
GLYPH_SCALE = 0.875  # a 16 px icon gets a 14 px glyph, which leaves room for the bearing
DISABLED_ALPHA = 110


class IconFontMissing(LookupError):
    """qtawesome's Font Awesome 5 solid font could not be found or loaded."""


@cache
def _font() -> tuple[str, dict[str, str]]:
    """The font family and the glyph of each icon name (loaded once)."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise IconFontMissing("the qtawesome package is not installed")
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    ttf = sorted(fonts.glob("fontawesome5-solid-webfont-*.ttf"))
    charmap = sorted(fonts.glob("fontawesome5-solid-webfont-charmap-*.json"))
    if not ttf or not charmap:
        raise IconFontMissing(f"no Font Awesome 5 solid font in {fonts}")
    font_id = QFontDatabase.addApplicationFont(str(ttf[-1]))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise IconFontMissing(f"Qt could not load {ttf[-1]}")
    codes = json.loads(charmap[-1].read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}


class GlyphIconEngine(QIconEngine):
    """Draws one glyph of the icon font in one colour (faded when disabled)."""

    def __init__(self, family: str, glyph: str, colour: QColor) -> None:
        super().__init__()
        self.family, self.glyph, self.colour = family, glyph, QColor(colour)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        colour = QColor(self.colour)
        if mode == QIcon.Mode.Disabled:
            colour.setAlpha(DISABLED_ALPHA)
        font = QFont(self.family)
        font.setPixelSize(max(1, round(GLYPH_SCALE * rect.height())))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setPen(colour)
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self.family, self.glyph, self.colour)


def glyph_icon(name: str, colour: str) -> QIcon:
    """``fa5s.<name>`` in ``colour``; raises KeyError for a name the font lacks."""
    prefix, _, glyph_name = name.partition(".")
    if prefix != PREFIX:
        raise KeyError(f"only {PREFIX}.* icons are shipped, not {name!r}")
    family, glyphs = _font()
    return QIcon(GlyphIconEngine(family, glyphs[glyph_name], QColor(colour)))
