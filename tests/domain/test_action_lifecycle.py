"""The corrective-action life cycle: transitions, derived status, overdue."""

from __future__ import annotations

import datetime as dt

import pytest

from bm_desktop.domain.action_lifecycle import (
    LifecycleError,
    ProgressPoint,
    allowed_next,
    check_update,
    current_status,
    is_overdue,
    parse_status,
    status_on,
)
from bm_desktop.domain.enums import ActionStatus as S

D = dt.date
REC = D(2021, 6, 1)
TODAY = D(2022, 3, 31)


def history(*steps: tuple[S, dt.date]) -> list[ProgressPoint]:
    return [ProgressPoint(st, on, seq=f"{i:04d}") for i, (st, on) in enumerate(steps)]


def check(points, status, on, note=None):
    check_update(points, status, on, note, recommended_on=REC, today=TODAY)


def test_normal_path_is_allowed_step_by_step() -> None:
    points = history((S.RECOMMENDED, REC))
    for status, on in [
        (S.IN_PROGRESS, D(2021, 7, 1)),
        (S.IMPLEMENTED, D(2021, 9, 1)),
        (S.VERIFIED, D(2021, 10, 1)),
    ]:
        check(points, status, on)
        points.append(ProgressPoint(status, on, seq=f"{len(points):04d}"))
    assert current_status(points) == S.VERIFIED


def test_skipping_to_implemented_is_allowed_but_not_to_verified() -> None:
    points = history((S.RECOMMENDED, REC))
    check(points, S.IMPLEMENTED, D(2021, 7, 1))
    with pytest.raises(LifecycleError, match="recommended cannot become verified"):
        check(points, S.VERIFIED, D(2021, 7, 1))


def test_final_states_accept_nothing() -> None:
    for final in (S.VERIFIED, S.CANCELLED):
        points = history((S.RECOMMENDED, REC), (final, D(2021, 8, 1)))
        with pytest.raises(LifecycleError, match=f"already {final.value}"):
            check(points, S.IN_PROGRESS, D(2021, 9, 1))


def test_cancelling_needs_a_reason_from_any_open_state() -> None:
    for state in (S.RECOMMENDED, S.IN_PROGRESS, S.IMPLEMENTED):
        points = history((S.RECOMMENDED, REC), (state, D(2021, 7, 1)))
        with pytest.raises(LifecycleError, match="reason for cancelling"):
            check(points, S.CANCELLED, D(2021, 8, 1), note="  ")
        check(points, S.CANCELLED, D(2021, 8, 1), note="site closed by the province")


def test_reopening_an_implemented_action_and_going_back_from_in_progress() -> None:
    points = history((S.RECOMMENDED, REC), (S.IMPLEMENTED, D(2021, 7, 1)))
    check(points, S.IN_PROGRESS, D(2021, 8, 1))
    points = history((S.RECOMMENDED, REC), (S.IN_PROGRESS, D(2021, 7, 1)))
    with pytest.raises(LifecycleError, match="in progress cannot become recommended"):
        check(points, S.RECOMMENDED, D(2021, 8, 1))


def test_dates_must_be_in_order_not_future_not_before_recommendation() -> None:
    points = history((S.RECOMMENDED, REC), (S.IN_PROGRESS, D(2021, 9, 1)))
    with pytest.raises(LifecycleError, match="before the latest update .01/09/2021"):
        check(points, S.IMPLEMENTED, D(2021, 8, 1))
    with pytest.raises(LifecycleError, match="in the future"):
        check(points, S.IMPLEMENTED, D(2022, 4, 1))
    with pytest.raises(LifecycleError, match="before the action was recommended"):
        check(history(), S.IN_PROGRESS, D(2021, 5, 1))


def test_status_is_the_latest_update_ties_broken_by_seq_then_clock() -> None:
    same_day = D(2021, 7, 1)
    points = [
        ProgressPoint(S.RECOMMENDED, REC, "0001"),
        ProgressPoint(S.IMPLEMENTED, same_day, "0003"),
        ProgressPoint(S.IN_PROGRESS, same_day, "0002"),
    ]
    assert current_status(points) == S.IMPLEMENTED
    tie = [
        ProgressPoint(S.IN_PROGRESS, same_day, "", "b"),
        ProgressPoint(S.IMPLEMENTED, same_day, "", "a"),
    ]
    assert current_status(tie) == S.IN_PROGRESS
    assert current_status([]) == S.RECOMMENDED
    assert status_on(points, D(2021, 6, 15)) == S.RECOMMENDED
    assert status_on(points, D(2021, 5, 1)) is None


def test_overdue_only_when_due_passed_and_still_open() -> None:
    due = D(2021, 12, 31)
    assert is_overdue(S.IN_PROGRESS, due, D(2022, 1, 1))
    assert is_overdue(S.RECOMMENDED, due, D(2022, 1, 1))
    assert not is_overdue(S.IN_PROGRESS, due, due)
    for closed in (S.IMPLEMENTED, S.VERIFIED, S.CANCELLED):
        assert not is_overdue(closed, due, D(2022, 6, 1))


def test_parse_status_and_menu_of_next_statuses() -> None:
    assert parse_status("In progress") == S.IN_PROGRESS
    with pytest.raises(LifecycleError, match="'done' is not an action status"):
        parse_status("done")
    assert allowed_next(S.IMPLEMENTED) == [S.IN_PROGRESS, S.VERIFIED, S.CANCELLED]
    assert allowed_next(S.VERIFIED) == []
