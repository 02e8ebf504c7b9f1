"""Matching a file's columns to the fields BM Desktop needs (generic site and incident
files). The proposal is the mapping remembered for this file layout, else a guess
from the column names; the chosen mapping is remembered when the import succeeds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.exchange.imports.mapping import FIELDS
from bm_desktop.exchange.imports.preview_data import MappingProposal
from bm_desktop.ui.unsaved_work import WorkDialog


def field_label(label: str) -> str:
    return QCoreApplication.translate("ExchangeImport", label)


class ColumnMappingDialog(WorkDialog):
    """One drop-down per field; OK once every required field has a column."""

    def __init__(
        self, proposal: MappingProposal, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.proposal = proposal
        self.setWindowTitle(self.tr("Match the columns of {file}").format(file=file_name))
        self.resize(760, 620)
        intro = QLabel(
            self.tr(
                "Choose which column of the file holds each field. Fields "
                "marked * are required. BM Desktop remembers this choice for "
                "files with the same columns."
            )
        )
        intro.setWordWrap(True)
        if proposal.remembered:
            intro.setText(
                intro.text() + " " + self.tr("(The choice remembered for this layout is shown.)")
            )
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for f in FIELDS[proposal.target]:
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), None)
            for header in proposal.headers:
                combo.addItem(header, header)
            current = proposal.mapping.get(f.key)
            if current is not None:
                combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.currentIndexChanged.connect(self._check)
            self.combos[f.key] = combo
            form.addRow(field_label(f.label) + (" *" if f.required else ""), combo)
        self.sample = QTableWidget(len(proposal.samples), len(proposal.headers))
        self.sample.setHorizontalHeaderLabels(proposal.headers)
        for r, row in enumerate(proposal.samples):
            for c, value in enumerate(row[: len(proposal.headers)]):
                self.sample.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample.setMaximumHeight(160)
        self.message = QLabel()
        self.message.setStyleSheet("color: #C62828;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("First rows of the file")))
        layout.addWidget(self.sample)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._check()

    def save_work(self) -> bool:
        """Save on the unsaved-work question is OK, once every required field has a column."""
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return False  # the message says what is still to choose
        self.accept()
        return True

    def mapping(self) -> dict[str, str]:
        return {
            key: combo.currentData()
            for key, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def _check(self, *_: Any) -> None:
        chosen = self.mapping()
        missing = [
            field_label(f.label)
            for f in FIELDS[self.proposal.target]
            if f.required and f.key not in chosen
        ]
        used = list(chosen.values())
        twice = sorted({c for c in used if used.count(c) > 1})
        if missing:
            self.message.setText(
                self.tr("Still to choose: {fields}.").format(fields=", ".join(missing))
            )
        elif twice:
            self.message.setText(
                self.tr("A column is chosen for two fields: {columns}.").format(
                    columns=", ".join(twice)
                )
            )
        else:
            self.message.setText("")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing and not twice)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft)
