"""The Site details dock: the selected site's figures for the filter period, its latest
incidents, open actions and CAP meetings. Loaded in a worker; follows the selection
and the filters."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDockWidget, QTextBrowser

from bm_desktop.domain import colours
from bm_desktop.domain.filters import FilterState
from bm_desktop.domain.local_format import place_name
from bm_desktop.services.site_details import SiteDetails, site_details
from bm_desktop.services.sites import SiteSummary, list_sites
from bm_desktop.services.visits import (
    RegisterVisitLine,
    VisitLine,
    register_visits_near,
    visit_history,
)
from bm_desktop.ui import worker
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import date_text
from bm_desktop.ui.theme import count_text, percent_text

STATUS_TEXT = {
    "recommended": QT_TRANSLATE_NOOP("SiteDetailsDock", "recommended"),
    "in_progress": QT_TRANSLATE_NOOP("SiteDetailsDock", "in progress"),
    "held": QT_TRANSLATE_NOOP("SiteDetailsDock", "held"),
    "planned": QT_TRANSLATE_NOOP("SiteDetailsDock", "planned"),
    "active": QT_TRANSLATE_NOOP("SiteDetailsDock", "Active"),
    "inactive": QT_TRANSLATE_NOOP("SiteDetailsDock", "Inactive"),
    "suspended": QT_TRANSLATE_NOOP("SiteDetailsDock", "Suspended"),
}


class SiteDetailsDock(QDockWidget):
    def __init__(self, ctx: AppContext, mineral_names: dict[str, str] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.mineral_names = mineral_names or {}
        self.setWindowTitle(self.tr("Site details"))
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.setWidget(self.view)
        self.site_id: uuid.UUID | None = None
        self.details: SiteDetails | None = None
        self._generation = 0
        self._jobs: list[worker.Worker] = []
        self._placeholder()
        ctx.selection.changed.connect(self._on_selection)
        ctx.filters.changed.connect(lambda _f: self.reload())
        ctx.data.changed.connect(lambda _t: self.reload())

    def _placeholder(self) -> None:
        self.view.setHtml(
            "<p style='color:#666'>"
            + html.escape(
                self.tr(
                    "Click a site on the map (or in the Sites table) to see its figures for the "
                    "filter period, its latest incidents, open actions and next CAP meeting."
                )
            )
            + "</p>"
        )

    def _on_selection(self, ids: list) -> None:
        self.site_id = ids[0] if ids else None
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        gen = self._generation
        if self.site_id is None:
            self.details = None
            self._placeholder()
            return
        site_id, f, db = self.site_id, self.ctx.filters.state, self.ctx.db

        def load() -> tuple[SiteSummary | None, SiteDetails, list, list]:
            site = next(
                (
                    s
                    for s in list_sites(db, FilterState(start=f.start, end=f.end))
                    if s.id == site_id
                ),
                None,
            )
            return (
                site,
                site_details(db, site_id, f),
                visit_history(db, site_id),
                register_visits_near(db, site_id),
            )

        job = worker.Worker(load)
        job.signals.result.connect(lambda res, g=gen: self._show(g, *res))
        self._jobs = [j for j in self._jobs[-8:]] + [job]
        worker.start(job)

    def _show(
        self,
        generation: int,
        site: SiteSummary | None,
        d: SiteDetails,
        visits: list[VisitLine],
        register: list[RegisterVisitLine],
    ) -> None:
        if generation != self._generation:
            return
        self.details = d
        self.view.setHtml(self.render_html(site, d) + self.visits_html(visits, register))

    def visits_html(
        self, visits: list[VisitLine], register: list[RegisterVisitLine], shown: int = 8
    ) -> str:
        """The site's visit history (newest first) and the loaded registers' visits."""
        from bm_desktop.domain.visits import PURPOSES

        e = html.escape
        out = [f"<h4>{e(self.tr('Visits'))}</h4>"]
        done = [v for v in visits if v.done]
        last = (
            self.tr("Last visit: {date}").format(date=date_text(done[0].visited_on))
            if done
            else self.tr("Last visit: none recorded")
        )
        out.append(f"<div><b>{e(last)}</b></div>")
        for v in visits[:shown]:
            purpose = QCoreApplication.translate("Visits", PURPOSES.get(v.purpose, v.purpose))
            status = "" if v.done else f" <i style='color:#a00'>({e(self.tr('not done'))})</i>"
            checks = []
            if v.incidents_verified:
                checks.append(self.tr("{n} incident(s) verified").format(n=v.incidents_verified))
            if v.incidents_raised:
                checks.append(self.tr("{n} incident(s) raised").format(n=v.incidents_raised))
            if v.actions_checked:
                checks.append(self.tr("{n} action(s) checked").format(n=v.actions_checked))
            extra = f"<br><span style='color:#555'>{e(' · '.join(checks))}</span>" if checks else ""
            findings = (
                f"<br><span style='color:#444'>{e(v.findings[:160])}</span>" if v.findings else ""
            )
            out.append(
                f"<div style='margin-bottom:3px'>{date_text(v.visited_on)} · "
                f"<b>{e(purpose)}</b>"
                f"{status} · {e(v.visitor)}{findings}{extra}</div>"
            )
        if len(visits) > shown:
            out.append(
                "<div style='color:#666'>"
                + e(self.tr("… and {n} earlier visit(s)").format(n=len(visits) - shown))
                + "</div>"
            )
        if register:
            yes, no = self.tr("yes"), self.tr("no")
            out.append(f"<h4>{e(self.tr('Visits in the registers loaded'))}</h4>")
            for r in register[:shown]:
                facts = [
                    self.tr("{n} workers").format(n=r.workers) if r.workers else "",
                    self.tr("armed presence: {v}").format(v=yes if r.armed_presence else no)
                    if r.armed_presence is not None
                    else "",
                    self.tr("child labour: {v}").format(v=yes if r.child_labour else no)
                    if r.child_labour is not None
                    else "",
                ]
                day = date_text(r.visited_on) if r.visited_on else "—"
                out.append(
                    f"<div>{day} · {e(r.layer)} ({e(r.code)}) · "
                    f"{e(' · '.join(x for x in facts if x))}</div>"
                )
        return "".join(out)

    # -- html ----------------------------------------------------------------------------
    def _status(self, status: str) -> str:
        return html.escape(
            QCoreApplication.translate("SiteDetailsDock", STATUS_TEXT.get(status, status))
        )

    def render_html(self, site: SiteSummary | None, d: SiteDetails) -> str:
        f = self.ctx.filters.state
        fr = self.ctx.lang == "fr"
        e = html.escape
        out = []
        if site is not None:
            minerals = ", ".join(self.mineral_names.get(m, m) for m in site.minerals) or "—"
            status_colour = colours.STATUS.get(site.status, colours.TEXT)
            province = " · " + e(place_name(site.province, self.ctx.lang)) if site.province else ""
            out.append(
                f"<h3 style='margin-bottom:2px'>{e(site.name)} "
                f"<span style='color:#666;font-weight:normal'>({e(site.code)})</span></h3>"
            )
            out.append(
                f"<div>{e(place_name(site.region, self.ctx.lang))}{province} · <span style='color:{status_colour}'>"
                f"{self._status(site.status)}</span></div>"
            )
            out.append("<div>" + e(self.tr("Minerals: {list}").format(list=minerals)) + "</div>")
            if site.operator:
                out.append(
                    "<div>" + e(self.tr("Operator: {name}").format(name=site.operator)) + "</div>"
                )
            if site.miners_total:
                out.append(
                    "<div>"
                    + e(self.tr("Miners: {n}").format(n=count_text(site.miners_total)))
                    + "</div>"
                )
        a = d.actions
        rate = "—" if a.rate is None else percent_text(a.rate)
        rate_colour = colours.rate_colour(a.rate)
        title = self.tr("Figures for {start} to {end}").format(
            start=date_text(f.start), end=date_text(f.end)
        )
        out.append(f"<h4>{e(title)}</h4><table cellspacing='0' cellpadding='2'>")
        overdue = f"<b style='color:{colours.OVERDUE}'>{a.overdue}</b>" if a.overdue else "0"
        rows = [
            (self.tr("Incidents"), f"<b>{d.incidents}</b>"),
            (self.tr("of which verified"), str(d.incidents_verified)),
            (self.tr("high or critical"), str(d.incidents_severe)),
            (
                self.tr("Implementation rate"),
                f"<b style='color:{rate_colour}'>{rate}</b> ({a.implementing}/{a.recommended})",
            ),
            (self.tr("Open actions"), str(a.open)),
            (self.tr("Overdue actions"), overdue),
        ]
        out += [f"<tr><td>{e(k)}</td><td align='right'>&nbsp;{v}</td></tr>" for k, v in rows]
        out.append("</table>")
        latest_title = e(self.tr("Latest incidents"))
        out.append(f"<h4>{latest_title}</h4>")
        if not d.latest_incidents:
            none = e(self.tr("None in the period."))
            out.append(f"<div style='color:#666'>{none}</div>")
        not_verified = e(self.tr("not verified"))
        for inc in d.latest_incidents:
            sev = colours.SEVERITY.get(inc.severity, "#999")
            area = inc.risk_area_fr if fr else inc.risk_area_en
            flag = (
                ""
                if inc.verification == "verified"
                else f" <i style='color:#777'>({not_verified})</i>"
            )
            out.append(
                f"<div style='margin-bottom:3px'><span style='background:{sev}'>&nbsp;"
                f"{inc.severity}&nbsp;</span> {date_text(inc.occurred_on)} · "
                f"<b>{e(area)}</b>"
                f"{flag}<br><span style='color:#444'>{e(inc.description[:140])}"
                "</span></div>"
            )
        open_title = e(self.tr("Open actions"))
        out.append(f"<h4>{open_title} ({a.open})</h4>")
        if not d.open_actions:
            none = e(self.tr("No open action."))
            out.append(f"<div style='color:#666'>{none}</div>")
        for act in d.open_actions:
            if act.overdue:
                due = (
                    f"<b style='color:{colours.OVERDUE}'>"
                    + e(self.tr("overdue since {date}").format(date=date_text(act.due_on)))
                    + "</b>"
                )
            else:
                due = e(self.tr("due {date}").format(date=date_text(act.due_on)))
            area = act.risk_area_fr if fr else act.risk_area_en
            who = f" · {e(act.stakeholder)}" if act.stakeholder else ""
            out.append(
                f"<div style='margin-bottom:3px'>{e(act.description[:120])}<br>"
                f"<span style='color:#555'>{e(area)} · {self._status(act.status)} · "
                f"{due}{who}</span></div>"
            )
        meetings_title = e(self.tr("CAP meetings"))
        out.append(f"<h4>{meetings_title}</h4>")
        if d.next_meeting:
            m = d.next_meeting
            place = f" · {e(m.place)}" if m.place else ""
            out.append(
                "<div>" + e(self.tr("Next CAP meeting:")) + f" <b>{date_text(m.day)}</b> "
                f"({self._status(m.status)}){place}</div>"
            )
        else:
            out.append("<div>" + e(self.tr("Next CAP meeting: none planned")) + "</div>")
        if d.last_meeting:
            out.append(
                "<div>"
                + e(self.tr("Last meeting held: {date}").format(date=date_text(d.last_meeting.day)))
                + "</div>"
            )
        return "".join(out)
