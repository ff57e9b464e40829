"""Bad sources for `newsparse urls`: each gets one stderr line naming it and exit 1, and
every other source is still read and printed."""

from __future__ import annotations

import gzip

from .siteserver import HTML, RSS, site  # noqa: F401  (fixture)
from .test_urls_feeds import urls
from .test_urls_sitemaps import index, url, urlset

FAST = ["--retries", "0", "--timeout", "10", "--max-bytes", "1000000"]

RSS_HEAD = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Courier</title>"
            "<link>https://a.example/</link>")


def items(*links: str) -> str:
    return "".join(f"<item><title>Story {n}</title><link>{link}</link></item>"
                   for n, link in enumerate(links))


def gzip_bomb() -> bytes:
    """A gzip file of about 1 MB that inflates to 1 GB: one URL, then spaces."""
    head = gzip.compress(urlset(url("https://a.example/before-the-bomb"))[:-len(b"</urlset>")])
    spaces = gzip.compress(b" " * 10_000_000, compresslevel=9)
    return head + spaces * 100  # gzip members one after another form one stream


def million_sitemaps(base: str):
    """An index streamed entry by entry: a million sitemaps (never built whole)."""
    yield b"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
    for n in range(1_000_000):
        yield f"<sitemap><loc>{base}/part/{n}.xml</loc></sitemap>".encode()
    yield b"</sitemapindex>"


def test_each_bad_source_one_line_and_the_rest_printed(site):  # noqa: F811
    good = site.add("/good.xml", (RSS_HEAD + items("https://a.example/good") +
                                  "</channel></rss>").encode(), RSS)
    bad = {
        "/html-feed": site.add("/html-feed", b"<!DOCTYPE html><html><head><title>Log in"
                               b"</title></head><body><form></form></body></html>", HTML),
        "/truncated.xml": site.add("/truncated.xml", (
            RSS_HEAD + items("https://a.example/t1", "https://a.example/t2")
            + "<item><title>Cut</title><link>https://a.exa").encode(), RSS),
        "/no-links.xml": site.add("/no-links.xml", (
            RSS_HEAD + "<item><title>A</title></item><item><title>B</title>"
            "<guid isPermaLink='false'>b-2</guid></item></channel></rss>").encode(), RSS),
        "/loop": site.add("/loop", b"", status=302, headers={"Location": "/loop"}),
        "/bomb.xml.gz": site.add("/bomb.xml.gz", gzip_bomb(), "application/gzip"),
        "/million.xml": site.add("/million.xml", lambda: million_sitemaps(site.base)),
        "/index.xml": site.add("/index.xml", index(*[f"{site.base}/part/{n}.xml"
                                                     for n in range(10)])),
        "/empty.xml": site.add("/empty.xml", b"", "application/xml"),
        "/image": site.add("/image", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
    }
    for n in range(3):
        site.add(f"/part/{n}.xml", urlset(url(f"https://a.example/part-{n}")))
    result = urls(*FAST, "--max-sitemaps", "4", *bad.values(), good)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "https://a.example/t1", "https://a.example/t2",  # what came before the cut
        "https://a.example/before-the-bomb",
        "https://a.example/part-0", "https://a.example/part-1", "https://a.example/part-2",
        "https://a.example/good"]
    errors = [line for line in result.stderr.splitlines()[:-1]]  # the last is the summary
    by_source = {path: [e for e in errors if e.startswith(f"newsparse: {u}:")]
                 for path, u in bad.items()}
    assert len(errors) == len(bad) + 1  # the index of a million: the index, and the budget
    assert by_source["/html-feed"] == [
        f"newsparse: {bad['/html-feed']}: an HTML page that announces no feed, and its "
        "robots.txt lists no sitemap"]
    assert by_source["/truncated.xml"][0].startswith(
        f"newsparse: {bad['/truncated.xml']}: malformed XML (")
    assert by_source["/no-links.xml"] == [
        f"newsparse: {bad['/no-links.xml']}: 2 entries and not one link to an http(s) page"]
    assert by_source["/loop"] == [f"newsparse: {bad['/loop']}: too many redirects"]
    assert by_source["/bomb.xml.gz"] == [
        f"newsparse: {bad['/bomb.xml.gz']}: larger than 1000000 bytes after decompression "
        "(--max-bytes)"]
    # a million sitemaps: refused at the size cap, before any is fetched
    assert by_source["/million.xml"] == [
        f"newsparse: {bad['/million.xml']}: response larger than 1000000 bytes"]
    # ten, with --max-sitemaps 4: the first ones are read
    assert by_source["/index.xml"] == [
        f"newsparse: {bad['/index.xml']}: an index of more than 4 sitemaps (--max-sitemaps); "
        "read the first 4",
        f"newsparse: {bad['/index.xml']}: leads to more than 4 feeds and sitemaps "
        "(--max-sitemaps); read the first 4"]
    assert by_source["/empty.xml"] == [
        f"newsparse: {bad['/empty.xml']}: an empty document, not a feed or sitemap"]
    assert by_source["/image"] == [
        f"newsparse: {bad['/image']}: not a feed, sitemap or HTML page (binary data)"]
    assert "Traceback" not in result.stderr


