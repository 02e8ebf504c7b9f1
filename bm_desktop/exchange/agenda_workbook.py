"""CAP meeting papers as printable Excel workbooks (openpyxl).

One site: sheets Agenda, Invitations, Attendance and Minutes. A region: an
overview sheet and one agenda sheet per site. Every sheet prints on A4
(landscape when its table is wide), fitted to the page width, with the table's
header row repeated on every page, the site and month in the page header and
the programme's name and page numbers in the footer.

Every cell goes through the one cell writer: the workbook comes from
:func:`~bm_desktop.exchange.xlsx.cells.paper_workbook`, whose cells neutralise
formulas and control characters whichever way they are written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from bm_desktop.db.engine import Database
from bm_desktop.domain import colours
from bm_desktop.domain.agenda import QT_TRANSLATE_NOOP
from bm_desktop.domain.errors import ValidationError
from bm_desktop.domain.local_format import date_text, place_name
from bm_desktop.domain.meeting_papers import MeetingPapers
from bm_desktop.exchange.agenda_tables import (
    PROGRAMME_NAME,
    Column,
    Row,
    Table,
    agenda_table,
    header_lines,
    meeting_tables,
    text_for,
)
from bm_desktop.exchange.xlsx.book import save_workbook
from bm_desktop.exchange.xlsx.cells import PaperWorkbook, SafeWorksheet, paper_workbook, plain_text
from bm_desktop.services import meetings
from bm_desktop.services.kpis import resolve_region

HEADER_ROW = 4  # title, context line, note, then the table's header row
SHEET_NAMES = {
    "agenda": QT_TRANSLATE_NOOP("AgendaWorkbook", "Agenda"),
    "annex": QT_TRANSLATE_NOOP("AgendaWorkbook", "Annex"),
    "invitations": QT_TRANSLATE_NOOP("AgendaWorkbook", "Invitations"),
    "attendance": QT_TRANSLATE_NOOP("AgendaWorkbook", "Attendance"),
    "minutes": QT_TRANSLATE_NOOP("AgendaWorkbook", "Minutes"),
    "overview": QT_TRANSLATE_NOOP("AgendaWorkbook", "Overview"),
}
PAGE_OF = QT_TRANSLATE_NOOP("AgendaWorkbook", "Page &P of &N")
LINE_HEIGHT = 13.0  # points per line of 10-point text

_THIN = Side(style="thin", color="B0B7C3")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor=colours.HEADER_FILL[1:])
_SECTION_FILL = PatternFill("solid", fgColor="E3E9F1")
_ALERT_FILL = PatternFill("solid", fgColor="FDECEA")
_TOTAL_FILL = PatternFill("solid", fgColor="F3F5F8")
_OVERDUE = colours.OVERDUE[1:]


def _hf(text: str) -> str:
    """Text for a page header/footer: '&' is a control character there, and the text
    must be valid XML."""
    return plain_text(text).replace("&", "&&")


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unique sheet name (31 characters, none of []:*?/\\)."""
    base = re.sub(r"[\[\]:*?/\\]", "-", text).strip("'")[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def _lines(value: object, width: float) -> int:
    text = "" if value is None else str(value)
    chars = max(int(width * 1.2) - 1, 4)  # 10-point text is a little narrower than 11
    return sum(max(1, math.ceil(len(part) / chars)) for part in text.split("\n")) if text else 1


def page_setup(
    ws: SafeWorksheet, landscape: bool, left: str, right: str, lang: str, centre: str = ""
) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    for part, text in (
        (ws.oddHeader.left, left),
        (ws.oddHeader.center, centre),
        (ws.oddHeader.right, right),
    ):
        part.text, part.size = _hf(text), 9
    ws.oddFooter.left.text, ws.oddFooter.left.size = _hf(text_for(PROGRAMME_NAME, lang)), 8
    ws.oddFooter.right.text, ws.oddFooter.right.size = text_for(PAGE_OF, lang), 8


def write_table(ws: SafeWorksheet, table: Table, header: tuple[str, str], lang: str) -> None:
    """A table on a sheet, with its print settings."""
    ncol = len(table.columns)
    ws["A1"] = table.title
    ws["A1"].font = Font(size=14, bold=True, color=colours.HEADER_FILL[1:])
    ws["A2"] = table.subtitle
    ws["A2"].font = Font(size=10, italic=True)
    if table.note:
        ws["A3"] = table.note
        ws["A3"].font = Font(size=10, bold=True, color=_OVERDUE)
    for col, column in enumerate(table.columns, start=1):
        ws.column_dimensions[get_column_letter(col)].width = column.width
        cell = ws.cell(HEADER_ROW, col, column.label)
        cell.font = Font(bold=True, color="FFFFFF", size=10)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[HEADER_ROW].height = (
        LINE_HEIGHT * max(_lines(c.label, c.width) for c in table.columns) + 6
    )
    for r, row in enumerate(table.rows, start=HEADER_ROW + 1):
        _write_row(ws, r, row, table.columns)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    last = get_column_letter(ncol)
    ws.print_area = f"A1:{last}{HEADER_ROW + len(table.rows)}"
    page_setup(ws, table.landscape, header[0], header[1], lang)


def _write_row(ws: SafeWorksheet, r: int, row: Row, columns: list[Column]) -> None:
    ncol = len(columns)
    if row.style == "section":
        cell = ws.cell(r, 1, row.cells[0])
        cell.font = Font(bold=True, size=10, color=colours.HEADER_FILL[1:])
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = _SECTION_FILL
            ws.cell(r, c).border = _BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 18
        return
    lines = 1
    for c, (column, value) in enumerate(zip(columns, row.cells, strict=False), start=1):
        cell = ws.cell(r, c, value if value != "" else None)
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal=column.align, vertical="top", wrap_text=column.wrap)
        bold = row.style in ("total", "highlight") and c <= 4
        colour = _OVERDUE if row.style in ("overdue", "missing") else None
        cell.font = Font(size=10, bold=bold or row.style == "overdue", color=colour)
        if row.style in ("overdue", "missing") or c - 1 in row.alert:
            cell.fill = _ALERT_FILL
            if c - 1 in row.alert:
                cell.font = Font(size=10, bold=True, color=_OVERDUE)
        elif row.style == "total":
            cell.fill = _TOTAL_FILL
        if column.wrap:
            lines = max(lines, _lines(value, column.width))
    height = LINE_HEIGHT * lines + 3
    if row.style == "blank":
        height = max(height, 30.0)  # room to write by hand
    ws.row_dimensions[r].height = height


