"""The database key as the start looks for it, before SQLAlchemy is imported.

A thin door onto ``db/keys.py`` for the ``ui`` package (which may not import
``bm_desktop.db``): importing this module imports neither SQLAlchemy nor the ORM, so
the window's start can begin the keyring lookup and the argon2id derivation on a
thread while Qt and the rest of the app are imported (see ``ui/app.py``).
"""

from __future__ import annotations

from bm_desktop.db.keys import DatabaseKey, StartKey, key_without_asking, start_key

__all__ = ["DatabaseKey", "StartKey", "key_without_asking", "start_key"]
