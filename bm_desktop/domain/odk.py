"""The monitors' phone form as the programme names it in ODK.

Shared by the form's writer (``exchange/xlsform.py``), the import of its submissions
and the window's ODK Central settings, which must not import the writer (and
openpyxl with it) at start-up just to know the form's default id.
"""

from __future__ import annotations

FORM_ID = "bm_incident"
