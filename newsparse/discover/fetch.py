"""Fetching feeds, sitemaps and pages: one request at a time per host, robots.txt obeyed,
conditional requests, bodies spooled to a temporary file (memory flat, connection freed)."""

from __future__ import annotations

import sys
import tempfile
import time
from typing import IO

from ..acquire import host_key, is_url, open_file
from ..errors import FetchError
from ..fetch import body_chunks, check_status, final_url, reason, request
from ..model import Record, record
from ..polite import Politeness
from ..settings import Options
from .robots import RobotsCache, Rules, fetch_robots, origin_of

FEED_ACCEPT = ("application/rss+xml,application/atom+xml,application/feed+json,"
               "application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.8,*/*;q=0.5")
SPOOL_IN_MEMORY = 1 << 20  # larger bodies go to a temporary file


@record
class Document(Record):
    """A feed, sitemap or page as read: where from, its body, the validators it sent."""

    url: str  # as asked
    base: str | None  # where redirects ended: relative links resolve against it
    body: IO[bytes] | None = None  # positioned at the start; None when unchanged (304)
    etag: str | None = None
    last_modified: str | None = None

    def close(self) -> None:
        if self.body is not None and self.body is not sys.stdin.buffer:
            self.body.close()


class Fetcher:
    """Reads the documents of one run: per-host delay (raised by Crawl-delay), robots.txt
    fetched once per site and obeyed unless `obey_robots` is False."""

    def __init__(self, opts: Options, delay: float, obey_robots: bool = True) -> None:
        self.opts = opts
        self.obey_robots = obey_robots
        self.polite = Politeness(delay)
        self.robots = RobotsCache(opts.user_agent)

    def rules(self, url: str) -> Rules | None:
        """Return the robots.txt rules of `url`'s site, fetched the first time it is met."""
        origin = origin_of(url)
        if origin is None:
            return None
        rules = self.robots.get(origin)
        if rules is None:
            host = host_key(url)

            def learn() -> Rules:
                learnt = self.robots.learn(fetch_robots(origin, self.opts))
                # Before the request ends: the pause after it is already the Crawl-delay.
                self.polite.slow_down(host, learnt.crawl_delay())
                return learnt

            rules = self._politely(host, learn)
        return rules

    def get(self, spec: str, etag: str | None = None,
            last_modified: str | None = None) -> Document:
        """Return the document at a URL, a path or "-" (stdin); a URL robots.txt refuses
        raises RobotsRefused, one unchanged since `etag`/`last_modified` has no body."""
        if not is_url(spec):
            return _local(spec)
        if self.obey_robots:
            rules = self.rules(spec)
            if rules is not None:
                rules.check(spec)
        return self._politely(host_key(spec), lambda: self._get(spec, etag, last_modified))

    def _politely(self, host: str | None, call):
        time.sleep(self.polite.wait_time(host, time.monotonic()))
        self.polite.acquire(host)
        try:
            return call()
        finally:
            self.polite.release(host, time.monotonic())

    def _get(self, url: str, etag: str | None, last_modified: str | None) -> Document:
        from urllib3.exceptions import HTTPError

        started = time.monotonic()
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        resp = request(url, self.opts, FEED_ACCEPT, headers)
        try:
            base = final_url(resp, url)
            if resp.status == 304 and headers:
                return Document(url, base, None, etag, last_modified)
            check_status(resp, self.opts.max_bytes)
            body = tempfile.SpooledTemporaryFile(SPOOL_IN_MEMORY)
            try:
                for chunk in body_chunks(resp, self.opts.max_bytes, self.opts.timeout, started):
                    body.write(chunk)
            except BaseException:
                body.close()
                raise
            body.seek(0)
            return Document(url, base, body, resp.headers.get("ETag"),
                            resp.headers.get("Last-Modified"))
        except HTTPError as exc:
            raise FetchError(reason(exc)) from None
        finally:
            resp.release_conn()


def _local(spec: str) -> Document:
    """A document from a file or stdin: no validators, no base URL."""
    if spec == "-":
        return Document("-", None, sys.stdin.buffer)
    return Document(spec, None, open_file(spec))
