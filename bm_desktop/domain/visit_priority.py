"""Which sites need a visit most, and why (pure Python over plain facts).

A site's priority is a sum of points, one term per factor, so the planner can show
each factor with the points it contributed:

* each unverified high or critical incident (severity 3-4, still "reported");
* each worst-forms-of-child-labour incident in the last year;
* each overdue corrective action;
* time since the last visit beyond the site's target interval, per 30 days late
  (a site never visited counts as one full interval late);
* a CAP meeting planned inside the trip window (the visit can support it);
* each security event near the site in the recent window: it raises the need
  *and* flags the risk (``risk`` True), so the manager sees both.

Weights are plain numbers (declared as settings in the interface). Ties are broken
by site code, so the ranking is deterministic.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

QT_TRANSLATE_NOOP = lambda _context, text: text  # noqa: E731  (lupdate marker)

FACTOR_TEXT = {
    "unverified_severe": QT_TRANSLATE_NOOP(
        "VisitPriority", "Unverified high or critical incidents"
    ),
    "wfcl": QT_TRANSLATE_NOOP("VisitPriority", "Worst forms of child labour incidents"),
    "overdue_actions": QT_TRANSLATE_NOOP("VisitPriority", "Overdue actions"),
    "visit_due": QT_TRANSLATE_NOOP("VisitPriority", "Days beyond the visit interval"),
    "never_visited": QT_TRANSLATE_NOOP("VisitPriority", "Never visited"),
    "cap_meeting": QT_TRANSLATE_NOOP("VisitPriority", "CAP meeting during the trip"),
    "security_alerts": QT_TRANSLATE_NOOP("VisitPriority", "Security events nearby"),
}


@dataclass(frozen=True)
class PriorityWeights:
    """Points per unit of each factor (see the module docstring)."""

    unverified_severe: float = 10.0  # per incident
    wfcl: float = 15.0  # per incident in the last year
    overdue_actions: float = 3.0  # per action
    visit_due: float = 4.0  # per 30 days beyond the target interval
    cap_meeting: float = 8.0  # once, when a meeting falls in the trip window
    security_alerts: float = 6.0  # per event, at most ``alerts_cap`` events
    target_interval_days: int = 90
    alerts_cap: int = 5


@dataclass(frozen=True)
class SiteFacts:
    """What the ranking needs to know about one site."""

    site_id: Hashable
    code: str
    name: str
    unverified_severe: int = 0
    wfcl: int = 0
    overdue_actions: int = 0
    days_since_visit: int | None = None  # None: never visited
    cap_meeting_in_window: bool = False
    security_alerts: int = 0


@dataclass(frozen=True)
class Factor:
    key: str  # a FACTOR_TEXT key
    amount: float  # incidents, actions, days, events, or 1
    points: float


@dataclass(frozen=True)
class RankedSite:
    facts: SiteFacts
    score: float
    factors: tuple[Factor, ...]  # the contributing factors, most points first
    risk: bool  # security events nearby: plan the visit with care

    @property
    def rank_key(self) -> tuple[float, str]:
        return (-self.score, self.facts.code)


def site_factors(f: SiteFacts, w: PriorityWeights) -> list[Factor]:
    """The factors that contribute points for one site (zero terms left out)."""
    out = []
    if f.unverified_severe:
        out.append(
            Factor(
                "unverified_severe", f.unverified_severe, f.unverified_severe * w.unverified_severe
            )
        )
    if f.wfcl:
        out.append(Factor("wfcl", f.wfcl, f.wfcl * w.wfcl))
    if f.overdue_actions:
        out.append(
            Factor("overdue_actions", f.overdue_actions, f.overdue_actions * w.overdue_actions)
        )
    if f.days_since_visit is None:
        out.append(Factor("never_visited", 1, w.target_interval_days / 30.0 * w.visit_due))
    elif f.days_since_visit > w.target_interval_days:
        late = f.days_since_visit - w.target_interval_days
        out.append(Factor("visit_due", late, round(late / 30.0 * w.visit_due, 1)))
    if f.cap_meeting_in_window:
        out.append(Factor("cap_meeting", 1, w.cap_meeting))
    if f.security_alerts:
        n = min(f.security_alerts, w.alerts_cap)
        out.append(Factor("security_alerts", f.security_alerts, n * w.security_alerts))
    out.sort(key=lambda x: -x.points)
    return out


def rank_sites(
    facts: Sequence[SiteFacts],
    weights: PriorityWeights | None = None,
) -> list[RankedSite]:
    """Sites by priority, highest first, each with the factors behind its score."""
    w = weights or PriorityWeights()
    ranked = []
    for f in facts:
        factors = site_factors(f, w)
        ranked.append(
            RankedSite(
                f, round(sum(x.points for x in factors), 1), tuple(factors), f.security_alerts > 0
            )
        )
    ranked.sort(key=lambda r: r.rank_key)
    return ranked
