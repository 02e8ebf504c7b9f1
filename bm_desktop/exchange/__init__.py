"""exchange layer of BM Desktop."""
