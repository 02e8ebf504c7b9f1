"""File > Quarterly map pack…: choose the quarter, the region (or all) and where to write;
a progress bar names each map as it is drawn, and Cancel stops and removes the pack."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from bm_desktop.ui.context import AppContext
from bm_desktop.ui.locale_text import place_text
from bm_desktop.ui.map.feature import REGIONS
from bm_desktop.ui.unsaved_work import WorkDialog


class PackDialog(WorkDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Quarterly map pack"))
        self._cancel_asked = False
        self.running = False
        form = QFormLayout(self)
        end = ctx.filters.state.end
        self.quarter = QComboBox()
        for year in range(end.year, end.year - 4, -1):
            for q in (4, 3, 2, 1):
                if dt.date(year, 3 * q - 2, 1) <= end:
                    self.quarter.addItem(self.tr("Q{q} {year}").format(q=q, year=year), (year, q))
        self.region = QComboBox()
        self.region.addItem(self.tr("Every region"), None)
        for name in REGIONS:
            self.region.addItem(place_text(name), name)
        self.path = QLineEdit(str(Path.home() / "map-pack.zip"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.progress = QProgressBar()
        self.status = QLabel()
        form.addRow(self.tr("Quarter"), self.quarter)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Write to (.zip or folder)"), row)
        form.addRow(self.progress)
        form.addRow(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self._cancel)
        form.addRow(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Quarterly map pack"), self.path.text(), self.tr("Zip file (*.zip)")
        )
        if path:
            self.path.setText(path)

    def save_work(self) -> bool:
        """Save on the unsaved-work question writes the pack."""
        return self.start()

    def reject(self) -> None:
        """Escape while the pack is written cancels the writing, as Cancel does."""
        if self.running:
            self._cancel()
            return
        super().reject()

    def _cancel(self) -> None:
        if self.running:
            self._cancel_asked = True
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.status.setText(what)
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # the Cancel button stays live between maps

    def start(self) -> bool:
        """Write the pack (the maps are drawn on the GUI thread, Qt's painting thread);
        returns True when it was written."""
        from bm_desktop.ui.map.pack import PackCancelled, write_pack

        out = Path(self.path.text().strip())
        if not out.parent.is_dir():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The folder {path} does not exist.").format(path=out.parent),
            )
            return False
        if out.suffix.lower() != ".zip" and out.exists() and any(out.iterdir()):
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "The folder {path} is not empty: choose a new or empty folder, or a .zip file."
                ).format(path=out),
            )
            return False
        self.running, self._cancel_asked = True, False
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        try:
            write_pack(
                self.ctx.db,
                self.quarter.currentData(),
                self.region.currentData(),
                out,
                self.ctx.lang,
                progress=self._progress,
                cancelled=lambda: self._cancel_asked,
                ctx=self.ctx,
            )
        except PackCancelled:
            self.status.setText(self.tr("Cancelled: nothing was written."))
            return False
        finally:
            self.running = False
            self.unsetCursor()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.status.setText(self.tr("Written to {path}.").format(path=out))
        self.written = out
        self.mark_clean()  # written: closing now loses nothing
        return True
