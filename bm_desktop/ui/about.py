"""Help > About: the application's version and the database schema's.

The box shows the installed version (importlib.metadata), the newest schema this
version migrates to and the revision the open database is at, so a coordinator can
read them out on the phone. It opens window-modal without blocking (``open()``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from bm_desktop.services.database_files import app_version, schema_revision


def about_text(window: Any) -> str:
    db = window.ctx.db
    head, current = schema_revision(db)
    translate = QCoreApplication.translate
    unknown = translate("AboutBox", "unknown")
    return "\n".join(
        [
            translate("AboutBox", "{app} {version}").format(
                app="BM Desktop", version=app_version()
            ),
            translate(
                "AboutBox",
                "Desktop GIS for the coordinators of an artisanal-mining "
                "assurance programme in the DRC and Rwanda.",
            ),
            "",
            translate(
                "AboutBox", "Database schema: {head} (this version); this database: {current}"
            ).format(head=head or "-", current=current or unknown),
            translate("AboutBox", "Database file: {path}").format(path=db.path or "-"),
        ]
    )


def show_about(window: Any) -> QMessageBox:
    title = QCoreApplication.translate("AboutBox", "About {app}").format(app="BM Desktop")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title,
        about_text(window),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("aboutBox")
    box.open()
    return box
