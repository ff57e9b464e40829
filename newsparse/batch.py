"""The batch runner: many inputs through parse_input, in parallel, in order, resumable.

Shape of a run (cli.py builds the pieces, `run_batch` drives them):

- inputs are pulled lazily from an iterator into a bounded window, so memory stays flat
  however long the input list is;
- `--state` inputs already done are skipped as they are pulled;
- tasks are handed to worker processes (or run in this process with -j 1), at most one at
  a time per host and `delay` seconds apart, decided here in the parent for all workers;
- results are emitted strictly in input order: output written first (stdout line, or an
  atomic file), then the input marked done in the state database.

Time limit: each task runs under an interval timer (SIGALRM) that raises inside the
parse; a worker that still has not answered `HARD_KILL_GRACE` seconds later (stuck in C
code that never returns to Python) is killed and replaced, and its input becomes a
"timeout" error record. With -j 1 the timer alone guards.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import field
from typing import Any

from .acquire import host_key, is_url, printable
from .deadline import time_limit
from .errors import NewsparseError, TimeoutExceeded
from .logs import LazyLogger
from .model import ErrorInfo, ErrorRecord, Record, Source, record
from .settings import Options

log = LazyLogger(__name__)

HARD_KILL_GRACE = 5.0  # seconds past --timeout before a silent worker is killed


@record
class BatchConfig(Record):
    """How a batch runs: workers, output, state, error records, politeness."""

    jobs: int = 1
    pretty: bool = False
    error_records: bool = True  # write error records for failed inputs
    delay: float = 0.0  # seconds between two requests to one host
    output_dir: str | None = None
    state: str | None = None
    retry_failed: bool = False
    progress: bool = False
    robots: bool = True  # obey each site's robots.txt


@record
class Result(Record):
    """What one input came to: its JSON record (article or error) and outcome."""

    ok: bool
    record: bytes
    sha256: str | None = None
    error_type: str | None = None
    message: str | None = None
    robots: Any = None  # the site's robots.txt (discover.robots.Robots), if fetched with it


@record
class Task(Record):
    """One input of a batch, from being pulled off the input list until written out."""

    index: int
    spec: str
    key: str | None  # state and file-name key: absolute path or URL; None for stdin
    host: str | None
    result: Result | None = None
    started: bool = False
    stamp: str | None = None  # with --state: a file's size and mtime when it was pulled


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


class OutputClosed(Exception):
    """The reader of stdout went away (`| head -1`): stop quietly."""


class Interrupted(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so the run stops at once and cleans up."""


# ---------------------------------------------------------------------------- one input


def source_for(spec: str, opts: Options) -> Source:
    """Return the Source of an input that failed before it was read."""
    kind = "stdin" if spec == "-" else "url" if is_url(spec) else "file"
    if kind == "file" and ".warc" in spec.lower():
        from .warc import is_warc  # a record of an archive, `<archive>#<offset>`

        kind = "warc" if is_warc(spec) else kind
    name = printable(spec)
    if kind != "url":
        return Source(input=name, kind=kind, url=opts.url)
    from .fetch import utc_now

    return Source(input=name, kind=kind, url=name, fetched_at=utc_now())  # when it failed


def failure(spec: str, opts: Options, kind: str, message: str, pretty: bool,
            exc: NewsparseError | None = None) -> Result:
    """Return the Result of a failed input, with its error record.

    `exc` gives what is known beyond the input's name: the Source of an input that was read,
    the HTTP status of a refused response.
    """
    from .serialize import to_json

    source = exc and exc.source or source_for(spec, opts)
    info = ErrorInfo(kind, message, exc.status if exc else None)
    record = ErrorRecord(source=source, error=info)
    return Result(False, to_json(record, pretty), source.sha256, kind, message)


def run_one(spec: str, opts: Options, pretty: bool) -> Result:
    """Parse one input under the time limit; every failure becomes an error Result."""
    from .pipeline import parse_input
    from .serialize import to_json

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
    from .discover.robots import first_visit, unreachable

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


