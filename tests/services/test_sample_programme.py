"""The sample programme, run through the KPI code, gives the programme's published figures.

Nothing here compares with constants of the KPI code: the figures are computed
by :mod:`bm_desktop.services.kpis` from the generated rows, and compared with
the numbers of DOMAIN.md ("Headline figures of the 2021-04-01 .. 2022-03-31
reporting year").
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections import Counter

import pytest
from shapely.geometry import Point
from sqlalchemy import func, select

from bm_desktop.db.engine import open_database
from bm_desktop.db.models import (
    ActionIncident,
    ActionProgress,
    AgendaItem,
    CapMeeting,
    CorrectiveAction,
    Country,
    Incident,
    MeetingAttendance,
    MeetingDecision,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskIncident,
    SecurityEvent,
    Site,
    SiteMineral,
    SiteRisk,
    SiteStakeholder,
    SiteStatusChange,
    SiteVisit,
    Stakeholder,
    StakeholderType,
)
from bm_desktop.domain.errors import ValidationError
from bm_desktop.domain.kpi import Period, Scope
from bm_desktop.services import kpis
from bm_desktop.services.sample_programme import SAMPLE_SOURCE_NOTE, generate_sample_programme

D = dt.date
YEAR = Period(D(2021, 4, 1), D(2022, 3, 31))
CHILD_LABOUR = ("child_labour", "wfcl")


def test_headline_figures_of_the_reporting_year(sample_db):
    figures = kpis.programme_figures(sample_db, YEAR)
    assert figures.incidents == 2048
    assert figures.risk_areas_with_incidents == 26
    assert figures.actions.recommended == 1098
    assert figures.actions.implementing == 888
    assert figures.actions.percent == 81
    assert figures.child_labour.incidents == 240
    assert 0.45 <= figures.child_labour.wfcl_share <= 0.55  # "about half"
    assert figures.child_labour.actions.recommended == 122
    assert figures.child_labour.actions.implementing == 97
    assert figures.meetings_held == 140
    assert (figures.sites, figures.active_sites) == (48, 32)


def test_rwanda_child_labour(sample_db):
    rwanda = kpis.child_labour_figures(sample_db, YEAR, Scope.region("Rwanda"))
    assert (rwanda.incidents, rwanda.wfcl_incidents) == (4, 3)


def test_cobalt_site_child_labour_fell_from_33_to_7(sample_db):
    change = kpis.incident_change(
        sample_db,
        Period.quarter(2021, 3),
        Period.quarter(2021, 4),
        Scope.site("LB-01"),
        CHILD_LABOUR,
    )
    assert (change.before, change.after, change.reduction_percent) == (33, 7, 79)
    with sample_db.sessions() as s:
        site = s.scalar(select(Site).where(Site.code == "LB-01"))
        minerals = set(
            s.scalars(select(Mineral.code).join(SiteMineral).where(SiteMineral.site_id == site.id))
        )
    assert (site.name, site.operator) == ("Karajipopo", "EMAK-C")
    assert minerals == {"cobalt", "copper"}


def test_no_security_force_incident_at_luhihi_after_may_2021(sample_db):
    luhihi = Scope.site("SK-01")
    after = Period(D(2021, 6, 1), D(2022, 12, 31))
    assert kpis.incidents_total(sample_db, after, luhihi, ("security_forces",)) == 0
    before = Period(D(2020, 1, 1), D(2021, 5, 31))
    assert kpis.incidents_total(sample_db, before, luhihi, ("security_forces",)) > 5
    with sample_db.sessions() as s:  # none at all, not even rejected or deleted ones
        late = s.scalar(
            select(func.count(Incident.id))
            .join(Site)
            .join(RiskArea)
            .where(
                Site.code == "SK-01",
                RiskArea.code == "security_forces",
                Incident.occurred_on > D(2021, 5, 31),
            )
        )
        name = s.scalar(select(Site.name).where(Site.code == "SK-01"))
    assert (late, name) == (0, "Luhihi")


def test_trainings_and_campaigns_delivered(sample_db):
    kinds = {k.kind: k for k in kpis.actions_by_kind(sample_db, YEAR.end)}
    assert kinds["training"].delivered == 50
    assert kinds["awareness_campaign"].delivered == 23
    assert kinds["training"].recommended > 50  # some still to deliver


def test_sites_regions_and_activity(sample_db):
    with sample_db.sessions() as s:
        per_region = Counter(
            s.scalars(select(ProgrammeRegion.name).join(Site, Site.region_id == ProgrammeRegion.id))
        )
        miners = s.scalar(select(func.sum(Site.miners_total)))
        named = {
            code: (name, province)
            for code, name, province in s.execute(
                select(Site.code, Site.name, Province.name).join(Province)
            )
        }
        statuses = Counter(s.scalars(select(SiteStatusChange.status)))
        suspensions = list(
            s.scalars(select(SiteStatusChange.reason).where(SiteStatusChange.status == "suspended"))
        )
        visits = s.scalar(select(func.count(SiteVisit.id)))
    assert per_region == {"Eastern DRC": 13, "Lualaba": 7, "Haut-Katanga": 3, "Rwanda": 25}
    active = {c.key: c.count for c in kpis.active_sites_by_region(sample_db, YEAR)}
    assert active == {"Eastern DRC": 8, "Lualaba": 5, "Haut-Katanga": 3, "Rwanda": 16}
    assert miners > 55_000
    assert named["SK-01"] == ("Luhihi", "South Kivu")
    assert named["RW-01"][0] == "Rutongo Mines"
    assert statuses["inactive"] == 16 and statuses["suspended"] >= 3
    assert all(reason for reason in suspensions)
    assert visits > 100


def test_minerals_per_region(sample_db):
    with sample_db.sessions() as s:
        rows = s.execute(
            select(ProgrammeRegion.name, Site.code, Mineral.code)
            .join(Site, Site.region_id == ProgrammeRegion.id)
            .join(SiteMineral, SiteMineral.site_id == Site.id)
            .join(Mineral, Mineral.id == SiteMineral.mineral_id)
        ).all()
    by_region: dict[str, set[str]] = {}
    per_site: Counter = Counter()
    for region, site, mineral in rows:
        by_region.setdefault(region, set()).add(mineral)
        per_site[site] += 1
    assert by_region["Lualaba"] == by_region["Haut-Katanga"] == {"cobalt", "copper"}
    assert by_region["Eastern DRC"] <= {"tin", "tantalum", "tungsten", "gold"}
    assert by_region["Rwanda"] == {"tin", "tantalum", "tungsten"}
    assert sum(1 for n in per_site.values() if n > 1) >= 20  # several minerals is normal


def test_every_site_lies_inside_its_country(sample_db):
    import shapely

    from bm_desktop.geo.basemap import country_polygon, load_lakes

    with sample_db.sessions() as s:
        rows = s.execute(
            select(Site.code, Site.longitude, Site.latitude, Country.iso3).join(
                Country, Country.id == Site.country_id
            )
        ).all()
        located = s.execute(
            select(Incident.longitude, Incident.latitude, Country.iso3)
            .join(Site, Site.id == Incident.site_id)
            .join(Country, Country.id == Site.country_id)
            .where(Incident.longitude.is_not(None))
        ).all()
        events = s.execute(select(SecurityEvent.longitude, SecurityEvent.latitude)).all()
    polygons = {iso3: country_polygon(iso3) for iso3 in ("COD", "RWA")}
    outside = [
        code for code, lon, lat, iso3 in rows if not polygons[iso3].contains(Point(lon, lat))
    ]
    assert len(rows) == 48 and outside == []
    # Incidents away from their site and security events stay in the country, off the lakes.
    lakes = shapely.union_all(load_lakes().geometry.values)
    for iso3 in ("COD", "RWA"):
        points = [(lon, lat) for lon, lat, c in located if c == iso3]
        assert shapely.contains_xy(polygons[iso3], *zip(*points, strict=True)).all()
    assert shapely.contains_xy(polygons["COD"], *zip(*events, strict=True)).all()
    all_points = [(lon, lat) for _, lon, lat, _ in rows] + [p[:2] for p in located] + list(events)
    assert not shapely.contains_xy(lakes, *zip(*all_points, strict=True)).any()


def test_every_site_has_stakeholders_of_every_type_with_contacts(sample_db):
    with sample_db.sessions() as s:
        types = set(s.scalars(select(StakeholderType.code)))
        rows = s.execute(
            select(
                Site.code,
                StakeholderType.code,
                Stakeholder.kind,
                Stakeholder.phone,
                Stakeholder.email,
            )
            .join(SiteStakeholder, SiteStakeholder.site_id == Site.id)
            .join(Stakeholder, Stakeholder.id == SiteStakeholder.stakeholder_id)
            .join(StakeholderType, StakeholderType.id == Stakeholder.type_id)
        ).all()
    seen: dict[str, set[str]] = {}
    for site, type_code, kind, phone, email in rows:
        seen.setdefault(site, set()).add(type_code)
        if kind == "person":
            assert phone.startswith(("+243 ", "+250 ")) and email.endswith(".example")
    assert len(seen) == 48
    assert all(found == types for found in seen.values())
    assert {kind for _, _, kind, _, _ in rows} == {"organisation", "person"}


def test_actions_have_histories_and_links_to_their_site(sample_db):
    with sample_db.sessions() as s:
        statuses = Counter(s.scalars(select(ActionProgress.status)))
        wrong_incident_site = s.scalar(
            select(func.count())
            .select_from(ActionIncident)
            .join(CorrectiveAction, CorrectiveAction.id == ActionIncident.action_id)
            .join(Incident, Incident.id == ActionIncident.incident_id)
            .where(
                (Incident.site_id != CorrectiveAction.site_id)
                | (Incident.risk_area_id != CorrectiveAction.risk_area_id)
                | (Incident.occurred_on > CorrectiveAction.recommended_on)
            )
        )
        wrong_risk_site = s.scalar(
            select(func.count())
            .select_from(CorrectiveAction)
            .join(SiteRisk, SiteRisk.id == CorrectiveAction.risk_id)
            .where(SiteRisk.site_id != CorrectiveAction.site_id)
        )
        without_risk = s.scalar(select(func.count()).where(CorrectiveAction.risk_id.is_(None)))
        unassigned = s.scalar(
            select(func.count())
            .select_from(CorrectiveAction)
            .where(CorrectiveAction.stakeholder_id.is_(None))
        )
        bad_due = s.scalar(
            select(func.count())
            .select_from(CorrectiveAction)
            .where(CorrectiveAction.due_on <= CorrectiveAction.recommended_on)
        )
        risk_links = s.scalar(select(func.count(RiskIncident.id)))
    assert set(statuses) == {"recommended", "in_progress", "implemented", "verified", "cancelled"}
    assert (wrong_incident_site, wrong_risk_site, without_risk) == (0, 0, 0)
    assert (unassigned, bad_due) == (0, 0)
    assert risk_links > 5000
    assert len(kpis.overdue_actions(sample_db, YEAR.end)) > 20


def test_progress_after_the_year_changes_later_figures_only(sample_db):
    later = kpis.implementation_rate(sample_db, D(2022, 12, 31))
    assert later.recommended > 1098
    assert kpis.implementation_rate(sample_db, YEAR.end).implementing == 888


def test_incidents_verification_location_and_sensitive_details(sample_db):
    with sample_db.sessions() as s:
        verification = Counter(s.scalars(select(Incident.verification)))
        deleted = s.scalar(select(func.count()).select_from(Incident).where(Incident.deleted))
        located = s.execute(
            select(Incident.longitude, Incident.latitude, Site.longitude, Site.latitude)
            .join(Site)
            .where(Incident.longitude.is_not(None))
        ).all()
        sensitive = s.scalar(
            select(func.count())
            .select_from(Incident)
            .where(Incident.sensitive_victims.is_not(None))
        )
        rejected_without_reason = s.scalar(
            select(func.count())
            .select_from(Incident)
            .where(Incident.verification == "rejected", Incident.rejection_reason.is_(None))
        )
        span = s.execute(
            select(func.min(Incident.occurred_on), func.max(Incident.occurred_on))
        ).one()
    assert verification["verified"] > 0.85 * sum(verification.values())
    assert verification["reported"] > 50 and verification["rejected"] > 100
    assert deleted == 6 and rejected_without_reason == 0
    assert len(located) > 500 and sensitive > 300
    for lon, lat, site_lon, site_lat in located:
        km = math.hypot(
            (lon - site_lon) * 111 * math.cos(math.radians(lat)), (lat - site_lat) * 111
        )
        assert km < 10
    assert span[0].year == 2020 and span[1].year == 2022


def test_meetings_have_agendas_attendance_minutes_and_decisions(sample_db):
    with sample_db.sessions() as s:
        held = list(s.scalars(select(CapMeeting).where(CapMeeting.status == "held")))
        planned = list(s.scalars(select(CapMeeting).where(CapMeeting.status == "planned")))
        cancelled = list(s.scalars(select(CapMeeting).where(CapMeeting.status == "cancelled")))
        agendas = dict(
            s.execute(
                select(AgendaItem.meeting_id, func.count()).group_by(AgendaItem.meeting_id)
            ).all()
        )
        attendance = s.execute(
            select(
                MeetingAttendance.meeting_id,
                func.sum(MeetingAttendance.women),
                func.sum(MeetingAttendance.men),
                func.count(MeetingAttendance.stakeholder_type_id.distinct()),
            ).group_by(MeetingAttendance.meeting_id)
        ).all()
        decisions = dict(
            s.execute(
                select(MeetingDecision.meeting_id, func.count()).group_by(
                    MeetingDecision.meeting_id
                )
            ).all()
        )
        linked = s.scalar(
            select(func.count())
            .select_from(MeetingDecision)
            .where(MeetingDecision.action_id.is_not(None))
        )
    assert all(m.minutes and m.held_on and m.month == m.held_on.strftime("%Y-%m") for m in held)
    assert all(agendas.get(m.id, 0) >= 3 and decisions.get(m.id, 0) >= 1 for m in held)
    assert sum(agendas.values()) > 6 * len(held)
    assert all(m.starts_at for m in held + planned)
    assert len(attendance) == len(held)
    assert all(women > 0 and men > 0 and types >= 2 for _, women, men, types in attendance)
    assert planned and all(m.planned_on > YEAR.end and m.held_on is None for m in planned)
    assert cancelled and all(m.cancel_reason for m in cancelled)
    assert linked > 50


def test_agenda_items_follow_the_builder_sections_and_point_at_the_site_rows(sample_db):
    from bm_desktop.domain.agenda import SECTIONS

    order = ("opening", *SECTIONS)
    with sample_db.sessions() as s:
        items = s.execute(
            select(
                AgendaItem.meeting_id,
                AgendaItem.position,
                AgendaItem.section,
                AgendaItem.ref_table,
                AgendaItem.ref_ids,
                CapMeeting.site_id,
            )
            .join(CapMeeting, CapMeeting.id == AgendaItem.meeting_id)
            .order_by(AgendaItem.meeting_id, AgendaItem.position)
        ).all()
        incident_sites = dict(s.execute(select(Incident.id, Incident.site_id)).all())
        action_sites = dict(s.execute(select(CorrectiveAction.id, CorrectiveAction.site_id)).all())
    sections: dict = {}
    for meeting, _, section, table, ref_ids, site in items:
        sections.setdefault(meeting, []).append(order.index(section))
        sites = incident_sites if table == "incidents" else action_sites
        for ref in (ref_ids or "").split():
            assert sites[uuid.UUID(ref)] == site
    assert all(found == sorted(found) for found in sections.values())
    assert {item.section for item in items} >= {
        "opening",
        "followup",
        "new_incidents",
        "open_actions",
        "proposals",
        "aob",
    }


def test_security_events_near_sites_at_the_end_of_the_year(sample_db):
    with sample_db.sessions() as s:
        events = s.execute(
            select(
                SecurityEvent.date_start,
                SecurityEvent.longitude,
                SecurityEvent.latitude,
                SecurityEvent.event_type,
                SecurityEvent.source,
                SecurityEvent.source_id,
            )
        ).all()
        sites = s.execute(
            select(Site.longitude, Site.latitude)
            .where(Site.status != "inactive")
            .join(ProgrammeRegion)
            .where(ProgrammeRegion.name == "Eastern DRC")
        ).all()
    assert {e.event_type for e in events} == {
        "Battles",
        "Violence against civilians",
        "Explosions/Remote violence",
        "Riots",
        "Protests",
        "Strategic developments",
    }
    assert len({e.source_id for e in events}) == len(events)
    assert {e.source for e in events} == {"acled"}
    assert min(e.date_start for e in events).year == 2020
    assert max(e.date_start for e in events).year == 2022

    def near(lon: float, lat: float) -> bool:
        return any(
            math.hypot((lon - x) * 111 * math.cos(math.radians(y)), (lat - y) * 111) < 25
            for x, y in sites
        )

    recent = [e for e in events if YEAR.end - dt.timedelta(days=29) <= e.date_start <= YEAR.end]
    assert sum(1 for e in recent if near(e.longitude, e.latitude)) >= 5


def test_generation_is_deterministic(sample_db, tmp_path):
    again = open_database(tmp_path / "again.sqlite")
    try:
        summary = generate_sample_programme(again)
        assert summary.source_note == SAMPLE_SOURCE_NOTE
        assert summary.sites == 48
        for database in (sample_db, again):
            assert kpis.programme_figures(database, YEAR).incidents == 2048

        def coordinates(database):
            with database.sessions() as s:
                return sorted(s.execute(select(Site.code, Site.longitude, Site.latitude)).all())

        def figures(database):
            d = kpis.programme_figures(database, YEAR).to_dict()
            d["months"] = [c.count for c in kpis.incidents_by_month(database, YEAR)]
            d["sites"] = [(c.key, c.count) for c in kpis.incidents_by_site(database, YEAR)]
            return d

        assert coordinates(again) == coordinates(sample_db)
        assert figures(again) == figures(sample_db)
    finally:
        again.dispose()


def test_refuses_a_database_that_has_sites_and_writes_nothing(sample_db):
    with sample_db.sessions() as s:
        before = s.scalar(select(func.count(Incident.id)))
    with pytest.raises(ValidationError, match="already has sites"):
        generate_sample_programme(sample_db)
    with pytest.raises(ValidationError, match="scale must be between 1 and"):
        generate_sample_programme(sample_db, scale=0)
    with sample_db.sessions() as s:
        assert s.scalar(select(func.count(Incident.id))) == before


def test_scale_multiplies_the_programme(tmp_path):
    database = open_database(tmp_path / "x2.sqlite")
    try:
        summary = generate_sample_programme(database, scale=2)
        figures = kpis.programme_figures(database, YEAR)
        with database.sessions() as s:
            codes = set(s.scalars(select(Site.code)))
    finally:
        database.dispose()
    assert summary.sites == 96 and {"LB-01", "LB-01-2"} <= codes
    assert (
        figures.incidents,
        figures.actions.recommended,
        figures.actions.implementing,
        figures.meetings_held,
    ) == (4096, 2196, 1776, 280)
    assert figures.child_labour.incidents == 480


def test_scopes_by_mineral_and_region_agree(sample_db):
    cobalt = kpis.incidents_total(sample_db, YEAR, Scope(minerals=frozenset({"cobalt"})))
    regions = {c.key: c.count for c in kpis.incidents_by_region(sample_db, YEAR)}
    assert cobalt == regions["Lualaba"] + regions["Haut-Katanga"]
    assert sum(regions.values()) == 2048
    both = Scope(regions=frozenset({"Lualaba"}), minerals=frozenset({"cobalt"}))
    assert kpis.incidents_total(sample_db, YEAR, both) == regions["Lualaba"]
    by_site = kpis.incidents_by_site(sample_db, YEAR, Scope.region("Haut-Katanga"))
    assert [c.key for c in by_site] and all(c.key.startswith("HK-") for c in by_site)
