"""Access tokens: signed JWTs (HS256, server secret) with an expiry, listed in
``auth_tokens`` so they can be revoked (log out, user disabled)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import jwt
from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from bm_desktop.db.models import AuthToken, User

ISSUER = "bm-desktop-sync"
ALGORITHM = "HS256"


class TokenRefused(Exception):
    """The token cannot be used; the message says why in plain words."""


@dataclass(frozen=True)
class TokenOwner:
    user_id: uuid.UUID
    username: str
    role: str
    jti: str


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def issue(
    conn: Connection, secret: str, user_id: uuid.UUID, device: str, lifetime: dt.timedelta
) -> tuple[str, dt.datetime]:
    now = utcnow()
    expires = now + lifetime
    jti = uuid.uuid4().hex
    token = jwt.encode(
        {
            "iss": ISSUER,
            "sub": user_id.hex,
            "jti": jti,
            "iat": now,
            "exp": expires,
            "dev": device[:64],
        },
        secret,
        algorithm=ALGORITHM,
    )
    conn.execute(
        AuthToken.__table__.insert().values(
            jti=jti, user_id=user_id, device=device[:64], issued_at=now, expires_at=expires
        )
    )
    return token, expires


def verify(conn: Connection, secret: str, token: str) -> TokenOwner:
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "jti", "iss"]},
        )
    except jwt.ExpiredSignatureError:
        raise TokenRefused("Your session has expired: sign in again.") from None
    except jwt.InvalidTokenError:
        raise TokenRefused("The access token is not valid: sign in again.") from None
    issued = AuthToken.__table__
    row = conn.execute(select(issued).where(issued.c.jti == str(claims["jti"]))).first()
    if row is None or row.revoked_at is not None:
        raise TokenRefused("This session was closed (signed out or revoked): sign in again.")
    if row.expires_at <= utcnow():
        raise TokenRefused("Your session has expired: sign in again.")
    users = User.__table__
    user = conn.execute(
        select(users.c.id, users.c.username, users.c.role, users.c.active).where(
            users.c.id == row.user_id, users.c.deleted.is_(False)
        )
    ).first()
    if user is None or not user.active:
        raise TokenRefused("This account is disabled: ask the programme administrator.")
    return TokenOwner(user.id, user.username, user.role, row.jti)


def revoke(conn: Connection, jti: str) -> None:
    conn.execute(
        update(AuthToken)
        .where(AuthToken.jti == jti, AuthToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def revoke_user(conn: Connection, user_id: uuid.UUID) -> int:
    """Revoke every token of a user; returns how many were still open."""
    return conn.execute(
        update(AuthToken)
        .where(AuthToken.user_id == user_id, AuthToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    ).rowcount
