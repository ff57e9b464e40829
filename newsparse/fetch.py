"""HTTP fetching: a GET with redirects, retries, timeouts and size caps, and a one-line reason
for each way it fails. urllib3 is imported only when a URL is fetched."""

from __future__ import annotations

import time
from collections.abc import Iterator

from .acquire import Raw, printable
from .connect import pool, proxy_for, tls_reason, without_password
from .errors import FetchError, TimeoutExceeded
from .model import Source
from .settings import Options

# Content types that can hold an article; anything else (images, PDF, JSON…) is refused.
_TEXTUAL = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def fetch(url: str, opts: Options) -> Raw:
    """GET a URL: redirects followed, retries with backoff, size- and time-capped, 2xx only."""
    from urllib3.exceptions import HTTPError

    started = time.monotonic()
    resp = request(url, opts, PAGE_ACCEPT)
    try:
        ctype = _check_response(resp, opts.max_bytes)
        data = _read_capped(resp, opts.max_bytes, opts.timeout, started)
    except HTTPError as exc:
        raise FetchError(reason(exc)) from None
    finally:
        resp.release_conn()
    source = Source(input=printable(url), kind="url", url=printable(final_url(resp, url)),
                    fetched_at=utc_now())
    return Raw(data, source, _charset(ctype))


PAGE_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"


def request(url: str, opts: Options, accept: str, headers: dict | None = None):
    """Send a GET with the retries, timeouts and User-Agent of `opts`; return the open response.

    The body is not read yet (preload_content=False): the caller reads it capped and
    releases the connection.
    """
    import urllib3
    from urllib3.exceptions import HTTPError, MaxRetryError

    retry = _retry_class()(
        # total=None: redirects are counted apart from retries, so --retries 0 still follows them.
        # other: errors urllib3 cannot place (it would retry them for ever when unset).
        total=None, connect=opts.retries, read=opts.retries, redirect=10, other=opts.retries,
        status=opts.retries, status_forcelist=(429, 500, 502, 503, 504),
        backoff_factor=opts.backoff, respect_retry_after_header=True,
        raise_on_status=False, raise_on_redirect=True,
    )
    retry.retry_after_cap = opts.max_retry_after
    timeout = urllib3.Timeout(connect=opts.connect_timeout, read=opts.read_timeout,
                              total=opts.timeout)
    # make_headers offers only the encodings urllib3 can decode here (br with brotli).
    sent = urllib3.util.make_headers(accept_encoding=True, user_agent=opts.user_agent)
    sent["Accept"] = accept
    sent.update(headers or {})
    proxy = proxy_for(url, opts.proxy)
    try:
        return pool(proxy).request("GET", url, headers=sent, retries=retry, timeout=timeout,
                                   preload_content=False)
    except MaxRetryError as exc:
        raise FetchError(reason(exc.reason, proxy)) from None
    except (HTTPError, ValueError) as exc:  # ValueError: a proxy URL urllib3 cannot use
        raise FetchError(reason(exc, proxy)) from None


def utc_now() -> str:
    """Return the current UTC time as ISO 8601 to the second (`2024-05-01T09:30:00Z`)."""
    from datetime import UTC, datetime  # deferred: only fetching needs it

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def final_url(resp, url: str) -> str:
    """Return the URL the body came from: the last redirect target, or the URL asked for.

    (urllib3's resp.geturl() gives only the path of the last request behind a PoolManager.)
    """
    from urllib.parse import urljoin  # deferred with the rest of the URL path

    final = url
    for hop in resp.retries.history if resp.retries else ():
        if hop.redirect_location:  # may be relative to the previous hop
            final = urljoin(final, hop.redirect_location)
    return final


def _check_response(resp, limit: int) -> str:
    """Refuse a non-2xx status, a non-text type or a declared size over `limit`; return the type."""
    check_status(resp, limit)
    ctype = resp.headers.get("Content-Type", "")
    if ctype and not ctype.split(";")[0].strip().lower().startswith(_TEXTUAL):
        raise FetchError(f"not an HTML or text page (Content-Type: {ctype.split(';')[0]})",
                         status=resp.status)
    return ctype


def check_status(resp, limit: int) -> None:
    """Refuse a non-2xx status or a declared body size over `limit` (before reading it)."""
    if not 200 <= resp.status < 300:
        raise FetchError(f"HTTP {resp.status}", status=resp.status)
    length = resp.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > limit:
        raise FetchError(f"response larger than {limit} bytes", status=resp.status)


_RETRY_CLASS = None


