"""`newsparse urls` figures for scripts/bench.py: URLs per second from a sitemap index served
on this machine, peak memory at 5,000 and 50,000 URLs, the cost of a robots.txt check, and
the feed parsers side by side."""

from __future__ import annotations

import gzip
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PER_SITEMAP = 5_000


def write_site(where: Path, sitemaps: int, per: int, prefix: str) -> None:
    """An index of `sitemaps` gzipped sitemaps of `per` news URLs each, plus a robots.txt."""
    where.mkdir(parents=True, exist_ok=True)
    (where / "robots.txt").write_text("User-agent: *\nDisallow: /search\nDisallow: /*?print=\n")
    ns = "http://www.sitemaps.org/schemas/sitemap/0.9"
    locs = []
    for s in range(sitemaps):
        rows = "".join(
            f"<url><loc>https://news.example.org/{prefix}/2026/11/{s:03d}/story-{n}.html"
            f"?utm_source=sitemap</loc><lastmod>2026-11-30T08:{n % 60:02d}:00Z</lastmod></url>"
            for n in range(per))
        name = f"{prefix}-{s:03d}.xml.gz"
        (where / name).write_bytes(gzip.compress(
            f"<?xml version='1.0'?><urlset xmlns='{ns}'>{rows}</urlset>".encode(), 6))
        locs.append(name)
    index = "".join(f"<sitemap><loc>/{name}</loc></sitemap>" for name in locs)
    (where / f"{prefix}-index.xml").write_text(
        f"<?xml version='1.0'?><sitemapindex xmlns='{ns}'>{index}</sitemapindex>")


