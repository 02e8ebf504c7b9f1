"""What a click on a reference-layer site shows: the register's attributes of the site
and its visit history (newest first). A window beside the map, not modal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.services.reference_layers import ReferenceSiteView
from bm_desktop.ui.dates import date_text


class ReferenceSiteDialog(QDialog):
    def __init__(
        self, site: ReferenceSiteView, mineral_names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.site = site
        self._names = mineral_names
        self.setObjectName("referenceSiteDialog")
        self.setWindowTitle(
            self.tr("{name} ({code}) — reference layer {layer}").format(
                name=site.name, code=site.code, layer=site.layer
            )
        )
        v = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "A site of the reference layer '{layer}': context from the "
                "register, not a programme site."
            ).format(layer=site.layer)
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        v.addWidget(note)
        form = QFormLayout()
        self.fields: dict[str, str] = {}
        for label, value in self._rows():
            self.fields[label] = value
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label, shown)
        v.addLayout(form)
        v.addWidget(QLabel(self.tr("Visits ({n})").format(n=len(site.visits))))
        self.visits = self._visits_table()
        v.addWidget(self.visits, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        v.addWidget(buttons)
        self.resize(560, 520)

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return self.tr("not recorded")
        return self.tr("yes") if value else self.tr("no")

    def _minerals(self, codes: tuple[str, ...]) -> str:
        return ", ".join(self._names.get(c, c) for c in codes) or "—"

    def _rows(self) -> list[tuple[str, str]]:
        s = self.site
        rows = [
            (self.tr("Code"), s.code),
            (self.tr("Name"), s.name),
            (self.tr("Province"), s.province or "—"),
            (self.tr("Territory"), s.territory or "—"),
            (self.tr("Position"), f"{s.latitude:.5f}, {s.longitude:.5f}"),
            (self.tr("Minerals"), self._minerals(s.minerals)),
            (self.tr("Workers"), "—" if s.workers is None else str(s.workers)),
            (self.tr("Last visit"), date_text(s.last_visit) if s.last_visit else "—"),
            (self.tr("Armed presence"), self._yes_no(s.armed)),
            (self.tr("Child labour observed"), self._yes_no(s.child)),
        ]
        rows += [(str(k), str(value)) for k, value in s.attributes.items()]
        return rows

    def _visits_table(self) -> QTableWidget:
        visits = self.site.visits
        table = QTableWidget(len(visits), 5)
        table.setObjectName("referenceVisits")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Workers"),
                self.tr("Minerals"),
                self.tr("Armed presence"),
                self.tr("Child labour observed"),
            ]
        )
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, visit in enumerate(visits):
            cells = [
                date_text(visit.visited_on) if visit.visited_on else "—",
                "—" if visit.workers is None else str(visit.workers),
                self._minerals(visit.minerals),
                self._yes_no(visit.armed),
                self._yes_no(visit.child),
            ]
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        return table
