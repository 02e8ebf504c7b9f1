"""Screenshots of the window's shell: the first start on a 1366x768 laptop screen
(default layout) in English and French, every page of the user guide in both languages
(from a window in that language), the keyboard shortcuts dialog and the message that
ends an export."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path


def _laptop_window(ctx, lang: str):
    """A first start (no saved layout) on the laptop screen, on the same sample."""
    from PySide6.QtWidgets import QApplication

    from bm_desktop.ui.app import create_window

    screen = next(s for s in QApplication.screens() if s.name() == "laptop")
    previous = os.environ.get("BM_DESKTOP_SETTINGS_DIR")
    os.environ["BM_DESKTOP_SETTINGS_DIR"] = str(ctx.tmp / f"settings-laptop-{lang}")
    try:
        _app, window = create_window(Path(ctx.db.engine.url.database), lang=lang)
    finally:
        if previous is not None:
            os.environ["BM_DESKTOP_SETTINGS_DIR"] = previous
    window.setScreen(screen)
    window.move(screen.availableGeometry().topLeft())
    window.show()
    return window


def render(ctx) -> list[Path]:
    from bm_desktop.ui.translator import install_language

    shots = []
    for lang in ("en", "fr"):
        laptop = _laptop_window(ctx, lang)
        suffix = "" if lang == "en" else "_fr"
        shots.append(ctx.grab(laptop, f"main_window_laptop{suffix}", 2500))
        guide = laptop.help.open_guide()
        guide.resize(1100, 760)
        for page in guide.pages:
            guide.open_page(page)
            name = f"user_guide_{lang}_{page.stem.replace('-', '_')}"
            shots.append(ctx.grab(guide, name, 400))
        guide.close()
        if lang == "en":
            dialog = laptop.help.open_shortcuts()
            shots.append(ctx.grab(dialog, "help_shortcuts", 300))
            dialog.reject()
            shots.append(_export_done(ctx, laptop))
        laptop.close()
    install_language(ctx.app, ctx.window.ctx.lang)
    return shots


def _export_done(ctx, window) -> Path:
    """An export run to its end: the progress has closed, the message offers to open."""
    from bm_desktop.exchange.exports.request import ExportRequest

    path = ctx.tmp / "Quarterly report 2022-Q1.xlsx"
    request = ExportRequest(
        start=dt.date(2022, 1, 1), end=dt.date(2022, 3, 31), lang=window.ctx.lang
    )
    window.exchange.start_export("quarterly", request, path)
    ctx.settle(3000)
    message = window.exchange.done_message
    shot = ctx.grab(message, "exchange_export_done", 300)
    message.reject()
    return shot
