"""Fixtures and helpers shared by the batch tests (imported by name from test modules)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

HERE = Path(__file__).parent
NEWSPARSE = str(Path(sys.executable).parent / "newsparse")

# Small limits so faults resolve in a fraction of a second.
FAST = ["--delay", "0", "--backoff", "0.05", "--max-retry-after", "0.1", "--retries", "2",
        "--timeout", "2", "--connect-timeout", "2", "--read-timeout", "2",
        "--max-bytes", "1000000"]


def start_fault_server() -> tuple[subprocess.Popen, str]:
    """Start tests/faultserver.py as a process; return it and its base URL."""
    proc = subprocess.Popen([sys.executable, str(HERE / "faultserver.py")],
                            stdout=subprocess.PIPE, text=True)
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}"


@pytest.fixture
def fault_server():
    """A fresh fault server for one test (its first-request state starts clean)."""
    proc, base = start_fault_server()
    yield base
    proc.kill()
    proc.wait()


def server_stats(base: str) -> dict:
    with urllib.request.urlopen(base + "/_stats", timeout=5) as resp:
        return json.load(resp)


def run_newsparse(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    """Run the installed `newsparse` command as a real process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSPARSE_")}
    env.update(kwargs.pop("env", {}))
    return subprocess.run([NEWSPARSE, *args], capture_output=True, env=env, timeout=120,
                          **kwargs)


def ndjson(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.splitlines()]


def write_articles(directory: Path, count: int) -> list[str]:
    """Write `count` small distinct plain-text articles; return their paths."""
    from .faultserver import article_text

    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = directory / f"article-{n:04d}.txt"
        path.write_text(article_text(f"f{n}"), encoding="utf-8")
        paths.append(str(path))
    return paths


def unprivileged() -> dict:
    """subprocess keyword arguments that make file permissions bind the child, even as root.

    Root reads and writes through any mode bits; in a new user namespace that maps no user,
    the child keeps its own uid for the files it owns but loses that power, so a 0555
    directory is read-only to it as to anyone (Linux; the suite runs as root in CI).
    """
    if os.geteuid() != 0:
        return {}
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    clone_newuser = 0x10000000

    def drop() -> None:
        if libc.unshare(clone_newuser) != 0:
            raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWUSER)")

    return {"preexec_fn": drop}
