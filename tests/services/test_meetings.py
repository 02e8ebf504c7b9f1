"""CAP meetings on the sample programme: the agenda's facts checked against our own SQL,
the overview's gaps, saving a draft, and meeting mode's all-or-nothing save."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid

import pytest

from bm_desktop.domain.agenda import AgendaEntry
from bm_desktop.domain.errors import NotFoundError, TransitionError, ValidationError
from bm_desktop.services import meeting_record, meetings
from bm_desktop.services.actions import ActionDraft, ProgressDraft
from bm_desktop.services.meetings import AttendanceEntry, DecisionEntry, MeetingRecord

SITE, MONTH = "LB-01", "2022-03"  # Karajipopo, the cobalt site of the published figures
PLANNED = "2023-01"  # the sample plans a meeting on every active site that month


def _sql(db, query: str, **params) -> list[tuple]:
    con = sqlite3.connect(str(db.path))
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def _dump(db) -> list[str]:
    con = sqlite3.connect(str(db.path))
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _uuid(value: str) -> uuid.UUID:
    return uuid.UUID(hex=value)


def _expected(db, code: str, month: str) -> dict:
    """The meeting day, the previous meeting, the new incidents and the overdue actions,
    straight from the tables (the rules of services.agenda_inputs, written as SQL)."""
    (site_id,) = _sql(db, "SELECT id FROM sites WHERE code = :c", c=code)[0]
    rows = _sql(
        db,
        "SELECT COALESCE(held_on, planned_on) FROM cap_meetings WHERE site_id = :s "
        "AND month = :m AND deleted = 0 ORDER BY CASE status WHEN 'held' THEN 0 "
        "WHEN 'planned' THEN 1 ELSE 2 END LIMIT 1",
        s=site_id,
        m=month,
    )
    day = rows[0][0] if rows and rows[0][0] else None
    assert day is not None, "the sample should have a meeting for this site and month"
    (previous,) = _sql(
        db,
        "SELECT MAX(held_on) FROM cap_meetings WHERE site_id = :s AND "
        "status = 'held' AND deleted = 0 AND held_on < :d",
        s=site_id,
        d=day,
    )[0]
    incidents = {
        _uuid(r[0])
        for r in _sql(
            db,
            "SELECT id FROM incidents WHERE site_id = :s AND deleted = 0 AND "
            "verification <> 'rejected' AND reported_on > :p AND reported_on <= :d",
            s=site_id,
            p=previous,
            d=day,
        )
    }
    overdue = {
        _uuid(r[0])
        for r in _sql(
            db,
            """
        SELECT a.id FROM corrective_actions a
        WHERE a.site_id = :s AND a.deleted = 0 AND a.recommended_on <= :d AND a.due_on < :d
          AND COALESCE((SELECT p.status FROM action_progress p
                        WHERE p.action_id = a.id AND p.deleted = 0 AND p."on" <= :d
                        ORDER BY p."on" DESC, p.seq DESC, p.updated_at DESC LIMIT 1),
                       'recommended') IN ('recommended', 'in_progress')""",
            s=site_id,
            d=day,
        )
    }
    return {
        "day": dt.date.fromisoformat(day),
        "previous": dt.date.fromisoformat(previous),
        "incidents": incidents,
        "overdue": overdue,
        "site_id": _uuid(site_id),
    }


def test_agenda_has_exactly_the_new_incidents_and_overdue_actions(sample_db) -> None:
    expected = _expected(sample_db, SITE, MONTH)
    assert expected["incidents"] and expected["overdue"], "the check needs a non-trivial case"
    papers = meetings.build_agenda(sample_db, SITE, MONTH)
    draft = papers.draft
    assert (draft.meeting_on, draft.previous_meeting_on) == (expected["day"], expected["previous"])
    listed = [i for e in draft.section("new_incidents") for i in e.ref_ids]
    assert len(listed) == len(set(listed))
    assert set(listed) == expected["incidents"]
    actions = draft.section("open_actions")
    overdue = [e.ref_ids[0] for e in actions if "overdue" in e.flags]
    assert set(overdue) == expected["overdue"]
    # overdue actions come first, and the papers count them the same way
    assert [("overdue" in e.flags) for e in actions] == sorted(
        (("overdue" in e.flags) for e in actions), reverse=True
    )
    assert papers.overdue == len(expected["overdue"])
    assert papers.new_incidents == len(expected["incidents"])


def test_incident_groups_put_annex2_and_wfcl_first(sample_db) -> None:
    groups = meetings.build_agenda(sample_db, SITE, MONTH).draft.section("new_incidents")
    serious = [bool(g.flags & {"annex2", "wfcl"}) for g in groups]
    assert serious == sorted(serious, reverse=True) and serious[0]


def test_french_agenda(sample_db) -> None:
    draft = meetings.build_agenda(sample_db, SITE, MONTH, lang="fr").draft
    assert draft.entries[-1].title == "Divers"
    assert any("Droits humains" in e.title for e in draft.section("new_incidents"))


def test_bad_site_and_month_say_what_is_wrong(sample_db) -> None:
    with pytest.raises(NotFoundError, match="No site with code 'ZZ-9'"):
        meetings.build_agenda(sample_db, "ZZ-9", MONTH)
    with pytest.raises(ValidationError, match="'2022-3x' is not a month"):
        meetings.build_agenda(sample_db, SITE, "2022-3x")


def test_overview_gaps_match_the_tables(sample_db) -> None:
    as_of = dt.date(2022, 3, 31)
    overview = meetings.meetings_overview(sample_db, as_of)
    assert overview.months[-2:] == ["2022-03", "2022-04"]
    last_held = dict(
        _sql(
            sample_db,
            "SELECT s.code, MAX(m.held_on) FROM sites s JOIN cap_meetings m "
            "ON m.site_id = s.id WHERE m.status = 'held' AND m.deleted = 0 AND "
            "m.held_on <= '2022-03-31' GROUP BY s.code",
        )
    )
    met = {
        c
        for (c,) in _sql(
            sample_db,
            "SELECT s.code FROM sites s JOIN cap_meetings m ON "
            "m.site_id = s.id WHERE m.month = '2022-03' AND m.deleted = 0 AND "
            "m.status IN ('held', 'planned')",
        )
    }
    active = {s.code for s in overview.sites if s.active}
    assert active, "some sites are active at the end of the year"
    old = {
        c
        for c in active
        if c not in last_held or (as_of - dt.date.fromisoformat(last_held[c])).days > 45
    }
    assert {g.site_code for g in overview.gaps if g.kind in ("overdue", "never")} == old
    assert {g.site_code for g in overview.gaps if g.kind == "no_meeting"} == active - met
    held = _sql(
        sample_db,
        "SELECT COUNT(*) FROM cap_meetings m JOIN sites s ON s.id = m.site_id "
        "JOIN programme_regions r ON r.id = s.region_id WHERE r.name = 'Lualaba' AND "
        "m.month = '2022-03' AND m.status = 'held' AND m.deleted = 0",
    )[0][0]
    assert overview.counts("Lualaba", "2022-03").get("held", 0) == held


def test_saved_draft_comes_back_edited(sample_db) -> None:
    papers = meetings.build_agenda(sample_db, SITE, PLANNED)
    draft = papers.draft
    draft.add(AgendaEntry("other", "Visit of the buyer's auditor", duration_min=15), at=1)
    draft.move(len(draft.entries) - 1, 2)  # "any other business" moved up
    draft.set_presenter(0, "Aline Numbi")
    meeting_id = meetings.save_agenda(sample_db, SITE, PLANNED, draft)
    again = meetings.meeting_papers(sample_db, SITE, PLANNED)
    assert again.saved and again.meeting_id == meeting_id
    assert [e.title for e in again.draft.entries] == [e.title for e in draft.entries]
    assert again.draft.entries[1].duration_min == 15
    assert again.draft.entries[0].presenter == "Aline Numbi"
    groups = [e for e in again.draft.entries if e.section == "new_incidents" and e.ref_ids]
    assert groups and groups[0].ref_ids == next(
        e.ref_ids for e in draft.entries if e.section == "new_incidents" and e.ref_ids
    )
    # saving again updates the same rows: no duplicates
    again.draft.remove(1)
    meetings.save_agenda(sample_db, SITE, PLANNED, again.draft)
    live = _sql(
        sample_db,
        "SELECT COUNT(*) FROM agenda_items WHERE meeting_id = :m AND deleted = 0",
        m=meeting_id.hex,
    )[0][0]
    assert live == len(draft.entries) - 1


def _record(db, mark_held: bool = True) -> tuple[MeetingRecord, dict]:
    papers = meetings.build_agenda(db, SITE, PLANNED)
    draft = papers.draft
    day = draft.meeting_on
    for n, entry in enumerate(draft.entries):
        entry.minutes = f"Discussed item {n + 1}."
    invitees = papers.invitations.invitees
    attendance = [
        AttendanceEntry(2, 5, stakeholder_id=invitees[0].id),
        AttendanceEntry(1, 0, name="Visiting journalist", type_code="ngo"),
    ]
    proposal = next(i for i, e in enumerate(draft.entries) if e.section == "proposals")
    open_item = next(
        i for i, e in enumerate(draft.entries) if e.section == "open_actions" and e.ref_ids
    )
    open_action = draft.entries[open_item].ref_ids[0]
    owner = next(p.id for p in invitees if p.type_code == "cooperative")
    decisions = [
        DecisionEntry(
            "Awareness campaign on child labour in every pit",
            proposal,
            new_action=ActionDraft(
                "awareness_campaign",
                "Campaign in every pit",
                day,
                day + dt.timedelta(days=60),
                owner,
                site_id=_site_id(db),
                risk_area_code="child_labour",
            ),
        ),
        DecisionEntry(
            "Works finished, seen by the monitor",
            open_item,
            progress=(open_action, ProgressDraft("implemented", day, "seen on site")),
        ),
        DecisionEntry("Next meeting at the cooperative office"),
    ]
    record = MeetingRecord(
        SITE,
        PLANNED,
        draft,
        attendance,
        decisions,
        held_on=day,
        place="Cooperative office",
        general_minutes="Good attendance.",
        mark_held=mark_held,
    )
    return record, {"day": day, "open_action": open_action}


def _site_id(db) -> uuid.UUID:
    return _uuid(_sql(db, "SELECT id FROM sites WHERE code = :c", c=SITE)[0][0])


def test_meeting_mode_saves_everything(sample_db) -> None:
    record, facts = _record(sample_db)
    saved = meetings.save_meeting(sample_db, record, today=facts["day"])
    assert saved.held and len(saved.actions_created) == 1 and len(saved.progress_added) == 1
    papers = meetings.meeting_papers(sample_db, SITE, PLANNED)
    assert papers.status == "held" and papers.held_on == facts["day"]
    assert papers.place == "Cooperative office"
    assert [(a.women, a.men) for a in papers.attendance] == [(2, 5), (1, 0)]
    assert papers.attendance[1].type_code == "ngo"
    assert papers.draft.entries[0].minutes == "Discussed item 1."
    assert [d.text for d in papers.decisions][:2] == [
        "Awareness campaign on child labour in every pit",
        "Works finished, seen by the monitor",
    ]
    status = _sql(
        sample_db,
        "SELECT status FROM action_progress WHERE action_id = :a AND "
        'deleted = 0 ORDER BY "on" DESC, seq DESC LIMIT 1',
        a=facts["open_action"].hex,
    )[0][0]
    assert status == "implemented"
    new = _sql(
        sample_db,
        "SELECT description, recommended_on FROM corrective_actions WHERE id = :a",
        a=saved.actions_created[0].hex,
    )
    assert new == [("Campaign in every pit", facts["day"].isoformat())]


@pytest.mark.parametrize(
    "where, step",
    [(meetings, "mark_held"), (meeting_record, "add_progress"), (meetings, "write_attendance")],
)
def test_meeting_mode_is_all_or_nothing(sample_db, monkeypatch, where, step) -> None:
    record, facts = _record(sample_db)
    before = _dump(sample_db)
    original = getattr(where, step)

    def broken(*args, **kwargs):
        original(*args, **kwargs)  # the step writes, then the failure strikes
        raise RuntimeError("disk full")

    monkeypatch.setattr(where, step, broken)
    with pytest.raises(RuntimeError, match="disk full"):
        meetings.save_meeting(sample_db, record, today=facts["day"])
    assert _dump(sample_db) == before


def test_refused_decision_names_itself_and_writes_nothing(sample_db) -> None:
    record, facts = _record(sample_db)
    action, _ = record.decisions[1].progress
    record.decisions[1] = DecisionEntry(
        "Verified at once", 1, progress=(action, ProgressDraft("verified", facts["day"]))
    )
    before = _dump(sample_db)
    with pytest.raises(
        TransitionError,
        match=r"Decision 2 \('Verified at once'\): An action "
        r"that is in progress cannot become verified",
    ):
        meetings.save_meeting(sample_db, record, today=facts["day"])
    assert _dump(sample_db) == before


def test_marking_held_needs_attendance_and_a_past_date(sample_db) -> None:
    record, facts = _record(sample_db)
    record.attendance = []
    with pytest.raises(ValidationError, match="Record who attended"):
        meetings.save_meeting(sample_db, record, today=facts["day"])
    record, facts = _record(sample_db)
    with pytest.raises(ValidationError, match="is in the future"):
        meetings.save_meeting(sample_db, record, today=facts["day"] - dt.timedelta(days=1))
    record, facts = _record(sample_db)
    record.attendance = [AttendanceEntry(-1, 3, name="Diggers")]
    with pytest.raises(ValidationError, match="Attendance row 1: the number of women"):
        meetings.save_meeting(sample_db, record, today=facts["day"])


def test_region_papers_cover_the_active_sites(sample_db) -> None:
    steps = []
    papers = meetings.region_papers(
        sample_db, "lualaba", "2022-03", progress=lambda d, t, m: steps.append((d, t))
    )
    codes = [p.draft.site_code for p in papers]
    assert codes == sorted(codes) and all(c.startswith("LB-") for c in codes)
    assert steps[-1] == (len(codes), len(codes))


def test_refused_meeting_save_and_unknown_site_read_in_french(sample_db) -> None:
    record, facts = _record(sample_db)
    action, _ = record.decisions[1].progress
    record.decisions[1] = DecisionEntry(
        "Verified at once", 1, progress=(action, ProgressDraft("verified", facts["day"]))
    )
    with pytest.raises(TransitionError) as caught:
        meetings.save_meeting(sample_db, record, today=facts["day"])
    assert str(caught.value).startswith("Decision 2 ('Verified at once'): An action that is")
    assert caught.value.text("fr").startswith(
        "Décision 2 (« Verified at once ») : Une action en cours ne peut pas devenir vérifiée"
    )
    record, facts = _record(sample_db)
    with pytest.raises(ValidationError) as caught:
        meetings.save_meeting(sample_db, record, today=dt.date(2022, 1, 31))
    assert caught.value.text("fr") == (
        f"La date de la réunion, {facts['day']:%d/%m/%Y}, est "
        "dans le futur (nous sommes le 31/01/2022)."
    )
    with pytest.raises(NotFoundError) as caught:
        meetings.meeting_papers(sample_db, "ZZ-99", MONTH)
    assert str(caught.value).startswith("No site with code 'ZZ-99'. Site codes look like ")
    assert caught.value.text("fr").startswith(
        "Aucun site ne porte le code « ZZ-99 ». Les codes de site ressemblent à "
    )
    with pytest.raises(ValidationError) as caught:
        meetings.meeting_papers(sample_db, SITE, "2022-13")
    assert caught.value.text("fr") == (
        "« 2022-13 » n'est pas un mois : le mois doit être compris entre 01 et 12."
    )
