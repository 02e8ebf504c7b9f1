"""Who to invite to a site's CAP meeting: its stakeholders by type, with contacts.

Every stakeholder type of the programme (miners, cooperative, community,
industry, NGO, State services, government, security sector) should sit at the
table; a type with no stakeholder on the site is pointed out so the coordinator
can find one before the meeting. Owners of open actions are marked, because
they report on them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class StakeholderType:
    code: str
    name: str  # in the interface language


@dataclass(frozen=True)
class Invitee:
    id: uuid.UUID
    name: str
    type_code: str
    organisation: str | None = None
    position: str | None = None
    role: str | None = None  # role on this site
    phone: str | None = None
    email: str | None = None
    open_actions: int = 0  # open actions this stakeholder owns on the site

    @property
    def contact(self) -> str:
        return " · ".join(x for x in (self.phone, self.email) if x)


@dataclass
class InvitationGroup:
    type: StakeholderType
    invitees: list[Invitee] = field(default_factory=list)


@dataclass
class InvitationList:
    groups: list[InvitationGroup]  # every type, in reference order; empty groups are gaps

    @property
    def missing(self) -> list[StakeholderType]:
        return [g.type for g in self.groups if not g.invitees]

    @property
    def invitees(self) -> list[Invitee]:
        return [i for g in self.groups for i in g.invitees]


def invitation_list(types: list[StakeholderType], stakeholders: list[Invitee]) -> InvitationList:
    """Group the site's stakeholders by type (action owners first, then by name)."""
    groups = {t.code: InvitationGroup(t) for t in types}
    for person in stakeholders:
        group = groups.get(person.type_code)
        if group is None:  # a type added by an administrator after the list was built
            group = groups[person.type_code] = InvitationGroup(
                StakeholderType(person.type_code, person.type_code)
            )
        group.invitees.append(person)
    for group in groups.values():
        group.invitees.sort(key=lambda i: (-i.open_actions, i.name.lower()))
    return InvitationList(list(groups.values()))
