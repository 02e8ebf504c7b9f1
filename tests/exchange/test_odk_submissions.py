"""Round trip of the monitors' submissions: the form out, ODK Central and KoboToolbox
exports in, each submission counted once, edits updating their incident."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from bm_desktop.cli import main
from bm_desktop.db.engine import open_database
from bm_desktop.db.models import Incident, Site
from bm_desktop.exchange.imports.report import ImportRefused
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from bm_desktop.exchange.imports.submissions import media_folder
from bm_desktop.exchange.xlsform import FORM_ID, export_form
from bm_desktop.services import incidents as incident_service
from tests.exchange.exchange_support import fingerprint

pyxform = pytest.importorskip("pyxform.xls2xform")
TODAY = dt.date(2023, 1, 10)
FIELDS = [
    "start",
    "end",
    "form_version",
    "monitor",
    "occurred_on",
    "place{s}province",
    "place{s}site",
    "risk{s}category",
    "risk{s}risk_area",
    "risk{s}severity",
    "people_affected",
    "minors_involved",
]
CENTRAL = (
    ["SubmissionDate"]
    + [f.format(s="-") for f in FIELDS]
    + [
        "location-Latitude",
        "location-Longitude",
        "location-Altitude",
        "location-Accuracy",
        "description",
        "meta-instanceID",
        "KEY",
        "SubmitterID",
        "SubmitterName",
        "AttachmentsPresent",
        "AttachmentsExpected",
        "Status",
        "ReviewState",
        "DeviceID",
        "Edits",
        "FormVersion",
    ]
)
KOBO = [f.format(s="/") for f in FIELDS] + [
    "location",
    "_location_latitude",
    "_location_longitude",
    "_location_altitude",
    "_location_precision",
    "description",
    "meta/instanceID",
    "meta/deprecatedID",
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
]


@pytest.fixture
def world(sample_db_file, tmp_path):
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    db = open_database(path)
    form = tmp_path / "form.xlsx"
    version = export_form(db, form, "Eastern DRC")
    with db.sessions() as s:
        site = s.scalar(select(Site).where(Site.code == "SK-01"))
        where = (site.latitude, site.longitude)
    yield db, form, version, where
    db.dispose()


def _answers(version: str, where, n: int, text: str, stamp: str | None = None) -> list:
    lat, lon = where
    return [
        "2022-12-01T08:00:00",
        "2022-12-01T08:30:00",
        stamp or f"{FORM_ID} {version}",
        "Amani",
        f"2022-11-{n:02d}",
        "south_kivu",
        "SK-01",
        "human_rights",
        "child_labour",
        "3",
        "5",
        "2",
        lat + 0.001,
        lon + 0.001,
    ]


def central_zip(
    path: Path,
    version: str,
    where,
    rows: list[tuple[str, str, int, str]],
    stamp: str | None = None,
    photo: bytes | None = None,
) -> Path:
    """(instance, key, day, description) per submission, each with one photo."""
    main_csv, photos_csv = io.StringIO(), io.StringIO()
    w = csv.writer(main_csv)
    w.writerow(CENTRAL)
    p = csv.writer(photos_csv)
    p.writerow(["photo", "caption", "PARENT_KEY", "KEY"])
    for instance, key, day, text in rows:
        a = _answers(version, where, day, text, stamp)
        w.writerow(
            [
                "2022-12-01T09:00:00.000Z",
                *a[:12],
                a[12],
                a[13],
                "1500",
                "5",
                text,
                f"uuid:{instance}",
                f"uuid:{key}",
                "7",
                "amani-phone",
                "1",
                "1",
                "",
                "",
                "collect:abc",
                "0",
                version,
            ]
        )
        p.writerow([f"{instance}.jpg", "puits", f"uuid:{key}", f"uuid:{key}/photos[1]"])
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{FORM_ID}.csv", main_csv.getvalue())
        z.writestr(f"{FORM_ID}-photos.csv", photos_csv.getvalue())
        for instance, _key, _day, _text in rows:
            z.writestr(f"media/{instance}.jpg", photo or b"\xff\xd8\xff" + instance.encode())
    return path


def kobo_xlsx(path: Path, version: str, where, instance: str, deprecated: str, text: str) -> Path:
    wb = Workbook()
    main_sheet = wb.active
    main_sheet.title = "BM incident report"
    main_sheet.append(KOBO)
    a = _answers(version, where, 20, text)
    main_sheet.append(
        [
            *a[:12],
            f"{a[12]} {a[13]} 1500 5",
            a[12],
            a[13],
            1500,
            5,
            text,
            f"uuid:{instance}",
            f"uuid:{deprecated}" if deprecated else None,
            41,
            instance,
            "2022-12-02T10:00:00",
            "",
            "",
            "submitted_via_web",
            "amani",
            "vA1b2C3",
            "",
            1,
        ]
    )
    photos = wb.create_sheet("photos")
    photos.append(
        [
            "photos/photo",
            "photos/caption",
            "_index",
            "_parent_table_name",
            "_parent_index",
            "_submission__id",
            "_submission__uuid",
        ]
    )
    photos.append(["k1.jpg", "entrée", 1, "BM incident report", 1, 41, instance])
    photos.append(["k2.jpg", "sacs", 2, "BM incident report", 1, 41, instance])
    wb.save(path)
    return path


def _from_submissions(db) -> list[tuple[str, str, str]]:
    with db.sessions() as s:
        return sorted(
            s.execute(
                select(Incident.submission_id, Incident.verification, Incident.description).where(
                    Incident.submission_id.is_not(None)
                )
            ).all()
        )


def _queue(db) -> int:
    """Incidents waiting for the risk expert, as the incident register lists them."""
    from bm_desktop.services.incident_register import register

    reg = register(db)
    column = reg.table.columns["verification"]
    return sum(column.display(row) == "reported" for row in range(reg.size))


def form_fields(xform: str) -> tuple[list[str], list[str]]:
    """The converted form's answer paths (group/field), outside and inside repeats."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(xform)
    ns = {"x": "http://www.w3.org/2002/xforms"}
    data = root.find(".//x:model/x:instance/x:data", ns)
    assert data is not None
    repeats = {
        b.get("nodeset", "").removeprefix("/data/")
        for b in root.iter("{http://www.w3.org/2002/xforms}repeat")
    }
    top, inside = [], []

    def walk(node, prefix: str) -> None:
        for child in node:
            name = child.tag.split("}")[-1]
            path = f"{prefix}{name}"
            if path in repeats:
                inside.extend(c.tag.split("}")[-1] for c in child)
            elif len(child):
                walk(child, path + "/")
            else:
                top.append(path)

    walk(data, "")
    return top, list(dict.fromkeys(inside))  # a repeat has a template and a first copy


