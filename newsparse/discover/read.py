"""A fetched document opened for reading: gunzipped if it is gzip, capped in size, and told
apart by its first bytes (never by its name or Content-Type, which publishers get wrong)."""

from __future__ import annotations

import io
import re
import zlib

from ..errors import InputError, SourceError
from ..inflate import GZIP_MAGIC, too_large

HEAD = 64 * 1024  # what sniffing looks at
_NAME = re.compile(r"[A-Za-z_][\w.:-]{0,100}")

# Root element (local name, lower case) -> kind of document.
ROOTS = {"rss": "feed", "rdf": "feed", "feed": "feed", "urlset": "urlset",
         "sitemapindex": "index", "html": "html", "head": "html", "body": "html"}


class _Capped(io.RawIOBase):
    """A reader that refuses to give more than `limit` bytes in all."""

    def __init__(self, inner, limit: int, gzipped: bool) -> None:
        self.inner, self.limit, self.size, self.gzipped = inner, limit, 0, gzipped

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        try:
            data = self.inner.read(len(buf))
        except (OSError, EOFError, zlib.error) as exc:
            if self.gzipped:  # a cut or corrupt gzip stream
                raise SourceError(f"corrupt gzip data ({exc})") from None
            raise InputError(getattr(exc, "strerror", None) or str(exc)) from None
        self.size += len(data)
        if self.size > self.limit:
            if self.gzipped:
                raise too_large(self.limit)
            raise SourceError(f"larger than {self.limit} bytes (--max-bytes)")
        buf[:len(data)] = data
        return len(data)


def open_body(body, limit: int) -> io.BufferedReader:
    """Return the document's bytes as a capped stream, gunzipped when they are gzip."""
    raw: io.BufferedReader = io.BufferedReader(_Capped(body, limit, False), HEAD)
    if raw.peek(2)[:2] != GZIP_MAGIC:
        return raw
    import gzip

    # Sitemaps are often stored gzipped (`sitemap.xml.gz`): the cap applies to what comes
    # out, so a small file that inflates to a gigabyte stops at --max-bytes.
    return io.BufferedReader(_Capped(gzip.GzipFile(fileobj=raw), limit, True), HEAD)


def sniff(stream: io.BufferedReader) -> str:
    """Return the kind of document: feed, json, urlset, index, html, text or unknown:<what>."""
    head = stream.peek(HEAD)[:HEAD]
    if not head:
        return "unknown:empty"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", "ignore")
    else:
        text = head.decode("utf-8", "ignore")
    text = text.lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        return "json"
    if text.startswith("<"):
        name = first_element(text)
        if name is None:
            return "unknown:markup without an element"
        local = name.rpartition(":")[2].lower()
        return ROOTS.get(local, f"unknown:XML whose root is <{name}>")
    if text.lower().startswith(("http://", "https://")):
        return "text"
    if b"\x00" in head[:1024] or head[:8] == b"\x89PNG\r\n\x1a\n":
        return "unknown:binary data"
    return "unknown:text that is not a list of URLs"


def first_element(text: str) -> str | None:
    """Return the name of the first element, past declarations, comments and doctypes."""
    pos = 0
    while True:
        pos = text.find("<", pos)
        if pos < 0:
            return None
        if text.startswith("<?", pos):
            end = text.find("?>", pos)
        elif text.startswith("<!--", pos):
            end = text.find("-->", pos)
        elif text.startswith("<!", pos):
            end = text.find(">", pos)
        else:
            found = _NAME.match(text, pos + 1)
            return found.group() if found else None
        if end < 0:
            return None
        pos = end + 1
