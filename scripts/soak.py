"""Soak test: batches against the local fault server and hostile conditions, every input
accounted for.

Run with `make soak`. The cases, each printing its figures:

- one 1,000-input batch (URLs of every fault kind and files): wall time, rate, peak memory;
- three runs at once on one `-o` and one `--state`: none stops, every input written once;
- a full disk, on a 64 kB tmpfs in a private mount namespace (skipped, saying why, where
  none can be mounted): for stdout and for `-o`, the state holds exactly the whole records;
- a state file damaged in the middle: exit 2 and one line naming it.

Exits 1 if any input is missing, doubled or has the wrong outcome, or a case goes wrong.
Optional argument: input count of the first case (the others scale from it).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the tests' helpers, imported as the package they are

from newsparse.output import file_name  # noqa: E402
from tests.batchfixtures import FAST, NEWSPARSE, start_fault_server, write_articles  # noqa: E402
from tests.smallfs import run_on_small_fs, why_not  # noqa: E402
from tests.test_batch_faults import CYCLE, EXPECTED  # noqa: E402


def peak_rss_kb(pid: int) -> int:
    """Return VmHWM (peak resident memory) of a running process, 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def main(count: int = 1000) -> int:
    server, base = start_fault_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            cases = {"batch": lambda d: soak(d, base, count),
                     "overlapping runs": lambda d: overlapping(d, base, max(60, count // 2)),
                     "full disk": lambda d: full_disk(d, max(150, count // 5)),
                     "damaged state": lambda d: damaged_state(d, max(150, count // 5))}
            problems = 0
            for name, case in cases.items():
                print(f"--- {name}")
                folder = Path(tmp) / name.replace(" ", "-")  # the shell sees these paths
                folder.mkdir()
                problems += case(folder)
            return 1 if problems else 0
    finally:
        server.kill()


def mixed_inputs(tmp: Path, base: str, count: int) -> list[tuple[str, str | None]]:
    """URLs of every fault kind with files in between; each with its expected error type."""
    n_urls = count * 3 // 5
    kinds = [CYCLE[n % len(CYCLE)] for n in range(n_urls - 3)] + ["slow"] * 3
    expected = [(f"{base}/{k}/{n}", EXPECTED[k]) for n, k in enumerate(kinds)]
    files = write_articles(tmp / "in", count - n_urls)
    # Interleave: a file after every few URLs.
    step = max(1, n_urls // len(files))
    mixed: list[tuple[str, str | None]] = []
    for i, f in enumerate(files):
        mixed += expected[i * step:(i + 1) * step] + [(f, None)]
    mixed += expected[len(files) * step:]
    (tmp / "list.txt").write_text("\n".join(s for s, _ in mixed) + "\n")
    return mixed


def soak(tmp: Path, base: str, count: int) -> int:
    mixed = mixed_inputs(tmp, base, count)
    args = [NEWSPARSE, "parse", "-j", "2", *FAST, "--state", str(tmp / "s.db"),
            "-o", str(tmp / "out"), "-i", str(tmp / "list.txt")]
    started = time.monotonic()
    proc = subprocess.Popen(args, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, peak_rss_kb(proc.pid))
        time.sleep(0.1)
    seconds = time.monotonic() - started
    summary = proc.stderr.read().decode().strip().splitlines()[-1]

    problems = check(tmp, mixed)
    print(f"inputs: {len(mixed)}  exit: {proc.returncode}  wall: {seconds:.1f} s  "
          f"rate: {len(mixed) / seconds:.1f}/s  parent peak RSS: {peak / 1024:.1f} MB")
    print(summary)
    return report(problems, "every input accounted for exactly once")


def overlapping(tmp: Path, base: str, count: int, runs: int = 3) -> int:
    """Several runs at once on one output directory and one state file."""
    mixed = mixed_inputs(tmp, base, count)
    args = [NEWSPARSE, "parse", "-j", "1", *FAST, "--state", str(tmp / "s.db"),
            "-o", str(tmp / "out"), "-i", str(tmp / "list.txt")]
    started = time.monotonic()
    procs = [subprocess.Popen(args, stderr=subprocess.PIPE) for _ in range(runs)]
    errs = [p.communicate()[1].decode() for p in procs]
    seconds = time.monotonic() - started
    problems = check(tmp, mixed)
    problems += [f"run {n}: {line}" for n, err in enumerate(errs) for line in err.splitlines()
                 if "stopped:" in line or "Traceback" in line]
    print(f"{runs} runs at once over {len(mixed)} inputs: exits "
          f"{[p.returncode for p in procs]}  wall: {seconds:.1f} s")
    return report(problems, "no run stopped, every input written and recorded once")


def full_disk(tmp: Path, count: int) -> int:
    """stdout and -o on a 64 kB filesystem: only whole records are marked done."""
    reason = why_not()
    if reason:
        print(f"skipped: full disk needs a small filesystem: {reason}")
        return 0
    files = write_articles(tmp / "in", count)
    (tmp / "list.txt").write_text("\n".join(files) + "\n")
    problems = []
    for target, redirect in (("stdout", '> "$FS/out.ndjson"'), ("-o", '-o "$FS/out"')):
        case = tmp / target.strip("-")
        case.mkdir()
        db = case / "s.db"
        proc = run_on_small_fs(case, "64k", f"{NEWSPARSE} parse -j 1 -i {tmp / 'list.txt'} "
                                            f"--state {db} {redirect}")
        rows = dict(sqlite3.connect(db).execute("SELECT input, status FROM inputs"))
        if target == "stdout":
            lines = (case / "fs" / "out.ndjson").read_bytes().split(b"\n")[:-1]
            whole = [json.loads(line)["source"]["input"] for line in lines]
        else:
            whole = [json.loads(p.read_bytes())["source"]["input"]
                     for p in (case / "fs" / "out").iterdir()]
        if sorted(whole) != sorted(rows) or proc.returncode != 1:
            problems.append(f"{target}: {len(whole)} whole records, {len(rows)} marked, "
                            f"exit {proc.returncode}")
        print(f"{target}: exit {proc.returncode}, {len(rows)} of {count} inputs done when the "
              f"disk filled; {proc.stderr.decode().splitlines()[0]}")
    return report(problems, "the state holds exactly the whole records")


def damaged_state(tmp: Path, count: int) -> int:
    """A state file overwritten in the middle: the next run says so and stops."""
    files = write_articles(tmp / "in", count)
    db = tmp / "s.db"
    args = [NEWSPARSE, "parse", "-j", "1", "--state", str(db), *files]
    subprocess.run(args, capture_output=True, check=True)
    data = bytearray(db.read_bytes())
    data[8192:-4096] = b"Z" * (len(data) - 8192 - 4096)  # header page and schema intact
    db.write_bytes(bytes(data))
    proc = subprocess.run(args, capture_output=True)
    lines = proc.stderr.decode().splitlines()
    print(f"state of {len(data)} bytes damaged: exit {proc.returncode}; {lines[:1]}")
    problems = [] if proc.returncode == 2 and len(lines) == 1 and str(db) in lines[0] else [
        f"exit {proc.returncode}, stderr {lines[:3]}"]
    return report(problems, "exit 2 and one line naming the state file")


def report(problems: list[str], ok: str) -> int:
    for problem in problems[:20]:
        print("PROBLEM:", problem)
    print(ok if not problems else f"{len(problems)} problems")
    return len(problems)


def check(tmp: Path, mixed: list[tuple[str, str | None]]) -> list[str]:
    """Return what is wrong: a missing or extra file, a wrong outcome, a state mismatch."""
    problems = []
    names = {p.name for p in (tmp / "out").iterdir()}
    wanted = {file_name(spec) for spec, _ in mixed}
    problems += [f"extra file {n}" for n in sorted(names - wanted)]
    rows = dict(sqlite3.connect(tmp / "s.db").execute("SELECT input, status FROM inputs"))
    for spec, error_type in mixed:
        path = tmp / "out" / file_name(spec)
        if not path.exists():
            problems.append(f"no file for {spec}")
            continue
        lines = path.read_bytes().splitlines()
        record = json.loads(lines[0])
        got = record["error"]["type"] if "error" in record else None
        if len(lines) != 1 or record["source"]["input"] != spec or got != error_type:
            problems.append(f"{spec}: {got} (expected {error_type})")
        if rows.get(spec) != ("ok" if error_type is None else "failed"):
            problems.append(f"{spec}: state says {rows.get(spec)}")
    return problems


if __name__ == "__main__":
    sys.exit(main(*map(int, sys.argv[1:])))
