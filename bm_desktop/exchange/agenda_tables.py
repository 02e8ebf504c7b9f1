"""A meeting's papers laid out as printable tables, shared by the workbook and the PDF.

Each table has a title, a line of context, columns with widths (in Excel
character units), and typed rows (section heading, item, overdue item, missing
stakeholder type, total, blank line to fill in by hand). All labels are in the
interface language (context ``AgendaWorkbook`` in the meetings catalogue).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bm_desktop.domain.agenda import QT_TRANSLATE_NOOP, SECTION_TITLES, standard_text
from bm_desktop.domain.local_format import date_text, place_name
from bm_desktop.domain.meeting_papers import MeetingPapers
from bm_desktop.i18n import translate

CONTEXT = "AgendaWorkbook"
PROGRAMME_NAME = QT_TRANSLATE_NOOP(
    "AgendaWorkbook", "BM Programme — upstream assurance of artisanal and small-scale mining"
)
# A table wider than this (sum of column widths) is printed landscape.
PORTRAIT_MAX_WIDTH = 100
BLANK_ATTENDANCE_ROWS = 15
# Longer details are continued on further rows: a table row must fit on a page, and
# Excel caps a row at 409 points.
MAX_LINES_PER_ROW = 10
# More open actions than this and the agenda shows them as one item, listed in the
# annex; details longer than this are cut short on the agenda and given in the annex.
ANNEX_ACTIONS_AFTER = 4
AGENDA_DETAILS_CHARS = 140

STATUS_TEXT = {
    "planned": QT_TRANSLATE_NOOP("AgendaWorkbook", "planned"),
    "held": QT_TRANSLATE_NOOP("AgendaWorkbook", "held"),
    "cancelled": QT_TRANSLATE_NOOP("AgendaWorkbook", "cancelled"),
    "": QT_TRANSLATE_NOOP("AgendaWorkbook", "not yet planned"),
}
OUTCOME_TEXT = {
    "action": QT_TRANSLATE_NOOP("AgendaWorkbook", "new action"),
    "progress": QT_TRANSLATE_NOOP("AgendaWorkbook", "progress update"),
    "note": "",
}


def text_for(text: str, lang: str) -> str:
    return translate(CONTEXT, text, lang)


@dataclass(frozen=True)
class Column:
    label: str
    width: float
    wrap: bool = False
    align: str = "left"  # left, center, right


@dataclass(frozen=True)
class Row:
    cells: tuple[object, ...]
    style: str = "item"  # item, section, overdue, highlight, missing, total, blank
    alert: frozenset[int] = frozenset()  # columns (0-based) to show in red on their own


@dataclass
class Table:
    key: str  # sheet name stem: agenda, invitations, attendance, minutes
    title: str
    subtitle: str
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    note: str = ""

    @property
    def landscape(self) -> bool:
        return sum(c.width for c in self.columns) > PORTRAIT_MAX_WIDTH


def _chunks(text: str, lines: int = MAX_LINES_PER_ROW, width: int = 400) -> list[str]:
    parts: list[str] = []
    for line in (text or "").split("\n"):
        while len(line) > width:  # a long paragraph counts as several lines
            cut = line.rfind(" ", 0, width)
            cut = cut if cut > 0 else width
            parts.append(line[:cut])
            line = line[cut:].lstrip()
        parts.append(line)
    return ["\n".join(parts[i : i + lines]) for i in range(0, len(parts), lines)] or [""]


def header_lines(papers: MeetingPapers, lang: str) -> tuple[str, str]:
    """(site, month) as the page header shows them."""
    d = papers.draft
    return (
        f"{d.site_name} ({d.site_code}) — {place_name(d.region, lang)}",
        text_for("CAP meeting {month}", lang).format(month=d.month),
    )


def context_line(papers: MeetingPapers, lang: str) -> str:
    d = papers.draft
    parts = [
        text_for("Date: {date}", lang).format(date=date_text(papers.held_on or d.meeting_on, lang)),
        text_for("Start: {time}", lang).format(time=d.starts_at.strftime("%H:%M")),
        text_for("Status: {status}", lang).format(
            status=text_for(STATUS_TEXT.get(papers.status, ""), lang)
        ),
    ]
    if papers.place:
        parts.append(text_for("Place: {place}", lang).format(place=papers.place))
    parts.append(
        text_for("Previous meeting: {date}", lang).format(
            date=date_text(d.previous_meeting_on, lang)
            if d.previous_meeting_on
            else text_for("none", lang)
        )
    )
    return " · ".join(parts)


def _agenda_plan(papers: MeetingPapers, compact: bool = True) -> tuple[list, list]:
    """What the agenda shows and what goes to the annex.

    Agenda parts are ``("item", n, entry, start, end)`` or, for a long list of open
    actions, ``("actions", (first, last), entries, start, end)``; annex items are
    ``(n, entry)``: every action of such a list, and every item whose details are too
    long for the agenda's page."""
    d = papers.draft
    timed = list(zip(range(1, len(d.entries) + 1), d.entries, d.schedule(), strict=True))
    actions = [t for t in timed if t[1].section == "open_actions" and t[1].ref_table]
    long_list = compact and len(actions) > ANNEX_ACTIONS_AFTER
    parts: list = []
    annex: list = []
    for n, entry, (start, end) in timed:
        if long_list and entry.section == "open_actions" and entry.ref_table:
            if not parts or parts[-1][0] != "actions":
                parts.append(["actions", (n, n), [], start, end])
            group = parts[-1]
            group[1], group[4] = (group[1][0], n), end
            group[2].append(entry)
            annex.append((n, entry))
            continue
        parts.append(("item", n, entry, start, end))
        if compact and len(entry.details) > AGENDA_DETAILS_CHARS:
            annex.append((n, entry))
    return parts, annex


