"""ui layer of BM Desktop."""
