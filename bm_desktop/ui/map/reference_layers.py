"""Reference layers in the window: loaded at start from the database, added from a
register file (Layers dock > Add a reference layer…), removed, and identified by a
click on one of their sites (a window with its attributes and visit history).

Each layer is drawn just under the security events, so under the programme's sites
and alerts; its visibility and opacity are remembered like every layer's.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bm_desktop import APP_NAME
from bm_desktop.domain.errors import BmError
from bm_desktop.services.reference_layers import (
    ReferenceSites,
    list_layers,
    load_reference_sites,
    reference_site,
    remove_layer,
)
from bm_desktop.ui import worker
from bm_desktop.ui.map.reference_sites import PREFIX, ReferenceSitesLayer
from bm_desktop.ui.map.workspace import MapWorkspace
from bm_desktop.ui.reference_site_dialog import ReferenceSiteDialog
from bm_desktop.ui.unsaved_work import ask_text

FILE_FILTER = "*.csv *.txt *.xlsx *.geojson *.json *.gpkg"
BELOW = "events"  # reference layers go right under this layer (so under the sites)
SHOWN_REASONS = 15


def _load_all(db) -> list[ReferenceSites]:  # noqa: ANN001
    return [load_reference_sites(db, info.name) for info in list_layers(db)]


class ReferenceLayers(QObject):
    changed = Signal()  # a layer was added or removed

    def __init__(self, window: Any, workspace: MapWorkspace) -> None:
        super().__init__(window)
        self.window, self.ws = window, workspace
        self.dialog: ReferenceSiteDialog | None = None
        self.last_message = ""
        self._jobs: list[worker.Worker] = []

    # -- layers on the canvas ------------------------------------------------------------
    def layers(self) -> list[ReferenceSitesLayer]:
        return [lay for lay in self.ws.canvas.layers if isinstance(lay, ReferenceSitesLayer)]

    def _start(self, job: worker.Worker, writes: bool = False) -> worker.Worker:
        self._jobs = self._jobs[-8:] + [job]
        return worker.start(job, worker.write_pool() if writes else None)

    def restore(self) -> worker.Worker:
        """Draw the reference layers stored in the database (in a worker)."""
        job = worker.Worker(_load_all, self.ws.ctx.db)
        job.signals.result.connect(lambda tables: [self.show_layer(t) for t in tables])
        return self._start(job)

    def show_layer(self, sites: ReferenceSites) -> ReferenceSitesLayer:
        canvas = self.ws.canvas
        existing = canvas.layer(PREFIX + sites.layer)
        if existing is not None:
            canvas.remove_layer(existing)
        layer = ReferenceSitesLayer(sites, self.ws.mineral_names)
        canvas.add_layer(layer)
        state = (self.ws.ctx.settings.get("map/layers") or {}).get(layer.key, {})
        layer.set_visible(bool(state.get("visible", True)))
        layer.set_opacity(float(state.get("opacity", 1.0)))
        layer.changed.connect(self.ws.labels.invalidate)
        layer.site_clicked.connect(self.identify)
        order = [k for k in canvas.order() if k != layer.key]
        at = order.index(BELOW) + 1 if BELOW in order else len(order)
        canvas.apply_order(order[:at] + [layer.key] + order[at:])
        canvas.refresh_overlays()
        self.changed.emit()
        return layer

    # -- adding --------------------------------------------------------------------------
    def ask_and_add(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Add a reference layer"),
            "",
            self.tr("Site registers ({patterns});;All files (*)").format(patterns=FILE_FILTER),
        )
        if not path:
            return
        name, ok = ask_text(
            self.window,
            self.tr("Add a reference layer"),
            self.tr("Name of the layer:"),
            text=Path(path).stem,
        )
        if ok and name.strip():
            self.add_file(Path(path), name.strip())

    def add_file(self, path: Path, name: str, skip_rejected: bool = False) -> worker.Worker:
        """Load a register file as the reference layer ``name`` (in a worker), then draw it;
        rejected rows are shown and the user may load the other rows."""
        db, lang = self.ws.ctx.db, self.ws.ctx.lang

        def load() -> tuple[str, Any]:
            from bm_desktop.exchange.imports.reference_layer import add_register_layer

            try:
                report = add_register_layer(db, path, name, skip_rejected=skip_rejected, lang=lang)
            except BmError as exc:
                return "error", exc.text(lang)
            if not report.written:
                return "rejected", report
            return "loaded", load_reference_sites(db, name)

        job = worker.Worker(load)
        job.signals.result.connect(lambda result: self._on_added(result, path, name))
        return self._start(job, writes=True)

    def _on_added(self, result: tuple[str, Any], path: Path, name: str) -> None:
        kind, value = result
        if kind == "error":
            self.warn(value)
        elif kind == "rejected":
            reasons = "\n".join(value.rejected[:SHOWN_REASONS])
            answer = QMessageBox.question(
                self.window,
                self.tr("Add a reference layer"),
                self.tr(
                    "{n} rows of {file} were rejected, so nothing was loaded:\n{reasons}"
                    "\n\nLoad the other rows and leave these out?"
                ).format(n=len(value.rejected), file=path.name, reasons=reasons),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.add_file(path, name, skip_rejected=True)
        else:
            self.show_layer(value)
            self.window.statusBar().showMessage(
                self.tr(
                    "Loaded the reference layer '{name}': {n} sites. It is drawn under the "
                    "programme's sites and is not counted in its figures."
                ).format(name=name, n=len(value)),
                10000,
            )

    # -- removing and identifying --------------------------------------------------------
    def remove(self, key: str) -> worker.Worker | None:
        """Take the layer off the map now and delete it from the database (write pool)."""
        layer = self.ws.canvas.layer(key)
        if not isinstance(layer, ReferenceSitesLayer):
            return None
        self.ws.canvas.remove_layer(layer)
        self.ws.save_layer_settings()
        self.ws.labels.invalidate()
        self.changed.emit()
        db, lang, name = self.ws.ctx.db, self.ws.ctx.lang, layer.name

        def delete() -> str | None:
            try:
                remove_layer(db, name)
            except BmError as exc:
                return exc.text(lang)
            return None

        job = worker.Worker(delete)
        job.signals.result.connect(lambda error: self.warn(error) if error else None)
        return self._start(job, writes=True)

    def identify(self, site_id: uuid.UUID) -> None:
        """The window with the clicked register site's attributes and visits."""
        try:
            site = reference_site(self.ws.ctx.db, site_id)
        except BmError as exc:
            self.warn(exc.text(self.ws.ctx.lang))
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ReferenceSiteDialog(site, self.ws.mineral_names, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog.show()

    def warn(self, text: str) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, 20000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()
