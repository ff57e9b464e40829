"""Soak test: a 1,000-input batch against the local fault server, every input accounted for.

Run with `make soak`. Prints wall time, rate and the parent's peak memory, and exits 1 if
any input is missing, doubled or has the wrong outcome. Optional argument: input count.
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
sys.path.insert(0, str(HERE.parent / "tests"))

from batchfixtures import FAST, NEWSPARSE, start_fault_server, write_articles  # noqa: E402
from test_batch_faults import CYCLE, EXPECTED  # noqa: E402

from newsparse.output import file_name  # noqa: E402


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
            return soak(Path(tmp), base, count)
    finally:
        server.kill()


def soak(tmp: Path, base: str, count: int) -> int:
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
    for problem in problems[:20]:
        print("PROBLEM:", problem)
    print("every input accounted for exactly once" if not problems else
          f"{len(problems)} problems")
    return 1 if problems else 0


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