def test_a_feed_link_that_gives_html(site):  # noqa: F811
    site.add("/", b"<html><head><link rel='alternate' type='application/rss+xml' "
                  b"href='/feed'></head><body>home</body></html>", HTML)
    site.add("/feed", b"<html><body>Please log in</body></html>", HTML)
    result = urls(site.base + "/")
    assert result.exit_code == 1
    assert (f"newsparse: {site.base}/feed: an HTML page, not a feed or sitemap"
            in result.stderr.splitlines())


def test_http_errors_name_the_source(site):  # noqa: F811
    missing = site.base + "/gone.xml"
    result = urls(*FAST, missing, site.add("/ok.xml", urlset(url("https://a.example/ok"))))
    assert result.exit_code == 1
    assert result.stdout == "https://a.example/ok\n"
    assert f"newsparse: {missing}: HTTP 404" in result.stderr.splitlines()


def test_missing_file_source():
    result = urls("/nonexistent/feed.xml")
    assert result.exit_code == 1
    assert "newsparse: /nonexistent/feed.xml: no such file" in result.stderr


def test_html_entities_in_a_feed_are_no_fault(site):  # noqa: F811
    feed = site.add("/feed", (RSS_HEAD + "<item><title>Caf&eacute;&nbsp;owners &amp; the "
                              "council</title><link>https://a.example/cafe</link></item>"
                              "</channel></rss>").encode(), RSS)
    result = urls("--ndjson", feed)
    assert result.exit_code == 0, result.stderr
    assert '"title":"Café owners & the council"' in result.stdout  # no-break space: a space


def _seconds(call, data: bytes) -> float:
    import time

    best = float("inf")
    for _ in range(5):  # the best of five: other jobs on the machine only ever add time
        start = time.perf_counter()
        call(data)
        best = min(best, time.perf_counter() - start)
    return best


def test_malformed_feeds_take_time_linear_in_their_size():
    import io

    from newsparse.discover.feeds import read_feed

    def read(data: bytes):
        return read_feed(io.BufferedReader(io.BytesIO(data)), None)

    read(b"<rss/>")  # imports out of the timing
    for head, unit in ((b"<rss>", b"<"),
                       (b"<rss><channel>", b"<item><title>x &amp; <b>y"),
                       (b"<rss><channel><item><title>", b"&nbsp;&eacute;")):
        # 100 kB and 800 kB: below that, fixed costs and caches blur the ratio
        small, large = (_seconds(read, head + unit * (size // len(unit)))
                        for size in (100_000, 800_000))
        # 8x the input: about 8x the time when linear, 64x when quadratic
        assert large / small < 24, (unit, small, large)


def test_a_bug_in_one_document_fails_that_source_only(site, monkeypatch):  # noqa: F811
    import newsparse.discover.sitemaps as sitemaps

    real = sitemaps.read_sitemap

    def broken(stream, limit):  # stands for a bug met on one sitemap's markup
        if b"boom" in stream.peek(200):
            raise RuntimeError("boom")
        return real(stream, limit)

    monkeypatch.setattr(sitemaps, "read_sitemap", broken)
    bad = site.add("/bad.xml", urlset(url("https://a.example/boom")))
    good = site.add("/good.xml", urlset(url("https://a.example/fine")))
    result = urls(bad, good)
    assert result.exit_code == 1
    assert result.stdout == "https://a.example/fine\n"
    assert f"newsparse: {bad}: internal error: RuntimeError('boom')" in result.stderr
    assert "Traceback" not in result.stderr
