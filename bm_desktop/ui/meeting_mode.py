"""Meeting mode: during or after a CAP meeting, record attendance (women and men per
stakeholder), minutes per agenda item, decisions (which may create a corrective
action or record progress on one), the date and start time, and mark the meeting
as held. Save writes all of it in one transaction, as an undoable edit; a refusal
is shown in plain words and nothing is saved.

Nothing typed is lost: what is typed is kept as a draft in the local database
within half a second (``services/meetings_drafts.py``), so a crash or a power cut
loses nothing and reopening the meeting offers to resume it; closing with unsaved
work asks Save / Discard / Cancel (``ui/unsaved_work.py``)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain import colours
from bm_desktop.domain.errors import BmError
from bm_desktop.domain.meeting_papers import MeetingPapers
from bm_desktop.exchange.agenda_tables import agenda_text
from bm_desktop.services import meetings, meetings_drafts
from bm_desktop.services.meetings import AttendanceEntry, DecisionEntry, MeetingRecord
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import TypedDateEdit, date_text
from bm_desktop.ui.decision_dialog import DecisionDialog, decision_outcome
from bm_desktop.ui.incident_form import pydate, qdate
from bm_desktop.ui.theme import icon, validation_message
from bm_desktop.ui.unsaved_work import NOT_WORK, WorkDialog, root_window

DRAFT_EVERY_MS = 500  # how often what is typed is kept (only when it changed)
WARNING_COLOUR = "#E65100"


def dated(decision: DecisionEntry, day: dt.date) -> DecisionEntry:
    """The decision's action or progress update dated the meeting day (the date may
    have been changed after the decision was taken down)."""
    if decision.new_action is not None:
        return replace(decision, new_action=replace(decision.new_action, recommended_on=day))
    if decision.progress is not None:
        action_id, update = decision.progress
        return replace(decision, progress=(action_id, replace(update, on=day)))
    return decision


class MeetingModeDialog(WorkDialog):
    def __init__(
        self,
        ctx: AppContext,
        site: str,
        month: str,
        papers: MeetingPapers,
        parent: QWidget | None = None,
        resume: MeetingRecord | None = None,
    ) -> None:
        super().__init__(parent)
        # Its own copy of the agenda: minutes typed and then discarded stay out of the builder.
        papers = replace(papers, draft=papers.draft.copy())
        self.ctx, self.site, self.month, self.papers = ctx, site, month, papers
        self.decisions: list[DecisionEntry] = []
        self.saved: meetings.MeetingSaved | None = None
        d = papers.draft
        self.setWindowTitle(
            self.tr("Meeting mode — {site} — {month}").format(site=d.site_name, month=d.month)
        )
        self.setMinimumSize(1000, 620)
        self.planned_on = papers.held_on or d.meeting_on
        self.held_on = TypedDateEdit(self.planned_on)
        self.held_on.setMaximumWidth(160)
        self.starts = QTimeEdit(QTime(d.starts_at.hour, d.starts_at.minute))
        self.starts.setDisplayFormat("HH:mm")
        self.date_warning = QLabel()
        self.date_warning.setObjectName("meetingDateWarning")
        self.date_warning.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        self.held_on.dateChanged.connect(lambda *_: self._on_date_changed())
        when = QHBoxLayout()
        when.addWidget(self.held_on)
        when.addWidget(QLabel(self.tr("starting at")))
        when.addWidget(self.starts)
        when.addWidget(QLabel(self.tr("(planned: {date})").format(date=date_text(self.planned_on))))
        when.addWidget(self.date_warning, 1)
        self.place = QLineEdit(papers.place or "")
        self.mark_held = QCheckBox(self.tr("Mark the meeting as held"))
        self.mark_held.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Held on"), when)
        form.addRow(self.tr("Place"), self.place)
        form.addRow("", self.mark_held)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._attendance_tab(), self.tr("Attendance"))
        self.tabs.addTab(self._minutes_tab(), self.tr("Minutes"))
        self.tabs.addTab(self._decisions_tab(), self.tr("Decisions"))
        self.message = validation_message(hidden=False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update_totals()
        self._on_date_changed()
        self.mark_clean()
        self._kept: str | None = None  # the JSON last kept as the draft
        self._discarded = False
        if resume is not None:
            self.load_record(resume)
            self._kept = meetings_drafts.record_json(self.record())
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_EVERY_MS)
        self.draft_timer.timeout.connect(self.keep_draft)
        self.draft_timer.start()

    # -- date and time -----------------------------------------------------------------
    def _on_date_changed(self) -> None:
        """A visible warning for a weekend day or a date after today."""
        day = self.meeting_day()
        if day > dt.date.today():
            text = self.tr(
                "{date} is after today: a meeting can be marked as held only once "
                "it has taken place."
            ).format(date=date_text(day))
        elif day.weekday() >= 5:
            text = self.tr("{date} is a {day}: is this the right date?").format(
                date=date_text(day), day=QLocale().dayName(day.isoweekday())
            )
        else:
            text = ""
        self.date_warning.setText(text)
        self.date_warning.setVisible(bool(text))

    def meeting_start(self) -> dt.time:
        value = self.starts.time()
        return dt.time(value.hour(), value.minute())

    # -- attendance --------------------------------------------------------------------
    def _attendance_tab(self) -> QWidget:
        self.attendance = QTableWidget(0, 4)
        self.attendance.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Stakeholder type"), self.tr("Women"), self.tr("Men")]
        )
        header = self.attendance.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.attendance.verticalHeader().hide()
        types = {g.type.code: g.type.name for g in self.papers.invitations.groups}
        if self.papers.attendance:
            for row in self.papers.attendance:
                self.add_attendance_row(
                    row.name, row.type_code, row.women, row.men, row.stakeholder_id
                )
        else:
            for person in self.papers.invitations.invitees:
                self.add_attendance_row(person.name, person.type_code, 0, 0, person.id)
        self._type_names = types
        add = QPushButton(icon("fa5s.plus"), self.tr("Add a person or group"))
        add.clicked.connect(lambda: self.add_attendance_row("", "asm_miners", 0, 0, None))
        remove = QPushButton(icon("fa5s.minus"), self.tr("Remove row"))
        remove.clicked.connect(lambda: self.attendance.removeRow(self.attendance.currentRow()))
        self.totals = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.totals)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Invited stakeholders are listed; enter how many women "
                    "and men came for each (rows left at 0 are not saved)."
                )
            )
        )
        layout.addWidget(self.attendance, 1)
        layout.addLayout(buttons)
        return tab

    def add_attendance_row(
        self, name: str, type_code: str, women: int, men: int, stakeholder_id: uuid.UUID | None
    ) -> int:
        row = self.attendance.rowCount()
        self.attendance.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, str(stakeholder_id) if stakeholder_id else None)
        if stakeholder_id is not None:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.attendance.setItem(row, 0, item)
        kind = QComboBox()
        for group in self.papers.invitations.groups:
            kind.addItem(group.type.name, group.type.code)
        kind.setCurrentIndex(max(kind.findData(type_code), 0))
        kind.setEnabled(stakeholder_id is None)
        self.attendance.setCellWidget(row, 1, kind)
        for col, value in ((2, women), (3, men)):
            spin = QSpinBox()
            spin.setRange(0, 999)
            spin.setValue(value)
            spin.valueChanged.connect(self._update_totals)
            self.attendance.setCellWidget(row, col, spin)
        return row

    def set_attendance(self, row: int, women: int, men: int) -> None:
        self.attendance.cellWidget(row, 2).setValue(women)
        self.attendance.cellWidget(row, 3).setValue(men)

    def attendance_entries(self) -> list[AttendanceEntry]:
        rows = []
        for r in range(self.attendance.rowCount()):
            women = self.attendance.cellWidget(r, 2).value()
            men = self.attendance.cellWidget(r, 3).value()
            if women + men == 0:
                continue
            item = self.attendance.item(r, 0)
            person = item.data(Qt.ItemDataRole.UserRole) if item else None
            kind = self.attendance.cellWidget(r, 1).currentData()
            rows.append(
                AttendanceEntry(
                    women,
                    men,
                    uuid.UUID(person) if person else None,
                    item.text() if item else None,
                    None if person else kind,
                )
            )
        return rows

    def _update_totals(self) -> None:
        if not hasattr(self, "totals"):
            return
        entries = self.attendance_entries()
        self.totals.setText(
            self.tr("Present: {w} women, {m} men").format(
                w=sum(e.women for e in entries), m=sum(e.men for e in entries)
            )
        )

    # -- minutes -----------------------------------------------------------------------
    def _minutes_tab(self) -> QWidget:
        self.items = QListWidget()
        for n, entry in enumerate(self.papers.draft.entries, start=1):
            self.items.addItem(f"{n}. {agenda_text(entry.title, self.ctx.lang)}")
        self.item_minutes = QPlainTextEdit()
        self.item_minutes.setProperty(NOT_WORK, True)  # one item at a time; see work_state
        self.item_minutes.setPlaceholderText(self.tr("What was said on this item"))
        self.item_minutes.textChanged.connect(self._store_minutes)
        self.items.currentRowChanged.connect(self._show_minutes)
        self.general = QPlainTextEdit(self.papers.general_minutes)
        self.general.setPlaceholderText(self.tr("General minutes of the meeting"))
        self.general.setMaximumHeight(90)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.item_minutes, 1)
        decide = QPushButton(icon("fa5s.gavel"), self.tr("Decision on this item…"))
        decide.clicked.connect(lambda: self.open_decision_dialog(self.items.currentRow()))
        right_layout.addWidget(decide, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(QLabel(self.tr("General minutes")))
        right_layout.addWidget(self.general)
        split = QSplitter()
        split.addWidget(self.items)
        split.addWidget(right)
        split.setSizes([420, 560])
        if self.papers.draft.entries:
            self.items.setCurrentRow(0)
        return split

    def _show_minutes(self, row: int) -> None:
        if 0 <= row < len(self.papers.draft.entries):
            self.item_minutes.blockSignals(True)
            self.item_minutes.setPlainText(self.papers.draft.entries[row].minutes)
            self.item_minutes.blockSignals(False)

    def _store_minutes(self) -> None:
        row = self.items.currentRow()
        if 0 <= row < len(self.papers.draft.entries):
            self.papers.draft.entries[row].minutes = self.item_minutes.toPlainText()

    def set_minutes(self, row: int, text: str) -> None:
        self.items.setCurrentRow(row)
        self.item_minutes.setPlainText(text)

    # -- decisions ---------------------------------------------------------------------
    def _decisions_tab(self) -> QWidget:
        self.decision_table = QTableWidget(0, 3)
        self.decision_table.setHorizontalHeaderLabels(
            [self.tr("Decision"), self.tr("Agenda item"), self.tr("Outcome")]
        )
        header = self.decision_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, 320)
        self.decision_table.verticalHeader().hide()
        self.decision_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        add = QPushButton(icon("fa5s.plus"), self.tr("Add decision…"))
        add.clicked.connect(lambda: self.open_decision_dialog())
        remove = QPushButton(icon("fa5s.minus"), self.tr("Remove decision"))
        remove.clicked.connect(self.remove_decision)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.decision_table, 1)
        layout.addLayout(buttons)
        return tab

    def meeting_day(self) -> dt.date:
        return pydate(self.held_on.date())

    def open_decision_dialog(self, item_index: int | None = None) -> DecisionEntry | None:
        if item_index is None and self.items.currentRow() >= 0:
            item_index = self.items.currentRow()
        dialog = DecisionDialog(self.ctx, self.papers, self.meeting_day(), item_index, self)
        self.decision_dialog = dialog  # reachable from tests while it is open
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.decision is None:
            return None
        self.add_decision(dialog.decision, dialog.outcome_text())
        return dialog.decision

    def add_decision(self, decision: DecisionEntry, outcome: str | None = None) -> None:
        outcome = decision_outcome(decision) if outcome is None else outcome
        self.decisions.append(decision)
        row = self.decision_table.rowCount()
        self.decision_table.insertRow(row)
        entries = self.papers.draft.entries
        item = (
            agenda_text(entries[decision.item_index].title, self.ctx.lang)
            if decision.item_index is not None and decision.item_index < len(entries)
            else ""
        )
        for col, text in enumerate((agenda_text(decision.text, self.ctx.lang), item, outcome)):
            cell = QTableWidgetItem(text)
            if col == 2 and outcome:
                cell.setForeground(QColor(colours.MEETING_STATUS["planned"]))
            self.decision_table.setItem(row, col, cell)

    def remove_decision(self) -> None:
        row = self.decision_table.currentRow()
        if 0 <= row < len(self.decisions):
            del self.decisions[row]
            self.decision_table.removeRow(row)

    # -- the kept draft ----------------------------------------------------------------
    def work_state(self) -> Any:
        """The widgets (the per-item minutes box shows one item at a time, so the minutes
        are taken from the agenda), the minutes of every item and the decisions."""
        return (
            super().work_state(),
            tuple(e.minutes for e in self.papers.draft.entries),
            tuple(self.decisions),
        )

    def keep_draft(self) -> None:
        """Keep what is typed in the local database when it changed (see the module)."""
        if self.papers.site_id is None:
            return
        if not self.has_unsaved_work():
            if self._kept is not None:
                meetings_drafts.delete_draft(self.ctx.db, self.papers.site_id, self.month)
                self._kept = None
            return
        content = meetings_drafts.record_json(self.record())
        if content != self._kept:
            meetings_drafts.keep_draft(self.ctx.db, self.papers.site_id, self.month, self.record())
            self._kept = content

    def done(self, result: int) -> None:
        """Closed: after a save the draft is gone; otherwise keep (or drop) it one last time."""
        self.draft_timer.stop()
        if result != QDialog.DialogCode.Accepted and not self._discarded:
            self.keep_draft()
        super().done(result)

    def discard_work(self) -> None:
        self.draft_timer.stop()
        self._discarded = True
        if self.papers.site_id is not None:
            meetings_drafts.delete_draft(self.ctx.db, self.papers.site_id, self.month)
        self._kept = None

    def load_record(self, record: MeetingRecord) -> None:
        """Show a kept draft: agenda with minutes, attendance, decisions, date and place."""
        self.papers.draft = record.draft.copy()
        self.items.clear()
        for n, entry in enumerate(self.papers.draft.entries, start=1):
            self.items.addItem(f"{n}. {agenda_text(entry.title, self.ctx.lang)}")
        if self.papers.draft.entries:
            self.items.setCurrentRow(0)
            self._show_minutes(0)
        # The invited people stay listed (the record keeps only those who came).
        came = {r.stakeholder_id: r for r in record.attendance if r.stakeholder_id}
        for row in reversed(range(self.attendance.rowCount())):
            person = self.attendance.item(row, 0).data(Qt.ItemDataRole.UserRole)
            if person is None:
                self.attendance.removeRow(row)
                continue
            entry = came.pop(uuid.UUID(person), None)
            self.set_attendance(row, entry.women if entry else 0, entry.men if entry else 0)
        for entry in record.attendance:
            if entry.stakeholder_id is None or entry.stakeholder_id in came:
                self.add_attendance_row(
                    entry.name or "",
                    entry.type_code or "",
                    entry.women,
                    entry.men,
                    entry.stakeholder_id,
                )
        self.decisions.clear()
        self.decision_table.setRowCount(0)
        for decision in record.decisions:
            self.add_decision(decision)
        if record.held_on is not None:
            self.held_on.setDate(qdate(record.held_on))
        self.starts.setTime(QTime(record.draft.starts_at.hour, record.draft.starts_at.minute))
        self.place.setText(record.place or "")
        self.general.setPlainText(record.general_minutes)
        self.mark_held.setChecked(record.mark_held)
        self._update_totals()

    # -- saving ------------------------------------------------------------------------
    def record(self) -> MeetingRecord:
        day = self.meeting_day()
        draft = self.papers.draft.copy()
        draft.starts_at = self.meeting_start()
        return MeetingRecord(
            self.site,
            self.month,
            draft,
            self.attendance_entries(),
            [dated(d, day) for d in self.decisions],
            held_on=day,
            place=self.place.text(),
            general_minutes=self.general.toPlainText(),
            mark_held=self.mark_held.isChecked(),
        )

    def accept(self) -> None:
        """Save as one undoable edit (Edit > Undo takes the whole meeting back)."""
        from bm_desktop.ui.meeting_commands import SaveMeeting
        from bm_desktop.ui.undo import undo_stack

        command = SaveMeeting(self.ctx, self.record(), self.papers.draft.site_name)
        try:
            command.run(undo_stack(root_window(self)))
        except BmError as exc:
            self.message.setText(
                self.tr("Nothing was saved. {reason}").format(reason=exc.text(self.ctx.lang))
            )
            return
        except Exception as exc:  # an unexpected failure: the transaction rolled back
            self.message.setText(
                self.tr("Nothing was saved: {reason}").format(reason=str(exc) or type(exc).__name__)
            )
            return
        self.saved = command.saved
        self.draft_timer.stop()
        self._kept = None  # the save deleted the kept draft in its transaction
        super().accept()
