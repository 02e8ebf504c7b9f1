"""Security events: a shape and colour per event type, a size per fatality class,
for the events that touch the filter period."""

from __future__ import annotations

from collections import Counter

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPointF, QRectF
from PySide6.QtGui import QPainter

from bm_desktop.services.map_data import EventTable, day_number
from bm_desktop.ui.map.layer import LegendEntry, LegendSection, MapLayer
from bm_desktop.ui.map.sites import size_row
from bm_desktop.ui.map.sprites import SpriteAtlas, SpriteScatter
from bm_desktop.ui.map.symbols import (
    FATALITY_CLASSES,
    draw_event_key,
    event_sprite_size,
    fatality_size,
    in_swatch,
    paint_event,
)
from bm_desktop.ui.theme import count_text

EPOCH = np.datetime64("1970-01-01", "D")


translate = QCoreApplication.translate
# The event types of ACLED and UCDP are English data values; shown in the interface
# language (unknown types are shown as they come).
EVENT_TYPE_TEXT = {
    "Battles": QT_TRANSLATE_NOOP("MapEvents", "Battles"),
    "Violence against civilians": QT_TRANSLATE_NOOP("MapEvents", "Violence against civilians"),
    "Explosions/Remote violence": QT_TRANSLATE_NOOP("MapEvents", "Explosions/Remote violence"),
    "Riots": QT_TRANSLATE_NOOP("MapEvents", "Riots"),
    "Protests": QT_TRANSLATE_NOOP("MapEvents", "Protests"),
    "Strategic developments": QT_TRANSLATE_NOOP("MapEvents", "Strategic developments"),
    "State-based conflict": QT_TRANSLATE_NOOP("MapEvents", "State-based conflict"),
    "Non-state conflict": QT_TRANSLATE_NOOP("MapEvents", "Non-state conflict"),
    "One-sided violence": QT_TRANSLATE_NOOP("MapEvents", "One-sided violence"),
}


def event_type_text(event_type: str) -> str:
    known = EVENT_TYPE_TEXT.get(event_type)
    return translate("MapEvents", known) if known else event_type


def day_text(days: int) -> str:
    return str(EPOCH + np.timedelta64(int(days), "D"))


def when_text(t: EventTable, i: int) -> str:
    """The event's date as its source knows it: "2023", "2023-03" or the day(s)."""
    start = t.start[i]
    if t.unit[i] == 2:
        return day_text(start)[:4]
    if t.unit[i] == 1:
        return day_text(start)[:7]
    return day_text(start) if start == t.end[i] else f"{day_text(start)} – {day_text(t.end[i])}"


class EventsLayer(MapLayer):
    key = "events"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas = SpriteAtlas(draw_event_key, event_sprite_size)
        self.scatter = self.add_item(SpriteScatter(self.atlas, preview_while_moving=True))
        self.table: EventTable | None = None
        self.shown = np.zeros(0, dtype=np.intp)
        self.size = np.zeros(0)
        self._type_sprites: dict[tuple[int, float], int] = {}

    def title(self) -> str:
        return translate("MapEvents", "Security events")

    def set_events(self, table: EventTable, mask: np.ndarray) -> None:
        """Show the events where ``mask`` is true (the filter period)."""
        self.table = table
        self.size = (
            np.array([fatality_size(int(f)) for f in table.fatalities])
            if len(table)
            else np.zeros(0)
        )
        shown = np.flatnonzero(mask)
        shown = shown[np.argsort(-self.size[shown], kind="stable")]
        self.shown = shown
        sprites = np.empty(len(shown), dtype=np.int32)
        for k, i in enumerate(shown):
            key = (int(table.type[i]), float(self.size[i]))
            sprite = self._type_sprites.get(key)
            if sprite is None:
                sprite = self._type_sprites[key] = self.atlas.index(
                    (table.type_names[key[0]], key[1])
                )
            sprites[k] = sprite
        self.scatter.set_points(table.x[shown], table.y[shown], sprites)
        self.changed.emit()

    def hits(self, pos: QPointF, pixel: float) -> np.ndarray:
        t = self.table
        if t is None or self.shown.size == 0 or pixel <= 0:
            return np.zeros(0, dtype=np.intp)
        idx = self.shown
        d = np.hypot(t.x[idx] - pos.x(), t.y[idx] - pos.y()) / pixel
        hit = np.flatnonzero(d <= self.size[idx] / 2.0 + 2.0)
        return idx[hit[np.argsort(d[hit], kind="stable")]]

    def tooltip_at(self, pos: QPointF, pixel: float) -> str | None:
        hit = self.hits(pos, pixel)
        if hit.size == 0:
            return None
        return self.tooltip(int(hit[0]), extra=int(hit.size) - 1)

    def tooltip(self, i: int, extra: int = 0) -> str:
        t = self.table
        assert t is not None
        when = when_text(t, i)
        lines = [
            f"<b>{t.sub_type[i] or event_type_text(t.type_names[t.type[i]])}</b> · {when}",
            event_type_text(t.type_names[t.type[i]]),
        ]
        if t.actors[i]:
            lines.append(t.actors[i])
        if t.location[i]:
            lines.append(t.location[i])
        lines.append(translate("MapEvents", "Fatalities: {n}").format(n=int(t.fatalities[i])))
        if extra:
            lines.append(translate("MapEvents", "(+{n} more events here)").format(n=extra))
        return "<br>".join(lines)

    def legend(self) -> list[LegendSection]:
        t = self.table
        if t is None:
            return []
        counts = Counter(int(k) for k in t.type[self.shown])
        types = [
            LegendEntry(
                f"{event_type_text(t.type_names[k])} ({count_text(n)})",
                _event_swatch(t.type_names[k], 11.0),
            )
            for k, n in counts.most_common()
        ]
        if not types:
            types = [
                LegendEntry(translate("MapEvents", "No event in the period"), lambda _p, _r: None)
            ]
        bounds = [c[0] for c in FATALITY_CLASSES] + [None]
        sizes = []
        for (low, px), high in zip(FATALITY_CLASSES, bounds[1:], strict=True):
            if high is None:
                label = f"{low}+"
            elif high - 1 == low:
                label = str(low)
            else:
                label = f"{low}–{high - 1}"
            sizes.append((px, label))
        row = size_row(sizes, lambda p, d: paint_event(p, "", d))
        return [
            LegendSection(
                self.title(), types, note=translate("MapEvents", "events in the filter period")
            ),
            LegendSection(translate("MapEvents", "Security events: fatalities"), [row]),
        ]


def _event_swatch(event_type: str, size: float, grey: bool = False):  # noqa: ANN202
    def draw(p: QPainter, r: QRectF) -> None:
        in_swatch(p, r, paint_event, "" if grey else event_type, size)

    return draw


__all__ = ["EventsLayer", "day_number"]
