"""The quarterly map pack: for each region, four maps (sites by implementation rate,
incident density, security events and alerts, child-labour incidents), the quarterly
report workbook, and an ``index.html`` that lists the contents with the quarter's
headline figures (``services.kpis.programme_figures``).

Written into a new (or empty) folder, or a .zip. The maps share one offscreen
:class:`~bm_desktop.ui.map.print_map.PrintMap` (the data load once). Cancelling or
a failure removes what was written: a half pack is never left behind.
"""

from __future__ import annotations

import datetime as dt
import html
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from bm_desktop.domain.kpi import Period, Scope
from bm_desktop.domain.taxonomy import CHILD_LABOUR_AREAS
from bm_desktop.services.database_files import Database
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.map.print_layout import PageSpec, frames, region_text, write
from bm_desktop.ui.map.print_map import MapOptions, PrintMap

Progress = Callable[[int, int, str], None]  # done, total, what is being written


class PackCancelled(Exception):
    """The user cancelled the pack; nothing was left on disk."""


translate = QCoreApplication.translate


@dataclass(frozen=True)
class PackMap:
    stem: str
    title: str
    layers: frozenset[str]
    colour: str = "status"
    risk_areas: frozenset[str] = frozenset()


def pack_maps() -> list[PackMap]:
    base = {"boundaries", "reference"}
    return [
        PackMap(
            "sites-by-implementation-rate",
            translate("MapPack", "Sites by implementation rate"),
            frozenset(base | {"sites"}),
            colour="rate",
        ),
        PackMap(
            "incident-density",
            translate("MapPack", "Incident density"),
            frozenset(base | {"sites", "density"}),
        ),
        PackMap(
            "security-events-and-alerts",
            translate("MapPack", "Security events and alerts"),
            frozenset(base | {"sites", "events", "alerts"}),
        ),
        PackMap(
            "child-labour-incidents",
            translate("MapPack", "Child-labour incidents"),
            frozenset(base | {"sites", "density"}),
            risk_areas=frozenset(CHILD_LABOUR_AREAS),
        ),
    ]


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def write_pack(
    db: Database,
    quarter: tuple[int, int],
    region: str | None,
    out: Path,
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    ctx: AppContext | None = None,
) -> Path:
    """Write the pack of ``quarter`` (year, 1..4) to ``out`` (a folder or a .zip)."""
    from bm_desktop.services.kpis import region_names
    from bm_desktop.ui.map.print_job import context

    period = Period.quarter(*quarter)
    regions = [region] if region else region_names(db)
    maps = pack_maps()
    html_map = _html_map_writer()
    total = len(regions) * len(maps) + 2 + (html_map is not None)
    done = 0
    to_zip = out.suffix.lower() == ".zip"
    work = Path(tempfile.mkdtemp(prefix="bm-pack-")) if to_zip else out
    created = not work.exists()
    work.mkdir(parents=True, exist_ok=True)
    ctx = ctx or context(db, lang)

    def step(what: str) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise PackCancelled
        if progress is not None:
            progress(done, total, what)
        done += 1

    spec = PageSpec(title="")
    f = frames(spec)
    written: list[tuple[str, str, str]] = []  # region, title, file
    pm = PrintMap(ctx, f.map.width(), f.map.height(), ctx.filters.default_state)
    try:
        for name in regions:
            folder = work / slug(name)
            folder.mkdir(exist_ok=True)
            for m in maps:
                title = f"{m.title} — {region_text(name)}"
                step(title)
                pm.apply(
                    MapOptions(
                        region=name,
                        start=period.start,
                        end=period.end,
                        layers=m.layers,
                        colour=m.colour,
                        risk_areas=m.risk_areas,
                    )
                )
                path = folder / f"{m.stem}.pdf"
                write(pm, PageSpec(title=title), path)
                written.append((name, m.title, str(path.relative_to(work))))
        step(translate("MapPack", "Quarterly report workbook"))
        workbook = _workbook(db, period, region, lang, work)
        offline = None
        if html_map is not None:
            step(translate("MapPack", "Offline HTML map"))
            offline = "offline-map.html"
            html_map(db, work / offline, period.start, period.end, region=region, lang=lang)
        step(translate("MapPack", "Index page"))
        (work / "index.html").write_text(
            index_html(db, period, regions, written, workbook, lang, offline), encoding="utf-8"
        )
        if progress is not None:
            progress(total, total, translate("MapPack", "Done"))
    except BaseException:
        pm.close()
        if to_zip or created:
            shutil.rmtree(work, ignore_errors=True)
        else:  # an empty folder the user chose: empty it again
            for child in work.iterdir():
                shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink()
        raise
    pm.close()
    if to_zip:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for path in sorted(work.rglob("*")):
                if path.is_file():
                    z.write(path, path.relative_to(work))
        shutil.rmtree(work, ignore_errors=True)
    return out


