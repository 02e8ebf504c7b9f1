"""Workbook building blocks shared by every export (styles, streaming sheets, tables, covers)."""
