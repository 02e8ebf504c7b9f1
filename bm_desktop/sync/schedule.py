"""When to sync next: every interval, sooner (with exponential back-off) after a failure."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_INTERVAL_MINUTES = 10


@dataclass(frozen=True)
class SyncSchedule:
    interval_s: float = DEFAULT_INTERVAL_MINUTES * 60
    first_retry_s: float = 30.0

    def next_delay(self, failures: int) -> float:
        """Seconds until the next automatic sync after ``failures`` failures in a row:
        30 s, 1 min, 2 min, 4 min ... never more than the interval."""
        if failures <= 0:
            return self.interval_s
        return min(self.interval_s, self.first_retry_s * 2 ** (failures - 1))
