"""Roll-up into risks, recommending actions, progress, bulk updates; bad input writes nothing."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

import numpy as np
import pytest

from bm_desktop.domain.errors import NotFoundError, TransitionError, ValidationError
from bm_desktop.services import action_views, actions, choices, incidents, risks
from bm_desktop.services.actions import ActionDraft, ProgressDraft
from bm_desktop.services.incidents import IncidentDraft
from tests.services.loop_data import TODAY, build_small_programme, snapshot

D = dt.date
AUG_3 = dt.date(2021, 8, 3)


@pytest.fixture
def prog(db):
    return build_small_programme(db)


def record(db, site, area="child_labour", on=AUG_3, severity=2, minors=0, verify=True):
    iid = incidents.record(
        db,
        IncidentDraft(
            occurred_on=on,
            reported_on=on,
            risk_area_code=area,
            description=f"{area} on {on}",
            site_id=site,
            severity=severity,
            minors_involved=minors,
        ),
        today=TODAY,
    )
    if verify:
        incidents.verify(db, iid, by="expert")
    return iid


def action_draft(prog, **kw) -> ActionDraft:
    base = ActionDraft(
        kind="awareness_campaign",
        description="Campaign against child labour",
        recommended_on=D(2021, 9, 1),
        due_on=D(2021, 12, 31),
        stakeholder_id=prog.cooperative,
        priority="high",
        by="coordinator",
    )
    return replace(base, **kw)


def test_roll_up_creates_one_risk_per_site_and_area_and_links_more_later(db, prog) -> None:
    first = [record(db, prog.kolwezi, on=D(2021, 7, d)) for d in (1, 8, 15)]
    other = record(db, prog.kolwezi, area="ohs")
    result = risks.roll_up_incidents(db, first + [other])
    assert len(result.risks_created) == 2 and result.incidents_linked == 4
    child = next(
        r for r in risks.site_risks(db, prog.kolwezi) if r.risk_area_code == "child_labour"
    )
    assert (child.incidents, child.likelihood, child.severity, child.score) == (3, 2, 2, 4)

    later = [record(db, prog.kolwezi, on=D(2021, 9, d), severity=3, minors=1) for d in (1, 2, 3, 4)]
    again = risks.roll_up_incidents(db, later + first)  # the first three are already linked
    assert again.risks_created == () and again.risks_updated == (child.id,)
    assert again.incidents_linked == 4
    child = risks.get_risk(db, child.id)
    assert (child.incidents, child.likelihood, child.severity, child.score, child.band) == (
        7,
        4,
        4,
        16,
        "high",
    )
    matrix = risks.risk_matrix(risks.site_risks(db, prog.kolwezi))
    assert matrix.shape == (5, 5) and matrix.sum() == 2
    assert matrix[3, 3] == 1 and matrix[0, 1] == 1  # child labour L4 x S4; OHS L1 x S2


def test_roll_up_refuses_unverified_incidents_and_writes_nothing(db, prog) -> None:
    ok = record(db, prog.kolwezi)
    pending = record(db, prog.kolwezi, on=D(2021, 8, 5), verify=False)
    before = snapshot(db)
    with pytest.raises(ValidationError, match="05/08/2021 at KZ-01 is reported, not verified"):
        risks.roll_up_incidents(db, [ok, pending])
    assert snapshot(db) == before


def test_undo_roll_up_restores_links_and_scores(db, prog) -> None:
    iid = record(db, prog.kolwezi)
    with db.sessions.begin() as s:
        result = risks.roll_up(s, [iid])
    with db.sessions.begin() as s:
        risks.undo_roll_up(s, result)
    assert risks.site_risks(db, prog.kolwezi) == []
    with db.sessions.begin() as s:
        risks.redo_roll_up(s, result)
    [risk] = risks.site_risks(db, prog.kolwezi)
    assert (risk.id, risk.incidents, risk.score) == (result.risks_created[0], 1, 2)


def test_expert_can_rescore_and_roll_up_never_lowers_it(db, prog) -> None:
    iid = record(db, prog.kolwezi)
    rid = risks.roll_up_incidents(db, [iid]).risks_created[0]
    with db.sessions.begin() as s:
        with pytest.raises(ValidationError, match="Severity must be a whole number from 1 to 5"):
            risks.score_risk(s, rid, 3, 0)
        risks.score_risk(s, rid, 3, 5, notes="armed men seen at the pit")
    risks.roll_up_incidents(db, [record(db, prog.kolwezi, on=D(2021, 8, 9))])
    assert risks.get_risk(db, rid).score == 15


def test_action_from_a_risk_links_its_incidents_and_starts_recommended(db, prog) -> None:
    ids = [record(db, prog.kolwezi, on=D(2021, 7, d)) for d in (1, 2)]
    rid = risks.roll_up_incidents(db, ids).risks_created[0]
    aid = actions.recommend(db, action_draft(prog, risk_id=rid), today=TODAY)
    detail = action_views.detail(db, aid, today=TODAY)
    v = detail.action
    assert (v.site_code, v.risk_area_code, v.status, v.stakeholder, v.incidents, v.risk_id) == (
        "KZ-01",
        "child_labour",
        "recommended",
        "EMAK-C cooperative",
        2,
        rid,
    )
    assert v.overdue  # due 2021-12-31, still recommended on 2022-03-31
    assert [h.status for h in detail.history] == ["recommended"]
    assert detail.allowed_next == ("recommended", "in_progress", "implemented", "cancelled")
    assert risks.get_risk(db, rid).actions == 1


def test_action_from_incidents_finds_their_risk(db, prog) -> None:
    ids = [record(db, prog.kolwezi, on=D(2021, 7, d)) for d in (1, 2)]
    rid = risks.roll_up_incidents(db, ids).risks_created[0]
    aid = actions.recommend(db, action_draft(prog, incident_ids=tuple(ids)), today=TODAY)
    assert action_views.detail(db, aid, today=TODAY).action.risk_id == rid


BAD_ACTIONS = [
    (
        {"due_on": D(2021, 8, 31)},
        ValidationError,
        "due date 31/08/2021 is before the recommendation date 01/09/2021",
    ),
    (
        {"recommended_on": D(2022, 4, 5), "due_on": D(2022, 6, 1)},
        ValidationError,
        "recommendation date 05/04/2022 is in the future",
    ),
    ({"due_on": None}, ValidationError, "Enter the due date"),
    ({"kind": "party"}, ValidationError, "Unknown action kind 'party'"),
    ({"priority": "urgent"}, ValidationError, "Unknown priority 'urgent'"),
    ({"description": ""}, ValidationError, "Describe the action to take"),
    ({"stakeholder_id": None}, ValidationError, "Assign the action to one of the site's"),
    ("chief", ValidationError, "'Luhihi traditional chief' is not a stakeholder of site KZ-01"),
    ({"risk_id": uuid.UUID(int=3)}, NotFoundError, "Risk .* does not exist"),
    ("two_sites", ValidationError, r"on 2 sites \(KZ-01, SK-01\); an action addresses one site"),
    ("two_areas", ValidationError, "span 2 risk areas: choose the risk area"),
    ({}, ValidationError, "Create the action from a risk, from incidents, or for a site"),
]


@pytest.mark.parametrize(("change", "error", "message"), BAD_ACTIONS)
def test_bad_action_gives_its_message_and_writes_nothing(db, prog, change, error, message) -> None:
    kz = record(db, prog.kolwezi)
    if change == "chief":
        change = {"stakeholder_id": prog.bukavu_chief, "incident_ids": (kz,)}
    elif change == "two_sites":
        change = {"incident_ids": (kz, record(db, prog.bukavu))}
    elif change == "two_areas":
        change = {"incident_ids": (kz, record(db, prog.kolwezi, area="ohs"))}
    elif "risk_id" not in change and change:
        change = {**change, "incident_ids": (kz,)}
    before = snapshot(db)
    with pytest.raises(error, match=message):
        actions.recommend(db, action_draft(prog, **change), today=TODAY)
    assert snapshot(db) == before


def new_action(db, prog, **kw):
    return actions.recommend(
        db,
        action_draft(prog, site_id=prog.kolwezi, risk_area_code="child_labour", **kw),
        today=TODAY,
    )


def test_progress_through_the_life_cycle_with_full_history(db, prog) -> None:
    aid = new_action(db, prog)
    actions.progress(
        db,
        aid,
        ProgressDraft("in_progress", D(2021, 10, 1), "first session held", "monitor"),
        today=TODAY,
    )
    actions.progress(db, aid, ProgressDraft("implemented", D(2021, 11, 2)), today=TODAY)
    detail = action_views.detail(db, aid, today=TODAY)
    assert [(h.status, h.on, h.note) for h in detail.history] == [
        ("recommended", D(2021, 9, 1), None),
        ("in_progress", D(2021, 10, 1), "first session held"),
        ("implemented", D(2021, 11, 2), None),
    ]
    assert (detail.action.status, detail.action.overdue) == ("implemented", False)


def test_invalid_transition_is_refused_with_a_message_and_writes_nothing(db, prog) -> None:
    aid = new_action(db, prog)
    before = snapshot(db)
    with pytest.raises(
        TransitionError,
        match="recommended cannot become verified .verification "
        "confirms an implementation.; allowed next",
    ):
        actions.progress(db, aid, ProgressDraft("verified", D(2021, 10, 1)), today=TODAY)
    with pytest.raises(TransitionError, match="'done' is not an action status"):
        actions.progress(db, aid, ProgressDraft("done", D(2021, 10, 1)), today=TODAY)
    with pytest.raises(TransitionError, match="Give the reason for cancelling"):
        actions.progress(db, aid, ProgressDraft("cancelled", D(2021, 10, 1)), today=TODAY)
    with pytest.raises(TransitionError, match="before the action was recommended"):
        actions.progress(db, aid, ProgressDraft("in_progress", D(2021, 8, 1)), today=TODAY)
    assert snapshot(db) == before


def test_bulk_update_is_all_or_nothing_and_names_the_refused_action(db, prog) -> None:
    a1, a2 = new_action(db, prog), new_action(db, prog, description="Build a fence")
    actions.progress(
        db, a2, ProgressDraft("cancelled", D(2021, 9, 20), "site abandoned"), today=TODAY
    )
    before = snapshot(db)
    update = ProgressDraft("in_progress", D(2021, 10, 5), "reviewed at the CAP meeting")
    with pytest.raises(
        TransitionError,
        match=r"Update 2 of 2 \(action 'Build a fence' at KZ-01\):"
        " The action is already cancelled",
    ):
        actions.progress_bulk(db, [(a1, update), (a2, update)], today=TODAY)
    assert snapshot(db) == before
    a3 = new_action(db, prog, description="Train pit chiefs")
    actions.progress_bulk(db, [(a1, update), (a3, update)], today=TODAY)
    statuses = {v.id: v.status for v in action_views.actions(db, today=TODAY)}
    assert (statuses[a1], statuses[a2], statuses[a3]) == ("in_progress", "cancelled", "in_progress")


def test_retract_and_restore_progress_for_undo(db, prog) -> None:
    aid = new_action(db, prog)
    pid = actions.progress(db, aid, ProgressDraft("implemented", D(2021, 10, 1)), today=TODAY)
    with db.sessions.begin() as s:
        actions.retract_progress(s, pid)
    assert action_views.detail(db, aid, TODAY).action.status == "recommended"
    with db.sessions.begin() as s:
        actions.restore_progress(s, pid, today=TODAY)
    assert action_views.detail(db, aid, TODAY).action.status == "implemented"
    first = action_views.detail(db, aid, TODAY).history[0].id
    with db.sessions.begin() as s, pytest.raises(TransitionError, match="Only the latest"):
        actions.retract_progress(s, first)


def test_withdraw_and_restore_an_action_for_undo(db, prog) -> None:
    aid = new_action(db, prog)
    with db.sessions.begin() as s:
        actions.set_action_withdrawn(s, aid, True)
    assert action_views.actions(db, today=TODAY) == []
    with db.sessions.begin() as s:
        actions.set_action_withdrawn(s, aid, False)
    assert [h.status for h in action_views.detail(db, aid, TODAY).history] == ["recommended"]


def test_edit_action_validates_the_due_date(db, prog) -> None:
    aid = new_action(db, prog)
    edit = actions.ActionEdit("Campaign", D(2021, 8, 1), "low", prog.ngo, "training")
    before = snapshot(db)
    with (
        db.sessions.begin() as s,
        pytest.raises(ValidationError, match="before the recommendation"),
    ):
        actions.edit_action(s, aid, edit)
    assert snapshot(db) == before
    with db.sessions.begin() as s:
        actions.edit_action(s, aid, replace(edit, due_on=D(2022, 6, 30)))
    v = action_views.detail(db, aid, TODAY).action
    assert (v.stakeholder, v.kind, v.priority, v.overdue) == (
        "Kolwezi child rights NGO",
        "training",
        "low",
        False,
    )


def test_action_list_follows_the_global_filters(db, prog) -> None:
    from bm_desktop.domain.filters import FilterState

    a_kz = new_action(db, prog)
    actions.recommend(
        db,
        ActionDraft(
            kind="engagement",
            description="Dialogue with the FARDC commander",
            recommended_on=D(2021, 5, 1),
            due_on=D(2021, 6, 1),
            stakeholder_id=prog.bukavu_chief,
            site_id=prog.bukavu,
            risk_area_code="security_forces",
        ),
        today=TODAY,
    )
    security = FilterState(risk_categories=frozenset({"security"}))
    assert [v.site_code for v in action_views.actions(db, security, today=TODAY)] == ["SK-01"]
    lualaba = FilterState(regions=frozenset({"Lualaba"}))
    assert [v.id for v in action_views.actions(db, lualaba, today=TODAY)] == [a_kz]
    # an action closed before the period starts is history, not work
    actions.progress(db, a_kz, ProgressDraft("implemented", D(2021, 10, 1)), today=TODAY)
    later = FilterState(start=D(2022, 1, 1), end=D(2022, 3, 31))
    assert [v.site_code for v in action_views.actions(db, later, today=TODAY)] == ["SK-01"]
    assert np.array([v.overdue for v in action_views.actions(db, today=TODAY)]).sum() == 1


def test_risks_and_actions_are_named_in_the_interface_language(db, prog) -> None:
    iid = record(db, prog.kolwezi)
    [rid] = risks.roll_up_incidents(db, [iid]).risks_created
    aid = actions.recommend(db, action_draft(prog, risk_id=rid), today=TODAY)
    [risk_fr] = risks.site_risks(db, prog.kolwezi, lang="fr")
    [risk_en] = risks.site_risks(db, prog.kolwezi)
    assert (risk_en.risk_area, risk_fr.risk_area) == ("Child labour", "Travail des enfants")
    [view_fr] = action_views.actions(db, today=TODAY, lang="fr")
    assert view_fr.risk_area == "Travail des enfants"
    detail = action_views.detail(db, aid, today=TODAY, lang="fr")
    assert [i.risk_area for i in detail.incidents] == ["Travail des enfants"]
    types = {o.type_name for o in choices.stakeholders(db, prog.kolwezi, "fr")}
    assert types and not types & {
        o.type_name for o in choices.stakeholders(db, prog.kolwezi)
    }  # every stakeholder type has its French name
