"""Runs sync in the background: every few minutes, on demand, after a failure with
back-off; tells the window what happened. The work itself is Qt-free
(:class:`bm_desktop.sync.client.SyncClient`) and runs in a QThreadPool worker."""

from __future__ import annotations

from typing import Any

import httpx
from PySide6.QtCore import QObject, QTimer, Signal

from bm_desktop.services.sync_state import LocalStatus, sync_status
from bm_desktop.sync.client import SyncClient, SyncReport
from bm_desktop.sync.credentials import CredentialStore
from bm_desktop.sync.errors import SyncError, localised
from bm_desktop.sync.schedule import SyncSchedule
from bm_desktop.ui import worker

FIRST_SYNC_DELAY_MS = 15_000  # after start, so the window is usable first


class SyncController(QObject):
    status_changed = Signal(object)  # LocalStatus
    running_changed = Signal(bool)
    progress = Signal(int, int, str)
    synced = Signal(object)  # SyncReport
    failed = Signal(str)  # a plain-words message

    def __init__(
        self,
        ctx: Any,
        parent: QObject | None = None,
        *,
        http: httpx.Client | None = None,
        credentials: CredentialStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.credentials = credentials or CredentialStore()
        self._http = http
        self.client: SyncClient | None = None
        self.job: worker.Worker | None = None
        self.failures = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.refresh()
        if self.automatic and self.status().attached:
            self.timer.start(FIRST_SYNC_DELAY_MS)

    @property
    def automatic(self) -> bool:
        return bool(self.ctx.settings.get("sync/automatic"))

    @property
    def schedule(self) -> SyncSchedule:
        minutes = max(1, int(self.ctx.settings.get("sync/interval_minutes")))
        return SyncSchedule(interval_s=minutes * 60)

    def status(self) -> LocalStatus:
        return sync_status(self.db)

    def refresh(self) -> None:
        self.status_changed.emit(self.status())

    @property
    def running(self) -> bool:
        return self.job is not None

    def client_for(self, server: str, user: str) -> SyncClient:
        if self.client is not None and (self.client.server_url, self.client.username) == (
            server.rstrip("/"),
            user,
        ):
            return self.client
        if self.client is not None:
            self.client.close()
        allowed = self.ctx.settings.get("sync/insecure_server") or ""
        self.client = SyncClient(
            self.db,
            server,
            user,
            credentials=self.credentials,
            http=self._http,
            describe=lambda exc: localised(exc, self.ctx.lang),
            allow_http=bool(allowed) and allowed == server.rstrip("/"),
        )
        return self.client

    # -- starting a sync -----------------------------------------------------------------
    def sync_now(self) -> worker.Worker | None:
        """Sync with the server this database is linked to (None if it is not linked)."""
        status = self.status()
        if not status.attached or not status.server_url or not status.username:
            return None
        return self._start(self.client_for(status.server_url, status.username), None)

    def connect_to(
        self,
        server: str,
        user: str,
        password: str,
        *,
        remember: bool,
        first_connection: str | None,
        allow_http: bool = False,
    ) -> worker.Worker:
        """The first connection (or signing in again) with a password typed now.
        ``allow_http``: the user ticked the box allowing this unencrypted address."""
        self.credentials.set_password(server.rstrip("/"), user, password, remember=remember)
        self.ctx.settings.set("sync/insecure_server", server.rstrip("/") if allow_http else "")
        if self.client is not None and self.client.transport.allow_http != allow_http:
            self.client.close()
            self.client = None
        self.ctx.settings.set("sync/last_server", server)
        self.ctx.settings.set("sync/last_user", user)
        return self._start(self.client_for(server, user), first_connection)

    def _start(self, client: SyncClient, first_connection: str | None) -> worker.Worker:
        if self.job is not None:
            return self.job
        self.timer.stop()

        def run(progress) -> SyncReport | SyncError:  # noqa: ANN001
            try:
                return client.sync(progress, first_connection=first_connection)
            except SyncError as exc:  # shown in the status bar, not as a pop-up
                return exc

        job = worker.Worker(run)
        job.signals.progress.connect(self.progress)
        job.signals.result.connect(self._finished)
        job.signals.error.connect(lambda exc: self._finished(SyncError(str(exc))))
        self.job = job
        self.running_changed.emit(True)
        return worker.start(job)

    def _finished(self, outcome: SyncReport | SyncError) -> None:
        self.job = None
        self.running_changed.emit(False)
        if isinstance(outcome, SyncError):
            self.failures += 1
            self.failed.emit(localised(outcome, self.ctx.lang))
        else:
            self.failures = 0
            if outcome.tables:
                self.ctx.data.changed.emit(set(outcome.tables))
            self.synced.emit(outcome)
        self.refresh()
        if self.automatic and self.status().attached:
            self.timer.start(int(self.schedule.next_delay(self.failures) * 1000))

    def sign_out(self) -> None:
        if self.client is not None:
            self.client.logout()

    def shutdown(self) -> None:
        """The window has closed: no more background syncs, the HTTP connections closed."""
        self.timer.stop()
        if self.client is not None:
            self.client.close()
            self.client = None
