"""Run every benchmark module (benchmarks/bench_*.py), print the table, save the results.

Each module exposes ``run(quick: bool) -> list[dict]`` with keys ``name``,
``ours_s``, ``baseline``, ``baseline_s``, ``ratio`` (baseline_s / ours_s), ``n``
and optionally ``budget_s`` and ``note``. The baseline is measured in the same
run, so the ratio holds on a noisy machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
README_START = "<!-- bench:start -->"
README_END = "<!-- bench:end -->"


def discover(only: list[str] | None) -> list[Path]:
    files = sorted(HERE.glob("bench_*.py"))
    if only:
        files = [f for f in files if f.stem.removeprefix("bench_") in only]
    return files


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def fmt_s(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def _ratio(ratio: float | None) -> str:
    """Two decimals below 1 (0.45x and 0.52x either side of a 0.5 target must not both
    read 0.5x), one above."""
    if not ratio:
        return "—"
    return f"{ratio:.2f}x" if ratio < 1 else f"{ratio:.1f}x"


def table(results: list[dict]) -> str:
    lines = [
        "| benchmark | n | ours | budget | baseline | baseline time | ratio | note |",
        "|---|---:|---:|---:|---|---:|---:|---|",
    ]
    for r in results:
        budget = r.get("budget_s")
        ok = (
            ""
            if budget is None
            else (" ✅" if r["ours_s"] is not None and r["ours_s"] <= budget else " ❌")
        )
        ratio = r.get("ratio")
        lines.append(
            f"| {r['name']} | {r.get('n', '')} | {fmt_s(r.get('ours_s'))}{ok} | "
            f"{fmt_s(budget) if budget is not None else '—'} | {r.get('baseline', '')} | "
            f"{fmt_s(r.get('baseline_s'))} | {_ratio(ratio)} | "
            f"{r.get('note', '')} |"
        )
    return "\n".join(lines)


def update_readme(text: str, conditions: str = "") -> None:
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8")
    if README_START not in content:
        return
    head, rest = content.split(README_START, 1)
    _, tail = rest.split(README_END, 1)
    stamp = time.strftime("%Y-%m-%d")
    block = (
        f"{README_START}\nLast run {stamp}, {os.cpu_count()} cores "
        f"(`make bench`{conditions}):\n\n{text}\n{README_END}"
    )
    readme.write_text(head + block + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="feature names (bench_<name>.py)")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    parser.add_argument("--readme", action="store_true", help="update the README table")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    load_at_start = os.getloadavg()[0]
    results: list[dict] = []
    failed = []
    for path in discover(args.only):
        print(f"== {path.stem}", flush=True)
        try:
            rows = load(path).run(args.quick)
        except Exception:
            traceback.print_exc()
            failed.append(path.stem)
            continue
        for row in rows:
            print(
                f"   {row['name']}: ours {fmt_s(row.get('ours_s'))}, "
                f"{row.get('baseline')} {fmt_s(row.get('baseline_s'))}",
                flush=True,
            )
        results.extend(rows)
    text = table(results)
    print()
    print(text)
    out = HERE / "results.json"
    keep = ("name", "ours_s", "baseline", "baseline_s", "ratio", "n")
    if args.only and out.exists():  # merge with the other modules' last results
        previous = [
            r for r in json.loads(out.read_text()) if r["name"] not in {x["name"] for x in results}
        ]
    else:
        previous = []
    merged = previous + [
        {k: r.get(k) for k in keep} | {x: r[x] for x in ("budget_s", "note") if x in r}
        for r in results
    ]
    out.write_text(json.dumps(merged, indent=2) + "\n")
    if args.readme:  # the README shows every benchmark's latest result
        conditions = (
            f"; 1-minute load average {load_at_start:.1f} at the start and "
            f"{os.getloadavg()[0]:.1f} at the end"
        )
        update_readme(table(merged), conditions if not args.only else "")
    if failed:
        print(f"\nbenchmark modules that failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
