"""Sync failures, each with a message a user can act on."""

from __future__ import annotations


class SyncError(Exception):
    """A sync that did not complete. ``retryable``: trying again later may work."""

    retryable = False


class NetworkError(SyncError):
    """The server could not be reached, or did not answer in time."""

    retryable = True


class ServerError(SyncError):
    """The server answered with an error of its own (5xx)."""

    retryable = True


class AuthError(SyncError):
    """The server refused the user name, password or session."""


class RefusedError(SyncError):
    """The server refused the request itself (4xx other than 401)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class ProtocolError(SyncError):
    """An answer that does not fit the request (wrong server, proxy page, mixed-up reply)."""

    retryable = True


class FirstConnectionChoice(SyncError):
    """A never-synchronised database already holds data: the user must choose to send
    it to the server or to replace it with the server's data."""

    def __init__(self, message: str, rows: int) -> None:
        super().__init__(message)
        self.rows = rows
