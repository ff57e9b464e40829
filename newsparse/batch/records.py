"""What a batch is made of: its settings, its inputs as tasks, their results, and the two
ways a run is stopped from outside."""

from __future__ import annotations

from typing import Any

from ..model import Record, record


@record
class BatchConfig(Record):
    """How a batch runs: workers, output, state, error records, politeness."""

    jobs: int = 1
    pretty: bool = False
    error_records: bool = True  # write error records for failed inputs
    delay: float = 0.0  # seconds between two requests to one host
    output_dir: str | None = None
    state: str | None = None
    retry_failed: bool = False
    progress: bool = False
    robots: bool = True  # obey each site's robots.txt


@record
class Result(Record):
    """What one input came to: its JSON record (article or error) and outcome."""

    ok: bool
    record: bytes
    sha256: str | None = None
    error_type: str | None = None
    message: str | None = None
    robots: Any = None  # the site's robots.txt (discover.robots.Robots), if fetched with it


@record
class Task(Record):
    """One input of a batch, from being pulled off the input list until written out."""

    index: int
    spec: str
    key: str | None  # state and file-name key: absolute path or URL; None for stdin
    host: str | None
    result: Result | None = None
    started: bool = False
    stamp: str | None = None  # with --state: a file's size and mtime when it was pulled


class OutputClosed(Exception):
    """The reader of stdout went away (`| head -1`): stop quietly."""


class Interrupted(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so the run stops at once and cleans up."""