class RobotsGate:
    """robots.txt in the parent: known sites' refusals decided here, the first input of a
    site told to fetch its file, the file then learnt from that input's Result."""

    def __init__(self, cfg: BatchConfig, opts: Options) -> None:
        self.sites = None
        if cfg.robots:
            from .discover.robots import SiteRules

            self.sites = SiteRules(opts.user_agent, cfg.delay)

    def fetch_with(self, task: Task) -> float | None:
        """None if the task needs no robots.txt first, else the pause after fetching it."""
        return self.sites.fetch_with(task.spec) if self.sites and task.host else None

    def refused(self, task: Task, opts: Options, pretty: bool) -> Result | None:
        """The failed Result of a URL that its site's known robots.txt refuses, else None."""
        refusal = self.sites.refusal(task.spec) if self.sites and task.host else None
        return None if refusal is None else failure(task.spec, opts, refusal.kind,
                                                    str(refusal), pretty)

    def learn(self, task: Task, result: Result, polite: Politeness) -> None:
        """Keep the robots.txt a task fetched; its Crawl-delay paces the host from now on."""
        if self.sites is not None and result.robots is not None:
            polite.slow_down(task.host, self.sites.learn(result.robots))
            result.robots = None


# ---------------------------------------------------------------------------- workers


def _worker_main(conn, opts: Options, pretty: bool, inherited: list, forked: bool) -> None:
    """Worker process: receive (index, spec, robots_wait), send back (index, Result), until
    told to stop."""
    if not forked:
        # A spawned worker has none of the parent's logging set-up; without a handler,
        # Python would print library warnings (urllib3 retries) raw on stderr.
        import logging

        logging.getLogger().addHandler(logging.NullHandler())
    # A forked child holds copies of the parent's ends of every pipe; while they are open
    # here, a dead parent never looks dead (no EOF) and the worker would wait for ever.
    for parent_end in inherited:
        parent_end.close()
    # The parent handles Ctrl-C and SIGTERM for the whole group, then stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if message is None:
            return
        index, spec, robots_wait = message
        result = run_checked(spec, opts, pretty, robots_wait)
        try:
            conn.send((index, result))
        except OSError:
            return


_PARENT_ENDS: set = set()  # this process's ends of the pipes to live workers


class _Worker:
    """One worker process and the task it is running."""

    def __init__(self, ctx, opts: Options, pretty: bool) -> None:
        self.conn, child = ctx.Pipe()
        forked = ctx.get_start_method() == "fork"
        inherited = [*_PARENT_ENDS, self.conn] if forked else []
        self.proc = ctx.Process(target=_worker_main, args=(child, opts, pretty, inherited, forked),
                                daemon=True)
        self.proc.start()
        child.close()
        _PARENT_ENDS.add(self.conn)
        self.task: Task | None = None
        self.deadline = float("inf")

    def start(self, task: Task, timeout: float | None, robots_wait: float | None = None) -> None:
        self.conn.send((task.index, task.spec, robots_wait))
        self.task, task.started = task, True
        extra = 0.0
        if robots_wait is not None:  # robots.txt first (its own time limit), then a pause
            from .discover.robots import MAX_CRAWL_DELAY

            extra = (timeout or 0.0) + max(robots_wait, MAX_CRAWL_DELAY)
        self.deadline = time.monotonic() + (timeout + extra + HARD_KILL_GRACE
                                            if timeout else 1e12)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join()
        self._close()

    def _close(self) -> None:
        _PARENT_ENDS.discard(self.conn)
        self.conn.close()

    def stop(self) -> None:
        """Ask an idle worker to exit; kill it if it does not."""
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(timeout=1)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self._close()


def _context():
    """fork when this process has no other thread (cheap start and restart), else spawn."""
    import multiprocessing  # only batches with -j > 1 pay for it

    from . import pipeline  # noqa: F401  (loaded once here, shared by the forked workers)

    # Forking a process with threads can deadlock a child on a lock held by another thread
    # (an API caller's threads, a test server): spawn a clean interpreter then.
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


