"""Every reference a pushed row makes must point to a row its author may see.

A row in the user's own scope can still point elsewhere: an attendance row in
their own meeting naming another region's stakeholder would make that
stakeholder readable (its name, phone and e-mail travel with the row) and then
writable. So, for everyone but administrators, each foreign key of a pushed row
(read from the models, so a new one is covered without a new rule) must lead to
a row the user may read:

* reference data and security events: the row must exist;
* a site, or a row of a site (incident, action, meeting, risk...): a site in scope;
* a stakeholder: one already linked to a site in scope, or one linked to no site
  at all (a new organisation or person, possibly created in the same batch);
* any other table: administrators only.

Agenda items also point at rows by ``ref_table`` / ``ref_id`` / ``ref_ids`` (not
foreign keys: the rows may arrive later); those found on the server are checked
the same way.
"""

from __future__ import annotations

import uuid
from functools import cache
from typing import TYPE_CHECKING, Any

from bm_desktop.sync import rows
from bm_desktop.sync.server import scope as scopes

if TYPE_CHECKING:
    from bm_desktop.sync.server.push import BatchPlan

MAX_SOFT_REFS = 500  # ids of an agenda item's ref_ids checked (more is refused)


@cache
def foreign_keys(table: str) -> tuple[tuple[str, str], ...]:
    """(column, referenced table) for each foreign key of a synchronised table."""
    t = rows.codec(table).table
    return tuple((fk.parent.name, fk.column.table.name) for fk in t.foreign_keys)


def check_references(plan: BatchPlan, table: str, values: dict[str, Any]) -> None:
    """Refuse (403/422) a row that refers to a row outside the user's scope."""
    if plan.scope.everything:
        return
    for column, target in sorted(foreign_keys(table)):
        ref = values.get(column)
        if ref is not None:
            _check_target(plan, table, column, target, ref, must_exist=True)
    if table == "agenda_items":
        _check_agenda_refs(plan, values)


def _refused(code: int, key: str, **params: object) -> Exception:
    from bm_desktop.sync.server.push import Refused

    return Refused(code, key, **params)


def _check_target(
    plan: BatchPlan, table: str, column: str, target: str, ref: uuid.UUID, *, must_exist: bool
) -> None:
    what = target.rstrip("s").replace("_", " ")
    if target not in rows.codecs() or target in rows.SERVER_ONLY_TABLES:
        raise _refused(403, "reference_administrators", table=table, target=target, column=column)
    row = plan.current(target, ref)
    if row is None:
        if must_exist:
            raise _refused(
                422, "missing_reference", table=table, what=what, column=column, ref=ref.hex
            )
        return
    if target in scopes.GLOBAL_TABLES:
        return
    if target == scopes.STAKEHOLDERS:
        if not stakeholder_visible(plan, ref):
            raise _refused(403, "reference_stakeholder", table=table, column=column)
        return
    if target not in scopes.SITE_LINKS:
        raise _refused(403, "reference_administrators", table=table, target=target, column=column)
    if not plan.scope.has_site(site_of(plan, target, row)):
        raise _refused(403, "reference_scope", table=table, what=what, column=column)


def site_of(plan: BatchPlan, table: str, row: dict[str, Any]) -> uuid.UUID | None:
    """The site of a row of a site-scoped table (through its first link)."""
    column, parent = scopes.SITE_LINKS[table][0]
    ref = row.get(column)
    if parent is None or ref is None:
        return ref
    parent_row = plan.current(parent, ref)
    return site_of(plan, parent, parent_row) if parent_row is not None else None


def stakeholder_visible(plan: BatchPlan, stakeholder_id: uuid.UUID) -> bool:
    """May the user refer to this stakeholder: linked to one of their sites, or to none?"""
    cached = plan.stakeholders.get(stakeholder_id)
    if cached is None:
        conn, sites = plan.conn, plan.scope.site_ids
        cached = scopes.stakeholder_is_linked(
            conn, stakeholder_id, sites
        ) or not scopes.stakeholder_is_linked(conn, stakeholder_id, None)
        plan.stakeholders[stakeholder_id] = cached
    return cached


def _check_agenda_refs(plan: BatchPlan, values: dict[str, Any]) -> None:
    target = values.get("ref_table")
    if target is None:
        return
    ids = [values["ref_id"]] if values.get("ref_id") is not None else []
    words = (values.get("ref_ids") or "").split()
    if len(words) > MAX_SOFT_REFS:
        raise _refused(422, "too_many_references", limit=MAX_SOFT_REFS)
    try:
        ids += [uuid.UUID(w) for w in words]
    except ValueError:
        raise _refused(422, "not_row_ids") from None
    for ref in dict.fromkeys(ids):
        _check_target(plan, "agenda_items", "ref_id", target, ref, must_exist=False)
