"""The frozen application (issue 16 §3): its size, and its start time beside the unfrozen one.

* Start to the first complete paint of the map (``BM_DESKTOP_EXIT_AFTER_FIRST_PAINT=1``),
  wall clock from launching the process, median of 3 (quick: 1), on the sample
  programme, offscreen. Ours: the PyInstaller one-folder app. Baseline: the same app
  unfrozen, ``python -m bm_desktop.cli`` from this environment.
* The one-folder application's size on disk (in the note).

Uses ``dist/bm-desktop`` when ``make installer`` built it (or ``$BM_DESKTOP_FROZEN_DIST``);
otherwise builds it into a temporary folder first (about two minutes, not timed).
``python benchmarks/bench_installer.py [--quick]`` runs it alone.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from installer import build_frozen  # noqa: E402

FIRST_PAINT_LINE = "bm-desktop: first complete paint of the map"


def _frozen(tmp: Path) -> Path:
    dist = Path(os.environ.get("BM_DESKTOP_FROZEN_DIST", ROOT / "dist"))
    exe = build_frozen.executable(dist)
    if exe.exists():
        return exe
    (tmp / "work").mkdir(exist_ok=True)
    return build_frozen.build(tmp / "dist", tmp / "work")


def _time_to_paint(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or FIRST_PAINT_LINE not in done.stdout:
        raise RuntimeError(f"{command[0]} did not paint: {done.stderr[-500:]}")
    return elapsed


def run(quick: bool) -> list[dict]:
    repeats = 1 if quick else 3
    tmp = Path(tempfile.mkdtemp(prefix="bm-bench-frozen-"))
    exe = _frozen(tmp)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        BM_DESKTOP_SETTINGS_DIR=str(tmp / "settings"),
        # the database is encrypted at the first start: the key comes from here, as
        # bench_map's does, not from the passphrase dialog (nobody to type it)
        BM_DESKTOP_PASSPHRASE="benchmark passphrase",
    )
    db = tmp / "sample.sqlite"
    subprocess.run(
        [str(exe), "--db", str(db), "sample"],
        env=env,
        cwd=tmp,
        check=True,
        capture_output=True,
        timeout=600,
    )
    paint_env = {**env, "BM_DESKTOP_EXIT_AFTER_FIRST_PAINT": "1"}
    unfrozen_env = {**paint_env, "PYTHONPATH": str(ROOT)}
    frozen_cmd = [str(exe), "--db", str(db)]
    unfrozen_cmd = [sys.executable, "-m", "bm_desktop.cli", "--db", str(db)]
    _time_to_paint(frozen_cmd, paint_env, tmp)  # warm the file cache for both
    _time_to_paint(unfrozen_cmd, unfrozen_env, tmp)
    ours = statistics.median(_time_to_paint(frozen_cmd, paint_env, tmp) for _ in range(repeats))
    base = statistics.median(
        _time_to_paint(unfrozen_cmd, unfrozen_env, ROOT) for _ in range(repeats)
    )
    size_mb = build_frozen.folder_size(exe.parent) / 1e6
    return [
        {
            "name": "frozen app: start to first paint",
            "n": repeats,
            "ours_s": ours,
            "baseline": "unfrozen (python -m bm_desktop.cli)",
            "baseline_s": base,
            "ratio": base / ours,
            "note": f"one-folder app {size_mb:.0f} MB on disk",
        }
    ]


if __name__ == "__main__":
    for row in run("--quick" in sys.argv):
        print(row)
