"""The legend: one section per visible layer.

Layers give their sections (:class:`~bm_desktop.ui.map.layer.LegendSection`);
hidden layers give none, so the legend never explains what is not on the map.
On screen it is a panel beside the map (:class:`LegendPanel`), so it never hides
a site; :func:`paint_legend` draws the same legend onto exported maps, flowing
into columns when it does not fit their height.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from bm_desktop.domain import colours
from bm_desktop.ui.map.layer import LegendSection

SWATCH_W, SWATCH_H = 22.0, 15.0
PAD = 8.0
LINE_GAP = 2.0
SECTION_GAP = 6.0
MAX_TEXT_W = 205.0  # longer labels wrap
WRAP = int(Qt.TextFlag.TextWordWrap)


def _text_size(fm: QFontMetricsF, text: str) -> tuple[float, float]:
    r = fm.boundingRect(QRectF(0, 0, MAX_TEXT_W, 1e5), WRAP, text)
    return min(r.width(), MAX_TEXT_W) + 1, r.height()


def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    title = QFont(base)
    title.setPointSizeF(9.0)
    title.setBold(True)
    body = QFont(base)
    body.setPointSizeF(8.5)
    note = QFont(base)
    note.setPointSizeF(7.5)
    note.setItalic(True)
    return title, body, note


def _blocks(
    sections: list[LegendSection], fonts: tuple[QFont, QFont, QFont]
) -> list[tuple[LegendSection, float, float]]:
    """(section, width, height) for each section."""
    title_fm, body_fm, note_fm = (QFontMetricsF(f) for f in fonts)
    out = []
    for s in sections:
        w, h = _text_size(title_fm, s.title)
        if s.note:
            nw, nh = _text_size(note_fm, s.note)
            w, h = max(w, nw), h + nh
        sw = _swatch_width(s)
        for e in s.entries:
            lw, lh = _text_size(body_fm, e.label)
            w = max(w, sw + 6 + lw)
            h += max(SWATCH_H, e.height, lh) + LINE_GAP
        out.append((s, w, h))
    return out


def _swatch_width(section: LegendSection) -> float:
    return max([SWATCH_W] + [e.width for e in section.entries])


def paint_legend(
    p: QPainter, area: QRectF, sections: list[LegendSection], title: str = "", frame: bool = True
) -> QRectF:
    """Paint the legend in the top-left of ``area``; returns the rect it covers.

    Sections flow into more columns when they do not fit the height of ``area``.
    """
    if not sections:
        return QRectF()
    fonts = _fonts(p.font())
    title_fm, body_fm, note_fm = (QFontMetricsF(f) for f in fonts)
    blocks = _blocks(sections, fonts)
    max_h = max(area.height() - 2 * PAD, 100.0)
    columns: list[list[tuple[LegendSection, float, float]]] = [[]]
    used = title_fm.height() + 4 if title else 0.0
    for block in blocks:
        if columns[-1] and used + block[2] > max_h:
            columns.append([])
            used = 0.0
        columns[-1].append(block)
        used += block[2] + SECTION_GAP
    col_w = [max(b[1] for b in col) for col in columns]
    col_h = [sum(b[2] for b in col) + SECTION_GAP * (len(col) - 1) for col in columns]
    head = title_fm.height() + 4 if title else 0.0
    width = sum(col_w) + PAD * (len(columns) + 1)
    height = max(col_h) + head + 2 * PAD
    box = QRectF(area.left(), area.top(), width, height)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if frame:
        p.setPen(QPen(QColor(colours.BORDER), 1.0))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(box, 4, 4)
    p.setPen(QColor(colours.TEXT))
    if title:
        p.setFont(fonts[0])
        p.drawText(
            QRectF(box.left() + PAD, box.top() + PAD, width, title_fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
    x = box.left() + PAD
    for col, cw in zip(columns, col_w, strict=True):
        y = box.top() + PAD + head
        for section, _w, _h in col:
            p.setFont(fonts[0])
            p.setPen(QColor(colours.TEXT))
            th = _text_size(title_fm, section.title)[1]
            p.drawText(QRectF(x, y, cw, th), WRAP | int(Qt.AlignmentFlag.AlignLeft), section.title)
            y += th
            if section.note:
                p.setFont(fonts[2])
                p.setPen(QColor("#555555"))
                nh = _text_size(note_fm, section.note)[1]
                p.drawText(
                    QRectF(x, y, cw, nh), WRAP | int(Qt.AlignmentFlag.AlignLeft), section.note
                )
                y += nh
            p.setFont(fonts[1])
            sw = _swatch_width(section)
            for entry in section.entries:
                sh = max(SWATCH_H, entry.height)
                lw, lh = _text_size(body_fm, entry.label)
                line_h = max(sh, lh)
                p.save()
                entry.draw(p, QRectF(x, y + (line_h - sh) / 2, sw, sh))
                p.restore()
                p.setPen(QColor(colours.TEXT))
                p.drawText(
                    QRectF(x + sw + 6, y, lw + 2, line_h),
                    WRAP | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    entry.label,
                )
                y += line_h + LINE_GAP
            y += SECTION_GAP
        x += cw + PAD
    p.restore()
    return box


def legend_size(sections: list[LegendSection], font: QFont, title: str = "") -> QSizeF:
    """The size of a one-column legend (what a legend panel needs)."""
    if not sections:
        return QSizeF(0, 0)
    fonts = _fonts(font)
    blocks = _blocks(sections, fonts)
    head = QFontMetricsF(fonts[0]).height() + 4 if title else 0.0
    width = max(b[1] for b in blocks) + 2 * PAD
    height = sum(b[2] for b in blocks) + SECTION_GAP * (len(blocks) - 1) + head + 2 * PAD
    return QSizeF(width, height)


class LegendPanel(QWidget):
    """The legend beside the map: every visible layer's sections, one column."""

    def __init__(
        self, sections: Callable[[], list[LegendSection]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._sections = sections
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor("#FFFFFF"))
        self.setPalette(pal)
        self.refresh()

    def refresh(self) -> None:
        size = legend_size(self._sections(), self.font())
        self.setMinimumSize(int(size.width()) + 2, int(size.height()) + 2)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        size = legend_size(self._sections(), self.font())
        return QSize(int(size.width()) + 2, int(size.height()) + 2)

    def paintEvent(self, _event: object) -> None:  # noqa: N802  (Qt override)
        p = QPainter(self)
        paint_legend(p, QRectF(0, 0, self.width(), 1e6), self._sections(), frame=False)
        p.end()
