"""`newsparse urls`: the article URLs that feeds, sitemaps and sites list, one per line."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator

import click

from ..errors import NewsparseError
from ..logs import NOTICE, LazyLogger
from ..settings import Options
from .messages import EXIT_FAILED, drop_stdout, exit_code, setup_logging
from .options import log_options, network_options, option

log = LazyLogger("newsparse")


@click.command()
@click.argument("sources", nargs=-1, metavar="[SOURCE]...")
@option("-i", "--input-list", "input_lists", multiple=True, envvar="NEWSPARSE_URLS_INPUT_LIST",
        type=click.Path(exists=True, dir_okay=False, allow_dash=True), metavar="FILE",
        help="File with one SOURCE per line (- for stdin); blank lines and # comments skipped.")
@option("--ndjson", is_flag=True,
        help="One JSON object per URL: url, title, published, source.")
@option("--since", metavar="DATE|DURATION",
        help="Only entries dated since then: 2026-11-30, 2026-11-30T06:00Z, 24h, 7d, 2w "
             "(entries without a date are kept and counted).")
@option("--same-host", is_flag=True,
        help="Only URLs on the host of their SOURCE (www. aside).")
@option("--include", multiple=True, metavar="REGEX",
        help="Only URLs this pattern finds (repeat: any of them).")
@option("--exclude", multiple=True, metavar="REGEX",
        help="Leave out URLs this pattern finds (repeat: any of them).")
@option("--limit", type=click.IntRange(min=1), metavar="N", help="Stop after N URLs.")
@option("--state", type=click.Path(dir_okay=False), metavar="FILE",
        help="SQLite file (the one `parse --state` uses): URLs printed once are never printed "
             "again, and feeds are fetched with conditional requests.")
@option("--max-depth", type=click.IntRange(min=0), default=4, show_default=True,
        help="Links followed from a SOURCE (page, index, nested index, sitemap).")
@option("--max-sitemaps", type=click.IntRange(min=1), default=500, show_default=True,
        help="Most feeds and sitemaps read for one SOURCE.")
@option("--timeout", type=click.FloatRange(min=0, min_open=True), default=120.0,
        show_default=True, help="Seconds one feed, sitemap or page may take to download.")
@network_options
@log_options
def urls(sources: tuple[str, ...], input_lists: tuple[str, ...], ndjson: bool,
         since: str | None, same_host: bool, include: tuple[str, ...],
         exclude: tuple[str, ...], limit: int | None, state: str | None, max_depth: int,
         max_sitemaps: int, timeout: float, delay: float, ignore_robots: bool,
         connect_timeout: float, read_timeout: float, retries: int, backoff: float,
         max_retry_after: float, max_bytes: int, user_agent: str, proxy: str | None,
         verbose: int, quiet: bool) -> None:
    """Print the article URLs that feeds, sitemaps and sites list, one per line.

    SOURCE is an RSS, Atom, RDF or JSON feed, an XML, gzipped, News or plain-text sitemap,
    a sitemap index, or an HTML page (its <link rel="alternate"> feeds and, for a home
    page, the sitemaps in its site's robots.txt): a URL, a file, or - for stdin.

    Exit status: 0 every source read, 1 some source failed (or stdout closed early),
    2 usage error, 130 stopped by SIGINT.
    """
    from ..discover import UrlsOptions
    from ..discover.links import parse_since

    setup_logging(verbose, quiet)
    if not sources and not input_lists:
        raise click.UsageError("no SOURCE given")
    if "-" in input_lists and "-" in sources:
        raise click.UsageError("stdin cannot be both a source list (-i -) and a SOURCE (-)")
    try:
        moment = parse_since(since) if since else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since") from None
    options = UrlsOptions(since=moment, same_host=same_host, include=_patterns(include,
                          "--include"), exclude=_patterns(exclude, "--exclude"), limit=limit,
                          max_depth=max_depth, max_sitemaps=max_sitemaps, delay=delay,
                          obey_robots=not ignore_robots, state=state)
    opts = Options(connect_timeout=connect_timeout, read_timeout=read_timeout,
                   max_bytes=max_bytes, user_agent=user_agent, retries=retries,
                   backoff=backoff, max_retry_after=max_retry_after, timeout=timeout,
                   proxy=proxy)
    specs = itertools.chain(sources, _list_lines(input_lists))
    sys.exit(_print_urls(specs, options, opts, ndjson))


def _patterns(values: tuple[str, ...], name: str) -> tuple:
    import re

    try:
        return tuple(re.compile(v) for v in values)
    except re.error as exc:
        raise click.BadParameter(f"not a regular expression: {exc}", param_hint=name) from None


def _list_lines(names: tuple[str, ...]) -> Iterator[str]:
    """Yield the lines of input lists, read as they are needed."""
    from ..acquire import read_input_list

    for name in names:
        if name == "-":
            yield from read_input_list(sys.stdin)
            continue
        with open(name, encoding="utf-8", errors="surrogateescape") as f:
            yield from read_input_list(f)


def _print_urls(specs: Iterator[str], options, opts: Options, ndjson: bool) -> int:
    """Print what the sources lead to; return the exit status."""
    import orjson

    from ..discover import Counts, Found, find_urls

    counts = Counts()
    items = find_urls(specs, options, opts, counts)
    out = sys.stdout.buffer
    try:
        for item in items:
            if not isinstance(item, Found):
                log.error("%s: %s", item.source, item.message)
                continue
            line = orjson.dumps(item) if ndjson else item.url.encode()
            out.write(line + b"\n")
            out.flush()  # the next command in a pipe starts on each URL at once
    except NewsparseError as exc:  # the state database is unusable
        raise click.UsageError(str(exc)) from None
    except BrokenPipeError:  # the reader left (`| head`): the URLs not taken come again
        items.close()
        drop_stdout()
        return EXIT_FAILED
    except KeyboardInterrupt:
        items.close()
        return 130
    log.log(NOTICE, counts.line())
    return exit_code(counts.failed)
