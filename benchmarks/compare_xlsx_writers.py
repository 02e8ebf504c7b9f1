"""Which writer for the streamed workbooks? The register's 100,000 rows written by ours
(:class:`~bm_desktop.exchange.xlsx.stream.StreamSheet` with its table, widths, frozen
header and styles), by XlsxWriter's ``constant_memory`` mode (the same formats, every
text through the same cell writer with ``write_string``; an autofilter instead of the
table, which that mode cannot add) and by GDAL's XLSX driver (pyogrio), each in its own
subprocess on the same rows, fetched and labelled before the clock starts.

Not part of ``make bench`` (issue 14 §6 asked for the evaluation once; XlsxWriter is
not a dependency): ``pip install xlsxwriter``, then
``python benchmarks/compare_xlsx_writers.py [--rows N] [--repeats R]``. Wall time
and the subprocess's CPU time are printed (CPU time suffers less from a busy machine).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

_ROWS = textwrap.dedent("""
    import datetime as dt, json, resource, sys, time
    sys.path.insert(0, {root!r})
    from bm_desktop.db.engine import open_database
    from bm_desktop.exchange.exports import incident_register as ir
    from bm_desktop.exchange.exports import labels as lb
    from bm_desktop.exchange.exports.request import ExportRequest
    from bm_desktop.exchange.text import Words
    db = open_database({db!r})
    request = ExportRequest(dt.date(2000, 1, 1), dt.date(2030, 12, 31))
    words = Words("en")
    verification = lb.labels(lb.VERIFICATION, words)
    sources = lb.labels(lb.INCIDENT_SOURCE, words)
    rows = []
    with db.sessions() as s:
        for row in s.execute(ir.statement(request, False)):
            values = list(row)
            values[8] = lb.annex2(values[8], words)
            values[13] = verification.get(values[13], values[13])
            values[15] = sources.get(values[15], values[15])
            values[-1] = str(values[-1])
            rows.append(values)
    columns = ir.COLUMNS + [ir.ID_COLUMN]
    headers = [words.workbook(c.header) for c in columns]
    def cpu():
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime
""")

_DONE = textwrap.dedent("""
    print(json.dumps({{"s": time.perf_counter() - t, "cpu": cpu() - c, "rows": len(rows),
                      "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
""")

OURS = (
    _ROWS
    + textwrap.dedent("""
    from pathlib import Path
    from bm_desktop.exchange.xlsx.book import streaming_workbook, write_package
    from bm_desktop.exchange.xlsx.stream import new_sheet
    from bm_desktop.exchange.xlsx.tables import DataTable
    t, c = time.perf_counter(), cpu()
    with streaming_workbook("en") as wb:
        ws = new_sheet(wb, "Incidents")
        table = DataTable(ws, columns, words, "Incidents")
        table.write_header()
        for values in rows:
            table.write(values)
        table.finish()
        write_package(wb, Path({out!r}))
""")
    + _DONE
)

XLSXWRITER = (
    _ROWS
    + textwrap.dedent("""
    import xlsxwriter
    from bm_desktop.exchange.xlsx.cells import text_for_cell
    t, c = time.perf_counter(), cpu()
    wb = xlsxwriter.Workbook({out!r}, {{"constant_memory": True, "strings_to_formulas": False,
                                       "strings_to_urls": False, "strings_to_numbers": False}})
    ws = wb.add_worksheet("Incidents")
    formats = []
    for i, col in enumerate(columns):
        style = col.style
        spec = {{"font_name": "Calibri", "font_size": style.size, "valign": style.valign}}
        if style.number_format != "General":
            spec["num_format"] = style.number_format
        if style.wrap:
            spec["text_wrap"] = True
        if style.halign:
            spec["align"] = style.halign
        formats.append(wb.add_format(spec))
        ws.set_column(i, i, col.width)
    header = wb.add_format({{"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79",
                             "text_wrap": True, "valign": "vcenter"}})
    ws.freeze_panes(1, 0)
    for i, text in enumerate(headers):
        ws.write_string(0, i, text_for_cell(text), header)
    write_string, write_number, write_datetime = ws.write_string, ws.write_number, ws.write_datetime
    for r, values in enumerate(rows, start=1):
        for i, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, str):
                write_string(r, i, text_for_cell(value), formats[i])
            elif isinstance(value, dt.date):
                write_datetime(r, i, dt.datetime(value.year, value.month, value.day), formats[i])
            else:
                write_number(r, i, value, formats[i])
    ws.autofilter(0, 0, len(rows), len(columns) - 1)
    wb.close()
""")
    + _DONE
)

GDAL = (
    _ROWS
    + textwrap.dedent("""
    import pandas as pd, pyogrio
    frame = pd.DataFrame(rows, columns=headers)
    for name in frame.columns:
        if frame[name].map(lambda v: isinstance(v, dt.date)).any():
            frame[name] = pd.to_datetime(frame[name])
    t, c = time.perf_counter(), cpu()
    pyogrio.write_dataframe(frame, {out!r}, driver="XLSX", layer="Incidents")
""")
    + _DONE
)

WRITERS = {
    "ours (StreamSheet)": OURS,
    "XlsxWriter constant_memory": XLSXWRITER,
    "GDAL XLSX (pyogrio)": GDAL,
}


def _run(script: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=3600, cwd=ROOT
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--db", help="an incidents database to reuse (else one is built)")
    parser.add_argument(
        "--other-tree",
        help="also run ours from this checkout (an older version of the writer, say)",
    )
    args = parser.parse_args()
    writers = {name: (script, ROOT) for name, script in WRITERS.items()}
    if args.other_tree:
        writers["ours at --other-tree"] = (OURS, Path(args.other_tree))
    from bench_exchange import build_incidents_db

    with tempfile.TemporaryDirectory(prefix="bm-xlsx-writers-") as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "incidents.sqlite"
        if not db.exists():
            build_incidents_db(db, args.rows)
        runs: dict[str, list[dict]] = {name: [] for name in writers}
        loads = []
        for i in range(args.repeats):  # interleaved, so a busy machine hits every writer
            for k, (name, (script, root)) in enumerate(writers.items()):
                loads.append(os.getloadavg()[0])
                out = str(Path(tmp) / f"{i}-{k}.xlsx")
                runs[name].append(_run(script.format(root=str(root), db=str(db), out=out)))
                runs[name][-1]["bytes"] = os.path.getsize(out)
        gdal = statistics.median(r["s"] for r in runs["GDAL XLSX (pyogrio)"])
        gdal_cpu = statistics.median(r["cpu"] for r in runs["GDAL XLSX (pyogrio)"])
        print(
            f"{runs['GDAL XLSX (pyogrio)'][0]['rows']} rows; load average "
            f"{min(loads):.1f}-{max(loads):.1f} (median {statistics.median(loads):.1f})"
        )
        for name, results in runs.items():
            wall = statistics.median(r["s"] for r in results)
            cpu = statistics.median(r["cpu"] for r in results)
            print(
                f"{name:28} wall {wall:6.2f} s ({wall / gdal:.2f}x GDAL)  cpu {cpu:6.2f} s "
                f"({cpu / gdal_cpu:.2f}x GDAL)  peak {max(r['mb'] for r in results):.0f} MB  "
                f"{results[0]['bytes'] / 1e6:.1f} MB file"
            )


if __name__ == "__main__":
    main()
