"""Where to pull the monitors' submissions from: an ODK Central server, project, form
and web user. Everything but the password is remembered in the settings; the password
is asked each time and never stored."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.odk import FORM_ID
from bm_desktop.exchange.odk_central import CentralForm
from bm_desktop.ui.settings import Settings
from bm_desktop.ui.theme import validation_message
from bm_desktop.ui.unsaved_work import WorkDialog


class CentralDialog(WorkDialog):
    """Asks for the ODK Central server, project, form, email and password."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Monitors' submissions from ODK Central"))
        self.url = QLineEdit(str(settings.get("odk/central_url") or ""))
        self.url.setPlaceholderText("https://central.example.org")
        self.project = QSpinBox(minimum=1, maximum=1_000_000)
        self.project.setValue(int(settings.get("odk/project") or 1))
        self.form = QLineEdit(str(settings.get("odk/form") or FORM_ID))
        self.email = QLineEdit(str(settings.get("odk/email") or ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        fields = QFormLayout()
        fields.addRow(self.tr("Server"), self.url)
        fields.addRow(self.tr("Project number"), self.project)
        fields.addRow(self.tr("Form id"), self.form)
        fields.addRow(self.tr("Email"), self.email)
        fields.addRow(self.tr("Password"), self.password)
        self.message = validation_message()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The submissions are downloaded, then shown in the "
                    "import preview before anything is written."
                )
            )
        )
        layout.addLayout(fields)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password if self.url.text() and self.email.text() else self.url).setFocus()

    def where(self) -> CentralForm:
        return CentralForm(
            self.url.text().strip(),
            self.project.value(),
            self.email.text().strip(),
            self.form.text().strip() or FORM_ID,
        )

    def accept(self) -> None:
        url = self.url.text().strip()
        missing = next(
            (
                w
                for w, ok in (
                    (self.url, url.startswith(("http://", "https://"))),
                    (self.email, bool(self.email.text().strip())),
                    (self.password, bool(self.password.text())),
                )
                if not ok
            ),
            None,
        )
        if missing is not None:
            texts = {
                id(self.url): self.tr("Enter the server's address, starting with https://."),
                id(self.email): self.tr("Enter the email of your ODK Central account."),
                id(self.password): self.tr("Enter your ODK Central password."),
            }
            self.message.setText(texts[id(missing)])
            self.message.show()
            missing.setFocus()
            return
        where = self.where()
        self.settings.set("odk/central_url", where.url)
        self.settings.set("odk/project", where.project)
        self.settings.set("odk/form", where.form)
        self.settings.set("odk/email", where.email)
        super().accept()
