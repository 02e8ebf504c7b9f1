"""A decision taken at a CAP meeting: just recorded, or creating a corrective action, or
recording progress on an open action. Choosing a proposal item fills the action in
(kind, owner, due date, risk); choosing an open action item selects that action.
The action service checks the decision (rolled back) before the dialog closes.

The progress list offers only the actions that can take an update dated the
meeting day (``services/meetings_progress.py``), each once, told apart by its
status, due date and owner; the overdue mark is explained under the list and
each entry's tooltip says it all in words."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.enums import ActionKind
from bm_desktop.domain.errors import BmError
from bm_desktop.domain.meeting_papers import MeetingPapers
from bm_desktop.services import meetings
from bm_desktop.services.actions import ActionDraft, ProgressDraft
from bm_desktop.services.meetings import DecisionEntry
from bm_desktop.services.meetings_progress import UpdatableAction, updatable_actions
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import TypedDateEdit, date_text
from bm_desktop.ui.incident_form import current_user, pydate, qdate
from bm_desktop.ui.progress_dialog import status_text
from bm_desktop.ui.theme import validation_message
from bm_desktop.ui.unsaved_work import WorkDialog

KIND_TEXT = {
    ActionKind.TRAINING: QT_TRANSLATE_NOOP("DecisionDialog", "Training"),
    ActionKind.AWARENESS: QT_TRANSLATE_NOOP("DecisionDialog", "Awareness campaign"),
    ActionKind.INFRASTRUCTURE: QT_TRANSLATE_NOOP("DecisionDialog", "Infrastructure"),
    ActionKind.GOVERNANCE: QT_TRANSLATE_NOOP("DecisionDialog", "Governance"),
    ActionKind.ENGAGEMENT: QT_TRANSLATE_NOOP("DecisionDialog", "Engagement"),
    ActionKind.OTHER: QT_TRANSLATE_NOOP("DecisionDialog", "Other"),
}
NOTE, CREATE, PROGRESS = 0, 1, 2
OVERDUE_MARK = "⚠"


def decision_outcome(decision: DecisionEntry) -> str:
    """What the decision does, as the decisions table shows it."""
    if decision.new_action is not None:
        return QCoreApplication.translate("DecisionDialog", "new action: {what}").format(
            what=decision.new_action.description
        )
    if decision.progress is not None:
        return QCoreApplication.translate("DecisionDialog", "progress: {status}").format(
            status=status_text(decision.progress[1].status)
        )
    return ""


def action_labels(actions: list[UpdatableAction]) -> list[str]:
    """One line per action, never two alike: mark, description, status, due date, owner
    (and a number when even those are the same)."""
    labels: list[str] = []
    for action in actions:
        text = QCoreApplication.translate(
            "DecisionDialog", "{mark}{what} · {status} · due {due} · {owner}"
        ).format(
            mark=f"{OVERDUE_MARK} " if action.overdue else "",
            what=action.description,
            status=status_text(action.status),
            due=date_text(action.due_on),
            owner=action.owner or QCoreApplication.translate("DecisionDialog", "no owner"),
        )
        same = sum(1 for label in labels if label == text or label.startswith(text + " ("))
        labels.append(f"{text} ({same + 1})" if same else text)
    return labels


class DecisionDialog(WorkDialog):
    def __init__(
        self,
        ctx: AppContext,
        papers: MeetingPapers,
        day: dt.date,
        item_index: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.papers, self.day = ctx, papers, day
        self.decision: DecisionEntry | None = None
        self.setWindowTitle(self.tr("Decision"))
        self.setMinimumWidth(560)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What was decided"))
        self.text.setMaximumHeight(80)
        self.item = QComboBox()
        self.item.addItem(self.tr("— no particular item —"), None)
        for n, entry in enumerate(papers.draft.entries):
            self.item.addItem(f"{n + 1}. {entry.title}", n)
        self.outcome = QButtonGroup(self)
        self.note_radio = QRadioButton(self.tr("Record the decision only"))
        self.create_radio = QRadioButton(self.tr("Create a corrective action"))
        self.progress_radio = QRadioButton(self.tr("Record progress on an open action"))
        for value, radio in (
            (NOTE, self.note_radio),
            (CREATE, self.create_radio),
            (PROGRESS, self.progress_radio),
        ):
            self.outcome.addButton(radio, value)
        self.note_radio.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.text)
        form.addRow(self.tr("Agenda item"), self.item)
        form.addRow("", self.note_radio)
        form.addRow("", self.create_radio)
        form.addRow("", self.progress_radio)
        self.action_box = self._action_box()
        self.progress_box = self._progress_box()
        self.message = validation_message(hidden=False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.action_box)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.outcome.idToggled.connect(lambda *_: self._show_boxes())
        self.item.currentIndexChanged.connect(lambda *_: self._prefill())
        if item_index is not None:
            self.item.setCurrentIndex(max(self.item.findData(item_index), 0))
        for combo in (self.item, self.owner, self.area, self.action):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(36)
        self._prefill()
        self._show_boxes()
        self.mark_clean()

    def _action_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New corrective action"))
        self.kind = QComboBox()
        for kind, text in KIND_TEXT.items():
            self.kind.addItem(self.tr(text), kind.value)
        self.description = QLineEdit()
        self.owner = QComboBox()
        self.owner.addItem(self.tr("— choose a stakeholder —"), None)
        for person in self.papers.invitations.invitees:
            group = next(
                g.type.name
                for g in self.papers.invitations.groups
                if g.type.code == person.type_code
            )
            self.owner.addItem(f"{group}: {person.name}", str(person.id))
        self.area = QComboBox()
        for code, label in meetings.risk_area_choices(self.ctx.db, self.ctx.lang):
            self.area.addItem(label, code)
        self.due = TypedDateEdit(self.day + dt.timedelta(days=60))
        self.risk_id: uuid.UUID | None = None
        form = QFormLayout(box)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Assigned to"), self.owner)
        form.addRow(self.tr("Risk area"), self.area)
        form.addRow(self.tr("Due on"), self.due)
        return box

    def _progress_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress update"))
        self.action = QComboBox()
        self.updatable = (
            updatable_actions(self.ctx.db, self.papers.site_id, self.day, self.ctx.lang)
            if self.papers.site_id is not None
            else []
        )
        for action, label in zip(self.updatable, action_labels(self.updatable), strict=True):
            self.action.addItem(label, str(action.id))
            self.action.setItemData(
                self.action.count() - 1, self._tooltip(action), Qt.ItemDataRole.ToolTipRole
            )
        self.action_legend = QLabel(
            self.tr(
                "{mark} overdue: the due date was before the meeting date. Listed: the site's "
                "actions that can take an update dated {date} (recommended by then, not verified "
                "or cancelled, no later update)."
            ).format(mark=OVERDUE_MARK, date=date_text(self.day))
        )
        self.action_legend.setObjectName("actionLegend")
        self.action_legend.setWordWrap(True)
        if not self.updatable:
            self.action_legend.setText(
                self.tr("No action of this site can take an update dated {date}.").format(
                    date=date_text(self.day)
                )
            )
        self.status = QComboBox()
        self.progress_note = QLineEdit()
        self.action.currentIndexChanged.connect(lambda *_: self._fill_statuses())
        form = QFormLayout(box)
        form.addRow(self.tr("Action"), self.action)
        form.addRow("", self.action_legend)
        form.addRow(self.tr("New status"), self.status)
        form.addRow(self.tr("Note"), self.progress_note)
        self._fill_statuses()
        return box

    def _tooltip(self, action: UpdatableAction) -> str:
        lines = [
            action.description,
            self.tr("Status on {date}: {status}").format(
                date=date_text(self.day), status=status_text(action.status)
            ),
            self.tr("Due on {due}").format(due=date_text(action.due_on)),
        ]
        if action.overdue:
            lines.append(
                self.tr("{mark} Overdue by {n} days at the meeting").format(
                    mark=OVERDUE_MARK, n=(self.day - action.due_on).days
                )
            )
        lines.append(self.tr("Owner: {owner}").format(owner=action.owner or "—"))
        return "\n".join(lines)

    def _fill_statuses(self) -> None:
        self.status.clear()
        index = self.action.currentIndex()
        if index < 0:
            return
        for status in self.updatable[index].allowed_next:
            self.status.addItem(status_text(status), status)

    def _show_boxes(self) -> None:
        self.action_box.setVisible(self.outcome.checkedId() == CREATE)
        self.progress_box.setVisible(self.outcome.checkedId() == PROGRESS)

    def _prefill(self) -> None:
        """Fill the action in from a proposal item, or pick the action of an open-action item."""
        index = self.item.currentData()
        self.risk_id = None
        if index is None:
            return
        entry = self.papers.draft.entries[index]
        if entry.ref_table == "site_risks" and entry.ref_ids:
            proposal = next(
                (p for p in self.papers.proposals if p.risk.id == entry.ref_ids[0]), None
            )
            if proposal is not None:
                self.create_radio.setChecked(True)
                self.risk_id = proposal.risk.id
                self.kind.setCurrentIndex(max(self.kind.findData(proposal.kind), 0))
                self.area.setCurrentIndex(max(self.area.findData(proposal.risk.risk_area_code), 0))
                self.due.setDate(qdate(proposal.due_on))
                owner = next(
                    (
                        p
                        for p in self.papers.invitations.invitees
                        if p.type_code == proposal.owner_type
                    ),
                    None,
                )
                if owner is not None:
                    self.owner.setCurrentIndex(max(self.owner.findData(str(owner.id)), 0))
                if not self.description.text():
                    self.description.setText(entry.title)
        elif entry.ref_table == "corrective_actions" and entry.ref_ids:
            found = self.action.findData(str(entry.ref_ids[0]))
            if found >= 0:
                self.progress_radio.setChecked(True)
                self.action.setCurrentIndex(found)

    def current_decision(self) -> DecisionEntry:
        text = self.text.toPlainText().strip()
        index = self.item.currentData()
        outcome = self.outcome.checkedId()
        by = current_user(self.ctx)
        if outcome == CREATE:
            owner = self.owner.currentData()
            draft = ActionDraft(
                kind=self.kind.currentData(),
                description=self.description.text(),
                recommended_on=self.day,
                due_on=pydate(self.due.date()),
                stakeholder_id=uuid.UUID(owner) if owner else None,
                risk_id=self.risk_id,
                site_id=self.papers.site_id,
                risk_area_code=None if self.risk_id else self.area.currentData(),
                by=by,
            )
            return DecisionEntry(text, index, new_action=draft)
        if outcome == PROGRESS and self.action.currentData():
            update = ProgressDraft(
                self.status.currentData() or "", self.day, self.progress_note.text() or text, by
            )
            return DecisionEntry(
                text, index, progress=(uuid.UUID(self.action.currentData()), update)
            )
        return DecisionEntry(text, index)

    def outcome_text(self) -> str:
        return decision_outcome(self.decision) if self.decision is not None else ""

    def accept(self) -> None:
        decision = self.current_decision()
        if not decision.text:
            self.message.setText(self.tr("Write what was decided."))
            return
        try:
            meetings.check_decision(self.ctx.db, decision, max(self.day, dt.date.today()))
        except BmError as exc:
            self.message.setText(exc.text(self.ctx.lang))
            return
        self.decision = decision
        super().accept()
