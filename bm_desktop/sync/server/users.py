"""Server accounts: create users with a role and a scope, set passwords, disable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from bm_desktop.db.models import ProgrammeRegion, Site, User, UserRegion, UserSite
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.sync.server import throttle, tokens
from bm_desktop.sync.server.passwords import MIN_LENGTH, hash_password, is_demo_password
from bm_desktop.sync.server.scope import ROLES
from bm_desktop.sync.server.store import ServerStore


@dataclass(frozen=True)
class UserSummary:
    username: str
    full_name: str
    role: str
    active: bool
    regions: tuple[str, ...]
    sites: tuple[str, ...]


def _hash(password: str, demo: bool) -> str:
    if is_demo_password(password) and not demo:
        raise ValidationError(
            "Password refused: the demo password is published and only a "
            "demo server (--demo) accepts it; choose another one.",
            "password",
        )
    try:
        return hash_password(password)
    except ValueError as exc:
        raise ValidationError(
            "Password refused: a password needs at least {n} characters.", "password", n=MIN_LENGTH
        ) from exc


def create_user(
    store: ServerStore,
    username: str,
    password: str,
    role: str,
    *,
    full_name: str = "",
    regions: Sequence[str] = (),
    sites: Sequence[str] = (),
    demo: bool = False,
) -> UserSummary:
    """Create an account. Regions are programme region names, sites are site codes.
    ``demo``: the demo accounts of ``--demo``, the only ones allowed the demo password."""
    username = username.strip()
    if not username or len(username) > 80:
        raise ValidationError("A user name needs 1 to 80 characters.", "username")
    if role not in ROLES:
        raise ValidationError(
            "Unknown role '{role}': choose one of {roles}.", "role", role=role, roles=list(ROLES)
        )
    if role in ("regional_manager", "government") and not regions:
        raise ValidationError(
            "The role '{role}' needs at least one --region.", "regions", role=role
        )
    if role == "coordinator" and not sites:
        raise ValidationError("A coordinator needs at least one --site (site code).", "sites")
    pw_hash = _hash(password, demo)
    with store.db.sessions.begin() as s:
        if s.scalar(select(User.id).where(User.username == username)) is not None:
            raise ValidationError("User '{name}' already exists.", "username", name=username)
        user = User(
            username=username, full_name=full_name, role=role, password_hash=pw_hash, active=True
        )
        s.add(user)
        s.flush()
        for name in regions:
            region = s.scalar(select(ProgrammeRegion).where(ProgrammeRegion.name == name))
            if region is None:
                known = list(s.scalars(select(ProgrammeRegion.name)))
                raise NotFoundError(
                    "No programme region called '{name}' (known: {known}).", name=name, known=known
                )
            s.add(UserRegion(user_id=user.id, region_id=region.id))
        for code in sites:
            site = s.scalar(select(Site).where(Site.code == code, Site.deleted.is_(False)))
            if site is None:
                raise NotFoundError("No site with code '{code}'.", code=code)
            s.add(UserSite(user_id=user.id, site_id=site.id))
    return UserSummary(username, full_name, role, True, tuple(regions), tuple(sites))


def set_password(store: ServerStore, username: str, password: str) -> None:
    """Change a password, close the user's open sessions and lift a sign-in lock."""
    pw_hash = _hash(password, demo=False)
    with store.db.sessions.begin() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFoundError("No user called '{name}'.", name=username)
        user.password_hash = pw_hash
        s.flush()
        tokens.revoke_user(s.connection(), user.id)
        throttle.forget_account(s.connection(), username)


def disable_user(store: ServerStore, username: str) -> int:
    """Disable an account and revoke its tokens; returns the number revoked."""
    with store.db.sessions.begin() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFoundError("No user called '{name}'.", name=username)
        user.active = False
        s.flush()
        return tokens.revoke_user(s.connection(), user.id)


def list_users(store: ServerStore) -> list[UserSummary]:
    with store.db.sessions() as s:
        out = []
        for u in s.scalars(select(User).where(User.deleted.is_(False)).order_by(User.username)):
            regions = tuple(
                s.scalars(
                    select(ProgrammeRegion.name)
                    .join(UserRegion, UserRegion.region_id == ProgrammeRegion.id)
                    .where(UserRegion.user_id == u.id, UserRegion.deleted.is_(False))
                )
            )
            sites = tuple(
                s.scalars(
                    select(Site.code)
                    .join(UserSite, UserSite.site_id == Site.id)
                    .where(UserSite.user_id == u.id, UserSite.deleted.is_(False))
                )
            )
            out.append(UserSummary(u.username, u.full_name, u.role, u.active, regions, sites))
        return out
