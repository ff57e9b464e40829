"""A batch with every kind of fault mixed in, time limits, and stopping on signals."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from click.testing import CliRunner

from newsparse.cli import cli
from newsparse.output import file_name

from .batchfixtures import (  # noqa: F401  (fixture)
    FAST,
    NEWSPARSE,
    fault_server,
    ndjson,
    run_newsparse,
    write_articles,
)

# What each fault-server kind must come to: None for an article, else the error type.
EXPECTED = {"ok": None, "html": None, "dup": None, "gzip": None, "br": None, "flaky": None,
            "429": None, "404": "fetch", "500": "fetch", "reset": "fetch", "loop": "fetch",
            "image": "fetch", "big": "fetch", "bomb": "fetch", "slow": "timeout"}
# One of each fault and a run of good pages in between; slow (2 s each) only twice.
CYCLE = ["ok", "404", "ok", "gzip", "500", "ok", "flaky", "br", "429", "reset", "ok", "loop",
         "dup", "image", "ok", "big", "html", "bomb", "ok", "dup"]


def test_every_input_of_a_faulty_batch_gets_exactly_one_record(tmp_path, fault_server):  # noqa: F811
    kinds = [CYCLE[n % len(CYCLE)] for n in range(180)] + ["slow", "slow"]
    urls = [(f"{fault_server}/{kind}/{n}", EXPECTED[kind]) for n, kind in enumerate(kinds)]
    files = [(f, None) for f in write_articles(tmp_path / "in", 20)]
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.html").write_bytes(bytes(range(256)) * 4)
    odd = [(str(tmp_path / "in" / "empty.txt"), "decode"),
           (str(tmp_path / "in" / "missing.txt"), "input"),
           (str(tmp_path / "in" / "binary.html"), "decode")]
    expected = urls[:100] + files[:10] + odd[:2] + urls[100:] + files[10:] + odd[2:]
    inputs = [spec for spec, _ in expected]
    (tmp_path / "list.txt").write_text("\n".join(inputs) + "\n")

    proc = run_newsparse(["parse", "-j", "3", *FAST, "--state", str(tmp_path / "s.db"),
                          "-i", str(tmp_path / "list.txt")])

    assert proc.returncode == 1
    records = ndjson(proc.stdout)
    assert len(inputs) == 205
    assert [r["source"]["input"] for r in records] == inputs  # one each, in input order
    for record, (spec, error_type) in zip(records, expected, strict=True):
        got = record["error"]["type"] if "error" in record else None
        assert got == error_type, (spec, record.get("error"))
        assert ("title" in record) == (error_type is None)
    failed = sum(1 for r in records if "error" in r)
    duplicates = kinds.count("dup") - 1
    summary = proc.stderr.decode().splitlines()[-1]
    assert summary.startswith(f"newsparse: {len(inputs) - failed} done, 0 skipped, {failed} "
                              f"failed, {duplicates} duplicates in ")
    rows = sqlite3.connect(tmp_path / "s.db").execute(
        "SELECT count(*), sum(status = 'failed') FROM inputs").fetchone()
    assert rows == (len(inputs), failed)
    assert b"Traceback" not in proc.stderr


# ---------------------------------------------------------------- time limits


def test_slow_page_becomes_a_timeout_record_in_process(fault_server):  # noqa: F811
    result = CliRunner().invoke(cli, ["parse", "-j", "1", *FAST, "--timeout", "1",
                                      f"{fault_server}/slow/1", f"{fault_server}/ok/2"])
    first, second = ndjson(result.stdout_bytes)
    assert first["error"] == {"type": "timeout", "message": "took longer than 1 s",
                              "status": None}
    assert second["title"] == "Harbour report 2"


def test_blocked_read_is_stopped_by_the_timer_in_a_worker(tmp_path):
    fifo = tmp_path / "never-written.txt"
    os.mkfifo(fifo)  # opening it blocks for ever: no writer comes
    (ok,) = write_articles(tmp_path / "in", 1)
    proc = run_newsparse(["parse", "-j", "2", "--timeout", "1", str(fifo), ok])
    first, second = ndjson(proc.stdout)
    assert first["error"] == {"type": "timeout", "message": "took longer than 1 s",
                              "status": None}
    assert second["title"] == "Harbour report f0"
    assert proc.returncode == 1


HUNG_WORKER = """
import contextlib, sys
from newsparse.batch import work
# Stand-in for a page stuck in C code that never returns to Python: no timer at all,
# so only the parent's hard deadline can end it.
work.time_limit = lambda seconds: contextlib.nullcontext()
work.HARD_KILL_GRACE = 0.5
from newsparse.cli import main
sys.argv = ["newsparse", "parse", *sys.argv[1:]]
main()
"""


def test_hung_worker_is_killed_and_replaced(tmp_path):
    fifo = tmp_path / "never-written.txt"
    os.mkfifo(fifo)
    oks = write_articles(tmp_path / "in", 4)
    proc = subprocess.run([sys.executable, "-c", HUNG_WORKER, "-j", "2", "--timeout", "1",
                           oks[0], str(fifo), *oks[1:]], capture_output=True, timeout=60)
    records = ndjson(proc.stdout)
    assert [r["source"]["input"] for r in records] == [oks[0], str(fifo), *oks[1:]]
    assert records[1]["error"] == {"type": "timeout", "message": "took longer than 1 s",
                              "status": None}
    assert all("title" in r for r in records[:1] + records[2:])
    assert proc.returncode == 1


# ---------------------------------------------------------------- signals


def _wait_for_rows(db, count, proc, limit=60.0):
    """Poll the state database until `count` inputs are marked (or the run ended)."""
    end = time.monotonic() + limit
    while time.monotonic() < end and proc.poll() is None:
        try:
            with sqlite3.connect(db) as con:
                if con.execute("SELECT count(*) FROM inputs").fetchone()[0] >= count:
                    return
        except sqlite3.OperationalError:  # not created yet
            pass
        time.sleep(0.02)


def _foreground_signals() -> None:
    """Ctrl-C as in a terminal's foreground job: a test run started in the background (by a
    non-interactive shell's `&`) ignores SIGINT, and its children would inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _stop_with(sig, tmp_path, fault_server):  # noqa: F811
    files = write_articles(tmp_path / "in", 5)
    slow = [f"{fault_server}/slow/{n}" for n in range(5)]
    db, out = tmp_path / "s.db", tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSPARSE_")}
    proc = subprocess.Popen([NEWSPARSE, "parse", "-j", "2", *FAST, "--timeout", "60",
                             "--state", str(db), "-o", str(out), *files, *slow],
                            stderr=subprocess.PIPE, env=env, preexec_fn=_foreground_signals)
    _wait_for_rows(db, 5, proc)
    time.sleep(0.3)  # a slow page is now being fetched
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=30)
    rows = sqlite3.connect(db).execute("SELECT input, output FROM inputs").fetchall()
    assert sorted(rows) == sorted((f, file_name(f)) for f in files)
    assert sorted(p.name for p in out.iterdir()) == sorted(file_name(f) for f in files)
    return proc.returncode, stderr.decode()


