"""`newsparse parse`: inputs to article records, one object for one input, NDJSON for a batch."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterator
from contextlib import nullcontext

import click

from ..errors import NewsparseError
from ..logs import NOTICE, LazyLogger
from ..settings import Options
from .messages import EXIT_FAILED, EXIT_USAGE, drop_stdout, exit_code, setup_logging
from .options import http_url, log_options, network_options, option

log = LazyLogger("newsparse")


@click.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@option("-i", "--input-list", "input_lists", multiple=True,
        type=click.Path(exists=True, dir_okay=False, allow_dash=True), metavar="FILE",
        help="File with one input (path or URL) per line; - reads the list from stdin. "
             "Blank lines and # comments are skipped.")
@option("--format", "fmt", type=click.Choice(["auto", "html", "text"]), default="auto",
        show_default=True, help="Input format; auto detects HTML by its markup.")
@option("--url", metavar="URL", callback=http_url,
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
    from ..batch import BatchConfig

    setup_logging(verbose, quiet)
    if "-" in input_lists and "-" in inputs:
        raise click.UsageError("stdin cannot be both an input list (-i -) and an input (-)")
    if not inputs and not input_lists:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("no INPUT given and stdin is a terminal")
        inputs = ("-",)
    if output_dir:  # before any input is read or listed: nothing could be written
        from ..output import writable_directory

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
    from ..acquire import expand_inputs, read_input_list

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
    from ..acquire import printable
    from ..batch import run_batch

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
        drop_stdout()
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
