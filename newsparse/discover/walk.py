"""From SOURCEs to article URLs: each document fetched, told apart by its content and read;
the feeds and sitemaps it leads to read in turn, depth first, within the limits."""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable, Iterator
from datetime import datetime
from urllib.parse import urlsplit

from ..acquire import host_key, is_url, printable
from ..errors import NewsparseError, SourceError
from ..logs import LazyLogger
from ..model import Record, record
from ..settings import Options
from ..state import DiscoveryState, Validators
from .fetch import Document, Fetcher
from .links import absolute, clean_url, parse_date, read_date, same_site
from .records import Child, Counts, Entry, Found, Problem

log = LazyLogger(__name__)


@record
class UrlsOptions(Record):
    """What `newsparse urls` keeps, how far it reads, how politely, and where it remembers."""

    since: datetime | None = None  # drop entries dated before this (undated ones stay)
    same_host: bool = False  # only URLs on the host of the SOURCE they came from
    include: tuple[re.Pattern, ...] = ()  # keep a URL only if one of these matches
    exclude: tuple[re.Pattern, ...] = ()  # drop a URL that one of these matches
    limit: int | None = None  # stop after this many URLs
    max_depth: int = 4  # links followed from a SOURCE: page -> index -> index -> sitemap
    max_sitemaps: int = 500  # feeds and sitemaps read for one SOURCE
    delay: float = 1.0  # seconds between two requests to one host
    obey_robots: bool = True
    state: str | None = None  # the --state file


def find_urls(sources: Iterable[str], options: UrlsOptions | None = None,
              opts: Options | None = None, counts: Counts | None = None,
              ) -> Generator[Found | Problem, None, None]:
    """Yield the new article URLs the sources lead to, and a Problem for each that fails.

    A URL counts as printed once the consumer asks for the next item after the last URL
    of its document: stop early (close the iterator) and that document's URLs are given
    again by the next run with the same state.
    """
    walk = _Walk(options or UrlsOptions(), opts or Options(), counts or Counts())
    try:
        for spec in sources:
            walk.counts.sources += 1
            yield from walk.source(spec)
            if walk.done:
                return
    finally:
        walk.state.close()


