"""Find a site by typing part of its name or code: the list completes as you type,
and choosing a site selects it, zooms the map to it and shows it in Site details.

A manager who knows "Luhihi" but not its code, or "SK-001" but not where it is,
gets there in a few key presses (Ctrl+F, type, Down, Enter).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from bm_desktop.ui.map.workspace import MapWorkspace


def site_label(name: str, code: str) -> str:
    return f"{name} ({code})"


class SiteSearch(QLineEdit):
    """The search box; ``found`` is called with the chosen site's id after it is
    selected and the map zoomed to it (the window raises Site details)."""

    def __init__(
        self,
        workspace: MapWorkspace,
        found: Callable[[uuid.UUID], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.found = found
        self.setObjectName("siteSearch")
        self.setPlaceholderText(self.tr("Find a site (name or code)…"))
        self.setToolTip(
            self.tr(
                "Type part of a site's name or code, choose it in the list: "
                "the map zooms to it and Site details shows it (Ctrl+F)"
            )
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 16))
        self._ids: dict[str, uuid.UUID] = {}
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self.choose)
        self.setCompleter(completer)
        self.returnPressed.connect(self._on_return)
        workspace.loaded.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """List every site on the map (read again when the data change)."""
        md = self.ws.data
        if md is None:
            return
        labels = {
            site_label(n, c): i
            for i, n, c in zip(md.sites.ids, md.sites.names, md.sites.codes, strict=True)
        }
        self._ids = labels
        self.names.setStringList(sorted(labels, key=str.casefold))

    def matches(self, text: str) -> list[str]:
        """The sites whose name or code contains ``text`` (any case), in list order."""
        needle = text.strip().casefold()
        return [label for label in self.names.stringList() if needle and needle in label.casefold()]

    def _on_return(self) -> None:
        """Enter without choosing in the list takes the only (or the exact) match."""
        text = self.text().strip()
        if text in self._ids:
            self.choose(text)
            return
        found = self.matches(text)
        if len(found) == 1:
            self.choose(found[0])
        elif found:
            self.completer().complete()

    def choose(self, label: str) -> None:
        site_id = self._ids.get(label)
        if site_id is None:
            return
        if self.text() != label:
            self.setText(label)
        self.ws.ctx.selection.select([site_id])
        self.ws.zoom_to_selection()
        if self.found is not None:
            self.found(site_id)
