"""The sync state in the status bar, in plain words: last successful sync, changes
waiting to be sent, conflicts to review, and what went wrong."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from bm_desktop.services.sync_state import LocalStatus
from bm_desktop.ui.dates import datetime_text
from bm_desktop.ui.status_bar import MIN_TEXT_WIDTH, SLACK


def local_time(utc: dt.datetime) -> dt.datetime:
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


class SyncStatusButton(QToolButton):
    """Click: sync now. Its menu: conflicts, connecting, signing out.

    On a narrow status bar the text is shortened with "…" (the tooltip says it all), so
    it never pushes over the map's coordinates nor widens the window."""

    def __init__(self, menu: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setMenu(menu)
        self._status: LocalStatus | None = None
        self._running = False
        self._failed_now = False
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # -- a text that gives up width first -------------------------------------------------
    def setText(self, text: str) -> None:  # noqa: N802  (Qt name)
        self._full = text
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def _chrome(self) -> int:
        """The button's width around its text (margins, the menu arrow)."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(super().text())

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        return QSize(
            self._chrome() + self.fontMetrics().horizontalAdvance(self._full) + SLACK,
            super().sizeHint().height(),
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        text = min(self.fontMetrics().horizontalAdvance(self._full), MIN_TEXT_WIDTH)
        return QSize(self._chrome() + text, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.width() - self._chrome(), 0)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != super().text():
            super().setText(shown)

    def _when(self, utc: dt.datetime, now: dt.datetime | None = None) -> str:
        when = local_time(utc)
        now = now or dt.datetime.now()
        if when.date() == now.date():
            return self.tr("today at {time}").format(time=when.strftime("%H:%M"))
        if when.date() == now.date() - dt.timedelta(days=1):
            return self.tr("yesterday at {time}").format(time=when.strftime("%H:%M"))
        return datetime_text(when)

    def text_for(
        self, status: LocalStatus, running: bool, now: dt.datetime | None = None
    ) -> tuple[str, str]:
        """(the label, the tooltip) for a status."""
        if not status.attached:
            return (
                self.tr("Not connected to a server"),
                self.tr(
                    "Tools > Connect to the programme server… links this laptop to "
                    "the central server."
                ),
            )
        parts = []
        if running:
            parts.append(self.tr("Synchronising…"))
        elif status.last_error:
            parts.append(self.tr("Sync failed"))
        elif status.last_success_at:
            parts.append(
                self.tr("Synced {when}").format(when=self._when(status.last_success_at, now))
            )
        else:
            parts.append(self.tr("Not synchronised yet"))
        if status.pending:
            parts.append(self.tr("changes waiting: {n}").format(n=status.pending))
        if status.open_conflicts:
            parts.append(self.tr("conflicts to review: {n}").format(n=status.open_conflicts))
        if status.rejected:
            parts.append(self.tr("refused changes: {n}").format(n=status.rejected))
        tip = [
            self.tr("Server: {url} (user {user})").format(
                url=status.server_url, user=status.username
            )
        ]
        if status.last_success_at:
            tip.append(
                self.tr("Last successful sync: {when}").format(
                    when=self._when(status.last_success_at, now)
                )
            )
        else:
            tip.append(self.tr("No successful sync yet."))
        if status.last_error and not running:
            tip.append(self.tr("Last attempt failed: {error}").format(error=status.last_error))
            tip.append(
                self.tr(
                    "Nothing is lost: changes wait on this laptop and are sent at "
                    "the next successful sync."
                )
            )
        tip.append(self.tr("Click to sync now."))
        return " · ".join(parts), "\n".join(tip)

    def show_status(self, status: LocalStatus) -> None:
        self._status = status
        self._render()

    def set_running(self, running: bool) -> None:
        self._running = running
        self._render()

    def _render(self) -> None:
        if self._status is None:
            return
        text, tip = self.text_for(self._status, self._running)
        self.setText(text)
        self.setToolTip(f"{text}\n{tip}")  # in full, should the bar have shortened it
        self.setProperty(
            "state", "error" if self._status.last_error and not self._running else "ok"
        )