# ---------------------------------------------------------------------------- politeness


class Politeness:
    """Per host: one request at a time, and `delay` seconds from the end of one to the next."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.busy: set[str] = set()
        self.free_at: dict[str, float] = {}
        self.slower: dict[str, float] = {}  # host -> its robots.txt Crawl-delay, if longer

    def slow_down(self, host: str | None, seconds: float) -> None:
        """Keep at least `seconds` between requests to `host` (its Crawl-delay)."""
        if host is not None and seconds > self.delay:
            self.slower[host] = seconds
            if len(self.slower) > 10_000:  # memory stays flat over many hosts
                self.slower.pop(next(iter(self.slower)))

    def wait_time(self, host: str | None, now: float) -> float:
        """Seconds until `host` may be asked again (inf while a request to it runs)."""
        if host is None:
            return 0.0
        if host in self.busy:
            return float("inf")
        return max(0.0, self.free_at.get(host, 0.0) - now)

    def acquire(self, host: str | None) -> None:
        if host is not None:
            self.busy.add(host)

    def release(self, host: str | None, now: float) -> None:
        """Mark the request to `host` finished at `now`; the next may start `delay` later."""
        if host is None:
            return
        self.busy.discard(host)
        delay = self.slower.get(host, self.delay)
        if delay:
            self.free_at[host] = now + delay
        if len(self.free_at) > 10_000:  # forget hosts whose pause is over: memory stays flat
            self.free_at = {h: t for h, t in self.free_at.items() if t > now}


# ---------------------------------------------------------------------------- output


class Sink:
    """Where results go, in input order: stdout or --output-dir, then --state."""

    def __init__(self, cfg: BatchConfig, out, summary: Summary, stream_errors: bool,
                 stdin_url: str | None = None) -> None:
        from .writes import RecordStream

        self.cfg, self.out, self.summary = cfg, RecordStream(out), summary
        self.stdin_url = stdin_url  # --url: names stdin's output file
        self.stream_errors = stream_errors
        self.outdir = self.state = None
        # Imported only when asked for: a one-file run stays as light as it was.
        if cfg.output_dir:
            from .output import OutputDir

            self.outdir = OutputDir(cfg.output_dir)
        if cfg.state:
            from .state import State

            self.state = State(cfg.state)
        self.progress = Progress() if cfg.progress else None

    def should_skip(self, key: str | None, stamp: str | None = None) -> bool:
        """True for an input the state database records as done, and unchanged since."""
        if self.state is None or key is None:
            return False
        done = self.state.lookup(key)
        if done is None:
            return False
        status, recorded = done
        if stamp and recorded and stamp != recorded:  # the file was edited: parse it again
            return False
        return status == "ok" or (status == "failed" and not self.cfg.retry_failed)

    def emit(self, task: Task, result: Result) -> None:
        """Write one result, then mark its input done (the order makes a kill safe)."""
        name = None
        if self.outdir:
            from .output import file_name, stdin_name

            name = (stdin_name(self.stdin_url, result.sha256) if task.spec == "-"
                    else file_name(task.key or task.spec))
        keep = result.ok or self.stream_errors
        if self.outdir and name:
            result, keep = self._write_file(name, result, keep)
        elif keep:
            try:
                # Flushed at once: a pipe sees each article as soon as it is ready.
                self.out.write(result.record + b"\n")
            except BrokenPipeError:
                raise OutputClosed() from None
            except OSError as exc:
                raise OSError(exc.errno, exc.strerror, "<stdout>") from None
        if not result.ok:
            if self.progress:
                self.progress.clear()  # the message gets a line of its own
            log.error("%s: %s", _display(task.spec), result.message)
        if self.state is not None and task.key is not None:
            from .state import Outcome

            dup = self.state.mark(Outcome(task.key, result.ok, result.sha256, result.error_type,
                                          result.message, name if keep else None, task.stamp))
            if dup:
                self.summary.duplicates += 1
                log.info("%s: same content as %s", _display(task.spec), dup)
        if result.ok:
            self.summary.done += 1
        else:
            self.summary.failed += 1
        if self.progress:
            self.progress.show(self.summary)

    def _write_file(self, name: str, result: Result, keep: bool) -> tuple[Result, bool]:
        """Write (or remove) an input's file; a directory in its way fails that input alone."""
        assert self.outdir is not None
        try:
            if keep:
                self.outdir.write(name, result.record + b"\n")
            else:
                self.outdir.remove(name)
        except IsADirectoryError as exc:
            message = f"cannot write {exc.filename}: a directory is in the way"
            return Result(False, b"", None, "output", message), False
        return result, keep

    def close(self) -> None:
        if self.progress:
            self.progress.clear()
        if self.state is not None:
            self.state.close()


