"""`newsparse urls` on feeds served over real HTTP: RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsparse.cli import cli

from .siteserver import HTML, RSS, site  # noqa: F401  (fixture)


def urls(*args: str, **kw):
    return CliRunner().invoke(cli, ["urls", "--delay", "0", *args], catch_exceptions=False,
                              **kw)


def records(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_rss2_entries_cleaned_resolved_and_deduplicated(site):  # noqa: F811
    feed = site.fixture("/feed/", "rss2.xml", RSS)
    result = urls("--ndjson", feed)
    assert result.exit_code == 0, result.stderr
    assert records(result) == [
        # utm_* dropped; CDATA with <em> read as text
        {"url": "https://news.example.org/2026/11/30/ferry-timetable/",
         "title": "Council approves new ferry timetable", "published": "2026-11-30T08:55:10Z",
         "source": feed},
        # fbclid dropped, page=2 kept; entities decoded
        {"url": "https://news.example.org/2026/11/29/pay-deal/?page=2",
         "title": "Port workers & dockers agree pay deal \u2018in principle\u2019",
         "published": "2026-11-29T17:40:00Z", "source": feed},
        # a relative link, resolved against the feed's URL; EST kept as its offset
        {"url": f"{site.base}/2026/11/28/storm-warning/",
         "title": "Storm warning for the weekend", "published": "2026-11-28T06:00:00-05:00",
         "source": feed},
        # no <link>: the permalink <guid>
        {"url": "https://news.example.org/2026/11/27/lighthouse/",
         "title": "Lighthouse reopens after restoration",
         "published": "2026-11-27T12:30:00+01:00", "source": feed},
        {"url": "https://news.example.org/opinion/letters-harbour-wall/",
         "title": "Letters: the harbour wall", "published": None, "source": feed},
        # the ferry story again (?utm_source=twitter) and the podcast without a link: left out
    ]
    assert "1 seen before" in result.stderr and "1 without a link" in result.stderr


def test_rdf_in_latin1(site):  # noqa: F811
    feed = site.fixture("/rss/", "rdf.xml", "application/rdf+xml")
    result = urls("--ndjson", feed)
    assert result.exit_code == 0, result.stderr
    assert [(r["url"], r["title"], r["published"]) for r in records(result)] == [
        ("https://zeitung.example.de/politik/haushalt-100.html",
         "Stadtrat beschließt Haushalt für 2027", "2026-11-30T09:41:00+01:00"),
        ("https://zeitung.example.de/kultur/oper-101.html",  # xtor=RSS-1 dropped
         "Oper: Premiere «Der Leuchtturm» gefeiert", "2026-11-29T21:15:00Z"),
    ]


def test_atom_xml_base_html_and_xhtml_titles(site):  # noqa: F811
    feed = site.fixture("/une.atom", "atom.xml", "application/atom+xml")
    result = urls("--ndjson", feed)
    assert result.exit_code == 0, result.stderr
    assert [(r["url"], r["title"], r["published"]) for r in records(result)] == [
        ("https://journal.example.fr/economie/2026/11/30/port-agrandissement_123.html",
         "Le port s\u2019agrandit : 200 emplois", "2026-11-30T07:45:00+01:00"),
        # the entry's own xml:base (culture/) counts; at_medium and utm_campaign dropped
        ("https://journal.example.fr/culture/2026/11/29/festival_122.html",
         "Festival : trois jours de musique", "2026-11-29T19:00:00Z"),
        # the alternate link, not the related one; the fragment dropped; a bare date stays one
        ("https://journal.example.fr/meteo/vigilance_121.html", "Météo : vigilance orange",
         "2026-11-28"),
    ]


def test_json_feed(site):  # noqa: F811
    feed = site.fixture("/feed.json", "feed.json", "application/feed+json")
    result = urls("--ndjson", feed)
    assert result.exit_code == 0, result.stderr
    assert [(r["url"], r["title"], r["published"]) for r in records(result)] == [
        ("https://gazette.example.net/2026/11/30/bridge-vote",
         "Bridge vote set for December & residents \u201cwelcome\u201d it",
         "2026-11-30T06:30:00-05:00"),
        (f"{site.base}/2026/11/29/school-roof", "School roof repairs finished early",
         "2026-11-29T15:00:00Z"),
        ("https://other.example.com/story/77", None, None),  # external_url when no url
    ]


def test_plain_output_is_one_url_a_line(site):  # noqa: F811
    feed = site.fixture("/rss/", "rdf.xml")
    result = urls(feed)
    assert result.stdout == ("https://zeitung.example.de/politik/haushalt-100.html\n"
                             "https://zeitung.example.de/kultur/oper-101.html\n")


def test_feed_from_a_file_and_from_stdin(tmp_path):
    from .siteserver import FIXTURES

    from_file = urls(str(FIXTURES / "rdf.xml"))
    from_stdin = urls("-", input=(FIXTURES / "rdf.xml").read_bytes())
    assert from_file.exit_code == from_stdin.exit_code == 0
    assert from_file.stdout == from_stdin.stdout
    assert from_file.stdout.count("\n") == 2


def test_filters(site):  # noqa: F811
    feed = site.fixture("/feed/", "rss2.xml", RSS)
    since = urls("--since", "2026-11-28T12:00:00Z", feed)
    # the 27 Nov and 28 Nov (11:00 UTC) entries are older; the undated letters stay
    assert since.stdout.splitlines() == [
        "https://news.example.org/2026/11/30/ferry-timetable/",
        "https://news.example.org/2026/11/29/pay-deal/?page=2",
        "https://news.example.org/opinion/letters-harbour-wall/"]
    assert "1 undated kept" in since.stderr and "2 older than --since" in since.stderr
    same = urls("--same-host", feed)
    assert same.stdout.splitlines() == [f"{site.base}/2026/11/28/storm-warning/"]
    picked = urls("--include", "/2026/11/", "--exclude", "pay-deal", "--limit", "2", feed)
    assert picked.stdout.splitlines() == [
        "https://news.example.org/2026/11/30/ferry-timetable/",
        f"{site.base}/2026/11/28/storm-warning/"]
    assert picked.exit_code == 0


def test_since_as_a_duration_keeps_what_is_recent(site):  # noqa: F811
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    fresh = (now - timedelta(hours=2)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    stale = (now - timedelta(hours=30)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    body = (f"<rss version='2.0'><channel><title>t</title>"
            f"<item><link>https://a.example/fresh</link><pubDate>{fresh}</pubDate></item>"
            f"<item><link>https://a.example/stale</link><pubDate>{stale}</pubDate></item>"
            f"</channel></rss>").encode()
    feed = site.add("/feed", body, RSS)
    assert urls("--since", "24h", feed).stdout == "https://a.example/fresh\n"
    assert urls("--since", "2d", feed).stdout.count("\n") == 2


def test_bad_since_and_bad_regex_are_usage_errors(site):  # noqa: F811
    feed = site.fixture("/feed/", "rss2.xml", RSS)
    bad = CliRunner().invoke(cli, ["urls", "--since", "yesterday-ish", feed])
    assert bad.exit_code == 2 and "not a date or a duration" in bad.output
    bad = CliRunner().invoke(cli, ["urls", "--include", "(", feed])
    assert bad.exit_code == 2 and "not a regular expression" in bad.output
    assert site.requests() == []  # refused before anything was fetched


def test_no_source_is_a_usage_error():
    result = CliRunner().invoke(cli, ["urls"])
    assert result.exit_code == 2 and "no SOURCE given" in result.output


def test_home_page_feeds_and_robots_sitemaps(site):  # noqa: F811
    page = (b"<!DOCTYPE html><html><head><title>Home</title>"
            b"<link rel='alternate' type='application/rss+xml' title='All' href='/feed/'>"
            b"<link rel='alternate' type='application/atom+xml' href='/feed/'>"
            b"<link rel='alternate' hreflang='fr' href='/fr/'>"
            b"<link rel='stylesheet' href='/s.css'></head><body><p>news</p></body></html>")
    site.add("/", page, HTML)
    site.fixture("/feed/", "rdf.xml", RSS)
    site.add("/robots.txt", b"User-agent: *\nDisallow: /private/\n"
                            b"Sitemap: /news-sitemap.xml\n", "text/plain")
    site.add("/news-sitemap.xml", b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                                  b"<url><loc>https://zeitung.example.de/lokal/a-102.html</loc>"
                                  b"</url></urlset>")
    result = urls(site.base + "/")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "https://zeitung.example.de/politik/haushalt-100.html",
        "https://zeitung.example.de/kultur/oper-101.html",
        "https://zeitung.example.de/lokal/a-102.html"]
    # robots.txt once, the feed once though announced twice
    assert site.requests() == ["/robots.txt", "/", "/feed/", "/news-sitemap.xml"]


def test_sources_from_a_list_and_stdin_conflict(site, tmp_path):  # noqa: F811
    feed = site.fixture("/rss/", "rdf.xml")
    (tmp_path / "sites.txt").write_text(f"# followed\n{feed}\n\n")
    listed = urls("-i", str(tmp_path / "sites.txt"))
    assert listed.exit_code == 0 and listed.stdout.count("\n") == 2
    both = CliRunner().invoke(cli, ["urls", "-i", "-", "-"], input="x\n")
    assert both.exit_code == 2 and "stdin cannot be both" in both.output
