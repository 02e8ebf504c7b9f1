"""The passphrase asked at start: unlock an encrypted database, or encrypt a new or plain one.

The window never works on a plain database: at the first start (or on a plain file from
an earlier version) it asks for a new passphrase, or offers a random key kept in this
computer's keyring, and the plain file is converted in place before the window opens
(``app.prepare_database``). An encrypted file is unlocked with the key in the keyring,
else with the typed passphrase; a wrong one is said in the dialog, which stays open.
``BM_DESKTOP_PASSPHRASE`` answers without a dialog (scripts, tests, benchmarks).
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.services import database_files as files
from bm_desktop.services.start_key import DatabaseKey, StartKey, key_without_asking

CONTEXT = "DatabaseUnlock"
translate = QCoreApplication.translate


class StartCancelled(Exception):
    """The user closed the passphrase dialog: the window does not open."""


def forgotten_note() -> str:
    return translate(
        "DatabaseUnlock",
        "Forgotten passphrase? It cannot be recovered and no plain copy is kept. The "
        "programme's data on this laptop can be brought back from the server by a "
        "fresh first connection (a new database).",
    )


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted database (``unlock``) or a new one."""

    def __init__(self, path: Path, unlock: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.unlock, self.result_key = path, unlock, None
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(
            translate("DatabaseUnlock", "Unlock the database")
            if unlock
            else translate("DatabaseUnlock", "Protect the database")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "DatabaseUnlock", "The programme database {name} is encrypted. Type its passphrase."
            ).format(name=path.name)
            if unlock
            else translate(
                "DatabaseUnlock",
                "The programme database on this laptop is encrypted, so that a lost "
                "or seized laptop gives away no victim or witness. Choose a "
                "passphrase (at least {n} characters) to type at every start.",
            ).format(n=files.MIN_PASSPHRASE)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphrase")
        form.addRow(translate("DatabaseUnlock", "Passphrase"), self.passphrase)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="repeat")
        self.keyring = QCheckBox(
            translate(
                "DatabaseUnlock",
                "Keep a key in this computer's keyring instead (no "
                "passphrase to type; anyone who can log in to this "
                "account opens the data)",
            ),
            objectName="use_keyring",
        )
        if not unlock:
            form.addRow(translate("DatabaseUnlock", "Repeat it"), self.repeat)
            self.keyring.setEnabled(files.has_keyring())
            if not files.has_keyring():
                self.keyring.setToolTip(
                    translate("DatabaseUnlock", "This computer has no keyring.")
                )
            self.keyring.toggled.connect(self._on_keyring_toggled)
            form.addRow(self.keyring)
        layout.addLayout(form)
        self.problem = QLabel(objectName="problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        note = QLabel(forgotten_note(), objectName="forgotten_note")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _on_keyring_toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(not on)
        self.repeat.setEnabled(not on)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _on_accept(self) -> None:
        typed = self.passphrase.text()
        if self.unlock:
            QCoreApplication.processEvents()
            self.setCursor(Qt.CursorShape.WaitCursor)
            try:
                key = files.key_for_passphrase(self.path, typed)
                ok = files.check_key(self.path, key)
            finally:
                self.unsetCursor()
            if not ok:
                self.passphrase.selectAll()
                self._say(
                    translate(
                        "DatabaseUnlock",
                        "Wrong passphrase: nothing was opened. Type it again (letters, "
                        "case and accents count).",
                    )
                )
                return
            self.result_key = DatabaseKey(key)
        elif self.keyring.isChecked():
            key = files.new_keyring_key(self.path)
            if key is None:
                self._say(
                    translate(
                        "DatabaseUnlock", "The keyring could not keep the key: choose a passphrase."
                    )
                )
                return
            self.result_key = DatabaseKey(key, files.KeyParameters.new(in_keyring=True))
        else:
            if len(typed) < files.MIN_PASSPHRASE:
                self._say(
                    translate(
                        "DatabaseUnlock", "The passphrase must have at least {n} characters."
                    ).format(n=files.MIN_PASSPHRASE)
                )
                return
            if typed != self.repeat.text():
                self._say(translate("DatabaseUnlock", "The two passphrases differ."))
                return
            params = files.KeyParameters.new()
            self.result_key = DatabaseKey(files.derive_key(typed, params), params)
        self.accept()


def database_key(
    path: Path, parent: QWidget | None = None, known: Future[StartKey] | None = None
) -> DatabaseKey | None:
    """The key to open ``path`` with at start (None: a read-only plain file, opened as
    it is). ``known`` is the keyring's or environment's answer when the start began
    looking for it on a thread (``keys.start_key``). Raises :class:`StartCancelled`
    when the user closes the dialog."""
    answer = known.result() if known is not None else key_without_asking(path)
    if not answer.ask:
        return answer.key
    dialog = PassphraseDialog(path, unlock=answer.encrypted, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_key is None:
        raise StartCancelled
    return dialog.result_key
