"""``bm-desktop plan``: a site-visit trip from the command line.

    bm-desktop plan (--region NAME | --province NAME) --start TOWN --from D --days N
        [--sites CODE,...] [--top N] [--roads FILE] [--drive-hours H] [--on-site MIN]
        [--exclude CODE,...] [--avoid LON,LAT,KM] [--overnight] --out FILE.xlsx|.pdf|.gpx|.kml

The sites are the chosen codes or the top N by priority; the plan's format follows
the file's extension. Prints the days, the sites that do not fit and the travel
assumption. Exit status: 0 written, 2 bad input (nothing written).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from bm_desktop.commands.common import add_db_option, command_lang, database_path, fail
from bm_desktop.commands.help_text import h

FORMATS = (".xlsx", ".pdf", ".gpx", ".kml")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "plan",
        help=h("plan a site-visit trip: priorities, days, itinerary"),
        description=h(
            "Plan a site-visit trip from a regional office: the sites in order, "
            "split into days, with security flags; written as an itinerary "
            "workbook, a PDF trip sheet, GPX or KML."
        ),
    )
    area = parser.add_mutually_exclusive_group(required=True)
    area.add_argument("--region", metavar="NAME", help=h("programme region of the sites"))
    area.add_argument("--province", metavar="NAME", help=h("province of the sites"))
    parser.add_argument(
        "--start",
        required=True,
        metavar="TOWN",
        help=h("start town: Bunia, Goma, Bukavu, Kolwezi, Lubumbashi or Kigali"),
    )
    parser.add_argument(
        "--from",
        dest="first_day",
        required=True,
        metavar="DATE",
        help=h("first day of the trip (YYYY-MM-DD)"),
    )
    parser.add_argument("--days", required=True, type=int, metavar="N", help=h("number of days"))
    parser.add_argument("--sites", metavar="CODE,...", help=h("the sites to visit"))
    parser.add_argument(
        "--top", type=int, metavar="N", help=h("take the N sites of highest priority (default 10)")
    )
    parser.add_argument("--exclude", metavar="CODE,...", help=h("sites to leave out"))
    parser.add_argument(
        "--roads",
        type=Path,
        metavar="FILE",
        help=h("road network (GeoPackage, Shapefile or GeoJSON lines)"),
    )
    parser.add_argument(
        "--drive-hours",
        type=float,
        default=6.0,
        metavar="H",
        help=h("driving hours per day (default 6)"),
    )
    parser.add_argument(
        "--on-site",
        type=int,
        default=120,
        metavar="MIN",
        help=h("minutes on each site (default 120)"),
    )
    parser.add_argument(
        "--avoid",
        action="append",
        default=[],
        metavar="LON,LAT,KM",
        help=h("leave out the sites within KM km of a place (repeatable)"),
    )
    parser.add_argument(
        "--overnight",
        action="store_true",
        help=h("nights at the last site of the day instead of back at the base"),
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help=h("output file: .xlsx, .pdf, .gpx or .kml"),
    )
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        default=argparse.SUPPRESS,
        help=h("language of the messages (default: English)"),
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def _codes(text: str | None) -> list[str]:
    return [c.strip() for c in (text or "").split(",") if c.strip()]


def run(args: argparse.Namespace) -> int:
    from bm_desktop.db.engine import open_database
    from bm_desktop.domain.errors import BmError
    from bm_desktop.i18n import translate
    from bm_desktop.services.trip_planner import TripRequest, plan_trip
    from bm_desktop.services.visit_priorities import PlannerArea

    lang = command_lang(args)
    out: Path = args.out
    if out.suffix.lower() not in FORMATS:
        return fail(
            "plan",
            "The output file must end in .xlsx, .pdf, .gpx or .kml: {name}.",
            lang,
            name=out.name,
        )
    try:
        first = dt.date.fromisoformat(args.first_day)
    except ValueError:
        return fail(
            "plan", "The first day {value} is not a date (YYYY-MM-DD).", lang, value=args.first_day
        )
    from bm_desktop.services.trip_planner import ExcludedArea

    areas = []
    for text in args.avoid:
        try:
            lon, lat, km = (float(v) for v in text.split(","))
        except ValueError:
            return fail(
                "plan",
                "An area to avoid is LON,LAT,KM (degrees and kilometres), not {value}.",
                lang,
                value=text,
            )
        areas.append(ExcludedArea(lon, lat, km))
    if args.roads is not None and not args.roads.exists():
        return fail("plan", "No roads file at {path}.", lang, path=args.roads)
    path = database_path(args)
    if not path.exists():
        return fail("plan", "no programme database at {path} (use --db PATH).", lang, path=path)
    db = open_database(path)
    try:
        request = TripRequest(
            PlannerArea(region=args.region, province=args.province),
            args.start,
            first,
            args.days,
            drive_hours=args.drive_hours,
            work_hours=max(10.0, args.drive_hours),
            on_site_minutes=args.on_site,
            site_codes=_codes(args.sites),
            top=args.top,
            exclude_codes=_codes(args.exclude),
            exclude_areas=areas,
            roads=args.roads,
            overnight=args.overnight,
        )
        plan = plan_trip(db, request)
        map_png = None
        if out.suffix.lower() == ".pdf":
            from bm_desktop.commands.qt_renderers import qt_renderers
            from bm_desktop.exchange.trip_pdf import MAP_BOX

            map_png = qt_renderers().trip_map_png(db, plan, MAP_BOX[2], MAP_BOX[3], lang)
        write_plan(db, plan, out, lang, map_png)
    except BmError as exc:
        return fail("plan", exc, lang)
    finally:
        db.dispose()
    print(summary(plan, out, lang, translate))
    return 0


def write_plan(
    db,
    plan,
    out: Path,
    lang: str,  # noqa: ANN001
    map_png: bytes | None = None,
) -> Path:
    """Write ``plan`` in the format of ``out``'s extension; a PDF's map is ``map_png``
    (the presentation map drawn on the Qt side) or, without it, a vector sketch."""
    suffix = out.suffix.lower()
    if suffix == ".gpx":
        from bm_desktop.exchange.trip_files import write_gpx

        return write_gpx(plan, out, lang)
    if suffix == ".kml":
        from bm_desktop.exchange.trip_files import write_kml

        return write_kml(plan, out, lang)
    from bm_desktop.services.trip_checklists import site_checklists

    checklists = site_checklists(db, [s.site.id for s in plan.stops], plan.request.first_day, lang)
    if suffix == ".pdf":
        from bm_desktop.exchange.trip_pdf import write_trip_pdf

        return write_trip_pdf(plan, checklists, out, lang, map_png)
    from bm_desktop.exchange.trip_workbook import write_trip_workbook

    return write_trip_workbook(plan, checklists, out, lang)


def summary(plan, out: Path, lang: str, translate) -> str:  # noqa: ANN001
    from bm_desktop.exchange.trip_text import clock, plan_text, words

    w = words(lang)
    lines = []
    for d, day in enumerate(plan.days, start=1):
        codes = " → ".join(s.site.code for s in day.stops) or w("No visit")
        lines.append(
            w("Day {n}: {date}").format(n=d, date=day.day.isoformat())
            + f"  {codes}"
            + (f"  ({round(day.km)} km, {clock(day.home)})" if day.stops else "")
            + (
                "  " + w("Overnight at {site}").format(site=day.overnight_at)
                if day.overnight_at
                else ""
            )
        )
    if plan.not_fitting:
        lines.append(
            w("Do not fit: {codes}").format(codes=", ".join(s.code for s in plan.not_fitting))
        )
    for site, why in plan.excluded:
        lines.append(
            w("Left out: {code} ({reason})").format(code=site.code, reason=plan_text(why, {}, lang))
        )
    lines.append(
        w("Travel times: {method}").format(method=plan_text(plan.method, plan.method_params, lang))
    )
    lines.append(w("Written: {path}").format(path=out))
    return "\n".join(lines)
