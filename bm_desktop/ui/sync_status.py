"""The sync state in the status bar, in plain words: last successful sync, changes
waiting to be sent, conflicts to review, and what went wrong."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from bm_desktop.services.sync_state import LocalStatus


def local_time(utc: dt.datetime) -> dt.datetime:
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


class SyncStatusButton(QToolButton):
    """Click: sync now. Its menu: conflicts, connecting, signing out."""

    def __init__(self, menu: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setMenu(menu)
        self._status: LocalStatus | None = None
        self._running = False
        self._failed_now = False

    def _when(self, utc: dt.datetime, now: dt.datetime | None = None) -> str:
        when = local_time(utc)
        now = now or dt.datetime.now()
        if when.date() == now.date():
            return self.tr("today at {time}").format(time=when.strftime("%H:%M"))
        if when.date() == now.date() - dt.timedelta(days=1):
            return self.tr("yesterday at {time}").format(time=when.strftime("%H:%M"))
        return when.strftime("%Y-%m-%d %H:%M")

    def text_for(self, status: LocalStatus, running: bool,
                 now: dt.datetime | None = None) -> tuple[str, str]:
        """(the label, the tooltip) for a status."""
        if not status.attached:
            return (self.tr("Not connected to a server"),
                    self.tr("Tools > Connect to the programme server… links this laptop to "
                            "the central server."))
        parts = []
        if running:
            parts.append(self.tr("Synchronising…"))
        elif status.last_error:
            parts.append(self.tr("Sync failed"))
        elif status.last_success_at:
            parts.append(self.tr("Synced {when}").format(when=self._when(status.last_success_at,
                                                                        now)))
        else:
            parts.append(self.tr("Not synchronised yet"))
        if status.pending:
            parts.append(self.tr("changes waiting: {n}").format(n=status.pending))
        if status.open_conflicts:
            parts.append(self.tr("conflicts to review: {n}").format(n=status.open_conflicts))
        if status.rejected:
            parts.append(self.tr("refused changes: {n}").format(n=status.rejected))
        tip = [self.tr("Server: {url} (user {user})").format(url=status.server_url,
                                                              user=status.username)]
        if status.last_success_at:
            tip.append(self.tr("Last successful sync: {when}").format(
                when=self._when(status.last_success_at, now)))
        else:
            tip.append(self.tr("No successful sync yet."))
        if status.last_error and not running:
            tip.append(self.tr("Last attempt failed: {error}").format(error=status.last_error))
            tip.append(self.tr("Nothing is lost: changes wait on this laptop and are sent at "
                               "the next successful sync."))
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
        self.setToolTip(tip)
        self.setProperty("state", "error" if self._status.last_error and not self._running
                         else "ok")
