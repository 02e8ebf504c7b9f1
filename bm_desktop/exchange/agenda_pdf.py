"""CAP meeting papers as PDF (fpdf2): the same tables as the workbook, one per page run.

French needs accents (é, è, à, ç) and the agenda uses a few typographic signs
(— · × …), so the PDF embeds a Unicode TrueType font: DejaVu Sans where it is
installed (Linux packages, matplotlib), else Arial or Segoe UI on Windows and
macOS. Only if none is found does it fall back to the built-in Helvetica, with
text reduced to Latin-1 (accents survive, a few signs become plain ones).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from bm_desktop.domain import colours
from bm_desktop.domain.agenda import QT_TRANSLATE_NOOP
from bm_desktop.domain.meeting_papers import MeetingPapers
from bm_desktop.exchange.agenda_tables import (
    PROGRAMME_NAME,
    Table,
    header_lines,
    meeting_tables,
    text_for,
)
from bm_desktop.i18n import resources_dir

ROOM_TO_START_MM = 45  # a table starts on a new page when less than this is left
PAGE_LABEL = QT_TRANSLATE_NOOP("AgendaWorkbook", "Page {page} of {pages}")
FONT_ENV = "BM_DESKTOP_PDF_FONT"  # a .ttf to use instead (its bold: same name with -Bold)
_FALLBACK_SIGNS = {
    "—": "-",
    "–": "-",
    "·": "·",
    "×": "x",
    "…": "...",
    "•": "-",
    "’": "'",
    "“": '"',
    "”": '"',
    "≥": ">=",
    "≤": "<=",
}


def _matplotlib_fonts() -> list[tuple[Path, Path]]:
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return []
    base = Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"
    return [(base / "DejaVuSans.ttf", base / "DejaVuSans-Bold.ttf")]


def font_candidates() -> list[tuple[Path, Path]]:
    """(regular, bold) TrueType pairs to try, best first."""
    found: list[tuple[Path, Path]] = []
    env = os.environ.get(FONT_ENV)
    if env:
        path = Path(env)
        found.append((path, path.with_name(path.stem + "-Bold" + path.suffix)))
    shipped = resources_dir() / "fonts"
    found.append((shipped / "DejaVuSans.ttf", shipped / "DejaVuSans-Bold.ttf"))
    found += _matplotlib_fonts()
    for base in (
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/dejavu",
        "/usr/share/fonts/TTF",
        "/usr/local/share/fonts",
    ):
        found.append((Path(base) / "DejaVuSans.ttf", Path(base) / "DejaVuSans-Bold.ttf"))
    for base in ("/usr/share/fonts/truetype/liberation", "/usr/share/fonts/liberation"):
        found.append(
            (Path(base) / "LiberationSans-Regular.ttf", Path(base) / "LiberationSans-Bold.ttf")
        )
    windir = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
    found += [
        (windir / "arial.ttf", windir / "arialbd.ttf"),
        (windir / "segoeui.ttf", windir / "segoeuib.ttf"),
    ]
    mac = Path("/System/Library/Fonts/Supplemental")
    found.append((mac / "Arial.ttf", mac / "Arial Bold.ttf"))
    return found


def unicode_font() -> tuple[Path, Path] | None:
    for regular, bold in font_candidates():
        if regular.is_file():
            return regular, bold if bold.is_file() else regular
    return None


class MeetingPdf(FPDF):
    """A4 pages with the site and month in the header, programme and page in the footer."""

    def __init__(self, header: tuple[str, str], lang: str) -> None:
        super().__init__(format="A4", unit="mm")
        self.header_text = header
        self.lang = lang
        font = unicode_font()
        self.unicode = font is not None
        if font is not None:
            self.add_font("Body", "", str(font[0]))
            self.add_font("Body", "B", str(font[1]))
            self.family = "Body"
        else:
            self.family = "Helvetica"
        self.set_auto_page_break(True, margin=15)
        self.set_margins(12, 16, 12)
        self.set_title(f"{header[1]} — {header[0]}")
        self.set_creator("BM Desktop")

    def text_of(self, value: object) -> str:
        text = "" if value is None else str(value)
        if self.unicode:
            return text
        for sign, plain in _FALLBACK_SIGNS.items():
            text = text.replace(sign, plain)
        return text.encode("latin-1", "replace").decode("latin-1")

    def header(self) -> None:
        self.set_font(self.family, "", 8)
        self.set_text_color(90, 90, 90)
        left, right = self.header_text
        self.set_y(7)
        self.cell(self.epw / 2, 5, self.text_of(left), align="L")
        self.cell(self.epw / 2, 5, self.text_of(right), align="R")
        self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(self.family, "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw * 0.75, 5, self.text_of(text_for(PROGRAMME_NAME, self.lang)), align="L")
        page = text_for(PAGE_LABEL, self.lang).format(page=self.page_no(), pages="{nb}")
        self.cell(self.epw * 0.25, 5, self.text_of(page), align="R")

    def write_table(self, table: Table) -> None:
        """The table after the previous one on the same page when at least a few rows
        still fit there (every page landscape, so nothing forces a new one)."""
        if self.page == 0 or self.get_y() > self.h - self.b_margin - ROOM_TO_START_MM:
            self.add_page(orientation="L")
        else:
            self.ln(5)
        self.set_text_color(*_rgb(colours.HEADER_FILL))
        self.set_font(self.family, "B", 13)
        self.multi_cell(0, 7, self.text_of(table.title), new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(40, 40, 40)
        self.set_font(self.family, "", 8.5)
        self.multi_cell(0, 4.5, self.text_of(table.subtitle), new_x="LMARGIN", new_y="NEXT")
        if table.note:
            self.set_text_color(*_rgb(colours.OVERDUE))
            self.set_font(self.family, "B", 8.5)
            self.multi_cell(0, 4.5, self.text_of(table.note), new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.set_text_color(20, 20, 20)
        self.set_font(self.family, "", 8)
        total = sum(c.width for c in table.columns)
        widths = [self.epw * c.width / total for c in table.columns]
        heading = FontFace(
            emphasis="BOLD", color=(255, 255, 255), fill_color=_rgb(colours.HEADER_FILL)
        )
        section = FontFace(
            emphasis="BOLD", color=_rgb(colours.HEADER_FILL), fill_color=(227, 233, 241)
        )
        alert = FontFace(emphasis="BOLD", color=_rgb(colours.OVERDUE), fill_color=(253, 236, 234))
        total_face = FontFace(emphasis="BOLD", fill_color=(243, 245, 248))
        strong = FontFace(emphasis="BOLD")
        align = [
            {"left": "LEFT", "center": "CENTER", "right": "RIGHT"}[c.align] for c in table.columns
        ]
        with self.table(
            col_widths=widths,
            headings_style=heading,
            repeat_headings=1,
            line_height=4.2,
            text_align=align,
            first_row_as_headings=True,
            borders_layout="ALL",
            padding=1,
        ) as grid:
            head = grid.row()
            for column in table.columns:
                head.cell(self.text_of(column.label))
            for row in table.rows:
                line = grid.row()
                if row.style == "section":
                    line.cell(
                        self.text_of(row.cells[0]),
                        colspan=len(table.columns),
                        style=section,
                        align="LEFT",
                    )
                    continue
                style = {
                    "overdue": alert,
                    "missing": alert,
                    "total": total_face,
                    "highlight": strong,
                }.get(row.style)
                for col, value in enumerate(row.cells):
                    text = self.text_of(value)
                    if row.style == "blank" and not text:
                        text = " \n \n "  # room to write by hand
                    line.cell(text, style=alert if col in row.alert else style)


def meeting_pdf(
    papers: MeetingPapers, lang: str = "en", tables: Sequence[Table] | None = None
) -> MeetingPdf:
    pdf = MeetingPdf(header_lines(papers, lang), lang)
    for table in tables if tables is not None else meeting_tables(papers, lang, compact=True):
        pdf.write_table(table)
    return pdf


def write_meeting_pdf(papers: MeetingPapers, path: Path, lang: str = "en") -> Path:
    path = Path(path)
    meeting_pdf(papers, lang).output(str(path))
    return path


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
