"""Greedy label placement: priority first, no overlaps, symbols and the view respected."""

from __future__ import annotations

import numpy as np

from bm_desktop.ui.map.placement import CENTRED, Candidate, place_labels


def _boxes(placed):  # noqa: ANN001, ANN202
    return [(p.left, p.top, p.left + p.candidate.w, p.top + p.candidate.h) for p in placed]


def _overlap(a, b) -> bool:  # noqa: ANN001
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_first_choice_is_to_the_right_and_priority_wins() -> None:
    big = Candidate(100, 100, 60, 14, gap=5, priority=10, ref="big")
    small = Candidate(100, 100, 60, 14, gap=5, priority=1, ref="small")
    placed = place_labels([small, big], 400, 300)
    assert [p.candidate.ref for p in placed] == ["big", "small"]
    assert placed[0].left == 105  # right of the anchor
    assert placed[1].left == 100 - 5 - 60  # the second one goes to the left


def test_no_overlap_and_obstacles_kept_free_for_many_labels() -> None:
    rng = np.random.default_rng(1)
    cands = [
        Candidate(float(x), float(y), 50, 12, 4, float(p))
        for x, y, p in zip(
            rng.uniform(0, 500, 400), rng.uniform(0, 400, 400), rng.random(400), strict=True
        )
    ]
    obstacle = np.array([[200, 150, 260, 210]])
    placed = place_labels(cands, 500, 400, obstacle)
    boxes = _boxes(placed)
    assert 30 < len(placed) < 400
    for i, a in enumerate(boxes):
        assert 0 <= a[0] and a[2] <= 500 and 0 <= a[1] and a[3] <= 400
        assert not _overlap(a, obstacle[0])
        for b in boxes[i + 1 :]:
            assert not _overlap(a, b)


def test_centred_labels_only_go_where_asked() -> None:
    c = Candidate(50, 50, 40, 10, 0, 1, positions=CENTRED)
    blocked = place_labels([c], 200, 200, np.array([[45, 45, 55, 55]]))
    assert blocked == []
    assert place_labels([c], 200, 200)[0].left == 30
