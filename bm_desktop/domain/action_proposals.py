"""Which risks call for a new corrective action at this month's CAP meeting, and what to propose.

A risk is put to the meeting when it is

* **new**: identified after the previous meeting (or, for a site's first
  meeting, within the look-back window), or
* **worsening**: it had incidents reported since the previous meeting and either
  more of them than in a window of the same length just before, or a worse
  incident (higher severity, or minors involved for the first time).

The proposal (kind of action, type of stakeholder to own it, due date) is a
starting point the meeting discusses; it follows the programme's habits: child
labour is met by awareness campaigns run with the cooperative, security-force
abuses by engagement with the formal security sector, safety by training, and
so on. The due date is tighter for worse risks (30 days for a critical score,
60 for high, 90 otherwise).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from bm_desktop.domain import risk_scoring
from bm_desktop.domain.enums import ActionKind

# risk category code -> (action kind, stakeholder type code that usually owns it)
_BY_CATEGORY: dict[str, tuple[str, str]] = {
    "human_rights": (ActionKind.AWARENESS.value, "cooperative"),
    "security": (ActionKind.ENGAGEMENT.value, "security_sector"),
    "working_conditions": (ActionKind.TRAINING.value, "cooperative"),
    "environment": (ActionKind.INFRASTRUCTURE.value, "cooperative"),
    "legality": (ActionKind.GOVERNANCE.value, "state_services"),
    "community": (ActionKind.ENGAGEMENT.value, "community"),
    "chain_of_custody": (ActionKind.GOVERNANCE.value, "cooperative"),
}
# risk area code -> (action kind, stakeholder type code), where it differs from its category
_BY_AREA: dict[str, tuple[str, str]] = {
    "gender": (ActionKind.TRAINING.value, "ngo"),
    "sexual_violence": (ActionKind.ENGAGEMENT.value, "ngo"),
    "discrimination": (ActionKind.TRAINING.value, "ngo"),
    "torture": (ActionKind.ENGAGEMENT.value, "security_sector"),
    "nsag": (ActionKind.ENGAGEMENT.value, "government"),
    "ihl": (ActionKind.ENGAGEMENT.value, "government"),
    "general_security": (ActionKind.ENGAGEMENT.value, "state_services"),
    "worker_rights": (ActionKind.GOVERNANCE.value, "cooperative"),
    "mine_closure": (ActionKind.GOVERNANCE.value, "state_services"),
    "money_laundering": (ActionKind.GOVERNANCE.value, "industry"),
    "tax_eiti": (ActionKind.GOVERNANCE.value, "cooperative"),
    "traceability": (ActionKind.TRAINING.value, "state_services"),
}


@dataclass(frozen=True)
class RiskFact:
    """An open risk of the site with its incidents around the previous meeting."""

    id: uuid.UUID
    risk_area_code: str
    risk_area: str  # name in the interface language
    category_code: str
    category: str
    likelihood: int
    severity: int
    identified_on: dt.date
    incidents_since: int  # reported after the previous meeting, up to the meeting
    incidents_before: int  # reported in a window of the same length before it
    worst_since: int = 0  # worst severity since (0 if none)
    worst_before: int = 0
    minors_since: bool = False
    minors_before: bool = False
    open_actions: int = 0  # actions still open on this risk

    @property
    def score(self) -> int:
        return risk_scoring.score(self.likelihood, self.severity)


@dataclass(frozen=True)
class Proposal:
    risk: RiskFact
    reason: str  # "new" or "worsening"
    kind: str  # ActionKind value
    owner_type: str  # stakeholder type code
    due_on: dt.date


def is_new(risk: RiskFact, since: dt.date) -> bool:
    return risk.identified_on > since


def is_worsening(risk: RiskFact) -> bool:
    """More incidents than in the window before, or a worse one (severity, minors)."""
    if risk.incidents_since == 0:
        return False
    return (
        risk.incidents_since > risk.incidents_before
        or risk.worst_since > risk.worst_before
        or (risk.minors_since and not risk.minors_before)
    )


def suggested_kind_and_owner(area_code: str, category_code: str) -> tuple[str, str]:
    return _BY_AREA.get(area_code) or _BY_CATEGORY.get(
        category_code, (ActionKind.OTHER.value, "cooperative")
    )


def suggested_due(meeting_on: dt.date, score: int) -> dt.date:
    band = risk_scoring.band(score)
    days = 30 if band == "critical" else 60 if band == "high" else 90
    return meeting_on + dt.timedelta(days=days)


def proposals(risks: list[RiskFact], since: dt.date, meeting_on: dt.date) -> list[Proposal]:
    """Proposals for the new or worsening risks, worst score first."""
    found = []
    for risk in risks:
        if is_new(risk, since):
            reason = "new"
        elif is_worsening(risk):
            reason = "worsening"
        else:
            continue
        kind, owner = suggested_kind_and_owner(risk.risk_area_code, risk.category_code)
        found.append(Proposal(risk, reason, kind, owner, suggested_due(meeting_on, risk.score)))
    found.sort(key=lambda p: (-p.risk.score, p.risk.risk_area))
    return found
