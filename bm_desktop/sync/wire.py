"""What travels between a laptop and the server: JSON, gzip, limits, cursors.

Push: ``POST /sync/push`` with a gzip-compressed body
``{"v": 1, "device": ..., "changes": [{"id", "t", "op", "base", "row"}]}``; the
answer has one result per change (``applied``, ``duplicate``, ``superseded`` or
``rejected`` with an HTTP-like ``code`` and a message), so one bad change never
blocks the others.

Pull: ``GET /sync/pull?cursor=...&limit=...`` answers a page of rows grouped by
table, columns named once per table (compact under gzip), and the next cursor.
The cursor is opaque to the laptop: the server starts a new laptop with a
snapshot of its scope, then follows the change feed.
"""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass
from typing import Any

import orjson

PROTOCOL = 1

# Limits the server enforces (and the client stays under).
MAX_BODY_BYTES = 4 * 1024 * 1024  # compressed request body
MAX_INFLATED_BYTES = 32 * 1024 * 1024  # after gunzip (guards against gzip bombs)
MAX_CHANGES_PER_PUSH = 2000
MAX_ROW_BYTES = 256 * 1024  # one row's JSON
MAX_PULL_LIMIT = 10000
# gzip levels: pages of the change feed are small and may cross a 64 kbit/s link
# (level 6: the fewest bytes); snapshot pages are big and mostly cross a LAN or a fast
# link at a first connection, where level 6 cost more time than the bytes it saved
# (x10 sample: 6.8 s of compression for 22.9 MB at level 6, 2.5 s for 26.6 MB at 1).
FEED_GZIP_LEVEL = 6
SNAPSHOT_GZIP_LEVEL = 1


class PayloadTooLarge(ValueError):
    pass


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )


def dumps_page(value: Any) -> bytes:
    """A pull page as JSON: the same text as :func:`dumps`, made by orjson (8 times
    faster on the 300,000 rows of a first connection). Not used for digests, whose
    bytes must never change between versions."""
    try:
        return orjson.dumps(value)
    except (TypeError, orjson.JSONEncodeError):  # e.g. an integer past 64 bits
        return dumps(value)


def loads(data: bytes) -> Any:
    """An answer's JSON (orjson; the standard parser for what orjson refuses, such as an
    integer past 64 bits). Raises ``ValueError`` when it is not JSON."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def compress(data: bytes, level: int = FEED_GZIP_LEVEL) -> bytes:
    return gzip.compress(data, compresslevel=level, mtime=0)


def inflate(data: bytes, limit: int = MAX_INFLATED_BYTES) -> bytes:
    """Gunzip at most ``limit`` bytes; a bigger result raises :class:`PayloadTooLarge`."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(str(exc)) from None
    if len(out) > limit or d.unconsumed_tail:
        raise PayloadTooLarge(f"the request inflates to more than {limit // (1024 * 1024)} MB")
    if not d.eof:
        raise ValueError("the gzip stream is truncated")
    return out


@dataclass(frozen=True)
class Cursor:
    """Where a laptop is: in the snapshot (table index, last id) or in the feed (seq)."""

    seq: int  # feed position (for a snapshot: where the feed resumes afterwards)
    snapshot: bool = False
    table: int = 0
    after: str = ""  # last row id sent in that table (hex)
    sent: int = 0
    total: int = 0

    def encode(self) -> str:
        if not self.snapshot:
            return f"f{self.seq}"
        return f"s{self.seq}.{self.table}.{self.after}.{self.sent}.{self.total}"

    @classmethod
    def decode(cls, text: str | None) -> Cursor | None:
        """None for "start from a snapshot"; ValueError for a malformed cursor."""
        if not text:
            return None
        try:
            if text[0] == "f":
                return cls(int(text[1:]))
            if text[0] == "s":
                seq, table, after, sent, total = text[1:].split(".")
                if after and (len(after) != 32 or int(after, 16) < 0):
                    raise ValueError
                return cls(int(seq), True, int(table), after, int(sent), int(total))
        except ValueError:
            pass
        raise ValueError(f"malformed sync cursor {text[:40]!r}")
