"""Raw input bytes from a file, stdin or a URL, with what is known of their source."""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .errors import FetchError, InputError
from .model import Source
from .settings import Options

# Content types that can hold an article; anything else (images, PDF, JSON…) is refused.
_TEXTUAL = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


@dataclass(slots=True)
class Raw:
    data: bytes
    source: Source
    charset: str | None = None  # declared by the server


ARTICLE_SUFFIXES = (".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz")


def expand_inputs(specs: Iterable[str], skipped: dict | None = None) -> Iterator[str]:
    """Yield inputs with directories replaced by the article files under them, sorted.

    A WARC archive becomes one `<archive>#<offset>` input per HTML page record; records
    skipped (not HTTP 200, not HTML) are counted in `skipped` by archive.
    """
    for spec in specs:
        if spec != "-" and not is_url(spec) and Path(spec).is_dir():
            found = (p for p in Path(spec).rglob("*") if p.is_file())
            yield from sorted(str(p) for p in found if p.name.lower().endswith(ARTICLE_SUFFIXES))
        elif spec.lower().endswith((".warc", ".warc.gz")):  # [warc] one input per page record
            from .warc import record_specs

            yield from record_specs(spec, skipped)
        else:
            yield spec


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def read_input(spec: str, opts: Options) -> Raw:
    """Return the bytes of one input: "-" for stdin, an http(s) URL, or a path."""
    if spec == "-":
        return Raw(sys.stdin.buffer.read(), Source(input="-", kind="stdin", url=opts.url))
    if is_url(spec):
        return fetch(spec, opts)
    if ".warc" in spec.lower():  # [warc] an archive record, `<archive>#<offset>`
        from .warc import is_warc, read_record

        if is_warc(spec):
            return read_record(spec)
    return Raw(read_path(spec), Source(input=spec, kind="file", url=opts.url))


def read_path(path: str) -> bytes:
    """Read a file, gunzipping `.gz` files."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InputError(f"corrupt gzip file ({exc})") from None
    return data


_POOL = None


def _pool(opts: Options):
    global _POOL
    if _POOL is None:
        import urllib3  # loaded only when a URL is given

        _POOL = urllib3.PoolManager(num_pools=50, maxsize=4)
    return _POOL


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def fetch(url: str, opts: Options) -> Raw:
    """GET a URL: redirects followed, retries with backoff, size-capped, 2xx only."""
    import urllib3
    from urllib3.exceptions import HTTPError, MaxRetryError

    retry = urllib3.Retry(
        total=opts.retries, connect=opts.retries, read=opts.retries, redirect=10,
        status=opts.retries, status_forcelist=(429, 500, 502, 503, 504), backoff_factor=0.5,
        respect_retry_after_header=True, raise_on_status=False, raise_on_redirect=True,
    )
    timeout = urllib3.Timeout(connect=opts.connect_timeout, read=opts.read_timeout)
    # make_headers offers only the encodings urllib3 can decode here (br with brotli).
    headers = urllib3.util.make_headers(accept_encoding=True, user_agent=opts.user_agent)
    headers["Accept"] = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"
    try:
        resp = _pool(opts).request("GET", url, headers=headers, retries=retry, timeout=timeout,
                                   preload_content=False)
    except MaxRetryError as exc:
        raise FetchError(_reason(exc.reason)) from None
    except HTTPError as exc:
        raise FetchError(_reason(exc)) from None
    try:
        if not 200 <= resp.status < 300:
            raise FetchError(f"HTTP {resp.status}")
        ctype = resp.headers.get("Content-Type", "")
        if ctype and not ctype.split(";")[0].strip().lower().startswith(_TEXTUAL):
            raise FetchError(f"not an HTML or text page (Content-Type: {ctype.split(';')[0]})")
        data = _read_capped(resp, opts.max_bytes)
    except HTTPError as exc:
        raise FetchError(_reason(exc)) from None
    finally:
        resp.release_conn()
    final = resp.geturl() or url
    fetched_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    source = Source(input=url, kind="url", url=final, fetched_at=fetched_at)
    return Raw(data, source, _charset(ctype))


def _read_capped(resp, limit: int) -> bytes:
    """Read the decoded body, refusing it once it grows past `limit` (a compression bomb)."""
    chunks, size = [], 0
    for chunk in resp.stream(64 * 1024, decode_content=True):
        size += len(chunk)
        if size > limit:
            raise FetchError(f"response larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(exc: BaseException | None) -> str:
    from urllib3.exceptions import (
        ConnectTimeoutError, NewConnectionError, ProtocolError, ReadTimeoutError,
        TooManyRedirects,
    )

    if isinstance(exc, ConnectTimeoutError):
        return "connection timed out"
    if isinstance(exc, ReadTimeoutError):
        return "read timed out"
    if isinstance(exc, NewConnectionError):
        return "connection refused"
    if isinstance(exc, TooManyRedirects) or "too many redirects" in str(exc):
        return "too many redirects"
    if isinstance(exc, ProtocolError):
        return "connection broken"
    return str(exc) if exc else "fetch failed"
