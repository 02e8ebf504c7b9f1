"""File > Load official boundaries…: GeoPackage, Shapefile or GeoJSON in any CRS.

The file is read and reprojected (to WGS 84, then Web Mercator) in a worker,
drawn in place as its own layer, may replace the sample admin-1 layer, and is
remembered in the settings so it comes back at the next start. A remembered
file that has gone missing gives a clear message, never a crash.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from bm_desktop import APP_NAME
from bm_desktop.geo.basemap_mercator import PolygonFeatures, boundary_layers, read_boundary_file
from bm_desktop.services.admin_boundaries import set_admin1_file
from bm_desktop.ui import worker
from bm_desktop.ui.map.boundaries import OfficialBoundariesLayer
from bm_desktop.ui.map.workspace import MapWorkspace

FILE_FILTER = "*.gpkg *.shp *.geojson *.json"


def layer_key(path: str, layer: str | None) -> str:
    digest = hashlib.sha1(f"{path}|{layer or ''}".encode()).hexdigest()[:10]
    return f"boundaries:{digest}"


class BoundaryFiles(QObject):
    loaded = Signal(str)  # layer key
    failed = Signal(str)  # message

    def __init__(self, window: Any, workspace: MapWorkspace) -> None:
        super().__init__(window)
        self.window, self.ws = window, workspace
        self.last_message = ""
        self._jobs: list[worker.Worker] = []

    # -- remembered files ----------------------------------------------------------------
    def entries(self) -> list[dict]:
        return [
            e
            for e in (self.ws.ctx.settings.get("map/boundary_files") or [])
            if isinstance(e, dict) and e.get("path")
        ]

    def _remember(self, entry: dict) -> None:
        kept = [
            e
            for e in self.entries()
            if (e["path"], e.get("layer")) != (entry["path"], entry.get("layer"))
        ]
        self.ws.ctx.settings.set("map/boundary_files", kept + [entry])

    def restore(self) -> None:
        """Load the files remembered from earlier sessions."""
        for entry in self.entries():
            path = Path(entry["path"])
            if not path.exists():
                self.warn(
                    self.tr(
                        "The official boundary file {path} was not found (moved, renamed or on a "
                        "drive that is not connected). The sample admin-1 layer is shown instead. "
                        "Load the file again from File > Load official boundaries… or remove it "
                        "in the Layers dock."
                    ).format(path=path)
                )
                if entry.get("replace_admin1"):
                    self.ws.admin1.set_visible(True)  # so some boundaries are drawn
                continue
            self.load(path, entry.get("layer"), bool(entry.get("replace_admin1")), remember=False)

    # -- loading -------------------------------------------------------------------------
    def ask_and_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Load official boundaries"),
            "",
            self.tr("Boundary files ({patterns});;All files (*)").format(patterns=FILE_FILTER),
        )
        if not path:
            return
        layer = None
        if path.lower().endswith(".gpkg"):
            try:
                layers = boundary_layers(Path(path))
            except Exception as exc:  # unreadable file: say so
                self.warn(
                    self.tr("{file} could not be read: {error}").format(
                        file=Path(path).name, error=exc
                    )
                )
                return
            if len(layers) > 1:
                layer, ok = QInputDialog.getItem(
                    self.window,
                    self.tr("Choose a layer"),
                    self.tr("Layer with the boundaries:"),
                    layers,
                    0,
                    False,
                )
                if not ok:
                    return
        answer = QMessageBox.question(
            self.window,
            self.tr("Load official boundaries"),
            self.tr(
                "Replace the sample admin-1 layer (Natural Earth, DRC pre-2015 provinces) "
                "with these boundaries?"
            ),
        )
        self.load(Path(path), layer, answer == QMessageBox.StandardButton.Yes)

    def load(
        self,
        path: Path,
        layer: str | None = None,
        replace_admin1: bool = True,
        remember: bool = True,
    ) -> worker.Worker:
        """Read and draw a boundary file in a worker (``loaded`` or ``failed`` follows)."""

        def read() -> PolygonFeatures | str:
            try:
                return read_boundary_file(path, layer)
            except (OSError, ValueError) as exc:
                return str(exc)

        job = worker.Worker(read)
        job.signals.result.connect(
            lambda result: self._on_read(result, str(path), layer, replace_admin1, remember)
        )
        self._jobs = self._jobs[-8:] + [job]
        return worker.start(job)

    def _on_read(
        self,
        result: PolygonFeatures | str,
        path: str,
        layer: str | None,
        replace_admin1: bool,
        remember: bool,
    ) -> None:
        if isinstance(result, str):
            self.warn(result)
            self.failed.emit(result)
            return
        key = layer_key(path, layer)
        canvas = self.ws.canvas
        existing = canvas.layer(key)
        if existing is None:
            name = Path(path).name + (f" ({layer})" if layer else "")
            boundary = OfficialBoundariesLayer(key, name)
            boundary.lang = self.ws.ctx.lang
            canvas.add_layer(boundary)
            state = (self.ws.ctx.settings.get("map/layers") or {}).get(key, {})
            boundary.set_visible(bool(state.get("visible", True)))
            boundary.set_opacity(float(state.get("opacity", 1.0)))
            boundary.changed.connect(self.ws.labels.invalidate)
            self.ws.labels.sources.append(boundary)
            order = [k for k in canvas.order() if k != key]
            at = order.index("admin1") if "admin1" in order else len(order)
            canvas.apply_order(order[:at] + [key] + order[at:])
        else:
            boundary = existing
        boundary.set_features(result)
        boundary.view_changed(canvas.view_rect(), canvas.pixel_size())
        self.ws.labels.invalidate()
        if replace_admin1:
            self.ws.admin1.set_visible(False)
            self.ws.admin1.replaced_by = Path(path).name
            # the reports place events in provinces with the boundaries in use
            set_admin1_file(self.ws.ctx.db, path, layer)
        if remember:
            self._remember({"path": path, "layer": layer, "replace_admin1": replace_admin1})
        self.ws.save_layer_settings()
        self.window.statusBar().showMessage(
            self.tr("Loaded {n} boundaries from {file}.").format(
                n=len(result.geoms), file=Path(path).name
            ),
            10000,
        )
        self.loaded.emit(key)

    def remove(self, key: str) -> None:
        canvas = self.ws.canvas
        layer = canvas.layer(key)
        if layer is None:
            return
        canvas.remove_layer(layer)
        if layer in self.ws.labels.sources:
            self.ws.labels.sources.remove(layer)
        kept = [e for e in self.entries() if layer_key(e["path"], e.get("layer")) != key]
        self.ws.ctx.settings.set("map/boundary_files", kept)
        replacing = [e for e in kept if e.get("replace_admin1")]
        set_admin1_file(
            self.ws.ctx.db,
            replacing[-1]["path"] if replacing else None,
            replacing[-1].get("layer") if replacing else None,
        )
        if not kept:
            self.ws.admin1.set_visible(True)
            self.ws.admin1.replaced_by = None
        self.ws.save_layer_settings()
        canvas.refresh_overlays()
        self.ws.labels.invalidate()

    def warn(self, text: str) -> None:
        """A clear message that does not block (the map keeps working)."""
        self.last_message = text
        self.window.statusBar().showMessage(text, 20000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()
