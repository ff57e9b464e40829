"""-j N: worker processes, a bounded window of inputs, results emitted in input order.

The parent decides for all workers what may start: at most one request at a time per host,
`delay` seconds apart, robots.txt refusals known here. A worker past its hard limit is
killed and replaced, and its input becomes a "timeout" error record.
"""

from __future__ import annotations

import signal
import threading
import time
from collections import deque
from collections.abc import Iterator

from ..logs import LazyLogger
from ..polite import Politeness
from ..settings import Options
from .records import BatchConfig, Task
from .robots import RobotsGate
from .sink import Sink
from .work import failure, hard_limit, run_checked, run_one

log = LazyLogger(__name__)


def run_pool(tasks: Iterator[Task], opts: Options, cfg: BatchConfig, sink: Sink) -> None:
    """Run the tasks in `cfg.jobs` worker processes, emitting each result in input order."""
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
        self.deadline = time.monotonic() + hard_limit(timeout, robots_wait)

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

    from .. import pipeline  # noqa: F401  (loaded once here, shared by the forked workers)

    # Forking a process with threads can deadlock a child on a lock held by another thread
    # (an API caller's threads, a test server): spawn a clean interpreter then.
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")
