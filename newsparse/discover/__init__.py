"""Discovery: the article URLs that feeds, sitemaps and sites list, for `newsparse urls`.

    from newsparse.discover import UrlsOptions, find_urls
    for item in find_urls(["https://example.org/"], UrlsOptions(state="state.db")):
        print(item)   # Found(url=..., title=..., published=..., source=...) or Problem(...)

Modules, in the order a document meets them: `fetch` (polite, robots.txt-checked,
conditional GET), `read` (gunzip, size cap, what kind of document), `feeds` and `sitemaps`
(entries), `links` (URL cleaning, dates), `walk` (the run: limits, filters, state).
"""

from .records import Counts, Found, Problem
from .walk import UrlsOptions, find_urls

__all__ = ["Counts", "Found", "Problem", "UrlsOptions", "find_urls"]
