"""Every setting of the app, declared here once (after MusicBrainz Picard's options
and upgrades): its key, type, default and a translatable title, grouped by feature.

Features read and write a setting only through :class:`Settings` with a declared
key (``get`` and ``set`` refuse any other; tests/ui/test_settings_declared.py scans
the code for keys that are not declared here). Stored settings carry a version
(``meta/version``); ``UPGRADES`` brings an older file up to date, renaming the keys
that changed name. Tests point ``BM_DESKTOP_SETTINGS_DIR`` at a temporary folder,
so they never touch the user's settings.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

from bm_desktop.domain.odk import FORM_ID
from bm_desktop.geo.density import DEFAULT_BANDWIDTH_KM
from bm_desktop.geo.proximity import DEFAULT_DAYS, DEFAULT_RADIUS_KM
from bm_desktop.sync.schedule import DEFAULT_INTERVAL_MINUTES

SETTINGS_VERSION = 2


@dataclass(frozen=True)
class Option:
    key: str
    type: type  # bool, int, float, str, bytes, list or dict (list/dict stored as JSON)
    default: Any
    title: str  # marked for translation with QT_TRANSLATE_NOOP("Settings", ...)


OPTIONS: dict[str, Option] = {}


def declare(key: str, type_: type, default: Any, title: object) -> Option:
    """Declare a setting (here, once; a second declaration is a mistake). ``title`` is
    the text QT_TRANSLATE_NOOP marked (typed ``object`` in PySide6's stubs)."""
    if key in OPTIONS:
        raise ValueError(f"setting {key!r} declared twice")
    if not isinstance(default, type_):
        raise TypeError(f"setting {key!r}: default {default!r} is not a {type_.__name__}")
    OPTIONS[key] = Option(key, type_, default, str(title))
    return OPTIONS[key]


# -- the window (ui/app.py, ui/main_window.py, ui/context.py) -------------------------
declare("ui/language", str, "", QT_TRANSLATE_NOOP("Settings", "Interface language"))
declare("ui/geometry", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Window geometry"))
declare("ui/state", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Dock layout"))
declare("ui/role", str, "coordinator", QT_TRANSLATE_NOOP("Settings", "Role of this user"))
declare("filters/state", str, "", QT_TRANSLATE_NOOP("Settings", "Last filters"))
# -- who edits (ui/incident_form.py: current_user) -------------------------------------
declare(
    "user/name",
    str,
    "",
    QT_TRANSLATE_NOOP("Settings", "Your name, recorded on reviews and updates"),
)
# -- the idle lock (ui/idle_lock.py) ---------------------------------------------------
IDLE_LOCK = declare(
    "security/idle_lock_minutes",
    float,
    15.0,
    QT_TRANSLATE_NOOP("Settings", "Lock the window after this many idle minutes (0: never)"),
)
# -- sync (ui/sync_controller.py, ui/sync_connect_dialog.py) ---------------------------
declare(
    "sync/automatic", bool, True, QT_TRANSLATE_NOOP("Settings", "Synchronise in the background")
)
declare(
    "sync/interval_minutes",
    int,
    DEFAULT_INTERVAL_MINUTES,
    QT_TRANSLATE_NOOP("Settings", "Minutes between background syncs"),
)
declare("sync/last_server", str, "", QT_TRANSLATE_NOOP("Settings", "Last sync server address"))
declare("sync/last_user", str, "", QT_TRANSLATE_NOOP("Settings", "Last sync user name"))
declare(
    "sync/insecure_server",
    str,
    "",
    QT_TRANSLATE_NOOP("Settings", "Unencrypted (http://) server address the user allowed"),
)
# -- ODK Central (ui/exchange/central_dialog.py) ---------------------------------------
declare("odk/central_url", str, "", QT_TRANSLATE_NOOP("Settings", "ODK Central server"))
declare("odk/project", int, 1, QT_TRANSLATE_NOOP("Settings", "ODK Central project"))
declare("odk/form", str, FORM_ID, QT_TRANSLATE_NOOP("Settings", "ODK Central form"))
declare("odk/email", str, "", QT_TRANSLATE_NOOP("Settings", "ODK Central web user"))
# -- the map (ui/map/workspace.py, legend_frame.py, boundary_files.py, reference_layers.py)
declare("map/layers", dict, {}, QT_TRANSLATE_NOOP("Settings", "Map layers: visibility and opacity"))
declare("map/layer_order", list, [], QT_TRANSLATE_NOOP("Settings", "Map layers: order"))
declare("map/site_colour", str, "status", QT_TRANSLATE_NOOP("Settings", "Colour sites by"))
declare(
    "map/density_bandwidth_km",
    float,
    DEFAULT_BANDWIDTH_KM,
    QT_TRANSLATE_NOOP("Settings", "Incident density bandwidth (km)"),
)
declare(
    "map/density_weighted",
    bool,
    False,
    QT_TRANSLATE_NOOP("Settings", "Weight incident density by severity"),
)
declare(
    "map/alert_radius_km",
    float,
    DEFAULT_RADIUS_KM,
    QT_TRANSLATE_NOOP("Settings", "Security alert radius (km)"),
)
declare("map/alert_days", int, DEFAULT_DAYS, QT_TRANSLATE_NOOP("Settings", "Security alert days"))
declare("map/view", list, [], QT_TRANSLATE_NOOP("Settings", "Last map view"))
declare("map/legend_visible", bool, True, QT_TRANSLATE_NOOP("Settings", "Show the map legend"))
declare(
    "map/legend_collapsed", bool, False, QT_TRANSLATE_NOOP("Settings", "Collapse the map legend")
)
declare("map/legend_side", str, "right", QT_TRANSLATE_NOOP("Settings", "Side of the map legend"))
declare("map/boundary_files", list, [], QT_TRANSLATE_NOOP("Settings", "Official boundary files"))
# -- printed maps (ui/map/print_layout.py) ---------------------------------------------
declare("print/logo", str, "", QT_TRANSLATE_NOOP("Settings", "Logo on printed maps (image file)"))
# -- visit planner: points per unit of each priority factor (domain/visit_priority.py) -
declare(
    "planner/weight_unverified_severe",
    float,
    10.0,
    QT_TRANSLATE_NOOP("Settings", "Points per unverified high or critical incident"),
)
declare(
    "planner/weight_wfcl",
    float,
    15.0,
    QT_TRANSLATE_NOOP("Settings", "Points per worst-forms-of-child-labour incident"),
)
declare(
    "planner/weight_overdue_actions",
    float,
    3.0,
    QT_TRANSLATE_NOOP("Settings", "Points per overdue action"),
)
declare(
    "planner/weight_visit_due",
    float,
    4.0,
    QT_TRANSLATE_NOOP("Settings", "Points per 30 days beyond the visit interval"),
)
declare(
    "planner/weight_cap_meeting",
    float,
    8.0,
    QT_TRANSLATE_NOOP("Settings", "Points for a CAP meeting during the trip"),
)
declare(
    "planner/weight_security_alerts",
    float,
    6.0,
    QT_TRANSLATE_NOOP("Settings", "Points per security event near the site"),
)
declare(
    "planner/target_interval_days",
    int,
    90,
    QT_TRANSLATE_NOOP("Settings", "Target days between two visits of a site"),
)


def _rename(qs: QSettings, old: str, new: str) -> None:
    """Move a stored value from a key's old name to its new one (the new one wins)."""
    if qs.contains(old):
        if not qs.contains(new):
            qs.setValue(new, qs.value(old))
        qs.remove(old)


# version reached -> function upgrading a QSettings from the previous version
UPGRADES: dict[int, Callable[[QSettings], None]] = {
    # 2: the legend's three settings share a prefix (legend_visible, _collapsed, _side)
    2: lambda qs: _rename(qs, "map/legend", "map/legend_visible"),
}


def settings_path() -> Path:
    override = os.environ.get("BM_DESKTOP_SETTINGS_DIR")
    if override:
        base = Path(override)
    else:
        from platformdirs import user_config_dir

        base = Path(user_config_dir("bm-desktop", "BM Programme"))
    base.mkdir(parents=True, exist_ok=True)
    return base / "settings.ini"


class Settings:
    """Typed access to the declared settings, stored in an INI file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        stored: Any = self._qs.value("meta/version", 0)
        version = int(stored or 0)
        if version == 0 and not self._qs.allKeys():
            version = SETTINGS_VERSION
        for target in sorted(UPGRADES):
            if version < target:
                UPGRADES[target](self._qs)
                version = target
        self._qs.setValue("meta/version", SETTINGS_VERSION)

    def get(self, key: str) -> Any:
        """The stored value of a declared setting, as its declared type (else its default)."""
        option = _option(key)
        value: Any = self._qs.value(key, option.default)
        kind, default = option.type, option.default
        if kind is bool:
            return value in (True, "true", "1", 1)
        if kind in (int, float):
            try:
                return kind(value)
            except (TypeError, ValueError):
                return default
        if kind is bytes:
            if isinstance(value, QByteArray):
                return bytes(value.data())
            return bytes(value) if isinstance(value, bytes | bytearray) else default
        if kind in (dict, list):
            try:
                loaded = json.loads(value) if isinstance(value, str) and value else default
            except json.JSONDecodeError:
                return default
            return loaded if isinstance(loaded, kind) else default
        return "" if value is None else str(value)

    def set(self, key: str, value: Any) -> None:
        """Store a declared setting."""
        option = _option(key)
        if option.type in (dict, list):
            value = json.dumps(value)
        elif isinstance(value, bytes):
            value = QByteArray(value)
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()


def _option(key: str) -> Option:
    option = OPTIONS.get(key)
    if option is None:
        raise KeyError(f"setting {key!r} is not declared in ui/settings.py")
    return option