def _display(spec: str) -> str:
    return "<stdin>" if spec == "-" else printable(spec)


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


# ---------------------------------------------------------------------------- the run


def input_key(spec: str) -> str | None:
    """Return the key an input is known by across runs: absolute path, URL; None for stdin."""
    if spec == "-":
        return None
    return printable(spec if is_url(spec) else os.path.abspath(spec))


def run_batch(specs: Iterable[str], opts: Options, cfg: BatchConfig, out,
              stream_errors: bool) -> Summary:
    """Run every input and return the counts; stops cleanly on SIGINT, SIGTERM, closed pipe."""
    summary = Summary()
    sink = Sink(cfg, out, summary, stream_errors, opts.url)
    previous = _on_sigterm()
    try:
        tasks = _tasks(specs, sink)
        if cfg.jobs <= 1:
            _run_here(tasks, opts, cfg, sink)
        else:
            _run_pool(tasks, opts, cfg, sink)
    except KeyboardInterrupt as exc:
        summary.interrupted = signal.SIGTERM if isinstance(exc, Interrupted) else signal.SIGINT
    except OutputClosed:
        summary.broken_pipe = True
    except OSError as exc:  # disk full, too many processes: the run cannot go on
        summary.stopped = exc.strerror or str(exc)
        if exc.filename:
            summary.stopped = f"{exc.filename}: {summary.stopped}"
    finally:
        signal.signal(signal.SIGTERM, previous)
        sink.close()
    return summary


def _on_sigterm():
    """Make SIGTERM stop the run the way Ctrl-C does; return the previous handler."""
    def handler(signum, frame):
        raise Interrupted()

    if threading.current_thread() is not threading.main_thread():
        return signal.getsignal(signal.SIGTERM)
    return signal.signal(signal.SIGTERM, handler)


def _tasks(specs: Iterable[str], sink: Sink) -> Iterator[Task]:
    """Yield a Task per input still to do, counting the ones skipped: done by an earlier run
    (the state says so, and the file is unchanged) or met earlier in this one."""
    from .seen import Seen, file_stamp

    seen = Seen()
    index = 0
    for spec in specs:
        key = input_key(spec)
        if key is not None and not seen.add(key):
            sink.summary.skipped += 1
            log.info("%s: listed again, done once", printable(spec))
            continue
        stamp = file_stamp(spec) if sink.state is not None and key and not is_url(spec) else None
        if sink.should_skip(key, stamp):
            sink.summary.skipped += 1
            log.debug("%s: already done, skipped", spec)
            continue
        yield Task(index, spec, key, host_key(spec), stamp=stamp)
        index += 1


def _run_here(tasks: Iterator[Task], opts: Options, cfg: BatchConfig, sink: Sink) -> None:
    """-j 1: each input in this process, one after the other."""
    polite = Politeness(cfg.delay)
    gate = RobotsGate(cfg, opts)
    for task in tasks:
        result = gate.refused(task, opts, cfg.pretty)
        if result is None:
            time.sleep(polite.wait_time(task.host, time.monotonic()))
            polite.acquire(task.host)
            try:
                result = run_checked(task.spec, opts, cfg.pretty, gate.fetch_with(task))
                gate.learn(task, result, polite)  # before release: its Crawl-delay counts now
            finally:
                polite.release(task.host, time.monotonic())
        sink.emit(task, result)


