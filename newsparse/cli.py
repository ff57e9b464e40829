"""The command line: a thin Click shell over newsparse.pipeline."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

import click

from . import __version__
from .errors import NewsparseError
from .logs import NOTICE, LazyLogger, after_import, one_line
from .settings import DEFAULT_USER_AGENT, Options

log = LazyLogger("newsparse")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def exit_code(failed: int) -> int:
    """0 when every input was parsed, 1 when any failed (2, usage errors, is Click's)."""
    return EXIT_FAILED if failed else EXIT_OK


# Libraries that log chatter (retries, date guesses) we show only with -vv.
_NOISY = ("urllib3", "trafilatura", "htmldate", "courlan", "charset_normalizer", "dateparser")
_HANDLER = None


def _handler():
    """Log lines to stderr as `newsparse: <message>`, through click so tests capture them."""
    global _HANDLER
    if _HANDLER is None:
        import logging

        class ClickHandler(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                try:
                    # A name with a newline in it must not forge a line of its own.
                    line = one_line(record.getMessage())
                    if record.exc_info:  # -vv: the traceback as it is
                        line += "\n" + logging.Formatter().formatException(record.exc_info)
                    click.echo(f"newsparse: {line}", err=True)
                except Exception:  # stderr closed: nowhere left to say it
                    pass

        _HANDLER = ClickHandler()
    return _HANDLER


def _setup_logging(verbose: int, quiet: bool) -> None:
    """Send log records to stderr: failures always, the summary unless -q, details with -v.

    Done once `logging` is imported, by us or a library: most runs never log, and so
    never load it (start-up time).
    """
    after_import("logging", lambda: _configure_logging(verbose, quiet))


def _configure_logging(verbose: int, quiet: bool) -> None:
    import logging

    logging.addLevelName(NOTICE, "NOTICE")
    level = logging.ERROR if quiet else {0: NOTICE, 1: logging.INFO}.get(verbose, logging.DEBUG)
    root = logging.getLogger()
    handler = _handler()
    if handler not in root.handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for name in _NOISY:
        logging.getLogger(name).setLevel(logging.DEBUG if verbose >= 2 else logging.CRITICAL)


def option(*decls: str, **kwargs):
    """click.option that also reads NEWSPARSE_<LONG_NAME> from the environment.

    Click's automatic names would be NEWSPARSE_PARSE_<NAME> under the group; the documented
    names leave out the subcommand, so each option names its variable.
    """
    long = next(d for d in decls if d.startswith("--")).split("/")[0]
    kwargs.setdefault("envvar", "NEWSPARSE_" + long[2:].replace("-", "_").upper())
    kwargs.setdefault("show_envvar", True)
    return click.option(*decls, **kwargs)


class UsageLine(click.UsageError):
    """A usage error shown as one `newsparse: ` line, the form of every other message."""

    def show(self, file=None) -> None:
        hint = f" (try '{self.ctx.command_path} --help')" if self.ctx else ""
        click.echo(f"newsparse: {self.format_message()}{hint}", file=file, err=file is None)


@contextmanager
def _usage_lines():
    """Turn Click's usage errors (four lines: usage, hint, blank, error) into a UsageLine."""
    try:
        yield
    except UsageLine:
        raise
    except click.UsageError as exc:
        raise UsageLine(exc.format_message(), exc.ctx) from None


class Cli(click.Group):
    """The command group, its usage errors and its subcommands' in the `newsparse: ` form."""

    def make_context(self, *args, **kwargs):
        with _usage_lines():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx):
        with _usage_lines():  # the subcommand's options are parsed in here
            return super().invoke(ctx)


def _http_url(ctx, param, value: str | None) -> str | None:
    """Return --url or --proxy unchanged when an http(s) URL with a host; else a usage error."""
    from urllib.parse import urlsplit

    if value is None:
        return None
    try:
        parts = urlsplit(value)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # e.g. an unclosed [ of an IPv6 address
        ok = False
    if not ok:
        raise click.BadParameter(f"{value!r} is not an http(s) URL")
    return value



def network_options(command):
    """The options of every command that fetches: politeness, robots.txt, limits, retries."""
    decorators = [
        option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
               help="Seconds between two requests to the same host (one at a time per "
                    "host); a longer robots.txt Crawl-delay wins."),
        option("--ignore-robots", is_flag=True,
               help="Fetch URLs that the site's robots.txt refuses (obeyed by default)."),
        option("--connect-timeout", type=click.FloatRange(min=0, min_open=True), default=10.0,
               show_default=True, help="Seconds to wait for a connection."),
        option("--read-timeout", type=click.FloatRange(min=0, min_open=True), default=30.0,
               show_default=True, help="Seconds to wait for data from a server."),
        option("--retries", type=click.IntRange(min=0), default=2, show_default=True,
               help="Retries of a URL after a connection error, 429 or 5xx."),
        option("--backoff", type=click.FloatRange(min=0), default=0.5, show_default=True,
               help="Backoff factor: the first retry comes at once, the next after 2x this "
                    "many seconds, then 4x (a Retry-After header wins)."),
        option("--max-retry-after", type=click.FloatRange(min=0), default=60.0,
               show_default=True,
               help="Longest Retry-After (seconds) honoured; a longer one is cut to this."),
        option("--max-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
               help="Largest response body accepted, after decompression."),
        option("--user-agent", default=DEFAULT_USER_AGENT, help="User-Agent header for URLs."),
        option("--proxy", metavar="URL", callback=_http_url,
               help="HTTP(S) proxy for every URL, e.g. http://user:pass@proxy:3128 [default: "
                    "HTTP_PROXY / HTTPS_PROXY; hosts in NO_PROXY go direct either way]."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def log_options(command):
    """-v and -q."""
    command = option("-q", "--quiet", is_flag=True,
                     help="Only failures on stderr, no summary.")(command)
    return option("-v", "--verbose", count=True,
                  help="More detail on stderr (-vv for debugging).")(command)


@click.group(cls=Cli, context_settings={"help_option_names": ["-h", "--help"]})
# Click's own message, given here: its default goes through gettext, which searches the
# disk for translation catalogues at every start.
@click.version_option(__version__, "-V", "--version", prog_name="newsparse",
                      message="%(prog)s, version %(version)s")
def cli() -> None:
    """Turn news articles (URLs, HTML pages, plain text) into structured JSON."""


@cli.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@option("-i", "--input-list", "input_lists", multiple=True,
        type=click.Path(exists=True, dir_okay=False, allow_dash=True), metavar="FILE",
        help="File with one input (path or URL) per line; - reads the list from stdin. "
             "Blank lines and # comments are skipped.")
@option("--format", "fmt", type=click.Choice(["auto", "html", "text"]), default="auto",
        show_default=True, help="Input format; auto detects HTML by its markup.")
@option("--url", metavar="URL", callback=_http_url,
        help="Page URL of a file or stdin input (for metadata); one input only.")
@option("--pretty", is_flag=True, help="Indent the JSON.")
@option("-o", "--output-dir", type=click.Path(file_okay=False), metavar="DIR",
        help="Write one JSON file per input here (named from its URL or path) "
             "instead of stdout.")
@option("--state", type=click.Path(dir_okay=False), metavar="FILE",
        help="SQLite file recording inputs done: a re-run skips them and reports duplicates.")
@option("--retry-failed", is_flag=True, help="With --state, redo inputs that failed before.")
@option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1,
        show_default="number of CPUs", help="Inputs parsed at once, each in its own process.")
@option("--timeout", type=click.FloatRange(min=0, min_open=True), default=120.0,
        show_default=True, help="Seconds one input may take, download and parse together.")
@option("--error-records/--no-error-records", default=True, show_default=True,
        help="With several inputs, write an error record for each failed input.")
@network_options
@option("--progress/--no-progress", default=None,
        help="Progress line on stderr [default: when stderr is a terminal].")
@log_options
def parse(inputs: tuple[str, ...], input_lists: tuple[str, ...], fmt: str, url: str | None,
          pretty: bool, output_dir: str | None, state: str | None, retry_failed: bool,
          jobs: int, timeout: float, error_records: bool, delay: float,
          ignore_robots: bool, connect_timeout: float, read_timeout: float, retries: int,
          backoff: float, max_retry_after: float, max_bytes: int, user_agent: str,
          proxy: str | None, progress: bool | None, verbose: int, quiet: bool) -> None:
    """Parse articles into JSON: one object for one input, NDJSON for several.

    INPUT is a file path, an http(s) URL, a directory (its .html, .htm, .xhtml, .txt, .md,
    .markdown and .gz files), or - for stdin (the default when stdin is a pipe and no -i
    is given).

    Exit status: 0 all parsed, 1 some input failed (or stdout closed early), 2 usage
    error, 130/143 stopped by SIGINT/SIGTERM.
    """
    from .batch import BatchConfig

    _setup_logging(verbose, quiet)
    if "-" in input_lists and "-" in inputs:
        raise click.UsageError("stdin cannot be both an input list (-i -) and an input (-)")
    if not inputs and not input_lists:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("no INPUT given and stdin is a terminal")
        inputs = ("-",)
    if output_dir:  # before any input is read or listed: nothing could be written
        from .output import writable_directory

        try:
            writable_directory(output_dir)
        except NewsparseError as exc:
            log.error("%s", exc)  # as for an unusable state file: one line, exit 2
            sys.exit(EXIT_USAGE)
    opts = Options(format=fmt, url=url, connect_timeout=connect_timeout,
                   read_timeout=read_timeout, max_bytes=max_bytes, user_agent=user_agent,
                   retries=retries, backoff=backoff, max_retry_after=max_retry_after,
                   timeout=timeout, proxy=proxy)
    cfg = BatchConfig(jobs=jobs, pretty=pretty, error_records=error_records, delay=delay,
                      robots=not ignore_robots,
                      output_dir=output_dir, state=state, retry_failed=retry_failed,
                      progress=sys.stderr.isatty() if progress is None else progress)
    skipped: dict = {}  # WARC archive -> its records that are not pages
    empty: list[str] = []  # input lists that held no input
    sys.exit(_run(_all_inputs(inputs, input_lists, skipped, empty), opts, cfg, skipped, empty))


def _all_inputs(inputs: tuple[str, ...], input_lists: tuple[str, ...],
                skipped: dict, empty: list[str]) -> Iterator[str]:
    """Yield the INPUT arguments, then each input list's lines, directories walked lazily.

    An input list with no input in it is added to `empty`: a list that a mistyped `find`
    or glob left empty is a failure, not a silent success.
    """
    from .acquire import expand_inputs, read_input_list

    yield from expand_inputs(inputs, skipped)
    for name in input_lists:
        count = 0
        # Lines are read as they are needed: a list of a million URLs is never held whole.
        with (nullcontext(sys.stdin) if name == "-"
              else open(name, encoding="utf-8", errors="surrogateescape")) as lines:
            for spec in expand_inputs(read_input_list(lines), skipped):
                count += 1
                yield spec
        if not count:
            empty.append("<stdin>" if name == "-" else name)


def _run(specs: Iterator[str], opts: Options, cfg, skipped: dict, empty: list[str]) -> int:
    """Run the inputs and return the exit status; a batch ends with a summary line."""
    from .acquire import printable
    from .batch import run_batch

    first = list(itertools.islice(specs, 2))  # one input or a batch? look two ahead
    is_batch = len(first) > 1
    if is_batch and opts.url:  # one page URL for many pages would be wrong for all but one
        raise click.UsageError("--url names the page of one input; give it a single INPUT")
    if not is_batch:
        cfg.jobs = 1  # one input: no worker processes, no summary (unless --state)
    out = sys.stdout.buffer
    stream_errors = cfg.error_records and (is_batch or cfg.output_dir is not None)
    try:
        summary = run_batch(itertools.chain(first, specs), opts, cfg, out, stream_errors)
    except NewsparseError as exc:  # the state database or output directory is unusable
        log.error("%s", exc)  # one line, however far the run got: no usage text
        return EXIT_USAGE
    if summary.broken_pipe or summary.stopped:
        # stdout pointed at /dev/null so the interpreter's last flush at exit cannot fail.
        _drop_stdout()
    if summary.broken_pipe:  # the reader left (`| head`): end quietly
        return EXIT_FAILED
    if summary.stopped:
        log.error("stopped: %s", summary.stopped)
    for archive, counts in skipped.items():
        log.log(NOTICE, "%s: %s", printable(archive), counts.describe())
    for name in empty:  # each counts as a failed input
        if name == "<stdin>" and cfg.state:
            # `newsparse urls --state … | newsparse parse -i - --state …`: an incremental
            # pipe is empty whenever nothing is new, and its first command reports its own
            # failures.
            continue
        log.error("%s: no input in this list", printable(name))
        summary.failed += 1
    if is_batch or cfg.state or not first:
        # With no input at all (an empty directory or list) say so rather than print nothing.
        log.log(NOTICE, summary.line())
    if summary.interrupted:
        return 128 + summary.interrupted
    return exit_code(summary.failed + bool(summary.stopped))


def _drop_stdout() -> None:
    """Point stdout at /dev/null, dropping what is buffered for a reader that is gone."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test runner's stream)
        pass


@cli.command()
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
    from .discover import UrlsOptions
    from .discover.links import parse_since

    _setup_logging(verbose, quiet)
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
    from .acquire import read_input_list

    for name in names:
        if name == "-":
            yield from read_input_list(sys.stdin)
            continue
        with open(name, encoding="utf-8", errors="surrogateescape") as f:
            yield from read_input_list(f)


def _print_urls(specs: Iterator[str], options, opts: Options, ndjson: bool) -> int:
    """Print what the sources lead to; return the exit status."""
    import orjson

    from .discover import Counts, Found, find_urls

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
        _drop_stdout()
        return EXIT_FAILED
    except KeyboardInterrupt:
        items.close()
        return 130
    log.log(NOTICE, counts.line())
    return exit_code(counts.failed)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the output records."""
    import json

    from .schema import output_schema

    click.echo(json.dumps(output_schema(), indent=2))


def main() -> None:
    """Console-script entry point; options also read NEWSPARSE_<OPTION> variables."""
    cli(auto_envvar_prefix="NEWSPARSE")
