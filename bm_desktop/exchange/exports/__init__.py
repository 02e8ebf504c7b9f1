"""One module per workbook; :mod:`.catalogue` lists them for the CLI and the menu."""
