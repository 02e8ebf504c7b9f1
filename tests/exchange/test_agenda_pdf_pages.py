"""The PDF agenda as a coordinator prints it: every sample site's agenda fits on three
pages, with each time slot on one line ("09:57–10:01", never "10:0 / 1"); a long list
of open actions is one agenda item and goes one by one to the annex; the total says
whether the meeting keeps to its time budget."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from bm_desktop.exchange.agenda_pdf import meeting_pdf, write_meeting_pdf
from bm_desktop.exchange.agenda_tables import agenda_table
from bm_desktop.services import meetings
from bm_desktop.services.sites import list_sites

MONTH = "2023-01"  # the next meetings of the sample (planned, agendas not yet saved)
SLOT = re.compile(r"\d\d:\d\d–\d\d:\d\d")


def _agenda_pages(pdf: Path, total: int) -> tuple[int, str]:
    """Pages up to the agenda's total row, and their text."""
    pages = [p.extract_text() for p in PdfReader(str(pdf)).pages]
    for i, text in enumerate(pages):
        if re.search(rf"Total {total}\b", text):
            return i + 1, "\n".join(pages[: i + 1])
    raise AssertionError("no total row")


PARTS = 4  # the 48 sites in four tests, shared out between the test workers


@pytest.mark.parametrize("part", range(PARTS))
def test_every_sample_agenda_fits_on_three_pages(sample_db, tmp_path: Path, part: int) -> None:
    sites = list_sites(sample_db)
    assert len(sites) == 48
    for site in sites[part::PARTS]:
        papers = meetings.meeting_papers(sample_db, site.code, MONTH, "en")
        # The agenda as it opens the meeting papers (their first table, on a page of its
        # own); the annexes that follow it are left out here, as they take no agenda page.
        agenda = agenda_table(papers, "en", compact=True)
        pdf = tmp_path / f"{site.code}.pdf"
        meeting_pdf(papers, "en", tables=[agenda]).output(str(pdf))
        pages, text = _agenda_pages(pdf, papers.draft.total_minutes)
        assert pages <= 3, f"{site.code}: the agenda takes {pages} pages"
        rows = [r for r in agenda.rows if r.style != "section"][:-1]
        assert len(SLOT.findall(text)) == len(rows), f"{site.code}: a time slot wraps"


def test_long_action_list_goes_to_the_annex_and_budget_is_shown(sample_db, tmp_path) -> None:
    papers = meetings.meeting_papers(sample_db, "MN-01", MONTH, "en")
    actions = [e for e in papers.draft.entries if e.section == "open_actions" and e.ref_table]
    assert len(actions) > 4
    pdf = write_meeting_pdf(papers, tmp_path / "mn01.pdf", "en")
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    pages, _ = _agenda_pages(pdf, papers.draft.total_minutes)
    assert 2 <= pages <= 3  # the sample does have long agendas, and they fit
    overdue = sum(1 for e in actions if "overdue" in e.flags)
    assert (
        f"{len(actions)} open corrective actions, {overdue} overdue: one by one in the "
        "annex" in text.replace("\n", " ")
    )
    assert "Annex to the agenda — " in text
    annex = text[text.index("Annex to the agenda — ") :]
    assert all(e.title[:30] in annex.replace("\n", " ") for e in actions)
    d = papers.draft
    over = d.total_minutes - 120
    assert over > 0
    assert (
        f"{d.total_minutes // 60} h {d.total_minutes % 60:02d} for a budget of 2 h 00: "
        f"{over} min over"
    ) in text.replace("\n", " ")
    d.budget_min = 240
    assert d.budget_text().endswith(": within budget")
