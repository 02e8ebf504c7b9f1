"""All ORM models; importing this module registers every table on ``Base.metadata``."""

from bm_desktop.db.base import Base, Synced
from bm_desktop.db.models.accounts import Device, User, UserRegion, UserSite
from bm_desktop.db.models.events import SecurityEvent
from bm_desktop.db.models.imports import ImportBatch, ImportBatchRow
from bm_desktop.db.models.incidents import (
    SENSITIVE_INCIDENT_FIELDS,
    ActionIncident,
    ActionProgress,
    CorrectiveAction,
    Incident,
    RiskIncident,
    SiteRisk,
)
from bm_desktop.db.models.local import LocalSetting, SensitiveReveal
from bm_desktop.db.models.meetings import (
    AgendaItem,
    CapMeeting,
    MeetingAttendance,
    MeetingDecision,
    MeetingDraft,
)
from bm_desktop.db.models.reference import (
    Country,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskCategory,
    StakeholderType,
)
from bm_desktop.db.models.reference_layers import ReferenceLayer, ReferenceSite, ReferenceVisit
from bm_desktop.db.models.server import AuthToken, ChangeReceipt, FeedEntry, LoginThrottle
from bm_desktop.db.models.sites import (
    Site,
    SiteMineral,
    SiteStakeholder,
    SiteStatusChange,
    SiteVisit,
    Stakeholder,
    VisitAction,
    VisitIncident,
)
from bm_desktop.db.models.sync import OutboxChange, SyncConflict, SyncState

__all__ = [
    "SENSITIVE_INCIDENT_FIELDS",
    "ActionIncident",
    "ActionProgress",
    "AgendaItem",
    "Base",
    "CapMeeting",
    "CorrectiveAction",
    "Country",
    "Device",
    "ImportBatch",
    "ImportBatchRow",
    "Incident",
    "LocalSetting",
    "MeetingAttendance",
    "MeetingDecision",
    "MeetingDraft",
    "Mineral",
    "ProgrammeRegion",
    "Province",
    "RiskArea",
    "RiskCategory",
    "ReferenceLayer",
    "ReferenceSite",
    "ReferenceVisit",
    "RiskIncident",
    "SecurityEvent",
    "SensitiveReveal",
    "Site",
    "SiteMineral",
    "SiteRisk",
    "SiteStakeholder",
    "SiteStatusChange",
    "SiteVisit",
    "Stakeholder",
    "StakeholderType",
    "Synced",
    "User",
    "UserRegion",
    "UserSite",
    "VisitAction",
    "VisitIncident",
    "AuthToken",
    "ChangeReceipt",
    "FeedEntry",
    "LoginThrottle",
    "OutboxChange",
    "SyncConflict",
    "SyncState",
]


def synced_models() -> list[type[Synced]]:
    """Every synchronised model class, in dependency-safe (table creation) order."""
    by_table = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}
    return [
        by_table[t.name]
        for t in Base.metadata.sorted_tables
        if t.name in by_table and issubclass(by_table[t.name], Synced)
    ]
