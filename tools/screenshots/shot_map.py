"""Screenshots of the map workspace: the main window with every layer on, and the map
zoomed to each programme region (docks hidden, so the map has the whole window)."""

from __future__ import annotations

from pathlib import Path

REGIONS = {
    "Eastern DRC": "map_eastern_drc",
    "Lualaba": "map_lualaba",
    "Haut-Katanga": "map_haut_katanga",
    "Rwanda": "map_rwanda",
}


def _wait_for_map(ctx) -> None:  # noqa: ANN001
    ws = ctx.window.map_workspace
    for _ in range(200):
        if not ws._pending and ws.density.generation == ws._density_gen:
            break
        ctx.settle(100)
    ws.canvas.settle_now()
    for _ in range(100):
        if ws.density.generation == ws._density_gen:
            break
        ctx.settle(50)
    ctx.settle(300)


def render(ctx) -> list[Path]:  # noqa: ANN001
    window = ctx.window
    ws = window.map_workspace
    for layer in ws.canvas.layers:
        layer.set_visible(True)
    window.resize(1600, 1000)
    _wait_for_map(ctx)
    # the main window: whole programme, a site selected so Site details is filled
    ws.zoom_to("__all__")
    md = ws.data
    if md is not None and "Luhihi" in " ".join(md.sites.names):
        luhihi = next(i for i, n in enumerate(md.sites.names) if "Luhihi" in n)
        window.ctx.selection.select([md.sites.ids[luhihi]])
    window.site_details_dock.raise_()
    _wait_for_map(ctx)
    shots = [ctx.grab(window, "main_window", 800)]
    # the regions: the map alone, as a regional manager would present it
    window.ctx.selection.select([])
    hidden = [d for d in window.docks.values() if d.isVisible()]
    for dock in hidden:
        dock.hide()
    for region, name in REGIONS.items():
        ws.zoom_to(region)
        _wait_for_map(ctx)
        shots.append(ctx.grab(ws.canvas, name, 500))
    for dock in hidden:
        dock.show()
    ws.zoom_to("__all__")
    return shots
