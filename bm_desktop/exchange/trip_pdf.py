"""The PDF trip sheet: a first page with the trip map and the day summaries (each
stop numbered "day.stop" as on the map); then one block per day with each stop's
times, security flags and checklist.

This module is Qt-free. The map is the presentation-map image when the caller gives
one (a PNG drawn by :mod:`bm_desktop.ui.map.trip_print`: basemap, boundaries, towns and
the route), else a vector sketch drawn with fpdf2's primitives (each day's route in its
colour, the base as a square, the stops numbered, a scale bar and a north arrow).

The map uses an equirectangular projection scaled by the cosine of the mean latitude
(true to a few per cent over a trip's extent). Fonts as the CAP papers
(:mod:`bm_desktop.exchange.agenda_pdf`).
"""

from __future__ import annotations

import io
import math
import uuid
from pathlib import Path

from bm_desktop.exchange.agenda_pdf import MeetingPdf
from bm_desktop.exchange.trip_files import _day_path, day_colour
from bm_desktop.exchange.trip_text import clock, duration, plan_text, words
from bm_desktop.exchange.trip_workbook import why_text
from bm_desktop.geo.proximity import haversine_km
from bm_desktop.services.trip_checklists import SiteChecklist
from bm_desktop.services.trip_planner import TripPlan

MAP_BOX = (12.0, 30.0, 170.0, 160.0)  # x, y, width, height in mm (landscape A4)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


class TripPdf(MeetingPdf):
    """A4 pages with the trip in the header."""


def _projector(plan: TripPlan):  # noqa: ANN202
    pts = (
        [plan.base_position]
        + [p for d in plan.days for p in _day_path(d)]
        + [(s.site.longitude, s.site.latitude) for s in plan.stops]
    )
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    k = math.cos(math.radians(sum(ys) / len(ys)))
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    span_x, span_y = max((x1 - x0) * k, 0.02), max(y1 - y0, 0.02)
    bx, by, bw, bh = MAP_BOX
    scale = min((bw - 16) / span_x, (bh - 16) / span_y)  # mm per degree of latitude
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (bx + bw / 2 + (lon - cx) * k * scale, by + bh / 2 - (lat - cy) * scale)

    return project, scale


def place_map_image(pdf: TripPdf, png: bytes, lang: str) -> None:
    """The presentation-map image in the map box, framed, with its caption."""
    bx, by, bw, bh = MAP_BOX
    pdf.image(io.BytesIO(png), x=bx, y=by, w=bw, h=bh)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.3)
    pdf.rect(bx, by, bw, bh)
    pdf.set_font(pdf.family, "B", 9)
    pdf.set_text_color(60, 60, 60)
    pdf.set_fill_color(255, 255, 255)
    caption = pdf.text_of(words(lang)("Trip map"))
    pdf.set_xy(bx + 0.3, by + 0.3)
    pdf.cell(pdf.get_string_width(caption) + 3, 5, caption, fill=True)


