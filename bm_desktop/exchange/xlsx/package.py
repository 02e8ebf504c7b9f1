"""Put streamed rows into a saved workbook package, by the file format alone.

openpyxl writes the workbook (styles, tables, validation, conditional formats,
charts, page set-up, defined names) through its public ``Workbook.save``, with every
streamed sheet's ``<sheetData>`` empty: its rows wait in a side file
(:class:`~bm_desktop.exchange.xlsx.stream.StreamSheet`). :func:`repackage` copies
that small package into the final one and, for each streamed sheet, writes the rows
in place of the empty ``<sheetData>``, straight from the side file into the
compressed entry.

Which entry holds which sheet is read from the package as ECMA-376 defines it
(``_rels/.rels`` -> the workbook part, its ``<sheet name=... r:id=...>`` and its
relationships): no file name is guessed and no library internal is used, so an
openpyxl upgrade that renames its private writer classes changes nothing here. If a
sheet part ever lacks an empty ``<sheetData>``, the save fails loudly rather than
dropping rows.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from typing import IO, Any, Protocol
from xml.etree import ElementTree
from zipfile import ZIP_DEFLATED, ZipFile

# zlib level of the package: zlib's default (6) took a tenth of the 100,000-row
# register's export; level 1 compresses the sheet XML about three times faster for a
# file about a quarter larger.
ZIP_LEVEL = 1

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"
_EMPTY_DATA = re.compile(rb"<((?:\w+:)?sheetData)\s*/>|<((?:\w+:)?sheetData)>\s*</\2>")
_DIMENSION = re.compile(rb'(<(?:\w+:)?dimension\s+ref=")[^"]*(")')


class Rows(Protocol):
    """A streamed sheet as the packager sees it."""

    def dimension(self) -> str:
        """The used range, e.g. ``A1:T1001``."""

    def copy_rows(self, out: IO[bytes]) -> None:
        """Write every ``<row>`` element, in order, to ``out``."""


def sheet_parts(archive: ZipFile) -> dict[str, str]:
    """Sheet name -> the package entry holding that worksheet."""
    workbook = _targets(archive, "")[_OFFICE_DOC][0]
    rels = _rels(archive, workbook)
    root = ElementTree.fromstring(archive.read(workbook))
    return {
        sheet.get("name", ""): rels[sheet.get(_R_ID, "")]
        for sheet in root.iter(_SHEET)
        if sheet.get(_R_ID, "") in rels
    }


def repackage(
    source: IO[bytes] | Any, target: Any, streams: Mapping[str, Rows], level: int = ZIP_LEVEL
) -> None:
    """Copy the package ``source`` to ``target`` (a path or a binary file), writing each
    streamed sheet's rows (``streams``: sheet name -> rows) into its sheet entry."""
    with ZipFile(source) as src:
        parts = sheet_parts(src) if streams else {}
        missing = set(streams) - set(parts)
        if missing:
            raise ValueError(f"the package has no sheet named {sorted(missing)}")
        # Every streamed sheet is split before the target is opened: a sheet that cannot
        # take its rows leaves no file behind.
        split = {
            parts[name]: (rows, *_split(src.read(parts[name]), parts[name]))
            for name, rows in streams.items()
        }
        with ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=level) as dst:
            for info in src.infolist():
                if info.filename not in split:
                    dst.writestr(info.filename, src.read(info.filename))
                    continue
                rows, head, tail = split[info.filename]
                head = _DIMENSION.sub(
                    rb"\g<1>" + rows.dimension().encode() + rb"\g<2>", head, count=1
                )
                with dst.open(info.filename, "w", force_zip64=True) as out:
                    out.write(head)
                    rows.copy_rows(out)
                    out.write(tail)


def _split(sheet: bytes, entry: str) -> tuple[bytes, bytes]:
    """The sheet's XML up to and including ``<sheetData>``, and from ``</sheetData>``."""
    found = _EMPTY_DATA.search(sheet)
    if found is None:
        raise ValueError(f"{entry}: no empty <sheetData> to put the streamed rows in")
    tag = found.group(1) or found.group(2)
    return (sheet[: found.start()] + b"<" + tag + b">", b"</" + tag + b">" + sheet[found.end() :])


def _rels(archive: ZipFile, part: str) -> dict[str, str]:
    """Relationship id -> target entry of ``part``."""
    return {
        rel.get("Id", ""): _resolve(part, rel.get("Target", ""))
        for rel in _relationships(archive, part)
    }


def _targets(archive: ZipFile, part: str) -> dict[str, list[str]]:
    """Relationship type -> target entries of ``part`` (``""``: the package)."""
    out: dict[str, list[str]] = {}
    for rel in _relationships(archive, part):
        out.setdefault(rel.get("Type", ""), []).append(_resolve(part, rel.get("Target", "")))
    return out


def _relationships(archive: ZipFile, part: str) -> list[ElementTree.Element]:
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    return list(ElementTree.fromstring(archive.read(rels)).iter(_REL))


def _resolve(part: str, target: str) -> str:
    """A relationship target as an entry name: absolute (``/xl/...``) or relative to the
    folder of the part that holds the relationship."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))
