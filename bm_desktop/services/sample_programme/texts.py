"""Fictitious descriptions for incidents and corrective actions, by risk area and kind.

Every text is invented for the sample programme; none reports a real event.
"""

from __future__ import annotations

import random

INCIDENTS: dict[str, list[str]] = {
    "child_labour": [
        "Monitor saw {n} children carrying ore bags near the washing ponds of {site}.",
        "{n} minors found sorting ore at {site}; the cooperative was informed.",
        "Children under 15 seen selling food and water inside the pit area of {site}.",
    ],
    "wfcl": [
        "{n} children seen digging in an underground gallery at {site}.",
        "Minors observed carrying heavy sacks out of a deep pit at {site}.",
        "{n} children working at night in a shaft at {site}.",
    ],
    "discrimination": [
        "Women miners at {site} refused access to the richer pits.",
        "Migrant diggers at {site} charged a higher entry fee than locals.",
    ],
    "forced_labour": [
        "Diggers at {site} report working to repay debts to a pit owner.",
        "Workers at {site} say they cannot leave before paying a 'site fee'.",
    ],
    "gender": [
        "Women at {site} paid less than men for the same washing work.",
        "Pregnant women seen doing heavy washing work at {site}.",
    ],
    "torture": [
        "A digger accused of theft at {site} was beaten by site guards.",
        "A miner detained and mistreated overnight at the {site} guard post.",
    ],
    "sexual_violence": [
        "A woman reported sexual harassment by a pit manager at {site}.",
        "Sexual violence case reported near {site}; referred to a health centre.",
    ],
    "ihl": [
        "Armed men occupied houses near {site} during fighting.",
        "Fighting near {site} put miners and their families in danger.",
    ],
    "nsag": [
        "Armed group members seen collecting a 'tax' on ore leaving {site}.",
        "Armed men passed through {site} and demanded money from diggers.",
    ],
    "security_forces": [
        "Soldiers without a mission order present at {site}.",
        "Police officers collected illegal fees at the entrance of {site}.",
        "Uniformed men took ore from diggers at {site}.",
    ],
    "general_security": [
        "Theft of ore bags at night at {site}.",
        "Fight between two groups of diggers at {site}.",
        "Bandits attacked traders on the road to {site}.",
    ],
    "ohs": [
        "Pit wall collapsed at {site}; {n} diggers injured.",
        "Diggers at {site} working without helmets or boots in a deep pit.",
        "Shaft at {site} left without timber support after the rains.",
        "Miner injured by a falling rock at {site}.",
    ],
    "worker_rights": [
        "Diggers at {site} not paid for two weeks of work.",
        "Workers at {site} dismissed after asking for protective equipment.",
    ],
    "emissions_waste": [
        "Tailings from {site} dumped next to the village fields.",
        "Dust from ore crushing at {site} covers nearby houses.",
    ],
    "water": [
        "Washing water from {site} discharged into the river without settling ponds.",
        "The spring used by the village near {site} is muddy from mining.",
    ],
    "mine_closure": [
        "Abandoned pits at {site} left open and unfenced.",
        "No backfilling of exhausted pits at {site}.",
    ],
    "flora_fauna": [
        "Trees cut in a protected area next to {site} for pit timber.",
        "Bushmeat sold at the market of {site}.",
    ],
    "corruption": [
        "An official asked for money to sign the transport document at {site}.",
        "Payment requested for a 'fast' tagging of ore at {site}.",
    ],
    "tax_eiti": [
        "Taxes at {site} collected without receipts.",
        "Cooperative of {site} did not pay the quarterly royalty.",
    ],
    "money_laundering": ["Large cash purchase of ore at {site} by an unknown buyer."],
    "business_conflict": [
        "Dispute between the cooperative and a trader over ore prices at {site}.",
        "Two cooperatives claim the same pits at {site}.",
    ],
    "community_engagement": [
        "Villagers near {site} complain they were not consulted on new pits.",
        "Community asks {site} to repair the road damaged by ore trucks.",
    ],
    "indigenous_fpic": ["Local community near {site} says new pits were opened on ancestral land."],
    "traceability": [
        "Ore bags at {site} found without tags.",
        "Tag log book of {site} not filled for three days.",
    ],
    "transparency": [
        "Production figures of {site} not shared with the monitors.",
        "Cooperative of {site} did not publish its annual report.",
    ],
    "company_governance": [
        "Cooperative of {site} held no general assembly this year.",
        "Members of the cooperative of {site} dispute the election of the board.",
    ],
}

ACTIONS: dict[str, str] = {
    "training": "Training for {who} at {site} on {topic}",
    "awareness_campaign": "Awareness campaign at {site} on {topic}",
    "infrastructure": "Works at {site} to address {topic}",
    "governance": "Rules and procedures at {site} on {topic}",
    "engagement": "Dialogue with {who} at {site} about {topic}",
    "other": "Follow-up at {site} on {topic}",
}

AUDIENCE = {
    "training": [
        "cooperative members",
        "pit managers",
        "site guards",
        "diggers",
        "women miners",
        "local authorities",
    ],
    "engagement": [
        "the local community",
        "traditional authorities",
        "the security services",
        "traders",
        "the cooperative board",
    ],
}

REJECTION_REASONS = [
    "Duplicate of an incident already recorded by another monitor.",
    "Verification visit found no evidence of the reported facts.",
    "Happened outside the site's area and supply chain.",
    "Reported facts do not fall under any monitored risk area.",
]


SINGULAR = {"children": "child", "minors": "minor", "diggers": "digger"}


def incident_text(rng: random.Random, area: str, site: str, n: int) -> str:
    template = rng.choice(INCIDENTS.get(area, ["Incident recorded at {site}."]))
    text = template.format(site=site, n=n)
    if n == 1:  # "1 children" reads wrong
        for plural, singular in SINGULAR.items():
            text = text.replace(f"1 {plural}", f"1 {singular}")
    return text + " (fictitious sample)"


def action_text(rng: random.Random, kind: str, area_name: str, site: str) -> str:
    who = rng.choice(AUDIENCE.get(kind, AUDIENCE["training"]))
    return ACTIONS.get(kind, ACTIONS["other"]).format(site=site, who=who, topic=area_name.lower())
