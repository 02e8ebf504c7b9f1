"""``bm-desktop init``: create an empty programme database, without opening the window.

    bm-desktop init --db PATH

The new file is migrated to the newest schema and holds the reference data
(countries, regions, provinces, minerals, risk taxonomy) and nothing else: no
sample programme. An existing database is upgraded and its reference data
completed; its records are left as they are.
"""

from __future__ import annotations

import argparse

from bm_desktop.commands.common import add_db_option, command_lang, database_path, fail
from bm_desktop.commands.help_text import h
from bm_desktop.i18n import translate

CONTEXT = "InitCommand"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "init",
        help=h("create an empty programme database (no sample data)"),
        description=h(
            "Create an empty programme database at --db PATH: the newest schema "
            "and the reference data (regions, provinces, minerals, risk taxonomy), "
            "without the sample programme and without opening the window."
        ),
    )
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        default=argparse.SUPPRESS,
        help=h("language of the messages (default: English)"),
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bm_desktop.commands.common import open_command_database
    from bm_desktop.db.reference_data import seed_reference_data
    from bm_desktop.domain.errors import BmError
    from bm_desktop.services.sites import has_sites

    lang = command_lang(args)
    path = database_path(args)
    existed = path.exists()
    if path.is_dir():
        return fail(
            "init",
            "{path} is a folder; give the database file's path (--db PATH).",
            lang,
            path=path,
        )
    try:
        db = open_command_database(path, lang)
    except Exception as exc:  # an unreadable or foreign file: say so, write nothing more
        return fail(
            "init",
            "{path} cannot be opened as a programme database ({error}).",
            lang,
            path=path,
            error=str(exc),
        )
    try:
        with db.sessions.begin() as s:
            seed_reference_data(s)
        sites = has_sites(db)
    except BmError as exc:
        return fail("init", exc, lang)
    finally:
        db.dispose()
    if not existed:
        text = "Created an empty programme database at {path} (reference data only)."
    elif sites:
        text = "{path} already holds a programme; it is up to date and was left as it is."
    else:
        text = "{path} is an empty programme database, up to date."
    print(translate(CONTEXT, text, lang).format(path=path))
    return 0
