"""The batch runner: many inputs through parse_input, in parallel, in order, resumable.

Shape of a run (cli/parse_command.py builds the pieces, `run_batch` drives them):

- inputs are pulled lazily from an iterator into a bounded window, so memory stays flat
  however long the input list is;
- `--state` inputs already done are skipped as they are pulled;
- tasks are handed to worker processes (or run in this process with -j 1), at most one at
  a time per host and `delay` seconds apart, decided here in the parent for all workers;
- results are emitted strictly in input order: output written first (stdout line, or an
  atomic file), then the input marked done in the state database.

The pieces, in the order an input meets them: `records` (config, tasks, results), `work`
(one input under its time limit), `robots` and `..polite` (what may start when), `pool`
(-j N), `sink` (output, then state) and `progress` (the progress and summary lines).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator

from ..acquire import host_key, is_url, printable
from ..logs import LazyLogger
from ..polite import Politeness
from ..settings import Options
from .progress import Summary
from .records import BatchConfig, Interrupted, OutputClosed, Task
from .robots import RobotsGate
from .sink import Sink
from .work import run_checked

log = LazyLogger(__name__)


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
            from .pool import run_pool  # multiprocessing and the pool only for -j N

            run_pool(tasks, opts, cfg, sink)
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
    from ..seen import Seen, file_stamp

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
