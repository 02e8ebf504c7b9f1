"""Refusals for bad input: specific, actionable, nothing written.

The services raise them, and so does the sync server (which sits below the services:
that is why they live in ``domain``).

Each error carries an English template and its parameters
(``ValidationError("The due date {due} is before ...", due=...)``): ``str(exc)``
is the English sentence, ``exc.text(lang)`` the same in the user's language,
translated from resources/translations/service_errors_fr.ts (context ServiceErrors).
"""

from __future__ import annotations

from bm_desktop.domain.messages import TemplatedMessage


class BmError(TemplatedMessage, Exception):
    """Base class for errors shown to the user as they are."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(self._set_template(template, params))


class ValidationError(BmError):
    """Input that breaks a rule; ``field`` names the offending field when there is one."""

    def __init__(self, template: str, field: str | None = None, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


class NotFoundError(BmError):
    """A reference (site code, id, ...) that does not exist."""


class TransitionError(ValidationError):
    """A status change that the life cycle does not allow."""


def error_text(exc: BaseException, lang: str) -> str:
    """What the interface shows for ``exc``: translated when it carries a template."""
    if isinstance(exc, TemplatedMessage):
        return exc.text(lang)
    return str(exc)


class DatabaseRefusal(BmError):
    """An edit refused because of the database file itself (opened read-only, say): the
    file's reason (:mod:`bm_desktop.db.file_errors`) as a refusal the interface shows."""

    def __init__(self, reason: TemplatedMessage) -> None:
        super().__init__(reason.template, **reason.params)
