"""Widgets call services only (issue 18 §2): no module of ``ui`` opens a session,
begins a transaction or reaches the engine of the database it is handed.

The import-linter contract in pyproject.toml forbids ``ui`` to import
``bm_desktop.db`` or SQLAlchemy; this scan closes the way around it (the
``Database`` handle the window passes to services has ``sessions`` and ``engine``).
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "bm_desktop" / "ui"
DATABASE_USE = re.compile(r"\.(sessions|engine)\b|\bsession\.(execute|scalars?|get|add|flush)\(")


def test_no_widget_opens_a_session_or_uses_the_engine() -> None:
    found = [
        f"{path.relative_to(UI.parent)}:{n}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if DATABASE_USE.search(line)
    ]
    assert found == []
