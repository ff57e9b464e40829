"""Politeness towards hosts: one request at a time each, and a pause between two, for the
batch runner and `newsparse urls` alike."""

from __future__ import annotations


class Politeness:
    """Per host: one request at a time, and `delay` seconds from the end of one to the next."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.busy: set[str] = set()
        self.free_at: dict[str, float] = {}
        self.slower: dict[str, float] = {}  # host -> its robots.txt Crawl-delay, if longer

    def slow_down(self, host: str | None, seconds: float) -> None:
        """Keep at least `seconds` between requests to `host` (its Crawl-delay)."""
        if host is not None and seconds > self.delay:
            self.slower[host] = seconds
            if len(self.slower) > 10_000:  # memory stays flat over many hosts
                self.slower.pop(next(iter(self.slower)))

    def wait_time(self, host: str | None, now: float) -> float:
        """Seconds until `host` may be asked again (inf while a request to it runs)."""
        if host is None:
            return 0.0
        if host in self.busy:
            return float("inf")
        return max(0.0, self.free_at.get(host, 0.0) - now)

    def acquire(self, host: str | None) -> None:
        if host is not None:
            self.busy.add(host)

    def release(self, host: str | None, now: float) -> None:
        """Mark the request to `host` finished at `now`; the next may start `delay` later."""
        if host is None:
            return
        self.busy.discard(host)
        delay = self.slower.get(host, self.delay)
        if delay:
            self.free_at[host] = now + delay
        if len(self.free_at) > 10_000:  # forget hosts whose pause is over: memory stays flat
            self.free_at = {h: t for h, t in self.free_at.items() if t > now}
