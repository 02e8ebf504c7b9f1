"""The agenda builder's sections and order, the draft's edits, proposals and invitations."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from bm_desktop.domain import agenda
from bm_desktop.domain.action_proposals import RiskFact, is_worsening, proposals
from bm_desktop.domain.agenda import (
    ActionFact,
    AgendaDraft,
    AgendaEditError,
    AgendaEntry,
    AgendaInputs,
    DecisionFact,
    IncidentFact,
    SecurityAlert,
    StatusChangeFact,
)
from bm_desktop.domain.agenda_build import build_agenda
from bm_desktop.domain.invitations import Invitee, StakeholderType, invitation_list

MEETING = dt.date(2022, 3, 17)
PREVIOUS = dt.date(2022, 2, 15)


def _incident(
    area: str, category: str, order: int, annex2: bool = False, day: int = 20, severity: int = 2
) -> IncidentFact:
    return IncidentFact(
        uuid.uuid4(),
        dt.date(2022, 2, day),
        dt.date(2022, 2, day + 1),
        area,
        area.replace("_", " "),
        category,
        category.title(),
        order,
        annex2,
        severity,
        0,
        f"{area} incident",
    )


def _action(description: str, due: dt.date, status: str = "in_progress") -> ActionFact:
    return ActionFact(
        uuid.uuid4(),
        description,
        "training",
        "OHS",
        status,
        "EMAK-C (Coop)",
        "cooperative",
        due,
        dt.date(2021, 6, 1),
        owner_name="EMAK-C",
    )


def _inputs(**kw) -> AgendaInputs:
    base = dict(
        site_code="LB-01",
        site_name="Karajipopo",
        region="Lualaba",
        month="2022-03",
        meeting_on=MEETING,
        previous_meeting_on=PREVIOUS,
        coordinator="Coordinator",
    )
    base.update(kw)
    return AgendaInputs(**base)


def test_sections_come_in_the_agreed_order() -> None:
    draft = build_agenda(
        _inputs(
            decisions=(DecisionFact(uuid.uuid4(), "Post the site rules"),),
            incidents=(_incident("ohs", "working_conditions", 2),),
            actions=(_action("Train pit managers", dt.date(2022, 5, 1)),),
        )
    )
    sections = list(dict.fromkeys(e.section for e in draft.entries))
    assert sections == [
        "opening",
        "followup",
        "new_incidents",
        "open_actions",
        "proposals",
        "site_status",
        "aob",
    ]
    assert draft.entries[1].title == "Post the site rules"


def test_annex2_and_wfcl_categories_lead_and_wfcl_leads_inside() -> None:
    ohs = _incident("ohs", "working_conditions", 2, day=3)
    env = _incident("water", "environment", 3, day=4)
    child = _incident("child_labour", "human_rights", 0, day=5)
    wfcl = _incident("wfcl", "human_rights", 0, annex2=True, day=25)
    bribe = _incident("corruption", "legality", 4, annex2=True, day=6)
    draft = build_agenda(_inputs(incidents=(ohs, env, child, wfcl, bribe)))
    groups = draft.section("new_incidents")
    assert [g.ref_ids for g in groups] == [(wfcl.id, child.id), (bribe.id,), (ohs.id,), (env.id,)]
    assert groups[0].title == "Human_Rights: 2 new incident(s) (1 WFCL, 1 Annex II)"
    assert groups[0].flags == {"annex2", "wfcl"}
    assert groups[0].details.splitlines()[0].startswith("25/02/2022 · wfcl · severity 2 · WFCL")
    assert groups[0].duration_min > groups[2].duration_min  # serious groups get more time


def test_open_actions_overdue_first_most_overdue_first() -> None:
    later = _action("Build a fence", dt.date(2022, 6, 1))
    late = _action("Train diggers", dt.date(2022, 3, 1))
    very_late = _action("Campaign on child labour", dt.date(2021, 12, 1), status="recommended")
    done = _action("Latrines", dt.date(2021, 1, 1), status="implemented")
    draft = build_agenda(_inputs(actions=(later, late, very_late, done)))
    items = draft.section("open_actions")
    assert [e.ref_ids[0] for e in items] == [very_late.id, late.id, later.id]
    assert [("overdue" in e.flags) for e in items] == [True, True, False]
    assert "OVERDUE by 106 days" in items[0].details
    assert items[0].presenter == "EMAK-C"


def test_status_items_show_suspension_and_alerts() -> None:
    alert = SecurityAlert(
        uuid.uuid4(), dt.date(2022, 3, 2), "Attack", "Near the pits", 12.4, 2, "Armed group"
    )
    draft = build_agenda(
        _inputs(
            site_status="suspended",
            status_changes=(
                StatusChangeFact(dt.date(2022, 3, 1), "suspended", "Soldiers on site"),
            ),
            alerts=(alert,),
            alert_radius_km=25,
        )
    )
    status, alerts = draft.section("site_status")
    assert status.title == "Suspension of the site: status suspended"
    assert "Soldiers on site" in status.details
    assert alerts.title == "Security alerts within 25 km: 1"
    assert (
        alerts.details == "02/03/2022 · Attack · 12 km · Near the pits · 2 fatalities · Armed group"
    )


def test_empty_sections_say_so() -> None:
    draft = build_agenda(_inputs(previous_meeting_on=None))
    titles = [e.title for e in draft.entries]
    assert "First CAP meeting on this site: no previous decisions." in titles
    assert "No new incident since the previous meeting." in titles
    assert "No open corrective action." in titles
    assert titles[-1] == "Any other business"


def test_translation_function_is_applied() -> None:
    french = {"Any other business": "Divers", "Open corrective actions": "Actions ouvertes"}
    draft = build_agenda(_inputs(), lambda s: french.get(s, s))
    assert draft.entries[-1].title == "Divers"


def test_draft_edits_and_schedule() -> None:
    draft = build_agenda(_inputs())
    n = len(draft.entries)
    at = draft.add(AgendaEntry("other", "Visit of the buyer", duration_min=15), at=1)
    assert at == 1 and len(draft.entries) == n + 1
    draft.move(1, len(draft.entries))  # to the end
    assert draft.entries[-1].title == "Visit of the buyer"
    draft.set_duration(0, 20)
    draft.set_presenter(0, "  Aline  ")
    assert (draft.entries[0].duration_min, draft.entries[0].presenter) == (20, "Aline")
    times = draft.schedule()
    assert times[0] == (dt.time(9, 0), dt.time(9, 20))
    assert times[1][0] == dt.time(9, 20)
    assert draft.total_minutes == sum(e.duration_min for e in draft.entries)
    removed = draft.remove(len(draft.entries) - 1)
    assert removed.title == "Visit of the buyer" and len(draft.entries) == n


def test_draft_refuses_bad_edits_with_plain_messages() -> None:
    draft = build_agenda(_inputs())
    with pytest.raises(AgendaEditError, match="from 0 to 240"):
        draft.set_duration(0, 500)
    with pytest.raises(AgendaEditError, match="There is no agenda item 99"):
        draft.remove(98)
    with pytest.raises(AgendaEditError, match="title"):
        draft.add(AgendaEntry("other", "  "))


def _risk(**kw) -> RiskFact:
    base = dict(
        id=uuid.uuid4(),
        risk_area_code="child_labour",
        risk_area="Child labour",
        category_code="human_rights",
        category="Human rights",
        likelihood=3,
        severity=4,
        identified_on=dt.date(2021, 6, 1),
        incidents_since=0,
        incidents_before=0,
    )
    base.update(kw)
    return RiskFact(**base)


def test_new_and_worsening_risks_get_proposals() -> None:
    new = _risk(
        identified_on=dt.date(2022, 3, 1),
        risk_area="Water",
        risk_area_code="water",
        category_code="environment",
        likelihood=1,
        severity=2,
    )
    worse = _risk(incidents_since=3, incidents_before=1)
    steady = _risk(incidents_since=1, incidents_before=2, worst_since=2, worst_before=3)
    minors = _risk(
        incidents_since=1,
        incidents_before=1,
        minors_since=True,
        risk_area="Gender",
        risk_area_code="gender",
    )
    assert is_worsening(worse) and not is_worsening(steady) and is_worsening(minors)
    found = proposals([new, worse, steady, minors], PREVIOUS, MEETING)
    assert [p.risk.id for p in found] == [worse.id, minors.id, new.id]  # by score, then name
    by_id = {p.risk.id: p for p in found}
    assert (by_id[worse.id].kind, by_id[worse.id].owner_type) == (
        "awareness_campaign",
        "cooperative",
    )
    assert (by_id[minors.id].kind, by_id[minors.id].owner_type) == ("training", "ngo")
    assert by_id[new.id].reason == "new"
    assert by_id[worse.id].due_on == MEETING + dt.timedelta(days=60)  # score 12: high


def test_invitation_list_groups_by_type_and_points_out_missing() -> None:
    types = [
        StakeholderType("asm_miners", "ASM miners"),
        StakeholderType("cooperative", "Coop"),
        StakeholderType("security_sector", "Security sector"),
    ]
    people = [
        Invitee(uuid.uuid4(), "Zawadi", "asm_miners", phone="+243 81"),
        Invitee(uuid.uuid4(), "EMAK-C", "cooperative", email="a@b.cd", open_actions=2),
        Invitee(uuid.uuid4(), "Aline", "asm_miners", open_actions=1),
    ]
    result = invitation_list(types, people)
    assert [t.code for t in result.missing] == ["security_sector"]
    assert [i.name for i in result.groups[0].invitees] == ["Aline", "Zawadi"]  # owners first
    assert result.groups[0].invitees[1].contact == "+243 81"


def test_month_parsing() -> None:
    assert agenda.parse_month("2022-03") == (2022, 3)
    for bad in ("2022-13", "March", "2022/03", ""):
        with pytest.raises(ValueError, match="is not a month"):
            agenda.parse_month(bad)


def test_refused_agenda_edit_reads_in_french() -> None:
    draft = AgendaDraft(
        "LB-01",
        "Karajipopo",
        "Lualaba",
        "2022-03",
        dt.date(2022, 3, 15),
        None,
        [AgendaEntry("opening", "Opening", 10)],
    )
    with pytest.raises(AgendaEditError) as caught:
        draft.set_duration(0, 999)
    assert str(caught.value) == (
        "Item 1: the time must be a whole number of minutes from 0 to 240, not 999."
    )
    assert caught.value.text("fr") == (
        "Point 1 : la durée doit être un nombre entier de minutes entre 0 et 240, pas 999."
    )