def test_round_trip_central_and_kobo(world, tmp_path, capsys) -> None:
    db, form, version, where = world
    converted = pyxform.convert(xlsform=str(form))
    assert converted.warnings == []
    # The export layouts below hold exactly the converted form's answers.
    top, inside = form_fields(converted.xform)
    assert set(top) == {f.format(s="/") for f in FIELDS} | {
        "location",
        "description",
        "meta/instanceID",
    }
    assert {h.replace("-", "/") for h in CENTRAL} >= set(top) - {"location"}
    assert set(KOBO) >= set(top) and inside == ["photo", "caption"]
    queue = _queue(db)
    options = lambda **kw: ImportOptions(today=TODAY, **kw)  # noqa: E731
    first = central_zip(
        tmp_path / "central.zip",
        version,
        where,
        [("c1", "c1", 3, "Enfants au puits"), ("c2", "c2", 4, "Éboulement")],
    )
    report = run_import(db, "submissions", first, options())
    assert (report.added, report.updated, report.unchanged, report.rejected) == (2, 0, 0, 0)
    assert report.batch is not None and "ODK Central" in report.layout
    again = run_import(db, "submissions", first, options())  # the same export twice
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    media = tmp_path / "kobo-media"
    media.mkdir()
    (media / "k1.jpg").write_bytes(b"\xff\xd8k1")
    (media / "k2.jpg").write_bytes(b"\xff\xd8k2")
    kobo = kobo_xlsx(tmp_path / "kobo.xlsx", version, where, "k1", "", "Sacs portés")
    report = run_import(db, "submissions", kobo, options(extra={"media": media}))
    assert (report.added, report.rejected) == (1, 0) and "KoboToolbox" in report.layout
    assert _queue(db) == queue + 3
    # The expert verifies c1; the monitor then edits it on ODK Central (new instance,
    # same KEY) and the Kobo one (deprecatedID names the old instance).
    c1 = next(i for i, *_ in _from_submissions(db) if i == "c1")
    with db.sessions() as s:
        c1_id = s.scalar(select(Incident.id).where(Incident.submission_id == c1))
    incident_service.verify(db, c1_id, "Expert")
    assert _queue(db) == queue + 2
    edited = central_zip(
        tmp_path / "central2.zip",
        version,
        where,
        [("c1v2", "c1", 3, "Enfants au puits, trois"), ("c2", "c2", 4, "Éboulement")],
    )
    report = run_import(db, "submissions", edited, options())
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    kobo2 = kobo_xlsx(tmp_path / "kobo2.xlsx", version, where, "k1v2", "k1", "Sacs lourds")
    report = run_import(db, "submissions", kobo2, options(extra={"media": media}))
    assert (report.added, report.updated) == (0, 1)
    assert _from_submissions(db) == [
        ("c1v2", "reported", "Enfants au puits, trois"),
        ("c2", "reported", "Éboulement"),
        ("k1v2", "reported", "Sacs lourds"),
    ]
    assert _queue(db) == queue + 3  # the edited one is back in the verification queue
    view = incident_service.get(db, c1_id, "coordinator")
    assert (view.reported_by, view.submission_id, view.photos) == (
        "Amani",
        "c1v2",
        ("c1v2/c1v2.jpg",),
    )
    folder = media_folder(db.path)
    assert (folder / "c1v2" / "c1v2.jpg").read_bytes() == b"\xff\xd8\xffc1v2"
    assert sorted(p.name for p in (folder / "k1v2").iterdir()) == ["k1.jpg", "k2.jpg"]
    # From the command line, the same export adds nothing.
    assert main(["import", "submissions", str(edited), "--db", str(db.path)]) == 0
    assert "0 added" in capsys.readouterr().out


