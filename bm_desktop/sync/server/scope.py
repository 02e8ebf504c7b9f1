"""Who may read and write which rows: every synchronised row maps to a site or is
programme-wide, and each role sees a set of sites.

* administrator: everything;
* regional manager: the sites of their regions;
* coordinator: their sites;
* government engagement: the sites of their regions, read-only, with sensitive
  incident details and personal data removed before anything is sent.

Programme-wide rows (reference data, public security events) are readable by
all; stakeholders are readable when a row in scope refers to them.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, and_, false, or_, select, true, union
from sqlalchemy.engine import Connection

from bm_desktop.db.models import SENSITIVE_INCIDENT_FIELDS, Base, UserRegion, UserSite
from bm_desktop.db.models import Site as SiteModel
from bm_desktop.sync import rows

ROLES = ("administrator", "regional_manager", "coordinator", "government")

# Read by all; written by administrators only (security events by every editor).
REFERENCE_TABLES = frozenset(
    {
        "countries",
        "programme_regions",
        "provinces",
        "minerals",
        "risk_categories",
        "risk_areas",
        "stakeholder_types",
    }
)
GLOBAL_TABLES = REFERENCE_TABLES | {"security_events"}
STAKEHOLDERS = "stakeholders"

# How a row reaches its site: (column, parent table or None when the column is a site id).
SITE_LINKS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "sites": (("id", None),),
    "site_minerals": (("site_id", None),),
    "site_status_changes": (("site_id", None),),
    "site_stakeholders": (("site_id", None),),
    "site_visits": (("site_id", None),),
    "visit_incidents": (("visit_id", "site_visits"), ("incident_id", "incidents")),
    "visit_actions": (("visit_id", "site_visits"), ("action_id", "corrective_actions")),
    "incidents": (("site_id", None),),
    "site_risks": (("site_id", None),),
    "corrective_actions": (("site_id", None),),
    "cap_meetings": (("site_id", None),),
    "risk_incidents": (("risk_id", "site_risks"), ("incident_id", "incidents")),
    "action_incidents": (("action_id", "corrective_actions"), ("incident_id", "incidents")),
    "action_progress": (("action_id", "corrective_actions"),),
    "agenda_items": (("meeting_id", "cap_meetings"),),
    "meeting_attendance": (("meeting_id", "cap_meetings"),),
    "meeting_decisions": (("meeting_id", "cap_meetings"),),
}
# Rows that refer to stakeholders (which makes those stakeholders readable).
STAKEHOLDER_REFS = (
    ("site_stakeholders", "stakeholder_id"),
    ("corrective_actions", "stakeholder_id"),
    ("meeting_attendance", "stakeholder_id"),
)

# Removed before sending to government users: None, or "" where a value is required.
REDACTED: dict[str, tuple[str, ...]] = {
    "incidents": (*SENSITIVE_INCIDENT_FIELDS, "reported_by", "verified_by", "rejection_reason"),
    "stakeholders": ("phone", "email", "notes", "gender"),
    "site_visits": ("visitor", "notes"),
    "action_progress": ("by",),
    "meeting_attendance": ("name",),
    "agenda_items": ("presenter",),
}


def table(name: str) -> Any:
    return Base.metadata.tables[name]


def unclassified_tables() -> list[str]:
    """Synchronised tables with no scope rule (a test keeps this empty)."""
    known = GLOBAL_TABLES | set(SITE_LINKS) | {STAKEHOLDERS}
    return sorted(set(rows.codecs()) - known)


@dataclass(frozen=True)
class Scope:
    user_id: uuid.UUID
    username: str
    role: str
    site_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    region_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)

    @property
    def everything(self) -> bool:
        return self.role == "administrator"

    @property
    def read_only(self) -> bool:
        return self.role == "government"

    @property
    def redact(self) -> bool:
        return self.role == "government"

    def fingerprint(self) -> str:
        """Changes when what the user may see changes (then the laptop re-snapshots)."""
        h = hashlib.sha256(self.role.encode())
        for sid in sorted(s.hex for s in self.site_ids):
            h.update(sid.encode())
        return h.hexdigest()[:32]

    # -- reading -------------------------------------------------------------------------
    def has_site(self, site_id: uuid.UUID | None) -> bool:
        return self.everything or (site_id is not None and site_id in self.site_ids)

    def readable_stakeholders(self) -> CompoundSelect:
        """Ids of the stakeholders that rows in scope refer to, and their organisations."""
        sites = list(self.site_ids)
        parts = []
        for tname, col in STAKEHOLDER_REFS:
            t = table(tname)
            site_col = _site_expr(tname)
            parts.append(
                select(t.c[col].label("sid")).where(t.c[col].is_not(None), site_col.in_(sites))
            )
        direct = union(*parts).subquery()
        st = table(STAKEHOLDERS)
        orgs = select(st.c.organisation_id.label("sid")).where(
            st.c.id.in_(select(direct.c.sid)), st.c.organisation_id.is_not(None)
        )
        return union(select(direct.c.sid), orgs)

    def row_filter(self, tname: str) -> ColumnElement[bool]:
        """Which rows of ``tname`` the user may read (for snapshots)."""
        if self.everything or tname in GLOBAL_TABLES:
            return true()
        t = table(tname)
        if tname == STAKEHOLDERS:
            return t.c.id.in_(self.readable_stakeholders())
        if tname not in SITE_LINKS:
            return false()
        col, parent = SITE_LINKS[tname][0]
        sites = list(self.site_ids)
        if parent is None:
            return t.c[col].in_(sites)
        p = table(parent)
        return t.c[col].in_(select(p.c.id).where(p.c.site_id.in_(sites)))

    def feed_filter(self, feed: Any) -> ColumnElement[bool]:
        """Which change-feed entries the user may read."""
        if self.everything:
            return true()
        return or_(
            feed.c.site_id.in_(list(self.site_ids)),
            and_(feed.c.site_id.is_(None), feed.c.table_name.in_(sorted(GLOBAL_TABLES))),
            and_(
                feed.c.table_name == STAKEHOLDERS, feed.c.row_id.in_(self.readable_stakeholders())
            ),
        )

    # -- redaction -----------------------------------------------------------------------
    def redact_row(self, tname: str, row: dict[str, Any]) -> dict[str, Any]:
        """The row as this user may receive it (a copy when something is removed)."""
        if not self.redact:
            return row
        fields = REDACTED.get(tname, ())
        if tname == STAKEHOLDERS and row.get("kind") == "person":
            fields = (*fields, "name", "position")
        if not fields:
            return row
        out = dict(row)
        cols = rows.codec(tname).columns
        nullable = {c.name: c.nullable for c in cols}
        for f in fields:
            if f in out and out[f] not in (None, ""):
                out[f] = None if nullable.get(f, True) else ""
        return out


def load_scope(conn: Connection, user_id: uuid.UUID, username: str, role: str) -> Scope:
    """The user's sites and regions, read now (so a change of role applies at once)."""
    if role == "administrator":
        return Scope(user_id, username, role)
    regions = frozenset(
        conn.execute(
            select(UserRegion.region_id).where(
                UserRegion.user_id == user_id, UserRegion.deleted.is_(False)
            )
        ).scalars()
    )
    sites: set[uuid.UUID] = set()
    if role == "coordinator":
        sites |= set(
            conn.execute(
                select(UserSite.site_id).where(
                    UserSite.user_id == user_id, UserSite.deleted.is_(False)
                )
            ).scalars()
        )
    if regions:
        sites |= set(
            conn.execute(
                select(SiteModel.id).where(SiteModel.region_id.in_(list(regions)))
            ).scalars()
        )
    return Scope(user_id, username, role, frozenset(sites), regions)


def stakeholder_is_linked(
    conn: Connection, stakeholder_id: uuid.UUID, site_ids: Iterable[uuid.UUID] | None
) -> bool:
    """Is the stakeholder referred to by a row of these sites (any site when None), or is
    it the organisation of a person who is? (The same reach as
    :meth:`Scope.readable_stakeholders`.)"""
    st = table(STAKEHOLDERS)
    members = list(
        conn.execute(select(st.c.id).where(st.c.organisation_id == stakeholder_id)).scalars()
    )
    wanted = [stakeholder_id, *members]
    for tname, col in STAKEHOLDER_REFS:
        t = table(tname)
        q = select(t.c.id).where(t.c[col].in_(wanted))
        if site_ids is not None:
            q = q.where(_site_expr(tname).in_(list(site_ids)))
        if conn.execute(q.limit(1)).first() is not None:
            return True
    return False


def _site_expr(tname: str) -> ColumnElement:
    """A SQL expression for the site of ``tname``'s rows (through its first link)."""
    col, parent = SITE_LINKS[tname][0]
    t = table(tname)
    if parent is None:
        return t.c[col]
    p = table(parent)
    return select(p.c.site_id).where(p.c.id == t.c[col]).scalar_subquery()
