"""Feeds (RSS 2.0, RSS 1.0/RDF, Atom through feedparser; JSON Feed) and the feeds an HTML
page announces with <link rel="alternate">."""

from __future__ import annotations

import io
import re

from ..errors import SourceError
from .records import Child, Entry

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/feed+json", "application/json", "application/x.atom+xml",
                        "text/xml", "application/xml"})


def read_feed(stream: io.BufferedReader, base: str | None) -> tuple[list[Entry], str | None]:
    """Return an RSS, RDF or Atom feed's entries, and what was wrong if it is malformed.

    feedparser resolves relative links against xml:base and `base`; HTML in titles and
    content is neither sanitized nor rewritten here (only links and titles are kept).
    """
    import feedparser

    data, problem, complete = well_formed(stream.read())
    # A file object, never bytes: feedparser takes a bytes or str argument for a file name
    # or URL to open first.
    headers = {"content-location": base} if base else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=False,
                              resolve_relative_uris=False)
    entries = [Entry(_entry_link(e), title_text(e.get("title")),
                     e.get("published") or e.get("updated") or e.get("created"))
               for e in parsed.entries[:complete]]
    return entries, problem


_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def well_formed(data: bytes) -> tuple[bytes, str | None, int | None]:
    """Return the feed as well-formed XML, what was wrong with it if it was not, and then
    how many of its entries were whole before the fault (None: all of them).

    feedparser falls back to a loose parser for XML that is not well-formed: slow (1.8 s
    for 430 kB of unclosed items, 50 ms this way) and trusting the entry a cut left half
    written. It is given only what libxml2 accepts, or what libxml2's recovering parser
    keeps of the rest. HTML entities (`&nbsp;`, `&eacute;`), which XML does not define but
    feeds use all the time, are made numeric first and are no fault.
    """
    from lxml import etree

    strict = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        etree.fromstring(data, strict)
        return data, None, None
    except etree.XMLSyntaxError:
        pass
    data = _ENTITY.sub(_numeric, data)
    try:
        etree.fromstring(data, strict)
        return data, None, None
    except etree.XMLSyntaxError as exc:
        problem = f"malformed XML ({exc.msg})"
    recovering = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                                 load_dtd=False)
    root = etree.fromstring(data, recovering)
    kept = b"" if root is None else etree.tostring(root, encoding="utf-8",
                                                     xml_declaration=True)
    return kept, problem, _whole_entries(data)


def _whole_entries(data: bytes) -> int:
    """Count the entries closed before the first fault: the one it cut is not trusted."""
    from lxml import etree

    count = 0
    try:
        for _ in etree.iterparse(io.BytesIO(data), events=("end",), tag=("{*}item", "{*}entry"),
                                 resolve_entities=False, no_network=True, load_dtd=False):
            count += 1
    except etree.XMLSyntaxError:
        pass
    return count


def _numeric(found: re.Match) -> bytes:
    """`&eacute;` as `&#233;`; XML's own five and unknown names as they were."""
    from html.entities import name2codepoint

    name = found.group(1)
    point = None if name in _XML_ENTITIES else name2codepoint.get(name.decode("ascii"))
    return b"&#%d;" % point if point else found.group(0)


def _entry_link(entry) -> str | None:
    """The article an entry points to: its link, an Atom alternate, or a permalink guid."""
    for link in entry.get("links", ()):
        rel = link.get("rel", "alternate")
        if rel == "alternate" and link.get("href") and "html" in link.get("type", "text/html"):
            return link["href"]
    if entry.get("link"):
        return entry["link"]
    guid = entry.get("id")
    # An RSS <guid> is a permalink unless isPermaLink="false"; feedparser drops that flag
    # into `guidislink`.
    if isinstance(guid, str) and entry.get("guidislink") and guid.startswith("http"):
        return guid
    return None


def read_json_feed(stream: io.BufferedReader, base: str | None) -> list[Entry]:
    """Return a JSON Feed's entries (version 1 and 1.1); every value is type-checked."""
    import orjson

    from .links import absolute

    try:
        feed = orjson.loads(stream.read())
    except orjson.JSONDecodeError as exc:
        raise SourceError(f"malformed JSON ({exc})") from None
    items = feed.get("items") if isinstance(feed, dict) else None
    if not isinstance(items, list):
        raise SourceError("JSON that is not a JSON Feed (no \"items\" list)")
    base = base or _text(feed.get("feed_url")) or _text(feed.get("home_page_url"))
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = _text(item.get("url")) or _text(item.get("external_url"))
        entries.append(Entry(absolute(link, base) if link else None,
                             title_text(_text(item.get("title"))),
                             _text(item.get("date_published")) or _text(item.get("date_modified"))))
    return entries


def _text(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def title_text(title: str | None) -> str | None:
    """Return a title as plain text: tags dropped, entities decoded, spaces collapsed."""
    if not title:
        return None
    if "<" in title or "&" in title:
        import lxml.html

        try:
            title = lxml.html.fragment_fromstring(title, create_parent="div").text_content()
        except Exception:  # lxml refuses some fragments (only a comment, NUL bytes)
            import html

            title = html.unescape(title)
    return " ".join(title.split()) or None


def page_feeds(stream: io.BufferedReader, base: str | None) -> list[Child]:
    """Return the feeds an HTML page announces with <link rel="alternate" type=feed>."""
    import lxml.html

    from .links import absolute

    data = stream.read()
    try:
        doc = lxml.html.document_fromstring(data)
    except Exception:  # an empty or undecodable page links nothing
        return []
    for element in doc.iter("base"):
        if element.get("href"):
            base = absolute(element.get("href"), base)
            break
    feeds, seen = [], set()
    for element in doc.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        kind = (element.get("type") or "").split(";")[0].strip().lower()
        href = (element.get("href") or "").strip()
        if "alternate" in rel and kind in FEED_TYPES and href:
            url = absolute(href, base)
            if url not in seen:
                seen.add(url)
                feeds.append(Child(url))
    return feeds
