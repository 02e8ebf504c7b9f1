"""Connecting this laptop to the programme's server: sign in, decide what happens to
the data already here, then receive the user's sites with a progress bar.

The choice that loses nothing (send this laptop's work to the server) is the default;
replacing this computer's data with the server's deletes work and asks a second time.
Closing it with a typed address, user name or password asks first (a WorkDialog); Save
there is Connect."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.services.sync_state import local_data_rows, sync_status
from bm_desktop.sync.client import SyncReport
from bm_desktop.sync.transport import needs_http_consent
from bm_desktop.ui.theme import count_text
from bm_desktop.ui.unsaved_work import WorkDialog


class ConnectDialog(WorkDialog):
    """Used for the first connection, and to sign in again when a password is needed."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("syncConnectDialog")
        self.setWindowTitle(self.tr("Connect to the programme server"))
        self.setMinimumWidth(640)
        status = sync_status(controller.db)
        settings = controller.ctx.settings
        self.first = not status.attached
        self.server = QLineEdit(status.server_url or settings.get("sync/last_server") or "")
        self.server.setPlaceholderText("https://sync.example.org")
        self.user = QLineEdit(status.username or settings.get("sync/last_user") or "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        if not controller.credentials.persistent:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr(
                    "This computer has no keyring: the password is "
                    "kept only while BM Desktop is open."
                )
            )
        if not self.first:  # signing in again: the link is fixed
            self.server.setReadOnly(True)
        # An http:// address of another computer sends the password in clear: only with
        # an explicit tick, and with a warning in view.
        self.allow_http = QCheckBox(
            self.tr("Allow an unencrypted connection (http://) to this address")
        )
        self.allow_http.setObjectName("syncAllowHttp")
        self.allow_http.setChecked(
            bool(status.server_url) and settings.get("sync/insecure_server") == status.server_url
        )
        self.http_warning = QLabel(
            self.tr(
                "Warning: this address is not encrypted. Your password and the programme's data "
                "would cross the network readable by anyone on the way. Ask for an https:// "
                "address."
            )
        )
        self.http_warning.setObjectName("syncHttpWarning")
        self.http_warning.setWordWrap(True)
        self.http_warning.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow("", self.http_warning)
        form.addRow("", self.allow_http)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.held = local_data_rows(controller.db) if self.first else 0
        self.replace = QRadioButton(
            self.tr(
                "Replace it with the server's data for my account (new laptop, sample programme)"
            )
        )
        self.keep = QRadioButton(
            self.tr("Send it to the server (work done here before connecting)")
        )
        self.choice = QGroupBox(
            self.tr("This laptop already holds {n} records").format(n=count_text(self.held))
        )
        group = QButtonGroup(self)
        box = QVBoxLayout(self.choice)
        for button in (self.keep, self.replace):
            group.addButton(button)
            box.addWidget(button)
        self.keep.setChecked(True)
        self.confirmation: QMessageBox | None = None
        self.choice.setVisible(self.held > 0)
        layout.addWidget(self.choice)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect") if self.first else self.tr("Sign in"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.server.textChanged.connect(self._show_http_warning)
        self._show_http_warning()
        controller.progress.connect(self._on_progress)
        controller.synced.connect(self._on_synced)
        controller.failed.connect(self._on_failed)

    def insecure(self) -> bool:
        """The typed address is http:// and not this computer."""
        server = self.server.text().strip()
        try:
            return server.startswith("http://") and needs_http_consent(server)
        except ValueError:  # not an address yet
            return False

    def _show_http_warning(self) -> None:
        insecure = self.insecure()
        self.http_warning.setVisible(insecure)
        self.allow_http.setVisible(insecure)

    def save_work(self) -> bool:
        """Save on the unsaved-work question connects (the dialog closes once connected)."""
        self.start()
        return not self.isVisible()

    def first_connection_mode(self) -> str | None:
        if not self.first or not self.held:
            return None
        return "keep" if self.keep.isChecked() else "replace"

    def start(self) -> None:
        server, user = self.server.text().strip(), self.user.text().strip()
        if not server.startswith(("http://", "https://")) or not user:
            self.message.setText(
                self.tr("Give the server address (starting with https://) and your user name.")
            )
            return
        if not self.password.text():
            self.message.setText(self.tr("Type your password."))
            return
        if self.insecure() and not self.allow_http.isChecked():
            self.message.setText(
                self.tr(
                    "This address is not encrypted (http://): use an "
                    "https:// address, or tick the box to allow it."
                )
            )
            return
        if self.first_connection_mode() == "replace":
            self._confirm_replace()
            return
        self._connect()

    def _confirm_replace(self) -> None:
        """The second question before deleting this laptop's records (Cancel is the default)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Replace this computer's data?"),
            self.tr(
                "The {n} records on this computer will be deleted and "
                "replaced by the server's data for your account. Work done "
                "here and never sent is lost."
            ).format(n=count_text(self.held)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmReplace")
        replace = box.addButton(
            self.tr("Delete and replace"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)

        def answered(button: QAbstractButton) -> None:
            if button is replace:
                self._connect()
            else:
                self.message.setText(self.tr("Nothing was changed."))

        box.buttonClicked.connect(answered)
        self.confirmation = box
        box.open()

    def _connect(self) -> None:
        server, user = self.server.text().strip(), self.user.text().strip()
        self._busy(True)
        self.message.setText(self.tr("Signing in…"))
        self.controller.connect_to(
            server,
            user,
            self.password.text(),
            remember=self.remember.isChecked(),
            first_connection=self.first_connection_mode(),
            allow_http=self.insecure() and self.allow_http.isChecked(),
        )

    def _busy(self, busy: bool) -> None:
        for w in (
            self.server,
            self.user,
            self.password,
            self.remember,
            self.allow_http,
            self.choice,
            self.connect_button,
        ):
            w.setEnabled(not busy)
        self.progress.setVisible(busy or self.progress.value() > 0)

    def _on_progress(self, done: int, total: int, stage: str) -> None:
        if stage != "first" or not total:
            return
        self.progress.setVisible(True)
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("{done} of {total} records").format(
                done=count_text(done), total=count_text(total)
            )
        )
        self.message.setText(self.tr("Receiving your sites' data…"))

    def _on_synced(self, report: SyncReport) -> None:
        self.message.setText(
            self.tr("Connected: received {n} records.").format(n=count_text(report.pulled))
        )
        self.progress.setValue(self.progress.maximum())
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._busy(False)
        self.message.setText(self.tr("Could not connect: {message}").format(message=message))

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        for signal, slot in (
            (self.controller.progress, self._on_progress),
            (self.controller.synced, self._on_synced),
            (self.controller.failed, self._on_failed),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        super().done(result)
