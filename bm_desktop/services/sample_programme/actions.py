"""Corrective actions with their progress histories, linked to risks and incidents.

Each action starts from an incident (recommended a few days to weeks after it,
for the risk the incident rolled into) and is assigned to one of the site's
organisations. The status of every action recommended by 2022-03-31 *as of that
date* is planned to the published figures: the oldest actions (with some noise)
are the furthest along, a few were cancelled. Histories then continue to the
end of 2022, so later dates show later progress.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass

from bm_desktop.db.models import ActionIncident, ActionProgress, CorrectiveAction
from bm_desktop.domain.enums import ActionKind, ActionStatus, Priority
from bm_desktop.services.sample_programme import targets, texts
from bm_desktop.services.sample_programme.context import SampleBuilder
from bm_desktop.services.sample_programme.incidents import IncidentFact
from bm_desktop.services.sample_programme.sites import SiteInfo

S = ActionStatus
K = ActionKind
CHILD_LABOUR = ("child_labour", "wfcl")
OTHER_KINDS: dict[str, dict[ActionKind, float]] = {  # risk category -> kind weights
    "human_rights": {K.GOVERNANCE: 3, K.ENGAGEMENT: 3, K.INFRASTRUCTURE: 0.5, K.OTHER: 1},
    "security": {K.ENGAGEMENT: 4, K.GOVERNANCE: 2, K.OTHER: 1},
    "working_conditions": {K.INFRASTRUCTURE: 5, K.GOVERNANCE: 2, K.OTHER: 1},
    "environment": {K.INFRASTRUCTURE: 4, K.GOVERNANCE: 1.5, K.ENGAGEMENT: 1},
    "legality": {K.GOVERNANCE: 4, K.ENGAGEMENT: 1, K.OTHER: 1},
    "community": {K.ENGAGEMENT: 4, K.GOVERNANCE: 1, K.INFRASTRUCTURE: 1},
    "chain_of_custody": {K.GOVERNANCE: 4, K.OTHER: 1.5, K.INFRASTRUCTURE: 0.5},
}
ASSIGNEES: dict[str, dict[str, float]] = {  # risk category -> stakeholder type weights
    "human_rights": {"cooperative": 4, "community": 2.5, "ngo": 2, "state_services": 1.5},
    "security": {"security_sector": 3.5, "government": 3, "cooperative": 2, "community": 1.5},
    "working_conditions": {"cooperative": 6, "asm_miners": 2.5, "state_services": 1.5},
    "environment": {"cooperative": 5, "state_services": 3, "community": 2},
    "legality": {"state_services": 4.5, "government": 3, "cooperative": 2.5},
    "community": {"community": 4.5, "cooperative": 3, "industry": 2.5},
    "chain_of_custody": {"state_services": 4, "industry": 3, "cooperative": 3},
}
DUE_DAYS = {
    K.TRAINING: (30, 75),
    K.AWARENESS: (30, 60),
    K.INFRASTRUCTURE: (60, 180),
    K.GOVERNANCE: (45, 120),
    K.ENGAGEMENT: (30, 90),
    K.OTHER: (30, 90),
}
NOTES = {
    S.RECOMMENDED: "Recommended at the CAP meeting",
    S.IN_PROGRESS: "Work started with the assigned stakeholder",
    S.IMPLEMENTED: "Implemented; evidence collected by the monitor",
    S.VERIFIED: "Verified on site by the risk expert",
}
CANCEL_REASONS = [
    "Superseded by a broader action on the same risk",
    "Site stopped production in the affected pits",
    "Stakeholder withdrew; replaced by a new action",
]


@dataclass
class ActionFact:
    id: uuid.UUID
    site: SiteInfo
    area: str
    kind: str
    description: str
    recommended_on: dt.date
    due_on: dt.date
    timeline: list[tuple[str, dt.date]]

    def status_on(self, day: dt.date) -> str | None:
        """Status as of a day (None before the recommendation)."""
        status = None
        for st, on in self.timeline:
            if on <= day:
                status = st
        return status


def build_actions(
    b: SampleBuilder, facts: list[IncidentFact], risks: dict[tuple[uuid.UUID, str], uuid.UUID]
) -> list[ActionFact]:
    rng = b.rng("actions")
    as_of = targets.AS_OF
    early = [f for f in facts if f.occurred_on <= as_of]
    planned: list[tuple[IncidentFact, dt.date, str, str]] = []  # anchor, R, status@A, kind
    for group, mix in ((True, targets.CHILD_LABOUR_ACTIONS), (False, targets.OTHER_ACTIONS)):
        pool = [f for f in early if (f.area in CHILD_LABOUR) == group]
        anchors = rng.sample(pool, sum(mix))
        planned += _plan_statuses(rng, anchors, mix)
    planned = _plan_kinds(rng, b, planned)
    late = [f for f in facts if as_of < f.occurred_on <= targets.DATA_END - dt.timedelta(days=5)]
    for anchor in rng.sample(late, min(targets.ACTIONS_AFTER, len(late))):
        day = min(anchor.occurred_on + dt.timedelta(days=rng.randint(3, 40)), targets.DATA_END)
        kind = _kind_after(rng, b, anchor.area)
        planned.append((anchor, day, "", kind))
    planned.sort(key=lambda p: (p[1], p[0].site.code, str(p[0].id)))
    by_key: dict[tuple[uuid.UUID, str], list[IncidentFact]] = defaultdict(list)
    for fact in facts:
        by_key[(fact.site.id, fact.area)].append(fact)
    return [
        _write(b, rng, anchor, day, status, kind, risks, by_key)
        for anchor, day, status, kind in planned
    ]


def _recommended_on(rng: random.Random, occurred: dt.date) -> dt.date:
    day = occurred + dt.timedelta(days=rng.randint(3, 40))
    if day > targets.AS_OF:
        day = occurred + dt.timedelta(days=rng.randint(0, (targets.AS_OF - occurred).days))
    return day


def _plan_statuses(rng: random.Random, anchors: list[IncidentFact], mix: tuple[int, ...]):
    in_progress, implemented, verified, recommended, cancelled = mix
    dated = [(a, _recommended_on(rng, a.occurred_on)) for a in anchors]
    cancel = set(rng.sample(range(len(dated)), cancelled))
    rest = [d for i, d in enumerate(dated) if i not in cancel]
    # The older the recommendation, the further along (with noise: some old ones lag).
    rest.sort(key=lambda d: -((targets.AS_OF - d[1]).days + rng.gauss(0, 60)))
    statuses = (
        [S.VERIFIED] * verified
        + [S.IMPLEMENTED] * implemented
        + [S.IN_PROGRESS] * in_progress
        + [S.RECOMMENDED] * recommended
    )
    out = [(a, day, st.value) for (a, day), st in zip(rest, statuses, strict=True)]
    out += [(dated[i][0], dated[i][1], S.CANCELLED.value) for i in sorted(cancel)]
    return out


def _other_kind(rng: random.Random, b: SampleBuilder, area: str) -> str:
    weights = OTHER_KINDS[b.ref.areas[area].category]
    return rng.choices(list(weights), weights=list(weights.values()))[0].value


def _plan_kinds(rng: random.Random, b: SampleBuilder, planned):
    """Trainings and campaigns to the published numbers; other kinds by risk category."""
    delivered = [i for i, p in enumerate(planned) if p[2] in (S.IMPLEMENTED, S.VERIFIED)]
    pending = [i for i, p in enumerate(planned) if p[2] in (S.RECOMMENDED, S.IN_PROGRESS)]
    rng.shuffle(delivered)
    rng.shuffle(pending)
    kinds: dict[int, str] = {}
    t = targets
    for pool, n_training, n_campaign in (
        (delivered, t.TRAININGS_DELIVERED, t.CAMPAIGNS_DELIVERED),
        (pending, t.TRAININGS_PENDING, t.CAMPAIGNS_PENDING),
    ):
        for i in pool[:n_training]:
            kinds[i] = K.TRAINING.value
        for i in pool[n_training : n_training + n_campaign]:
            kinds[i] = K.AWARENESS.value
    return [
        (a, day, st, kinds.get(i) or _other_kind(rng, b, a.area))
        for i, (a, day, st) in enumerate(planned)
    ]


def _kind_after(rng: random.Random, b: SampleBuilder, area: str) -> str:
    roll = rng.random()
    if roll < 0.06:
        return K.TRAINING.value
    if roll < 0.09:
        return K.AWARENESS.value
    return _other_kind(rng, b, area)


def _history_to(
    rng: random.Random, start: dt.date, target: str, kind: str
) -> list[tuple[str, dt.date]]:
    """Updates after the recommendation that lead to ``target`` by the reporting date."""
    quick = kind in (K.TRAINING, K.AWARENESS) and rng.random() < 0.5
    steps = {
        S.RECOMMENDED: [],
        S.IN_PROGRESS: [S.IN_PROGRESS],
        S.IMPLEMENTED: [S.IMPLEMENTED] if quick else [S.IN_PROGRESS, S.IMPLEMENTED],
        S.VERIFIED: ([S.IMPLEMENTED] if quick else [S.IN_PROGRESS, S.IMPLEMENTED]) + [S.VERIFIED],
        S.CANCELLED: [S.CANCELLED] if rng.random() < 0.6 else [S.IN_PROGRESS, S.CANCELLED],
    }[S(target)]
    span = (targets.AS_OF - start).days
    days = sorted(rng.randint(0, span) for _ in steps)
    out = [(s.value, start + dt.timedelta(days=d)) for s, d in zip(steps, days, strict=True)]
    if target == S.IN_PROGRESS and (targets.AS_OF - out[-1][1]).days > 45:
        out.append((S.IN_PROGRESS.value, out[-1][1] + dt.timedelta(days=30)))  # still going
    return out


NEXT = {
    S.RECOMMENDED: (S.IN_PROGRESS, 0.55),
    S.IN_PROGRESS: (S.IMPLEMENTED, 0.6),
    S.IMPLEMENTED: (S.VERIFIED, 0.5),
}


def _continue(
    rng: random.Random, status: str, since: dt.date, boost: float = 0.0
) -> list[tuple[str, dt.date]]:
    """Progress after ``since`` until the end of the data."""
    out = []
    current, day = S(status), since
    while current in NEXT:
        nxt, p = NEXT[current]
        if current != S.IMPLEMENTED and rng.random() < 0.03:
            nxt, p = S.CANCELLED, 1.0
        if rng.random() >= p + boost:
            break
        day = day + dt.timedelta(days=rng.randint(10, 120))
        if day > targets.DATA_END:
            break
        out.append((nxt.value, day))
        current = nxt
    return out


def _write(
    b, rng, anchor: IncidentFact, day: dt.date, status: str, kind: str, risks, by_key
) -> ActionFact:
    site, area = anchor.site, anchor.area
    ref = b.ref.areas[area]
    timeline = [(S.RECOMMENDED.value, day)]
    if status:  # recommended by the reporting date: planned status then, and after
        timeline += _history_to(rng, day, status, kind)
        current = timeline[-1][0]
        timeline += _continue(rng, current, max(targets.AS_OF, timeline[-1][1]))
    else:
        timeline += _continue(rng, S.RECOMMENDED.value, day, boost=0.2)
    low, high = DUE_DAYS[K(kind)]
    due = day + dt.timedelta(days=rng.randint(low, high))
    types = ASSIGNEES[ref.category]
    assignee_type = rng.choices(list(types), weights=list(types.values()))[0]
    stakeholder = site.organisations[assignee_type][0]
    serious = area in CHILD_LABOUR or ref.annex2 in (
        "serious_abuses",
        "nsag_support",
        "security_forces",
    )
    priority = (
        Priority.HIGH if serious else Priority.MEDIUM if rng.random() < 0.7 else Priority.LOW
    ).value
    description = texts.action_text(rng, kind, ref.name_en, site.name)
    action_id = b.add(
        CorrectiveAction,
        site_id=site.id,
        risk_id=risks[(site.id, area)],
        risk_area_id=ref.id,
        kind=kind,
        description=description,
        stakeholder_id=stakeholder,
        recommended_on=day,
        due_on=due,
        priority=priority,
    )
    linked = [anchor] + _extra_incidents(rng, anchor, day, by_key)
    for fact in linked:
        b.add(ActionIncident, action_id=action_id, incident_id=fact.id)
    for st, on in timeline:
        note = f"Cancelled: {rng.choice(CANCEL_REASONS)}" if st == S.CANCELLED else NOTES[S(st)]
        b.add(
            ActionProgress,
            action_id=action_id,
            status=st,
            on=on,
            note=note,
            by=rng.choice(site.monitors),
            seq=b.stamp(),
        )
    return ActionFact(action_id, site, area, kind, description, day, due, timeline)


def _extra_incidents(rng, anchor: IncidentFact, day: dt.date, by_key) -> list[IncidentFact]:
    candidates = [
        f
        for f in by_key[(anchor.site.id, anchor.area)]
        if f is not anchor and f.occurred_on <= day and (day - f.occurred_on).days <= 120
    ]
    return rng.sample(candidates, min(len(candidates), rng.randint(0, 2)))
