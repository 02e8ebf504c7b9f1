"""Sign-in rate limiting: per account and per client address, with growing locks.

The counters live in the server database (``login_throttle``), not in memory, so
every server process behind a load balancer sees the same failures, and a
restart does not forgive them.

The attempts at one account are decided one at a time: the caller holds a lock for
the account (a process lock, and on PostgreSQL the account's counter row, locked
``FOR UPDATE`` from the check to the verdict, so several server processes queue
too). Forty attempts sent at once therefore meet the lock after the fifth failure,
and only five reach the (deliberately slow) password check. A success clears the
account's count. Once an account (or an address) has ``*_free`` failures in a row,
each further failure locks it for twice as long as
the last (``base``, doubling, at most ``cap``); while it is locked every attempt,
even with the right password, is refused with HTTP 429 and ``Retry-After``,
without being counted. Failures are forgotten after ``window`` without one.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from bm_desktop.db.models import LoginThrottle

log = logging.getLogger("bm_desktop.sync.server")
THROTTLE = LoginThrottle.__table__


@dataclass(frozen=True)
class ThrottlePolicy:
    account_free: int = 5  # failures in a row before an account is locked
    address_free: int = 20  # an office's laptops may share one address
    base: dt.timedelta = dt.timedelta(seconds=30)  # the first lock
    cap: dt.timedelta = dt.timedelta(minutes=15)  # the longest lock
    window: dt.timedelta = dt.timedelta(hours=1)  # quiet time after which failures are forgotten

    def lock_for(self, failures: int, free: int) -> dt.timedelta | None:
        if failures < free:
            return None
        doublings = min(failures - free, 20)
        return min(self.cap, self.base * (2**doublings))


class SignInLocked(Exception):
    """Too many failed sign-ins: refused until ``retry_after`` seconds have passed."""

    def __init__(self, what: str, retry_after: int) -> None:
        super().__init__(f"too many failed sign-ins for this {what}")
        self.what = what  # "account" or "address"
        self.retry_after = retry_after


def account_key(username: str) -> str:
    return f"account:{username.strip().lower()}"[:200]


def address_key(address: str) -> str:
    return f"address:{address}"[:200]


def _row(conn: Connection, key: str, now: dt.datetime, *, lock: bool = True):  # noqa: ANN202
    """The counter row for ``key``, created if missing; on PostgreSQL locked until the
    transaction ends (``lock``)."""
    query = select(THROTTLE).where(THROTTLE.c.key == key)
    if lock and conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is not None:
        return row
    try:
        with conn.begin_nested():
            conn.execute(
                insert(LoginThrottle).values(
                    key=key, failures=0, first_at=now, last_at=now, locked_until=None
                )
            )
    except IntegrityError:  # another process created it at the same moment
        pass
    return conn.execute(query).first()


def _count_failure(
    conn: Connection,
    policy: ThrottlePolicy,
    key: str,
    what: str,
    free: int,
    row,
    username: str,
    address: str,
    now: dt.datetime,
) -> None:  # noqa: ANN001
    failures = row.failures + 1 if now - row.last_at <= policy.window else 1
    lock = policy.lock_for(failures, free)
    conn.execute(
        update(LoginThrottle)
        .where(LoginThrottle.key == key)
        .values(
            failures=failures,
            last_at=now,
            first_at=row.first_at if failures > 1 else now,
            locked_until=now + lock if lock else None,
        )
    )
    if lock:
        log.warning(
            "sign-in locked: %s %r after %d failed attempts, for %d s (last: user %r from %s)",
            what,
            username if what == "account" else address,
            failures,
            int(lock.total_seconds()),
            username,
            address,
        )


def check(conn: Connection, username: str, address: str, now: dt.datetime) -> None:
    """Raise :class:`SignInLocked` if the account or the address is locked now. Locks the
    account's counter row (PostgreSQL) until the transaction ends: keep the transaction
    open until the verdict is recorded."""
    account = _row(conn, account_key(username), now)
    address_row = _row(conn, address_key(address), now, lock=False)  # many sign in at once
    waits = [
        (math.ceil((r.locked_until - now).total_seconds()), what)
        for r, what in ((account, "account"), (address_row, "address"))
        if r.locked_until and r.locked_until > now
    ]
    if waits:
        seconds, what = max(waits)
        log.warning(
            "sign-in refused while the %s is locked: user %r from %s (%d s left)",
            what,
            username,
            address,
            seconds,
        )
        raise SignInLocked(what, max(1, seconds))


def failed(
    conn: Connection, policy: ThrottlePolicy, username: str, address: str, now: dt.datetime
) -> None:
    """The password was wrong: one more failure for the account and for the address."""
    for key, what, free in (
        (account_key(username), "account", policy.account_free),
        (address_key(address), "address", policy.address_free),
    ):
        _count_failure(conn, policy, key, what, free, _row(conn, key, now), username, address, now)


def succeeded(conn: Connection, username: str) -> None:
    """The password was right: the account starts afresh."""
    conn.execute(delete(LoginThrottle).where(LoginThrottle.key == account_key(username)))


def forget_account(conn: Connection, username: str) -> None:
    """Lift an account's lock (a new password was set by the administrator)."""
    conn.execute(delete(LoginThrottle).where(LoginThrottle.key == account_key(username)))
