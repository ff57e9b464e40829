"""The whole flow on one screen: raw input -> text -> blocks -> parts -> Article."""

from __future__ import annotations

# The built-in SHA-256 (CPython's own C module): hashlib would load OpenSSL, ~3 ms at start-up.
try:
    from _sha256 import sha256
except ImportError:  # Python 3.12+ renamed it; other interpreters may not have it
    try:
        from _sha2 import sha256
    except ImportError:
        from hashlib import sha256

from . import clean
from .acquire import Raw, read_input
from .assemble import assemble, year_of
from .decode import decode, detect_format
from .errors import ExtractError, NewsparseError
from .model import Article, Metadata, Source
from .settings import Options
from .text.pictures import take_pictures
from .text.segment import segment


def parse_text(text: str | bytes, url: str | None = None, source: Source | None = None,
               timeout: float | None = None) -> Article:
    """Parse a plain-text article into an Article; TimeoutExceeded after `timeout` seconds."""
    if timeout:
        return _within(timeout, parse_text, text, url, source)
    source = source or Source(kind="api", url=url, format="text")
    if not isinstance(text, str):  # bytes: decoded as the CLI decodes a file
        return parse_bytes(_as_bytes(text, "parse_text"), source, "text")
    meta, text = clean.text_header(text)  # a reader service's "Title:", "URL Source:" …
    text, images, anchors = take_pictures(text)  # captions and credits never reach the body
    blocks = clean.text_blocks(text, markdown=True if meta else None)
    parts = segment(blocks, year=year_of(meta.published), title=meta.title) if meta \
        else segment(blocks)
    if not parts.body and not parts.quotes:
        raise ExtractError("no article text found")
    if meta:
        source.url = source.url or meta.url
    meta = meta or Metadata()
    meta.images, meta.image_anchors = images, anchors
    return assemble(parts, meta, source)


def parse_html(html: str | bytes, url: str | None = None, source: Source | None = None,
               timeout: float | None = None) -> Article:
    """Parse an HTML page into an Article; TimeoutExceeded after `timeout` seconds."""
    if timeout:
        return _within(timeout, parse_html, html, url, source)
    source = source or Source(kind="api", url=url, format="html")
    if not isinstance(html, str):  # bytes: decoded by BOM, <meta charset> or detection
        return parse_bytes(_as_bytes(html, "parse_html"), source, "html")
    blocks, meta = clean.html_blocks(html, url)
    parts = segment(blocks, year=year_of(meta.published or meta.searched_date), title=meta.title)
    if not parts.body:
        raise ExtractError("no article text found")
    return assemble(parts, meta, source)


def parse_bytes(data: bytes, source: Source, fmt: str = "auto", charset: str | None = None,
                timeout: float | None = None) -> Article:
    """Decode raw input bytes, detect their format and parse them (within `timeout` s)."""
    if timeout:
        return _within(timeout, parse_bytes, data, source, fmt, charset)
    source.sha256 = sha256(data).hexdigest()
    text = decode(data, charset)
    source.format = detect_format(text) if fmt == "auto" else fmt
    if source.format == "html":
        return parse_html(text, source.url, source)
    return parse_text(text, source.url, source)


def _within(timeout: float, parse, *args) -> Article:
    """Return parse(*args) under a time limit (loaded only by callers who set one)."""
    from .deadline import time_limit

    with time_limit(timeout):
        return parse(*args)


def _as_bytes(data: object, name: str) -> bytes:
    """Return `data` as bytes; a TypeError naming what `name` takes for anything else."""
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    raise TypeError(f"{name}() takes the article as str or bytes, not {type(data).__name__}")


def parse_input(spec: str, opts: Options | None = None) -> Article:
    """Read one input (path, "-" or URL) and parse it."""
    opts = opts or Options()
    return parse_raw(read_input(spec, opts), opts.format)


def parse_raw(raw: Raw, fmt: str = "auto") -> Article:
    """Parse acquired input; a WARC page's capture date stands in for a missing published date."""
    try:
        article = parse_bytes(raw.data, raw.source, fmt, raw.charset)
    except NewsparseError as exc:  # the error record tells what was read: format, hash, URL
        exc.source = exc.source or raw.source
        raise
    if raw.source.kind == "warc" and not article.published:
        from .dates import rfc3339

        article.published = rfc3339(raw.source.fetched_at)
    return article
