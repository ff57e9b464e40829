"""robots.txt in a batch, the parent's side: what it decides for every worker (the files
themselves are fetched and matched in discover/robots.py)."""

from __future__ import annotations

from typing import Any

from ..polite import Politeness
from ..settings import Options
from .records import BatchConfig, Result, Task
from .work import failure


class RobotsGate:
    """robots.txt in the parent: known sites' refusals decided here, the first input of a
    site told to fetch its file, the file then learnt from that input's Result."""

    def __init__(self, cfg: BatchConfig, opts: Options) -> None:
        self.obey, self.user_agent, self.delay = cfg.robots, opts.user_agent, cfg.delay
        self.sites: Any = None  # discover.robots.SiteRules, made at the first URL

    def _rules(self, task: Task):
        """The sites' rules when the task is a URL and robots.txt is obeyed, else None."""
        if not self.obey or not task.host:
            return None
        if self.sites is None:
            # Here, not in __init__: a batch of files never loads discover/ (start-up time).
            from ..discover.robots import SiteRules

            self.sites = SiteRules(self.user_agent, self.delay)
        return self.sites

    def fetch_with(self, task: Task) -> float | None:
        """None if the task needs no robots.txt first, else the pause after fetching it."""
        sites = self._rules(task)
        return sites.fetch_with(task.spec) if sites else None

    def refused(self, task: Task, opts: Options, pretty: bool) -> Result | None:
        """The failed Result of a URL that its site's known robots.txt refuses, else None."""
        sites = self._rules(task)
        refusal = sites.refusal(task.spec) if sites else None
        return None if refusal is None else failure(task.spec, opts, refusal.kind,
                                                    str(refusal), pretty)

    def learn(self, task: Task, result: Result, polite: Politeness) -> None:
        """Keep the robots.txt a task fetched; its Crawl-delay paces the host from now on."""
        if self.sites is not None and result.robots is not None:
            polite.slow_down(task.host, self.sites.learn(result.robots))
            result.robots = None