def serve(directory: Path) -> tuple[subprocess.Popen, str]:
    """`python -m http.server` on a free port of 127.0.0.1 (it answers If-Modified-Since)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind",
                             "127.0.0.1", "--directory", str(directory)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, f"http://127.0.0.1:{port}"


def run_urls(newsparse: str, args: list[str]) -> dict:
    """Wall time, lines printed and peak RSS of one `newsparse urls` run in a fresh process."""
    probe = ("import resource, subprocess, sys, time\n"
             "t = time.perf_counter()\n"
             "out = subprocess.run(sys.argv[1:], capture_output=True)\n"
             "print(time.perf_counter() - t, out.stdout.count(b'\\n'),\n"
             "      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, out.returncode)")
    got = subprocess.run([sys.executable, "-c", probe, newsparse, "urls", "--delay", "0", *args],
                         capture_output=True, text=True, check=True).stdout.split()
    return {"seconds": float(got[0]), "urls": int(got[1]), "peak_rss_mib": int(got[2]) / 1024,
            "exit": int(got[3])}


def bench_sitemaps(newsparse: str, tmp: Path, quick: bool) -> dict:
    """URLs/s and peak RSS for 5,000 and 50,000 URLs (1 and 10 sitemaps of 5,000), and a
    second --state run of the 50,000 (every URL seen, every sitemap answered 304)."""
    site = tmp / "site"
    large = 2 if quick else 10
    write_site(site, 1, PER_SITEMAP, "small")
    write_site(site, large, PER_SITEMAP, "large")
    proc, base = serve(site)
    try:
        small = run_urls(newsparse, [f"{base}/small-index.xml"])
        big = run_urls(newsparse, [f"{base}/large-index.xml"])
        state = str(tmp / "state.db")
        first = run_urls(newsparse, ["--state", state, f"{base}/large-index.xml"])
        again = run_urls(newsparse, ["--state", state, f"{base}/large-index.xml"])
    finally:
        proc.kill()
        proc.wait()
    return {"small": small, "large": big, "state_first": first, "state_again": again,
            "urls_per_s": big["urls"] / big["seconds"],
            "urls_per_s_with_state": first["urls"] / first["seconds"],
            "rss_ratio": big["peak_rss_mib"] / small["peak_rss_mib"]}


ROBOTS = """User-agent: *
Disallow: /search
Disallow: /*?print=
Disallow: /*.pdf$
Allow: /search/about
Crawl-delay: 2
""" + "".join(f"Disallow: /section-{n}/private/\n" for n in range(40))


def bench_robots(count: int = 50_000) -> dict:
    """Microseconds per robots.txt check (Protego, as newsparse asks it) over news URLs."""
    sys.path.insert(0, str(ROOT))
    from newsparse.discover.robots import Robots, Rules

    rules = Rules(Robots("https://news.example.org", ROBOTS), "newsparse/0.1")
    urls = [f"https://news.example.org/section-{n % 50}/2026/11/story-{n}.html"
            for n in range(count)]
    rules.allowed(urls[0])
    start = time.perf_counter()
    refused = sum(not rules.allowed(u) for u in urls)
    seconds = time.perf_counter() - start
    return {"checks": count, "us_per_check": seconds / count * 1e6, "refused": refused,
            "rules": ROBOTS.count("\n")}


def bench_feed_parsers(seconds: float) -> dict:
    """ms per 100-item RSS feed (~280 kB, content:encoded in CDATA): newsparse's read_feed
    (lxml's well-formedness check, then feedparser), feedparser alone as newsparse calls it,
    feedparser with its defaults, and fastfeedparser when it is installed."""
    import io

    import feedparser

    sys.path.insert(0, str(ROOT))
    from newsparse.discover.feeds import read_feed

    item = ("<item><title><![CDATA[Story {i}: council &amp; port <em>agree</em>]]></title>"
            "<link>https://news.example.org/2026/11/{i}/story-{i}/?utm_source=rss</link>"
            "<dc:creator>Desk</dc:creator><pubDate>Mon, 30 Nov 2026 08:{m:02d}:10 +0000"
            "</pubDate><guid isPermaLink='false'>https://news.example.org/?p={i}</guid>"
            "<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    body = "".join(f"<p>Paragraph {k}, with <a href='https://x.example/{k}'>a link</a> and "
                   "\u201cquotes\u201d &amp; entities.</p>" for k in range(25))
    feed = ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' "
            "xmlns:content='http://purl.org/rss/1.0/modules/content/' "
            "xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>T</title>"
            + "".join(item.format(i=i, m=i % 60, body=body) for i in range(100))
            + "</channel></rss>").encode()
    runs = {
        "read_feed": lambda: read_feed(io.BufferedReader(io.BytesIO(feed)), None),
        "feedparser_as_used": lambda: feedparser.parse(io.BytesIO(feed), sanitize_html=False,
                                                       resolve_relative_uris=False),
        "feedparser_defaults": lambda: feedparser.parse(io.BytesIO(feed)),
    }
    try:
        import fastfeedparser

        runs["fastfeedparser"] = lambda: fastfeedparser.parse(feed)
    except ImportError:
        pass
    out: dict = {"feed_kib": len(feed) / 1024}
    for name, fn in runs.items():
        fn()
        n, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            fn()
            n += 1
        out[name + "_ms"] = (time.perf_counter() - start) / n * 1e3
    return out


def measure(newsparse: str, tmp: Path, quick: bool) -> dict:
    """Every figure of this file."""
    return {"sitemaps": bench_sitemaps(newsparse, tmp, quick), "robots": bench_robots(),
            "feed_parsers": bench_feed_parsers(0.5 if quick else 3.0),
            "max_rss_self_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def rows(u: dict) -> list[str]:
    """The Markdown table rows of these figures."""
    s, r, f = u["sitemaps"], u["robots"], u["feed_parsers"]
    out = [f"| `newsparse urls` over a sitemap index of {s['large']['urls']:,} URLs "
           f"({s['large']['urls'] // PER_SITEMAP} gzipped sitemaps, local HTTP) | "
           f"{s['large']['seconds']:.2f} s = **{s['urls_per_s']:,.0f} URLs/s** | |",
           f"| the same with `--state` (first run / second: all seen, 304s) | "
           f"{s['urls_per_s_with_state']:,.0f} URLs/s / {s['state_again']['seconds']:.2f} s, "
           f"{s['state_again']['urls']} printed | |",
           f"| peak RSS of `newsparse urls`: {s['large']['urls']:,} / {s['small']['urls']:,} URLs"
           f" | {s['large']['peak_rss_mib']:.1f} / {s['small']['peak_rss_mib']:.1f} MiB = "
           f"**{s['rss_ratio']:.3f}** | flat |",
           f"| robots.txt check ({r['rules']} rules, Protego) | **{r['us_per_check']:.1f} us** "
           "per URL | |"]
    parsers = " / ".join(f"{k[:-3]} {v:.1f} ms" for k, v in f.items() if k.endswith("_ms"))
    out.append(f"| one {f['feed_kib']:.0f} KiB RSS feed of 100 items | {parsers} | |")
    return out
