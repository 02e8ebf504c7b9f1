"""The corrective-action tracker: exported, filled in by a partner with openpyxl,
imported back as progress updates; tampered, unknown and duplicated rows refused."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bm_desktop.db.models import ActionProgress, CorrectiveAction
from bm_desktop.exchange.exports.action_tracker import export_action_tracker
from bm_desktop.exchange.imports.report import ImportRefused
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from bm_desktop.services.action_views import list_actions
from tests.exchange.exchange_support import Book, fingerprint, request, table_dump

TODAY = dt.date(2022, 4, 20)
ON = dt.date(2022, 4, 12)


@pytest.fixture
def tracker(sample_db, tmp_path: Path) -> Path:
    path = tmp_path / "tracker.xlsx"
    export_action_tracker(sample_db, request(region="Lualaba", today=TODAY), path)
    return path


def _columns(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1]}


def _rows_with(ws, status: str, n: int) -> list[int]:
    col = _columns(ws)["Status at export"]
    return [r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value == status][:n]


def test_tracker_layout_for_partners(sample_db, tracker: Path) -> None:
    book = Book(tracker)
    assert book.sheetnames == ["Cover", "Actions"]
    ws = book["Actions"]
    rows = book.table("Actions")
    with sample_db.sessions() as s:
        from bm_desktop.domain.filters import FilterState

        expected = list_actions(s, FilterState(regions=frozenset({"Lualaba"})), today=TODAY)
    assert [r["Row ID"] for r in rows] == [str(a.id) for a in expected]
    first, view = rows[0], expected[0]
    assert (first["Site code"], first["Action"], first["Status at export"]) == (
        view.site_code,
        view.description,
        view.status.replace("_", " "),
    )
    assert first["Due on"].date() == view.due_on
    assert ws.column_dimensions["A"].hidden and ws.column_dimensions["S"].hidden
    assert ws.protection.sheet and not ws.protection.autoFilter
    assert ws.freeze_panes == "A2"
    open_row = next(
        i for i, r in enumerate(rows, start=2) if r["Status at export"] == "in progress"
    )
    final_row = next(i for i, r in enumerate(rows, start=2) if r["Status at export"] == "verified")
    assert ws.cell(open_row, 15).protection.locked is False  # New status: the partner's
    assert ws.cell(final_row, 15).protection.locked is True  # verified: nothing to add
    assert ws.cell(open_row, 6).protection.locked is True  # the action itself is read-only
    validations = {dv.type: dv for dv in ws.data_validations.dataValidation}
    assert (
        validations["list"].formula1 == '"recommended,in progress,implemented,verified,cancelled"'
    )
    assert str(validations["list"].sqref) == f"O2:O{len(rows) + 1}"
    assert validations["date"].operator == "between"
    assert str(validations["date"].sqref) == f"P2:P{len(rows) + 1}"
    overdue = [r for r in rows if r["Days overdue"]]
    assert overdue and all(r["Status at export"] in ("recommended", "in progress") for r in overdue)
    assert any(n.startswith("1. Fill in only the amber columns") for n in book.notes())


def test_round_trip_partner_updates_become_progress(
    sample_db, tracker: Path, tmp_path: Path
) -> None:
    wb = load_workbook(tracker)
    ws = wb["Actions"]
    col = _columns(ws)
    changed = {}
    for r in _rows_with(ws, "in progress", 3):
        ws.cell(r, col["New status"]).value = "implemented"
        ws.cell(r, col["Date of the new status"]).value = ON
        ws.cell(r, col["Progress note"]).value = "Training delivered to 40 diggers"
        ws.cell(r, col["Reported by"]).value = "EMAK-C secretary"
        changed[uuid.UUID(ws.cell(r, 1).value)] = "implemented"
    (r,) = _rows_with(ws, "recommended", 1)
    ws.cell(r, col["New status"]).value = "en cours"  # French works too
    ws.cell(r, col["Date of the new status"]).value = "2022-04-11"  # typed as text
    changed[uuid.UUID(ws.cell(r, 1).value)] = "in_progress"
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    preview = run_import(sample_db, "actions", filled, ImportOptions(dry_run=True, today=TODAY))
    assert (preview.updated, preview.rejected, preview.written) == (4, 0, False)
    report = run_import(sample_db, "actions", filled, ImportOptions(today=TODAY))
    assert (report.updated, report.rejected, report.written) == (4, 0, True)
    with sample_db.sessions() as s:
        for action_id, status in changed.items():
            last = s.scalars(
                select(ActionProgress)
                .where(ActionProgress.action_id == action_id)
                .order_by(ActionProgress.on.desc(), ActionProgress.seq.desc())
            ).first()
            assert last.status == status
            if status == "implemented":
                assert (last.on, last.note, last.by) == (
                    ON,
                    "Training delivered to 40 diggers",
                    "EMAK-C secretary",
                )
    again = run_import(sample_db, "actions", filled, ImportOptions(today=TODAY))
    assert (again.updated, again.rejected) == (0, 0)  # already recorded: nothing twice


def test_refused_rows_have_reasons_and_nothing_is_written(
    sample_db, tracker: Path, tmp_path: Path
) -> None:
    wb = load_workbook(tracker)
    ws = wb["Actions"]
    col = _columns(ws)
    good, bad_date, tampered, verified_early = _rows_with(ws, "in progress", 4)
    (final,) = _rows_with(ws, "verified", 1)
    ws.cell(good, col["New status"]).value = "implemented"
    ws.cell(good, col["Date of the new status"]).value = ON
    ws.cell(bad_date, col["New status"]).value = "implemented"
    ws.cell(bad_date, col["Date of the new status"]).value = "2022-02-30"
    ws.cell(tampered, col["Action"]).value = "Something else entirely"
    ws.cell(tampered, col["New status"]).value = "implemented"
    ws.cell(tampered, col["Date of the new status"]).value = ON
    ws.cell(verified_early, col["New status"]).value = "verified"
    ws.cell(verified_early, col["Date of the new status"]).value = ON
    ws.cell(final, col["New status"]).value = "in progress"
    ws.cell(final, col["Date of the new status"]).value = ON
    last = ws.max_row
    for c in range(1, ws.max_column + 1):  # a copied row
        ws.cell(last + 1, c).value = ws.cell(good, c).value
    ws.cell(last + 2, col["Site code"]).value = "LB-01"  # a typed-in row
    ws.cell(last + 2, col["New status"]).value = "in progress"
    ws.cell(last + 3, 1).value = str(uuid.uuid4())  # an unknown id
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    before, rows_before = fingerprint(sample_db), table_dump(sample_db)
    with pytest.raises(ImportRefused) as refused:
        run_import(sample_db, "actions", filled, ImportOptions(today=TODAY))
    assert fingerprint(sample_db) == before
    assert table_dump(sample_db) == rows_before
    reasons = refused.value.report.rejected_reasons()
    assert f"row {bad_date}: date of the new status '2022-02-30' is not a date" in reasons
    assert any(r.startswith(f"row {tampered}: the grey columns were changed") for r in reasons)
    assert any(
        r.startswith(f"row {verified_early}: An action that is in progress cannot become verified")
        for r in reasons
    )
    assert any(r.startswith(f"row {final}: The action is already verified") for r in reasons)
    assert (
        f"row {good}: the same action also appears on row {last + 1}; keep one row per "
        "action." in reasons
    )
    assert any(r.startswith(f"row {last + 2}: the row has no row ID") for r in reasons)
    assert any(r.startswith(f"row {last + 3}: the grey columns were changed") for r in reasons)
    assert refused.value.report.rejected == 8  # both copies of the duplicated action


def test_skip_rejected_imports_the_rest(sample_db, tracker: Path, tmp_path: Path) -> None:
    wb = load_workbook(tracker)
    ws = wb["Actions"]
    col = _columns(ws)
    good, bad = _rows_with(ws, "in progress", 2)
    ws.cell(good, col["New status"]).value = "implemented"
    ws.cell(good, col["Date of the new status"]).value = ON
    ws.cell(bad, col["New status"]).value = "done"
    ws.cell(bad, col["Date of the new status"]).value = ON
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    report = run_import(
        sample_db, "actions", filled, ImportOptions(today=TODAY, skip_rejected=True)
    )
    assert (report.updated, report.rejected, report.written) == (1, 1, True)
    assert report.rejected_reasons() == [
        f"row {bad}: 'done' is not an action status (use one of: recommended, in progress, "
        "implemented, verified, cancelled)."
    ]
    with sample_db.sessions() as s:
        action = s.get(CorrectiveAction, uuid.UUID(ws.cell(good, 1).value))
        assert (
            s.scalar(
                select(ActionProgress.status).where(
                    ActionProgress.action_id == action.id, ActionProgress.on == ON
                )
            )
            == "implemented"
        )


def test_french_tracker_round_trip(sample_db, tmp_path: Path) -> None:
    path = tmp_path / "suivi.xlsx"
    export_action_tracker(sample_db, request(site_code="SK-01", today=TODAY, lang="fr"), path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Couverture", "Actions"]
    ws = wb["Actions"]
    col = _columns(ws)
    assert "Nouveau statut" in col and "Date du nouveau statut" in col
    validation = next(dv for dv in ws.data_validations.dataValidation if dv.type == "list")
    assert validation.formula1 == '"recommandée,en cours,mise en œuvre,vérifiée,annulée"'
    (row,) = [
        r
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, col["Statut à l'export"]).value == "en cours"
    ][:1]
    ws.cell(row, col["Nouveau statut"]).value = "mise en œuvre"
    ws.cell(row, col["Date du nouveau statut"]).value = ON
    filled = tmp_path / "rempli.xlsx"
    wb.save(filled)
    report = run_import(sample_db, "actions", filled, ImportOptions(today=TODAY, lang="fr"))
    assert (report.updated, report.rejected) == (1, 0)
    assert report.layout == "suivi des actions correctives"


def test_french_tracker_refusals_read_in_french(sample_db, tmp_path: Path) -> None:
    path = tmp_path / "suivi.xlsx"
    export_action_tracker(sample_db, request(region="Lualaba", today=TODAY, lang="fr"), path)
    wb = load_workbook(path)
    ws = wb["Actions"]
    col = _columns(ws)
    early, bad_date = [
        r
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, col["Statut à l'export"]).value == "en cours"
    ][:2]
    ws.cell(early, col["Nouveau statut"]).value = "vérifiée"
    ws.cell(early, col["Date du nouveau statut"]).value = ON
    ws.cell(bad_date, col["Nouveau statut"]).value = "mise en œuvre"
    ws.cell(bad_date, col["Date du nouveau statut"]).value = "2022-02-30"
    filled = tmp_path / "rempli.xlsx"
    wb.save(filled)
    with pytest.raises(ImportRefused) as refused:
        run_import(sample_db, "actions", filled, ImportOptions(today=TODAY, lang="fr"))
    reasons = refused.value.report.rejected_reasons()
    assert any(
        r.startswith(f"ligne {early} : Une action en cours ne peut pas devenir vérifiée")
        for r in reasons
    ), reasons
    assert (
        f"ligne {bad_date} : date du nouveau statut : « 2022-02-30 » n'est pas une date" in reasons
    ), reasons
