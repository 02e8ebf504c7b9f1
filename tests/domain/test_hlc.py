"""The hybrid logical clock's strings sort in causal order, even in a burst."""

from __future__ import annotations

from bm_desktop.domain.hlc import HybridLogicalClock, Timestamp


def test_burst_within_one_millisecond_stays_ordered() -> None:
    clock = HybridLogicalClock("a", wall=lambda: 1_000)
    stamps = [clock.now() for _ in range(25_000)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert Timestamp.decode(stamps[-1]).millis > 1_000  # borrowed the next milliseconds


def test_receive_moves_past_a_remote_clock() -> None:
    ours = HybridLogicalClock("a", wall=lambda: 1_000)
    theirs = HybridLogicalClock("b", wall=lambda: 5_000)
    remote = theirs.now()
    ours.receive(remote)
    assert ours.now() > remote
