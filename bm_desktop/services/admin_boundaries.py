"""The admin-1 layer in use, for placing points in provinces by where they are.

It is the official boundary file the user loaded to replace the sample admin-1
layer (remembered in ``local_settings``, key ``admin1_boundaries``, so the command
line and the exports use it too), else the sample basemap's Natural Earth
polygons. Matching the polygons to the programme's provinces is in
:mod:`bm_desktop.exchange.province_points`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import LocalSetting
from bm_desktop.geo.admin_areas import AdminAreas, admin1_from_file, sample_admin1

ADMIN1_KEY = "admin1_boundaries"


def set_admin1_file(db: Database, path: Path | str | None, layer: str | None = None) -> None:
    """Remember the official boundary file that replaces the sample admin-1 layer (None:
    back to the sample)."""
    with db.sessions.begin() as s:
        row = s.get(LocalSetting, ADMIN1_KEY)
        if path is None:
            if row is not None:
                s.delete(row)
            return
        value = json.dumps({"path": str(path), "layer": layer})
        if row is None:
            s.add(LocalSetting(key=ADMIN1_KEY, value=value))
        else:
            row.value = value


@lru_cache(maxsize=4)
def _file_areas(path: str, layer: str | None, mtime: float) -> AdminAreas:
    return admin1_from_file(Path(path), layer)


@lru_cache(maxsize=1)
def _sample() -> AdminAreas:
    return sample_admin1()


def admin1_in_use(s: Session) -> AdminAreas:
    """The official boundaries remembered for this database, else the sample admin-1
    layer (also when the file went missing or cannot be read)."""
    row = s.get(LocalSetting, ADMIN1_KEY)
    if row is not None:
        try:
            entry = json.loads(row.value)
            path = Path(entry["path"])
            return _file_areas(str(path), entry.get("layer"), path.stat().st_mtime)
        except (OSError, ValueError, KeyError, TypeError):
            pass
    return _sample()
