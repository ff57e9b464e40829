"""robots.txt: fetched once per site per run, read as RFC 9309 says, matched by Protego.

Protego (Scrapy's parser) handles `*` and `$` wildcards, longest-match precedence and
Crawl-delay; the standard library's `urllib.robotparser` matches plain prefixes only.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from urllib.parse import urlsplit

from ..errors import FetchError, NewsparseError, RobotsRefused, TimeoutExceeded
from ..model import Record, record
from ..settings import Options

# RFC 9309 2.5: a crawler must read at least 500 KiB; what follows is ignored.
ROBOTS_MAX_BYTES = 500 * 1024
# A Crawl-delay past this counts as this: one line of a robots.txt should not hold a
# cron job for hours.
MAX_CRAWL_DELAY = 60.0
ROBOTS_ACCEPT = "text/plain,*/*;q=0.5"


@record
class Robots(Record):
    """One site's robots.txt as fetched: its text, or why every URL is allowed or refused."""

    origin: str  # scheme://host[:port]
    text: str | None = None  # None: no rules (a 4xx answer) or none readable
    refuse_all: bool = False  # 5xx or unreachable: nothing on the site is fetched this run
    reason: str = ""
    # The site never answered (refused, timed out): its URLs fail with this error kind and
    # `reason` as they would have, unasked, rather than as refused by rules.
    unreachable: str | None = None


def origin_of(url: str) -> str | None:
    """Return `scheme://host[:port]` of an http(s) URL (what one robots.txt covers), or None."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    default = 80 if parts.scheme == "http" else 443
    netloc = host if port in (None, default) else f"{host}:{port}"
    if ":" in host:  # an IPv6 literal keeps its brackets
        netloc = f"[{host}]" if port in (None, default) else f"[{host}]:{port}"
    return f"{parts.scheme}://{netloc}"


def fetch_robots(origin: str, opts: Options) -> Robots:
    """Return the site's robots.txt: 2xx read (first 500 KiB), 4xx none, 5xx or no answer
    refuse all (RFC 9309 2.3.1; 429 counts with 5xx, as the server asks us to hold off)."""
    from urllib3.exceptions import HTTPError

    from ..fetch import body_chunks, request

    url = origin + "/robots.txt"
    started = time.monotonic()
    try:
        resp = request(url, opts, ROBOTS_ACCEPT)
    except NewsparseError as exc:
        return Robots(origin, refuse_all=True, reason=str(exc), unreachable=exc.kind)
    try:
        status = resp.status
        if 400 <= status < 500 and status != 429:
            return Robots(origin, reason=f"no robots.txt (HTTP {status})")
        if not 200 <= status < 300:
            return Robots(origin, refuse_all=True,
                          reason=f"robots.txt unreachable (HTTP {status})")
        data = bytearray()
        for chunk in body_chunks(resp, opts.max_bytes, opts.timeout, started):
            data += chunk
            if len(data) >= ROBOTS_MAX_BYTES:
                break
        text = bytes(data[:ROBOTS_MAX_BYTES]).decode("utf-8", "replace")
        return Robots(origin, text=text)
    except NewsparseError as exc:
        return Robots(origin, refuse_all=True, reason=str(exc), unreachable=exc.kind)
    except (HTTPError, OSError):
        return Robots(origin, refuse_all=True, reason="connection broken", unreachable="fetch")
    finally:
        resp.release_conn()


class Rules:
    """A parsed robots.txt, asked on behalf of one User-Agent."""

    def __init__(self, robots: Robots, user_agent: str) -> None:
        self.robots = robots
        self.user_agent = user_agent
        self._parsed = None
        if robots.text:
            from protego import Protego

            self._parsed = Protego.parse(robots.text)

    def allowed(self, url: str) -> bool:
        """True when robots.txt lets this User-Agent fetch `url`."""
        if self.robots.refuse_all:
            return False
        return self._parsed is None or self._parsed.can_fetch(url, self.user_agent)

    def check(self, url: str) -> None:
        """Raise RobotsRefused unless `url` may be fetched (FetchError or TimeoutExceeded
        when the site never answered for its robots.txt)."""
        if self.allowed(url):
            return
        if self.robots.unreachable:
            kind = TimeoutExceeded if self.robots.unreachable == "timeout" else FetchError
            raise kind(self.robots.reason)
        if self.robots.refuse_all:
            raise RobotsRefused(f"refused: {self.robots.reason}; nothing on "
                                f"{self.robots.origin} is fetched this run")
        raise RobotsRefused(f"refused by {self.robots.origin}/robots.txt")

    def crawl_delay(self) -> float:
        """Return the Crawl-delay for this User-Agent in seconds (0 if none), capped."""
        if self._parsed is None:
            return 0.0
        delay = self._parsed.crawl_delay(self.user_agent)
        return min(max(delay or 0.0, 0.0), MAX_CRAWL_DELAY)

    def sitemaps(self) -> list[str]:
        """Return the `Sitemap:` URLs the file lists, in order."""
        return list(self._parsed.sitemaps) if self._parsed is not None else []


class RobotsCache:
    """The rules of every site met in a run, the most recent `size` of them kept."""

    def __init__(self, user_agent: str, size: int = 1000) -> None:
        self.user_agent = user_agent
        self.size = size
        self._rules: OrderedDict[str, Rules] = OrderedDict()

    def get(self, origin: str) -> Rules | None:
        """Return the rules of a site already learnt, or None."""
        rules = self._rules.get(origin)
        if rules is not None:
            self._rules.move_to_end(origin)
        return rules

    def learn(self, robots: Robots) -> Rules:
        """Parse and keep a site's robots.txt; return its rules."""
        rules = Rules(robots, self.user_agent)
        self._rules[robots.origin] = rules
        self._rules.move_to_end(robots.origin)
        while len(self._rules) > self.size:  # a run over many sites: memory stays flat
            self._rules.popitem(last=False)
        return rules

    def rules_for(self, url: str, opts: Options) -> Rules | None:
        """Return the rules for `url`'s site, fetching its robots.txt the first time."""
        origin = origin_of(url)
        if origin is None:
            return None
        return self.get(origin) or self.learn(fetch_robots(origin, opts))



