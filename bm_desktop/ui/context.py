"""What every view is handed: the database, settings, language, role, and the
shared state that views listen to (filters and site selection)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, Signal

from bm_desktop.domain.filters import FilterState
from bm_desktop.services.database_files import Database
from bm_desktop.ui.settings import Settings


@cache
def _early_pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=2, thread_name_prefix="bm-early")


class FilterController(QObject):
    """Holds the global filters; every layer, table and figure listens to ``changed``."""

    changed = Signal(object)  # FilterState

    def __init__(
        self, settings: Settings, parent: QObject | None = None, default_period: tuple | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        # the latest reporting year with data (services.periods), REPORTING_YEAR if unknown
        self.default_period = default_period or (FilterState().start, FilterState().end)
        default = FilterState().with_period(*self.default_period)
        self.default_state = default
        stored = settings.get("filters/state")
        try:
            self._state = FilterState.from_dict(json.loads(stored)) if stored else default
        except (json.JSONDecodeError, TypeError):
            self._state = default

    @property
    def state(self) -> FilterState:
        return self._state

    def set_state(self, state: FilterState) -> None:
        if state == self._state:
            return
        self._state = state
        self._settings.set("filters/state", json.dumps(state.to_dict()))
        self.changed.emit(state)


class SiteSelection(QObject):
    """The sites the user selected (on the map, in a table); views follow ``changed``."""

    changed = Signal(list)  # list[uuid.UUID]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[uuid.UUID] = []

    @property
    def ids(self) -> list[uuid.UUID]:
        return list(self._ids)

    def select(self, ids: list[uuid.UUID]) -> None:
        ids = list(dict.fromkeys(ids))
        if ids != self._ids:
            self._ids = ids
            self.changed.emit(list(ids))


class DataChanged(QObject):
    """Emitted by whoever writes to the database, so views reload (table names)."""

    changed = Signal(set)


@dataclass
class AppContext:
    db: Database
    settings: Settings
    lang: str = "en"
    role: str = "coordinator"
    filters: FilterController = field(init=False)
    selection: SiteSelection = field(init=False)
    data: DataChanged = field(init=False)

    early: dict[str, Future] = field(init=False)

    def __post_init__(self) -> None:
        from bm_desktop.services.periods import default_period

        self.filters = FilterController(self.settings, default_period=default_period(self.db))
        self.selection = SiteSelection()
        self.data = DataChanged()
        self.early = {}

    def start_early(self, name: str, fn: Callable[..., Any], *args: Any) -> None:
        """Start a load the first view needs before the window that shows it is built
        (on its own thread, overlapping the imports and widget construction)."""
        self.early[name] = _early_pool().submit(fn, *args)

    def take_early(self, name: str) -> Callable[[], Any] | None:
        """What waits for and returns that early load (once), or None if none was started;
        meant to be run by a worker, not on the GUI thread."""
        future = self.early.pop(name, None)
        return future.result if future is not None else None

    @property
    def source_line(self) -> str:
        """Where the data on screen comes from (shown in the status bar and on exports)."""
        from bm_desktop.i18n import translate

        return translate("DataSource", self.db.info.get("source", ""), self.lang)
