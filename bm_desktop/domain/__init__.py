"""domain layer of BM Desktop."""
