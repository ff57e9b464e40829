"""XML sitemaps, sitemap indexes, Google News sitemaps and plain-text sitemaps, read as a
stream: lxml's iterparse with each <url> dropped once read, so memory stays flat."""

from __future__ import annotations

import io
from collections.abc import Iterator

from ..errors import SourceError
from .records import Child, Entry

_ENTRY_TAGS = ("{*}url", "{*}sitemap")


def read_sitemap(stream: io.BufferedReader, max_children: int) -> Iterator[Entry | Child]:
    """Yield a sitemap's pages (Entry) or an index's sitemaps (Child), in document order.

    An index listing more than `max_children` sitemaps yields that many, then raises
    SourceError: an index of a million sitemaps is a bomb, not a site.
    """
    from lxml import etree

    # No DTDs, no entities from outside, no network: a sitemap is data, not a program.
    events = etree.iterparse(stream, events=("end",), tag=_ENTRY_TAGS, resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False)
    children = 0
    try:
        for _, element in events:
            if _local(element.tag) == "sitemap":
                children += 1
                if children > max_children:
                    raise SourceError(f"an index of more than {max_children} sitemaps "
                                      f"(--max-sitemaps); read the first {max_children}")
                yield Child(_child_text(element, "loc") or "", _child_text(element, "lastmod"))
            else:
                yield _page(element)
            _drop(element)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"malformed XML ({exc.msg})") from None


def _page(url) -> Entry:
    """A <url> entry: its <loc>, and from a News sitemap its title and publication date."""
    title = date = None
    for child in url:
        if _local(child.tag) == "news":
            title = _child_text(child, "title")
            date = _child_text(child, "publication_date")
    return Entry(_child_text(url, "loc"), title, date or _child_text(url, "lastmod"))


def _child_text(element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip() or None
    return None


def _local(tag) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _drop(element) -> None:
    """Free what iterparse has built for an entry already read, and its siblings before it."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def read_text_sitemap(stream: io.BufferedReader) -> Iterator[Entry]:
    """Yield the URLs of a plain-text sitemap: one per line, blank lines skipped."""
    for raw in stream:
        line = raw.decode("utf-8", "replace").strip()
        if line:
            yield Entry(line)
