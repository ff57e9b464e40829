"""The inputs a run has met already, so an input listed twice is done once."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3


class Seen:
    """Input keys met in this run: a set while few, then a temporary SQLite table.

    A list of millions of URLs must not grow memory with its length; past `limit` keys
    they move to a private temporary database (SQLite keeps a few MB of it in memory and
    the rest in a file deleted on close).
    """

    def __init__(self, limit: int = 10_000) -> None:
        self.limit = limit
        self.keys: set[str] = set()
        self.db: sqlite3.Connection | None = None

    def add(self, key: str) -> bool:
        """Record `key`; return False when it was met before."""
        if self.db is not None:
            return self.db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (key,)).rowcount == 1
        if key in self.keys:
            return False
        self.keys.add(key)
        if len(self.keys) > self.limit:
            self._spill()
        return True

    def _spill(self) -> None:
        import sqlite3  # only long runs pay for it

        db = sqlite3.connect("")  # "": a private on-disk temporary database
        db.execute("CREATE TABLE seen (key TEXT PRIMARY KEY) WITHOUT ROWID")
        db.executemany("INSERT INTO seen VALUES (?)", ((k,) for k in self.keys))
        self.db = db
        self.keys = set()


def file_stamp(spec: str) -> str:
    """Return what tells whether a file input changed: "size:mtime_ns", or "missing"."""
    path = spec
    if ".warc" in spec.lower():  # a record `<archive>#<offset>` changes with its archive
        from .warc import split_spec

        path = split_spec(spec)[0]
    try:
        info = os.stat(path)
    except OSError:
        return "missing"
    return f"{info.st_size}:{info.st_mtime_ns}"
