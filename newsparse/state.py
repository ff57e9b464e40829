"""The --state database: which inputs a batch has done, their content hash and outcome.

One SQLite file in WAL mode, one row per input, one transaction per finished input. The
runner writes an input's output first and marks it done here second, so a run killed
between the two redoes that input on restart (same output file name: rewritten, never
written twice).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from .errors import InputError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS inputs (
    input        TEXT PRIMARY KEY,  -- absolute path or URL
    status       TEXT NOT NULL,     -- 'ok' | 'failed'
    sha256       TEXT,              -- of the raw input bytes, when they were read
    error_type   TEXT,
    error        TEXT,
    output       TEXT,              -- file name in --output-dir, if any
    duplicate_of TEXT,              -- an earlier input with the same sha256
    attempts     INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    stamp        TEXT               -- a file's "size:mtime_ns" when done ("missing"); NULL: URL
);
CREATE INDEX IF NOT EXISTS inputs_sha256 ON inputs (sha256);
"""


# SQLite result codes (the low byte of an extended code): a damaged file, and disk trouble.
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_ERRNO = {sqlite3.SQLITE_FULL: errno.ENOSPC, sqlite3.SQLITE_IOERR: errno.EIO}
_MESSAGE = {sqlite3.SQLITE_FULL: os.strerror(errno.ENOSPC), sqlite3.SQLITE_IOERR: "I/O error"}


@dataclass(slots=True)
class Outcome:
    """What one finished input leaves in the state database."""

    input: str
    ok: bool
    sha256: str | None = None
    error_type: str | None = None
    error: str | None = None
    output: str | None = None
    stamp: str | None = None


class State:
    """An open state database."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE … COMMIT).
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode survives a killed process; only a power cut may lose the
            # last commits, and those inputs are then simply redone.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
            columns = {row[1] for row in self.db.execute("PRAGMA table_info(inputs)")}
            if "stamp" not in columns:  # a state file from before stamps: its rows keep NULL
                self.db.execute("ALTER TABLE inputs ADD COLUMN stamp TEXT")
        except sqlite3.Error as exc:
            raise InputError(f"cannot open state database {path}: {exc}") from None

    def status(self, key: str) -> str | None:
        """Return 'ok', 'failed' or None (never done) for an input."""
        row = self.lookup(key)
        return row[0] if row else None

    def lookup(self, key: str) -> tuple[str, str | None] | None:
        """Return (status, stamp) of an input done before, None if never done."""
        with self._errors():
            return self.db.execute("SELECT status, stamp FROM inputs WHERE input = ?",
                                   (key,)).fetchone()

    def mark(self, outcome: Outcome) -> str | None:
        """Record a finished input in one transaction; return the input it duplicates, if any."""
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self._errors():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                dup = self._original_of(outcome.sha256, outcome.input) if outcome.ok else None
                self.db.execute(
                    """INSERT INTO inputs (input, status, sha256, error_type, error, output,
                                           duplicate_of, updated_at, stamp)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT (input) DO UPDATE SET status = excluded.status,
                           sha256 = excluded.sha256, error_type = excluded.error_type,
                           error = excluded.error, output = excluded.output,
                           duplicate_of = excluded.duplicate_of,
                           attempts = attempts + 1, updated_at = excluded.updated_at,
                           stamp = excluded.stamp""",
                    (outcome.input, "ok" if outcome.ok else "failed", outcome.sha256,
                     outcome.error_type, outcome.error, outcome.output, dup, now,
                     outcome.stamp),
                )
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
        return dup

    @contextmanager
    def _errors(self):
        """Turn a failed database call into the run's terms.

        Damage is the state file's fault: a usage error naming it (exit 2). A full disk, an
        I/O error or a lock held too long stops the run like any write that fails (exit 1).
        """
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF in _DAMAGED:
                raise InputError(f"state database {self.path} is damaged ({exc}); recover it "
                                 f"(sqlite3 {self.path} .recover) or move it away") from None
            code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
            raise OSError(_ERRNO.get(code, 0), _MESSAGE.get(code, str(exc)), self.path) from None

    def _original_of(self, sha256: str | None, key: str) -> str | None:
        """Return the first input done with this content if it is another one, else None."""
        if not sha256:
            return None
        row = self.db.execute(
            "SELECT input FROM inputs WHERE sha256 = ? AND status = 'ok' ORDER BY rowid LIMIT 1",
            (sha256,)).fetchone()
        return row[0] if row and row[0] != key else None

    def close(self) -> None:
        self.db.close()


# `newsparse urls` keeps two more tables in the same file. They are created when a file is
# first opened by `urls`, so a state file written by `parse` alone (or by an older
# newsparse) gains them on the spot and keeps its rows.
_DISCOVERY_SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    url        TEXT PRIMARY KEY,  -- an article URL `newsparse urls` printed
    source     TEXT,              -- the feed or sitemap it came from
    printed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (
    url           TEXT PRIMARY KEY,  -- a feed, sitemap or page `newsparse urls` read whole
    etag          TEXT,
    last_modified TEXT,
    children      TEXT,              -- JSON list: the feeds and sitemaps it leads to
    checked_at    TEXT NOT NULL
);
"""


