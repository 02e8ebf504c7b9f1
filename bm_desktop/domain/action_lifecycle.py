"""The corrective-action life cycle: which progress updates are allowed, and what follows.

An action's status is never stored on the action: it is the status of its
latest dated progress update (latest ``on``, ties broken by ``seq`` then
``updated_at``). Progress updates are append-only; a new update is accepted
only if the life cycle allows the move from the current status.

The rules, and why:

* ``recommended -> in_progress -> implemented -> verified`` is the normal path.
* Skipping forward to ``implemented`` is allowed (``recommended -> implemented``):
  progress is recorded at the monthly follow-up, and a one-day training or an
  awareness session is often started and finished between two follow-ups.
* ``verified`` is reachable only from ``implemented``: verification confirms an
  implementation, so there must be one to confirm.
* ``implemented -> in_progress`` is allowed (reopened): a verification visit that
  finds the work incomplete sends the action back to work.
* ``cancelled`` is allowed from any non-final state, and needs a reason.
* ``verified`` and ``cancelled`` are final: no update follows them.
* Repeating the current non-final status is allowed ("still in progress" with a
  note): monitors record the progress of every action every month.
* Updates are chronological: an update may not be dated before the latest one,
  before the recommendation date, or in the future.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from bm_desktop.domain.enums import COUNTS_AS_IMPLEMENTING, ActionStatus
from bm_desktop.domain.messages import TemplatedMessage

S = ActionStatus

FINAL_STATUSES: frozenset[ActionStatus] = frozenset({S.VERIFIED, S.CANCELLED})

# Statuses after which an action is no longer overdue (the work is done or dropped).
CLOSED_STATUSES: frozenset[ActionStatus] = frozenset({S.IMPLEMENTED, S.VERIFIED, S.CANCELLED})

ALLOWED_TRANSITIONS: dict[ActionStatus, frozenset[ActionStatus]] = {
    S.RECOMMENDED: frozenset({S.RECOMMENDED, S.IN_PROGRESS, S.IMPLEMENTED, S.CANCELLED}),
    S.IN_PROGRESS: frozenset({S.IN_PROGRESS, S.IMPLEMENTED, S.CANCELLED}),
    S.IMPLEMENTED: frozenset({S.IN_PROGRESS, S.VERIFIED, S.CANCELLED}),
    S.VERIFIED: frozenset(),
    S.CANCELLED: frozenset(),
}

STATUS_LABELS: dict[ActionStatus, str] = {
    S.RECOMMENDED: "recommended",
    S.IN_PROGRESS: "in progress",
    S.IMPLEMENTED: "implemented",
    S.VERIFIED: "verified",
    S.CANCELLED: "cancelled",
}


@dataclass(frozen=True)
class ProgressPoint:
    """The part of a progress update the life cycle needs."""

    status: ActionStatus
    on: dt.date
    seq: str = ""
    updated_at: str = ""

    @property
    def order_key(self) -> tuple[dt.date, str, str]:
        return (self.on, self.seq, self.updated_at)


class LifecycleError(TemplatedMessage, ValueError):
    """A progress update the life cycle refuses; the message says why.

    Carries an English template and its parameters (see
    :class:`bm_desktop.domain.messages.TemplatedMessage`) so the services can pass it
    on translatable.
    """

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(self._set_template(template, params))


def parse_status(value: str) -> ActionStatus:
    """The status for a stored or typed value ('in progress' and 'in_progress' both work)."""
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return ActionStatus(key)
    except ValueError:
        raise LifecycleError(
            "'{value}' is not an action status (use one of: {allowed})",
            value=value,
            # one string: the names to type stay English in any language
            allowed=", ".join(STATUS_LABELS[s] for s in ActionStatus),
        ) from None


def latest(updates: Iterable[ProgressPoint]) -> ProgressPoint | None:
    """The update that decides the status: latest date, then sequence, then clock."""
    best: ProgressPoint | None = None
    for update in updates:
        if best is None or update.order_key > best.order_key:
            best = update
    return best


def current_status(updates: Iterable[ProgressPoint]) -> ActionStatus:
    """The action's status now; an action without updates is ``recommended``."""
    last = latest(updates)
    return last.status if last else S.RECOMMENDED


def status_on(updates: Iterable[ProgressPoint], when: dt.date) -> ActionStatus | None:
    """The status as of a date (updates dated after it ignored); None if none by then."""
    last = latest(u for u in updates if u.on <= when)
    return last.status if last else None


def counts_as_implementing(status: ActionStatus | None) -> bool:
    """True for the statuses the implementation rate counts (in progress and beyond)."""
    return status in COUNTS_AS_IMPLEMENTING


def is_overdue(status: ActionStatus, due_on: dt.date, today: dt.date) -> bool:
    """Overdue: the due date has passed and the action is not implemented, verified or cancelled."""
    return due_on < today and status not in CLOSED_STATUSES


def allowed_next(status: ActionStatus) -> list[ActionStatus]:
    """The statuses a new update may set, in life-cycle order (for menus)."""
    allowed = ALLOWED_TRANSITIONS[status]
    return [s for s in ActionStatus if s in allowed]


def accepts_update_on(
    updates: Iterable[ProgressPoint], on: dt.date, *, recommended_on: dt.date
) -> bool:
    """True when an update dated ``on`` can follow: the action was recommended by then,
    no update is dated after it, and it is not verified or cancelled (whether ``on`` is
    in the future is for the caller to say)."""
    last = latest(updates)
    if on < recommended_on or (last is not None and on < last.on):
        return False
    return bool(allowed_next(last.status if last else S.RECOMMENDED))


def check_update(
    updates: Iterable[ProgressPoint],
    status: ActionStatus,
    on: dt.date,
    note: str | None,
    *,
    recommended_on: dt.date,
    today: dt.date,
) -> None:
    """Raise :class:`LifecycleError` unless a new update (status, date, note) may follow."""
    updates = list(updates)
    last = latest(updates)
    current = last.status if last else S.RECOMMENDED
    if on > today:
        raise LifecycleError(
            "The update date {on} is in the future (today is {today}).",
            on=on.isoformat(),
            today=today.isoformat(),
        )
    if on < recommended_on:
        raise LifecycleError(
            "The update date {on} is before the action was recommended ({recommended}).",
            on=on.isoformat(),
            recommended=recommended_on.isoformat(),
        )
    if last is not None and on < last.on:
        raise LifecycleError(
            "The update date {on} is before the latest update ({last}, "
            "{status}); updates are recorded in date order.",
            on=on.isoformat(),
            last=last.on.isoformat(),
            status=STATUS_LABELS[current],
        )
    if current in FINAL_STATUSES:
        raise LifecycleError(
            "The action is already {status}; no further update is possible.",
            status=STATUS_LABELS[current],
        )
    if status not in ALLOWED_TRANSITIONS[current]:
        allowed = [STATUS_LABELS[s] for s in allowed_next(current)]
        template = (
            "An action that is {current} cannot become {status} (verification "
            "confirms an implementation); allowed next: {allowed}."
            if status == S.VERIFIED
            else "An action that is {current} cannot become {status}; allowed next: {allowed}."
        )
        raise LifecycleError(
            template, current=STATUS_LABELS[current], status=STATUS_LABELS[status], allowed=allowed
        )
    if status == S.CANCELLED and not (note or "").strip():
        raise LifecycleError("Give the reason for cancelling the action.")