def _run_pool(tasks: Iterator[Task], opts: Options, cfg: BatchConfig, sink: Sink) -> None:
    """-j N: worker processes, a bounded window of inputs, results emitted in input order."""
    ctx = _context()
    polite = Politeness(cfg.delay)
    gate = RobotsGate(cfg, opts)
    window: deque[Task] = deque()
    idle: list[_Worker] = []
    busy: dict[object, _Worker] = {}  # connection -> worker
    limit = max(8 * cfg.jobs, 32)  # room to keep workers busy behind one slow input
    exhausted = False
    try:
        while True:
            # Written before reading more input: `-i -` may block until its writer goes on.
            _emit_ready(window, sink)
            while not exhausted and len(window) < limit:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                else:
                    window.append(task)
            if not window:
                return
            pause = _dispatch(window, idle, busy, polite, gate, ctx, opts, cfg)
            _emit_ready(window, sink)
            if window:
                _collect(busy, idle, polite, gate, opts, cfg, pause)
    finally:
        for worker in idle:
            worker.stop()
        for worker in busy.values():
            worker.kill()


def _emit_ready(window: deque[Task], sink: Sink) -> None:
    """Write the finished results at the head of the window, in input order."""
    while window and (result := window[0].result) is not None:
        sink.emit(window.popleft(), result)


def _dispatch(window, idle, busy, polite, gate, ctx, opts, cfg) -> float:
    """Start every waiting task whose host is free; return seconds until a host frees up."""
    now, pause = time.monotonic(), 1.0
    for task in window:
        if task.started or task.result is not None:
            continue
        if task.spec == "-":  # stdin belongs to this process
            task.started, task.result = True, run_one("-", opts, cfg.pretty)
            continue
        refused = gate.refused(task, opts, cfg.pretty)
        if refused is not None:  # its site's robots.txt is known: no worker needed
            task.started, task.result = True, refused
            continue
        wait = polite.wait_time(task.host, now)
        if wait > 0:
            pause = min(pause, wait)
            continue
        if idle:
            worker = idle.pop()
        elif len(busy) < cfg.jobs:
            worker = _Worker(ctx, opts, cfg.pretty)
        else:
            break
        robots_wait = gate.fetch_with(task)
        try:
            worker.start(task, opts.timeout, robots_wait)
        except OSError:  # an idle worker that died: replace it
            worker.kill()
            worker = _Worker(ctx, opts, cfg.pretty)
            worker.start(task, opts.timeout, robots_wait)
        polite.acquire(task.host)
        busy[worker.conn] = worker
    return pause


def _collect(busy: dict, idle: list, polite: Politeness, gate: RobotsGate, opts: Options,
             cfg: BatchConfig, pause: float) -> None:
    """Wait for results (or a host's pause to end); kill workers past their hard deadline."""
    from multiprocessing.connection import wait as wait_connections

    now = time.monotonic()
    timeout = min([pause] + [w.deadline - now for w in busy.values()])
    timeout = max(0.0, timeout)
    if not busy:
        time.sleep(timeout)
        return
    for conn in wait_connections(list(busy), timeout):
        worker = busy.pop(conn)
        conn = worker.conn
        task = worker.task
        try:
            _, result = conn.recv()
            idle.append(worker)
        except (EOFError, OSError):  # the worker died (out of memory, a crash in C code)
            worker.kill()
            result = failure(task.spec, opts, "internal", "worker process died", cfg.pretty)
        task.result = result
        gate.learn(task, result, polite)
        polite.release(task.host, time.monotonic())
    now = time.monotonic()
    for conn, worker in list(busy.items()):
        if worker.deadline <= now:
            del busy[conn]
            worker.kill()
            task = worker.task
            log.debug("%s: worker killed after %.0f s", task.spec, opts.timeout or 0)
            task.result = failure(task.spec, opts, "timeout",
                                  f"took longer than {opts.timeout:g} s", cfg.pretty)
            polite.release(task.host, now)
