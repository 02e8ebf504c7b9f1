"""What widgets read and check through services (issue 18 §2), without Qt.

The choices service gives the lists the dialogs and docks offer; the dialogs
have no separate checks (their OK is the edit itself, validated once); the
undo steps of the incident -> risk -> action loop are one call each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bm_desktop.domain.errors import TransitionError, ValidationError
from bm_desktop.services import action_views, actions, choices, incidents, risks
from bm_desktop.services.incidents import IncidentDraft
from tests.services.loop_data import TODAY, build_small_programme, snapshot
from tests.services.test_risks_and_actions import action_draft, record

D = dt.date


@pytest.fixture
def prog(db):
    return build_small_programme(db)


def test_sites_and_risk_areas_in_the_interface_language(db, prog) -> None:
    assert [(s.code, s.name) for s in choices.sites(db)] == [
        ("KZ-01", "Karajipopo"),
        ("SK-01", "Luhihi"),
    ]
    english = {a.code: a for a in choices.risk_areas(db, "en")}
    french = {a.code: a for a in choices.risk_areas(db, "fr")}
    assert (english["child_labour"].name, english["child_labour"].category) == (
        "Child labour",
        "Human rights",
    )
    assert french["child_labour"].name == "Travail des enfants"
    assert french["child_labour"].category == "Droits humains"
    codes = [a.code for a in choices.risk_areas(db)]
    assert codes.index("child_labour") < codes.index("wfcl") < codes.index("nsag")


def test_stakeholders_of_a_site_by_type_then_name(db, prog) -> None:
    kolwezi = choices.stakeholders(db, prog.kolwezi, "en")
    assert {(o.id, o.type_code, o.role) for o in kolwezi} == {
        (prog.cooperative, "cooperative", "operator"),
        (prog.ngo, "ngo", None),
    }
    assert [(o.type_name, o.name) for o in kolwezi] == sorted(
        (o.type_name, o.name) for o in kolwezi
    )
    assert [o.id for o in choices.stakeholders(db, prog.bukavu)] == [prog.bukavu_chief]
    french = choices.stakeholders(db, prog.kolwezi, "fr")
    assert not {o.type_name for o in french} & {o.type_name for o in kolwezi}


def test_mineral_names_drop_the_detail_in_brackets(db) -> None:
    assert choices.mineral_names(db, "en")["tin"] == "Tin"
    assert choices.mineral_names(db, "fr")["tin"] == "Étain"
    assert choices.mineral_names(db, "fr")["gold"] == "Or"


def test_regions_and_provinces_holding_sites(sample_db) -> None:
    assert choices.regions(sample_db) == sorted(choices.regions(sample_db))
    assert {"Eastern DRC", "Lualaba", "Haut-Katanga", "Rwanda"} <= set(choices.regions(sample_db))
    provinces = choices.provinces_with_sites(sample_db)
    assert "Lualaba" in provinces and provinces == sorted(provinces)


def test_incidents_subject_names_one_site_or_none(db, prog) -> None:
    kz = record(db, prog.kolwezi)
    kz_ohs = record(db, prog.kolwezi, area="ohs")
    sk = record(db, prog.bukavu)
    one = choices.incidents_subject(db, [kz, kz_ohs])
    assert one.site_id == prog.kolwezi and one.site_codes == ("KZ-01",)
    assert set(one.area_codes) == {"child_labour", "ohs"}
    two = choices.incidents_subject(db, [kz, sk])
    assert two.site_id is None and two.site_codes == ("KZ-01", "SK-01")


def test_a_refused_incident_writes_nothing_and_a_good_one_is_validated_once(
    db, prog, monkeypatch
) -> None:
    """The form has no separate check (issue 18 §2): ``record()`` is the one validation,
    run once, and its refusal writes nothing."""
    runs: list[IncidentDraft] = []
    validate = incidents.validate_incident

    def counted(session, draft, today=None):  # noqa: ANN001, ANN202
        runs.append(draft)
        return validate(session, draft, today)

    monkeypatch.setattr(incidents, "validate_incident", counted)
    draft = IncidentDraft(
        occurred_on=D(2021, 8, 3),
        reported_on=D(2021, 8, 1),
        risk_area_code="child_labour",
        description="x",
        site_id=prog.kolwezi,
    )
    before = snapshot(db)
    with pytest.raises(ValidationError) as refused:
        incidents.record(db, draft, today=TODAY)
    assert refused.value.field == "reported_on"
    assert snapshot(db) == before
    good = replace(draft, reported_on=D(2021, 8, 4))
    incident_id = incidents.record(db, good, today=TODAY)
    assert runs == [draft, good]
    assert incidents.get(db, incident_id, "coordinator").reported_on == D(2021, 8, 4)


def test_review_is_all_or_none_and_reopen_undoes_it(db, prog) -> None:
    first = record(db, prog.kolwezi, verify=False)
    done = record(db, prog.kolwezi)  # already verified
    before = snapshot(db)
    with pytest.raises(TransitionError, match="already verified"):
        incidents.review(db, [first, done], by="expert")
    assert snapshot(db) == before
    incidents.review(db, [first], by="expert", reason="duplicate of another report")
    assert incidents.get(db, first, "coordinator").verification == "rejected"
    incidents.reopen(db, [first])
    assert incidents.get(db, first, "coordinator").verification == "reported"


def test_undo_steps_of_the_loop_are_one_call_each(db, prog) -> None:
    kz = record(db, prog.kolwezi, severity=3)
    rolled = risks.roll_up_incidents(db, [kz])
    (risk_id,) = rolled.risks_created
    risks.score(db, risk_id, 4, 5)
    assert (risks.get_risk(db, risk_id).likelihood, risks.get_risk(db, risk_id).severity) == (4, 5)
    risks.undo_roll_up_incidents(db, rolled)
    assert risks.site_risks(db) == []
    risks.redo_roll_up_incidents(db, rolled)
    assert [r.id for r in risks.site_risks(db)] == [risk_id]

    aid = actions.recommend(db, action_draft(prog, risk_id=risk_id), today=TODAY)
    ids = actions.progress_bulk(
        db,
        [
            (aid, actions.ProgressDraft("in_progress", D(2021, 10, 1))),
        ],
        today=TODAY,
    )
    actions.retract_progress_all(db, ids)
    assert action_views.detail(db, aid, TODAY).action.status == "recommended"
    actions.set_withdrawn(db, aid, True)
    assert action_views.actions(db, today=TODAY) == []
    actions.set_withdrawn(db, aid, False)
    assert [a.id for a in action_views.actions(db, today=TODAY)] == [aid]
    actions.restore_progress_all(db, ids)
    assert action_views.detail(db, aid, TODAY).action.status == "in_progress"

    loose = record(db, prog.bukavu, verify=False)
    incidents.set_withdrawn(db, loose, True)
    with pytest.raises(Exception, match="does not exist"):
        incidents.get(db, loose, "coordinator")
    incidents.set_withdrawn(db, loose, False)
    assert incidents.get(db, loose, "coordinator").site_id == prog.bukavu
