"""Screenshots of the window's shell: the first start on a 1366x768 laptop screen
(default layout), every page of the user guide in English and French, and the keyboard
shortcuts dialog."""

from __future__ import annotations

import os
from pathlib import Path


def _laptop_window(ctx):
    """A first start (no saved layout) on the laptop screen, on the same sample."""
    from PySide6.QtWidgets import QApplication

    from bm_desktop.ui.app import create_window

    screen = next(s for s in QApplication.screens() if s.name() == "laptop")
    settings = ctx.tmp / "settings-laptop"
    previous = os.environ.get("BM_DESKTOP_SETTINGS_DIR")
    os.environ["BM_DESKTOP_SETTINGS_DIR"] = str(settings)
    try:
        _app, window = create_window(Path(ctx.db.engine.url.database),
                                     lang=ctx.window.ctx.lang)
    finally:
        if previous is not None:
            os.environ["BM_DESKTOP_SETTINGS_DIR"] = previous
    window.setScreen(screen)
    window.move(screen.availableGeometry().topLeft())
    window.show()
    return window


def render(ctx) -> list[Path]:
    shots = []
    laptop = _laptop_window(ctx)
    shots.append(ctx.grab(laptop, "main_window_laptop", 2500))
    guide = laptop.help.open_guide()
    guide.resize(1100, 760)
    for lang in ("en", "fr"):
        guide.language.setCurrentIndex(guide.language.findData(lang))
        for page in guide.pages:
            guide.open_page(page)
            shots.append(ctx.grab(guide, f"user_guide_{lang}_{page.stem.replace('-', '_')}",
                                  400))
    guide.close()
    dialog = laptop.help.open_shortcuts()
    shots.append(ctx.grab(dialog, "help_shortcuts", 300))
    dialog.reject()
    laptop.close()
    return shots
