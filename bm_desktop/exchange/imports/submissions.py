"""Importing monitors' field submissions (the form of :mod:`bm_desktop.exchange.xlsform`).

Each submission becomes an incident in the *reported* state, through the incident
service (:func:`~bm_desktop.services.incidents.validate_incident`, the rules of the
incident form), with the monitor's name and the submission's instance id:

* a submission whose instance id is stored already is unchanged (importing the same
  export twice adds nothing);
* an edited submission (a new instance whose ``deprecatedID`` names the one it
  replaces, or whose ODK Central ``KEY`` names the first one) updates its incident
  instead of adding one, and puts it back in the verification queue: what the expert
  verified has changed;
* a row of another form, or of another structure of this form, is refused (the form
  stamps ``"<form id> <version>"`` into every submission);
* photos named in the export are copied into the media folder beside the database.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.models import Incident
from bm_desktop.domain.enums import IncidentSource
from bm_desktop.domain.errors import BmError, error_text
from bm_desktop.exchange.imports import messages as m
from bm_desktop.exchange.imports import values as v
from bm_desktop.exchange.imports.report import (
    ADD,
    REJECT,
    UNCHANGED,
    UPDATE,
    ImportFileError,
    ImportReport,
    PreviewRow,
)
from bm_desktop.exchange.imports.submission_files import Export, Submission, field_name
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words
from bm_desktop.exchange.xlsform import FORM_ID, FORM_SCHEMA, STAMP_FIELD
from bm_desktop.services.incidents import (
    IncidentDraft,
    edit_incident,
    record_incident,
    validate_incident,
)

_SAFE_ID = re.compile(r"(?!\.{1,2}$)[0-9A-Za-z_.:-]{1,64}")
# The answers an incident needs, by their names in the form (columns of every export).
ANSWERS = ("monitor", "occurred_on", "site", "risk_area", "severity", "description")


@dataclass
class SubmissionPlan:
    report: ImportReport
    export: Export
    adds: list[tuple[IncidentDraft, list[str]]] = field(default_factory=list)
    updates: list[tuple[uuid.UUID, IncidentDraft, list[str]]] = field(default_factory=list)


def media_folder(database: Path) -> Path:
    """Where submissions' photos are kept: a folder beside the database file."""
    return database.with_name(f"{database.stem}-media")


def instance_id(value: Any) -> str:
    text = v.text(value)
    return text[5:] if text.lower().startswith("uuid:") else text


def _identity(sub: Submission) -> tuple[str, list[str]]:
    """The submission's instance id, and the ids it may replace (deprecated, first)."""
    current = instance_id(sub.get("instanceID") or sub.get("_uuid") or sub.get("KEY"))
    earlier = [instance_id(sub.get(k)) for k in ("deprecatedID", "rootUuid", "KEY", "_uuid")]
    return current, [e for e in dict.fromkeys(earlier) if e and e != current]


def _form_problem(sub: Submission, words: Words) -> str | None:
    stamp = v.text(sub.get(STAMP_FIELD))
    form, _sep, version = stamp.partition(" ")
    central = v.text(sub.get("FormVersion"))
    if (
        form == FORM_ID
        and version.split(".")[0] == FORM_SCHEMA
        and (not central or central == version)
    ):
        return None
    return m.say(
        words,
        QT_TRANSLATE_NOOP(
            "ExchangeImport",
            "the submission comes from form '{form}' version '{version}', not "
            "from the incident form {expected} (version {schema}.x) of this programme: generate "
            "the form with 'bm-desktop form' and collect with it.",
        ),
        form=form or "?",
        version=version or central or "?",
        expected=FORM_ID,
        schema=FORM_SCHEMA,
    )


def _int(sub: Submission, name: str) -> int | None:
    value = sub.get(name)
    return None if v.is_empty(value) else v.parse_int(value)


def _draft(sub: Submission, current: str, photos: list[str], today: dt.date) -> IncidentDraft:
    occurred = None if v.is_empty(sub.get("occurred_on")) else v.parse_date(sub.get("occurred_on"))
    sent = sub.get("SubmissionDate") or sub.get("_submission_time") or sub.get("end")
    reported = min(v.parse_date(sent), today) if not v.is_empty(sent) else today
    if occurred is not None and reported < occurred:
        reported = occurred
    lat = None if v.is_empty(sub.latitude) else v.parse_float(sub.latitude)
    lon = None if v.is_empty(sub.longitude) else v.parse_float(sub.longitude)
    severity = _int(sub, "severity")
    return IncidentDraft(
        occurred_on=occurred,
        risk_area_code=v.text(sub.get("risk_area")) or None,
        description=v.text(sub.get("description")),
        site_code=v.text(sub.get("site")) or None,
        reported_on=reported,
        reported_by=v.text(sub.get("monitor") or sub.get("SubmitterName")) or None,
        source=IncidentSource.MONITOR,
        severity=severity if severity is not None else 0,
        people_affected=_int(sub, "people_affected"),
        minors_involved=_int(sub, "minors_involved") or 0,
        longitude=lon,
        latitude=lat,
        submission_id=current,
        photos=tuple(f"{current}/{p}" for p in photos),
    )