def _style(entries: list) -> str:
    flags = set().union(*(e.flags for e in entries)) if entries else set()
    return (
        "overdue"
        if "overdue" in flags
        else ("highlight" if flags & {"annex2", "wfcl", "suspended", "alert"} else "item")
    )


def agenda_table(papers: MeetingPapers, lang: str, compact: bool = False) -> Table:
    """The agenda: one line per item with its time, the total against the meeting's time
    budget. ``compact`` (the printed papers): a long list of open actions is one item
    (listed in the annex), long details are cut short (in full in the annex); otherwise
    (the workbook one plans in) every item in full."""
    d = papers.draft
    table = Table(
        "agenda",
        text_for("Agenda — {site}", lang).format(site=d.site_name),
        context_line(papers, lang),
        [
            Column("#", 5, align="center"),
            Column(text_for("Time", lang), 18, align="center"),
            Column(text_for("Min.", lang), 6, align="right"),
            Column(text_for("Item", lang), 44, True),
            Column(text_for("Details", lang), 67, True),
            Column(text_for("Presenter", lang), 26, True),
        ],
    )
    section = None
    parts, _annex = _agenda_plan(papers, compact)
    for part in parts:
        kind, number, what, start, end = part
        first = what[0] if kind == "actions" else what
        if first.section != section:
            section = first.section
            title = SECTION_TITLES.get(section, SECTION_TITLES["other"])
            table.rows.append(Row((translate("Agenda", title, lang),), "section"))
        when = f"{start:%H:%M}–{end:%H:%M}"
        if kind == "actions":
            overdue = sum(1 for e in what if "overdue" in e.flags)
            text = text_for(
                "{n} open corrective actions, {m} overdue: one by one in the annex", lang
            ).format(n=len(what), m=overdue)
            table.rows.append(
                Row(
                    (
                        f"{number[0]}–{number[1]}",
                        when,
                        sum(e.duration_min for e in what),
                        text,
                        text_for("Annex, items {first} to {last}", lang).format(
                            first=number[0], last=number[1]
                        ),
                        first.presenter,
                    ),
                    _style(what),
                )
            )
            continue
        details = what.details
        if not compact:
            chunks = _chunks(details)
            table.rows.append(
                Row(
                    (
                        number,
                        when,
                        what.duration_min,
                        agenda_text(what.title, lang),
                        chunks[0],
                        what.presenter,
                    ),
                    _style([what]),
                )
            )
            for chunk in chunks[1:]:  # a long list goes on over several rows (and pages)
                table.rows.append(
                    Row(("", "", "", text_for("(continued)", lang), chunk, ""), _style([what]))
                )
            continue
        if len(details) > AGENDA_DETAILS_CHARS:
            cut = details.rfind(" ", 0, AGENDA_DETAILS_CHARS)
            details = (
                details[: cut if cut > 0 else AGENDA_DETAILS_CHARS].rstrip(" ·,;")
                + " … "
                + text_for("(in full in the annex)", lang)
            )
        table.rows.append(
            Row(
                (
                    number,
                    when,
                    what.duration_min,
                    agenda_text(what.title, lang),
                    details,
                    what.presenter,
                ),
                _style([what]),
            )
        )
    table.rows.append(
        Row(
            (
                "",
                text_for("Total", lang),
                d.total_minutes,
                d.budget_text(lambda t: translate("Agenda", t, lang)),
                "",
                "",
            ),
            "overdue" if d.over_budget_min > 0 else "total",
        )
    )
    overdue = sum(1 for e in d.entries if "overdue" in e.flags)
    if overdue:
        table.note = text_for("{n} overdue action(s) are shown in red.", lang).format(n=overdue)
    return table


