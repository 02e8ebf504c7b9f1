"""The itinerary workbook: the trip day by day (legs, distances, times, security flags),
each site's checklist (contacts from its stakeholders, open and overdue actions to
check, incidents to verify), the sites left out and why, and the priorities behind
the choice. Every cell through the safe cell writer (exchange/xlsx/cells.py)."""

from __future__ import annotations

import uuid
from pathlib import Path

from openpyxl.styles import Font

from bm_desktop.domain.visit_priority import FACTOR_TEXT
from bm_desktop.exchange.trip_text import clock, plan_text, words
from bm_desktop.exchange.xlsx.book import save_workbook
from bm_desktop.exchange.xlsx.cells import paper_workbook
from bm_desktop.i18n import translate
from bm_desktop.services.trip_checklists import SiteChecklist
from bm_desktop.services.trip_planner import TripPlan

BOLD = Font(bold=True)


def _header(ws, row: int, titles: list[str]) -> None:  # noqa: ANN001
    for col, title in enumerate(titles, start=1):
        ws.cell(row, col, title).font = BOLD


def why_text(factors, lang: str) -> str:  # noqa: ANN001
    """ "Overdue actions 4: 12 pts; ..." in ``lang``."""
    return "; ".join(
        f"{translate('VisitPriority', FACTOR_TEXT[f.key], lang)} {f.amount:g}: {f.points:g}"
        for f in factors
    )


def trip_workbook(plan: TripPlan, checklists: dict[uuid.UUID, SiteChecklist], lang: str = "en"):  # noqa: ANN201
    w = words(lang)
    wb = paper_workbook()
    ws = wb.active
    ws.title = w("Itinerary")
    ws.cell(1, 1, w("Site visit trip from {town}").format(town=plan.base)).font = Font(
        bold=True, size=14
    )
    last = plan.days[-1].day if plan.days else plan.request.first_day
    ws.cell(
        2,
        1,
        w("From {first} to {last}").format(
            first=plan.request.first_day.isoformat(), last=last.isoformat()
        ),
    )
    ws.cell(
        3,
        1,
        w("Travel times: {method}").format(method=plan_text(plan.method, plan.method_params, lang)),
    )
    ws.cell(
        4,
        1,
        w("Total: {km} km, {hours} h of driving").format(
            km=round(plan.km), hours=round(plan.drive_minutes / 60, 1)
        ),
    )
    titles = [
        w("Day"),
        w("Date"),
        w("Stop"),
        w("From"),
        w("To"),
        w("Code"),
        w("Distance (km)"),
        w("Driving (min)"),
        w("Arrive"),
        w("Leave"),
        w("Security events near the leg"),
        w("Security alerts at the site"),
    ]
    _header(ws, 6, titles)
    row = 7
    for d, day in enumerate(plan.days, start=1):
        for n, stop in enumerate(day.stops, start=1):
            leg = stop.leg
            values = [
                d,
                day.day,
                n,
                leg.origin,
                stop.site.name,
                stop.site.code,
                round(leg.km, 1),
                round(leg.minutes),
                clock(stop.arrive),
                clock(stop.depart),
                _events(leg.events),
                "; ".join(a.summary for a in stop.alerts),
            ]
            for col, v in enumerate(values, start=1):
                ws.cell(row, col, v)
            row += 1
        if day.back is not None:
            values = [
                d,
                day.day,
                "",
                day.back.origin,
                plan.base,
                "",
                round(day.back.km, 1),
                round(day.back.minutes),
                clock(day.home),
                "",
                _events(day.back.events),
                "",
            ]
            for col, v in enumerate(values, start=1):
                ws.cell(row, col, v)
            row += 1
    for letter, width in zip(
        "ABCDEFGHIJKL", (5, 11, 5, 22, 24, 9, 12, 12, 8, 8, 50, 50), strict=True
    ):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A7"
    _checklist_sheet(wb.create_sheet(w("Checklist")), plan, checklists, lang)
    _left_out_sheet(wb.create_sheet(w("Not planned")), plan, lang)
    _priorities_sheet(wb.create_sheet(w("Priorities")), plan, lang)
    return wb


def _events(events) -> str:  # noqa: ANN001
    return "; ".join(
        f"{e.day.isoformat()} {e.kind}"
        + (f" · {e.place}" if e.place else "")
        + (f" · {e.fatalities} †" if e.fatalities else "")
        for e in events
    )


def _checklist_sheet(ws, plan: TripPlan, checklists, lang: str) -> None:  # noqa: ANN001
    w = words(lang)
    _header(ws, 1, [w("Day"), w("Code"), w("Site"), w("To do"), w("Item"), w("Detail")])
    row = 2
    for d, day in enumerate(plan.days, start=1):
        for stop in day.stops:
            c = checklists.get(stop.site.id, SiteChecklist())
            lines = [
                (w("Contact"), x.name, f"{x.role} · {x.phone}".strip(" ·")) for x in c.contacts
            ]
            lines += [
                (
                    w("Overdue action to check") if a.overdue else w("Action to check"),
                    a.description,
                    w("due {date}").format(date=a.due_on.isoformat()),
                )
                for a in c.actions
            ]
            lines += [
                (
                    w("Incident to verify"),
                    i.description,
                    f"{i.occurred_on.isoformat()} · "
                    f"{i.risk_area_fr if lang == 'fr' else i.risk_area_en} · "
                    + w("severity {n}").format(n=i.severity),
                )
                for i in c.incidents
            ]
            for kind, item, detail in lines:
                for col, v in enumerate(
                    [d, stop.site.code, stop.site.name, kind, item, detail], start=1
                ):
                    ws.cell(row, col, v)
                row += 1
    for letter, width in zip("ABCDEF", (5, 9, 24, 24, 60, 40), strict=True):
        ws.column_dimensions[letter].width = width


def _left_out_sheet(ws, plan: TripPlan, lang: str) -> None:  # noqa: ANN001
    w = words(lang)
    _header(ws, 1, [w("Code"), w("Site"), w("Reason")])
    rows = [
        (s.code, s.name, w("Does not fit in the days and hours of the trip"))
        for s in plan.not_fitting
    ]
    rows += [(s.code, s.name, plan_text(why, {}, lang)) for s, why in plan.excluded]
    for r, values in enumerate(rows, start=2):
        for col, v in enumerate(values, start=1):
            ws.cell(r, col, v)
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 50


def _priorities_sheet(ws, plan: TripPlan, lang: str) -> None:  # noqa: ANN001
    w = words(lang)
    _header(ws, 1, [w("Rank"), w("Code"), w("Site"), w("Priority"), w("Why")])
    for r, ranked in enumerate(plan.ranked, start=1):
        values = [
            r,
            ranked.facts.code,
            ranked.facts.name,
            ranked.score,
            why_text(ranked.factors, lang),
        ]
        for col, v in enumerate(values, start=1):
            ws.cell(r + 1, col, v)
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["E"].width = 110


def write_trip_workbook(
    plan: TripPlan, checklists: dict[uuid.UUID, SiteChecklist], path: Path, lang: str = "en"
) -> Path:
    return save_workbook(trip_workbook(plan, checklists, lang), Path(path))
