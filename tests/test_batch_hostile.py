"""Hostile inputs in a batch: each one fails alone, nothing already written is lost."""

from __future__ import annotations

import json
import sqlite3

from .batchfixtures import ndjson, run_newsparse, write_articles


def _rows(db) -> dict:
    return dict(sqlite3.connect(db).execute("SELECT input, status FROM inputs"))


def test_malformed_urls_fail_alone_and_are_recorded(tmp_path):
    (ok,) = write_articles(tmp_path / "in", 1)
    bad = ["http://[::1/x", "http://host:80]/x", "http://[zz]/y"]
    (tmp_path / "list.txt").write_text("\n".join([*bad, ok]) + "\n")
    args = ["parse", "-j", "2", "-i", str(tmp_path / "list.txt"), "-o", str(tmp_path / "out"),
            "--state", str(tmp_path / "s.db")]

    proc = run_newsparse(args)

    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr
    records = [json.loads(p.read_bytes()) for p in sorted((tmp_path / "out").iterdir())]
    assert sorted(r["source"]["input"] for r in records) == sorted([*bad, ok])
    assert sum("error" in r for r in records) == 3
    assert _rows(tmp_path / "s.db") == {**dict.fromkeys(bad, "failed"), ok: "ok"}
    # The next cron run gets past the same lines: everything is already recorded.
    again = run_newsparse(args)
    assert again.returncode == 0
    assert again.stderr.decode().startswith("newsparse: 0 done, 4 skipped, 0 failed")


def test_malformed_urls_on_stdout_get_error_records(tmp_path):
    (ok,) = write_articles(tmp_path / "in", 1)
    proc = run_newsparse(["parse", "-j", "1", "http://[::1/x", ok])
    first, second = ndjson(proc.stdout)
    assert first["error"]["type"] == "fetch" and second["title"] == "Harbour report f0"
    assert proc.returncode == 1