def test_sigterm_stops_cleanly(tmp_path, fault_server):  # noqa: F811
    code, stderr = _stop_with(signal.SIGTERM, tmp_path, fault_server)
    assert code == 143
    assert "Traceback" not in stderr
    assert stderr.splitlines()[-1].startswith("newsparse: 5 done, 0 skipped, 0 failed")
    assert stderr.splitlines()[-1].endswith("(interrupted)")


def test_sigint_stops_cleanly(tmp_path, fault_server):  # noqa: F811
    code, stderr = _stop_with(signal.SIGINT, tmp_path, fault_server)
    assert code == 130
    assert "Traceback" not in stderr
    assert stderr.splitlines()[-1].endswith("(interrupted)")


def test_error_record_is_valid_json_with_source(tmp_path):
    (ok,) = write_articles(tmp_path, 1)
    proc = run_newsparse(["parse", "-j", "1", ok, str(tmp_path / "nope.html")])
    last = json.loads(proc.stdout.splitlines()[-1])
    assert last["source"]["input"] == str(tmp_path / "nope.html")
    assert last["error"]["type"] == "input"


def _children(pid: int) -> set[int]:
    """Return the ids of the processes whose parent is `pid` (from /proc)."""
    found = set()
    for stat in os.listdir("/proc"):
        if stat.isdigit():
            try:
                fields = open(f"/proc/{stat}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(stat))
    return found


def test_workers_exit_when_the_parent_is_killed(tmp_path, fault_server):  # noqa: F811
    fifo = tmp_path / "never-written.txt"
    os.mkfifo(fifo)
    proc = subprocess.Popen([NEWSPARSE, "parse", "-j", "2", *FAST, "--timeout", "2",
                             f"{fault_server}/slow/1", str(fifo)], stdout=subprocess.DEVNULL)
    end = time.monotonic() + 30
    while len(_children(proc.pid)) < 2 and time.monotonic() < end:
        time.sleep(0.05)
    workers = _children(proc.pid)
    assert len(workers) == 2
    proc.kill()
    proc.wait()
    # Each worker ends its input (the timer fires), finds no parent and exits.
    while workers and time.monotonic() < end:
        workers = {w for w in workers if os.path.exists(f"/proc/{w}")
                   and open(f"/proc/{w}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"}
        time.sleep(0.1)
    assert workers == set()


CRASHING_WORKER = """
import os, sys
from newsparse.batch import work
real = work.run_one
# Stand-in for a worker that dies under a page (out of memory, a crash in C code).
work.run_one = lambda spec, opts, pretty: (
    os._exit(9) if spec.endswith("crash.txt") else real(spec, opts, pretty))
from newsparse.cli import main
sys.argv = ["newsparse", "parse", *sys.argv[1:]]
main()
"""


def test_dead_worker_becomes_an_error_record_and_is_replaced(tmp_path):
    oks = write_articles(tmp_path / "in", 4)
    crash = tmp_path / "in" / "crash.txt"
    crash.write_text("whatever")
    proc = subprocess.run([sys.executable, "-c", CRASHING_WORKER, "-j", "2",
                           oks[0], str(crash), *oks[1:]], capture_output=True, timeout=60)
    records = ndjson(proc.stdout)
    assert [r["source"]["input"] for r in records] == [oks[0], str(crash), *oks[1:]]
    assert records[1]["error"] == {"type": "internal", "message": "worker process died",
                                 "status": None}
    assert all("title" in r for r in records[:1] + records[2:])
    assert proc.returncode == 1


def test_stdin_takes_its_place_in_a_parallel_batch(tmp_path):
    from .faultserver import article_text

    paths = write_articles(tmp_path, 2)
    result = CliRunner().invoke(cli, ["parse", "-j", "2", paths[0], "-", paths[1]],
                                input=article_text("stdin"))
    assert result.exit_code == 0
    assert [r["title"] for r in ndjson(result.stdout_bytes)] == [
        "Harbour report f0", "Harbour report stdin", "Harbour report f1"]
