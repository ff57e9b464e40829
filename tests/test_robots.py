"""robots.txt: rules with wildcards and Crawl-delay, the RFC 9309 status rules, and both
commands obeying it, one fetch per site per run."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsparse.cli import cli
from newsparse.discover.robots import ROBOTS_MAX_BYTES, Robots, Rules, fetch_robots
from newsparse.settings import Options

from .siteserver import HTML, RSS, TEXT, site  # noqa: F401  (fixture)
from .test_urls_faults import RSS_HEAD, items

UA = "newsparse/0.1 (+https://pypi.org/project/newsparse/)"
FAST = Options(retries=0, connect_timeout=2, read_timeout=2, timeout=5)

ROBOTS = """\
# A publisher's robots.txt
User-agent: *
Disallow: /search
Disallow: /*.pdf$
Disallow: /*?print=
Allow: /search/about
Crawl-delay: 2

User-agent: newsparse
Disallow: /archive/
Allow: /archive/*/index.html$
Crawl-delay: 0.5

Sitemap: https://news.example.org/sitemap-news.xml
"""


def rules(text: str, user_agent: str = UA) -> Rules:
    return Rules(Robots("https://news.example.org", text), user_agent)


def test_our_group_wildcards_and_longest_match():
    ours = rules(ROBOTS)
    assert not ours.allowed("https://news.example.org/archive/2019/story.html")
    assert ours.allowed("https://news.example.org/archive/2019/index.html")  # longer Allow
    assert not ours.allowed("https://news.example.org/archive/2019/index.html?x")  # $ anchors
    # our own group replaces the * group: its rules do not apply to us
    assert ours.allowed("https://news.example.org/search?q=port")
    assert ours.crawl_delay() == 0.5
    assert ours.sitemaps() == ["https://news.example.org/sitemap-news.xml"]


def test_the_star_group_for_other_agents():
    other = rules(ROBOTS, "Mozilla/5.0 (compatible; Feedbot/2.1)")
    assert not other.allowed("https://news.example.org/search?q=port")
    assert other.allowed("https://news.example.org/search/about")
    assert not other.allowed("https://news.example.org/files/report.pdf")
    assert other.allowed("https://news.example.org/files/report.pdf.html")
    assert not other.allowed("https://news.example.org/2026/story?print=1")
    assert other.crawl_delay() == 2.0


def test_crawl_delay_is_capped():
    assert rules("User-agent: *\nCrawl-delay: 86400\n").crawl_delay() == 60.0


def test_status_rules(site):  # noqa: F811
    origin = site.base
    site.add("/robots.txt", b"User-agent: *\nDisallow: /\n", TEXT)
    assert not Rules(fetch_robots(origin, FAST), UA).allowed(origin + "/a")
    for status, allowed in ((404, True), (403, True), (410, True), (429, False), (500, False),
                            (503, False)):
        site.add("/robots.txt", b"Disallow: /", TEXT, status=status)
        robots = fetch_robots(origin, FAST)
        assert Rules(robots, UA).allowed(origin + "/a") is allowed, status
        assert robots.refuse_all is not allowed


def test_unreachable_site_is_refused():
    import pytest

    from newsparse.errors import FetchError

    robots = fetch_robots("http://127.0.0.1:1", FAST)
    assert robots.refuse_all and robots.reason == "connection refused"
    # its URLs fail as the fetch would have, unasked: the site did not answer
    with pytest.raises(FetchError, match="^connection refused$"):
        Rules(robots, UA).check("http://127.0.0.1:1/story")


def test_only_the_first_500_kib_count(site):  # noqa: F811
    padding = b"# " + b"x" * (ROBOTS_MAX_BYTES + 10) + b"\n"
    site.add("/robots.txt", b"User-agent: *\nDisallow: /early/\n" + padding
             + b"Disallow: /late/\n", TEXT)
    robots = fetch_robots(site.base, FAST)
    assert len(robots.text.encode()) == ROBOTS_MAX_BYTES
    ours = Rules(robots, UA)
    assert not ours.allowed(site.base + "/early/1") and ours.allowed(site.base + "/late/1")


# ---------------------------------------------------------------- urls


def feed_site(site, robots: bytes) -> str:  # noqa: F811
    site.add("/robots.txt", robots, TEXT)
    return site.add("/private/feed", (RSS_HEAD + items("https://a.example/1")
                                      + "</channel></rss>").encode(), RSS)


def test_urls_refuses_a_source_robots_disallows(site):  # noqa: F811
    address = feed_site(site, b"User-agent: *\nDisallow: /private/\n")
    result = CliRunner().invoke(cli, ["urls", "--delay", "0", address])
    assert result.exit_code == 1 and result.stdout == ""
    assert f"newsparse: {address}: refused by {site.base}/robots.txt" in result.stderr
    assert site.requests() == ["/robots.txt"]
    ignored = CliRunner().invoke(cli, ["urls", "--delay", "0", "--ignore-robots", address])
    assert ignored.exit_code == 0 and ignored.stdout == "https://a.example/1\n"


def test_urls_keeps_the_crawl_delay(site):  # noqa: F811
    site.add("/robots.txt", b"User-agent: *\nCrawl-delay: 1\n", TEXT)
    sources = [site.add(f"/f{n}", (RSS_HEAD + items(f"https://a.example/{n}")
                                   + "</channel></rss>").encode(), RSS) for n in range(3)]
    result = CliRunner().invoke(cli, ["urls", "--delay", "0", *sources])
    assert result.exit_code == 0
    gaps = [b - a for a, b in zip(site.times, site.times[1:], strict=False)]
    assert len(gaps) == 3 and min(gaps) >= 0.95  # robots.txt, then each feed a second apart


# ---------------------------------------------------------------- parse


def article_site(site, robots: bytes, status: int = 200) -> list[str]:  # noqa: F811
    from .faultserver import article_html

    site.add("/robots.txt", robots, TEXT, status=status)
    return [site.add(f"/{part}/{n}.html", article_html(str(n)).encode(), HTML)
            for n, part in enumerate(["news", "members", "news", "news"])]


def parse(*args: str):
    return CliRunner().invoke(cli, ["parse", "--delay", "0", "--retries", "0", *args])


def test_parse_refuses_what_robots_disallows(site):  # noqa: F811
    pages = article_site(site, b"User-agent: *\nDisallow: /members/\n")
    result = parse("-j", "2", *pages)
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("error", {}).get("type") for r in out] == [None, "robots", None, None]
    assert out[1]["error"]["message"] == f"refused by {site.base}/robots.txt"
    assert f"newsparse: {pages[1]}: refused by {site.base}/robots.txt" in result.stderr
    assert site.requests().count("/robots.txt") == 1
    assert "/members/1.html" not in site.requests()


def test_parse_with_unreachable_robots_refuses_the_site_for_the_run(site):  # noqa: F811
    pages = article_site(site, b"", status=503)
    result = parse("-j", "1", *pages)
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["error"]["type"] for r in out} == {"robots"}
    assert out[0]["error"]["message"].startswith("refused: robots.txt unreachable (HTTP 503)")
    assert site.requests() == ["/robots.txt"]


def test_parse_ignore_robots(site):  # noqa: F811
    pages = article_site(site, b"User-agent: *\nDisallow: /\n")
    result = parse("--ignore-robots", *pages)
    assert result.exit_code == 0
    assert "/robots.txt" not in site.requests()


def test_parse_keeps_the_crawl_delay(site):  # noqa: F811
    pages = article_site(site, b"User-agent: *\nCrawl-delay: 1\n")
    result = parse("-j", "2", pages[0], pages[2])
    assert result.exit_code == 0, result.stderr
    assert site.requests() == ["/robots.txt", "/news/0.html", "/news/2.html"]
    gaps = [b - a for a, b in zip(site.times, site.times[1:], strict=False)]
    assert min(gaps) >= 0.95


def test_a_single_url_is_checked_too(site):  # noqa: F811
    pages = article_site(site, b"User-agent: *\nDisallow: /members/\n")
    result = parse(pages[1])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"newsparse: {pages[1]}: refused by {site.base}/robots.txt\n"


def test_a_robots_txt_that_never_ends_leaves_the_site_alone(site):  # noqa: F811
    import time

    from .faultserver import article_html

    def drip():
        for _ in range(40):
            yield b"# slow\n"
            time.sleep(0.1)

    site.add("/robots.txt", drip, TEXT)
    pages = [site.add(f"/news/{n}.html", article_html(str(n)).encode(), HTML) for n in range(2)]
    result = parse("-j", "2", "--timeout", "1", *pages)
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    # the site did not answer in time: its inputs time out, as fetching them would have
    assert [r["error"] for r in out] == [
        {"type": "timeout", "message": "took longer than 1 s", "status": None}] * 2
    assert site.requests() == ["/robots.txt"]  # once for the run, and no page
