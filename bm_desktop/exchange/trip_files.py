"""The trip for phones: GPX 1.1 and KML 2.2 of the base, the sites and each day's route.

GPX: a waypoint per place (the base, then the sites in visiting order, named
"day.stop code name"), a route per day through its stops, and a track per day with
the path driven (the road's vertices when a road network was used). KML: a folder
per day with the stops as points and the day's path as a coloured line. Written with
xml.etree (lxml not needed); both files parse back (tests).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from bm_desktop.exchange.trip_text import clock, words
from bm_desktop.services.trip_planner import TripPlan

GPX_NS = "http://www.topografix.com/GPX/1/1"
KML_NS = "http://www.opengis.net/kml/2.2"
# Day colours: no red, which marks legs near security events.
DAY_COLOURS = [
    "#1f77b4",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#8c564b",
    "#17becf",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#393b79",
    "#637939",
    "#7b4173",
]


def day_colour(day_index: int) -> str:
    return DAY_COLOURS[day_index % len(DAY_COLOURS)]


def _day_path(day) -> list[tuple[float, float]]:  # noqa: ANN001
    points: list[tuple[float, float]] = []
    for leg in day.legs:
        pts = [(float(x), float(y)) for x, y in leg.path]
        points.extend(pts if not points else pts[1:])
    return points


def gpx_tree(plan: TripPlan, lang: str = "en") -> ET.ElementTree:
    w = words(lang)
    ET.register_namespace("", GPX_NS)
    root = ET.Element(f"{{{GPX_NS}}}gpx", version="1.1", creator="BM Desktop")
    meta = ET.SubElement(root, f"{{{GPX_NS}}}metadata")
    ET.SubElement(meta, f"{{{GPX_NS}}}name").text = w("Site visit trip from {town}").format(
        town=plan.base
    )

    def point(
        tag: str, parent: ET.Element, lon: float, lat: float, name: str, desc: str = ""
    ) -> None:
        el = ET.SubElement(parent, f"{{{GPX_NS}}}{tag}", lat=f"{lat:.6f}", lon=f"{lon:.6f}")
        ET.SubElement(el, f"{{{GPX_NS}}}name").text = name
        if desc:
            ET.SubElement(el, f"{{{GPX_NS}}}desc").text = desc

    point("wpt", root, *plan.base_position, plan.base, w("Base"))
    for d, day in enumerate(plan.days, start=1):
        for k, stop in enumerate(day.stops, start=1):
            point(
                "wpt",
                root,
                stop.site.longitude,
                stop.site.latitude,
                f"{d}.{k} {stop.site.code} {stop.site.name}",
                f"{day.day.isoformat()} {clock(stop.arrive)}-{clock(stop.depart)}",
            )
    for d, day in enumerate(plan.days, start=1):
        if not day.stops:
            continue
        title = w("Day {n}: {date}").format(n=d, date=day.day.isoformat())
        rte = ET.SubElement(root, f"{{{GPX_NS}}}rte")
        ET.SubElement(rte, f"{{{GPX_NS}}}name").text = title
        point("rtept", rte, *plan.base_position, plan.base)
        for stop in day.stops:
            point("rtept", rte, stop.site.longitude, stop.site.latitude, stop.site.code)
        point("rtept", rte, *plan.base_position, plan.base)
        trk = ET.SubElement(root, f"{{{GPX_NS}}}trk")
        ET.SubElement(trk, f"{{{GPX_NS}}}name").text = title
        seg = ET.SubElement(trk, f"{{{GPX_NS}}}trkseg")
        for lon, lat in _day_path(day):
            ET.SubElement(seg, f"{{{GPX_NS}}}trkpt", lat=f"{lat:.6f}", lon=f"{lon:.6f}")
    return ET.ElementTree(root)


def kml_tree(plan: TripPlan, lang: str = "en") -> ET.ElementTree:
    w = words(lang)
    ET.register_namespace("", KML_NS)
    k = f"{{{KML_NS}}}"
    root = ET.Element(f"{k}kml")
    doc = ET.SubElement(root, f"{k}Document")
    ET.SubElement(doc, f"{k}name").text = w("Site visit trip from {town}").format(town=plan.base)
    ET.SubElement(doc, f"{k}description").text = " · ".join(
        (plan.request.first_day.isoformat(), w("{n} day(s)").format(n=len(plan.days)))
    )
    for d, _day in enumerate(plan.days):
        style = ET.SubElement(doc, f"{k}Style", id=f"day{d + 1}")
        line = ET.SubElement(style, f"{k}LineStyle")
        rgb = day_colour(d).lstrip("#")
        ET.SubElement(line, f"{k}color").text = "ff" + rgb[4:6] + rgb[2:4] + rgb[0:2]  # aabbggrr
        ET.SubElement(line, f"{k}width").text = "4"

    def placemark(parent: ET.Element, name: str, desc: str, lon: float, lat: float) -> None:
        pm = ET.SubElement(parent, f"{k}Placemark")
        ET.SubElement(pm, f"{k}name").text = name
        ET.SubElement(pm, f"{k}description").text = desc
        pt = ET.SubElement(pm, f"{k}Point")
        ET.SubElement(pt, f"{k}coordinates").text = f"{lon:.6f},{lat:.6f},0"

    placemark(doc, plan.base, w("Base"), *plan.base_position)
    for d, day in enumerate(plan.days, start=1):
        if not day.stops:
            continue
        folder = ET.SubElement(doc, f"{k}Folder")
        ET.SubElement(folder, f"{k}name").text = w("Day {n}: {date}").format(
            n=d, date=day.day.isoformat()
        )
        for n, stop in enumerate(day.stops, start=1):
            placemark(
                folder,
                f"{d}.{n} {stop.site.code} {stop.site.name}",
                f"{clock(stop.arrive)}-{clock(stop.depart)}",
                stop.site.longitude,
                stop.site.latitude,
            )
        pm = ET.SubElement(folder, f"{k}Placemark")
        ET.SubElement(pm, f"{k}name").text = w("Route of day {n}").format(n=d)
        ET.SubElement(pm, f"{k}styleUrl").text = f"#day{d}"
        ls = ET.SubElement(pm, f"{k}LineString")
        ET.SubElement(ls, f"{k}tessellate").text = "1"
        ET.SubElement(ls, f"{k}coordinates").text = " ".join(
            f"{x:.6f},{y:.6f},0" for x, y in _day_path(day)
        )
    return ET.ElementTree(root)


def write_gpx(plan: TripPlan, path: Path, lang: str = "en") -> Path:
    gpx_tree(plan, lang).write(path, encoding="utf-8", xml_declaration=True)
    return Path(path)


def write_kml(plan: TripPlan, path: Path, lang: str = "en") -> Path:
    kml_tree(plan, lang).write(path, encoding="utf-8", xml_declaration=True)
    return Path(path)
