"""Errors the services raise for bad input: specific, actionable, nothing written."""

from __future__ import annotations


class BmError(Exception):
    """Base class for errors shown to the user as they are."""


class ValidationError(BmError):
    """Input that breaks a rule; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(BmError):
    """A reference (site code, id, ...) that does not exist."""


class TransitionError(ValidationError):
    """A status change that the life cycle does not allow."""
