"""Monthly CAP meetings: held ones with agenda, attendance, minutes and decisions;
cancelled ones with a reason; planned ones for the coming months.

The programme's workshops started in September 2020 and became more frequent
over time; which site met in which month is drawn with that trend, to the
published count of meetings held by 2022-03-31.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import uuid
from collections import defaultdict

from bm_desktop.db.models import AgendaItem, CapMeeting, MeetingAttendance, MeetingDecision
from bm_desktop.domain.enums import MeetingStatus
from bm_desktop.domain.kpi import Period, month_key
from bm_desktop.services.sample_programme import people, targets
from bm_desktop.services.sample_programme.actions import ActionFact
from bm_desktop.services.sample_programme.context import SampleBuilder
from bm_desktop.services.sample_programme.incidents import IncidentFact
from bm_desktop.services.sample_programme.sites import SiteInfo

CANCEL_REASONS = [
    "Heavy rains cut the road to the site",
    "Insecurity on the access road; meeting postponed",
    "Most stakeholders attending a provincial mining forum",
    "Coordinator called to an urgent incident at another site",
]
# Attendance per stakeholder type: (women range, men range).
ATTENDANCE = {
    "asm_miners": ((1, 5), (3, 9)),
    "cooperative": ((0, 2), (1, 3)),
    "community": ((0, 2), (1, 3)),
    "industry": ((0, 1), (1, 2)),
    "ngo": ((0, 2), (0, 2)),
    "state_services": ((0, 1), (1, 2)),
    "government": ((0, 1), (0, 1)),
    "security_sector": ((0, 1), (0, 2)),
}
START_TIMES = ("09:00", "09:00", "09:30", "10:00", "14:00")
MAX_ITEMS = 6  # open actions / proposals listed one by one; the rest in the minutes
DECISIONS = [
    "The cooperative will post the site rules at every pit entrance.",
    "The monitor will report on the follow-up at the next meeting.",
    "State services will join the next verification visit.",
    "The cooperative board will nominate a focal point for child protection.",
    "Traders agreed to buy only tagged bags.",
]


def _months(start: dt.date, end: dt.date) -> list[Period]:
    return [Period.month(int(k[:4]), int(k[5:])) for k in Period(start, end).month_keys()]


def _candidates(sites: list[SiteInfo], start: dt.date, end: dt.date):
    """(site, month, weight) for every month a site could meet (in the programme, not suspended)."""
    out = []
    months = _months(start, end)
    for i, month in enumerate(months):
        trend = 0.35 + 0.65 * i / max(1, len(months) - 1)
        for site in sites:
            mid = month.start + dt.timedelta(days=14)
            if site.start <= month.start and mid <= site.end and not site.is_suspended(mid):
                out.append((site, month, trend * (1.3 if site.country == "COD" else 1.0)))
    return out


def _pick(rng: random.Random, candidates, n: int):
    """n candidates without replacement, weighted (Efraimidis-Spirakis keys)."""
    keyed = sorted(candidates, key=lambda c: -(rng.random() ** (1.0 / c[2])))
    return keyed[:n], keyed[n:]


def build_meetings(
    b: SampleBuilder,
    sites: list[SiteInfo],
    incidents: list[IncidentFact],
    actions: list[ActionFact],
) -> None:
    rng = b.rng("meetings")
    t = targets
    early, rest = _pick(
        rng, _candidates(sites, t.MEETINGS_START, t.AS_OF), t.MEETINGS_HELD_BY_AS_OF
    )
    cancelled, _ = _pick(rng, rest, t.MEETINGS_CANCELLED_BY_AS_OF)
    late, rest = _pick(
        rng, _candidates(sites, t.AS_OF + dt.timedelta(days=1), t.DATA_END), t.MEETINGS_HELD_AFTER
    )
    cancelled_late, _ = _pick(rng, rest, t.MEETINGS_CANCELLED_AFTER)
    writer = MeetingWriter(b, rng, incidents, actions)
    held = sorted(early + late, key=lambda c: (c[1].start, c[0].code))
    for site, month, _ in held:
        writer.held(site, month)
    for site, month, _ in sorted(cancelled + cancelled_late, key=lambda c: (c[1].start, c[0].code)):
        day = _weekday(rng, month)
        b.add(
            CapMeeting,
            site_id=site.id,
            month=month_key(month.start),
            planned_on=day,
            place=_place(rng, site),
            status=MeetingStatus.CANCELLED.value,
            cancel_reason=rng.choice(CANCEL_REASONS),
        )
    for key in t.PLANNED_MONTHS:
        month = Period.month(int(key[:4]), int(key[5:]))
        for site in sites:
            if site.current_status == "active":
                b.add(
                    CapMeeting,
                    site_id=site.id,
                    month=key,
                    planned_on=_weekday(rng, month),
                    place=_place(rng, site),
                    status=MeetingStatus.PLANNED.value,
                    starts_at=rng.choice(START_TIMES),
                )


def _weekday(rng: random.Random, month: Period) -> dt.date:
    day = month.start + dt.timedelta(days=rng.randint(4, 24))
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _place(rng: random.Random, site: SiteInfo) -> str:
    return rng.choice(
        [
            f"Cooperative office, {site.name}",
            f"Community hall, {site.name}",
            f"Sector office, {site.spec.territory}",
        ]
    )


class MeetingWriter:
    """Writes a held meeting from what happened on its site since the previous one."""

    def __init__(
        self,
        b: SampleBuilder,
        rng: random.Random,
        incidents: list[IncidentFact],
        actions: list[ActionFact],
    ) -> None:
        self.b, self.rng = b, rng
        self.incidents: dict[uuid.UUID, list[IncidentFact]] = defaultdict(list)
        for fact in incidents:
            self.incidents[fact.site.id].append(fact)
        self.days = {k: [f.occurred_on for f in v] for k, v in self.incidents.items()}
        self.actions: dict[uuid.UUID, list[ActionFact]] = defaultdict(list)
        for action in actions:
            self.actions[action.site.id].append(action)
        self.previous: dict[uuid.UUID, dt.date] = {}
        self.coordinators: dict[str, str] = {}

    def _coordinator(self, site: SiteInfo) -> str:
        region = site.spec.region
        if region not in self.coordinators:
            r = self.b.rng(f"coordinator:{region}")
            self.coordinators[region] = people.person_name(r, site.country)[0]
        return self.coordinators[region]

    def held(self, site: SiteInfo, month: Period) -> None:
        b, rng = self.b, self.rng
        day = _weekday(rng, month)
        since = self.previous.get(site.id, day - dt.timedelta(days=60))
        self.previous[site.id] = day
        days = self.days.get(site.id, [])
        new = self.incidents[site.id][
            bisect.bisect_right(days, since) : bisect.bisect_right(days, day)
        ]
        open_actions = [
            a for a in self.actions[site.id] if a.status_on(day) in ("recommended", "in_progress")
        ]
        overdue = [a for a in open_actions if a.due_on < day]
        proposed = [
            a
            for a in self.actions[site.id]
            if day - dt.timedelta(days=20) <= a.recommended_on <= day + dt.timedelta(days=10)
        ]
        coordinator = self._coordinator(site)
        minutes = (
            f"CAP meeting at {site.name}: {len(new)} new incident(s) reviewed, "
            f"{len(open_actions)} open action(s) followed up ({len(overdue)} overdue), "
            f"{len(proposed)} new action(s) agreed. Fictitious sample minutes."
        )
        meeting_id = b.add(
            CapMeeting,
            site_id=site.id,
            month=month_key(day),
            planned_on=day - dt.timedelta(days=rng.choice((0, 0, 0, 2, 7))),
            held_on=day,
            place=_place(rng, site),
            status=MeetingStatus.HELD.value,
            minutes=minutes,
            starts_at=rng.choice(START_TIMES),
        )
        items = self._agenda(site, day, new, open_actions, proposed, coordinator)
        proposal_items: dict[uuid.UUID, uuid.UUID] = {}
        last_item = None
        for position, (section, title, details, duration, table, ids) in enumerate(items, 1):
            last_item = b.add(
                AgendaItem,
                meeting_id=meeting_id,
                position=position,
                section=section,
                title=title,
                details=details,
                duration_min=duration,
                presenter=coordinator if section != "aob" else None,
                minutes="Discussed; see the general minutes.",
                ref_table=table,
                ref_id=ids[0] if ids else None,
                ref_ids=" ".join(str(i) for i in ids) if ids else None,
            )
            if section == "proposals" and ids:
                proposal_items[ids[0]] = last_item
        self._attendance(site, meeting_id)
        for action in proposed[:MAX_ITEMS]:
            b.add(
                MeetingDecision,
                meeting_id=meeting_id,
                agenda_item_id=proposal_items[action.id],
                text=f"Agreed: {action.description}.",
                action_id=action.id,
            )
        for text in rng.sample(DECISIONS, rng.randint(1, 2)):
            b.add(
                MeetingDecision,
                meeting_id=meeting_id,
                agenda_item_id=last_item,
                text=text,
                action_id=None,
            )

    def _agenda(
        self,
        site: SiteInfo,
        day: dt.date,
        new: list[IncidentFact],
        open_actions: list[ActionFact],
        proposed: list[ActionFact],
        coordinator: str,
    ):
        """(section, title, details, minutes, ref table, ref ids) in the agenda builder's order."""
        ref = self.b.ref
        items: list[tuple[str, str, str | None, int, str | None, list[uuid.UUID]]] = [
            ("opening", "Opening, introductions and attendance", None, 10, None, []),
            ("followup", "Follow-up of the previous meeting's decisions", None, 15, None, []),
        ]
        by_category: dict[str, list[IncidentFact]] = defaultdict(list)
        for fact in new:
            by_category[ref.areas[fact.area].category].append(fact)
        for category, facts in sorted(by_category.items(), key=lambda kv: -len(kv[1])):
            areas = sorted({ref.areas[f.area].name_en for f in facts})
            items.append(
                (
                    "new_incidents",
                    f"{ref.category_names[category]}: {len(facts)} new incident(s)",
                    "; ".join(areas),
                    10,
                    "incidents",
                    [f.id for f in facts],
                )
            )
        open_actions = sorted(open_actions, key=lambda a: (a.due_on >= day, a.due_on))
        for action in open_actions[:MAX_ITEMS]:
            late = " (overdue)" if action.due_on < day else ""
            items.append(
                (
                    "open_actions",
                    action.description,
                    f"{(action.status_on(day) or '').replace('_', ' ')}, due "
                    f"{action.due_on.isoformat()}{late}",
                    5,
                    "corrective_actions",
                    [action.id],
                )
            )
        for action in proposed[:MAX_ITEMS]:
            items.append(
                (
                    "proposals",
                    action.description,
                    f"Due {action.due_on.isoformat()}",
                    10,
                    "corrective_actions",
                    [action.id],
                )
            )
        if site.is_suspended(day - dt.timedelta(days=20)):
            items.append(
                ("site_status", "Site status: suspension and its action plan", None, 15, None, [])
            )
        items.append(("aob", "Any other business", None, 10, None, []))
        return items

    def _attendance(self, site: SiteInfo, meeting_id: uuid.UUID) -> None:
        rng = self.rng
        present = [
            t for t in ATTENDANCE if t in ("asm_miners", "cooperative") or rng.random() < 0.75
        ]
        for type_code in present:
            (wl, wh), (ml, mh) = ATTENDANCE[type_code]
            org = site.organisations[type_code][0]
            self.b.add(
                MeetingAttendance,
                meeting_id=meeting_id,
                stakeholder_id=org,
                stakeholder_type_id=self.b.ref.stakeholder_types[type_code],
                name=site.organisation_names[org],
                women=rng.randint(wl, wh),
                men=rng.randint(ml, mh),
            )
