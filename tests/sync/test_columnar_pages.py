"""Snapshot pages column by column (what laptops ask for since the first connection was
made fast) carry exactly the rows, values and redactions of pages row by row, for every
role, on SQLite and PostgreSQL; an older laptop that does not ask still gets rows."""

from __future__ import annotations

import pytest

from tests.sync.test_security import SECRET_VICTIM, two_regions  # noqa: F401 (fixture)
from tests.sync.world import SyncWorld


def _pages(world: SyncWorld, user: str, shape: str | None) -> list[dict]:
    headers = world.login(user)
    pages, cursor = [], None
    while True:
        params = {
            "limit": 3,
            **({"cursor": cursor} if cursor else {}),
            **({"shape": shape} if shape else {}),
        }
        r = world.http.get("/sync/pull", headers=headers, params=params)
        assert r.status_code == 200, r.text
        pages.append(r.json())
        cursor = r.json()["cursor"]
        if not r.json()["more"]:
            return pages


def _rows(pages: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for page in pages:
        for g in page["tables"]:
            data = g["rows"] if "rows" in g else [list(r) for r in zip(*g["columns"], strict=True)]
            out.setdefault(g["t"], []).extend(dict(zip(g["cols"], r, strict=True)) for r in data)
    return out


@pytest.mark.parametrize("user", ["admin", "coord", "gov"])
def test_columns_carry_what_rows_carry(world: SyncWorld, two_regions, user) -> None:  # noqa: F811
    rows_pages = _pages(world, user, None)
    column_pages = _pages(world, user, "columns")
    assert all("rows" in g for p in rows_pages for g in p["tables"])  # older laptops
    assert any("columns" in g for p in column_pages for g in p["tables"])
    by_rows, by_columns = _rows(rows_pages), _rows(column_pages)
    assert by_rows == by_columns and by_rows["incidents"]
    incidents = by_columns["incidents"]
    assert all(isinstance(r["deleted"], bool) for r in incidents)  # not SQLite's 0 and 1
    if user == "gov":
        assert all(r["sensitive_victims"] is None for r in incidents)
        assert all(r.get("phone") is None for r in by_columns["stakeholders"])
    else:
        assert SECRET_VICTIM in {r["sensitive_victims"] for r in incidents}


def test_a_malformed_columnar_group_is_refused_not_half_applied(tmp_path, client_template) -> None:
    import shutil

    from bm_desktop.db.engine import open_database
    from bm_desktop.sync import apply, local
    from bm_desktop.sync.errors import ProtocolError

    shutil.copy(client_template, tmp_path / "laptop.sqlite")
    db = open_database(tmp_path / "laptop.sqlite")
    page = {
        "v": 1,
        "tables": [
            {
                "t": "countries",
                "cols": ["id", "name"],
                "columns": [["a" * 32, "b" * 32], ["Only one"]],
            }
        ],
    }
    with pytest.raises(ProtocolError), local.write_transaction(db.engine) as conn:
        apply.apply_page(conn, page, "laptop000001", all_new=True)
    db.dispose()
