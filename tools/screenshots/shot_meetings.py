"""Screenshots of the CAP meetings feature: the overview calendar, the agenda builder
and meeting mode (on the sample programme)."""

from __future__ import annotations

from pathlib import Path

SITE, MONTH = "LB-01", "2023-01"  # Karajipopo's planned January meeting


def render(ctx) -> list[Path]:
    window = ctx.window
    shots = []
    dock = window.meetings_dock
    dock.show()
    dock.raise_()
    region = dock.region.findData("Lualaba")
    dock.region.setCurrentIndex(region)
    ctx.settle(300)
    dock.setFloating(True)
    dock.resize(1400, 520)
    shots.append(ctx.grab(dock, "meetings_overview"))
    dock.setFloating(False)
    builder = dock.open_agenda(SITE, MONTH)
    builder.resize(1500, 900)
    builder.select_row(3)
    shots.append(ctx.grab(builder, "agenda_builder"))
    from bm_desktop.ui.meeting_mode import MeetingModeDialog

    mode = MeetingModeDialog(window.ctx, SITE, MONTH, builder.papers, builder)
    mode.resize(1200, 760)
    for row, (women, men) in enumerate([(3, 7), (1, 2), (0, 2), (2, 1)]):
        mode.set_attendance(row, women, men)
    mode.show()
    shots.append(ctx.grab(mode, "meeting_mode_attendance"))
    mode.tabs.setCurrentIndex(1)
    mode.set_minutes(
        2,
        ctx.text(
            "The cooperative confirmed the rules are posted at every pit entrance; "
            "the monitor will check at the next visit.",
            "La coopérative a confirmé que les règles sont affichées à l'entrée de chaque puits ; "
            "le moniteur vérifiera à la prochaine visite.",
        ),
    )
    shots.append(ctx.grab(mode, "meeting_mode_minutes"))
    from bm_desktop.ui.decision_dialog import DecisionDialog

    proposal = next(
        i
        for i, e in enumerate(builder.papers.draft.entries)
        if e.section == "proposals" and e.ref_ids
    )
    dialog = DecisionDialog(window.ctx, builder.papers, mode.meeting_day(), proposal, mode)
    dialog.text.setPlainText(
        ctx.text(
            "Agreed: training of the cooperative's pit managers",
            "Accord : formation des chefs de puits de la coopérative",
        )
    )
    dialog.show()
    shots.append(ctx.grab(dialog, "meeting_mode_decision"))
    dialog.accept()
    if dialog.decision is not None:
        mode.add_decision(dialog.decision, dialog.outcome_text())
    mode.tabs.setCurrentIndex(2)
    shots.append(ctx.grab(mode, "meeting_mode_decisions"))
    # the shots typed work into both: leave without the Save / Discard / Cancel question
    mode.discard_without_asking()
    builder.discard_without_asking()
    return shots
