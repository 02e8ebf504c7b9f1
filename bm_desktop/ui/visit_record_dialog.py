"""After the trip: record every visit of the plan in one step. One row per planned
stop: done or not, the day, the purpose, the findings, and the site's open actions
checked and incidents verified (ticked in lists drawn from the itinerary's checklist),
and the incidents raised during the visit (ticked among the site's incidents that
occurred since the trip's first day, entered in the Incidents dock or the monitors'
forms).
Saved in one transaction (:func:`services.visits.record_visits`): a refusal names the
site and the rule, and nothing is written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.errors import BmError, error_text
from bm_desktop.domain.visits import PURPOSES
from bm_desktop.services.trip_checklists import incidents_since, site_checklists
from bm_desktop.services.trip_planner import TripPlan
from bm_desktop.services.visits import VisitRecord, record_visits
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import TypedDateEdit, date_text
from bm_desktop.ui.unsaved_work import WorkDialog

COLUMNS = (
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Site"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Done"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Day"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Purpose"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Findings"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Actions checked"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Incidents verified"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Incidents raised"),
)


def _checkable(items: list[tuple[object, str]]) -> QListWidget:
    box = QListWidget()
    for key, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setMaximumHeight(90)
    return box


def ticked(box: QListWidget) -> list:
    return [
        box.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    ]


class VisitRecordDialog(WorkDialog):
    def __init__(self, ctx: AppContext, plan: TripPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.plan = ctx, plan
        self.saved: list = []
        self.setWindowTitle(self.tr("Record the visits of the trip"))
        self.visitor = QLineEdit()
        self.visitor.setPlaceholderText(self.tr("Who made the visits"))
        stops = plan.stops
        checks = site_checklists(
            ctx.db, [s.site.id for s in stops], plan.request.first_day, ctx.lang
        )
        since = incidents_since(ctx.db, [s.site.id for s in stops], plan.request.first_day)
        self.table = QTableWidget(len(stops), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("VisitRecordDialog", c) for c in COLUMNS]
        )
        self.rows = []
        day_of = {s.site.id: d.day for d in plan.days for s in d.stops}
        for r, stop in enumerate(stops):
            done = QCheckBox()
            done.setChecked(True)
            day = TypedDateEdit(day_of[stop.site.id])
            purpose = QComboBox()
            for code, text in PURPOSES.items():
                purpose.addItem(QCoreApplication.translate("Visits", text), code)
            findings = QLineEdit()
            c = checks[stop.site.id]
            actions = _checkable(
                [(a.id, ("! " if a.overdue else "") + a.description[:80]) for a in c.actions]
            )
            incidents = _checkable(
                [(i.id, f"{date_text(i.occurred_on)} · {i.description[:70]}") for i in c.incidents]
            )
            to_verify = {i.id for i in c.incidents}
            raised = _checkable(
                [
                    (i.id, f"{date_text(i.occurred_on)} · {i.description[:70]}")
                    for i in since[stop.site.id]
                    if i.id not in to_verify
                ]
            )
            self.table.setCellWidget(r, 0, QLabel(f"{stop.site.code} {stop.site.name}"))
            for col, w in enumerate(
                (done, day, purpose, findings, actions, incidents, raised), start=1
            ):
                self.table.setCellWidget(r, col, w)
            self.table.setRowHeight(r, 96)
            self.rows.append((stop, done, day, purpose, findings, actions, incidents, raised))
        self.table.resizeColumnsToContents()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b00")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow(self.tr("Visitors"), self.visitor)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.table)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.resize(1250, 520)

    def records(self) -> list[VisitRecord]:
        out = []
        for stop, done, day, purpose, findings, actions, incidents, raised in self.rows:
            is_done = done.isChecked()
            out.append(
                VisitRecord(
                    stop.site.id,
                    day.date().toPython(),
                    self.visitor.text(),
                    purpose.currentData(),
                    findings.text(),
                    is_done,
                    incidents_verified=ticked(incidents) if is_done else (),
                    actions_checked=ticked(actions) if is_done else (),
                    incidents_raised=ticked(raised) if is_done else (),
                )
            )
        return out

    def save_work(self) -> bool:
        self.save()
        return not self.isVisible()

    def save(self) -> None:
        try:
            self.saved = record_visits(self.ctx.db, self.records())
        except BmError as exc:
            self.message.setText(error_text(exc, self.ctx.lang))
            return
        self.ctx.data.changed.emit({"site_visits", "visit_incidents", "visit_actions"})
        self.accept()
