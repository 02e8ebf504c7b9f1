"""Encryption at rest (issue 19): the encrypted database against the same plain one.

Each row times one task on an encrypted copy (ours) and on the plain file it was
made from (baseline), alternating runs in the same process so the ratio holds on a
noisy machine; the budget is ours within 15% of plain.

* Opening: ``open_database`` of the sample programme (the key already derived; the
  argon2id derivation, once per start, is reported in the note).
* KPIs: the headline figures of a reporting year on the sample programme.
* Register: loading the columns of 100,000 incidents (``services.incident_register``).

Run alone: ``python benchmarks/bench_cipher.py [--quick]``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase"
WITHIN = 1.15


def _side_by_side(
    name: str,
    n: int,
    plain: Callable[[], object],
    encrypted: Callable[[], object],
    reps: int,
    note: str = "",
) -> dict:
    plain(), encrypted()  # warm the page cache and the imports
    ours, base = [], []
    for _ in range(reps):
        t = time.perf_counter()
        encrypted()
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        plain()
        base.append(time.perf_counter() - t)
    o, b = statistics.median(ours), statistics.median(base)
    return {
        "name": name,
        "n": n,
        "ours_s": o,
        "baseline": "the same file unencrypted",
        "baseline_s": b,
        "budget_s": b * WITHIN,
        "ratio": b / o,
        "note": note or f"encrypted/plain = {o / b:.2f} (budget {WITHIN:.2f})",
    }


def _encrypted_copy(plain: Path) -> tuple[Path, bytes, float]:
    from bm_desktop.db import cipher

    target = plain.with_name("encrypted-" + plain.name)
    shutil.copy(plain, target)
    t = time.perf_counter()
    key = cipher.key_for_passphrase(target, PASSPHRASE)
    kdf_s = time.perf_counter() - t
    cipher.encrypt_in_place(target, key)
    return target, key, kdf_s


def run(quick: bool) -> list[dict]:
    from map_synthetic import build_synthetic_db

    from bm_desktop.db.engine import open_database
    from bm_desktop.domain.kpi import Period
    from bm_desktop.services import kpis
    from bm_desktop.services.incident_register import register
    from bm_desktop.services.sample_programme import generate_sample_programme

    tmp = Path(tempfile.mkdtemp(prefix="bm-bench-cipher-"))
    reps = 5 if quick else 11
    sample = tmp / "sample.sqlite"
    db = open_database(sample)
    generate_sample_programme(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    sample_enc, key, kdf_s = _encrypted_copy(sample)

    def opener(path: Path, k: bytes | None) -> Callable[[], object]:
        def go() -> None:
            open_database(path, key=k).dispose()

        return go

    rows = [
        _side_by_side(
            "open the sample programme (encrypted vs plain)",
            1,
            opener(sample, None),
            opener(sample_enc, key),
            reps,
            note=f"argon2id key derivation, once per start: {kdf_s:.2f} s",
        )
    ]
    plain_db, enc_db = open_database(sample), open_database(sample_enc, key=key)
    year = Period(dt.date(2021, 4, 1), dt.date(2022, 3, 31))
    figures = kpis.programme_figures(plain_db, year)
    assert kpis.programme_figures(enc_db, year) == figures
    rows.append(
        _side_by_side(
            "headline KPIs of a year, sample (encrypted vs plain)",
            figures.incidents,
            lambda: kpis.programme_figures(plain_db, year),
            lambda: kpis.programme_figures(enc_db, year),
            reps,
        )
    )
    plain_db.dispose()
    enc_db.dispose()

    big = tmp / "register.sqlite"
    db = build_synthetic_db(big, 48, 100_000, 0, seed=4)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    big_enc, big_key, _ = _encrypted_copy(big)
    plain_db, enc_db = open_database(big), open_database(big_enc, key=big_key)
    assert register(plain_db).size == register(enc_db).size == 100_000
    rows.append(
        _side_by_side(
            "register: load 100k incidents (encrypted vs plain)",
            100_000,
            lambda: register(plain_db),
            lambda: register(enc_db),
            max(3, reps // 2),
        )
    )
    plain_db.dispose()
    enc_db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    return rows


if __name__ == "__main__":
    for row in run("--quick" in sys.argv):
        print(
            f"{row['name']}: encrypted {row['ours_s'] * 1000:.1f} ms, plain "
            f"{row['baseline_s'] * 1000:.1f} ms, {row['note']}"
        )
