"""Where the access token (and, if the user wants, the password) are kept.

In the operating system's keyring when there is one (Windows Credential
Manager, macOS Keychain, Secret Service); otherwise in memory only, for this
run. Nothing secret is ever written to a file by BM Desktop.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SERVICE = "bm-desktop-sync"


def _keyring():
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
        return keyring
    except Exception:  # no keyring package or no usable backend
        return None


class CredentialStore:
    """Token and password per (server, user), in the keyring or in memory."""

    def __init__(self, use_keyring: bool = True) -> None:
        self._memory: dict[str, str] = {}
        self._keyring = _keyring() if use_keyring else None

    @property
    def persistent(self) -> bool:
        return self._keyring is not None

    def _get(self, key: str) -> str | None:
        if key in self._memory:
            return self._memory[key]
        if self._keyring is not None:
            try:
                value = self._keyring.get_password(SERVICE, key)
            except Exception as exc:  # a locked or broken keyring must not stop sync
                log.warning("keyring unavailable (%s): keeping credentials in memory", exc)
                self._keyring = None
                return None
            if value is not None:
                self._memory[key] = value
            return value
        return None

    def _set(self, key: str, value: str | None) -> None:
        if value is None:
            self._memory.pop(key, None)
        else:
            self._memory[key] = value
        if self._keyring is not None:
            try:
                if value is None:
                    try:
                        self._keyring.delete_password(SERVICE, key)
                    except Exception:
                        pass
                else:
                    self._keyring.set_password(SERVICE, key, value)
            except Exception as exc:
                log.warning("keyring unavailable (%s): keeping credentials in memory", exc)
                self._keyring = None

    @staticmethod
    def _key(kind: str, server: str, user: str) -> str:
        return f"{kind}:{user}@{server.rstrip('/')}"

    def token(self, server: str, user: str) -> str | None:
        return self._get(self._key("token", server, user))

    def set_token(self, server: str, user: str, token: str | None) -> None:
        self._set(self._key("token", server, user), token)

    def password(self, server: str, user: str) -> str | None:
        return self._get(self._key("password", server, user))

    def set_password(
        self, server: str, user: str, password: str | None, *, remember: bool = False
    ) -> None:
        """Keep a password for this run; with ``remember``, also in the keyring."""
        key = self._key("password", server, user)
        if remember or password is None:
            self._set(key, password)
        else:
            self._memory[key] = password