def _retry_class():
    """urllib3's Retry with Retry-After cut to `retry_after_cap` (a server may ask for hours)."""
    global _RETRY_CLASS
    if _RETRY_CLASS is None:
        import urllib3

        class CappedRetry(urllib3.Retry):
            retry_after_cap: float = 60.0

            def new(self, **kw):
                retry = super().new(**kw)
                retry.retry_after_cap = self.retry_after_cap
                return retry

            def increment(self, method=None, url=None, response=None, error=None, **kw):
                location = response.get_redirect_location() if response is not None else None
                if location:
                    _check_redirect(url, location, response)
                return super().increment(method, url, response, error, **kw)

            def _is_connection_error(self, err):
                # A failed TLS handshake never reached the server's HTTP side: --retries
                # counts it as a connection error, as urllib3 counts a refused connection.
                if isinstance(err, urllib3.exceptions.ProxyError):
                    err = err.original_error
                return (isinstance(err, urllib3.exceptions.SSLError)
                        or super()._is_connection_error(err))

            def get_retry_after(self, response):
                seconds = super().get_retry_after(response)
                return None if seconds is None else min(seconds, self.retry_after_cap)

        _RETRY_CLASS = CappedRetry
    return _RETRY_CLASS


def _check_redirect(url: str | None, location: str, response) -> None:
    """Refuse a redirect to anything but http(s) (`file:`, `data:`, `javascript:`) by name."""
    from urllib.parse import urljoin, urlsplit

    target = urljoin(url or "", location)
    try:
        scheme = urlsplit(target).scheme.lower()
    except ValueError:  # a malformed address: urllib3 says what is wrong with it
        return
    if scheme not in ("http", "https"):
        response.drain_conn()
        raise FetchError(f"redirect to a non-http(s) address: {printable(target)[:200]}")


def _read_capped(resp, limit: int, timeout: float | None = None,
                 started: float = 0.0) -> bytes:
    """Read the decoded body, refusing it past `limit` bytes (a bomb) or `timeout` s (a drip)."""
    return b"".join(body_chunks(resp, limit, timeout, started))


def body_chunks(resp, limit: int, timeout: float | None = None,
                started: float = 0.0) -> Iterator[bytes]:
    """Yield the decoded body as it arrives; FetchError past `limit` bytes, TimeoutExceeded
    past `timeout` seconds from `started`."""
    deadline = started + timeout if timeout else None
    size = 0
    while True:
        # read1 returns what has arrived, so a server dripping a byte at a time still meets
        # the deadline check; urllib3 >= 2.6 also caps how much one chunk may inflate to.
        chunk = resp.read1(64 * 1024, decode_content=True)
        if not chunk:
            return
        size += len(chunk)
        if size > limit:
            raise FetchError(f"response larger than {limit} bytes", status=resp.status)
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutExceeded(f"took longer than {timeout:g} s")
        yield chunk


def reason(exc: BaseException | None, proxy: str | None = None) -> str:
    """Return what went wrong with a request in a few words (`connection refused`)."""
    from http.client import HTTPException

    from urllib3.exceptions import (
        ConnectTimeoutError,
        NameResolutionError,
        NewConnectionError,
        ProtocolError,
        ProxyError,
        ProxySchemeUnknown,
        ReadTimeoutError,
        SSLError,
    )

    if isinstance(exc, ProxySchemeUnknown):  # SOCKS would need PySocks: not supported
        return f"proxy {without_password(proxy or '')}: not an http(s) proxy"
    if isinstance(exc, ProxyError):
        return f"proxy {without_password(proxy or '')}: {reason(exc.original_error)}"
    if isinstance(exc, SSLError):
        return tls_reason(exc)
    # NewConnectionError subclasses ConnectTimeoutError in urllib3 2, so it goes first.
    if isinstance(exc, NameResolutionError):
        return "host not found"
    if isinstance(exc, NewConnectionError):
        return "connection refused" if "refused" in str(exc) else "cannot connect"
    if isinstance(exc, ConnectTimeoutError):
        return "connection timed out"
    if isinstance(exc, ReadTimeoutError):
        # A server that accepts the connection and never answers the TLS handshake.
        return "TLS handshake timed out" if "handshake" in str(exc.__cause__) else "read timed out"
    if "too many redirect" in str(exc):  # urllib3's ResponseError on an exhausted redirect count
        return "too many redirects"
    if isinstance(exc, ProtocolError):
        # http.client's own limits (a 64 kB header line, 100 header lines) end the read too.
        if any(isinstance(arg, HTTPException) and "got more than" in str(arg) for arg in exc.args):
            return "response headers too large"
        return "connection broken"
    return str(exc) if exc else "fetch failed"
