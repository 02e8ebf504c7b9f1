"""Reading a table a chunk of rows at a time, one list per column (issue 13, section 7).

A 100,000-row events file is checked a column at a time (numpy); the csv module
gives rows, and reading them and turning them into columns took three times as
long as pandas' C reader, which gives columns. The two read cells alike: the same
quoting (a quote inside an unquoted cell kept as it is, doubled quotes, quoted
line breaks), the same row count, no cell stripped or converted (every cell is
read as text). Where they part, the C reader stops with an error (a row with
more cells than the header, a space before an opening quote): the rest of the
file is then read by the csv module from the first row not yet handed on, so
every row is read once, in order, as the csv module reads it. Two things the C
reader does otherwise are put right here: blank rows are left out (the csv
module's reader skips rows of nothing but spaces), and a short row's missing
cells, which the C reader fills with empty text, count for the last row: a last
row cut short (a copy or download that stopped) is refused, its true number of
cells read again from the file's tail.

A chunk is ``(row numbers, columns)``: one list per header column, as long as
the row numbers; a cell a short row lacks is None (or empty text from the C
reader: both read as an empty cell).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from itertools import zip_longest
from pathlib import Path
from typing import Any

Chunk = tuple[list[int], list[list[Any]]]
TAIL_TRIES = 200  # line breaks tried, from the end, to find where the last row starts


def from_rows(rows: Iterable[tuple[int, list[Any]]], width: int, size: int) -> Iterator[Chunk]:
    """Rows ``(n, cells)`` gathered ``size`` at a time and turned into columns."""
    ns: list[int] = []
    raws: list[list[Any]] = []
    for n, raw in rows:
        ns.append(n)
        raws.append(raw)
        if len(raws) >= size:
            yield ns, transpose(raws, width)
            ns, raws = [], []
    if raws:
        yield ns, transpose(raws, width)


def transpose(raws: list[list[Any]], width: int) -> list[list[Any]]:
    """Rows to at least ``width`` columns; a short row's missing cells are None."""
    cols = [list(c) for c in zip_longest(*raws)]
    cols += [[None] * len(raws) for _ in range(width - len(cols))]
    return cols


class _Disagree(Exception):
    """The C reader did not read the header as the csv module did."""


def csv_chunks(
    path: Path,
    sniffed: Any,
    delimiter: str,
    headers: list[str],
    size: int,
    python_rows: Callable[
        [], tuple[list[str], Iterator[tuple[int, list[Any]]], Callable[[], None], str]
    ],
    check_last: Callable[[Path, tuple[int, list[str]], int, bool], None],
) -> Iterator[Chunk]:
    """The CSV file's rows in chunks of columns (see the module's notes)."""
    import pandas as pd

    width = len(headers)
    handed = 1  # the last row number handed on (the header is row 1)
    records = 0  # rows the C reader read, the header's included
    pending: Chunk | None = None
    try:
        reader = pd.read_csv(
            path,
            sep=delimiter,
            header=None,
            names=list(range(width)),
            dtype=object,
            na_filter=False,
            skip_blank_lines=False,
            encoding=sniffed.encoding,
            encoding_errors=sniffed.errors,
            chunksize=size,
            engine="c",
            quotechar='"',
            doublequote=True,
            quoting=csv.QUOTE_MINIMAL,
            index_col=False,
        )
        with reader:
            for frame in reader:
                cols = [frame[i].tolist() for i in range(width)]
                first = records + 1  # row number of the frame's first row
                records += len(frame)
                if first == 1:
                    if [str(c[0]).lstrip("\ufeff").strip() for c in cols] != headers:
                        raise _Disagree
                    cols = [c[1:] for c in cols]
                    first = 2
                chunk = _without_blanks(list(range(first, first + len(cols[0]))), cols)
                if not chunk[0]:
                    continue
                if pending is not None:
                    yield pending
                    handed = pending[0][-1]
                pending = chunk
    except (_Disagree, pd.errors.ParserError, ValueError, UnicodeError):
        yield from _rest_by_csv_module(python_rows, handed, width, size)
        return
    if pending is None:
        return
    ns, cols = pending
    last = [c[-1] for c in cols]
    if last[-1] == "":  # a short last row, or an empty last cell?
        cells = _last_width(sniffed.tail, last, delimiter)
        if cells is None:  # not found in the tail: read the whole file again to know
            yield from _rest_by_csv_module(python_rows, handed, width, size)
            return
        check_last(path, (ns[-1], last[:cells]), width, False)
    yield pending


def _without_blanks(ns: list[int], cols: list[list[Any]]) -> Chunk:
    """Leave out the rows whose every cell is blank (as the csv module's reader does)."""
    first = cols[0]
    if "" not in first and not any(map(str.isspace, first)):  # the usual chunk: in C
        return ns, cols
    blank = [k for k, x in enumerate(first) if not x or x.isspace()]
    blank = [k for k in blank if all(not c[k] or c[k].isspace() for c in cols)]
    if not blank:
        return ns, cols
    gone = set(blank)
    keep = [k for k in range(len(ns)) if k not in gone]
    return [ns[k] for k in keep], [[c[k] for k in keep] for c in cols]


def _rest_by_csv_module(
    python_rows: Callable[..., Any], handed: int, width: int, size: int
) -> Iterator[Chunk]:
    _, rows, close, _ = python_rows()
    try:
        yield from from_rows(((n, raw) for n, raw in rows if n > handed), width, size)
    finally:
        close()


def _last_width(tail: str, last: list[str], delimiter: str) -> int | None:
    """How many cells the file's last row has, read again by the csv module from the
    latest line break after which it reads that very row (None when none does)."""
    ends = [k for k, ch in enumerate(tail) if ch in "\r\n"]
    starts = [k + 1 for k in reversed(ends)][:TAIL_TRIES]
    if len(tail) < 65536:
        starts.append(0)  # the tail is the whole file
    width = len(last)
    for start in starts:
        try:
            rows = [
                r
                for r in csv.reader(io.StringIO(tail[start:], newline=""), delimiter=delimiter)
                if "".join(r).strip()
            ]
        except csv.Error:
            continue
        if rows and len(rows[-1]) <= width and rows[-1] + [""] * (width - len(rows[-1])) == last:
            return len(rows[-1])
    return None
