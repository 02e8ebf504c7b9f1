"""Reading tables from CSV, XLSX, GeoJSON and GeoPackage files, row by row.

Every reader gives the header names and an iterator of ``(row number, values)``
with the row number the user sees in the file (the header is row 1 in CSV and
Excel; features are numbered from 1). Damaged or unexpected files raise
:class:`~.report.ImportFileError` with a message that says what to do.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bm_desktop.exchange.imports import column_chunks as columns
from bm_desktop.exchange.imports.column_chunks import Chunk
from bm_desktop.exchange.imports.report import ImportFileError
from bm_desktop.exchange.places import fold

CSV_TYPES = (".csv", ".txt", ".tsv")
XLSX_TYPES = (".xlsx", ".xlsm")
GEO_TYPES = (".geojson", ".json", ".gpkg")


@dataclass
class Table:
    """A table read from a file: its headers and its rows (read lazily)."""

    headers: list[str]
    rows: Iterable[tuple[int, list[Any]]]
    sheet: str | None = None
    unit: str = "row"  # "row" or "feature", for messages
    closers: list[Any] = field(default_factory=list)
    # Reads the rows a column at a time (CSV, through pandas' C reader); else
    # :meth:`chunks` cuts :attr:`rows` into columns.
    chunker: Callable[[int], Iterator[Chunk]] | None = None

    def chunks(self, size: int) -> Iterator[Chunk]:
        """The rows ``size`` at a time, as (row numbers, one list per column): a column's
        missing cells (a short row) are None. Use either this or :attr:`rows`."""
        if self.chunker is not None:
            return self.chunker(size)
        return columns.from_rows(self.rows, len(self.headers), size)

    def index(self) -> dict[str, int]:
        """Folded header name -> column position (first occurrence wins)."""
        out: dict[str, int] = {}
        for i, h in enumerate(self.headers):
            out.setdefault(fold(h).replace(" ", "_"), i)
        return out

    def close(self) -> None:
        for closer in self.closers:
            closer()


def header_key(name: str) -> str:
    return fold(name).replace(" ", "_")


def open_table(
    path: Path,
    sheet: str | None = None,
    required: Iterable[str] = (),
    accept: Callable[[set[str]], bool] | None = None,
) -> Table:
    """Open a CSV, XLSX, GeoJSON or GeoPackage file; for workbooks, the sheet named
    ``sheet`` or else the first whose header has the ``required`` columns (and that
    ``accept``, given the folded header names, agrees to)."""
    path = Path(path)
    if not path.exists():
        raise ImportFileError("The file {path} does not exist.", path=str(path))
    suffix = path.suffix.lower()
    if suffix in CSV_TYPES:
        return _csv(path)
    if suffix in XLSX_TYPES:
        return _xlsx(path, sheet, [header_key(r) for r in required], accept)
    if suffix in GEO_TYPES:
        return _geo(path, sheet)
    if suffix == ".xls":
        raise ImportFileError(
            "{name} is an old Excel 97-2003 file: open it in Excel or "
            "LibreOffice and save it as .xlsx, then import that.",
            name=path.name,
        )
    raise ImportFileError(
        "{name}: BM Desktop imports CSV, XLSX, GeoJSON and GeoPackage files, not '{suffix}' files.",
        name=path.name,
        suffix=path.suffix,
    )


SNIFF_BYTES = 1 << 20


@dataclass
class _Text:
    encoding: str
    errors: str
    open_quote: bool  # the file ends inside a quoted field
    tail: str = ""  # the file's last characters (up to 64 KiB)
    nul: bool = False  # the text holds a NUL character


def _sniff(path: Path) -> _Text:
    """The file's encoding (UTF-8, UTF-16 or Windows' cp1252 as Excel writes "CSV"), and
    whether it ends inside a quote, read in one streaming pass: a million-row file is
    never held in memory whole."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        encoding = _utf16(head) or "utf-8"
        if not encoding.startswith("utf-16") and b"\x00" in head:
            raise ImportFileError("{name} is not a text (CSV) file.", name=path.name)
    for errors in ("strict", "replace"):
        try:
            return _Text(encoding, errors, *_ends_in_quote(path, encoding, errors))
        except UnicodeDecodeError:
            if encoding.startswith("utf-16"):
                raise ImportFileError(
                    "{name} looks like UTF-16 text but cannot be read as "
                    "such: save it again as CSV (UTF-8).",
                    name=path.name,
                ) from None
            encoding = "cp1252"  # Excel's "CSV" on Windows
    raise AssertionError("unreachable: 'replace' never fails")


