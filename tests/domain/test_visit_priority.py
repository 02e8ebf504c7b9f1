"""The visit ranking: each factor's points, their sum, and a deterministic order."""

from __future__ import annotations

from bm_desktop.domain.visit_priority import PriorityWeights, SiteFacts, rank_sites


def test_each_factor_contributes_its_points_and_the_order_follows_the_sum() -> None:
    w = PriorityWeights(
        unverified_severe=10,
        wfcl=15,
        overdue_actions=3,
        visit_due=4,
        cap_meeting=8,
        security_alerts=6,
        target_interval_days=90,
        alerts_cap=2,
    )
    facts = [
        SiteFacts("a", "A-1", "Quiet", days_since_visit=30),
        SiteFacts(
            "b",
            "B-1",
            "Busy",
            unverified_severe=2,
            wfcl=1,
            overdue_actions=3,
            days_since_visit=150,
            cap_meeting_in_window=True,
            security_alerts=4,
        ),
        SiteFacts("c", "C-1", "Forgotten", days_since_visit=None),
        SiteFacts("d", "A-0", "Tie", days_since_visit=None),
    ]
    ranked = rank_sites(facts, w)
    assert [r.facts.code for r in ranked] == ["B-1", "A-0", "C-1", "A-1"]
    busy = ranked[0]
    assert {f.key: (f.amount, f.points) for f in busy.factors} == {
        "unverified_severe": (2, 20),
        "wfcl": (1, 15),
        "overdue_actions": (3, 9),
        "visit_due": (60, 8.0),
        "cap_meeting": (1, 8),
        "security_alerts": (4, 12),
    }
    assert busy.score == 72 and busy.risk
    assert [f.key for f in busy.factors][:2] == ["unverified_severe", "wfcl"]  # most points first
    # never visited counts as one whole interval late (90 days = 3 x 30 days x 4 points)
    assert ranked[1].score == 12 and ranked[1].factors[0].key == "never_visited"
    assert ranked[3].score == 0 and ranked[3].factors == () and not ranked[3].risk