def _photos(sub: Submission) -> list[str]:
    names = [v.text(sub.get("photo"))]
    for rows in sub.repeats.values():
        names += [v.text(r.get("photo")) for r in rows]
    found = (Path(n.replace("\\", "/")).name for n in dict.fromkeys(names) if n)
    return [n for n in found if n not in ("", ".", "..")]  # a file name, never a path


def analyse(
    s: Session, export: Export, report: ImportReport, words: Words, today: dt.date
) -> SubmissionPlan:
    names = {field_name(h) for h in export.headers}
    if STAMP_FIELD not in names:
        raise ImportFileError(
            "{name} is not an export of the incident form {form}: it has "
            "no '{column}' column. Export the submissions of the form "
            "written by 'bm-desktop form'.",
            name=report.path.name,
            form=FORM_ID,
            column=STAMP_FIELD,
        )
    missing = [c for c in ANSWERS if c not in names]
    if missing:
        raise ImportFileError(
            "{name} lacks the form's columns {columns}: export the "
            "submissions with XML values and headers, not labels.",
            name=report.path.name,
            columns=", ".join(missing),
        )
    report.layout = words.translate("ExchangeImport", "{tool} submissions").format(tool=export.tool)
    plan = SubmissionPlan(report, export)
    stored = dict(
        s.execute(
            select(Incident.submission_id, Incident.id).where(
                Incident.submission_id.is_not(None), Incident.deleted.is_(False)
            )
        ).all()
    )
    seen: set[str] = set()
    for sub in export.submissions:
        report.rows_read += 1
        n = sub.row
        current, earlier = _identity(sub)
        problem = _form_problem(sub, words)
        if problem is None and not current:
            problem = m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport", "the submission has no instance id (meta/instanceID)."
                ),
            )
        elif problem is None and not _SAFE_ID.fullmatch(current):
            # It names the photos' folder: never a path, never longer than the column.
            problem = m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "the instance id '{id}' is not an ODK instance id (letters, "
                    "digits and - _ . : only, at most 64).",
                ),
                id=current[:80],
            )
        if problem is not None:
            report.record(PreviewRow(n, REJECT, current, "", [m.at_row(words, n, problem)]))
            continue
        photos = _photos(sub)
        try:
            draft = _draft(sub, current, photos, today)
            validate_incident(s, draft, today)
        except v.BadValue as exc:
            report.record(PreviewRow(n, REJECT, current, "", [m.at_row(words, n, exc.text(words))]))
            continue
        except BmError as exc:
            report.record(
                PreviewRow(
                    n, REJECT, current, "", [m.at_row(words, n, error_text(exc, words.lang))]
                )
            )
            continue
        summary = f"{draft.site_code} · {draft.occurred_on} · {draft.risk_area_code}"
        missing = [p for p in photos if p not in export.media]
        if missing:
            report.warnings.append(
                m.at_row(
                    words,
                    n,
                    m.say(
                        words,
                        QT_TRANSLATE_NOOP(
                            "ExchangeImport",
                            "photo {names} is not in the export's media (use --media "
                            "FOLDER); the incident is imported without it.",
                        ),
                        names=", ".join(missing),
                    ),
                )
            )
            draft = _draft(sub, current, [p for p in photos if p not in missing], today)
        if current in stored or current in seen:
            report.record(PreviewRow(n, UNCHANGED, current, summary))
            continue
        seen.add(current)
        replaced = next((stored[e] for e in earlier if e in stored), None)
        if replaced is not None:
            plan.updates.append((replaced, draft, photos))
            report.record(PreviewRow(n, UPDATE, current, summary))
        else:
            plan.adds.append((draft, photos))
            report.record(PreviewRow(n, ADD, current, summary))
    return plan


def _copy(export: Export, folder: Path | None, draft: IncidentDraft, names: list[str]) -> None:
    if folder is None:
        return
    target = folder / (draft.submission_id or "")
    for name in names:
        source = export.media.get(name)
        if source is None:
            continue
        target.mkdir(parents=True, exist_ok=True)
        if isinstance(source, Path):
            shutil.copyfile(source, target / name)
        else:
            (target / name).write_bytes(source)


def write(s: Session, plan: SubmissionPlan, today: dt.date, database: Path | None) -> None:
    folder = media_folder(database) if database is not None else None
    for draft, names in plan.adds:
        record_incident(s, draft, today)
        _copy(plan.export, folder, draft, names)
    for incident_id, draft, names in plan.updates:
        edit_incident(s, incident_id, draft, today, reopen=True)
        _copy(plan.export, folder, draft, names)
    s.flush()
