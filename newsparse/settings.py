"""Options that travel together from the CLI (or an API caller) down the pipeline."""

from __future__ import annotations

from .model import Record, record

DEFAULT_USER_AGENT = "newsparse/0.1 (+https://pypi.org/project/newsparse/)"


@record
class Options(Record):
    """Per-input settings: format, URL, network limits, time limit."""

    format: str = "auto"  # "auto" | "html" | "text"
    url: str | None = None  # the page URL of a file or stdin input
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = 20_000_000  # after decompression
    user_agent: str = DEFAULT_USER_AGENT
    retries: int = 2
    backoff: float = 0.5  # urllib3 backoff factor: retries wait 0, 2x, 4x… seconds
    max_retry_after: float = 60.0  # a longer Retry-After is cut to this
    timeout: float | None = None  # whole-input limit (fetch and parse), seconds
    proxy: str | None = None  # for every URL; else HTTP(S)_PROXY from the environment
