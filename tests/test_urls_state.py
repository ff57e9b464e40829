"""`newsparse urls --state`: URLs printed once are never printed again, sources are fetched
with conditional requests, and the file is the one `parse --state` uses."""

from __future__ import annotations

import sqlite3
import subprocess

from newsparse.state import DiscoveryState, State

from .batchfixtures import NEWSPARSE
from .siteserver import RSS, site  # noqa: F401  (fixture)
from .test_urls_faults import RSS_HEAD, items
from .test_urls_sitemaps import index, url, urlset


def feed(*links: str) -> bytes:
    return (RSS_HEAD + items(*links) + "</channel></rss>").encode()


def test_second_run_prints_only_new_urls(site, tmp_path):  # noqa: F811
    from .test_urls_feeds import urls

    state = str(tmp_path / "s.db")
    address = site.add("/feed", feed("https://a.example/1", "https://a.example/2"), RSS)
    assert urls("--state", state, address).stdout == "https://a.example/1\nhttps://a.example/2\n"
    site.add("/feed", feed("https://a.example/3", "https://a.example/1", "https://a.example/2"),
             RSS)
    again = urls("--state", state, address)
    assert again.stdout == "https://a.example/3\n"
    assert "2 seen before" in again.stderr


def test_unchanged_source_costs_a_304(site, tmp_path):  # noqa: F811
    from .test_urls_feeds import urls

    state = str(tmp_path / "s.db")
    address = site.add("/feed", feed("https://a.example/1"), RSS, etag='"v1"',
                       last_modified="Mon, 30 Nov 2026 08:00:00 GMT")
    urls("--state", state, address)
    second = urls("--state", state, address)
    assert second.exit_code == 0 and second.stdout == ""
    assert "1 unchanged" in second.stderr
    feed_requests = [entry for entry in site.log if entry[0] == "/feed"]
    assert feed_requests[0][1:3] == (None, None)
    assert feed_requests[1][1:3] == ('"v1"', "Mon, 30 Nov 2026 08:00:00 GMT")
    # robots.txt is fetched once per run, not kept across runs
    assert site.requests().count("/robots.txt") == 2


def test_unchanged_index_still_reads_its_sitemaps(site, tmp_path):  # noqa: F811
    from .test_urls_feeds import urls

    state = str(tmp_path / "s.db")
    site.add("/index.xml", index(site.base + "/day.xml"), etag='"i1"')
    site.add("/day.xml", urlset(url("https://a.example/1")))
    assert urls("--state", state, site.base + "/index.xml").stdout == "https://a.example/1\n"
    site.add("/day.xml", urlset(url("https://a.example/1"), url("https://a.example/2")))
    second = urls("--state", state, site.base + "/index.xml")
    assert second.stdout == "https://a.example/2\n"  # the index said 304, its sitemap did not
    assert site.requests()[-2:] == ["/index.xml", "/day.xml"]


def test_without_state_every_run_prints_everything(site):  # noqa: F811
    from .test_urls_feeds import urls

    address = site.add("/feed", feed("https://a.example/1"), RSS, etag='"v1"')
    assert urls(address).stdout == urls(address).stdout == "https://a.example/1\n"
    assert [entry[1] for entry in site.log if entry[0] == "/feed"] == [None, None]


def test_a_reader_that_leaves_early_gets_the_urls_again(site, tmp_path):  # noqa: F811
    state = tmp_path / "s.db"
    address = site.add("/s.xml", urlset(*[url(f"https://a.example/{n}") for n in range(5000)]))
    cut = subprocess.run(f"'{NEWSPARSE}' urls --delay 0 --state '{state}' '{address}' | head -2",
                         shell=True, capture_output=True)
    assert cut.stdout.decode().splitlines() == ["https://a.example/0", "https://a.example/1"]
    assert b"Traceback" not in cut.stderr
    # the sitemap was not read to the end by anyone: all of it comes again
    whole = subprocess.run([NEWSPARSE, "urls", "--delay", "0", "--state", str(state), address],
                           capture_output=True)
    assert whole.returncode == 0
    assert len(whole.stdout.splitlines()) == 5000


def test_a_parse_state_file_gains_the_tables_and_keeps_its_rows(tmp_path):
    path = str(tmp_path / "old.db")
    # A state file as `parse` wrote it before discovery existed.
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE inputs (input TEXT PRIMARY KEY, status TEXT NOT NULL, sha256 TEXT,
            error_type TEXT, error TEXT, output TEXT, duplicate_of TEXT,
            attempts INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL);
        INSERT INTO inputs (input, status, updated_at)
            VALUES ('https://a.example/1', 'ok', '2026-11-29T00:00:00Z');""")
    db.commit()
    db.close()
    state = DiscoveryState(path)
    assert state.take("https://a.example/2", "feed", 1)
    state.record(1)
    state.close()
    parse_side = State(path)
    assert parse_side.status("https://a.example/1") == "ok"
    tables = {row[0] for row in parse_side.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"inputs", "urls", "sources"} <= tables


def test_unusable_state_file_is_a_usage_error(tmp_path):
    from .test_urls_feeds import urls

    (tmp_path / "junk.db").write_bytes(b"not a database, " * 100)
    result = urls("--state", str(tmp_path / "junk.db"), "/nonexistent")
    assert result.exit_code == 2
    assert "cannot open state database" in result.output
