"""Closed vocabularies of the data model (stored as short strings)."""

from __future__ import annotations

from enum import StrEnum


class SiteStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    SUSPENDED = "suspended"


class IncidentSource(StrEnum):
    MONITOR = "monitor"
    SELF_MONITORING = "self_monitoring"  # cooperative self-monitoring
    GOVERNMENT = "government"
    OTHER = "other"


class Verification(StrEnum):
    REPORTED = "reported"
    VERIFIED = "verified"
    REJECTED = "rejected"


class ActionStatus(StrEnum):
    RECOMMENDED = "recommended"
    IN_PROGRESS = "in_progress"
    IMPLEMENTED = "implemented"
    VERIFIED = "verified"
    CANCELLED = "cancelled"


class ActionKind(StrEnum):
    TRAINING = "training"
    AWARENESS = "awareness_campaign"
    INFRASTRUCTURE = "infrastructure"
    GOVERNANCE = "governance"
    ENGAGEMENT = "engagement"
    OTHER = "other"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATED = "mitigated"
    CLOSED = "closed"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class StakeholderKind(StrEnum):
    ORGANISATION = "organisation"
    PERSON = "person"


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    REGIONAL_MANAGER = "regional_manager"
    COORDINATOR = "coordinator"
    GOVERNMENT = "government"


class EventSource(StrEnum):
    ACLED = "acled"
    UCDP = "ucdp"
    PROGRAMME = "programme"
    OTHER = "other"


# Statuses that count as "implemented or in progress" for the implementation rate.
COUNTS_AS_IMPLEMENTING = frozenset(
    {ActionStatus.IN_PROGRESS, ActionStatus.IMPLEMENTED, ActionStatus.VERIFIED}
)
