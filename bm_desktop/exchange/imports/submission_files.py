"""Reading the monitors' submissions as ODK Central and KoboToolbox export them.

* ODK Central: a CSV (``<form>.csv``) or the zip of the export, holding that CSV, one
  ``<form>-<repeat>.csv`` per repeat group (rows tied to their submission by
  ``PARENT_KEY`` = the submission's ``KEY``) and a ``media/`` folder with the
  attachments. Group paths are joined with ``-`` (``place-site``,
  ``meta-instanceID``); a geopoint is split into ``location-Latitude`` etc.
* KoboToolbox: an XLSX (or CSV) whose first sheet holds the submissions and each
  repeat group a sheet of its own (rows tied by ``_parent_index`` = the submission's
  ``_index``). Group paths are joined with ``/`` (``place/site``, ``meta/instanceID``);
  a geopoint gets ``_location_latitude`` etc.

Both become :class:`Submission` records keyed by the field's own name (the last part of
the group path), with the repeat rows attached, so the import does not care which tool
exported the file.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bm_desktop.exchange.imports.readers import open_table
from bm_desktop.exchange.imports.report import ImportFileError

_PATH = re.compile(r"[-/]")
_GEO = re.compile(r"(?:^|[-/])_?(\w+?)[-_](latitude|longitude)$", re.IGNORECASE)


@dataclass
class Submission:
    """One submission: its row number, its fields by name, its repeat groups' rows."""

    row: int
    values: dict[str, Any]
    repeats: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    latitude: Any = None
    longitude: Any = None

    def get(self, name: str) -> Any:
        return self.values.get(name)


@dataclass
class Export:
    """The submissions of one export file, which tool made it, and where its media are."""

    tool: str  # "ODK Central" or "KoboToolbox"
    headers: list[str]
    submissions: list[Submission]
    media: dict[str, bytes | Path] = field(default_factory=dict)  # file name -> content


def field_name(header: str) -> str:
    """``risk-severity`` / ``risk/severity`` -> ``severity``; ``meta-instanceID`` ->
    ``instanceID``."""
    return _PATH.split(header.strip())[-1]


def _record(headers: list[str], raw: list[Any]) -> tuple[dict[str, Any], Any, Any]:
    values: dict[str, Any] = {}
    lat = lon = None
    for h, v in zip(headers, raw, strict=False):
        geo = _GEO.search(h)
        if geo is not None and geo[2].lower() == "latitude":
            lat = v
        elif geo is not None:
            lon = v
        values.setdefault(field_name(h), v)
    return values, lat, lon


def _geopoint(value: Any) -> tuple[Any, Any]:
    """``"-2.5 28.9 1500 5"`` (latitude longitude altitude accuracy) -> (lat, lon)."""
    parts = str(value or "").split()
    return (parts[0], parts[1]) if len(parts) >= 2 else (None, None)


def _submissions(headers: list[str], rows: Iterator[tuple[int, list[Any]]]) -> list[Submission]:
    out = []
    for n, raw in rows:
        values, lat, lon = _record(headers, raw)
        if lat is None and lon is None and values.get("location"):
            lat, lon = _geopoint(values["location"])
        out.append(Submission(n, values, latitude=lat, longitude=lon))
    return out


def _csv_rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return [], []
    return [h.strip() for h in rows[0]], [
        (n, r) for n, r in enumerate(rows[1:], start=2) if "".join(r).strip()
    ]


def _attach(export: Export, name: str, headers: list[str], rows, parent: str, own: str) -> None:
    """Attach repeat rows to their submissions: ``parent`` names the column pointing at
    the submission's ``own`` column."""
    by_key = {str(s.get(own)): s for s in export.submissions}
    pcol = headers.index(parent)
    for _n, raw in rows:
        key = str(raw[pcol]) if pcol < len(raw) else ""
        sub = by_key.get(key)
        if sub is not None:
            sub.repeats.setdefault(name, []).append(_record(headers, raw)[0])


def read_central_zip(path: Path) -> Export:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ImportFileError(
            "{name} is not a zip file: use the zip ODK Central exports, or its CSV.", name=path.name
        ) from None
    with archive:
        csvs = {
            n: archive.read(n).decode("utf-8-sig")
            for n in archive.namelist()
            if n.lower().endswith(".csv")
        }
        media = {
            Path(n).name: archive.read(n)
            for n in archive.namelist()
            if "/media/" in f"/{n}" and not n.endswith("/")
        }
    tables = {n: _csv_rows(t) for n, t in csvs.items()}
    main = [n for n, (h, _r) in tables.items() if h and "PARENT_KEY" not in h]
    if len(main) != 1:
        raise ImportFileError(
            "{name} does not hold one submissions CSV (found: {found}): "
            "is it an ODK Central export?",
            name=path.name,
            found=", ".join(sorted(main)) or "-",
        )
    headers, rows = tables[main[0]]
    export = Export("ODK Central", headers, _submissions(headers, iter(rows)), dict(media))
    for n, (h, r) in tables.items():
        if n != main[0] and "PARENT_KEY" in h:
            _attach(export, Path(n).stem.rsplit("-", 1)[-1], h, r, "PARENT_KEY", "KEY")
    return export


def read_kobo_xlsx(path: Path) -> Export:
    from openpyxl import load_workbook

    try:
        names = load_workbook(path, read_only=True).sheetnames
    except Exception as exc:  # noqa: BLE001 - any unreadable workbook
        raise ImportFileError(
            "{name} cannot be read as a workbook ({reason}).", name=path.name, reason=str(exc)
        ) from None
    first = open_table(path, names[0])
    try:
        export = Export(
            "KoboToolbox", list(first.headers), _submissions(list(first.headers), iter(first.rows))
        )
    finally:
        first.close()
    for name in names[1:]:
        table = open_table(path, name)
        try:
            if "_parent_index" in table.headers:
                _attach(
                    export, name, list(table.headers), list(table.rows), "_parent_index", "_index"
                )
        finally:
            table.close()
    return export


def read_csv(path: Path) -> Export:
    table = open_table(path)
    try:
        headers = list(table.headers)
        tool = (
            "ODK Central" if any("-" in h for h in headers) or "KEY" in headers else "KoboToolbox"
        )
        return Export(tool, headers, _submissions(headers, iter(table.rows)))
    finally:
        table.close()


def read_export(path: Path, media: Path | None = None) -> Export:
    """The submissions of an ODK Central (zip, CSV) or KoboToolbox (XLSX, CSV) export;
    attachments from the zip's ``media/`` folder and from ``media`` (by default a
    ``media`` folder beside the file, if there is one)."""
    path = Path(path)
    if not path.exists():
        raise ImportFileError("The file {path} does not exist.", path=str(path))
    suffix = path.suffix.lower()
    if suffix == ".zip":
        export = read_central_zip(path)
    elif suffix in (".xlsx", ".xlsm"):
        export = read_kobo_xlsx(path)
    elif suffix == ".csv":
        export = read_csv(path)
    else:
        raise ImportFileError(
            "{name}: submissions come as the CSV or zip of ODK Central or "
            "the XLSX or CSV of KoboToolbox, not '{suffix}' files.",
            name=path.name,
            suffix=suffix,
        )
    if media is None and (path.parent / "media").is_dir():
        media = path.parent / "media"  # attachments downloaded beside the export
    if media is not None:
        if not Path(media).is_dir():
            raise ImportFileError("The media folder {path} does not exist.", path=str(media))
        for f in sorted(Path(media).rglob("*")):
            if f.is_file():
                export.media.setdefault(f.name, f)
    return export
