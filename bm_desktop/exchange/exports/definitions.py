"""The Definitions sheet: severity scale, verification statuses and the risk taxonomy
with its OECD Annex II mapping, so a reader outside the programme can read the codes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.models import RiskArea, RiskCategory
from bm_desktop.exchange.exports import labels as lb
from bm_desktop.exchange.text import Words
from bm_desktop.exchange.xlsx import formats
from bm_desktop.exchange.xlsx import styles as st
from bm_desktop.exchange.xlsx.stream import StreamSheet, new_sheet


def write_definitions(wb: Any, session: Session, words: Words) -> StreamSheet:
    translate = words.translate
    ws = new_sheet(wb, translate("ExchangeWorkbook", "Definitions"))
    ws.sheet_view.showGridLines = False
    for letter, width in zip("ABC", (34, 44, 54), strict=True):
        ws.column_dimensions[letter].width = width
    section, header = st.style_id(ws, st.SECTION), st.style_id(ws, st.HEADER)
    text, wrap = st.style_id(ws, st.TEXT), st.style_id(ws, st.WRAP)
    centred = st.style_id(ws, st.CENTRED)

    ws.write_row([translate("ExchangeWorkbook", "Severity scale"), None, None], [section] * 3)
    for level in (1, 2, 3, 4):
        ws.write_row([level, words.workbook(lb.SEVERITY[level])], [centred, text])
    formats.severity(ws, "A2:A5")
    ws.write_row([])
    ws.write_row([translate("ExchangeWorkbook", "Verification"), None, None], [section] * 3)
    meanings = {
        "reported": translate("ExchangeWorkbook", "Recorded by a monitor, not yet reviewed."),
        "verified": translate("ExchangeWorkbook", "Confirmed by a risk expert."),
        "rejected": translate("ExchangeWorkbook", "Found false or out of scope; never counted."),
    }
    for code, meaning in meanings.items():
        ws.write_row([lb.label(lb.VERIFICATION, code, words), meaning], [text, wrap])
    ws.write_row([])
    ws.write_row([translate("ExchangeWorkbook", "Risk taxonomy"), None, None], [section] * 3)
    ws.write_row(
        [
            translate("ExchangeWorkbook", "Risk category"),
            translate("ExchangeWorkbook", "Risk area"),
            translate("ExchangeWorkbook", "OECD Annex II heading"),
        ],
        [header] * 3,
    )
    rows = session.execute(
        select(
            RiskCategory.name_en,
            RiskCategory.name_fr,
            RiskArea.name_en,
            RiskArea.name_fr,
            RiskArea.annex2_heading,
        )
        .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
        .where(RiskArea.deleted.is_(False))
        .order_by(RiskCategory.sort_order, RiskArea.sort_order)
    )
    for cat_en, cat_fr, area_en, area_fr, heading in rows:
        ws.write_row(
            [
                words.name(cat_en, cat_fr),
                words.name(area_en, area_fr),
                lb.annex2(heading, words) or "—",
            ],
            [text, text, wrap],
        )
    return ws
