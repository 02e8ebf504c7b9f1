"""What the import dialogs need before a preview: a file's columns, a few sample rows,
and the mapping to propose (remembered for this layout, else guessed)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bm_desktop.db.engine import Database
from bm_desktop.exchange.imports import mapping as mp
from bm_desktop.exchange.imports.readers import open_table

SAMPLE_ROWS = 5


@dataclass(frozen=True)
class MappingProposal:
    target: str  # "sites" or "incidents"
    headers: list[str]
    mapping: dict[str, str]  # field -> column
    remembered: bool  # the mapping was remembered for this layout
    samples: list[list[Any]]  # the first rows, for the dialog to show


def propose_mapping(
    db: Database, target: str, path: Path, sheet: str | None = None
) -> MappingProposal:
    """Read the file's header (and a few rows) and propose a mapping for ``target``."""
    table = open_table(Path(path), sheet)
    try:
        samples = []
        for _, row in table.rows:
            samples.append(list(row))
            if len(samples) >= SAMPLE_ROWS:
                break
    finally:
        table.close()
    with db.sessions() as s:
        remembered = mp.remembered(s, target, table.headers)
        mapping = mp.mapping_for(s, target, table.headers, None)
    return MappingProposal(target, list(table.headers), mapping, bool(remembered), samples)


def needs_mapping(kind: str, path: Path, sheet: str | None = None) -> bool:
    """Does an events file need a column mapping (it is neither ACLED nor UCDP GED)?"""
    from bm_desktop.exchange.imports.event_layouts import detect
    from bm_desktop.exchange.imports.readers import header_key

    if kind != "events":
        return False
    try:
        table = open_table(Path(path), sheet)
    except Exception:  # noqa: BLE001  (the preview then says why the file cannot be read)
        return False
    table.close()
    return detect({header_key(h) for h in table.headers})[0] is None
