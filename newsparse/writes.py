"""Writes that are checked: every byte written or an OSError, never a record cut short."""

from __future__ import annotations

import os
import stat


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of `data` to `fd`; raise OSError rather than stop short.

    A nearly full disk takes part of a write and reports success: the rest must be
    written (or fail) before the record counts as written.
    """
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class RecordStream:
    """stdout as records go out: each written whole and flushed, or an OSError raised."""

    def __init__(self, out) -> None:
        self.out = out
        self.fd: int | None = None
        self.started = False

    def write(self, data: bytes) -> None:
        if not self.started:
            self.started = True
            self.fd = _real_fd(self.out)
            if self.fd is not None and _ends_mid_line(self.fd):
                # An earlier run stopped inside a record: this stream starts on a line of its own.
                data = b"\n" + data
        if self.fd is None:  # a stream with no file behind it (a test runner's)
            self.out.write(data)
            self.out.flush()
        else:
            write_all(self.fd, data)


def _real_fd(out) -> int | None:
    """Return the file descriptor behind `out`, its buffer flushed first; None if it has none."""
    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):
        return None
    out.flush()
    return fd


def _ends_mid_line(fd: int) -> bool:
    """True when `fd` is a non-empty regular file whose last byte is not a newline."""
    try:
        size = os.fstat(fd).st_size if stat.S_ISREG(os.fstat(fd).st_mode) else 0
        if not size:
            return False
        try:
            last = os.pread(fd, 1, size - 1)
        except OSError:  # opened write-only (`>>`): read it through another descriptor
            with open(f"/proc/self/fd/{fd}", "rb") as f:
                last = os.pread(f.fileno(), 1, size - 1)
    except OSError:  # no way to look: leave the stream as it is
        return False
    return last != b"\n"
