"""Exceptions the core raises; only cli/ turns them into messages and exit codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Source


class NewsparseError(Exception):
    """Base class: an input that could not be turned into an article."""

    kind = "error"

    def __init__(self, message: str = "", status: int | None = None) -> None:
        super().__init__(message)
        self.status = status  # the HTTP status of a refused response
        # The input's Source once it was read (format, sha256, final URL).
        self.source: Source | None = None


class InputError(NewsparseError):
    """The input could not be read (missing file, permission, stdin closed)."""

    kind = "input"


class FetchError(NewsparseError):
    """A URL could not be fetched: refused, timed out, non-2xx, too large."""

    kind = "fetch"


class DecodeError(NewsparseError):
    """The bytes are empty, binary, or not text in any known encoding."""

    kind = "decode"


class ExtractError(NewsparseError):
    """The input is readable but holds no article text."""

    kind = "extract"


class TimeoutExceeded(NewsparseError):
    """The per-input time limit ran out."""

    kind = "timeout"


class RobotsRefused(NewsparseError):
    """The site's robots.txt does not allow this URL (or could not be read: 5xx, unreachable)."""

    kind = "robots"


class SourceError(NewsparseError):
    """A feed or sitemap could not be read: not one, malformed, or past a limit."""

    kind = "source"