def annex_table(papers: MeetingPapers, lang: str) -> Table | None:
    """The open actions of a long list and the long details, in full (None: nothing)."""
    _parts, annex = _agenda_plan(papers)
    if not annex:
        return None
    d = papers.draft
    table = Table(
        "annex",
        text_for("Annex to the agenda — {site}", lang).format(site=d.site_name),
        text_for(
            "Open corrective actions and the full details of long items, by agenda item number.",
            lang,
        ),
        [
            Column("#", 5, align="center"),
            Column(text_for("Item", lang), 50, True),
            Column(text_for("Details", lang), 85, True),
            Column(text_for("Presenter", lang), 26, True),
        ],
    )
    for n, entry in annex:
        chunks = _chunks(entry.details)
        table.rows.append(
            Row((n, agenda_text(entry.title, lang), chunks[0], entry.presenter), _style([entry]))
        )
        for chunk in chunks[1:]:
            table.rows.append(Row(("", text_for("(continued)", lang), chunk, ""), _style([entry])))
    return table


def agenda_text(title: str, lang: str) -> str:
    """A standard agenda or decision text (stored in English when the agenda was saved)
    in ``lang``; other text as it was written."""
    return standard_text(title, lambda text: translate("Agenda", text, lang))


def invitations_table(papers: MeetingPapers, lang: str) -> Table:
    d = papers.draft
    missing = papers.invitations.missing
    subtitle = (
        text_for("Missing stakeholder types: {types}", lang).format(
            types=", ".join(t.name for t in missing)
        )
        if missing
        else text_for("Every stakeholder type has someone to invite.", lang)
    )
    table = Table(
        "invitations",
        text_for("Invitation list — {site}", lang).format(site=d.site_name),
        subtitle,
        [
            Column(text_for("Stakeholder type", lang), 30, True),
            Column(text_for("Name", lang), 28, True),
            Column(text_for("Organisation / role", lang), 30, True),
            Column(text_for("Phone", lang), 18),
            Column(text_for("Email", lang), 30),
            Column(text_for("Open actions", lang), 9, align="right"),
        ],
    )
    for group in papers.invitations.groups:
        if not group.invitees:
            table.rows.append(
                Row(
                    (
                        group.type.name,
                        text_for("— none on this site: find someone to invite —", lang),
                        "",
                        "",
                        "",
                        "",
                    ),
                    "missing",
                )
            )
            continue
        for person in group.invitees:
            org = " · ".join(x for x in (person.organisation, person.position, person.role) if x)
            table.rows.append(
                Row(
                    (
                        group.type.name,
                        person.name,
                        org,
                        person.phone or "",
                        person.email or "",
                        person.open_actions or "",
                    )
                )
            )
    return table


def attendance_table(papers: MeetingPapers, lang: str) -> Table:
    """The attendance sheet: filled in once the meeting is recorded, blank lines before."""
    d = papers.draft
    table = Table(
        "attendance",
        text_for("Attendance — {site}", lang).format(site=d.site_name),
        context_line(papers, lang),
        [
            Column(text_for("Name", lang), 32, True),
            Column(text_for("Stakeholder type", lang), 30, True),
            Column(text_for("Women", lang), 8, align="right"),
            Column(text_for("Men", lang), 8, align="right"),
            Column(text_for("Signature", lang), 18),
        ],
    )
    if papers.attendance:
        for row in papers.attendance:
            table.rows.append(Row((row.name, row.type_name, row.women, row.men, "")))
        table.rows.append(Row((text_for("Total", lang), "", papers.women, papers.men, ""), "total"))
    else:
        for person in papers.invitations.invitees:
            type_name = next(
                (g.type.name for g in papers.invitations.groups if g.type.code == person.type_code),
                "",
            )
            table.rows.append(Row((person.name, type_name, "", "", ""), "blank"))
        for _ in range(max(3, BLANK_ATTENDANCE_ROWS - len(table.rows))):
            table.rows.append(Row(("", "", "", "", ""), "blank"))
        table.rows.append(Row((text_for("Total", lang), "", "", "", ""), "total"))
    return table


