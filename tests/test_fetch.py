"""newsparse.fetch against the local fault server: every fault ends in one clear FetchError."""

from __future__ import annotations

import pytest

from newsparse.errors import FetchError, TimeoutExceeded
from newsparse.fetch import fetch
from newsparse.settings import Options

from .batchfixtures import fault_server, server_stats  # noqa: F401  (fixture)
from .faultserver import article_text

FAST = Options(retries=2, backoff=0.01, max_retry_after=0.1, connect_timeout=2,
               read_timeout=2, timeout=1.5, max_bytes=1_000_000, user_agent="batch-test/1")


@pytest.mark.parametrize("kind", ["ok", "gzip", "br"])
def test_article_body_is_decoded(fault_server, kind):  # noqa: F811
    raw = fetch(f"{fault_server}/{kind}/7", FAST)
    assert raw.data.decode() == article_text("7")
    assert raw.source.kind == "url"
    assert raw.source.url == f"{fault_server}/{kind}/7"


@pytest.mark.parametrize("kind, message", [
    ("404", "HTTP 404"),
    ("500", "HTTP 500"),
    ("reset", "connection broken"),
    ("loop", "too many redirects"),
    ("image", "not an HTML or text page (Content-Type: image/png)"),
    ("big", "response larger than 1000000 bytes"),
    ("bomb", "response larger than 1000000 bytes"),
    # Refused on the declared length, before reading: the 10 bytes sent would otherwise
    # end in "connection broken".
    ("huge", "response larger than 1000000 bytes"),
])
def test_fault_becomes_fetch_error(fault_server, kind, message):  # noqa: F811
    with pytest.raises(FetchError) as info:
        fetch(f"{fault_server}/{kind}/1", FAST)
    assert str(info.value) == message


def test_slow_drip_stops_at_the_total_timeout(fault_server):  # noqa: F811
    # The read timeout never fires (a byte comes every 0.3 s); the total deadline does.
    with pytest.raises(TimeoutExceeded, match="^took longer than 1.5 s$"):
        fetch(f"{fault_server}/slow/1", FAST)


def test_500_is_retried_then_given_up(fault_server):  # noqa: F811
    with pytest.raises(FetchError):
        fetch(f"{fault_server}/500/9", FAST)
    starts = [e for e in server_stats(fault_server)["events"] if e[0] == "start"]
    assert len(starts) == 3  # the first try and two retries


@pytest.mark.parametrize("kind", ["flaky", "429"])
def test_transient_status_is_retried(fault_server, kind):  # noqa: F811
    # 429 says Retry-After: 1; max_retry_after=0.1 cuts the wait, the retry succeeds.
    raw = fetch(f"{fault_server}/{kind}/3", FAST)
    assert raw.data.decode() == article_text("3")
    starts = [e for e in server_stats(fault_server)["events"] if e[0] == "start"]
    assert [e[1] for e in starts] == [f"/{kind}/3", f"/{kind}/3"]


def test_user_agent_is_sent(fault_server):  # noqa: F811
    fetch(f"{fault_server}/ok/1", FAST)
    (start,) = [e for e in server_stats(fault_server)["events"] if e[0] == "start"]
    assert start[2] == "batch-test/1"


def test_refused_connection():
    with pytest.raises(FetchError, match="^connection refused$"):
        fetch("http://127.0.0.1:1/x", FAST)
