"""Excel and file exchange: the workbooks partners, buyers and governments expect, and
imports that never corrupt the data.

* :mod:`.xlsx` holds the workbook building blocks (styles, the streaming sheet,
  cover sheets, Excel tables) and the one cell writer (:mod:`.xlsx.cells`) every
  workbook goes through; :mod:`.safe_text` states its rules (formula neutralisation,
  characters XML forbids), which the imports undo.
* :mod:`.exports` has one module per workbook (incident register, corrective-action
  tracker, site score cards, quarterly government report, OECD Annex II summary,
  weekly site risk report); :mod:`.exports.catalogue` lists them for the command
  line and the File > Export menu.
* :mod:`.imports` reads files (CSV, XLSX, GeoJSON, GeoPackage), checks every row,
  shows what would change, and writes in one transaction or not at all.

No Qt here: the interface runs these functions in a worker and passes
``progress(done, total, message)`` and ``cancelled()`` callables.
"""
