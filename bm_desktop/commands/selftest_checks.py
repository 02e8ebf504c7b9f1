"""The installation self-test: what a working installation needs, checked one by one.

Used by ``bm-desktop self-test`` (bm_desktop.commands.selftest) and Help > Self-test
(bm_desktop.ui.selftest_dialog). Each check returns a :class:`Result`: ``ok``,
``warning`` (works, but worth knowing: the sync server cannot be reached from an
offline laptop), ``skipped`` (nothing to check: no sync server configured) or
``failed``. The verdict fails when any check failed.

Hook for other features: :data:`CHECKS` is the ordered list the report runs;
:func:`register_check` appends to it (the database encryption adds its cipher library
check this way). A check is a function ``(Context) -> Result`` and never raises: an
exception is reported as a failure of that check.

Texts are English templates translated through ``bm_desktop.i18n`` (context
``SelfTest``, French in resources/translations/selftest_fr.ts); :func:`T` marks them
so a test can find every one.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bm_desktop.db.versions import Versions, versions
from bm_desktop.i18n import translate

CONTEXT = "SelfTest"
STATUSES = ("ok", "warning", "skipped", "failed")
SYNC_TIMEOUT_SECONDS = 3.0


def T(text: str) -> str:  # noqa: N802 (a marker, like Qt's QT_TRANSLATE_NOOP)
    """Mark an English template of the self-test for translation; returns it unchanged."""
    return text


@dataclass
class Context:
    """What the checks look at: the user's database file and the report's language."""

    database: Path
    lang: str = "en"
    sync_timeout: float = SYNC_TIMEOUT_SECONDS
    workdir: Path | None = None  # where temporary copies go (a fresh temp dir if None)


@dataclass
class Result:
    status: str
    template: str
    params: dict[str, object] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return translate(CONTEXT, self.template, lang).format(**self.params)


@dataclass(frozen=True)
class Check:
    title: str  # an English template marked with T()
    run: Callable[[Context], Result]


CHECKS: list[Check] = []


def register_check(title: str, run: Callable[[Context], Result]) -> None:
    """Append a check to the self-test (other features: see the module docstring)."""
    CHECKS.append(Check(title, run))


# -- the checks ------------------------------------------------------------------------------


def check_data_files(ctx: Context) -> Result:
    from bm_desktop.geo.basemap import sample_geodata_dir
    from bm_desktop.i18n import translations_dir
    from bm_desktop.resources import resource_dir

    missing: list[str] = []
    catalogues = sorted(translations_dir().glob("*_fr.ts"))
    if not catalogues:
        missing.append(str(translations_dir() / "*_fr.ts"))
    layers = [
        sample_geodata_dir() / name
        for name in ("countries.gpkg", "lakes.gpkg", "places.gpkg", "admin1.gpkg")
    ]
    missing += [str(p) for p in layers if not p.is_file()]
    guide = [resource_dir("guide") / lang / "index.md" for lang in ("en", "fr")]
    missing += [str(p) for p in guide if not p.is_file()]
    if missing:
        return Result("failed", T("missing: {files}"), {"files": ", ".join(missing)})
    import pyogrio

    for path in layers:  # GDAL (and its data, in a frozen build) can read each basemap file
        try:
            pyogrio.list_layers(path)
        except Exception as exc:  # noqa: BLE001 (any reason GDAL gives is the failure)
            return Result(
                "failed",
                T("cannot read {file}: {reason}"),
                {
                    "file": path,
                    "reason": str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
                },
            )
    return Result(
        "ok",
        T(
            "{catalogues} translation files, {layers} basemap layers, the "
            "user guide in English and French"
        ),
        {"catalogues": len(catalogues), "layers": len(layers)},
    )


def check_data_directory(ctx: Context) -> Result:
    folder = ctx.database.parent
    probe = folder / f".bm-desktop-selftest-{uuid.uuid4().hex}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"self-test")
        probe.unlink()
    except OSError as exc:
        return Result(
            "failed",
            T("cannot write in {folder}: {reason}"),
            {"folder": folder, "reason": exc.strerror or exc},
        )
    return Result("ok", T("{folder} is writable"), {"folder": folder})


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy (the write-ahead log included) through SQLite's backup API."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def check_database(ctx: Context) -> Result:
    """Open the user's database and migrate it, on a temporary copy (the file itself is
    never written); with no database yet, create and migrate a new one."""
    from bm_desktop.db.engine import open_database
    from bm_desktop.db.migrate import current_revision

    tmp = Path(tempfile.mkdtemp(prefix="bm-selftest-", dir=ctx.workdir))
    try:
        copy = tmp / "copy.sqlite"
        existed = ctx.database.is_file()
        if existed:
            _copy_database(ctx.database, copy)
        before = current_revision_of(copy) if existed else None
        db = open_database(copy)
        try:
            after = current_revision(db.engine)
        finally:
            db.dispose()
        if not existed:
            return Result(
                "ok",
                T("no database yet: a new one is created and migrated to {head}"),
                {"head": after},
            )
        if before == after:
            return Result("ok", T("opens; its schema is up to date ({head})"), {"head": after})
        return Result(
            "ok",
            T("opens; a copy migrates from {before} to {head}"),
            {"before": before or "-", "head": after},
        )
    except Exception as exc:  # noqa: BLE001 (the report says why, in plain words)
        from bm_desktop.domain.errors import error_text

        return Result("failed", T("{reason}"), {"reason": error_text(exc, ctx.lang)})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def current_revision_of(path: Path) -> str | None:
    from bm_desktop.db.versions import database_revision

    return database_revision(path)


def check_languages(ctx: Context) -> Result:
    from bm_desktop.i18n import catalogue

    catalogue.cache_clear()
    french = catalogue("fr")
    if len(french) < 100:
        return Result(
            "failed", T("the French catalogue has only {count} texts"), {"count": len(french)}
        )
    return Result("ok", T("English, and French ({count} texts)"), {"count": len(french)})


def check_pdf_fonts(ctx: Context) -> Result:
    from bm_desktop.exchange.agenda_pdf import unicode_font

    font = unicode_font()
    if font is None:
        return Result(
            "warning",
            T(
                "no Unicode TrueType font found: PDF printouts fall back "
                "to a basic font without accents beyond Latin-1"
            ),
        )
    return Result("ok", T("PDF printouts use {font}"), {"font": font[0].name})


def check_cipher(ctx: Context) -> Result:
    """The database encryption works here: SQLCipher is bundled (not a plain SQLite that
    would ignore the key), argon2 derives keys, a keyed file reopens with its key and
    refuses another."""
    import os
    import tempfile

    from bm_desktop.db import cipher

    try:
        derived = cipher.derive_key("self-test passphrase", cipher.KeyParameters.new())
        with tempfile.TemporaryDirectory(prefix="bm-selftest-") as tmp:
            path = Path(tmp) / "cipher.sqlite"
            conn = cipher.connect(str(path), derived)
            version = conn.execute("PRAGMA cipher_version").fetchone()
            conn.execute("CREATE TABLE t (x)")
            conn.execute("INSERT INTO t VALUES (42)")
            conn.commit()
            conn.close()
            if not version or not version[0]:
                return Result(
                    "failed",
                    T(
                        "the SQLite library has no encryption (SQLCipher "
                        "missing): the database would be written in clear"
                    ),
                )
            conn = cipher.connect(str(path), derived)
            same = conn.execute("SELECT x FROM t").fetchone()
            conn.close()
            refused = False
            conn = cipher.connect(str(path), os.urandom(32))
            try:
                conn.execute("SELECT x FROM t").fetchone()
            except cipher.driver_errors():
                refused = True
            finally:
                conn.close()
            encrypted = cipher.is_encrypted(path)
    except Exception as exc:  # noqa: BLE001 (whatever the library says is the failure)
        return Result(
            "failed", T("database encryption does not work: {reason}"), {"reason": str(exc)[:200]}
        )
    if same != (42,) or not refused or not encrypted:
        return Result(
            "failed",
            T(
                "database encryption does not work: a keyed file did not "
                "reopen with its key, or opened with another"
            ),
        )
    return Result("ok", T("SQLCipher {version}, keys from argon2id"), {"version": version[0]})


def check_trip_planner(ctx: Context) -> Result:
    """The visit planner's route solver (OR-Tools) loads and plans a small trip: its
    compiled part loads other modules by name, which a frozen build can miss."""
    import numpy as np

    from bm_desktop.services.trip_solver import DayLimits, solve_trip

    minutes = np.array([[0, 30, 40], [30, 0, 20], [40, 20, 0]], dtype=float)
    try:
        trip = solve_trip(minutes, 1, DayLimits(), time_limit_s=0.1)
    except (ImportError, RuntimeError) as exc:
        return Result(
            "failed",
            T("the route solver does not load ({error}): trips cannot be planned"),
            {"error": f"{type(exc).__name__}: {exc}"},
        )
    if sorted(stop for day in trip.days for stop in day) != [1, 2]:
        return Result("failed", T("the route solver left out sites that a day can hold"))
    return Result("ok", T("the route solver plans a test trip"))


def configured_server(database: Path) -> str | None:
    """The sync server this database is attached to (read-only), if any."""
    if not database.is_file():
        return None
    from bm_desktop.db.engine import read_only_engine
    from bm_desktop.sync.local import read_state

    engine = read_only_engine(database)
    try:
        with engine.connect() as conn:
            state = read_state(conn)
    except Exception:  # noqa: BLE001 (an older schema without sync state: nothing configured)
        return None
    finally:
        engine.dispose()
    return state.server_url if state is not None and state.server_url else None


def check_sync_server(ctx: Context) -> Result:
    server = configured_server(ctx.database)
    if server is None:
        return Result("skipped", T("no sync server configured"))
    import httpx

    url = server.rstrip("/") + "/health"
    try:
        response = httpx.get(url, timeout=ctx.sync_timeout)
        healthy = response.status_code == 200 and response.json().get("status") == "ok"
    except (httpx.HTTPError, ValueError) as exc:
        return Result(
            "warning",
            T(
                "{server} cannot be reached ({reason}); the app works "
                "offline and synchronises later"
            ),
            {"server": server, "reason": type(exc).__name__},
        )
    if not healthy:
        return Result(
            "warning",
            T("{server} answers but is not healthy (HTTP {code})"),
            {"server": server, "code": response.status_code},
        )
    return Result("ok", T("{server} answers"), {"server": server})


register_check(T("Data files"), check_data_files)
register_check(T("Writing in the data directory"), check_data_directory)
register_check(T("Database opens and migrates (on a copy)"), check_database)
register_check(T("Languages"), check_languages)
register_check(T("Fonts for PDF printouts"), check_pdf_fonts)
register_check(T("Database encryption"), check_cipher)
register_check(T("Visit planner"), check_trip_planner)
register_check(T("Sync server"), check_sync_server)


# -- running and reporting -------------------------------------------------------------------


@dataclass
class Report:
    versions: Versions
    results: list[tuple[str, Result]]

    @property
    def ok(self) -> bool:
        return all(result.status != "failed" for _title, result in self.results)

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1


def run_check(check: Check, ctx: Context) -> Result:
    try:
        return check.run(ctx)
    except Exception as exc:  # noqa: BLE001 (one broken check must not hide the others)
        return Result("failed", T("{reason}"), {"reason": f"{type(exc).__name__}: {exc}"})


def run_checks(ctx: Context, extra: list[Check] | None = None) -> Report:
    """Run ``extra`` (the Qt checks, which need a Qt application) then :data:`CHECKS`."""
    results = [(check.title, run_check(check, ctx)) for check in [*(extra or []), *CHECKS]]
    return Report(versions(ctx.database), results)


LABELS = {"ok": T("ok"), "warning": T("warning"), "skipped": T("skipped"), "failed": T("FAILED")}


def version_line(v: Versions, lang: str) -> str:
    tr = lambda text: translate(CONTEXT, text, lang)  # noqa: E731
    return tr(T("BM Desktop {version}; database schema {head}; this database: {current}")).format(
        version=v.app, head=v.schema_head or "-", current=v.database or tr(T("none yet"))
    )


def format_report(report: Report, lang: str) -> str:
    tr = lambda text: translate(CONTEXT, text, lang)  # noqa: E731
    lines = [
        tr(T("BM Desktop self-test")),
        version_line(report.versions, lang),
        tr(T("Database: {path}")).format(path=report.versions.database_path),
        "",
    ]
    labels = {status: tr(label) for status, label in LABELS.items()}
    width = max(len(label) for label in labels.values())
    for title, result in report.results:
        line = tr(T("{title}: {detail}")).format(title=tr(title), detail=result.text(lang))
        lines.append(f"[{labels[result.status]:^{width}}] {line}")
    failed = sum(result.status == "failed" for _title, result in report.results)
    lines.append("")
    if failed:
        lines.append(
            tr(T("Verdict: FAILED ({count} of {total} checks failed)")).format(
                count=failed, total=len(report.results)
            )
        )
    else:
        lines.append(tr(T("Verdict: OK, this installation has what it needs")))
    return "\n".join(lines)
