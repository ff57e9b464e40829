"""The options the commands share, declared once, and the environment variable of each."""

from __future__ import annotations

import click

from ..settings import DEFAULT_USER_AGENT


def option(*decls: str, **kwargs):
    """click.option that also reads NEWSPARSE_<LONG_NAME> from the environment.

    Click's automatic names would be NEWSPARSE_PARSE_<NAME> under the group; the documented
    names leave out the subcommand, so each option names its variable.
    """
    long = next(d for d in decls if d.startswith("--")).split("/")[0]
    kwargs.setdefault("envvar", "NEWSPARSE_" + long[2:].replace("-", "_").upper())
    kwargs.setdefault("show_envvar", True)
    return click.option(*decls, **kwargs)


def http_url(ctx, param, value: str | None) -> str | None:
    """Return --url or --proxy unchanged when an http(s) URL with a host; else a usage error."""
    from urllib.parse import urlsplit

    if value is None:
        return None
    try:
        parts = urlsplit(value)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # e.g. an unclosed [ of an IPv6 address
        ok = False
    if not ok:
        raise click.BadParameter(f"{value!r} is not an http(s) URL")
    return value


def network_options(command):
    """The options of every command that fetches: politeness, robots.txt, limits, retries."""
    decorators = [
        option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
               help="Seconds between two requests to the same host (one at a time per "
                    "host); a longer robots.txt Crawl-delay wins."),
        option("--ignore-robots", is_flag=True,
               help="Fetch URLs that the site's robots.txt refuses (obeyed by default)."),
        option("--connect-timeout", type=click.FloatRange(min=0, min_open=True), default=10.0,
               show_default=True, help="Seconds to wait for a connection."),
        option("--read-timeout", type=click.FloatRange(min=0, min_open=True), default=30.0,
               show_default=True, help="Seconds to wait for data from a server."),
        option("--retries", type=click.IntRange(min=0), default=2, show_default=True,
               help="Retries of a URL after a connection error, 429 or 5xx."),
        option("--backoff", type=click.FloatRange(min=0), default=0.5, show_default=True,
               help="Backoff factor: the first retry comes at once, the next after 2x this "
                    "many seconds, then 4x (a Retry-After header wins)."),
        option("--max-retry-after", type=click.FloatRange(min=0), default=60.0,
               show_default=True,
               help="Longest Retry-After (seconds) honoured; a longer one is cut to this."),
        option("--max-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
               help="Largest response body accepted, after decompression."),
        option("--user-agent", default=DEFAULT_USER_AGENT, help="User-Agent header for URLs."),
        option("--proxy", metavar="URL", callback=http_url,
               help="HTTP(S) proxy for every URL, e.g. http://user:pass@proxy:3128 [default: "
                    "HTTP_PROXY / HTTPS_PROXY; hosts in NO_PROXY go direct either way]."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def log_options(command):
    """-v and -q."""
    command = option("-q", "--quiet", is_flag=True,
                     help="Only failures on stderr, no summary.")(command)
    return option("-v", "--verbose", count=True,
                  help="More detail on stderr (-vv for debugging).")(command)
