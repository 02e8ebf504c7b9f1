"""French deliverables are French: every workbook, the PDF meeting papers and the HTML
map the app writes in French are scanned for English phrases from the English
catalogue (the sources of every translation that differs from its French), and for
the English forms of names, dates and percentages."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import String, Text, select

from bm_desktop.db.base import Base
from bm_desktop.exchange.agenda_pdf import write_meeting_pdf
from bm_desktop.exchange.html_map import write_html_map
from bm_desktop.exchange.html_map_assets import inline_head
from bm_desktop.i18n import translations_dir
from bm_desktop.services import meetings
from tests.exchange.outputs_support import MONTH, SITE, every_workbook

ENGLISH_NAMES = (
    "Eastern DRC",
    "South Kivu",
    "North Kivu",
    "Northern Province",
    "Southern Province",
    "Eastern Province",
    "Western Province",
)


def english_phrases() -> set[str]:
    """Fragments of two words or more of English sources whose French differs, that
    no French translation also contains (names such as "Annex II" are left out)."""
    sources, french = set(), []
    for path in translations_dir().glob("*_fr.ts"):
        for msg in ET.parse(path).getroot().iter("message"):
            src, tr = msg.findtext("source") or "", msg.findtext("translation") or ""
            if tr and tr != src:
                sources.add(src)
                french.append(tr.lower())
    blob = "\n".join(french)
    out = set()
    for src in sources:
        for part in re.split(r"\{[^}]*\}|[:;,.()\[\]\"«»—–·/%&*?!…\n]", src):
            part = " ".join(part.split())
            words = re.findall(r"[A-Za-z]+", part)
            if (
                len(words) >= 2
                and len(part) >= 8
                and part.lower() not in blob
                and re.fullmatch(r"[A-Za-z' -]+", part)
            ):
                out.add(part)
    return out


def _workbook_text(path: Path) -> str:
    wb = load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for part in (
            ws.oddHeader.left,
            ws.oddHeader.center,
            ws.oddHeader.right,
            ws.oddFooter.left,
            ws.oddFooter.center,
            ws.oddFooter.right,
        ):
            parts.append(part.text or "")
        for row in ws.iter_rows(values_only=True):
            parts += [v for v in row if isinstance(v, str)]
    return "\n".join(parts)


def stored_text(db) -> str:
    """Every text the database holds (names, descriptions, notes, minutes, saved agenda
    items): the programme's data, written by its users in their language."""
    parts = []
    with db.sessions() as s:
        for table in Base.metadata.sorted_tables:
            for col in table.columns:
                if isinstance(col.type, String | Text) and not col.foreign_keys:
                    parts += [v for v in s.scalars(select(col)) if isinstance(v, str)]
    return " \n ".join(" ".join(p.split()) for p in parts)


def _is_data(flat: str, start: int, end: int, corpus: str) -> bool:
    """True when the phrase at flat[start:end] sits inside a stored text (seen with a
    few characters of its context on one side)."""
    for left, right in ((12, 12), (12, 0), (0, 12), (4, 0), (0, 4)):
        window = flat[max(0, start - left) : end + right]
        if window in corpus:
            return True
    return False


def _visible_html(page: str) -> str:
    page = page.replace(inline_head(), "")
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    return re.sub(r'style="[^"]*"', " ", page)


@pytest.fixture(scope="module")
def french_outputs(sample_db_file, tmp_path_factory) -> dict[str, str]:
    from bm_desktop.db.engine import open_database

    folder = tmp_path_factory.mktemp("fr")
    shutil.copy(sample_db_file, folder / "db.sqlite")
    db = open_database(folder / "db.sqlite")
    try:
        books = every_workbook(db, folder, "fr")
        texts = {name: _workbook_text(p) for name, p in books.items()}
        texts["_books"] = "\n".join(str(p) for p in books.values())
        for code, month in ((SITE, MONTH), ("LB-02", "2023-01")):
            pdf = write_meeting_pdf(
                meetings.meeting_papers(db, code, month, "fr"), folder / f"{code}.pdf", "fr"
            )
            texts[f"pdf {code} {month}"] = "\n".join(
                p.extract_text() for p in PdfReader(str(pdf)).pages
            )
        page = write_html_map(
            db, folder / "carte.html", dt.date(2021, 4, 1), dt.date(2022, 3, 31), None, "fr"
        )
        texts["html map"] = _visible_html(page.read_text(encoding="utf-8"))
        texts["_stored"] = stored_text(db)
    finally:
        db.dispose()
    return texts


def test_no_english_phrase_in_french_outputs(french_outputs) -> None:
    phrases = english_phrases()
    assert len(phrases) > 300
    corpus = french_outputs["_stored"]
    found = []
    for name, text in french_outputs.items():
        if name.startswith("_"):
            continue
        flat = " ".join(text.split())
        for phrase in sorted(phrases):
            if phrase not in flat:  # (a plain search first: the pattern below is slow)
                continue
            for m in re.finditer(rf"(?<![A-Za-z]){re.escape(phrase)}(?![A-Za-z])", flat):
                if not _is_data(flat, m.start(), m.end(), corpus):
                    found.append(f"{name}: {phrase!r} in ...{flat[m.start() - 30 : m.end() + 30]}")
                    break
        if re.search(r"\bAgreed:", flat):
            found.append(f"{name}: 'Agreed:'")
    assert found == [], f"{len(found)} English phrases:\n" + "\n".join(found[:80])


def test_french_outputs_use_french_names_dates_and_percentages(french_outputs) -> None:
    corpus = french_outputs["_stored"]
    checks = [(re.escape(n), "English name") for n in ENGLISH_NAMES] + [
        (r"(?<![\d-])20\d\d-\d\d-\d\d(?![\d-])", "ISO date"),
        (r"\d+\.\d+ ?%|\d%", "English percentage"),
        (r"\bCAP\b", "CAP (PAC in French)"),
    ]
    problems = []
    for name, text in french_outputs.items():
        if name.startswith("_"):
            continue
        flat = " ".join(text.split())
        for pattern, what in checks:
            for m in re.finditer(pattern, flat):
                if not _is_data(flat, m.start(), m.end(), corpus):
                    problems.append(
                        f"{name}: {what} {m.group()!r} in "
                        f"...{flat[max(0, m.start() - 40) : m.end() + 40]}"
                    )
                    break
    assert problems == [], "\n".join(problems[:60])


def test_french_table_headers_never_split_a_word(french_outputs) -> None:
    """Each word of a table's header fits its column on one line (bold type: about 1.1
    character widths a letter), so "Événements" is never printed "Événement / s"."""
    from openpyxl.utils import get_column_letter, range_boundaries

    split = []
    for path in french_outputs["_books"].splitlines():
        for ws in load_workbook(path).worksheets:
            for table in ws.tables.values():
                min_col, row, max_col, _ = range_boundaries(table.ref)
                for col in range(min_col, max_col + 1):
                    header = ws.cell(row, col).value or ""
                    width = ws.column_dimensions[get_column_letter(col)].width or 8.43
                    split += [
                        f"{Path(path).name} / {ws.title}: {word!r} in {width:g}"
                        for word in str(header).split()
                        if len(word) * 1.1 > width
                    ]
    assert split == [], "\n".join(split[:30])
