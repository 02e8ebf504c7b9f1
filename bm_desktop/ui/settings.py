"""Declared, versioned settings (after MusicBrainz Picard's options and upgrades).

Every setting is declared once with its key, default and a translatable
title. Stored settings carry a version; ``UPGRADES`` brings older files up to
date. Tests point ``BM_DESKTOP_SETTINGS_DIR`` at a temporary folder, so they
never touch the user's settings.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    title: str  # marked for translation with QT_TRANSLATE_NOOP("Settings", ...)


OPTIONS: dict[str, Option] = {}


def declare(key: str, default: Any, title: str) -> Option:
    """Declare a setting (each feature declares its own at import time)."""
    if key in OPTIONS and OPTIONS[key].default != default:
        raise ValueError(f"setting {key!r} declared twice with different defaults")
    OPTIONS[key] = Option(key, default, title)
    return OPTIONS[key]


declare("ui/language", "", QT_TRANSLATE_NOOP("Settings", "Interface language"))
declare("ui/geometry", b"", QT_TRANSLATE_NOOP("Settings", "Window geometry"))
declare("ui/state", b"", QT_TRANSLATE_NOOP("Settings", "Dock layout"))
declare("ui/role", "coordinator", QT_TRANSLATE_NOOP("Settings", "Role of this user"))
declare("filters/state", "", QT_TRANSLATE_NOOP("Settings", "Last filters"))
# Visit planner: points per unit of each priority factor (domain/visit_priority.py).
declare("planner/weight_unverified_severe", 10.0,
        QT_TRANSLATE_NOOP("Settings", "Points per unverified high or critical incident"))
declare("planner/weight_wfcl", 15.0,
        QT_TRANSLATE_NOOP("Settings", "Points per worst-forms-of-child-labour incident"))
declare("planner/weight_overdue_actions", 3.0,
        QT_TRANSLATE_NOOP("Settings", "Points per overdue action"))
declare("planner/weight_visit_due", 4.0,
        QT_TRANSLATE_NOOP("Settings", "Points per 30 days beyond the visit interval"))
declare("planner/weight_cap_meeting", 8.0,
        QT_TRANSLATE_NOOP("Settings", "Points for a CAP meeting during the trip"))
declare("planner/weight_security_alerts", 6.0,
        QT_TRANSLATE_NOOP("Settings", "Points per security event near the site"))
declare("planner/target_interval_days", 90,
        QT_TRANSLATE_NOOP("Settings", "Target days between two visits of a site"))

# version reached -> function upgrading a QSettings from the previous version
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


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
        version = int(self._qs.value("meta/version", 0) or 0)
        if version == 0 and not self._qs.allKeys():
            version = SETTINGS_VERSION
        for target in sorted(UPGRADES):
            if version < target:
                UPGRADES[target](self._qs)
                version = target
        self._qs.setValue("meta/version", SETTINGS_VERSION)

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self._qs.value(key, option.default)
        default = option.default
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, float):
            try:
                return float(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, bytes):
            return bytes(value.data()) if isinstance(value, QByteArray) else bytes(value or b"")
        if isinstance(default, (dict, list)):
            try:
                return json.loads(value) if isinstance(value, str) and value else default
            except json.JSONDecodeError:
                return default
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise KeyError(f"setting {key!r} is not declared")
        if isinstance(OPTIONS[key].default, (dict, list)):
            value = json.dumps(value)
        elif isinstance(value, bytes):
            value = QByteArray(value)
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()
