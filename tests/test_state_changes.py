"""--state and inputs that change or repeat: an edited file is parsed again, an input listed
twice in one run is done once."""

from __future__ import annotations

import json
import os
import sqlite3

from click.testing import CliRunner

from newsparse.cli import cli
from newsparse.seen import Seen

from .batchfixtures import FAST, fault_server, server_stats, write_articles  # noqa: F401
from .faultserver import article_text


def run(*args: str):
    result = CliRunner().invoke(cli, ["parse", "-j", "1", *args], catch_exceptions=False)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    summary = result.stderr.strip().splitlines()[-1]
    return records, summary


def test_an_edited_file_is_parsed_again(tmp_path):
    paths = write_articles(tmp_path / "in", 3)
    state = str(tmp_path / "s.db")
    run(*paths, "--state", state)
    with open(paths[1], "w") as f:  # new text: another size and mtime
        f.write(article_text("rewritten"))
    records, summary = run(*paths, "--state", state)
    assert [r["title"] for r in records] == ["Harbour report rewritten"]
    assert summary.startswith("newsparse: 1 done, 2 skipped, 0 failed")

    records, summary = run(*paths, "--state", state)
    assert records == [] and summary.startswith("newsparse: 0 done, 3 skipped")


def test_a_change_of_size_alone_or_mtime_alone_counts(tmp_path):
    (path,) = write_articles(tmp_path / "in", 1)
    state = str(tmp_path / "s.db")
    os.utime(path, ns=(0, 5_000_000_000))
    run(path, "--state", state)
    # Same mtime, other size (an editor that keeps the time, a copy with -p).
    with open(path, "a") as f:
        f.write("\nA new closing paragraph was added to the harbour report on Tuesday.\n")
    os.utime(path, ns=(0, 5_000_000_000))
    records, _ = run(path, "--state", state)
    assert len(records) == 1
    # Same size, other mtime (touch).
    os.utime(path, ns=(0, 9_000_000_000))
    records, _ = run(path, "--state", state)
    assert len(records) == 1
    stamp, attempts = sqlite3.connect(state).execute(
        "SELECT stamp, attempts FROM inputs").fetchone()
    assert stamp == f"{os.stat(path).st_size}:9000000000" and attempts == 3


def test_a_state_file_from_before_stamps_keeps_its_rows(tmp_path):
    paths = write_articles(tmp_path / "in", 2)
    state = tmp_path / "old.db"
    db = sqlite3.connect(state)
    db.executescript("""
        CREATE TABLE inputs (input TEXT PRIMARY KEY, status TEXT NOT NULL, sha256 TEXT,
            error_type TEXT, error TEXT, output TEXT, duplicate_of TEXT,
            attempts INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL);""")
    db.execute("INSERT INTO inputs (input, status, updated_at) VALUES (?, 'ok', 'then')",
               (paths[0],))
    db.commit()
    db.close()
    records, summary = run(*paths, "--state", str(state))
    # The old row, with no stamp to compare, is trusted; the new one is done and stamped.
    assert [r["source"]["input"] for r in records] == [paths[1]]
    assert summary.startswith("newsparse: 1 done, 1 skipped")
    rows = sqlite3.connect(state).execute("SELECT input, stamp FROM inputs ORDER BY rowid")
    assert [(i, s is not None) for i, s in rows] == [(paths[0], False), (paths[1], True)]


def test_a_url_listed_twice_is_fetched_once(tmp_path, fault_server):  # noqa: F811
    urls = [f"{fault_server}/ok/{n}" for n in (1, 2, 1, 3, 2, 1)]
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    for jobs in ("1", "2"):
        result = CliRunner().invoke(cli, ["parse", *FAST, "-j", jobs, "-i", str(listing)])
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert [r["title"] for r in records] == [f"Harbour report {n}" for n in (1, 2, 3)]
        assert "3 done, 3 skipped, 0 failed" in result.stderr
    starts = [e[1] for e in server_stats(fault_server)["events"] if e[0] == "start"]
    # once per run, and the site's robots.txt once per run before them
    assert sorted(starts) == sorted(["/robots.txt", "/ok/1", "/ok/2", "/ok/3"] * 2)


def test_seen_keeps_its_answer_past_the_memory_limit():
    seen = Seen(limit=3)
    keys = [f"https://news.example/{n}" for n in range(10)]
    assert [seen.add(k) for k in keys] == [True] * 10
    assert seen.db is not None and not seen.keys  # moved to the temporary database
    assert [seen.add(k) for k in reversed(keys)] == [False] * 10
    assert seen.add("https://news.example/new")