def draw_trip_map(pdf: TripPdf, plan: TripPlan, lang: str) -> None:
    w = words(lang)
    bx, by, bw, bh = MAP_BOX
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.3)
    pdf.rect(bx, by, bw, bh)
    pdf.set_font(pdf.family, "B", 9)
    pdf.set_text_color(60, 60, 60)
    pdf.set_xy(bx + 2, by + 1)
    pdf.cell(60, 5, pdf.text_of(w("Trip map")))
    if not plan.stops:
        return
    project, scale = _projector(plan)
    for d, day in enumerate(plan.days):
        path = [project(x, y) for x, y in _day_path(day)]
        if len(path) < 2:
            continue
        pdf.set_draw_color(*_rgb(day_colour(d)))
        pdf.set_line_width(0.8)
        pdf.polyline(path)
        for leg in day.legs:
            if leg.events:  # a flagged leg: dashed red over the day's colour
                pdf.set_draw_color(200, 0, 0)
                pdf.set_dash_pattern(dash=1.2, gap=1.2)
                pdf.set_line_width(0.4)
                pdf.polyline([project(x, y) for x, y in leg.path])
                pdf.set_dash_pattern()
                pdf.set_draw_color(*_rgb(day_colour(d)))
                pdf.set_line_width(0.8)
    x, y = project(*plan.base_position)
    pdf.set_fill_color(20, 20, 20)
    pdf.rect(x - 1.8, y - 1.8, 3.6, 3.6, style="F")
    pdf.set_font(pdf.family, "B", 8)
    pdf.set_text_color(20, 20, 20)
    pdf.text(x + 2.5, y - 2, pdf.text_of(plan.base))
    pdf.set_font(pdf.family, "", 7)
    for d, day in enumerate(plan.days, start=1):
        for n, stop in enumerate(day.stops, start=1):
            x, y = project(stop.site.longitude, stop.site.latitude)
            pdf.set_fill_color(*_rgb(day_colour(d - 1)))
            pdf.set_draw_color(200, 0, 0) if stop.alerts else pdf.set_draw_color(255, 255, 255)
            pdf.set_line_width(0.6 if stop.alerts else 0.3)
            pdf.ellipse(x - 1.6, y - 1.6, 3.2, 3.2, style="DF")
            pdf.set_text_color(20, 20, 20)
            pdf.text(x + 2.2, y + 1, pdf.text_of(f"{d}.{n} {stop.site.code}"))
    # scale bar (a round number of km about a fifth of the map) and north arrow
    mid_lat = sum(s.site.latitude for s in plan.stops) / len(plan.stops)
    km_per_mm = float(haversine_km(0.0, mid_lat, 0.0, mid_lat + 1.0)) / scale
    target = bw / 5 * km_per_mm
    bar_km = max(1, int(10 ** math.floor(math.log10(target))))
    for step in (5, 2):
        if bar_km * step <= target:
            bar_km *= step
            break
    bar_mm = bar_km / km_per_mm
    pdf.set_draw_color(20, 20, 20)
    pdf.set_line_width(0.6)
    pdf.line(bx + 6, by + bh - 6, bx + 6 + bar_mm, by + bh - 6)
    pdf.text(bx + 6, by + bh - 8, f"{bar_km} km")
    ax, ay = bx + bw - 8, by + 8
    pdf.line(ax, ay + 7, ax, ay)
    pdf.polygon([(ax - 1.5, ay + 2.5), (ax, ay), (ax + 1.5, ay + 2.5)], style="F")
    pdf.text(ax - 1, ay + 11, "N")


