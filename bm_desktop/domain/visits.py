"""Site visits: their purposes and the rules a visit record follows (pure Python).

A visit is recorded after the fact: a visit that took place (``done``) is dated on or
before today and never before the site joined the programme; a visit that did not
take place carries no findings of checks (no incident verified, no action checked).
The rules return refusal templates (:class:`VisitRefusal`) rather than raising, so the
service can name them in the user's language and write nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

QT_TRANSLATE_NOOP = lambda _context, text: text  # noqa: E731  (lupdate marker)

# Purposes of a programme visit (stored as these codes; older records keep free text).
PURPOSES: dict[str, str] = {
    "monitoring": QT_TRANSLATE_NOOP("Visits", "Monitoring"),
    "cap_meeting": QT_TRANSLATE_NOOP("Visits", "CAP meeting"),
    "incident_verification": QT_TRANSLATE_NOOP("Visits", "Verification of an incident"),
    "action_follow_up": QT_TRANSLATE_NOOP("Visits", "Follow-up of an action"),
}
INCIDENT_LINKS = ("verified", "raised")
VISITOR_MAX = 120


@dataclass(frozen=True)
class VisitRefusal:
    """Why a visit record is refused: an English template and its parameters."""

    template: str
    field: str
    params: dict[str, object]


def check_visit(
    visited_on: dt.date,
    visitor: str,
    purpose: str,
    done: bool,
    today: dt.date,
    joined_on: dt.date | None,
    checks: int,
) -> VisitRefusal | None:
    """The first rule a visit record breaks, or None. ``checks`` counts the incidents
    verified and actions checked the record carries."""
    if visited_on > today:
        return VisitRefusal(
            "The visit date {day} is after today ({today}): record a visit "
            "once it has taken place.",
            "visited_on",
            {"day": visited_on.isoformat(), "today": today.isoformat()},
        )
    if joined_on is not None and visited_on < joined_on:
        return VisitRefusal(
            "The visit date {day} is before the site joined the programme ({joined}).",
            "visited_on",
            {"day": visited_on.isoformat(), "joined": joined_on.isoformat()},
        )
    if not visitor.strip():
        return VisitRefusal("Say who made the visit.", "visitor", {})
    if len(visitor.strip()) > VISITOR_MAX:
        return VisitRefusal(
            "The visitors' names are longer than {limit} characters.",
            "visitor",
            {"limit": VISITOR_MAX},
        )
    if purpose not in PURPOSES:
        return VisitRefusal(
            "Unknown visit purpose '{purpose}': choose monitoring, CAP "
            "meeting, verification of an incident or follow-up of an action.",
            "purpose",
            {"purpose": purpose},
        )
    if not done and checks:
        return VisitRefusal(
            "A visit that did not take place cannot verify incidents or check actions.", "done", {}
        )
    return None
