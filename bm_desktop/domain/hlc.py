"""Hybrid logical clock: timestamps comparable as strings across devices.

A value looks like ``0001732640000000-0000-<node>``: 16 digits of wall-clock
milliseconds, 4 digits of logical counter, then the device id, so that the
lexical order of two values is their causal order, with the node id as a
deterministic tie-break.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, order=True)
class Timestamp:
    millis: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.millis:016d}-{self.counter:04d}-{self.node}"

    @classmethod
    def decode(cls, value: str) -> Timestamp:
        millis, counter, node = value.split("-", 2)
        return cls(int(millis), int(counter), node)


MAX_COUNTER = 9999  # the counter has 4 digits in the encoded form


@lru_cache(maxsize=4)
def _tails(node: str) -> list[str]:
    """ "0000-<node>" ... "9999-<node>": the end of each timestamp of a millisecond."""
    return [f"{counter:04d}-{node}" for counter in range(MAX_COUNTER + 1)]


def _bump(millis: int, counter: int, node: str) -> Timestamp:
    """Keep the counter within its 4 digits: past them, borrow the next millisecond,
    so the encoded strings still sort in causal order."""
    if counter > MAX_COUNTER:
        return Timestamp(millis + 1, 0, node)
    return Timestamp(millis, counter, node)


class HybridLogicalClock:
    """Issues monotonically increasing timestamps and merges remote ones."""

    def __init__(self, node: str, wall: Callable[[], int] | None = None) -> None:
        self.node = node
        self._wall = wall or (lambda: int(time.time() * 1000))
        self._last = Timestamp(0, 0, node)
        self._lock = threading.Lock()

    def now(self) -> str:
        """A fresh timestamp, later than every one issued or received before."""
        with self._lock:
            wall = self._wall()
            if wall > self._last.millis:
                self._last = Timestamp(wall, 0, self.node)
            else:
                self._last = _bump(self._last.millis, self._last.counter + 1, self.node)
            return self._last.encode()

    def many(self, n: int) -> list[str]:
        """``n`` fresh timestamps in increasing order, as ``n`` calls of :meth:`now` would
        give them (a bulk import stamps 100,000 rows without 100,000 lock round trips;
        each millisecond's run of counters is joined to its prefix in C)."""
        out: list[str] = []
        if n <= 0:
            return out
        with self._lock:
            wall = self._wall()
            if wall > self._last.millis:
                millis, counter = wall, 0
            else:
                millis, counter = self._last.millis, self._last.counter + 1
            tails = _tails(self.node)
            while len(out) < n:
                if counter > MAX_COUNTER:
                    millis, counter = millis + 1, 0
                take = min(n - len(out), MAX_COUNTER + 1 - counter)
                out += map(f"{millis:016d}-".__add__, tails[counter : counter + take])
                counter += take
            self._last = Timestamp(millis, counter - 1, self.node)
        return out

    def receive(self, remote: str) -> None:
        """Advance past a timestamp seen from another device."""
        other = Timestamp.decode(remote)
        with self._lock:
            wall = self._wall()
            top = max(wall, self._last.millis, other.millis)
            if top == self._last.millis == other.millis:
                counter = max(self._last.counter, other.counter) + 1
            elif top == self._last.millis:
                counter = self._last.counter + 1
            elif top == other.millis:
                counter = other.counter + 1
            else:
                counter = 0
            self._last = _bump(top, counter, self.node)
