"""File > Export map…, File > Print… (with a print preview), File > Quarterly map pack…,
and the map's right-click menu with the first two.

The page is the one of ``bm-desktop map``: :mod:`~bm_desktop.ui.map.print_layout` over
a :class:`~bm_desktop.ui.map.print_map.PrintMap` that shows what the window shows
(its layers, colours, filters) over the map's current view or a region.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from bm_desktop.ui.locale_text import place_text
from bm_desktop.ui.map.feature import REGIONS
from bm_desktop.ui.map.print_layout import LAYOUT_DPI, PageSpec, frames, page_layout, paint_page
from bm_desktop.ui.map.print_map import MapOptions, PrintMap
from bm_desktop.ui.unsaved_work import WorkDialog

VIEW = "__view__"
translate = QCoreApplication.translate


class ExportMapDialog(WorkDialog):
    """Title, extent, paper, orientation, resolution and file of a presentation map."""

    def __init__(self, parent: QWidget | None = None, default_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export map"))
        form = QFormLayout(self)
        self.title = QLineEdit(self.tr("Programme sites and incidents"))
        self.extent = QComboBox()
        self.extent.addItem(self.tr("The map's current view"), VIEW)
        self.extent.addItem(self.tr("Whole programme"), None)
        for region in REGIONS:
            self.extent.addItem(self.tr("Region: {name}").format(name=place_text(region)), region)
        self.paper = QComboBox()
        self.paper.addItems(["A4", "A3"])
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 600)
        self.dpi.setValue(300)
        self.dpi.setSuffix(self.tr(" dpi (PNG)"))
        self.path = QLineEdit(str((default_dir or Path.home()) / "map.pdf"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Extent"), self.extent)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Resolution"), self.dpi)
        form.addRow(self.tr("File (.pdf, .png, .svg)"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export map"),
            self.path.text(),
            self.tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            self.path.setText(path)

    def save_work(self) -> bool:
        self._accept()
        return not self.isVisible()

    def _accept(self) -> None:
        path = Path(self.path.text().strip())
        if path.suffix.lower() not in (".pdf", ".png", ".svg"):
            QMessageBox.warning(
                self, self.tr("Export map"), self.tr("Choose a file ending in .pdf, .png or .svg.")
            )
            return
        if not path.parent.is_dir():
            QMessageBox.warning(
                self,
                self.tr("Export map"),
                self.tr("The folder {path} does not exist.").format(path=path.parent),
            )
            return
        self.accept()

    def spec(self) -> PageSpec:
        return PageSpec(
            size=self.paper.currentText(),
            orientation=self.orientation.currentData(),
            title=self.title.text().strip(),
            dpi=self.dpi.value(),
        )

    def options(self, view: QRectF) -> MapOptions:
        extent = self.extent.currentData()
        return MapOptions(view=view) if extent == VIEW else MapOptions(region=extent)


class PrintFeature:
    """The actions, and the export and print they run."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.export_action = QAction(translate("PrintFeature", "Export map…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_map)
        self.print_action = QAction(translate("PrintFeature", "Print map…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_map)
        self.pack_action = QAction(translate("PrintFeature", "Quarterly map pack…"), window)
        self.pack_action.triggered.connect(self.map_pack)
        self.preview: QPrintPreviewDialog | None = None
        self.context_menu: QMenu | None = None
        self.last_path: Path | None = None

    @property
    def ws(self) -> Any:
        return self.window.map_workspace

    def _print_map(self, spec: PageSpec, options: MapOptions) -> PrintMap:
        f = frames(spec)
        pm = PrintMap(self.window.ctx, f.map.width(), f.map.height())
        pm.apply(options)
        return pm

    def export_map(self) -> bool:
        dialog = ExportMapDialog(self.window, self.last_path.parent if self.last_path else None)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.export_to(
            Path(dialog.path.text().strip()),
            dialog.spec(),
            dialog.options(self.ws.canvas.view_rect()),
        )

    def export_to(self, path: Path, spec: PageSpec, options: MapOptions) -> bool:
        from bm_desktop.ui.map.print_layout import write

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pm = self._print_map(spec, options)
            try:
                write(pm, spec, path)
            finally:
                pm.close()
        except (OSError, ValueError, TimeoutError) as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, translate("PrintFeature", "Export map"), str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.last_path = path
        self.window.statusBar().showMessage(
            translate("PrintFeature", "Map written to {path}.").format(path=path), 15000
        )
        return True

    def print_map(self) -> QPrintPreviewDialog:
        """The print preview of the map's current view (A4 landscape unless changed)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        spec = PageSpec()
        printer.setPageLayout(page_layout(spec))
        printer.setResolution(int(LAYOUT_DPI))
        printer.setFullPage(True)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(translate("PrintFeature", "Print map"))
        state: dict[str, PrintMap] = {}

        def paint(pr: QPrinter) -> None:
            landscape = pr.pageLayout().orientation() == pr.pageLayout().Orientation.Landscape
            page = PageSpec(
                orientation="landscape" if landscape else "portrait",
                size="A3"
                if pr.pageLayout().pageSize().id() == pr.pageLayout().pageSize().PageSizeId.A3
                else "A4",
            )
            pr.setResolution(int(LAYOUT_DPI))
            key = f"{page.size}-{page.orientation}"
            if key not in state:
                for old in state.values():
                    old.close()
                state.clear()
                state[key] = self._print_map(page, MapOptions(view=self.ws.canvas.view_rect()))
            p = QPainter(pr)
            paint_page(p, state[key], page)
            p.end()

        dialog.paintRequested.connect(paint)

        def closed(_result: int) -> None:
            for pm in state.values():
                pm.close()
            state.clear()

        dialog.finished.connect(closed)
        self.preview = dialog
        dialog.open()
        return dialog

    def map_pack(self) -> None:
        from bm_desktop.ui.map.pack_dialog import PackDialog

        self.pack_dialog = PackDialog(self.window.ctx, self.window)
        self.pack_dialog.open()

    def show_context_menu(self, pos: QPoint) -> QMenu:
        menu = QMenu(self.window)
        menu.addAction(self.export_action)
        menu.addAction(self.print_action)
        self.context_menu = menu
        menu.popup(self.ws.canvas.view.mapToGlobal(pos))
        return menu


def install(window: Any) -> PrintFeature:
    """Add the actions to the File menu (above Quit) and the map's right-click menu
    (kept as ``MainWindow.print_feature``)."""
    feature = PrintFeature(window)
    menu: QMenu = window.file_menu
    before = getattr(window, "quit_action", None)
    for action in (feature.export_action, feature.print_action, feature.pack_action):
        menu.insertAction(before, action)
    menu.insertSeparator(before)
    view = window.map_canvas.view  # (the viewport's context menu events reach the view)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(feature.show_context_menu)
    return feature
