"""Sync failures, each with a message a user can act on."""

from __future__ import annotations

from typing import Any


class SyncError(Exception):
    """A sync that did not complete. ``retryable``: trying again later may work.

    ``template`` and ``params``, when given, let the window and the command line
    show the message in the user's language (context ``SyncErrors`` of sync_fr.ts).
    """

    retryable = False
    reason: Any = None  # the server's reason (sync.reasons.Reason), when it gave one

    def __init__(self, message: str, *, template: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.template = template
        self.params = params


def localised(exc: BaseException, lang: str) -> str:
    """The error's message in ``lang`` (English when no translation is known)."""
    from bm_desktop.i18n import translate

    reason = getattr(exc, "reason", None)  # a server's refusal, with its key
    if reason is not None:
        return reason.text(lang)  # type: ignore[no-any-return]
    template = getattr(exc, "template", None)
    if template:
        return translate("SyncErrors", template, lang).format(**getattr(exc, "params", {}))
    return translate("SyncErrors", str(exc), lang)


class NetworkError(SyncError):
    """The server could not be reached, or did not answer in time."""

    retryable = True


class ServerError(SyncError):
    """The server answered with an error of its own (5xx)."""

    retryable = True


class AuthError(SyncError):
    """The server refused the user name, password or session."""


class SignInLockedError(SyncError):
    """The server refuses sign-ins for a while after too many failed ones (HTTP 429)."""

    TEMPLATE = (
        "Too many failed sign-ins: the server refuses new attempts for {minutes} min. "
        "Check the user name and password, then try again after that."
    )

    def __init__(self, retry_after: int) -> None:
        minutes = max(1, -(-retry_after // 60))
        super().__init__(
            self.TEMPLATE.format(minutes=minutes), template=self.TEMPLATE, minutes=minutes
        )
        self.retry_after = retry_after


class InsecureAddressError(SyncError):
    """An ``http://`` address that is not this computer, without the explicit choice."""

    TEMPLATE = (
        "The server address {server} is not encrypted (http://): the password and the "
        "data would cross the network readable by anyone on the way. Use an https:// "
        "address, or allow unencrypted connections to it explicitly."
    )

    def __init__(self, server: str) -> None:
        super().__init__(self.TEMPLATE.format(server=server), template=self.TEMPLATE, server=server)


class RefusedError(SyncError):
    """The server refused the request itself (4xx other than 401)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message, template=None)
        self.status = status


class ProtocolError(SyncError):
    """An answer that does not fit the request (wrong server, proxy page, mixed-up reply)."""

    retryable = True


class FirstConnectionChoice(SyncError):
    """A never-synchronised database already holds data: the user must choose to send
    it to the server or to replace it with the server's data."""

    TEMPLATE = (
        "This database has never been synchronised and already holds {rows} rows of "
        "programme data. Choose to send them to the server (keep) or to replace them "
        "with the server's data for your account (replace)."
    )

    def __init__(self, rows: int) -> None:
        super().__init__(self.TEMPLATE.format(rows=rows), template=self.TEMPLATE, rows=rows)
        self.rows = rows
