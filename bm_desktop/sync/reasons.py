"""Why the server refused a change, or a laptop left a pulled row out: a stable key and
its parameters, so the person reads the reason in the interface's language.

The server sends each refusal as its English sentence (``message``, for logs, the
command line and older laptops) and as ``reason: {"key": ..., "params": {...}}``; the
laptop keeps both and renders the key's template from the translation files (context
``SyncReasons`` of ``sync_messages_fr.ts``). A domain rule broken by a value travels
as the key ``rule`` with the rule's own template (context ``DataRules``). A key this
laptop does not know (a newer server) or parameters that do not fit show the English
sentence as it came: a reason is never lost, at worst untranslated.
"""

from __future__ import annotations

import json
import re
import string
from typing import Any

from bm_desktop.domain.messages import TemplatedMessage

CONTEXT = "SyncReasons"
RULE_KEY = "rule"  # a broken domain rule: its template is in context DataRules

TEMPLATES: dict[str, str] = {
    # The server refused a change (push).
    "clock_invalid": "{what} {value} is not a clock value.",
    "clock_ahead": "The laptop's clock is {minutes} minutes ahead of the server's: set the "
    "correct date and time, then sync again.",
    "id_reused": "This change id was already received with different content; the new "
    "content was not applied.",
    "unknown_operation": "Unknown operation {op} (expected insert, update or delete).",
    "row_too_large": "This {table} row is larger than {kb} KB.",
    "bad_row": "This {table} row cannot be stored: {detail}",
    "read_only": "This account is read-only.",
    "reference_data": "Only administrators can change reference data.",
    "stakeholder_scope": "This stakeholder belongs to sites outside your scope.",
    "administrators_only": "Only administrators can change {table}.",
    "missing_reference": "This {table} row refers to a {what} the server does not have "
    "({column} {ref}).",
    "row_scope": "This {table} row belongs to a site outside your scope.",
    "region_scope": "This site is in a region outside your scope.",
    "add_sites": "Only administrators and regional managers can add sites.",
    "site_scope": "This site is outside your scope.",
    "reference_administrators": "This {table} row refers to {target} ({column}), which only "
    "administrators can change.",
    "reference_stakeholder": "This {table} row refers to a stakeholder of sites outside your "
    "scope ({column}).",
    "reference_scope": "This {table} row refers to a {what} of a site outside your scope "
    "({column}).",
    "too_many_references": "This agenda item refers to more than {limit} rows.",
    "not_row_ids": "agenda_items.ref_ids: not a list of row ids.",
    "database_reference": "This {table} row refers to a row the server does not have; it "
    "was not applied.",
    "database_unique": "This {table} row clashes with an existing row (same unique values).",
    "database_value": "This {table} row holds a value the server's database cannot store "
    "({detail}); it was not applied.",
    "read_only_push": "This account is read-only: it cannot send changes.",
    # The server refused a request (sign-in).
    "wrong_password": "User name or password is wrong.",
    "demo_password": "The demo password is refused by this server (it is not a demo "
    "server): ask the programme administrator for your password.",
    # The laptop left a pulled row out (screening).
    "row_width": "{table}: a row of {count} values for {width} columns",
    "value_required": "{column}: a value is required",
    "wrong_type": "{column}: {detail}",
}

# A template's placeholders may only be plain names (no attribute or index lookups: a
# reason comes from the network).
_PLAIN_FIELDS = re.compile(r"[^{}]*(?:\{[A-Za-z_][A-Za-z0-9_]*\}[^{}]*)*")
_SCALARS = (str, int, float)


class Reason(TemplatedMessage, Exception):
    """A reason with its key; ``str()`` is the English sentence, ``text(lang)`` the
    sentence in ``lang``."""

    CONTEXT = CONTEXT

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        template = TEMPLATES[key] if key != RULE_KEY else str(params.pop("template"))
        if key == RULE_KEY:
            self.CONTEXT = "DataRules"
        super().__init__(self._set_template(template, params))

    @classmethod
    def of_rule(cls, exc: Any) -> Reason:
        """A :class:`~bm_desktop.db.rules.RuleError` as a reason (its own template)."""
        return cls(RULE_KEY, template=exc.template, **exc.params)

    def wire(self) -> dict[str, Any]:
        params = dict(self.params)
        if self.key == RULE_KEY:
            params["template"] = self.template
        return {"key": self.key, "params": {k: _plain(v) for k, v in params.items()}}


def _plain(value: object) -> object:
    return value if isinstance(value, _SCALARS) or value is None else str(value)


def from_wire(data: object) -> Reason | None:
    """The reason a server sent, or None when this laptop cannot render it."""
    if not isinstance(data, dict) or not isinstance(data.get("key"), str):
        return None
    key, params = data["key"], data.get("params") or {}
    if not isinstance(params, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, _SCALARS)) for k, v in params.items()
    ):
        return None
    if key != RULE_KEY and key not in TEMPLATES:
        return None
    template = TEMPLATES.get(key) or params.get("template")
    if not isinstance(template, str) or not _PLAIN_FIELDS.fullmatch(template):
        return None
    if not {f for _t, f, _s, _c in string.Formatter().parse(template) if f} <= set(params):
        return None  # a parameter missing: the template would show its braces
    try:
        return Reason(key, **params)
    except (KeyError, IndexError, ValueError, TypeError):  # parameters that do not fit
        return None


def stored(message: str, reason: object) -> str:
    """What the laptop keeps for a refusal: the English sentence alone, or with the
    reason it can render later in the interface's language (JSON)."""
    if from_wire(reason) is None:
        return message
    return json.dumps({"text": message, "reason": reason}, ensure_ascii=False)


def shown(kept: str | None, lang: str) -> str:
    """A kept refusal (:func:`stored`) in ``lang``; English sentences as they are."""
    if not kept:
        return ""
    if kept.startswith('{"text"'):
        try:
            data = json.loads(kept)
        except ValueError:
            return kept
        reason = from_wire(data.get("reason"))
        text = str(data.get("text", ""))
        return reason.text(lang) if reason is not None else text
    return kept
