"""services layer of BM Desktop."""