def first_visit(url: str, opts: Options, pause: float) -> tuple[Robots, NewsparseError | None,
                                                                 float]:
    """Fetch `url`'s robots.txt; return it, the refusal of `url` if it is refused, and the
    seconds to wait before fetching `url` (`pause`, or a longer Crawl-delay)."""
    robots = fetch_robots(origin_of(url) or "", opts)
    rules = Rules(robots, opts.user_agent)
    try:
        rules.check(url)
    except NewsparseError as exc:
        return robots, exc, 0.0
    return robots, None, max(pause, rules.crawl_delay())


def unreachable(url: str, exc: NewsparseError) -> tuple[Robots, NewsparseError, float]:
    """What first_visit returns for a robots.txt that never came: the site unreachable for
    the run, `url` failing with `exc`."""
    robots = Robots(origin_of(url) or "", refuse_all=True, reason=str(exc),
                    unreachable=exc.kind)
    return robots, exc, 0.0


class SiteRules:
    """robots.txt for a batch whose inputs fetch each site's file themselves (the first
    input of a site, in its worker): what is known, what to fetch, what is refused."""

    def __init__(self, user_agent: str, delay: float) -> None:
        self.cache = RobotsCache(user_agent)
        self.delay = delay

    def fetch_with(self, url: str) -> float | None:
        """None if `url`'s site rules are known (or it has none), else the pause to take
        between fetching its robots.txt and `url`."""
        origin = origin_of(url)
        if origin is None or self.cache.get(origin) is not None:
            return None
        return self.delay

    def refusal(self, url: str) -> NewsparseError | None:
        """The refusal of `url` by its site's known robots.txt, or None."""
        origin = origin_of(url)
        rules = self.cache.get(origin) if origin else None
        if rules is None:
            return None
        try:
            rules.check(url)
        except NewsparseError as exc:
            return exc
        return None

    def learn(self, robots: Robots) -> float:
        """Keep a site's robots.txt; return its Crawl-delay (0 if none)."""
        return self.cache.learn(robots).crawl_delay()