def _html_map_writer() -> Callable[..., Path] | None:
    """The offline HTML map's writer (``exchange.html_map``, built beside this pack), or
    None in a version without it: the pack then has no HTML map."""
    try:
        from bm_desktop.exchange.html_map import write_html_map
    except ImportError:
        return None
    return write_html_map


def _workbook(db: Database, period: Period, region: str | None, lang: str, work: Path) -> str:
    from bm_desktop.exchange.exports.quarterly import export_quarterly
    from bm_desktop.exchange.exports.request import ExportRequest

    name = f"quarterly-report-{period.start:%Y}-Q{(period.start.month - 1) // 3 + 1}.xlsx"
    export_quarterly(
        db, ExportRequest(period.start, period.end, region=region, lang=lang), work / name
    )
    return name


def _percent(rate: float | None) -> str:
    if rate is None:
        return "–"
    return QLocale().toString(rate * 100, "f", 1) + (
        " %" if QLocale().language() == QLocale.Language.French else "%"
    )


def index_html(
    db: Database,
    period: Period,
    regions: list[str],
    written: list[tuple[str, str, str]],
    workbook: str,
    lang: str,
    offline: str | None = None,
) -> str:
    """The pack's first page: what is in it, and the quarter's headline figures."""
    from bm_desktop.services.kpis import programme_figures

    e = html.escape
    loc = QLocale()
    quarter = (period.start.month - 1) // 3 + 1
    title = translate("MapPack", "Quarterly map pack, {year} Q{n}").format(
        year=period.start.year, n=quarter
    )
    rows = []
    scopes = [(region_text(r), Scope(regions=frozenset({r}))) for r in regions]
    if len(regions) > 1:
        scopes.append((translate("MapPack", "Whole programme"), Scope()))
    for label, scope in scopes:
        fig = programme_figures(db, period, scope)
        rows.append(
            "<tr>"
            + "".join(
                f"<td>{e(str(x))}</td>"
                for x in (
                    label,
                    loc.toString(fig.active_sites),
                    loc.toString(fig.incidents),
                    loc.toString(fig.child_labour.incidents),
                    loc.toString(fig.child_labour.wfcl_incidents),
                    _percent(fig.actions.rate),
                    loc.toString(fig.meetings_held),
                )
            )
            + "</tr>"
        )
    head = "".join(
        f"<th>{e(h)}</th>"
        for h in (
            translate("MapPack", "Region"),
            translate("MapPack", "Active sites"),
            translate("MapPack", "Incidents"),
            translate("MapPack", "Child-labour incidents"),
            translate("MapPack", "of which worst forms"),
            translate("MapPack", "Implementation rate"),
            translate("MapPack", "CAP meetings held"),
        )
    )
    items = []
    for r in regions:
        links = "".join(
            f'<li><a href="{e(f)}">{e(t)}</a></li>' for reg, t, f in written if reg == r
        )
        items.append(f"<h3>{e(region_text(r))}</h3><ul>{links}</ul>")
    period_text = translate("MapPack", "{start} to {end}").format(
        start=loc.toString(period.start, "d MMMM yyyy"), end=loc.toString(period.end, "d MMMM yyyy")
    )
    made = translate("MapPack", "Made on {date} with BM Desktop.").format(
        date=loc.toString(dt.date.today(), "d MMMM yyyy")
    )
    offline_item = (
        (
            f"<h2>{e(translate('MapPack', 'Interactive map'))}</h2><ul><li>"
            f'<a href="{e(offline)}">'
            f"{e(translate('MapPack', 'Offline HTML map (opens in any browser)'))}"
            "</a></li></ul>"
        )
        if offline
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{e(lang)}"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>body{{font-family:sans-serif;margin:2em;color:#263238}}
table{{border-collapse:collapse}}td,th{{border:1px solid #B0BEC5;padding:4px 8px}}
td+td{{text-align:right}}th{{background:#ECEFF1}}</style></head><body>
<h1>{e(title)}</h1><p>{e(period_text)}</p>
<h2>{e(translate("MapPack", "Headline figures of the quarter"))}</h2>
<table><tr>{head}</tr>{"".join(rows)}</table>
<p>{
        e(
            translate(
                "MapPack",
                "Implementation rate: corrective actions implemented or in progress, of those "
                "recommended since the start, at the end of the quarter.",
            )
        )
    }</p>
<h2>{e(translate("MapPack", "Maps"))}</h2>{"".join(items)}
<h2>{e(translate("MapPack", "Workbook"))}</h2><ul><li><a href="{e(workbook)}">{
        e(translate("MapPack", "Quarterly report"))
    }</a>
</li></ul>{offline_item}
<p><small>{e(made)}</small></p></body></html>
"""
