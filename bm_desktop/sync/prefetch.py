"""Pull pages fetched ahead of the one being applied, on one thread of their own.

The next page's cursor comes with each page, so the server can prepare the next pages
while the laptop writes this one. Two pages ahead, not one: while the laptop builds a
finished table's indexes (a first connection), the server goes on with the next pages
instead of waiting for the laptop to ask."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

AHEAD = 2  # pages fetched and waiting, at most (memory: a few MB each)


class PageStream:
    """Pages from ``after`` on, in order, as ``fetch(after)`` returns them; an error of
    a fetch is raised by :meth:`next` in the caller's thread."""

    def __init__(
        self, fetch: Callable[[str | None], dict[str, Any]], after: str | None, ahead: int = AHEAD
    ) -> None:
        self._fetch = fetch
        self._pages: queue.Queue[tuple[dict[str, Any] | None, BaseException | None]] = queue.Queue(
            maxsize=ahead
        )
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(after,), name="bm-pull", daemon=True
        )
        self._thread.start()

    def _run(self, after: str | None) -> None:
        try:
            while not self._stop.is_set():
                page = self._fetch(after)
                self._pages.put((page, None))  # waits while ``ahead`` pages wait
                if not page.get("more"):
                    return
                after = page["cursor"]
        except BaseException as exc:  # handed to the caller's thread
            self._pages.put((None, exc))

    def next(self) -> dict[str, Any]:
        page, error = self._pages.get()
        if error is not None:
            raise error
        assert page is not None
        return page

    def close(self) -> None:
        """Stop fetching (a fetch under way ends first); pages not taken are dropped."""
        self._stop.set()
        while self._thread.is_alive():
            try:
                self._pages.get(timeout=0.05)
            except queue.Empty:
                pass
        self._thread.join()
