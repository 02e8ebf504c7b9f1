"""Greedy label placement in screen space: no label overlaps another or a symbol.

Candidates are taken by priority; each tries its allowed positions around its
anchor (right, left, above, below, then the diagonals, as cartographers
prefer) and takes the first whose box collides with nothing placed so far and
stays inside the view. Collision tests use a uniform grid of buckets, so
placing n labels costs about O(n). Pure Python and numpy: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# dx, dy factors: box offset = anchor + (dx * (gap + w/2), dy * (gap + h/2)) - size / 2
POSITIONS = {
    "E": (1, 0), "W": (-1, 0), "N": (0, -1), "S": (0, 1),
    "NE": (0.75, -0.75), "NW": (-0.75, -0.75), "SE": (0.75, 0.75), "SW": (-0.75, 0.75),
    "C": (0, 0),
}
AROUND = ("E", "W", "N", "S", "NE", "NW", "SE", "SW")
CENTRED = ("C",)
BUCKET = 64.0


@dataclass
class Candidate:
    """A label that would like a place: anchor and box size in device pixels."""

    x: float
    y: float
    w: float
    h: float
    gap: float  # distance kept from the anchor (the symbol's radius + a margin)
    priority: float
    positions: tuple[str, ...] = AROUND
    ref: object = None  # whatever the caller needs to draw it


@dataclass
class Placed:
    candidate: Candidate
    left: float
    top: float


class _Grid:
    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    def _keys(self, l: float, t: float, r: float, b: float):  # noqa: E741, ANN202
        for i in range(int(l // BUCKET), int(r // BUCKET) + 1):
            for j in range(int(t // BUCKET), int(b // BUCKET) + 1):
                yield (i, j)

    def hits(self, l: float, t: float, r: float, b: float) -> bool:  # noqa: E741
        for key in self._keys(l, t, r, b):
            for (l2, t2, r2, b2) in self.cells.get(key, ()):
                if l < r2 and l2 < r and t < b2 and t2 < b:
                    return True
        return False

    def add(self, l: float, t: float, r: float, b: float) -> None:  # noqa: E741
        for key in self._keys(l, t, r, b):
            self.cells.setdefault(key, []).append((l, t, r, b))


def place_labels(candidates: list[Candidate], width: float, height: float,
                 obstacles: np.ndarray | None = None, padding: float = 3.0) -> list[Placed]:
    """Place as many candidates as fit, highest priority first.

    ``obstacles`` is an (n, 4) array of boxes (left, top, right, bottom) that labels
    must not cover, e.g. the site symbols. Labels keep ``padding`` pixels apart.
    """
    grid = _Grid()
    if obstacles is not None:
        for l, t, r, b in np.asarray(obstacles, dtype=float).reshape(-1, 4):  # noqa: E741
            if r >= 0 and b >= 0 and l <= width and t <= height:
                grid.add(l, t, r, b)
    placed: list[Placed] = []
    for c in sorted(candidates, key=lambda c: -c.priority):
        for pos in c.positions:
            fx, fy = POSITIONS[pos]
            cx = c.x + fx * (c.gap + c.w / 2.0)
            cy = c.y + fy * (c.gap + c.h / 2.0)
            left, top = cx - c.w / 2.0, cy - c.h / 2.0
            right, bottom = left + c.w, top + c.h
            if left < 0 or top < 0 or right > width or bottom > height:
                continue
            if grid.hits(left - padding, top - padding, right + padding, bottom + padding):
                continue
            grid.add(left, top, right, bottom)
            placed.append(Placed(c, left, top))
            break
    return placed
