"""What an import found and did: counts, a preview of the rows, and row-level reasons."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bm_desktop.domain.errors import BmError
from bm_desktop.exchange.text import Words

ADD, UPDATE, REMOVE, UNCHANGED, REJECT = "add", "update", "remove", "unchanged", "reject"
DUPLICATE = "duplicate"  # a row repeating an earlier one exactly: imported once
PREVIEW_LIMIT = 2000  # rows kept for the preview table
# Rejected and removed rows kept in memory: every one is counted, grouped by reason and
# written to the --report file as it comes, but a junk file of a million rows must not
# hold a million reasons.
KEPT_LIMIT = 5000
GROUP_DETAILS = 5  # values named per reason group
GROUP_VALUES = 1000  # distinct values counted per reason group


@dataclass
class PreviewRow:
    """One row of the file as the preview shows it."""

    row: int  # row (or feature) number in the file; 0 for changes not tied to a row
    action: str  # add, update, remove, unchanged, reject
    key: str  # the id or code the row is about
    summary: str
    reasons: list[str] = field(default_factory=list)
    group: str = ""  # the reason without the row's own value, for grouping
    detail: str = ""  # the row's value (a province, a date) for the group's breakdown


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
    duplicates: int = 0
    rows: list[PreviewRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)  # shown first: what to do instead
    written: bool = False
    dry_run: bool = False
    batch: int | None = None  # the import batch written (undo it with its number)
    omitted: int = 0  # rejected or removed rows counted but not kept in memory
    groups: dict[str, Counter] = field(default_factory=dict)  # reason -> details
    sink: Callable[[PreviewRow], None] | None = None  # sees every row (--report)

    def record(self, entry: PreviewRow) -> None:
        """Count a row, pass it to the sink, and keep it for the preview (within limits)."""
        if entry.action == ADD:
            self.added += 1
        elif entry.action == UPDATE:
            self.updated += 1
        elif entry.action == REMOVE:
            self.removed += 1
        elif entry.action == UNCHANGED:
            self.unchanged += 1
        elif entry.action == DUPLICATE:
            self.duplicates += 1
        else:
            self.rejected += 1
        if entry.group:
            details = self.groups.get(entry.group)
            if details is None:
                details = self.groups[entry.group] = Counter()
            if entry.detail in details or len(details) < GROUP_VALUES:
                details[entry.detail] += 1
            else:  # a junk file's million distinct values: counted, not each kept
                details[""] += 1
        if self.sink is not None:
            self.sink(entry)
        if entry.action in (REJECT, REMOVE, DUPLICATE):
            if self.rejected + self.removed + self.duplicates <= KEPT_LIMIT:
                self.rows.append(entry)
            else:
                self.omitted += 1
        elif len(self.rows) < PREVIEW_LIMIT:
            self.rows.append(entry)

    def keeps_rejected(self) -> bool:
        """Would one more rejected row be kept or passed on? (If not, :meth:`count`
        it: a junk file's million messages are never even written.)"""
        return self.sink is not None or self.rejected + self.removed + self.duplicates < KEPT_LIMIT

    def count_rejected(self, group: str, detail: str) -> None:
        """A rejected row counted (and grouped) but not kept."""
        self.rejected += 1
        self.omitted += 1
        details = self.groups.get(group)
        if details is None:
            details = self.groups[group] = Counter()
        details[detail if detail in details or len(details) < GROUP_VALUES else ""] += 1

    def wants(self) -> bool:
        """Would an added, updated or unchanged row be kept or passed on? (If not, a
        caller may just count it, without building its summary.)"""
        return self.sink is not None or len(self.rows) < PREVIEW_LIMIT

    def grouped(self, words: Words) -> list[str]:
        """One line per reason, most frequent first: "492 rows: province outside the
        programme: Haut-Lomami 310, Tshopo 182"."""
        out = []
        for group, details in sorted(self.groups.items(), key=lambda g: -g[1].total()):
            n = details.total()
            named = [(d, c) for d, c in details.most_common() if d]
            line = (
                words.translate("ExchangeImport", "{n} rows: {reason}").format(
                    n=f"{n:,}", reason=group
                )
                if n != 1
                else words.translate("ExchangeImport", "1 row: {reason}").format(reason=group)
            )
            if named and len(named) < n:  # a breakdown only when values repeat
                parts = [f"{d} {c:,}" for d, c in named[:GROUP_DETAILS]]
                if len(named) > GROUP_DETAILS:
                    parts.append(
                        words.translate("ExchangeImport", "{n} other values").format(
                            n=len(named) - GROUP_DETAILS
                        )
                    )
                line += ": " + ", ".join(parts)
            out.append(line)
        return out

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
        return [
            r
            for e in sorted(self.rows, key=lambda e: e.row)
            if e.action == REJECT
            for r in e.reasons
        ]

    def counts_text(self, words: Words) -> str:
        text = words.translate(
            "ExchangeImport",
            "{added} added, {updated} updated, {removed} removed, "
            "{unchanged} unchanged, {rejected} rejected",
        ).format(
            added=self.added,
            updated=self.updated,
            removed=self.removed,
            unchanged=self.unchanged,
            rejected=self.rejected,
        )
        if self.duplicates:
            text += words.translate("ExchangeImport", ", {n} repeated rows imported once").format(
                n=self.duplicates
            )
        return text


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
