"""File > Export and File > Import: options dialog, worker with a cancellable progress
dialog, column mapping, preview with the error report, one-transaction import."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QProgressDialog

from bm_desktop.exchange.exports.catalogue import EXPORTS
from bm_desktop.exchange.exports.request import ExportRequest
from bm_desktop.exchange.imports.preview_data import needs_mapping, propose_mapping
from bm_desktop.exchange.imports.runner import ImportOptions
from bm_desktop.ui import worker
from bm_desktop.ui.exchange import jobs
from bm_desktop.ui.exchange.central_dialog import CentralDialog
from bm_desktop.ui.exchange.column_mapping import ColumnMappingDialog
from bm_desktop.ui.exchange.export_dialog import ExportDialog, kind_title
from bm_desktop.ui.exchange.export_done import ExportDoneMessage
from bm_desktop.ui.exchange.import_batches import ImportBatchesDialog
from bm_desktop.ui.exchange.import_preview import ImportPreviewDialog

FILE_FILTERS = {
    "actions": "Excel (*.xlsx)",
    "events": "CSV / Excel (*.csv *.xlsx *.txt)",
    "sites": "CSV / Excel / GeoJSON / GeoPackage (*.csv *.xlsx *.geojson *.json *.gpkg)",
    "incidents": "CSV / Excel / GeoJSON / GeoPackage (*.csv *.xlsx *.geojson *.json *.gpkg)",
    "submissions": "ODK Central / KoboToolbox (*.zip *.csv *.xlsx)",
}


class ExchangeFeature(QObject):
    """Owns the menus and runs exports and imports for the main window."""

    export_finished = Signal(object)  # ExportResult, or None when cancelled
    import_finished = Signal(object)  # jobs.Outcome
    report_saved = Signal(object)  # jobs.Outcome of "Save the full report"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.job: worker.Worker | None = None
        self.progress: QProgressDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.done_message: ExportDoneMessage | None = None
        self._serial = 0  # the newest preview check; older results are dropped
        self.export_menu = QMenu(self.tr("&Export"), window)
        self.export_actions: dict[str, QAction] = {}
        for name, kind in EXPORTS.items():
            action = QAction(kind_title(kind) + "…", window)
            action.triggered.connect(lambda _=False, n=name: self.open_export(n))
            self.export_menu.addAction(action)
            self.export_actions[name] = action
        self.export_menu.addSeparator()
        self.html_map_action = QAction(self.tr("HTML map (opens without a network)…"), window)
        self.html_map_action.triggered.connect(lambda _=False: self.export_html_map())
        self.export_menu.addAction(self.html_map_action)
        self.import_menu = QMenu(self.tr("&Import"), window)
        titles = {
            "actions": self.tr("Corrective-action tracker from partners…"),
            "events": self.tr("Security events (ACLED, UCDP GED or any table)…"),
            "sites": self.tr("Sites: mine-site register or map file…"),
            "incidents": self.tr("Incidents from a file…"),
            "submissions": self.tr("Monitors' submissions (ODK Central, KoboToolbox)…"),
        }
        self.import_actions: dict[str, QAction] = {}
        for kind, title in titles.items():
            action = QAction(title, window)
            action.triggered.connect(lambda _=False, k=kind: self.open_import(k))
            self.import_menu.addAction(action)
            self.import_actions[kind] = action
        self.central_action = QAction(self.tr("Monitors' submissions from ODK Central…"), window)
        self.central_action.triggered.connect(self.open_central)
        self.import_menu.addAction(self.central_action)
        self.import_menu.addSeparator()
        self.batches_action = QAction(self.tr("Import batches (undo an import)…"), window)
        self.batches_action.triggered.connect(self.open_batches)
        self.import_menu.addAction(self.batches_action)

    # -- exports ---------------------------------------------------------------------
    def export_dialog(self, name: str) -> ExportDialog:
        return ExportDialog(self.ctx, EXPORTS[name], self.window)

    def open_export(self, name: str) -> None:
        dialog = self.export_dialog(name)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_export(name, dialog.request(), dialog.path())

    def start_export(self, name: str, request: ExportRequest, path: Path) -> worker.Worker:
        kind = EXPORTS[name]
        progress = self._progress(self.tr("Writing {title}…").format(title=kind_title(kind)))
        job = worker.Worker(jobs.export, kind.run, self.ctx.db, request, Path(path))
        job.signals.progress.connect(
            lambda done, total, message: self._step(progress, done, total, message)
        )
        job.signals.result.connect(lambda result: self._exported(kind_title(kind), result))
        job.signals.finished.connect(lambda: self._close_progress(progress))
        progress.canceled.connect(job.cancel)
        self.job = job
        return worker.start(job)

    def _exported(self, title: str, result: Any) -> None:
        if result is None:
            self.window.statusBar().showMessage(self.tr("Export cancelled; no file written."), 8000)
        else:
            self.window.statusBar().showMessage(
                self.tr("Wrote {path}").format(path=result.path), 15000
            )
            self.done_message = ExportDoneMessage(result.path, title, self.window)
            self.done_message.open()
        self.export_finished.emit(result)

    def export_html_map(self, path: str | None = None) -> worker.Worker | None:
        """Write the offline HTML map for the filters' period and region (one chosen
        region, else every region), in the window's language."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export HTML map"),
                str(Path.home() / "bm-map.html"),
                self.tr("Web page (*.html)"),
            )
            if not path:
                return None
        if not path.lower().endswith((".html", ".htm")):
            path += ".html"
        from bm_desktop.exchange.html_map import write_html_map

        filters = self.ctx.filters.state
        region = next(iter(filters.regions)) if len(filters.regions) == 1 else None
        progress = self._progress(self.tr("Writing the HTML map…"))
        job = worker.Worker(
            write_html_map,
            self.ctx.db,
            Path(path),
            filters.start,
            filters.end,
            region,
            self.ctx.lang,
        )
        job.signals.result.connect(
            lambda written: self.window.statusBar().showMessage(
                self.tr("Wrote {path}").format(path=written), 15000
            )
        )
        job.signals.result.connect(self.export_finished.emit)
        job.signals.finished.connect(lambda: self._close_progress(progress))
        self.job = job
        return worker.start(job)

    # -- imports ---------------------------------------------------------------------
    def open_import(self, kind: str, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.import_actions[kind].text().rstrip("…"),
                str(Path.home()),
                FILE_FILTERS[kind],
            )
            if not path:
                return
        mapping = None
        if kind in ("sites", "incidents") or (kind == "events" and needs_mapping(kind, Path(path))):
            mapping = self.ask_mapping(kind, Path(path))
            if mapping is None:
                return
        self.preview(kind, Path(path), mapping)

    def mapping_dialog(self, kind: str, path: Path) -> ColumnMappingDialog:
        return ColumnMappingDialog(propose_mapping(self.ctx.db, kind, path), path.name, self.window)

    def ask_mapping(self, kind: str, path: Path) -> dict[str, str] | None:
        try:
            dialog = self.mapping_dialog(kind, path)
        except Exception as exc:  # a file that cannot be read: say why
            self.window.show_error(exc)
            return None
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.mapping()

    def preview(
        self, kind: str, path: Path, mapping: dict[str, str] | None = None
    ) -> ImportPreviewDialog:
        """Show the preview dialog and fill it from a dry run in a worker."""
        title = self.import_actions[kind].text().rstrip("…")
        dialog = ImportPreviewDialog(title, self.ctx.lang, self.window, kind)
        options = ImportOptions(lang=self.ctx.lang, mapping=mapping)
        dialog.import_requested.connect(lambda skip: self._apply(dialog, kind, path, options, skip))
        dialog.recheck_requested.connect(lambda: self._check(dialog, kind, path, options))
        dialog.save_requested.connect(
            lambda out: self.save_report(dialog, kind, path, options, Path(out))
        )
        self.preview_dialog = dialog
        self._check(dialog, kind, path, options)
        dialog.show()
        return dialog

    def _check(
        self, dialog: ImportPreviewDialog, kind: str, path: Path, options: ImportOptions
    ) -> worker.Worker:
        """A dry run with the dialog's choices (the newest one wins)."""
        options.replace_period = dialog.replace_period
        options.date_order = dialog.chosen_date_order
        job = worker.Worker(jobs.check, self.ctx.db, kind, path, dataclasses.replace(options))
        self._serial += 1
        serial = self._serial
        job.signals.result.connect(
            lambda outcome: self._show(dialog, outcome) if serial == self._serial else None
        )
        self.job = worker.start(job)
        return self.job

    def save_report(
        self, dialog: ImportPreviewDialog, kind: str, path: Path, options: ImportOptions, out: Path
    ) -> worker.Worker:
        """Write every line of the row report (with the dialog's choices) to ``out``."""
        options.replace_period = dialog.replace_period
        options.date_order = dialog.chosen_date_order
        job = worker.Worker(
            jobs.write_report, self.ctx.db, kind, path, dataclasses.replace(options), out
        )
        job.signals.result.connect(lambda outcome: self._report_saved(dialog, out, outcome))
        self.job = worker.start(job)
        return self.job

    def _report_saved(self, dialog: ImportPreviewDialog, out: Path, outcome: jobs.Outcome) -> None:
        if outcome.error is not None:
            dialog.show_message(outcome.error)
        else:
            self.window.statusBar().showMessage(self.tr("Wrote {path}").format(path=out), 15000)
        self.report_saved.emit(outcome)

    def _show(self, dialog: ImportPreviewDialog, outcome: jobs.Outcome) -> None:
        if outcome.report is not None:
            dialog.show_report(outcome.report)
        else:
            dialog.show_file_error(outcome.error or "")

    def _apply(
        self, dialog: ImportPreviewDialog, kind: str, path: Path, options: ImportOptions, skip: bool
    ) -> worker.Worker:
        options.skip_rejected = skip
        dialog.import_button.setEnabled(False)
        progress = self._progress(self.tr("Importing {file}…").format(file=path.name))
        job = worker.Worker(jobs.apply, self.ctx.db, kind, path, options)
        job.signals.progress.connect(
            lambda done, total, message: self._step(progress, done, total, message)
        )
        job.signals.result.connect(lambda outcome: self._imported(dialog, kind, outcome))
        job.signals.finished.connect(lambda: self._close_progress(progress))
        progress.canceled.connect(job.cancel)
        self.job = job
        return worker.start(job, worker.write_pool())

    def _imported(self, dialog: ImportPreviewDialog, kind: str, outcome: jobs.Outcome) -> None:
        if outcome.error is None and outcome.report is not None and outcome.report.written:
            from bm_desktop.exchange.text import Words

            self.window.statusBar().showMessage(
                self.tr("Imported {file}: {counts}").format(
                    file=outcome.report.path.name,
                    counts=outcome.report.counts_text(Words(self.ctx.lang)),
                ),
                15000,
            )
            self.ctx.data.changed.emit(set(jobs.TABLES[kind]))
            dialog.accept()
        else:
            if outcome.report is not None:
                dialog.show_report(outcome.report)
            dialog.show_message(outcome.error or self.tr("Nothing was imported."))
        self.import_finished.emit(outcome)

    def open_central(self) -> CentralDialog:
        """Ask where the submissions are, download them, then the usual preview."""
        dialog = CentralDialog(self.ctx.settings, self.window)
        dialog.accepted.connect(lambda: self._download(dialog.where(), dialog.password.text()))
        dialog.show()
        return dialog

    def _download(self, where: Any, password: str) -> worker.Worker:
        import tempfile

        from bm_desktop.exchange import odk_central

        folder = Path(tempfile.mkdtemp(prefix="bm-central-"))
        progress = self._progress(self.tr("Downloading the submissions from ODK Central…"))
        job = worker.Worker(odk_central.download, where, password, folder)
        job.signals.result.connect(lambda path: self.preview("submissions", path))
        job.signals.error.connect(self.window.show_error)
        job.signals.finished.connect(lambda: self._close_progress(progress))
        self.job = job
        return worker.start(job)

    def open_batches(self) -> ImportBatchesDialog:
        """The imports made on this laptop; undo one that is not synchronised yet."""
        dialog = ImportBatchesDialog(self.ctx.db, self.ctx.lang, self.window)
        dialog.undone.connect(lambda kind: self.ctx.data.changed.emit(set(jobs.TABLES[kind])))
        dialog.show()
        return dialog

    # -- progress ----------------------------------------------------------------------
    def _progress(self, label: str) -> QProgressDialog:
        """Shown after 400 ms of work; it stays on its last step ("Saving the workbook")
        until the work has ended, then closes by itself (``_close_progress``)."""
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoReset(False)
        self.progress = progress
        return progress

    def _close_progress(self, progress: QProgressDialog) -> None:
        """The work has ended (done, cancelled or failed): the dialog goes away."""
        progress.setAutoClose(True)
        progress.reset()
        progress.hide()
        progress.deleteLater()
        if self.progress is progress:
            self.progress = None

    def _step(self, progress: QProgressDialog, done: int, total: int, message: str) -> None:
        """One step of the work ``progress`` shows. A step still on its way after the
        work has ended (or after Cancel) is dropped: it must not show the dialog again.
        ``setValue`` comes last: on a shown modal dialog it runs the event loop, where
        the work's end may close the dialog."""
        if self.progress is not progress or progress.wasCanceled():
            return
        progress.setMaximum(max(total, 0))
        if message:
            progress.setLabelText(message)
        if total:
            progress.setValue(min(done, total))


def install(window: Any) -> ExchangeFeature:
    """Add File > Export and File > Import above Quit (kept as ``MainWindow.exchange``)."""
    feature = ExchangeFeature(window)
    menu: QMenu = window.file_menu
    before = getattr(window, "quit_action", None)
    menu.insertMenu(before, feature.export_menu)
    menu.insertMenu(before, feature.import_menu)
    menu.insertSeparator(before)
    return feature
