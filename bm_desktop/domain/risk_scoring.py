"""Scoring a site risk from the incidents behind it: likelihood x severity, 1..5 each.

The programme manages risks, not single incidents. When incidents roll up into a
risk, the app proposes a score from them; a risk expert may raise or lower it.

* Likelihood follows how often the risk materialised in the 12 months before the
  latest incident: 1 incident -> 1 (rare), 2-3 -> 2, 4-6 -> 3, 7-12 -> 4, more -> 5
  (roughly: once, every few months, every other month, monthly, more than monthly).
* Severity is the worst incident severity (1 low .. 4 critical), one step higher
  (up to 5) when the worst incident involved minors or the risk area is an
  OECD Annex II serious abuse: those harms are irreversible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

LIKELIHOOD_STEPS = (1, 3, 6, 12)  # upper bounds of incident counts for likelihood 1..4
WINDOW_DAYS = 365
MATRIX_SIZE = 5


@dataclass(frozen=True)
class IncidentFacts:
    occurred_on: dt.date
    severity: int  # 1..4
    minors_involved: int = 0


def likelihood_from(incidents: Iterable[IncidentFacts]) -> int:
    """Likelihood 1..5 from the number of incidents within a year of the latest one."""
    dates = sorted(i.occurred_on for i in incidents)
    if not dates:
        return 1
    start = dates[-1] - dt.timedelta(days=WINDOW_DAYS)
    n = sum(1 for d in dates if d > start)
    for level, bound in enumerate(LIKELIHOOD_STEPS, start=1):
        if n <= bound:
            return level
    return 5


def severity_from(incidents: Iterable[IncidentFacts], serious_abuse: bool) -> int:
    """Severity 1..5: worst incident, one step up for minors or Annex II serious abuses."""
    incidents = list(incidents)
    if not incidents:
        return 1
    worst = max(incidents, key=lambda i: (i.severity, i.minors_involved > 0))
    level = min(max(worst.severity, 1), 4)
    if worst.minors_involved > 0 or serious_abuse:
        level += 1
    return min(level, MATRIX_SIZE)


def score(likelihood: int, severity: int) -> int:
    """Risk score = likelihood x severity (1..25)."""
    return likelihood * severity


def band(score_value: int) -> str:
    """Low (1-4), medium (5-9), high (10-16) or critical (17-25), for colouring the matrix."""
    if score_value <= 4:
        return "low"
    if score_value <= 9:
        return "medium"
    if score_value <= 16:
        return "high"
    return "critical"


def check_level(name: str, value: int) -> None:
    """Raise ValueError unless a likelihood or severity is within 1..5."""
    if not isinstance(value, int) or not 1 <= value <= MATRIX_SIZE:
        raise ValueError(
            f"{name.capitalize()} must be a whole number from 1 to {MATRIX_SIZE}, not {value!r}."
        )
