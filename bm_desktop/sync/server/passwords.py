"""Password hashing (argon2id). Passwords are never stored, logged or echoed."""

from __future__ import annotations

import hmac

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP's recommended argon2id setting (19 MiB, 2 passes, 1 lane): strong, and fast
# enough that a small server signs in 50 laptops without queueing.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Verified when the user name is unknown, so both failures take the same time.
_DUMMY_HASH = _hasher.hash("not-a-real-password")

MIN_LENGTH = 8
# The password of ``bm-desktop server --demo`` accounts, published in docs/sync.md: a
# server not started with --demo refuses it at sign-in, and no account can be given it
# otherwise, so a demo account left on a real server cannot be used by anyone.
DEMO_PASSWORD = "bm-demo-2024"


def is_demo_password(password: str) -> bool:
    return hmac.compare_digest(password.encode("utf-8"), DEMO_PASSWORD.encode("utf-8"))


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise ValueError(f"a password needs at least {MIN_LENGTH} characters")
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
