"""Incidents 2020-2022, and the site risks they roll up into.

The reporting year is planned to the published figures (see ``targets``): the
fixed stories first (the cobalt site's child-labour drop, Rwanda's four
child-labour cases, Luhihi's security-force incidents ending in May 2021), then
one incident in every risk area, then the rest drawn by site size and by how
common each risk is in each region. Rejected incidents and deleted duplicates
are added on top; the counting rules leave them out.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass

from bm_desktop.db.models import Incident, RiskIncident, SiteRisk
from bm_desktop.domain.enums import IncidentSource, RiskStatus, Verification
from bm_desktop.domain.kpi import Period
from bm_desktop.services.sample_programme import people, targets, texts
from bm_desktop.services.sample_programme.context import SampleBuilder
from bm_desktop.services.sample_programme.sites import SiteInfo

CL, WFCL, SF = "child_labour", "wfcl", "security_forces"

# How common each risk area is (besides child labour), in incidents per 1,000.
AREA_WEIGHTS: dict[str, float] = {
    "ohs": 180,
    "general_security": 85,
    "security_forces": 55,
    "nsag": 45,
    "ihl": 8,
    "worker_rights": 70,
    "gender": 50,
    "sexual_violence": 18,
    "discrimination": 20,
    "forced_labour": 12,
    "torture": 9,
    "emissions_waste": 40,
    "water": 42,
    "mine_closure": 20,
    "flora_fauna": 8,
    "corruption": 40,
    "tax_eiti": 38,
    "money_laundering": 6,
    "business_conflict": 38,
    "community_engagement": 50,
    "indigenous_fpic": 7,
    "traceability": 60,
    "transparency": 28,
    "company_governance": 30,
}
# Regional differences: armed groups are an eastern DRC risk, safety dominates in Rwanda.
AFFINITY: dict[str, dict[str, float]] = {
    "Eastern DRC": {"nsag": 3.0, "ihl": 3.0, "security_forces": 2.0, "general_security": 1.8},
    "Lualaba": {"nsag": 0.05, "ihl": 0.02, "security_forces": 1.2, "emissions_waste": 1.6},
    "Haut-Katanga": {"nsag": 0.05, "ihl": 0.02, "emissions_waste": 1.5},
    "Rwanda": {
        "nsag": 0.0,
        "ihl": 0.0,
        "security_forces": 0.2,
        "general_security": 0.5,
        "ohs": 1.8,
        "traceability": 1.4,
    },
}
SEVERITY = {
    CL: (3, 3),
    WFCL: (4, 4),
    "torture": (4, 4),
    "sexual_violence": (4, 4),
    "ihl": (4, 4),
    "forced_labour": (3, 4),
    "nsag": (3, 4),
    SF: (3, 4),
    "ohs": (2, 4),
}
SOURCES = [
    (IncidentSource.MONITOR, 80),
    (IncidentSource.SELF_MONITORING, 10),
    (IncidentSource.GOVERNMENT, 6),
    (IncidentSource.OTHER, 4),
]


@dataclass(frozen=True)
class IncidentFact:
    """A recorded (counted) incident, as actions and meetings need it."""

    id: uuid.UUID
    site: SiteInfo
    area: str
    occurred_on: dt.date
    severity: int


def _day(rng: random.Random, site: SiteInfo, period: Period) -> dt.date:
    """A random day of ``period`` on which ``site`` is active (the plan asks only those)."""
    start, end = max(period.start, site.start), min(period.end, site.end)
    if end < start:
        raise ValueError(f"site {site.spec.code} is not active in {period}")
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def _fraction(site: SiteInfo, period: Period) -> float:
    start, end = max(period.start, site.start), min(period.end, site.end)
    return max(0, (end - start).days + 1) / period.days


def _cl_weight(site: SiteInfo) -> float:
    if site.country == "RWA":
        return 0.05
    return 3.0 if site.is_cobalt else 1.5 if "gold" in site.spec.minerals else 0.8


class IncidentPlanner:
    """Decides (site, risk area, day) of every incident of one period."""

    def __init__(self, b: SampleBuilder, sites: list[SiteInfo]) -> None:
        self.b = b
        self.sites = sites
        self.by_code = {s.spec.code: s for s in sites}
        self.rng = b.rng("incident-plan")

    def draw(
        self,
        period: Period,
        n: int,
        areas: list[str],
        exclude: set[tuple[str, str]],
        cl: bool = False,
    ) -> list[tuple[SiteInfo, str, dt.date]]:
        pairs, weights = [], []
        for site in self.sites:
            frac = _fraction(site, period)
            if frac <= 0:
                continue
            for area in areas:
                if (site.spec.code, area) in exclude:
                    continue
                w = (
                    _cl_weight(site)
                    if cl
                    else AREA_WEIGHTS.get(area, 60.0)
                    * AFFINITY.get(site.spec.region, {}).get(area, 1.0)
                )
                if w > 0:
                    pairs.append((site, area))
                    weights.append(w * site.weight * frac)
        if not pairs or n <= 0:
            return []
        cum, total = [], 0.0
        for w in weights:
            total += w
            cum.append(total)
        chosen = self.rng.choices(pairs, cum_weights=cum, k=n)
        return [(s, a, _day(self.rng, s, period)) for s, a in chosen]

    def reporting_year(self) -> list[tuple[SiteInfo, str, dt.date]]:
        t, rng, year = targets, self.rng, targets.REPORTING_YEAR
        plan: list[tuple[SiteInfo, str, dt.date]] = []
        drop = self.by_code[t.DROP_SITE]
        days = []
        for quarter, n in t.DROP_SITE_CHILD_LABOUR.items():
            period = Period.quarter(int(quarter[:4]), int(quarter[-1]))
            days += [_day(rng, drop, period) for _ in range(n)]
        wfcl = set(rng.sample(range(len(days)), t.DROP_SITE_WFCL))
        plan += [(drop, WFCL if i in wfcl else CL, d) for i, d in enumerate(days)]
        rwanda = [s for s in self.sites if s.country == "RWA" and _fraction(s, year) > 0]
        for i in range(t.RWANDA_CHILD_LABOUR):
            site = rng.choice(rwanda)
            plan.append((site, WFCL if i < t.RWANDA_WFCL else CL, _day(rng, site, year)))
        others = t.CHILD_LABOUR_IN_YEAR - len(plan)
        wfcl_left = t.WFCL_IN_YEAR - t.DROP_SITE_WFCL - t.RWANDA_WFCL
        drc = [s for s in self.sites if s.country == "COD" and s is not drop]
        cl_plan = self._draw_from(drc, year, others, cl=True)
        flags = set(rng.sample(range(others), wfcl_left))
        plan += [(s, WFCL if i in flags else CL, d) for i, (s, _, d) in enumerate(cl_plan)]
        luhihi = self.by_code[t.SECURITY_FORCES_SITE]
        early = Period(year.start, t.SECURITY_FORCES_LAST_DAY)
        plan += [(luhihi, SF, _day(rng, luhihi, early)) for _ in range(t.SECURITY_FORCES_IN_YEAR)]
        areas = [a for a in AREA_WEIGHTS if a != SF] + [SF]
        exclude = {(t.SECURITY_FORCES_SITE, SF)}
        for area in areas:  # one in every area, so all 26 appear
            if area != SF:
                plan += self.draw(year, 1, [area], exclude)
        rest = t.INCIDENTS_IN_YEAR - len(plan)
        plan += self.draw(year, rest, list(AREA_WEIGHTS), exclude)
        return plan

    def _draw_from(self, sites: list[SiteInfo], period: Period, n: int, cl: bool):
        saved, self.sites = self.sites, sites
        try:
            return self.draw(period, n, [CL], set(), cl=cl)
        finally:
            self.sites = saved

    def outside_year(
        self, period: Period, n: int, cl_share: float, security_forces_at_luhihi: int
    ) -> list[tuple[SiteInfo, str, dt.date]]:
        rng, t = self.rng, targets
        n_cl = round(n * cl_share)
        plan = [
            (s, WFCL if rng.random() < 0.45 else CL, d)
            for s, _, d in self.draw(period, n_cl, [CL], set(), cl=True)
        ]
        luhihi = self.by_code[t.SECURITY_FORCES_SITE]
        late = Period(max(period.start, dt.date(2020, 10, 1)), period.end)
        plan += [(luhihi, SF, _day(rng, luhihi, late)) for _ in range(security_forces_at_luhihi)]
        plan += self.draw(period, n - len(plan), list(AREA_WEIGHTS), {(t.SECURITY_FORCES_SITE, SF)})
        return plan


def build_incidents(
    b: SampleBuilder, sites: list[SiteInfo]
) -> tuple[list[IncidentFact], dict[tuple[uuid.UUID, str], uuid.UUID]]:
    """Queue every incident, site risk and risk link.

    Returns the recorded incidents and the risk id of each (site id, risk area code).
    """
    t = targets
    planner = IncidentPlanner(b, sites)
    plan = planner.reporting_year()
    plan += planner.outside_year(
        t.BEFORE_YEAR, t.INCIDENTS_BEFORE, t.CHILD_LABOUR_SHARE_BEFORE, t.SECURITY_FORCES_BEFORE
    )
    plan += planner.outside_year(t.AFTER_YEAR, t.INCIDENTS_AFTER, t.CHILD_LABOUR_SHARE_AFTER, 0)
    plan.sort(key=lambda p: (p[2], p[0].spec.code, p[1]))
    writer = IncidentWriter(b)
    facts = [writer.write(site, area, day) for site, area, day in plan]
    areas = list(AREA_WEIGHTS) + [CL, WFCL]
    for period, n in (
        (t.REPORTING_YEAR, t.REJECTED_IN_YEAR),
        (t.BEFORE_YEAR, t.REJECTED_BEFORE),
        (t.AFTER_YEAR, t.REJECTED_AFTER),
    ):
        for site, area, day in planner.draw(period, n, areas, {(t.SECURITY_FORCES_SITE, SF)}):
            writer.write(site, area, day, rejected=True)
    in_year = [f for f in facts if t.REPORTING_YEAR.contains(f.occurred_on)]
    for fact in writer.rng.sample(in_year, t.DELETED_IN_YEAR):
        writer.write(fact.site, fact.area, fact.occurred_on, deleted=True)
    return facts, build_risks(b, facts)


class IncidentWriter:
    def __init__(self, b: SampleBuilder) -> None:
        self.b = b
        self.rng = b.rng("incident-rows")
        self.experts: dict[str, list[str]] = {}

    def _expert(self, site: SiteInfo) -> str:
        region = site.spec.region
        if region not in self.experts:
            r = self.b.rng(f"experts:{region}")
            self.experts[region] = [people.person_name(r, site.country)[0] for _ in range(2)]
        return self.rng.choice(self.experts[region])

    def write(
        self,
        site: SiteInfo,
        area: str,
        day: dt.date,
        *,
        rejected: bool = False,
        deleted: bool = False,
    ) -> IncidentFact:
        rng, ref = self.rng, self.b.ref.areas[area]
        low, high = SEVERITY.get(area, (1, 3))
        severity = rng.randint(low, high)
        minors = rng.randint(1, 8) if area in (CL, WFCL) else 0
        reported = min(day + dt.timedelta(days=rng.choice((0, 0, 1, 1, 2, 3, 5))), targets.DATA_END)
        if rejected:
            verification = Verification.REJECTED.value
        elif (targets.DATA_END - day).days < 40:
            verification = (
                Verification.REPORTED if rng.random() < 0.6 else Verification.VERIFIED
            ).value
        else:
            verification = (
                Verification.REPORTED if rng.random() < 0.04 else Verification.VERIFIED
            ).value
        checked = verification != Verification.REPORTED.value
        verified_at = (
            (
                dt.datetime.combine(reported, dt.time(9))
                + dt.timedelta(days=rng.randint(1, 12), minutes=rng.randint(0, 480))
            )
            if checked
            else None
        )
        lon = lat = None
        if rng.random() < 0.15:  # happened away from the pits, within a few km
            dist, bearing = rng.uniform(0.5, 5.0), rng.uniform(0, 2 * math.pi)
            lat = round(site.lat + dist / 111.0 * math.cos(bearing), 5)
            lon = round(
                site.lon + dist / (111.0 * math.cos(math.radians(site.lat))) * math.sin(bearing), 5
            )
        sensitive = ref.category in ("human_rights", "security") and rng.random() < 0.5
        incident_id = self.b.add(
            Incident,
            site_id=site.id,
            occurred_on=day,
            reported_on=reported,
            reported_by=rng.choice(site.monitors),
            source=_source(rng),
            risk_area_id=ref.id,
            severity=severity,
            description=texts.incident_text(rng, area, site.name, minors or 2),
            people_affected=None if rng.random() < 0.2 else max(minors, rng.randint(1, 12)),
            minors_involved=minors,
            longitude=lon,
            latitude=lat,
            verification=verification,
            verified_by=self._expert(site) if checked else None,
            verified_at=verified_at,
            rejection_reason=rng.choice(texts.REJECTION_REASONS) if rejected else None,
            sensitive_victims=_victims(rng, minors) if sensitive else None,
            sensitive_witnesses="Fictitious: the monitor and one cooperative member"
            if sensitive
            else None,
            sensitive_notes="Fictitious: follow-up agreed with the local NGO; names withheld"
            if sensitive
            else None,
            deleted=deleted,
        )
        return IncidentFact(incident_id, site, area, day, severity)


def _source(rng: random.Random) -> str:
    return rng.choices([s for s, _ in SOURCES], weights=[w for _, w in SOURCES])[0].value


def _victims(rng: random.Random, minors: int) -> str:
    if minors:
        ages = sorted(rng.randint(9, 17) for _ in range(min(minors, 3)))
        return f"Fictitious: {minors} minor(s), aged {', '.join(map(str, ages))}"
    return f"Fictitious: {rng.randint(1, 4)} adult(s); names kept by the risk expert"


def build_risks(
    b: SampleBuilder, facts: list[IncidentFact]
) -> dict[tuple[uuid.UUID, str], uuid.UUID]:
    """One site risk per (site, risk area) with incidents, linked to all of them."""
    groups: dict[tuple[uuid.UUID, str], list[IncidentFact]] = defaultdict(list)
    for fact in facts:
        groups[(fact.site.id, fact.area)].append(fact)
    risks = {}
    for (site_id, area), items in groups.items():
        last = max(f.occurred_on for f in items)
        recent = sum(1 for f in items if (last - f.occurred_on).days < 365)
        likelihood = (
            1
            if recent <= 1
            else 2
            if recent <= 3
            else 3
            if recent <= 6
            else (4 if recent <= 12 else 5)
        )
        ref = b.ref.areas[area]
        severity = min(
            5, max(f.severity for f in items) + (1 if ref.annex2 == "serious_abuses" else 0)
        )
        age = (targets.DATA_END - last).days
        status = (
            RiskStatus.OPEN
            if age < 180
            else RiskStatus.MITIGATED
            if age < 540
            else RiskStatus.CLOSED
        ).value
        risk_id = b.add(
            SiteRisk,
            site_id=site_id,
            risk_area_id=ref.id,
            likelihood=likelihood,
            severity=severity,
            status=status,
            identified_on=min(f.occurred_on for f in items),
            notes=f"{len(items)} incident(s) recorded (fictitious sample)",
        )
        risks[(site_id, area)] = risk_id
        for fact in items:
            b.add(RiskIncident, risk_id=risk_id, incident_id=fact.id)
    return risks
