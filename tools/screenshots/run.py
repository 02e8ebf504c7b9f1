"""Render the app's main views offscreen into docs/screenshots/.

Builds the sample programme in a temporary folder, opens the main window at
1600x1000, saves ``main_window.png``, then calls ``render(ctx)`` of every
``tools/screenshots/shot_*.py`` module (each feature adds its own views).
``--only NAME ...`` renders just those modules (``--only shell``: the window on a
1366x768 laptop screen, the user guide's pages and the keyboard shortcuts; ``main``
stands for ``main_window.png``).

``--only guide`` renders the French user guide's screenshots: the modules that make
the guide's shots run on a window in French, and each shot the English guide shows is
saved as ``<name>_fr.png`` beside it in ``bm_desktop/resources/guide/screenshots`` (the
French chapters show those); their other French shots are not kept. The English ones
come with the ordinary run.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
# A desktop monitor (primary) and a 1366x768 laptop screen, for the laptop shots.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={HERE / 'screens.json'}"

GUIDE = ROOT / "bm_desktop" / "resources" / "guide"
GUIDE_SHOTS = GUIDE / "screenshots"
GUIDE_MODULES = ("map", "meetings", "register", "exchange", "print")  # make the guide's shots
_SHOT_REF = re.compile(r"\(\.\./screenshots/([\w-]+)\.png\)")


def guide_shot_names() -> set[str]:
    """The screenshots the English guide shows (their French versions end in ``_fr``)."""
    return {
        m.group(1)
        for page in sorted((GUIDE / "en").glob("*.md"))
        for m in _SHOT_REF.finditer(page.read_text(encoding="utf-8"))
    }


@dataclass
class ShotContext:
    window: object
    db: object
    outdir: Path
    app: object
    tmp: Path
    lang: str = "en"

    def settle(self, ms: int = 300) -> None:
        """Process events (and let background work finish) for about ``ms`` milliseconds."""
        from PySide6.QtCore import QDeadlineTimer, QThreadPool
        from PySide6.QtWidgets import QApplication

        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            QApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(20)
        QApplication.processEvents()

    def shot_path(self, name: str) -> Path:
        """Where a shot goes: the guide's folder for the shots the guide shows (they ship
        in the package), docs/screenshots for the others; in French ``<name>_fr.png``,
        kept only when the guide shows it."""
        if self.lang != "en":
            folder = GUIDE_SHOTS if name in guide_shot_names() else self.tmp
            return folder / f"{name}_{self.lang}.png"
        path = self.outdir / f"{name}.png"
        shipped = GUIDE_SHOTS / path.name
        return shipped if shipped.exists() else path

    def save(self, image, name: str) -> Path:
        """Save a rendered image (a QImage or QPixmap) as the shot ``name``."""
        path = self.shot_path(name)
        image.save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        return path

    def grab(self, widget, name: str, ms: int = 300) -> Path:
        self.settle(ms)
        return self.save(widget.grab(), name)

    def text(self, english: str, french: str) -> str:
        """Text the shots type, in the window's language."""
        return french if self.lang == "fr" else english


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="feature names (shot_<name>.py)")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    only = set(args.only or ())
    if "guide" in only:  # the French guide's shots, from a window in French
        args.lang = "fr"
        only = (only - {"guide"}) | set(GUIDE_MODULES)
    tmp = Path(tempfile.mkdtemp(prefix="bm-shots-"))
    os.environ["BM_DESKTOP_SETTINGS_DIR"] = str(tmp / "settings")
    from bm_desktop.ui.app import create_window

    app, window = create_window(tmp / "sample.sqlite", lang=args.lang)
    # the sample's published 2021-22 year (the window opens on the latest year with data,
    # 2022-23 for the sample, whose records run to December 2022)
    from bm_desktop.domain.filters import FilterState

    window.ctx.filters.set_state(FilterState())
    outdir = ROOT / "docs" / "screenshots"
    outdir.mkdir(parents=True, exist_ok=True)
    window.resize(1600, 1000)
    window.show()
    ctx = ShotContext(
        window=window, db=window.ctx.db, outdir=outdir, app=app, tmp=tmp, lang=args.lang
    )
    if not only or "main" in only:
        ctx.grab(window, "main_window", 1500)
    failed = []
    for path in sorted(HERE.glob("shot_*.py")):
        name = path.stem.removeprefix("shot_")
        if only and name not in only:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
            module.render(ctx)
        except Exception:
            traceback.print_exc()
            failed.append(name)
    window.close()
    if failed:
        print(f"screenshot modules that failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
