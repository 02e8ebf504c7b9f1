"""The incident form: record or edit an incident, validated once, by the service that writes.

OK runs the recording (or the edit) itself, as an undoable command pushed on the
window's undo stack: the incident service validates the draft in the transaction
that writes it. A refusal keeps the form open with everything typed, shows the
message under the form and puts the cursor in the offending field; a success
closes the form. A location more than 50 km from the site asks for confirmation
instead. Sensitive details are on their own tab, which exists only for roles
allowed to see them.
"""

from __future__ import annotations

import datetime as dt
import getpass
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QUrl
from PySide6.QtGui import QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.enums import IncidentSource
from bm_desktop.domain.errors import BmError, NotFoundError, ValidationError
from bm_desktop.exchange.imports.submissions import media_folder
from bm_desktop.services import choices, incidents, sensitive_reveals
from bm_desktop.services.incidents import IncidentDraft, IncidentView, SensitiveDetails
from bm_desktop.services.sensitive_reveals import has_sensitive
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import TypedDateEdit, datetime_text
from bm_desktop.ui.loop_commands import EditIncident, RecordIncident
from bm_desktop.ui.theme import validation_message
from bm_desktop.ui.unsaved_work import WorkDialog

SOURCE_TEXT = {
    "monitor": QT_TRANSLATE_NOOP("IncidentForm", "Monitor"),
    "self_monitoring": QT_TRANSLATE_NOOP("IncidentForm", "Cooperative self-monitoring"),
    "government": QT_TRANSLATE_NOOP("IncidentForm", "Government"),
    "other": QT_TRANSLATE_NOOP("IncidentForm", "Other"),
}
SEVERITY_TEXT = {
    1: QT_TRANSLATE_NOOP("IncidentForm", "1 - low"),
    2: QT_TRANSLATE_NOOP("IncidentForm", "2 - medium"),
    3: QT_TRANSLATE_NOOP("IncidentForm", "3 - high"),
    4: QT_TRANSLATE_NOOP("IncidentForm", "4 - critical"),
}


