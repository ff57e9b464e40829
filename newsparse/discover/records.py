"""The plain data discovery passes around: entries read, URLs found, problems, counts."""

from __future__ import annotations

import time
from dataclasses import field

from ..model import Record, record


@record
class Entry(Record):
    """One item of a feed or sitemap, as written there."""

    link: str | None
    title: str | None = None
    date: str | None = None  # as written: RFC 822, ISO 8601, W3C


@record
class Child(Record):
    """A feed or sitemap that a page, an index or robots.txt points to."""

    url: str
    lastmod: str | None = None  # a sitemap index's <lastmod> for it


@record
class Found(Record):
    """An article URL to print: the URL, its title and date as given, where it came from."""

    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601
    source: str | None = None  # the feed or sitemap it was listed in


@record
class Problem(Record):
    """A source that could not be read (whole): its name and what went wrong."""

    source: str
    kind: str  # an error kind: fetch, robots, source, input, timeout
    message: str


@record
class Counts(Record):
    """What a run met, for the summary line."""

    sources: int = 0
    documents: int = 0  # feeds, sitemaps and pages read
    unchanged: int = 0  # answered 304
    printed: int = 0
    seen: int = 0  # printed by an earlier run or earlier in this one
    undated: int = 0  # printed without a date (kept by --since)
    older: int = 0  # dropped by --since
    filtered: int = 0  # dropped by --same-host, --include, --exclude
    unlinked: int = 0  # entries without a usable http(s) link
    skipped_sitemaps: int = 0  # index entries older than --since, not fetched
    failed: int = 0
    started_at: float = field(default_factory=time.monotonic)

    def line(self) -> str:
        """Return the end-of-run summary line."""
        seconds = time.monotonic() - self.started_at
        parts = [f"{self.printed} new URLs from {self.documents} pages, feeds and sitemaps "
                 f"({self.unchanged} unchanged)", f"{self.seen} seen before"]
        for count, what in ((self.undated, "undated kept"), (self.older, "older than --since"),
                            (self.filtered, "filtered out"), (self.unlinked, "without a link"),
                            (self.skipped_sitemaps, "sitemaps older than --since")):
            if count:
                parts.append(f"{count} {what}")
        parts.append(f"{self.failed} failed")
        return ", ".join(parts) + f" in {seconds:.1f} s"