@dataclass(slots=True)
class Validators:
    """What a source answered last time: its ETag, Last-Modified and the sources it led to."""

    etag: str | None = None
    last_modified: str | None = None
    children: list | None = None


class DiscoveryState(State):
    """The URLs `newsparse urls` printed and the validators of the sources it read.

    Without a path, a private temporary database: duplicates within the run are still
    dropped, with memory flat however many URLs a run meets. URLs taken during a run wait
    in a temporary table and are recorded, with their source's validators, once the
    consumer has taken them all (`record`), in one short transaction: no write lock is
    held while output waits on a slow reader of the pipe (who may be `parse` on this file).
    """

    def __init__(self, path: str | None) -> None:
        super().__init__(path or "")
        try:
            self.db.executescript(_DISCOVERY_SCHEMA)
            # Small page caches: the tables of a long run live in files (temporary ones
            # without --state), not in memory (peak RSS flat from 5,000 to 50,000 URLs).
            self.db.execute("PRAGMA cache_size = -512")
            self.db.execute("PRAGMA temp.cache_size = -512")
            self.db.execute("CREATE TEMP TABLE taken (url TEXT PRIMARY KEY, source TEXT, "
                            "document INTEGER)")
        except sqlite3.Error as exc:
            raise InputError(f"cannot open state database: {exc}") from None

    def take(self, url: str, source: str | None, document: int) -> bool:
        """True (and remembered) for a URL printed by no earlier run and not yet by this one."""
        if self.db.execute("SELECT 1 FROM urls WHERE url = ?", (url,)).fetchone():
            return False
        cur = self.db.execute("INSERT OR IGNORE INTO temp.taken VALUES (?, ?, ?)",
                              (url, source, document))
        return cur.rowcount == 1

    def validators(self, source: str) -> Validators | None:
        """Return what `source` answered when it was last read whole, if it was."""
        row = self.db.execute("SELECT etag, last_modified, children FROM sources WHERE url = ?",
                              (source,)).fetchone()
        if row is None:
            return None
        import json

        return Validators(row[0], row[1], json.loads(row[2]) if row[2] else None)

    def record(self, document: int, source: str | None = None,
               validators: Validators | None = None) -> None:
        """Record the URLs taken from `document` as printed, and `source`'s validators."""
        import json

        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("INSERT OR IGNORE INTO urls (url, source, printed_at) "
                            "SELECT url, source, ? FROM temp.taken WHERE document = ?",
                            (now, document))
            if source is not None and validators is not None:
                children = (json.dumps(validators.children)
                            if validators.children is not None else None)
                self.db.execute(
                    """INSERT INTO sources (url, etag, last_modified, children, checked_at)
                       VALUES (?, ?, ?, ?, ?)
                       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,
                           last_modified = excluded.last_modified,
                           children = excluded.children, checked_at = excluded.checked_at""",
                    (source, validators.etag, validators.last_modified, children, now))
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
