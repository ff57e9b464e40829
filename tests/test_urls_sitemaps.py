"""`newsparse urls` on sitemaps over real HTTP: urlsets, News sitemaps, nested and gzipped
indexes, plain-text sitemaps, and the depth, count and --since limits."""

from __future__ import annotations

import gzip
import json

from .siteserver import TEXT, other_site, site  # noqa: F401  (fixtures)
from .test_urls_feeds import records, urls

NS = ("xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
      "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9' "
      "xmlns:image='http://www.google.com/schemas/sitemap-image/1.1'")


def urlset(*entries: str) -> bytes:
    return (f"<?xml version='1.0' encoding='UTF-8'?>\n<urlset {NS}>"
            + "".join(entries) + "</urlset>").encode()


def index(*locs: str) -> bytes:
    return (f"<?xml version='1.0' encoding='UTF-8'?><sitemapindex {NS}>"
            + "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
            + "</sitemapindex>").encode()


def url(loc: str, lastmod: str | None = None) -> str:
    return f"<url><loc>{loc}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + \
        "<changefreq>daily</changefreq></url>"


def test_news_sitemap_titles_and_dates(site):  # noqa: F811
    body = urlset(
        "<url><loc>https://news.example.org/2026/11/30/budget.html?utm_medium=social</loc>"
        "<news:news><news:publication><news:name>Courier</news:name>"
        "<news:language>en</news:language></news:publication>"
        "<news:publication_date>2026-11-30T08:00:00+01:00</news:publication_date>"
        "<news:title>Budget &amp; the &lt;new&gt; tram line</news:title></news:news>"
        "<image:image><image:loc>https://img.example.org/tram.jpg</image:loc></image:image>"
        "<lastmod>2026-11-30T09:00:00+01:00</lastmod></url>",
        url("https://news.example.org/2026/11/29/ferry.html", "2026-11-29"),
        url("https://news.example.org/2026/11/29/ferry.html#top", "2026-11-29"))
    sitemap = site.add("/sitemap-news.xml", body)
    result = urls("--ndjson", sitemap)
    assert result.exit_code == 0, result.stderr
    assert records(result) == [
        {"url": "https://news.example.org/2026/11/30/budget.html",
         "title": "Budget & the <new> tram line", "published": "2026-11-30T08:00:00+01:00",
         "source": sitemap},
        {"url": "https://news.example.org/2026/11/29/ferry.html", "title": None,
         "published": "2026-11-29", "source": sitemap}]


def test_nested_gzipped_index_read_depth_first(site, other_site):  # noqa: F811
    site.add("/sitemap.xml", index(site.base + "/sub-index.xml", site.base + "/pages.xml.gz"))
    site.add("/sub-index.xml", index(other_site.base + "/a.xml", site.base + "/sitemap.xml"))
    other_site.add("/a.xml", urlset(url("https://a.example/1"), url("https://a.example/2")))
    site.add("/pages.xml.gz", gzip.compress(urlset(url("https://a.example/3"))),
             "application/x-gzip")
    result = urls(site.base + "/sitemap.xml")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["https://a.example/1", "https://a.example/2",
                                          "https://a.example/3"]
    # the index that lists its parent again is not read twice
    assert site.requests() == ["/robots.txt", "/sitemap.xml", "/sub-index.xml",
                               "/pages.xml.gz"]
    assert other_site.requests() == ["/robots.txt", "/a.xml"]


def test_gzip_sent_as_content_encoding(site):  # noqa: F811
    sitemap = site.add("/s.xml", gzip.compress(urlset(url("https://a.example/z"))),
                       headers={"Content-Encoding": "gzip"})
    assert urls(sitemap).stdout == "https://a.example/z\n"


def test_plain_text_sitemap(site):  # noqa: F811
    text = site.add("/sitemap.txt", b"https://a.example/1\n\nhttps://a.example/2?fbclid=x\r\n"
                                    b"https://a.example/1\n", TEXT)
    result = urls(text)
    assert result.stdout.splitlines() == ["https://a.example/1", "https://a.example/2"]


def test_depth_limit(site):  # noqa: F811
    site.add("/i0.xml", index(site.base + "/i1.xml"))
    site.add("/i1.xml", index(site.base + "/leaf.xml"))
    site.add("/leaf.xml", urlset(url("https://a.example/deep")))
    deep = urls("--max-depth", "1", site.base + "/i0.xml")
    assert deep.exit_code == 1
    assert deep.stdout == ""
    assert (f"newsparse: {site.base}/i1.xml: nested deeper than 1 (--max-depth); 1 feeds or "
            f"sitemaps not read") in deep.stderr
    assert urls("--max-depth", "2", site.base + "/i0.xml").stdout == "https://a.example/deep\n"


def test_since_skips_old_sitemaps_of_an_index(site):  # noqa: F811
    site.add("/index.xml", (
        f"<sitemapindex {NS}>"
        f"<sitemap><loc>{site.base}/2019-01.xml</loc><lastmod>2019-01-31</lastmod></sitemap>"
        f"<sitemap><loc>{site.base}/2026-11.xml</loc><lastmod>2026-11-30</lastmod></sitemap>"
        f"</sitemapindex>").encode())
    site.add("/2026-11.xml", urlset(url("https://a.example/new", "2026-11-30"),
                                    url("https://a.example/old", "2026-10-01")))
    result = urls("--since", "2026-11-01", site.base + "/index.xml")
    assert result.stdout == "https://a.example/new\n"
    assert "/2019-01.xml" not in site.requests()
    assert "1 sitemaps older than --since" in result.stderr


def test_many_urls_stream_through(site):  # noqa: F811
    entries = [url(f"https://a.example/story/{n}") for n in range(20_000)]
    site.add("/big.xml", urlset(*entries))
    result = urls(site.base + "/big.xml")
    lines = result.stdout.splitlines()
    assert len(lines) == 20_000 and lines[-1] == "https://a.example/story/19999"
    assert len(set(lines)) == 20_000


def test_ndjson_objects_are_one_per_line(site):  # noqa: F811
    site.add("/s.xml", urlset(url("https://a.example/1"), url("https://a.example/2", "2026-01")))
    lines = urls("--ndjson", site.base + "/s.xml").stdout.splitlines()
    assert [json.loads(x)["published"] for x in lines] == [None, "2026-01-01"]