def meeting_workbook(papers: MeetingPapers, lang: str) -> PaperWorkbook:
    """The agenda, invitation list, attendance and minutes of one meeting."""
    wb = paper_workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    header = header_lines(papers, lang)
    for table in meeting_tables(papers, lang):
        ws = wb.create_sheet(sheet_title(text_for(SHEET_NAMES[table.key], lang), taken))
        write_table(ws, table, header, lang)
    wb.properties.title = f"{header[1]} — {papers.draft.site_name}"
    wb.properties.creator = "BM Desktop"
    return wb


def write_meeting_workbook(papers: MeetingPapers, path: Path, lang: str = "en") -> Path:
    return save_workbook(meeting_workbook(papers, lang), Path(path), lang)


OVERVIEW_COLUMNS = (
    (QT_TRANSLATE_NOOP("AgendaWorkbook", "Code"), 10, False),
    (QT_TRANSLATE_NOOP("AgendaWorkbook", "Site"), 26, True),
    (QT_TRANSLATE_NOOP("AgendaWorkbook", "Meeting date"), 13, False),
    (QT_TRANSLATE_NOOP("AgendaWorkbook", "Status"), 17, False),
    (QT_TRANSLATE_NOOP("AgendaWorkbook", "Items"), 8, False),
    (QT_TRANSLATE_NOOP("AgendaWorkbook", "Duration (min)"), 10, False),
    (QT_TRANSLATE_NOOP("AgendaWorkbook", "New incidents"), 10, False),
    (QT_TRANSLATE_NOOP("AgendaWorkbook", "Open actions"), 9, False),
    (QT_TRANSLATE_NOOP("AgendaWorkbook", "Overdue"), 9, False),
    (QT_TRANSLATE_NOOP("AgendaWorkbook", "Missing stakeholder types"), 40, True),
)


