"""A meeting-mode save can be undone and redone like every other edit, and meeting
mode's kept draft holds the whole record (issue 11, §1)."""

from __future__ import annotations

from bm_desktop.services import meetings, meetings_drafts, meetings_undo
from tests.services.test_meetings import PLANNED, _record, _site_id, _sql


def _visible(db) -> dict:
    """What the papers, the tracker and the calendar show of the site's meeting month."""
    site = _site_id(db).hex
    live = (
        "deleted = 0 AND meeting_id IN (SELECT id FROM cap_meetings WHERE site_id = :s "
        "AND month = :m)"
    )
    return {
        "meetings": _sql(
            db,
            "SELECT status, held_on, place, minutes, starts_at FROM "
            "cap_meetings WHERE site_id = :s AND month = :m AND deleted = 0 "
            "ORDER BY id",
            s=site,
            m=PLANNED,
        ),
        "items": _sql(
            db,
            f"SELECT position, title, minutes FROM agenda_items WHERE {live} ORDER BY position",
            s=site,
            m=PLANNED,
        ),
        "attendance": _sql(
            db,
            f"SELECT name, women, men FROM meeting_attendance WHERE {live} ORDER BY name",
            s=site,
            m=PLANNED,
        ),
        "decisions": _sql(
            db, f"SELECT text FROM meeting_decisions WHERE {live} ORDER BY text", s=site, m=PLANNED
        ),
        "actions": _sql(
            db,
            "SELECT id FROM corrective_actions WHERE site_id = :s AND deleted = 0 ORDER BY id",
            s=site,
        ),
        "progress": _sql(
            db,
            "SELECT p.id FROM action_progress p JOIN corrective_actions a ON "
            "a.id = p.action_id WHERE a.site_id = :s AND p.deleted = 0 "
            "ORDER BY p.id",
            s=site,
        ),
    }


def test_undo_puts_the_meeting_back_and_redo_brings_it_again(sample_db) -> None:
    record, facts = _record(sample_db)
    before = _visible(sample_db)
    saved = meetings.save_meeting(sample_db, record, today=facts["day"])
    after = _visible(sample_db)
    assert (
        after["meetings"][0][0] == "held"
        and len(after["actions"]) == len(before["actions"]) + 1
        and after["attendance"]
        and after["decisions"]
    )
    meetings_undo.undo_save(sample_db, saved)
    assert _visible(sample_db) == before
    meetings_undo.redo_save(sample_db, saved)
    assert _visible(sample_db) == after


def test_the_kept_draft_holds_the_whole_record_and_goes_with_the_save(sample_db) -> None:
    record, facts = _record(sample_db)
    site = _site_id(sample_db)
    meetings_drafts.keep_draft(sample_db, site, PLANNED, record)
    kept = meetings_drafts.kept_draft(sample_db, site, PLANNED)
    assert kept is not None and kept.record == record
    meetings.save_meeting(sample_db, record, today=facts["day"])
    assert meetings_drafts.kept_draft(sample_db, site, PLANNED) is None
    assert _sql(sample_db, "SELECT COUNT(*) FROM meeting_drafts")[0][0] == 0
