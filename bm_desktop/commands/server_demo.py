"""``bm-desktop server --demo``: the sample programme and one account per role.

Only an empty server is filled. All demo accounts share one password (the
``BM_DESKTOP_PASSWORD`` environment variable, or the documented demo password),
so nobody confuses a demo server with the programme's real one.

The command does it, not the server package: the sample programme is written through the
services, which sit above `sync`.
"""

from __future__ import annotations

from sqlalchemy import func, select

from bm_desktop.db.models import ProgrammeRegion, Site, User
from bm_desktop.services.sample_programme import generate_sample_programme
from bm_desktop.sync.server.store import ServerStore
from bm_desktop.sync.server.users import create_user


def seed_demo(store: ServerStore, password: str) -> list[str]:
    """Fill an empty server; returns lines telling what was done."""
    lines: list[str] = []
    with store.db.sessions() as s:
        has_sites = bool(s.scalar(select(func.count(Site.id))))
        has_users = bool(s.scalar(select(func.count(User.id))))
    if not has_sites:
        summary = generate_sample_programme(store.db)
        lines.append(
            f"Demo: wrote the sample programme ({summary.sites} sites, "
            f"{summary.incidents:,} incidents, {summary.rows:,} rows)."
        )
    if has_users:
        lines.append("Demo: accounts already exist; none added.")
        return lines
    with store.db.sessions() as s:
        regions = list(s.scalars(select(ProgrammeRegion.name).order_by(ProgrammeRegion.name)))
        first_sites = {}
        for region in regions:
            first_sites[region] = list(
                s.scalars(
                    select(Site.code)
                    .join(ProgrammeRegion, ProgrammeRegion.id == Site.region_id)
                    .where(ProgrammeRegion.name == region, Site.deleted.is_(False))
                    .order_by(Site.code)
                    .limit(2)
                )
            )
    accounts: list[tuple[str, str, list[str], list[str], str]] = [
        ("admin", "administrator", [], [], "Programme administrator")
    ]
    for region in regions:
        slug = region.lower().replace(" ", "-")
        accounts.append(
            (f"manager.{slug}", "regional_manager", [region], [], f"Regional manager, {region}")
        )
        if first_sites[region]:
            accounts.append(
                (
                    f"coordinator.{slug}",
                    "coordinator",
                    [],
                    first_sites[region],
                    f"Coordinator, {region}",
                )
            )
    drc = [r for r in regions if r != "Rwanda"]
    accounts.append(("government.drc", "government", drc, [], "Government engagement, DRC"))
    if "Rwanda" in regions:
        accounts.append(
            ("government.rwanda", "government", ["Rwanda"], [], "Government engagement, Rwanda")
        )
    for username, role, regs, sites, name in accounts:
        create_user(
            store, username, password, role, full_name=name, regions=regs, sites=sites, demo=True
        )
        scope = ", ".join(regs + sites)
        lines.append(f"Demo account: {username} ({role}{': ' + scope if scope else ''})")
    lines.append(
        "Demo accounts share the demo password (see docs/sync.md, or the value of "
        "BM_DESKTOP_PASSWORD when it is set)."
    )
    return lines
