"""sync layer of BM Desktop."""
