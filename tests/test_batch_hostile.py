"""Hostile inputs in a batch: each one fails alone, nothing already written is lost."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

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


def test_unreadable_directory_entries_fail_one_by_one(tmp_path):
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "loop.html").symlink_to("loop.html")
    (tmp_path / "in" / "gone.txt").symlink_to("nowhere.txt")
    (tmp_path / "in" / "up").symlink_to("..")  # not an article by name: not followed

    proc = run_newsparse(["parse", "-j", "1", str(tmp_path / "in")])

    assert proc.returncode == 1
    assert [r["title"] for r in ndjson(proc.stdout) if "title" in r] == [
        "Harbour report f0", "Harbour report f1"]
    assert proc.stderr.decode().splitlines()[:2] == [
        f"newsparse: {tmp_path}/in/gone.txt: no such file",
        f"newsparse: {tmp_path}/in/loop.html: Too many levels of symbolic links"]
    assert "2 done, 0 skipped, 2 failed" in proc.stderr.decode()


def test_directory_that_cannot_be_listed_is_a_failure(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root lists every directory: no unlistable one can be made")
    write_articles(tmp_path / "in", 1)
    (tmp_path / "in" / "locked").mkdir()
    (tmp_path / "in" / "locked").chmod(0)
    try:
        proc = run_newsparse(["parse", "-j", "1", str(tmp_path / "in")])
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert proc.returncode == 1
    assert (f"newsparse: {tmp_path}/in/locked: cannot list directory: permission denied"
            in proc.stderr.decode().splitlines())
