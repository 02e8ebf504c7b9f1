"""geo layer of BM Desktop."""
