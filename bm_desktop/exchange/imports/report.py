"""What an import found and did: counts, a preview of the rows, and row-level reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bm_desktop.exchange.text import Words
from bm_desktop.services.errors import BmError

ADD, UPDATE, REMOVE, UNCHANGED, REJECT = "add", "update", "remove", "unchanged", "reject"
PREVIEW_LIMIT = 2000  # rows kept for the preview table (rejected rows are always kept)


@dataclass
class PreviewRow:
    """One row of the file as the preview shows it."""

    row: int  # row (or feature) number in the file; 0 for changes not tied to a row
    action: str  # add, update, remove, unchanged, reject
    key: str  # the id or code the row is about
    summary: str
    reasons: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    kind: str
    path: Path
    layout: str = ""
    rows_read: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    rejected: int = 0
    rows: list[PreviewRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)  # shown first: what to do instead
    written: bool = False
    dry_run: bool = False

    def record(self, entry: PreviewRow) -> None:
        """Count a row and keep it for the preview (within the limit)."""
        if entry.action == ADD:
            self.added += 1
        elif entry.action == UPDATE:
            self.updated += 1
        elif entry.action == REMOVE:
            self.removed += 1
        elif entry.action == UNCHANGED:
            self.unchanged += 1
        else:
            self.rejected += 1
        if entry.action == REJECT or len(self.rows) < PREVIEW_LIMIT:
            self.rows.append(entry)

    @property
    def changes(self) -> int:
        return self.added + self.updated + self.removed

    def reasons(self) -> list[str]:
        """Every row-level reason, in file order ("row 14: due date ... is not a date")."""
        out = []
        for entry in sorted(self.rows, key=lambda e: e.row):
            out += entry.reasons
        return out + self.warnings

    def rejected_reasons(self) -> list[str]:
        return [r for e in sorted(self.rows, key=lambda e: e.row) if e.action == REJECT
                for r in e.reasons]

    def counts_text(self, words: Words) -> str:
        return words.translate(
            "ExchangeImport", "{added} added, {updated} updated, {removed} removed, "
            "{unchanged} unchanged, {rejected} rejected").format(
            added=self.added, updated=self.updated, removed=self.removed,
            unchanged=self.unchanged, rejected=self.rejected)


class ImportFileError(BmError):
    """The file cannot be imported at all (wrong type, damaged, wrong sheet, missing
    columns); the message says what to fix. Nothing was written. Its templates are
    translated in resources/translations/exchange_errors_fr.ts."""

    CONTEXT = "ExchangeErrors"


class ImportRefused(BmError):
    """Some rows were rejected, so nothing was written (unless the user chooses to skip
    them); ``report`` lists the reasons."""

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report
