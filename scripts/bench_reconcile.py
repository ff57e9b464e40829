"""What trafilatura's second opinion costs (docs/benchmarks.md, "The second opinion").

The walk reads one container; where that container leaves a fair share of the page's running
text outside it (html/reconcile.py), trafilatura reads the page too. This measures, on the
wcxb-dev article pages (pages from a thousand sites, where it matters; fundus-dev's otherwise):
how many pages ask for the second opinion, how many run trafilatura at all (the thin-page
fallback included), and in-process ms per page with the second opinion and without it.
"""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path


def pages(shared: Path) -> tuple[str, list[tuple[str, str | None]]]:
    """(html, url) of the wcxb-dev article pages, else of fundus-dev, decoded once."""
    from newsparse.decode import decode

    wcxb = shared / "eval" / "wcxb-dev" / "dev"
    if (wcxb / "ground-truth").is_dir():
        out = []
        for gt in sorted((wcxb / "ground-truth").glob("*.json")):
            data = json.loads(gt.read_text(encoding="utf-8"))
            kind = ((data.get("_internal") or {}).get("page_type") or {})
            if isinstance(kind, dict) and kind.get("primary", "article") != "article":
                continue
            page = wcxb / "html" / f"{gt.stem}.html.gz"
            out.append((decode(gzip.decompress(page.read_bytes())), data.get("url")))
        return str(wcxb), out
    fundus = shared / "eval" / "fundus-dev" / "pages"
    return str(fundus), [(decode(gzip.decompress(p.read_bytes())), None)
                         for p in sorted(fundus.glob("*.html.gz"))]


def _parse_all(items: list[tuple[str, str | None]]) -> float:
    from newsparse import NewsparseError
    from newsparse.pipeline import parse_html

    start = time.perf_counter()
    for html, url in items:
        try:
            parse_html(html, url)
        except NewsparseError:
            pass
    return time.perf_counter() - start


def bench(shared: Path, passes: int) -> dict:
    """Pages asking, pages running trafilatura, and ms per page with and without the second
    opinion (best of `passes`, the two interleaved)."""
    from newsparse.html import fallback, reconcile

    where, items = pages(shared)
    asked = ran = 0
    spent = 0.0
    doubtful, read = reconcile.doubtful, fallback.Reading.blocks

    def counting_doubt(*args):
        nonlocal asked
        answer = doubtful(*args)
        asked += answer
        return answer

    def counting_read(reading):
        nonlocal ran, spent
        ran += reading._blocks is None
        start = time.perf_counter()
        try:
            return read(reading)
        finally:
            spent += time.perf_counter() - start

    reconcile.doubtful, fallback.Reading.blocks = counting_doubt, counting_read
    try:
        total = _parse_all(items)  # one pass to count (and to warm imports and caches)
        counts = {"asked": asked, "trafilatura_ran": ran, "share_in_trafilatura": spent / total}
        reconcile.doubtful = doubtful
        with_it, without = [], []
        for _ in range(passes):
            with_it.append(_parse_all(items))
            reconcile.doubtful = lambda *args: False
            without.append(_parse_all(items))
            reconcile.doubtful = doubtful
    finally:
        reconcile.doubtful, fallback.Reading.blocks = doubtful, read
    n = len(items)
    ms_with, ms_without = min(with_it) / n * 1e3, min(without) / n * 1e3
    return {"pages": n, "from": where, "passes": passes, **counts,
            "ms_per_page_with": ms_with, "ms_per_page_without": ms_without,
            "cost": ms_with / ms_without}


def rows(r: dict) -> list[str]:
    """The benchmark table's rows for these figures."""
    n = r["pages"]
    return [f"| second opinion, {n} pages: asked / trafilatura ran (fallback included) | "
            f"{r['asked']} ({r['asked'] / n:.0%}) / {r['trafilatura_ran']} "
            f"({r['trafilatura_ran'] / n:.0%}); time in its reading "
            f"**{r['share_in_trafilatura']:.0%}** of the total | |",
            f"| in-process ms per page with / without the second opinion | "
            f"{r['ms_per_page_with']:.1f} / {r['ms_per_page_without']:.1f} ms = "
            f"**{r['cost']:.2f}x** | |"]