def _ends_in_quote(path: Path, encoding: str, errors: str) -> tuple[bool, str, bool]:
    """An odd number of quotes in the file, one of them on its last line; the file's
    last characters; whether it holds a NUL character."""
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    quotes, tail, nul = 0, "", False
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(SNIFF_BYTES)
            text = decoder.decode(chunk, final=not chunk)
            quotes += text.count('"')
            nul = nul or "\x00" in text
            tail = (tail + text)[-65536:]
            if not chunk:
                break
    open_quote = quotes % 2 == 1 and '"' in tail.rstrip("\r\n").rsplit("\n", 1)[-1]
    return open_quote, tail, nul


def _utf16(raw: bytes) -> str | None:
    """ "utf-16" (with a byte-order mark), "utf-16-le"/"-be" (without: every other byte of
    plain text is zero, as Excel's and many Windows tools' "Unicode text" writes it)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = raw[:4096]
    if len(head) >= 4 and len(head) % 2 == 0:
        if head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
            return "utf-16-le"
        if head[0::2].count(0) > len(head) // 4 and head[1::2].count(0) == 0:
            return "utf-16-be"
    return None


def _csv(path: Path) -> Table:
    sniffed = _sniff(path)
    headers, rows, close, delimiter = _csv_rows(path, sniffed)
    table = Table(headers, rows, closers=[close])
    if not sniffed.open_quote and not sniffed.nul:

        def chunker(size: int) -> Iterator[Chunk]:
            close()  # the row reader is not used
            return columns.csv_chunks(
                path,
                sniffed,
                delimiter,
                headers,
                size,
                lambda: _csv_rows(path, sniffed),
                _check_last,
            )

        table.chunker = chunker
    return table


def _csv_rows(
    path: Path, sniffed: _Text
) -> tuple[list[str], Iterator[tuple[int, list[Any]]], Callable[[], None], str]:
    """The header, the rows (blank ones left out; the last checked for being cut short),
    a closer, and the delimiter."""
    handle = open(
        path,
        encoding=sniffed.encoding,
        errors=sniffed.errors,  # noqa: SIM115
        newline="",
    )
    first = handle.readline().lstrip("\ufeff").rstrip("\r\n")
    handle.seek(0)
    if handle.read(1) != "\ufeff":
        handle.seek(0)
    delimiter = max(",;\t|", key=first.count) if first else ","
    tail = sniffed.open_quote
    reader = csv.reader(handle, delimiter=delimiter)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        handle.close()
        raise ImportFileError("{name} is empty.", name=path.name) from None
    except UnicodeDecodeError:
        handle.close()
        raise ImportFileError(
            "{name} looks like UTF-16 text but cannot be read as such: "
            "save it again as CSV (UTF-8).",
            name=path.name,
        ) from None

    width = len(headers)

    def rows() -> Iterator[tuple[int, list[Any]]]:
        last: tuple[int, list[str]] | None = None
        try:
            for n, row in enumerate(reader, start=2):  # row numbers as a spreadsheet shows
                if last is not None:
                    yield last
                last = (n, row) if "".join(row).strip() else None
        except csv.Error as exc:
            raise ImportFileError(
                "{name}, line {line}: the CSV is damaged ({exc}).",
                name=path.name,
                line=reader.line_num,
                exc=str(exc),
            ) from None
        if last is not None:
            _check_last(path, last, width, tail)
            yield last

    return headers, rows(), handle.close, delimiter


def _check_last(path: Path, last: tuple[int, list[str]], width: int, open_quote: bool) -> None:
    """Refuse a file whose last line was cut off in a copy or a download: fewer fields
    than the header, or a quote left open (the csv module then reads to the end)."""
    n, row = last
    if open_quote:
        raise ImportFileError(
            "{name}: the last line (row {row}) is cut short (a quote is left "
            "open): the file was not copied or downloaded completely. Ask "
            "for the file again.",
            name=path.name,
            row=n,
        )
    if len(row) < width:
        raise ImportFileError(
            "{name}: the last line (row {row}) is cut short ({fields} of "
            "{width} fields): the file was not copied or downloaded "
            "completely. Ask for the file again.",
            name=path.name,
            row=n,
            fields=len(row),
            width=width,
        )


def _xlsx(
    path: Path,
    sheet: str | None,
    required: list[str],
    accept: Callable[[set[str]], bool] | None = None,
) -> Table:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, EOFError, KeyError, OSError) as exc:
        raise ImportFileError(
            "{name} is not a complete Excel workbook (the file is damaged or "
            "truncated: {exc}). Ask for the file again or save it again from "
            "Excel.",
            name=path.name,
            exc=str(exc),
        ) from None
    except Exception as exc:  # openpyxl raises many kinds on malformed XML
        raise ImportFileError(
            "{name} cannot be read as an Excel workbook ({exc}).", name=path.name, exc=str(exc)
        ) from None
    try:
        names = wb.sheetnames
        if sheet is not None:
            match = [n for n in names if n.casefold() == sheet.casefold()]
            if not match:
                raise ImportFileError(
                    "The workbook has no sheet '{sheet}' (its sheets: {sheets}).",
                    sheet=sheet,
                    sheets=list(names),
                )
            candidates = match
        else:
            candidates = names
        seen = []
        for name in candidates:
            ws = wb[name]
            rows = ws.iter_rows(values_only=True)
            header_row, headers = _header(rows)
            keys = {header_key(h) for h in headers}
            if all(r in keys for r in required) and (
                accept is None or accept(keys) or sheet is not None
            ):
                return Table(
                    headers, _xlsx_rows(rows, header_row, wb), sheet=name, closers=[wb.close]
                )
            seen.append(name)
        template = (
            "No sheet of the workbook has the expected columns ({wanted}); its sheets: "
            "{sheets}. Is this the right file?"
            if required
            else "No sheet of the workbook has the expected columns; its sheets: {sheets}. "
            "Is this the right file?"
        )
        raise ImportFileError(template, wanted=list(required), sheets=list(names))
    except ImportFileError:
        wb.close()
        raise
    except (zipfile.BadZipFile, EOFError, KeyError) as exc:
        wb.close()
        raise ImportFileError(
            "{name} is damaged or truncated ({exc}); ask for the file again.",
            name=path.name,
            exc=str(exc),
        ) from None


def _header(rows: Iterator[tuple]) -> tuple[int, list[str]]:
    """The first non-empty row within the first ten is the header."""
    for n, row in enumerate(rows, start=1):
        if row and any(v is not None and str(v).strip() for v in row):
            return n, [str(v).strip() if v is not None else "" for v in row]
        if n >= 10:
            break
    return 1, []


def _xlsx_rows(rows: Iterator[tuple], header_row: int, wb: Any) -> Iterator[tuple[int, list]]:
    try:
        for n, row in enumerate(rows, start=header_row + 1):
            if any(v is not None and (not isinstance(v, str) or v.strip()) for v in row):
                yield n, list(row)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise ImportFileError(
            "The workbook is truncated ({exc}); ask for the file again.", exc=str(exc)
        ) from None
    finally:
        wb.close()


def _geo(path: Path, layer: str | None) -> Table:
    """Point features with their attributes; longitude and latitude come from the
    geometry (reprojected to WGS 84), polygons give a point inside them."""
    try:
        import pyogrio

        frame = pyogrio.read_dataframe(path, layer=layer)
    except Exception as exc:
        raise ImportFileError(
            "{name} cannot be read as a {suffix} map file ({exc}).",
            name=path.name,
            suffix=path.suffix,
            exc=str(exc),
        ) from None
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    attributes = [c for c in frame.columns if c != frame.geometry.name]
    headers = [str(c) for c in attributes]
    keys = {header_key(h) for h in headers}
    extra = [h for h in ("longitude", "latitude") if h not in keys]
    headers += extra

    def rows() -> Iterator[tuple[int, list[Any]]]:
        for n, (values, geom) in enumerate(
            zip(frame[attributes].itertuples(index=False), frame.geometry, strict=True), start=1
        ):
            row = [None if _missing(v) else _plain(v) for v in values]
            if extra:
                point = None
                if geom is not None and not geom.is_empty:
                    point = geom if geom.geom_type == "Point" else geom.representative_point()
                row += [
                    point.x if point is not None else None,
                    point.y if point is not None else None,
                ][: len(extra)]
            yield n, row

    return Table(headers, rows(), sheet=layer, unit="feature")


def _missing(value: Any) -> bool:
    try:
        return value is None or value != value
    except Exception:
        return False


def _plain(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime()
    return value
