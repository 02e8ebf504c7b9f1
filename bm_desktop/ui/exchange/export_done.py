"""The message that closes an export: where the workbook is, with "Open file" and
"Open folder" buttons.

Both open through ``QDesktopServices.openUrl``, so the system's own program shows the
file; tests register a ``file`` URL handler (``QDesktopServices.setUrlHandler``) to see
what would be opened without opening anything.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


class ExportDoneMessage(QMessageBox):
    """Non-blocking (``open()``): the user reads it, opens the file or the folder, or closes it."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setObjectName("exportDoneMessage")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Export finished"))
        self.setText(
            self.tr("{title} is saved as {name}.").format(title=title, name=self.path.name)
        )
        self.setInformativeText(self.tr("Folder: {folder}").format(folder=self.path.parent))
        self.open_file_button = self.addButton(
            self.tr("Open file"), QMessageBox.ButtonRole.ActionRole
        )
        self.open_folder_button = self.addButton(
            self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_file_button)
        self.setEscapeButton(self.close_button)
        self.opened: QUrl | None = None
        self.buttonClicked.connect(self._on_clicked)

    def _on_clicked(self, button: QAbstractButton) -> None:
        if button is self.open_file_button:
            target = self.path
        elif button is self.open_folder_button:
            target = self.path.parent
        else:
            return
        url = QUrl.fromLocalFile(str(target))
        if QDesktopServices.openUrl(url):
            self.opened = url
            return
        QMessageBox.warning(
            self.parentWidget(),
            self.windowTitle(),
            self.tr("No program on this computer could open {path}.").format(path=target),
        )
