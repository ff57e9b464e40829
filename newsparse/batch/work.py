"""One input of a batch, wherever it runs (this process or a worker): parsed under its time
limit, its site's robots.txt fetched first when not known yet, every failure an error record.

Time limit: the task runs under an interval timer (SIGALRM) that raises inside the parse; a
worker that still has not answered `HARD_KILL_GRACE` seconds past its limit (stuck in C code
that never returns to Python) is killed by the pool. With -j 1 the timer alone guards.
"""

from __future__ import annotations

import time

from ..acquire import is_url, printable
from ..deadline import time_limit
from ..errors import NewsparseError, TimeoutExceeded
from ..logs import LazyLogger
from ..model import ErrorInfo, ErrorRecord, Source
from ..settings import Options
from .records import Result

log = LazyLogger(__name__)

HARD_KILL_GRACE = 5.0  # seconds past --timeout before a silent worker is killed


def source_for(spec: str, opts: Options) -> Source:
    """Return the Source of an input that failed before it was read."""
    kind = "stdin" if spec == "-" else "url" if is_url(spec) else "file"
    if kind == "file" and ".warc" in spec.lower():
        from ..warc import is_warc  # a record of an archive, `<archive>#<offset>`

        kind = "warc" if is_warc(spec) else kind
    name = printable(spec)
    if kind != "url":
        return Source(input=name, kind=kind, url=opts.url)
    from ..fetch import utc_now

    return Source(input=name, kind=kind, url=name, fetched_at=utc_now())  # when it failed


def failure(spec: str, opts: Options, kind: str, message: str, pretty: bool,
            exc: NewsparseError | None = None) -> Result:
    """Return the Result of a failed input, with its error record.

    `exc` gives what is known beyond the input's name: the Source of an input that was read,
    the HTTP status of a refused response.
    """
    from ..serialize import to_json

    source = exc and exc.source or source_for(spec, opts)
    info = ErrorInfo(kind, message, exc.status if exc else None)
    record = ErrorRecord(source=source, error=info)
    return Result(False, to_json(record, pretty), source.sha256, kind, message)


def run_one(spec: str, opts: Options, pretty: bool) -> Result:
    """Parse one input under the time limit; every failure becomes an error Result."""
    from ..pipeline import parse_input
    from ..serialize import to_json

    try:
        with time_limit(opts.timeout):
            article = parse_input(spec, opts)
        return Result(True, to_json(article, pretty), article.source.sha256)
    except NewsparseError as exc:
        return failure(spec, opts, exc.kind, str(exc), pretty, exc)
    except Exception as exc:  # a bug met on one page must not end a batch of thousands
        log.debug("%s: internal error", spec, exc_info=True)
        return failure(spec, opts, "internal", f"internal error: {exc!r}", pretty)


def run_checked(spec: str, opts: Options, pretty: bool, robots_wait: float | None) -> Result:
    """run_one, after fetching the site's robots.txt when `robots_wait` is not None: a URL it
    refuses fails as `robots`; one it allows is fetched `robots_wait` seconds (or the
    Crawl-delay) later. The robots.txt goes back with the Result for the parent to keep."""
    if robots_wait is None:
        return run_one(spec, opts, pretty)
    from ..discover.robots import first_visit, unreachable

    try:
        with time_limit(opts.timeout):
            robots, refused, pause = first_visit(spec, opts, robots_wait)
    except TimeoutExceeded as exc:  # the timer: robots.txt took the whole time limit
        robots, refused, pause = unreachable(spec, exc)
    if refused is None:
        time.sleep(pause)
        result = run_one(spec, opts, pretty)
    else:
        result = failure(spec, opts, refused.kind, str(refused), pretty)
    result.robots = robots
    return result


def hard_limit(timeout: float | None, robots_wait: float | None) -> float:
    """Return the seconds a worker may take over a task before it is killed."""
    if not timeout:
        return 1e12
    extra = 0.0
    if robots_wait is not None:  # robots.txt first (its own time limit), then a pause
        from ..discover.robots import MAX_CRAWL_DELAY

        extra = timeout + max(robots_wait, MAX_CRAWL_DELAY)
    return timeout + extra + HARD_KILL_GRACE
