"""The corrective-action tracker's layout, shared by its export and its import.

Partners fill the tracker in offline and send it back. Each row carries the
action's id (hidden column A) and a checksum (hidden last column): an HMAC of
the row's exported, read-only values keyed with a secret kept in this
database's local settings. A row whose id or read-only values were changed
(or that was typed in) fails the checksum and is refused on import; so is a
tracker imported into another database than the one it came from, whose key
differs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import unicodedata

from sqlalchemy.orm import Session

from bm_desktop.db.models import LocalSetting
from bm_desktop.exchange.exports.labels import ACTION_STATUS
from bm_desktop.exchange.safe_text import cell_text, restore_text
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP
from bm_desktop.i18n import translate

KEY_SETTING = "exchange_tracker_key"
SHEET = QT_TRANSLATE_NOOP("ExchangeWorkbook", "Actions")

# Column keys in sheet order; the headers are in the export module.
KEYS = (
    "row_id",
    "site_code",
    "site_name",
    "region",
    "risk_area",
    "description",
    "kind",
    "stakeholder",
    "priority",
    "recommended_on",
    "due_on",
    "status",
    "status_on",
    "days_overdue",
    "new_status",
    "new_status_on",
    "note",
    "by",
    "checksum",
)
INPUT_KEYS = ("new_status", "new_status_on", "note", "by")
SIGNED_KEYS = (
    "row_id",
    "site_code",
    "description",
    "recommended_on",
    "due_on",
    "status",
    "status_on",
)


def tracker_key(session: Session, create: bool = False) -> bytes | None:
    """This database's tracker secret (created on the first export when ``create``)."""
    row = session.get(LocalSetting, KEY_SETTING)
    if row is None:
        if not create:
            return None
        row = LocalSetting(key=KEY_SETTING, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)


def _part(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return ""
    # What an import reads back: neutralised, restored, line endings and edges normalised.
    text = restore_text(cell_text(str(value)))
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def checksum(key: bytes, values: dict[str, object]) -> str:
    """The row checksum over the signed values (dates as ISO, statuses as codes)."""
    message = "\x1f".join(_part(values.get(k)) for k in SIGNED_KEYS)
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()[:20]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("_", " ").replace("-", " ").split())


def status_lookup() -> dict[str, str]:
    """Typed or chosen status text (code, English or French label, any case or
    accents) -> status code."""
    lookup = {}
    for code, label in ACTION_STATUS.items():
        for text in (code, label, translate("ExchangeWorkbook", label, "fr")):
            lookup[_fold(text)] = code
    return lookup


def parse_status(text: str) -> str | None:
    return status_lookup().get(_fold(text))
