"""The agenda builder: a site's draft agenda for a month, built from the data and edited
by the coordinator (add, remove, reorder, time per item, presenter), beside the
invitation list with the missing stakeholder types in red; save, export to Excel
or PDF, or go on to meeting mode. Closing with unsaved agenda edits asks first
(``ui/unsaved_work.py``); going on to meeting mode offers to resume a draft that
meeting mode kept (the window was closed or the computer stopped)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain import colours
from bm_desktop.domain.agenda import AgendaEditError, AgendaEntry
from bm_desktop.domain.errors import BmError, error_text
from bm_desktop.services import meetings, meetings_drafts
from bm_desktop.services.meetings import MeetingRecord
from bm_desktop.ui import worker
from bm_desktop.ui.agenda_model import ALERT_BG, AgendaModel
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import date_text, datetime_text
from bm_desktop.ui.locale_text import place_text
from bm_desktop.ui.theme import icon
from bm_desktop.ui.unsaved_work import WorkDialog, ask_text


class AgendaBuilder(WorkDialog):
    """Edit the agenda of ``site`` for ``month``; opens on the saved draft if there is one."""

    meeting_saved = Signal()

    def __init__(
        self, ctx: AppContext, site: str, month: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.site, self.month = ctx, site, month
        self.setMinimumSize(1100, 640)
        self.papers = meetings.meeting_papers(ctx.db, site, month, ctx.lang)
        self.model = AgendaModel(self.papers, ctx.lang)
        self.model.edited.connect(self._on_edited)
        self._build()
        self._show_papers()
        self.mark_clean()
        self.draft_question: QMessageBox | None = None  # reachable from tests while open
        ctx.data.changed.connect(self._on_data_changed)

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("agendaHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.context_line = QLabel()
        self.starts = QTimeEdit()
        self.starts.setDisplayFormat("HH:mm")
        self.starts.timeChanged.connect(self._on_start_changed)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Starts at")))
        top.addWidget(self.starts)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((4, 190), (5, 210)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(120)
        self.details.setPlaceholderText(self.tr("Details of the selected item"))
        buttons = QHBoxLayout()
        self.add_button = self._button(buttons, self.tr("Add item"), "fa5s.plus", self.add_item)
        self.remove_button = self._button(
            buttons, self.tr("Remove"), "fa5s.minus", self.remove_item
        )
        self.up_button = self._button(
            buttons, self.tr("Move up"), "fa5s.arrow-up", lambda: self.move_item(-1)
        )
        self.down_button = self._button(
            buttons, self.tr("Move down"), "fa5s.arrow-down", lambda: self.move_item(1)
        )
        buttons.addStretch(1)
        self.rebuild_button = self._button(
            buttons, self.tr("Rebuild from data"), "fa5s.sync", self.rebuild
        )
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.move_item(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.move_item(1))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.details)
        left_layout.addLayout(buttons)
        self.invitations = QTreeWidget()
        self.invitations.setHeaderLabels([self.tr("Invitation list"), self.tr("Contact")])
        self.invitations.setColumnWidth(0, 250)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(f"color: {colours.OVERDUE}; font-weight: bold;")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.invitations, 1)
        right_layout.addWidget(self.missing_label)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([760, 340])
        self.message = QLabel()
        self.message.setObjectName("validationMessage")
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        self.total_label = QLabel()
        actions.addWidget(self.total_label, 1)
        actions.addWidget(self.message, 2)
        self.save_button = self._button(actions, self.tr("Save draft"), "fa5s.save", self.save)
        self.excel_button = self._button(
            actions, self.tr("Export Excel…"), "fa5s.file-excel", lambda: self.export("xlsx")
        )
        self.pdf_button = self._button(
            actions, self.tr("Export PDF…"), "fa5s.file-pdf", lambda: self.export("pdf")
        )
        self.meeting_button = self._button(
            actions, self.tr("Meeting mode…"), "fa5s.users", self.open_meeting_mode
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.context_line)
        layout.addWidget(split, 1)
        layout.addLayout(actions)

    def _button(self, layout: QHBoxLayout, text: str, icon_name: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- showing -----------------------------------------------------------------------
    def _show_papers(self) -> None:
        p, d = self.papers, self.papers.draft
        year, month = (int(x) for x in d.month.split("-"))
        month_text = QLocale().toString(QDate(year, month, 1), "MMMM yyyy")  # "octobre 2022"
        self.setWindowTitle(
            self.tr("Agenda — {site} — {month}").format(site=d.site_name, month=month_text)
        )
        self.heading.setText(
            f"{d.site_name} ({d.site_code}) · {place_text(d.region)} · {month_text}"
        )
        previous = date_text(d.previous_meeting_on) if d.previous_meeting_on else self.tr("none")
        source = self.tr("saved draft") if p.saved else self.tr("built from the data")
        self.context_line.setText(
            self.tr(
                "Meeting on {date} · previous meeting {previous} · {incidents} new incident(s), "
                "{open} open action(s), {overdue} overdue · agenda {source}"
            ).format(
                date=date_text(p.held_on or d.meeting_on),
                previous=previous,
                incidents=p.new_incidents,
                open=p.open_actions,
                overdue=p.overdue,
                source=source,
            )
        )
        self.starts.blockSignals(True)
        self.starts.setTime(QTime(d.starts_at.hour, d.starts_at.minute))
        self.starts.blockSignals(False)
        self.model.papers = p
        self.model.reset()
        self._fill_invitations()

    def _fill_invitations(self) -> None:
        self.invitations.clear()
        missing_brush = QBrush(QColor(colours.OVERDUE))
        for group in self.papers.invitations.groups:
            node = QTreeWidgetItem([f"{group.type.name} ({len(group.invitees)})", ""])
            if not group.invitees:
                node.setText(1, self.tr("missing: find someone to invite"))
                for col in (0, 1):
                    node.setForeground(col, missing_brush)
                    node.setBackground(col, QBrush(QColor(ALERT_BG)))
            for person in group.invitees:
                label = person.name
                if person.open_actions:
                    label += " " + self.tr("({n} open action(s))").format(n=person.open_actions)
                child = QTreeWidgetItem([label, person.contact])
                child.setToolTip(
                    0,
                    " · ".join(x for x in (person.organisation, person.position, person.role) if x),
                )
                node.addChild(child)
            self.invitations.addTopLevelItem(node)
            node.setExpanded(True)
        missing = self.papers.invitations.missing
        self.missing_label.setText(
            self.tr("Missing stakeholder types: {types}").format(
                types=", ".join(t.name for t in missing)
            )
            if missing
            else ""
        )

    def _on_edited(self) -> None:
        d = self.papers.draft
        self.total_label.setText(
            self.tr("{n} items · {h} h {m:02d} · ends at {end}").format(
                n=len(d.entries),
                h=d.total_minutes // 60,
                m=d.total_minutes % 60,
                end=d.schedule()[-1][1].strftime("%H:%M") if d.entries else "—",
            )
            + " · "
            + d.budget_text(lambda text: QCoreApplication.translate("Agenda", text))
        )
        self.total_label.setStyleSheet(
            "color: #C62828; font-weight: bold;" if d.over_budget_min > 0 else ""
        )

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.papers.draft.entries):
            self.details.setPlainText(self.papers.draft.entries[current.row()].details)

    def _on_start_changed(self, value: QTime) -> None:
        self.papers.draft.starts_at = dt.time(value.hour(), value.minute())
        self.model.reset()

    def show_message(self, text: str, error: bool = False) -> None:
        colour = colours.OVERDUE if error else colours.STATUS["active"]
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.message.setText(text)

    # -- editing -----------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 3))

    def add_item(self, title: str | None = None) -> None:
        if title is None:
            title, ok = ask_text(self, self.tr("Add item"), self.tr("Title"))
            if not ok:
                return
        at = self.current_row() + 1 if self.current_row() >= 0 else None
        try:
            row = self.papers.draft.add(
                AgendaEntry("other", title, duration_min=10, presenter=""), at
            )
        except AgendaEditError as exc:
            self.show_message(exc.text(self.ctx.lang), error=True)
            return
        self.model.reset()
        self.select_row(row)

    def remove_item(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.papers.draft.remove(row)
        self.model.reset()
        if self.papers.draft.entries:
            self.select_row(min(row, len(self.papers.draft.entries) - 1))

    def move_item(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self.papers.draft.entries):
            return
        self.papers.draft.move(row, target)
        self.model.reset()
        self.select_row(target)

    def rebuild(self) -> None:
        self.papers = meetings.build_agenda(self.ctx.db, self.site, self.month, self.ctx.lang)
        self._show_papers()
        self.show_message(self.tr("Agenda rebuilt from the data (not saved yet)."))

    def _on_data_changed(self, tables: set) -> None:
        """The meeting changed elsewhere (saved, undone, synchronised): show it as it is now,
        unless the user is editing the agenda here."""
        if tables and not tables & {"cap_meetings", "agenda_items"}:
            return
        if not self.isVisible() or self.has_unsaved_work():
            return
        self.papers = meetings.meeting_papers(self.ctx.db, self.site, self.month, self.ctx.lang)
        self._show_papers()
        self.mark_clean()

    # -- unsaved work -------------------------------------------------------------------
    def work_state(self) -> Any:
        """The agenda as edited: start time and every item (minutes are meeting mode's)."""
        d = self.papers.draft
        return (
            d.starts_at,
            tuple(
                (e.section, e.title, e.duration_min, e.presenter, e.ref_table, e.ref_ids, e.id)
                for e in d.entries
            ),
        )

    def save_work(self) -> bool:
        return self.save()

    # -- saving and exporting ----------------------------------------------------------
    def save(self) -> bool:
        try:
            self.papers.meeting_id = meetings.save_agenda(
                self.ctx.db, self.site, self.month, self.papers.draft
            )
        except BmError as exc:
            self.show_message(exc.text(self.ctx.lang), error=True)
            return False
        self.papers.saved = True
        self.mark_clean()
        self.ctx.data.changed.emit({"cap_meetings", "agenda_items"})
        self.show_message(self.tr("Agenda saved."))
        return True

    def export(self, kind: str, path: str | None = None) -> worker.Worker | None:
        """Write the papers to Excel or PDF in a worker (a long PDF takes seconds)."""
        from bm_desktop.exchange.agenda_pdf import write_meeting_pdf
        from bm_desktop.exchange.agenda_workbook import write_meeting_workbook

        d = self.papers.draft
        if path is None:
            suggested = str(Path.home() / f"CAP_{d.site_code}_{d.month}.{kind}")
            filters = (
                self.tr("Excel workbook (*.xlsx)")
                if kind == "xlsx"
                else self.tr("PDF document (*.pdf)")
            )
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the agenda"), suggested, filters
            )
            if not path:
                return None
        writer = write_meeting_workbook if kind == "xlsx" else write_meeting_pdf
        snapshot = replace(self.papers, draft=self.papers.draft.copy())
        job = worker.Worker(writer, snapshot, Path(path), self.ctx.lang)
        job.signals.result.connect(
            lambda written: self.show_message(self.tr("Written: {path}").format(path=written))
        )
        job.signals.error.connect(
            lambda exc: self.show_message(
                self.tr("Could not write {path}: {error}").format(
                    path=path,
                    error=getattr(exc, "strerror", None) or error_text(exc, self.ctx.lang),
                ),
                error=True,
            )
        )
        self.show_message(self.tr("Writing {path}…").format(path=path))
        self.export_job = job
        worker.start(job)
        return job

    def offer_kept_draft(self) -> tuple[bool, MeetingRecord | None]:
        """If meeting mode kept a draft of this meeting, ask whether to resume it.
        Returns (go on to meeting mode, the record to resume)."""
        if self.papers.site_id is None:
            return True, None
        kept = meetings_drafts.kept_draft(self.ctx.db, self.papers.site_id, self.month)
        if kept is None:
            return True, None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Meeting mode"),
            self.tr(
                "Meeting mode kept a draft of this meeting on {when} that was not saved (the "
                "window was closed or the computer stopped)."
            ).format(when=datetime_text(kept.kept_at)),
            parent=self,
        )
        box.setInformativeText(
            self.tr("Resume it, or start again from the agenda and delete the draft?")
        )
        resume = box.addButton(self.tr("Resume the draft"), QMessageBox.ButtonRole.AcceptRole)
        afresh = box.addButton(
            self.tr("Start again (delete the draft)"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        box.setEscapeButton(cancel)
        self.draft_question = box
        try:
            box.exec()
            clicked = box.clickedButton()
        finally:
            self.draft_question = None
            box.deleteLater()
        if clicked is resume:
            return True, kept.record
        if clicked is afresh:
            meetings_drafts.delete_draft(self.ctx.db, self.papers.site_id, self.month)
            return True, None
        return False, None

    def open_meeting_mode(self) -> None:
        from bm_desktop.ui.meeting_mode import MeetingModeDialog

        go_on, resume = self.offer_kept_draft()
        if not go_on:
            return
        dialog = MeetingModeDialog(
            self.ctx, self.site, self.month, self.papers, self, resume=resume
        )
        self.meeting_dialog = dialog  # reachable from tests while it is open
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.papers = meetings.meeting_papers(self.ctx.db, self.site, self.month, self.ctx.lang)
            self._show_papers()
            self.mark_clean()
            self.show_message(self.tr("Meeting saved."))
            self.meeting_saved.emit()
