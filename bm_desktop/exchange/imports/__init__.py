"""Imports that never corrupt the data: read, check every row, show what would change,
then write in one transaction or not at all (:func:`.runner.run_import`)."""
