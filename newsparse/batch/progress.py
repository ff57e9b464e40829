"""The counts of a run: the progress line redrawn on a terminal and the end-of-batch summary."""

from __future__ import annotations

import sys
import time
from dataclasses import field

from ..model import Record, record


@record
class Summary(Record):
    """Counts for the end-of-batch line, and why a run stopped early."""

    done: int = 0
    skipped: int = 0
    failed: int = 0
    duplicates: int = 0
    interrupted: int = 0  # the signal number that stopped the run, 0 if none
    broken_pipe: bool = False
    stopped: str | None = None  # why the run stopped early (output could not be written)
    started_at: float = field(default_factory=time.monotonic)

    def line(self) -> str:
        """Return the end-of-batch line: counts, time and rate."""
        seconds = time.monotonic() - self.started_at
        total = self.done + self.failed
        rate = f", {total / seconds:.1f}/s" if seconds > 0 and total else ""
        stop = " (interrupted)" if self.interrupted else ""
        return (f"{self.done} done, {self.skipped} skipped, {self.failed} failed, "
                f"{self.duplicates} duplicates in {seconds:.1f} s{rate}{stop}")


class Progress:
    """A one-line counter with rate on stderr, redrawn at most four times a second."""

    def __init__(self) -> None:
        self.last = 0.0

    def show(self, summary: Summary, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < 0.25:
            return
        self.last = now
        sys.stderr.write("\r\x1b[K" + summary.line())
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()