def current_user(ctx: AppContext) -> str:
    """Who is working: the name in the settings, else the computer account."""
    return (ctx.settings.get("user/name") or "").strip() or getpass.getuser()


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class IncidentForm(WorkDialog):
    """Record a new incident (``incident`` None) or edit one; OK saves it on ``stack``
    (the window's undo stack; a form opened on its own gets a stack of its own)."""

    def __init__(
        self,
        ctx: AppContext,
        incident: IncidentView | None = None,
        site_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident = incident
        self.stack = stack if stack is not None else QUndoStack(self)
        self.draft: IncidentDraft | None = None  # the saved draft, once saved
        self.incident_id: uuid.UUID | None = None  # the saved incident, once saved
        self.setWindowTitle(self.tr("Edit incident") if incident else self.tr("Record incident"))
        self.setMinimumWidth(560)
        self._build()
        self._fill(incident, site_id)
        self.mark_clean()

    # -- construction -----------------------------------------------------------------
    def _build(self) -> None:
        sites = choices.sites(self.ctx.db)
        areas = choices.risk_areas(self.ctx.db, self.ctx.lang)
        self.site = QComboBox()
        self.site.addItem(self.tr("— choose a site —"), None)
        for site in sites:
            self.site.addItem(f"{site.code} — {site.name}", str(site.id))
        self.site.setEditable(True)
        self.site.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.occurred = TypedDateEdit()
        self.reported = TypedDateEdit()
        self.risk_area = QComboBox()
        self.risk_area.addItem(self.tr("— choose a risk area —"), None)
        for area in areas:
            self.risk_area.addItem(f"{area.category}: {area.name}", area.code)
        self.severity = QComboBox()
        for level, text in SEVERITY_TEXT.items():
            self.severity.addItem(self.tr(text), level)
        self.source = QComboBox()
        for value, text in SOURCE_TEXT.items():
            self.source.addItem(self.tr(text), value)
        self.reported_by = QLineEdit()
        self.people = QSpinBox(maximum=100000)
        self.people.setSpecialValueText(self.tr("unknown"))
        self.people.setMinimum(-1)
        self.minors = QSpinBox(maximum=100000)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What happened, where, who was involved"))
        self.has_location = QCheckBox(self.tr("The incident has its own location"))
        self.longitude = QDoubleSpinBox(decimals=5, minimum=-180, maximum=180)
        self.latitude = QDoubleSpinBox(decimals=5, minimum=-90, maximum=90)
        self.has_location.toggled.connect(self.longitude.setEnabled)
        self.has_location.toggled.connect(self.latitude.setEnabled)
        self.confirm_far = QCheckBox(
            self.tr("I confirm this location, although it is far from the site")
        )

        details = QWidget()
        form = QFormLayout(details)
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Occurred on"), self.occurred)
        form.addRow(self.tr("Reported on"), self.reported)
        form.addRow(self.tr("Reported by"), self.reported_by)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Risk area"), self.risk_area)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("People affected"), self.people)
        form.addRow(self.tr("Minors involved"), self.minors)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.has_location)
        form.addRow(self.tr("Longitude"), self.longitude)
        form.addRow(self.tr("Latitude"), self.latitude)
        form.addRow(self.confirm_far)
        self.photo_thumbnails: list[QLabel] = []
        self.photo_links: list[QLabel] = []
        if self.incident is not None and self.incident.submission_id:
            form.addRow(self.tr("Field submission"), QLabel(self.incident.submission_id))
        if self.incident is not None and self.incident.photos:
            form.addRow(self.tr("Photos"), self._photos(self.incident.photos))
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Incident"))
        self.victims = QPlainTextEdit()
        self.witnesses = QPlainTextEdit()
        self.sensitive_notes = QPlainTextEdit()
        self.sees_sensitive = incidents.role_sees_sensitive(self.ctx.role)
        if self.sees_sensitive:
            sensitive = QWidget()
            sform = QFormLayout(sensitive)
            sform.addRow(
                QLabel(
                    self.tr(
                        "Visible only to administrators, regional managers and "
                        "coordinators; left out of exports unless included."
                    )
                )
            )
            self.reveal_button = QPushButton(self.tr("Reveal"), objectName="reveal_sensitive")
            self.reveal_button.setToolTip(
                self.tr(
                    "Show this incident's sensitive details; "
                    "the showing is recorded on this computer."
                )
            )
            self.reveal_button.clicked.connect(self._on_reveal)
            self.reveal_button.hide()
            sform.addRow(self.reveal_button)
            sform.addRow(self.tr("Minors / victims"), self.victims)
            sform.addRow(self.tr("Witnesses"), self.witnesses)
            sform.addRow(self.tr("Notes"), self.sensitive_notes)
            self.tabs.addTab(sensitive, self.tr("Sensitive details"))
        self.sensitive_masked = False
        self.message = validation_message()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        self.review = QLabel()
        self.review.setObjectName("reviewLine")
        self.review.setWordWrap(True)
        self.review.hide()
        layout.addWidget(self.review)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    THUMBNAIL = 96  # pixels, the longer side

    def _photos(self, names: tuple[str, ...]) -> QWidget:
        """A small thumbnail and a link (opens the photo) for each photo of the monitor's
        submission, kept in the media folder beside the database."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        folder = media_folder(self.ctx.db.path) if self.ctx.db.path is not None else None
        for column, name in enumerate(names):
            path = folder / name if folder is not None else None
            thumb = QLabel()
            pixmap = QPixmap(str(path)) if path is not None and path.is_file() else QPixmap()
            if not pixmap.isNull():
                thumb.setPixmap(
                    pixmap.scaled(
                        self.THUMBNAIL,
                        self.THUMBNAIL,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            thumb.setToolTip(name)
            link = QLabel()
            shown = name.rsplit("/", 1)[-1]
            if path is not None and path.is_file():
                link.setText(f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{shown}</a>')
                link.setOpenExternalLinks(True)
            else:
                link.setText(self.tr("{name} (not in the media folder)").format(name=shown))
            grid.addWidget(thumb, 0, column)
            grid.addWidget(link, 1, column)
            self.photo_thumbnails.append(thumb)
            self.photo_links.append(link)
        return box

    def _fill(self, incident: IncidentView | None, site_id: uuid.UUID | None) -> None:
        today = dt.date.today()
        if incident is None:
            self.occurred.setDate(qdate(today))
            self.reported.setDate(qdate(today))
            self.reported_by.setText(current_user(self.ctx))
            self.severity.setCurrentIndex(1)
            self._select(self.site, site_id)
            self.has_location.setChecked(False)
            self.longitude.setEnabled(False)
            self.latitude.setEnabled(False)
            return
        self._select(self.site, incident.site_id)
        self.occurred.setDate(qdate(incident.occurred_on))
        self.reported.setDate(qdate(incident.reported_on))
        self.reported_by.setText(incident.reported_by or "")
        self._select(self.source, incident.source)
        self._select(self.risk_area, incident.risk_area_code)
        self._select(self.severity, incident.severity)
        self.people.setValue(-1 if incident.people_affected is None else incident.people_affected)
        self.minors.setValue(incident.minors_involved)
        self.description.setPlainText(incident.description)
        self.review.setText(self.review_text(incident))
        self.review.setVisible(bool(self.review.text()))
        located = incident.longitude is not None
        self.has_location.setChecked(located)
        self.longitude.setEnabled(located)
        self.latitude.setEnabled(located)
        if located:
            self.longitude.setValue(incident.longitude)
            self.latitude.setValue(incident.latitude)
        if self.sees_sensitive and has_sensitive(incident.sensitive):
            self._mask_sensitive()

    # -- sensitive details: masked until revealed (issue 19) ---------------------------
    def _mask_sensitive(self) -> None:
        """Stored details are not shown until the user reveals them; a draft keeps the
        stored values meanwhile (``current_draft`` sends None)."""
        self.sensitive_masked = True
        mask = self.tr("•••• (click Reveal)")
        for edit in (self.victims, self.witnesses, self.sensitive_notes):
            edit.setPlainText(mask)
            edit.setReadOnly(True)
        self.reveal_button.show()

    def _on_reveal(self) -> None:
        assert self.incident is not None
        try:
            details = sensitive_reveals.reveal(
                self.ctx.db, self.incident.id, self.ctx.role, current_user(self.ctx)
            )
        except BmError as exc:
            self.show_message(exc.text(self.ctx.lang))
            return
        self.victims.setPlainText(details.victims or "")
        self.witnesses.setPlainText(details.witnesses or "")
        self.sensitive_notes.setPlainText(details.notes or "")
        for edit in (self.victims, self.witnesses, self.sensitive_notes):
            edit.setReadOnly(False)
        self.reveal_button.hide()
        self.sensitive_masked = False
        self.mark_clean()  # revealing is not an edit

    def review_text(self, incident: IncidentView) -> str:
        """Who verified or rejected the incident, and when (UTC)."""
        when = datetime_text(incident.verified_at) if incident.verified_at else "?"
        who = incident.verified_by or "?"
        if incident.verification == "verified":
            return self.tr("Verified by {who} on {when} (UTC).").format(who=who, when=when)
        if incident.verification == "rejected":
            return self.tr("Rejected by {who} on {when} (UTC): {reason}").format(
                who=who, when=when, reason=incident.rejection_reason or ""
            )
        return ""

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(str(value) if isinstance(value, uuid.UUID) else value)
        combo.setCurrentIndex(max(index, 0))

    # -- the draft and saving it ------------------------------------------------------
    def current_draft(self) -> IncidentDraft:
        located = self.has_location.isChecked()
        people = self.people.value()
        sensitive = (
            SensitiveDetails(
                self.victims.toPlainText(),
                self.witnesses.toPlainText(),
                self.sensitive_notes.toPlainText(),
            )
            if self.sees_sensitive and not self.sensitive_masked
            else None
        )
        return IncidentDraft(
            occurred_on=pydate(self.occurred.date()),
            reported_on=pydate(self.reported.date()),
            risk_area_code=self.risk_area.currentData(),
            description=self.description.toPlainText(),
            site_id=uuid.UUID(self.site.currentData()) if self.site.currentData() else None,
            reported_by=self.reported_by.text(),
            source=self.source.currentData() or IncidentSource.MONITOR.value,
            severity=int(self.severity.currentData()),
            people_affected=None if people < 0 else people,
            minors_involved=self.minors.value(),
            longitude=self.longitude.value() if located else None,
            latitude=self.latitude.value() if located else None,
            confirm_far_location=self.confirm_far.isChecked(),
            sensitive=sensitive,
        )

    FIELD_WIDGETS = {
        "site": "site",
        "occurred_on": "occurred",
        "reported_on": "reported",
        "risk_area": "risk_area",
        "severity": "severity",
        "description": "description",
        "people_affected": "people",
        "minors_involved": "minors",
        "location": "longitude",
        "location_confirm": "confirm_far",
        "source": "source",
    }

    def show_message(self, text: str, field: str | None = None) -> None:
        self.message.setText(text)
        self.message.show()
        widget = getattr(self, self.FIELD_WIDGETS.get(field or "", ""), None)
        if widget is not None:
            self.tabs.setCurrentIndex(0)
            widget.setFocus()

    def accept(self) -> None:
        """Save: record (or edit) the incident through its undo command; the service
        validates once, in the transaction that writes, and a refusal keeps the form
        open with its message and everything typed."""
        draft = self.current_draft()
        try:
            command = (
                RecordIncident(self.ctx, draft)
                if self.incident is None
                else EditIncident(self.ctx, self.incident.id, draft)
            )
            command.run(self.stack)
        except ValidationError as exc:
            if exc.field == "location_confirm" and self._confirm_far(exc.text(self.ctx.lang)):
                self.confirm_far.setChecked(True)
                return self.accept()
            self.show_message(exc.text(self.ctx.lang), exc.field)
            return None
        except BmError as exc:  # an unknown site, a read-only or locked database...
            field = "site" if isinstance(exc, NotFoundError) else None
            self.show_message(exc.text(self.ctx.lang), field)
            return None
        self.draft, self.incident_id = draft, command.incident_id
        super().accept()
        return None

    def _confirm_far(self, message: str) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(), message + "\n\n" + self.tr("Keep this location?")
        )
        return answer == QMessageBox.StandardButton.Yes
