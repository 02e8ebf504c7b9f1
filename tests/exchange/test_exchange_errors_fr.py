"""Import file errors show in the user's language: English ``str(exc)``, French ``exc.text("fr")``."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from bm_desktop.domain.errors import error_text
from bm_desktop.exchange.imports.report import ImportFileError
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from bm_desktop.i18n import catalogue
from tests.services.test_service_errors_fr import raised_templates

MODULES = ["bm_desktop/exchange/imports/readers.py", "bm_desktop/exchange/imports/runner.py"]


def test_every_import_file_error_has_french_with_the_same_fields() -> None:
    templates = raised_templates(MODULES)
    assert len(templates) >= 15
    french = {src: text for (ctx, src), text in catalogue("fr").items() if ctx == "ExchangeErrors"}
    assert sorted(templates - french.keys()) == []
    fields = string.Formatter()
    for template in templates:
        ours = sorted(f for _, f, _, _ in fields.parse(template) if f)
        theirs = sorted(f for _, f, _, _ in fields.parse(french[template]) if f)
        assert ours == theirs, template


def test_wrong_file_type_reads_in_french(db, tmp_path: Path) -> None:
    path = tmp_path / "visits.doc"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        run_import(db, "events", path, ImportOptions(lang="fr"))
    assert str(caught.value) == (
        "visits.doc: BM Desktop imports CSV, XLSX, GeoJSON and GeoPackage files, not '.doc' files."
    )
    assert error_text(caught.value, "fr") == (
        "visits.doc : BM Desktop importe des fichiers CSV, XLSX, GeoJSON et GeoPackage, pas "
        "des fichiers « .doc »."
    )


def test_unknown_event_columns_name_the_missing_ones_in_french(db, tmp_path: Path) -> None:
    path = tmp_path / "evenements.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        run_import(db, "events", path, ImportOptions(lang="fr"))
    french = error_text(caught.value, "fr")
    assert "ACLED (manquantes : actor1, actor2, admin1, " in french
    assert "(missing:" not in french
    assert "ACLED (missing: actor1, actor2, admin1, " in str(
        pytest.raises(ImportFileError, run_import, db, "events", path, ImportOptions()).value
    )
