"""The presentation map (File > Export map…, ``bm-desktop map``): an A4 landscape page of
Eastern DRC with every layer, as the PNG export writes it (at 110 dpi, for the README)."""

from __future__ import annotations

from pathlib import Path


def render(ctx) -> list[Path]:  # noqa: ANN001
    from bm_desktop.ui.map.print_layout import PageSpec, frames, render_png
    from bm_desktop.ui.map.print_map import MapOptions, PrintMap

    spec = PageSpec(
        title=ctx.text(
            "Eastern DRC: programme sites, incidents and security",
            "Est de la RDC : sites du programme, incidents et sécurité",
        ),
        dpi=110,
    )
    f = frames(spec)
    pm = PrintMap(ctx.window.ctx, f.map.width(), f.map.height())
    try:
        pm.apply(
            MapOptions(
                region="Eastern DRC",
                layers=frozenset(
                    {"sites", "density", "events", "alerts", "boundaries", "reference"}
                ),
                colour="rate",
            )
        )
        image = render_png(pm, spec)
    finally:
        pm.close()
    if ctx.lang != "en":  # the French guide's copy
        return [ctx.save(image, "presentation_map")]
    path = ctx.outdir / "presentation_map.png"  # the README's
    image.save(str(path))
    print(f"wrote {path}")
    return [path]