class _Walk:
    """One run: the fetcher, the state, the counts and what has been read already."""

    def __init__(self, options: UrlsOptions, opts: Options, counts: Counts) -> None:
        self.options, self.opts, self.counts = options, opts, counts
        self.state = DiscoveryState(options.state)
        self.fetcher = Fetcher(opts, options.delay, options.obey_robots)
        self.read: set[str] = set()  # documents read this run (an index may list one twice)
        self.document = 0
        self.done = False  # --limit reached

    def source(self, spec: str) -> Iterator[Found | Problem]:
        """Yield what one SOURCE leads to, its own failures included."""
        host = host_key(spec)
        stack = [(spec, 0)]
        budget = self.options.max_sitemaps
        while stack and not self.done:
            url, depth = stack.pop()
            if url in self.read:
                continue
            if budget == 0:
                yield self._problem(printable(spec), "source", f"leads to more than "
                                    f"{self.options.max_sitemaps} feeds and sitemaps "
                                    f"(--max-sitemaps); read the first "
                                    f"{self.options.max_sitemaps}")
                return
            budget -= 1
            self.read.add(url)
            try:
                children, problem = yield from self._document(url, depth, host)
            except NewsparseError as exc:
                children, problem = [], exc
            except Exception as exc:  # a bug met in one document must not end the run
                log.debug("%s: internal error", url, exc_info=True)
                children, problem = [], None
                yield self._problem(printable(url), "internal", f"internal error: {exc!r}")
            if problem is not None:
                yield self._problem(printable(url), problem.kind, str(problem))
            if children and depth >= self.options.max_depth:
                yield self._problem(printable(url), "source", f"nested deeper than "
                                    f"{self.options.max_depth} (--max-depth); "
                                    f"{len(children)} feeds or sitemaps not read")
                continue
            stack.extend((child, depth + 1) for child in reversed(children))

    def _problem(self, source: str, kind: str, message: str) -> Problem:
        self.counts.failed += 1
        return Problem(source, kind, message)

    def _document(self, url: str, depth: int, host: str | None):
        """Read one document, yielding its new URLs; return the feeds and sitemaps it names,
        and the SourceError that cut it short if one did.

        Its URLs are recorded as printed, and its validators kept, once all are yielded.
        """
        known = self.state.validators(url) if is_url(url) else None
        doc = self.fetcher.get(url, known.etag if known else None,
                               known.last_modified if known else None)
        self.document += 1
        self.counts.documents += 1
        try:
            if doc.body is None:  # 304: read before, unchanged since
                self.counts.unchanged += 1
                return list((known.children or []) if known else []), None
            try:
                children, problem = yield from self._read(doc, depth, host)
            except SourceError as exc:
                children, problem = [], exc
            # What was printed before a fault stays printed; the source is read again.
            complete = problem is None and not self.done
            kept = Validators(doc.etag, doc.last_modified, children or None)
            self.state.record(self.document, url if complete else None,
                              kept if complete and is_url(url) else None)
            return children, problem
        finally:
            doc.close()

    def _read(self, doc: Document, depth: int, host: str | None):
        """Yield a document's new URLs; return the feeds and sitemaps it names and the
        SourceError that cut it short, if one did."""
        from .feeds import page_feeds, read_feed, read_json_feed
        from .read import open_body, sniff
        from .sitemaps import read_sitemap, read_text_sitemap

        stream = open_body(doc.body, self.opts.max_bytes)
        kind = sniff(stream)
        if kind == "feed":
            entries, malformed = read_feed(stream, doc.base)
            yield from self._entries(entries, doc, host)
            return [], SourceError(malformed) if malformed else None
        if kind == "json":
            yield from self._entries(read_json_feed(stream, doc.base), doc, host)
            return [], None
        if kind in ("urlset", "index"):
            return (yield from self._sitemap(read_sitemap(stream, self.options.max_sitemaps),
                                             doc, host))
        if kind == "text":
            yield from self._entries(read_text_sitemap(stream), doc, host)
            return [], None
        if kind == "html" and depth == 0:
            return self._page(page_feeds(stream, doc.base), doc), None
        if kind == "html":
            raise SourceError("an HTML page, not a feed or sitemap")
        if kind == "unknown:empty":
            raise SourceError("an empty document, not a feed or sitemap")
        raise SourceError(f"not a feed, sitemap or HTML page ({kind.partition(':')[2]})")

    def _sitemap(self, items: Iterator[Entry | Child], doc: Document, host: str | None):
        """Yield a sitemap's new URLs; return the sitemaps an index lists (those read before
        a fault too) and the fault."""
        children: list[str] = []
        try:
            yield from self._entries(self._pages(items, doc, children), doc, host)
        except SourceError as exc:
            return children, exc
        return children, None

    def _pages(self, items: Iterator[Entry | Child], doc: Document,
               children: list[str]) -> Iterator[Entry]:
        """Yield a sitemap's pages; the sitemaps an index lists go to `children`."""
        for item in items:
            if isinstance(item, Entry):
                yield item
            else:
                self._child(item, doc, children)

    def _child(self, child: Child, doc: Document, children: list[str]) -> None:
        """Note one sitemap an index lists, unless --since says it holds nothing newer."""
        url = clean_url(absolute(child.url, doc.base)) if child.url else None
        since = self.options.since
        modified = parse_date(child.lastmod)
        if since is not None and modified is not None and modified < since:
            self.counts.skipped_sitemaps += 1
        elif url is not None:
            children.append(url)

    def _page(self, feeds: list[Child], doc: Document) -> list[str]:
        """The feeds a page announces, and its site's sitemaps: from a home page always, from
        another page when it announces no feed."""
        children = [url for url in (clean_url(f.url) for f in feeds) if url]
        base = doc.base or doc.url
        home = urlsplit(base).path in ("", "/")
        if is_url(base) and (home or not children):
            rules = self.fetcher.rules(base)
            sitemaps = rules.sitemaps() if rules is not None else []
            # Sitemap: lines should be absolute; a relative one is read against the site.
            children += [url for url in (clean_url(absolute(s, base)) for s in sitemaps) if url]
        if not children:
            raise SourceError("an HTML page that announces no feed, and its robots.txt lists "
                              "no sitemap")
        return children

    def _entries(self, entries: Iterable[Entry], doc: Document, host: str | None):
        """Yield the new URLs among a document's entries, until --limit is reached."""
        listed = linked = 0
        for entry in entries:
            if self.done:
                return
            listed += 1
            url = clean_url(absolute(entry.link, doc.base)) if entry.link else None
            if url is None:
                self.counts.unlinked += 1
                continue
            linked += 1
            found = self._keep(url, entry, doc, host)
            if found is not None:
                self.counts.printed += 1
                yield found
                if self.options.limit and self.counts.printed >= self.options.limit:
                    self.done = True
        if listed and not linked:
            raise SourceError(f"{listed} entries and not one link to an http(s) page")

    def _keep(self, url: str, entry: Entry, doc: Document, host: str | None) -> Found | None:
        """Return the entry to print, or None when a filter leaves it out or it was seen."""
        options = self.options
        if (options.same_host and not same_site(url, host)
                or options.include and not any(p.search(url) for p in options.include)
                or any(p.search(url) for p in options.exclude)):
            self.counts.filtered += 1
            return None
        moment, published = read_date(entry.date)
        if options.since is not None and moment is not None and moment < options.since:
            self.counts.older += 1
            return None
        source = printable(doc.url)
        if not self.state.take(url, source, self.document):
            self.counts.seen += 1
            return None
        if options.since is not None and moment is None:
            self.counts.undated += 1
        return Found(url, entry.title, published, source)