def overview_table(papers: Sequence[MeetingPapers], region: str, month: str, lang: str) -> Table:
    from bm_desktop.exchange.agenda_tables import STATUS_TEXT

    table = Table(
        "overview",
        text_for("CAP meetings — {region}, {month}", lang).format(
            region=place_name(region, lang), month=month
        ),
        text_for("{n} active sites", lang).format(n=len(papers)),
        [
            Column(text_for(label, lang), width, wrap, "right" if 4 <= i <= 8 else "left")
            for i, (label, width, wrap) in enumerate(OVERVIEW_COLUMNS)
        ],
    )
    for p in papers:
        d = p.draft
        table.rows.append(
            Row(
                (
                    d.site_code,
                    d.site_name,
                    date_text(p.held_on or d.meeting_on, lang),
                    text_for(STATUS_TEXT.get(p.status, ""), lang),
                    len(d.entries),
                    d.total_minutes,
                    p.new_incidents,
                    p.open_actions,
                    p.overdue,
                    ", ".join(t.name for t in p.invitations.missing),
                ),
                alert=frozenset(
                    i for i, bad in ((8, p.overdue), (9, p.invitations.missing)) if bad
                ),
            )
        )
    return table


def region_workbook(
    papers: Sequence[MeetingPapers],
    region: str,
    month: str,
    lang: str,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PaperWorkbook:
    """An overview sheet, then one agenda sheet per site (named by site code)."""
    wb = paper_workbook()
    ws = wb.active
    taken: set[str] = set()
    ws.title = sheet_title(text_for(SHEET_NAMES["overview"], lang), taken)
    write_table(
        ws,
        overview_table(papers, region, month, lang),
        (place_name(region, lang), text_for("CAP meetings {month}", lang).format(month=month)),
        lang,
    )
    for n, p in enumerate(papers):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(n, len(papers), p.draft.site_code)
        table = agenda_table(p, lang)
        missing = p.invitations.missing
        if missing:
            extra = text_for("Missing stakeholder types: {types}", lang).format(
                types=", ".join(t.name for t in missing)
            )
            table.note = f"{table.note} {extra}".strip()
        sheet = wb.create_sheet(sheet_title(p.draft.site_code, taken))
        write_table(sheet, table, header_lines(p, lang), lang)
    if progress is not None:
        progress(len(papers), len(papers), "")
    wb.properties.title = f"{place_name(region, lang)} {month}"
    wb.properties.creator = "BM Desktop"
    return wb


def write_region_workbook(
    papers: Sequence[MeetingPapers],
    path: Path,
    region: str,
    month: str,
    lang: str = "en",
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    return save_workbook(
        region_workbook(papers, region, month, lang, progress, cancelled), Path(path), lang
    )


def write_region_agendas(
    db: Database,
    region: str,
    month: str,
    path: Path,
    lang: str = "en",
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Path, int]:
    """ "Prepare all agendas for a region and a month": one workbook with an overview sheet
    and one sheet per active site; progress counts gathering, then writing, per site.
    The services gather the region's papers; this module writes them (exchange sits above
    the services)."""
    name = resolve_region(db, region)
    month = meetings.check_month(month)
    total = len(meetings.region_site_codes(db, name, month))

    def gathered(done: int, _total: int, code: str) -> None:
        if progress is not None:
            progress(done, 2 * total, code)

    def written(done: int, _total: int, code: str) -> None:
        if progress is not None:
            progress(total + done, 2 * total, code)

    papers = meetings.region_papers(db, name, month, lang, gathered, cancelled)
    if cancelled is not None and cancelled():
        raise ValidationError("Preparing the agendas was cancelled; no file was written.")
    write_region_workbook(papers, path, name, month, lang, written, cancelled)
    return Path(path), len(papers)


_MORE_LABELS = (
    QT_TRANSLATE_NOOP("AgendaWorkbook", "CAP meetings — {region}, {month}"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "{n} active sites"),
    QT_TRANSLATE_NOOP("AgendaWorkbook", "CAP meetings {month}"),
)
