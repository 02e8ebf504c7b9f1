"""Stakeholders of every type for each site: organisations and their contact people.

Each site gets its own miners' committee, cooperative, customary authority,
traders, NGO, state service and security contact; the government
representatives are shared by the sites of a province (DRC) or district
(Rwanda), as they are in reality. All names and contacts are invented.
"""

from __future__ import annotations

import uuid

from bm_desktop.db.models import SiteStakeholder, Stakeholder
from bm_desktop.domain.enums import StakeholderKind
from bm_desktop.domain.local_format import place_name
from bm_desktop.services.sample_programme import people
from bm_desktop.services.sample_programme.context import SampleBuilder
from bm_desktop.services.sample_programme.sites import SiteInfo

# type code -> (DRC organisation, Rwanda organisation, positions of its contact people)
ORGANISATIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "asm_miners": (
        "Comité des creuseurs de {site}",
        "{site} miners' committee",
        ("Committee chair", "Women miners' representative"),
    ),
    "cooperative": ("{operator}", "{operator}", ("President", "Secretary")),
    "community": (
        "Chefferie de {territory}, groupement de {site}",
        "{territory} sector council",
        ("Customary chief", "Community liaison"),
    ),
    "industry": (
        "Négociants en minerais de {territory}",
        "{territory} mineral traders",
        ("Trader representative",),
    ),
    "ngo": (
        "Appui aux communautés minières de {territory} (ACOMT)",
        "Mining communities support network, {territory}",
        ("Programme officer",),
    ),
    "state_services": (
        "SAEMAPE, antenne de {territory}",
        "Rwanda Mining Board, {territory} office",
        ("Mining agent",),
    ),
    "government": (
        "Division provinciale des Mines, {province}",
        "{territory} District",
        ("Head of division",),
    ),
    "security_sector": (
        "Police des mines, {territory}",
        "Rwanda National Police, {territory}",
        ("Station commander",),
    ),
}
SHARED_TYPES = {"government"}


def build_stakeholders(b: SampleBuilder, sites: list[SiteInfo]) -> None:
    """Queue organisations, their people and the site links; fill ``site.organisations``."""
    rng = b.rng("stakeholders")
    shared: dict[tuple[str, str], tuple[uuid.UUID, str]] = {}
    members: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for site in sites:
        spec = site.spec
        for type_code, (drc, rwa, positions) in ORGANISATIONS.items():
            template = rwa if site.country == "RWA" else drc
            # DRC organisations have French names: "Division provinciale des Mines, Sud-Kivu"
            province = spec.province if site.country == "RWA" else place_name(spec.province, "fr")
            name = template.format(
                site=spec.name, operator=spec.operator, territory=spec.territory, province=province
            )
            key = (type_code, spec.province if site.country == "COD" else spec.territory)
            if type_code in SHARED_TYPES and key in shared:
                org_id, name = shared[key]
            else:
                org_id = _organisation(b, rng, site, type_code, name, positions, members)
                if type_code in SHARED_TYPES:
                    shared[key] = (org_id, name)
            b.add(
                SiteStakeholder,
                site_id=site.id,
                stakeholder_id=org_id,
                role="Operator" if type_code == "cooperative" else "Organisation",
            )
            for person_id, position in members[org_id]:
                b.add(SiteStakeholder, site_id=site.id, stakeholder_id=person_id, role=position)
            site.organisations.setdefault(type_code, []).append(org_id)
            site.organisation_names[org_id] = name


def _organisation(
    b: SampleBuilder,
    rng,
    site: SiteInfo,
    type_code: str,
    name: str,
    positions: tuple[str, ...],
    members: dict[uuid.UUID, list[tuple[uuid.UUID, str]]],
) -> uuid.UUID:
    type_id = b.ref.stakeholder_types[type_code]
    org_id = b.add(
        Stakeholder,
        name=name,
        kind=StakeholderKind.ORGANISATION.value,
        type_id=type_id,
        phone=people.phone(rng, site.country),
        email=f"contact@{people.email('x', name).split('@')[1]}",
        notes="Fictitious sample organisation",
    )
    members[org_id] = []
    for position in positions:
        gender = "f" if "Women" in position else None
        person, gender = people.person_name(rng, site.country, gender)
        person_id = b.add(
            Stakeholder,
            name=person,
            kind=StakeholderKind.PERSON.value,
            type_id=type_id,
            organisation_id=org_id,
            position=position,
            phone=people.phone(rng, site.country),
            email=people.email(person, name),
            gender=gender,
        )
        members[org_id].append((person_id, position))
    return org_id
