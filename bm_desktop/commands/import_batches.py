"""``bm-desktop import batches`` and ``bm-desktop import undo BATCH``."""

from __future__ import annotations

import argparse
from pathlib import Path

from bm_desktop.commands.common import fail


def run_batches(args: argparse.Namespace, path: Path, lang: str) -> int:
    from bm_desktop.commands.common import open_command_database
    from bm_desktop.domain.errors import BmError
    from bm_desktop.exchange.imports.batches import list_batches, undo_batch
    from bm_desktop.exchange.text import Words

    words = Words(lang)
    translate = words.translate
    if args.kind == "undo":
        if not args.file or not str(args.file).isdigit():
            return fail(
                "import",
                "import undo takes a batch number (see 'bm-desktop import batches').",
                lang,
            )
    db = open_command_database(path, lang)
    try:
        if args.kind == "batches":
            shown = list_batches(db)
            if not shown:
                print(translate("ExchangeImport", "No import batches."))
            for b in shown:
                state = (
                    translate("ExchangeImport", "undone {when}").format(
                        when=b.undone_at.isoformat(sep=" ")
                    )
                    if b.undone_at
                    else translate("ExchangeImport", "synchronised")
                    if b.synchronised
                    else translate("ExchangeImport", "can be undone")
                )
                print(
                    translate(
                        "ExchangeImport",
                        "{batch}  {when}  {kind}  {file}: {added} added, "
                        "{updated} updated, {removed} removed ({state})",
                    ).format(
                        batch=b.id,
                        when=b.created_at.isoformat(sep=" "),
                        kind=b.kind,
                        file=b.file_name,
                        added=b.added,
                        updated=b.updated,
                        removed=b.removed,
                        state=state,
                    )
                )
            return 0
        try:
            b = undo_batch(db, int(args.file))
        except BmError as exc:
            return fail("import", exc, lang)
        print(
            translate(
                "ExchangeImport",
                "Import batch {batch} ({file}) undone: {added} added "
                "rows deleted, {changed} put back as they were.",
            ).format(batch=b.id, file=b.file_name, added=b.added, changed=b.updated + b.removed)
        )
        return 0
    finally:
        db.dispose()