def minutes_table(papers: MeetingPapers, lang: str, compact: bool = False) -> Table:
    """The minutes: what was said and decided per item. Before the meeting (blank, to
    write in by hand) and ``compact``, a long list of open actions is one item, as on
    the printed agenda."""
    d = papers.draft
    table = Table(
        "minutes",
        text_for("Minutes — {site}", lang).format(site=d.site_name),
        context_line(papers, lang),
        [
            Column("#", 5, align="center"),
            Column(text_for("Item", lang), 40, True),
            Column(text_for("Minutes", lang), 70, True),
            Column(text_for("Decisions", lang), 55, True),
        ],
    )
    by_item: dict[object, list[str]] = {}
    for decision in papers.decisions:
        text = agenda_text(decision.text, lang)
        outcome = text_for(OUTCOME_TEXT.get(decision.outcome, ""), lang) if decision.outcome else ""
        if decision.action:
            text += f" [{outcome}: {decision.action}]" if outcome else f" [{decision.action}]"
        by_item.setdefault(decision.item_id, []).append("• " + text)
    blank = not papers.held and not any(e.minutes for e in d.entries)
    if blank and compact:
        for kind, number, what, _start, _end in _agenda_plan(papers)[0]:
            if kind == "actions":
                text = text_for(
                    "{n} open corrective actions, {m} overdue: one by one in the annex", lang
                ).format(n=len(what), m=sum(1 for e in what if "overdue" in e.flags))
                table.rows.append(Row((f"{number[0]}–{number[1]}", text, "", ""), "blank"))
            else:
                table.rows.append(Row((number, agenda_text(what.title, lang), "", ""), "blank"))
        return table
    for n, entry in enumerate(d.entries, start=1):
        said = _chunks(entry.minutes, lines=4)
        decided = "\n".join(by_item.get(entry.id, []) if entry.id else [])
        table.rows.append(
            Row((n, agenda_text(entry.title, lang), said[0], decided), "blank" if blank else "item")
        )
        for chunk in said[1:]:
            table.rows.append(Row(("", text_for("(continued)", lang), chunk, "")))
    general = by_item.get(None, [])
    if papers.general_minutes or general:
        table.rows.append(
            Row(("", text_for("General", lang), papers.general_minutes, "\n".join(general)))
        )
    return table


def meeting_tables(papers: MeetingPapers, lang: str, compact: bool = False) -> list[Table]:
    """Agenda, its annex (``compact``, when there is one), invitation list, attendance
    and minutes, in print order."""
    annex = annex_table(papers, lang) if compact else None
    return [
        agenda_table(papers, lang, compact),
        *([annex] if annex else []),
        invitations_table(papers, lang),
        attendance_table(papers, lang),
        minutes_table(papers, lang, compact),
    ]


LABELS = (  # marked so lupdate lists them; text_for() looks them up at run time
    QT_TRANSLATE_NOOP("AgendaWorkbook", "CAP meeting {month}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Date: {date}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Start: {time}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Status: {status}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Place: {place}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Previous meeting: {date}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "none"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Agenda — {site}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Time"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Min."),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Item"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Details"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Presenter"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Total"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "{n} overdue action(s) are shown in red."),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Missing stakeholder types: {types}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Every stakeholder type has someone to invite."),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Invitation list — {site}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Stakeholder type"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Name"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Organisation / role"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Phone"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Email"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Open actions"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "— none on this site: find someone to invite —"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Attendance — {site}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Women"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Men"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Signature"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Minutes — {site}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Minutes"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Decisions"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "General"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "(continued)"),
    QT_TRANSLATE_NOOP(
        "AgendaWorkbook", "{n} open corrective actions, {m} overdue: one by one in the annex"
    ),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Annex, items {first} to {last}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "(in full in the annex)"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "Annex to the agenda — {site}"),
    QT_TRANSLATE_NOOP(
        "AgendaWorkbook",
        "Open corrective actions and the full details of long items, by agenda item number.",
    ),
)
