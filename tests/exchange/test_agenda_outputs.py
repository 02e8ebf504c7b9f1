"""CAP meeting papers as workbooks and PDFs, read back cell by cell and page by page."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bm_desktop.exchange import agenda_workbook
from bm_desktop.exchange.agenda_pdf import write_meeting_pdf
from bm_desktop.exchange.agenda_workbook import HEADER_ROW, write_meeting_workbook
from bm_desktop.services import meetings

SITE, MONTH = "LB-01", "2022-03"
SMALL_SITE = "HK-01"  # a shorter agenda, for the slower PDF checks


@pytest.fixture
def papers(sample_db):
    return meetings.build_agenda(sample_db, SITE, MONTH)


def test_agenda_workbook_cells_and_print_settings(papers, tmp_path: Path) -> None:
    path = write_meeting_workbook(papers, tmp_path / "agenda.xlsx", "en")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Agenda", "Invitations", "Attendance", "Minutes"]
    ws = wb["Agenda"]
    d = papers.draft
    assert ws["A1"].value == "Agenda — Karajipopo"
    assert ws["A2"].value.startswith(
        f"Date: {d.meeting_on.isoformat()} · Start: {d.starts_at:%H:%M}"
    )
    assert [c.value for c in ws[HEADER_ROW]] == [
        "#",
        "Time",
        "Min.",
        "Item",
        "Details",
        "Presenter",
    ]
    # every item in order, with a section heading row whenever the section changes
    items = [
        row
        for row in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True)
        if isinstance(row[0], int)
    ]
    assert [r[3] for r in items] == [e.title for e in d.entries]
    assert [r[2] for r in items] == [e.duration_min for e in d.entries]
    start, end = d.schedule()[0]
    assert items[0][1] == f"{start:%H:%M}–{end:%H:%M}"
    headings = [
        row[0]
        for row in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True)
        if isinstance(row[0], str) and row[1] is None and row[0]
    ]
    assert headings[:3] == [
        "Opening, introductions and attendance",
        "Follow-up of the previous meeting's decisions",
        "New incidents since the previous meeting",
    ]
    total = next(
        row for row in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True) if row[1] == "Total"
    )
    assert total[2] == d.total_minutes
    overdue_row = next(
        r
        for r in range(HEADER_ROW + 1, ws.max_row + 1)
        if "OVERDUE by" in str(ws.cell(r, 5).value or "")
    )
    assert ws.cell(overdue_row, 4).font.color.rgb.endswith("D32F2F")
    # print settings: A4 landscape, header row repeated, fitted to one page wide
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.oddHeader.left.text == "Karajipopo (LB-01) — Lualaba"
    assert ws.oddHeader.right.text == "CAP meeting 2022-03"
    assert ws.oddFooter.left.text.startswith("BM Programme")
    assert ws.oddFooter.right.text == "Page &P of &N"


def test_other_sheets(papers, tmp_path: Path) -> None:
    wb = load_workbook(write_meeting_workbook(papers, tmp_path / "a.xlsx", "en"))
    inv = wb["Invitations"]
    names = [row[1] for row in inv.iter_rows(min_row=HEADER_ROW + 1, values_only=True)]
    assert names == [i.name for i in papers.invitations.invitees]  # no type is missing here
    att = wb["Attendance"]
    assert att.page_setup.orientation == "portrait"  # a narrow table
    assert [c.value for c in att[HEADER_ROW]] == [
        "Name",
        "Stakeholder type",
        "Women",
        "Men",
        "Signature",
    ]
    held = [row for row in att.iter_rows(min_row=HEADER_ROW + 1, values_only=True)]
    assert held[-1][0] == "Total" and held[-1][2] == papers.women
    minutes = wb["Minutes"]
    assert minutes.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert minutes.cell(HEADER_ROW + 1, 2).value == papers.draft.entries[0].title


def test_missing_stakeholder_types_are_pointed_out(papers, tmp_path: Path) -> None:
    group = papers.invitations.groups[-1]
    group.invitees.clear()
    wb = load_workbook(write_meeting_workbook(papers, tmp_path / "m.xlsx", "en"))
    inv = wb["Invitations"]
    assert inv["A2"].value == f"Missing stakeholder types: {group.type.name}"
    row = next(
        r for r in range(HEADER_ROW + 1, inv.max_row + 1) if inv.cell(r, 1).value == group.type.name
    )
    assert inv.cell(row, 2).value == "— none on this site: find someone to invite —"
    assert inv.cell(row, 2).fill.fgColor.rgb.endswith("FDECEA")


def test_french_workbook(sample_db, tmp_path: Path) -> None:
    papers = meetings.build_agenda(sample_db, SITE, MONTH, "fr")
    wb = load_workbook(write_meeting_workbook(papers, tmp_path / "fr.xlsx", "fr"))
    assert wb.sheetnames == ["Ordre du jour", "Invitations", "Présences", "Procès-verbal"]
    ws = wb["Ordre du jour"]
    assert [c.value for c in ws[HEADER_ROW]] == [
        "#",
        "Heure",
        "Min.",
        "Point",
        "Détails",
        "Présentateur",
    ]
    assert ws.oddHeader.right.text == "Réunion PAC 2022-03"
    assert ws.oddFooter.right.text == "Page &P sur &N"
    assert ws.oddFooter.left.text.startswith("Programme BM")


def test_region_workbook(sample_db, tmp_path: Path) -> None:
    steps = []
    path, n = agenda_workbook.write_region_agendas(
        sample_db,
        "Lualaba",
        MONTH,
        tmp_path / "r.xlsx",
        progress=lambda d, t, s: steps.append((d, t)),
    )
    codes = meetings.region_site_codes(sample_db, "Lualaba", MONTH)
    wb = load_workbook(path)
    assert n == len(codes) and wb.sheetnames == ["Overview", *codes]
    overview = wb["Overview"]
    assert overview["A1"].value == "CAP meetings — Lualaba, 2022-03"
    assert [overview.cell(HEADER_ROW + 1 + i, 1).value for i in range(n)] == codes
    assert overview.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    first = wb[codes[0]]
    assert first.page_setup.orientation == "landscape"
    assert first.oddHeader.right.text == "CAP meeting 2022-03"
    assert steps[-1] == (2 * n, 2 * n) and steps == sorted(steps)


def test_pdf_has_pages_and_french_text(sample_db, tmp_path: Path) -> None:
    papers = meetings.build_agenda(sample_db, SMALL_SITE, MONTH, "fr")
    name = papers.draft.site_name
    path = write_meeting_pdf(papers, tmp_path / "agenda.pdf", "fr")
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 4  # agenda, invitations, attendance, minutes
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert f"Ordre du jour — {name}" in text
    assert f"Liste de présence — {name}" in text
    assert f"Procès-verbal — {name}" in text
    assert "Représentants" in text and "Réunion PAC 2022-03" in text
    assert f"Page 1 sur {len(reader.pages)}" in text


def test_long_items_continue_on_further_rows(sample_db, tmp_path: Path) -> None:
    papers = meetings.build_agenda(sample_db, SMALL_SITE, MONTH)
    entry = papers.draft.entries[1]
    entry.details = "\n".join(f"2022-02-{n % 28 + 1:02d} · incident line {n}" for n in range(95))
    wb = load_workbook(write_meeting_workbook(papers, tmp_path / "long.xlsx", "en"))
    ws = wb["Agenda"]
    rows = [
        r
        for r in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True)
        if r[3] == "(continued)" and "incident line" in (r[4] or "")
    ]
    assert len(rows) == 9  # 95 lines, 10 per row
    assert rows[-1][4].splitlines()[-1] == "2022-02-11 · incident line 94"
    assert max(ws.row_dimensions[r].height or 0 for r in range(1, ws.max_row + 1)) <= 409
    pdf = write_meeting_pdf(papers, tmp_path / "long.pdf", "en")  # fits page by page
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "incident line 94" in text
