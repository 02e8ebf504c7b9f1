"""sync/server layer of BM Desktop."""
