"""db layer of BM Desktop."""
