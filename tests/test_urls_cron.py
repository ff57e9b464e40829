"""The README's cron recipe for sites, run by a real shell twice: the second run parses
exactly the articles the feed gained in between."""

from __future__ import annotations

import sqlite3
import subprocess

from newsparse.output import file_name

from .faultserver import article_html
from .siteserver import HTML, RSS, TEXT, site  # noqa: F401  (fixture)
from .test_docs_batch import recipe, shell_env


def news_feed(site, count: int) -> None:  # noqa: F811
    """The site's feed lists its `count` articles, newest first, like a publisher's."""
    items = "".join(
        f"<item><title>Harbour report {n}</title><link>{site.base}/news/{n}.html"
        f"?utm_source=rss</link><pubDate>Mon, 30 Nov 2026 0{n}:00:00 +0000</pubDate></item>"
        for n in reversed(range(count)))
    site.add("/feed/", (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Courier"
                        f"</title><link>{site.base}/</link>{items}</channel></rss>").encode(),
             RSS, etag=f'"{count}"')
    for n in range(count):
        site.add(f"/news/{n}.html", article_html(str(n)).encode(), HTML)


def test_cron_recipe_for_sites_parses_only_the_new_articles(site, tmp_path):  # noqa: F811
    site.add("/robots.txt", b"User-agent: *\nDisallow: /search\n", TEXT)
    site.add("/", f"<html><head><link rel='alternate' type='application/rss+xml' "
                  f"href='{site.base}/feed/'></head><body>Courier</body></html>".encode(), HTML)
    news_feed(site, 3)
    (tmp_path / "sites.txt").write_text(f"# the sites we follow\n{site.base}/\n")
    script = tmp_path / "newsparse-sites.sh"
    script.write_text(recipe("newsparse-sites.sh"))
    script.chmod(0o755)

    first = subprocess.run([str(script)], cwd="/", env=shell_env(), capture_output=True)
    assert first.returncode == 0, (tmp_path / "newsparse.log").read_text()
    assert first.stdout == first.stderr == b""
    articles = tmp_path / "articles"
    first_names = {p.name for p in articles.iterdir()}
    assert first_names == {file_name(f"{site.base}/news/{n}.html") for n in range(3)}
    asked = len(site.log)

    news_feed(site, 5)  # two new entries, on top
    second = subprocess.run([str(script)], cwd="/", env=shell_env(), capture_output=True)
    assert second.returncode == 0, (tmp_path / "newsparse.log").read_text()
    new_names = {p.name for p in articles.iterdir()} - first_names
    assert new_names == {file_name(f"{site.base}/news/{n}.html") for n in (3, 4)}
    pages = [path for path in site.requests()[asked:] if path.startswith("/news/")]
    assert sorted(pages) == ["/news/3.html", "/news/4.html"]  # exactly those two fetched
    db = sqlite3.connect(tmp_path / "state.db")
    assert db.execute("SELECT count(*) FROM urls").fetchone() == (5,)
    assert db.execute("SELECT count(*) FROM inputs WHERE status = 'ok'").fetchone() == (5,)
    assert (tmp_path / "newsparse.log").read_text() == ""  # -q: nothing failed


def test_third_run_with_nothing_new_costs_a_304(site, tmp_path):  # noqa: F811
    news_feed(site, 2)
    state = str(tmp_path / "s.db")
    line = (f"newsparse urls --state '{state}' '{site.base}/feed/' | "
            f"newsparse parse -i - --state '{state}' -o '{tmp_path}/articles'")
    for _ in range(2):
        run = subprocess.run(["sh", "-c", line], env=shell_env(), capture_output=True)
        assert run.returncode == 0, run.stderr
    assert site.log[-1][:2] == ("/feed/", '"2"')  # a conditional request, answered 304
    assert b"0 new URLs from 1 pages, feeds and sitemaps (1 unchanged)" in run.stderr


def test_an_empty_pipe_with_state_is_nothing_new_not_a_failure(tmp_path):
    from .batchfixtures import NEWSPARSE

    state = str(tmp_path / "s.db")
    quiet = subprocess.run([NEWSPARSE, "parse", "-i", "-", "--state", state], input=b"",
                           capture_output=True, env=shell_env(), timeout=60)
    assert quiet.returncode == 0
    assert quiet.stderr.decode().startswith("newsparse: 0 done, 0 skipped, 0 failed")
    # without --state an empty list is still the mistyped `find` it usually is
    alone = subprocess.run([NEWSPARSE, "parse", "-i", "-"], input=b"", capture_output=True,
                           env=shell_env(), timeout=60)
    assert alone.returncode == 1
