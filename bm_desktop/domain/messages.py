"""Messages that show in the user's language: an English template and its parameters.

An error keeps the English template (the key into the translation files) and the
values to put into it, so ``str(exc)`` stays the English sentence while the
window shows ``exc.text(lang)``. Pure Python: the translation files are read by
bm_desktop.i18n (XML only, no Qt), imported when a translation is asked for.
"""

from __future__ import annotations

import datetime as dt
import re

from bm_desktop.domain.local_format import day_text

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class TemplatedMessage:
    """Mixin for exceptions whose message is ``template.format(**params)``.

    Parameter values that are lists or tuples are joined with ", "; every string
    value (or list item) is also looked up in the catalogue, so fixed words such
    as status labels ("in progress") translate too, while names and codes fall
    back to themselves; a value that is itself a templated message (a reason
    wrapped in "Update 2 of 5 (...): {reason}") renders in the same language.
    Dates (a ``date`` or an ISO date text) show day first (15/01/2022), as the
    interface writes every date.
    """

    CONTEXT = "ServiceErrors"

    def _set_template(self, template: str, params: dict[str, object]) -> str:
        self.template = template
        self.params = params
        return self.render("en")

    def render(self, lang: str) -> str:
        """The message in ``lang`` (English when there is no translation)."""
        translate = _Translator(self.CONTEXT, lang)
        text = translate(self.template)
        if not self.params:
            return text
        values = {key: _value(value, translate) for key, value in self.params.items()}
        return text.format(**values)

    def text(self, lang: str) -> str:
        """The message in ``lang``: what the interface shows."""
        return self.render(lang)


class _Translator:
    """Looks texts up in one context of the catalogue for one language."""

    def __init__(self, context: str, lang: str) -> None:
        self.context, self.lang = context, lang

    def __call__(self, text: str) -> str:
        if self.lang == "en":
            return text
        from bm_desktop.i18n import translate

        return translate(self.context, text, self.lang)


def _value(value: object, translate: _Translator) -> object:
    if isinstance(value, TemplatedMessage):
        return value.render(translate.lang)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return day_text(value)
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return day_text(dt.date.fromisoformat(value))
        except ValueError:  # looks like a date but is not one: shown as it is
            return value
    if isinstance(value, str):
        return translate(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_value(item, translate)) for item in value)
    return value