def trip_pdf(
    plan: TripPlan,
    checklists: dict[uuid.UUID, SiteChecklist],
    lang: str = "en",
    map_png: bytes | None = None,
) -> TripPdf:
    """The sheet; ``map_png`` is the presentation-map image of the trip (None: the
    vector sketch)."""
    w = words(lang)
    title = w("Site visit trip from {town}").format(town=plan.base)
    last = plan.days[-1].day if plan.days else plan.request.first_day
    period = w("From {first} to {last}").format(
        first=plan.request.first_day.isoformat(), last=last.isoformat()
    )
    pdf = TripPdf((period, title), lang)
    pdf.add_page(orientation="L")
    pdf.set_font(pdf.family, "B", 13)
    pdf.set_text_color(20, 20, 20)
    pdf.cell(0, 7, pdf.text_of(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", 8.5)
    pdf.cell(
        0,
        5,
        pdf.text_of(
            period
            + " · "
            + w("Travel times: {method}").format(
                method=plan_text(plan.method, plan.method_params, lang)
            )
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    if map_png:
        place_map_image(pdf, map_png, lang)
    else:
        draw_trip_map(pdf, plan, lang)
    x = MAP_BOX[0] + MAP_BOX[2] + 6
    pdf.set_xy(x, MAP_BOX[1])
    for d, day in enumerate(plan.days, start=1):
        pdf.set_x(x)
        pdf.set_text_color(*_rgb(day_colour(d - 1)))
        pdf.set_font(pdf.family, "B", 9)
        pdf.cell(
            0,
            5,
            pdf.text_of(w("Day {n}: {date}").format(n=d, date=day.day.isoformat())),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_text_color(20, 20, 20)
        pdf.set_font(pdf.family, "", 8)
        pdf.set_x(x)
        summary = (
            w("{n} site(s), {km} km, {drive} driving, back at {home}").format(
                n=len(day.stops),
                km=round(day.km),
                drive=duration(day.drive_minutes),
                home=clock(day.home),
            )
            if day.stops
            else w("No visit")
        )
        if day.overnight_at:
            summary = (
                summary.rsplit(",", 1)[0]
                + " · "
                + w("Overnight at {site}").format(site=day.overnight_at)
            )
        pdf.multi_cell(0, 4, pdf.text_of(summary), new_x="LMARGIN", new_y="NEXT")
        for n, stop in enumerate(day.stops, start=1):
            pdf.set_x(x + 3)
            pdf.multi_cell(
                0,
                3.8,
                pdf.text_of(f"{d}.{n} {stop.site.code} {stop.site.name}"),
                new_x="LMARGIN",
                new_y="NEXT",
            )
        pdf.ln(1)
    left_out = [s.code for s in plan.not_fitting]
    if left_out:
        pdf.set_x(x)
        pdf.set_font(pdf.family, "B", 8)
        pdf.multi_cell(
            0,
            4,
            pdf.text_of(w("Do not fit: {codes}").format(codes=", ".join(left_out))),
            new_x="LMARGIN",
            new_y="NEXT",
        )
    pdf.add_page(orientation="P")
    for d, day in enumerate(plan.days, start=1):
        pdf.set_font(pdf.family, "B", 11)
        pdf.set_text_color(*_rgb(day_colour(d - 1)))
        pdf.cell(
            0,
            7,
            pdf.text_of(w("Day {n}: {date}").format(n=d, date=day.day.isoformat())),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_text_color(20, 20, 20)
        for n, stop in enumerate(day.stops, start=1):
            pdf.set_font(pdf.family, "B", 9)
            pdf.multi_cell(
                0,
                5,
                pdf.text_of(
                    f"{d}.{n}  {stop.site.name} ({stop.site.code})  "
                    f"{clock(stop.arrive)}–{clock(stop.depart)}  · "
                    + w("{km} km from {origin}").format(
                        km=round(stop.leg.km), origin=stop.leg.origin
                    )
                ),
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.set_font(pdf.family, "", 8)
            lines = []
            if stop.ranked is not None and stop.ranked.factors:
                lines.append(w("Why: {why}").format(why=why_text(stop.ranked.factors, lang)))
            if stop.leg.events:
                lines.append(w("Security events near the leg: {n}").format(n=len(stop.leg.events)))
            if stop.alerts:
                lines.append(
                    w("Security alerts at the site: {list}").format(
                        list="; ".join(a.summary for a in stop.alerts[:3])
                    )
                )
            c = checklists.get(stop.site.id, SiteChecklist())
            if c.contacts:
                lines.append(
                    w("Contacts: {list}").format(
                        list="; ".join(
                            f"{x.name} ({x.role}) {x.phone}".strip() for x in c.contacts[:4]
                        )
                    )
                )
            for a in c.actions[:5]:
                lines.append(
                    ("! " if a.overdue else "- ")
                    + w("Check action: {text}").format(text=a.description)
                )
            for i in c.incidents[:5]:
                lines.append("- " + w("Verify incident: {text}").format(text=i.description))
            for line in lines:
                pdf.multi_cell(0, 4, pdf.text_of(line), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        if day.overnight_at:
            pdf.set_font(pdf.family, "", 8)
            pdf.multi_cell(
                0,
                4,
                pdf.text_of(w("Overnight at {site}").format(site=day.overnight_at)),
                new_x="LMARGIN",
                new_y="NEXT",
            )
        if day.back is not None:
            pdf.set_font(pdf.family, "", 8)
            pdf.multi_cell(
                0,
                4,
                pdf.text_of(
                    w("Back at {town} at {time} ({km} km)").format(
                        town=plan.base, time=clock(day.home), km=round(day.back.km)
                    )
                ),
                new_x="LMARGIN",
                new_y="NEXT",
            )
        pdf.ln(3)
    return pdf


def write_trip_pdf(
    plan: TripPlan,
    checklists: dict[uuid.UUID, SiteChecklist],
    path: Path,
    lang: str = "en",
    map_png: bytes | None = None,
) -> Path:
    path = Path(path)
    trip_pdf(plan, checklists, lang, map_png).output(str(path))
    return path