def test_other_form_or_version_refused_and_nothing_written(world, tmp_path, capsys) -> None:
    db, _form, version, where = world
    before = fingerprint(db)
    bad = central_zip(
        tmp_path / "other.zip",
        version,
        where,
        [("o1", "o1", 3, "ok"), ("o2", "o2", 4, "autre formulaire")],
    )
    # the second row came from another form: rewrite its stamp
    with zipfile.ZipFile(bad) as z:
        text = z.read(f"{FORM_ID}.csv").decode()
    lines = text.splitlines()
    lines[2] = lines[2].replace(f"{FORM_ID} {version}", "water_survey 3.1")
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr(f"{FORM_ID}.csv", "\n".join(lines) + "\n")
    with pytest.raises(ImportRefused) as refused:
        run_import(db, "submissions", bad, ImportOptions(today=TODAY, lang="fr"))
    reasons = refused.value.report.reasons()
    assert refused.value.report.rejected == 1
    assert any(
        r.startswith("ligne 3")
        and "vient du formulaire « water_survey » version « 3.1 »" in r
        and "bm-desktop form" in r
        for r in reasons
    ), reasons
    assert fingerprint(db) == before
    plain = tmp_path / "plain.csv"
    plain.write_text("Ref,Site\n1,SK-01\n", encoding="utf-8")
    assert main(["--lang", "fr", "import", "submissions", str(plain), "--db", str(db.path)]) == 2
    assert "n'a pas de colonne « form_version »" in capsys.readouterr().err
    assert fingerprint(db) == before


def test_an_edit_import_can_be_undone(world, tmp_path) -> None:
    """Undoing the import of an edited submission puts the incident back as it was,
    verification included; undoing the first import removes the incidents."""
    from bm_desktop.exchange.imports.batches import undo_batch

    db, _form, version, where = world
    first = run_import(
        db,
        "submissions",
        central_zip(tmp_path / "a.zip", version, where, [("u1", "u1", 3, "Avant")]),
        ImportOptions(today=TODAY),
    )
    with db.sessions() as s:
        incident_id = s.scalar(select(Incident.id).where(Incident.submission_id == "u1"))
    incident_service.verify(db, incident_id, "Expert")
    edit = run_import(
        db,
        "submissions",
        central_zip(tmp_path / "b.zip", version, where, [("u1v2", "u1", 3, "Après")]),
        ImportOptions(today=TODAY),
    )
    assert edit.updated == 1
    assert _from_submissions(db) == [("u1v2", "reported", "Après")]
    undo_batch(db, edit.batch)
    assert _from_submissions(db) == [("u1", "verified", "Avant")]
    undo_batch(db, first.batch)
    assert _from_submissions(db) == []


def test_kobo_export_with_label_headers_is_refused(world, tmp_path, capsys) -> None:
    """KoboToolbox can export labels instead of the form's names: say how to export."""
    db, _form, version, where = world
    before = fingerprint(db)
    path = kobo_xlsx(tmp_path / "labels.xlsx", version, where, "l1", "", "x")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.worksheets[0]
    for cell in ws[1]:
        if cell.value == "place/site":
            cell.value = "Site/Site (code et nom)"
    wb.save(path)
    assert main(["--lang", "fr", "import", "submissions", str(path), "--db", str(db.path)]) == 2
    assert (
        "labels.xlsx n'a pas les colonnes du formulaire site : exportez les soumissions "
        "avec les valeurs et en-têtes XML, pas les libellés."
    ) in capsys.readouterr().err
    assert fingerprint(db) == before


def test_an_instance_id_cannot_name_a_folder_outside_the_media(world, tmp_path) -> None:
    """The instance id names the photos' folder: one that is a path is refused."""
    db, _form, version, where = world
    before = fingerprint(db)
    bad = central_zip(
        tmp_path / "evil.zip", version, where, [("../../escaped", "../../escaped", 3, "x")]
    )
    with pytest.raises(ImportRefused) as refused:
        run_import(db, "submissions", bad, ImportOptions(today=TODAY))
    assert "'../../escaped' is not an ODK instance id" in refused.value.report.reasons()[0]
    assert fingerprint(db) == before
    assert not (tmp_path / "escaped").exists() and not (tmp_path.parent / "escaped").exists()


def test_photo_names_are_file_names_only() -> None:
    from bm_desktop.exchange.imports.submission_files import Submission
    from bm_desktop.exchange.imports.submissions import _photos

    sub = Submission(
        2,
        {"photo": "..\\..\\evil.jpg"},
        {"photos": [{"photo": ".."}, {"photo": "../a/b.jpg"}, {"photo": None}]},
    )
    assert _photos(sub) == ["evil.jpg", "b.jpg"]
