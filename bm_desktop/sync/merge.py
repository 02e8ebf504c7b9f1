"""The merge rule shared by the server and the laptops (pure functions).

Every synchronised row is a whole version stamped with a hybrid logical clock
(``updated_at``). A change also carries ``base``: the clock of the version it
replaced on the device that made it. Then, for a row:

* the later clock wins (whole row; clocks are unique per device and compare as
  strings), so every replica that has seen the same versions holds the same one;
* two versions are *concurrent* when the newer one was written without seeing
  the other: its base is not the other's clock (and it is not simply the same
  device's next edit);
* a concurrent version that loses is a *conflict*, kept in the ``conflicts``
  table, unless both versions hold the same content (two people making the same
  edit) or the table is append-only (those rows are only ever added).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


def node_of(clock: str) -> str:
    """The device that issued an HLC value ("" for an unstamped row)."""
    parts = clock.split("-", 2)
    return parts[2] if len(parts) == 3 else ""


def concurrent(current_clock: str, incoming_clock: str, incoming_base: str | None) -> bool:
    """Was ``incoming`` written without seeing ``current``?"""
    if incoming_base is not None and incoming_base == current_clock:
        return False
    node = node_of(incoming_clock)
    # A device always sees its own earlier versions.
    return not (node and node == node_of(current_clock) and current_clock < incoming_clock)


@dataclass(frozen=True)
class Verdict:
    apply: bool  # write the incoming version
    loser: Literal["current", "incoming"] | None  # the version to keep as a conflict


def decide(
    current_clock: str | None,
    incoming_clock: str,
    incoming_base: str | None,
    *,
    same_content: bool,
    append_only: bool,
) -> Verdict:
    """What to do with an incoming version of a row, given the version held here."""
    if current_clock is None:
        return Verdict(True, None)
    newer = incoming_clock > current_clock
    if incoming_clock == current_clock or same_content or append_only:
        return Verdict(newer, None)
    if not concurrent(current_clock, incoming_clock, incoming_base):
        return Verdict(newer, None)
    return Verdict(newer, "current" if newer else "incoming")
