"""The visible text of a page as one normalised string, and where its elements stand in it.

Used by widgets_textset.py to find, in document order, the body paragraphs, pull quotes and
related links an annotation names: a pull quote by its text (in a quote-like element when the
page has one), a related widget by the links to its items (URL and title), clustered. The
normalisation is the scorer's (score_callouts.py), so text found here is text it matches.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from pathlib import Path
from urllib.parse import urldefrag, urljoin

KEY = 80  # the scorer's key length: the first 80 normalised characters
SKIP_TAGS = {"head", "script", "style", "template"}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Elements a pull quote is set in: by tag, or by a class or id naming a quote in a few languages.
QUOTE_TAGS = {"blockquote", "q", "figure", "aside"}
QUOTE_CLASS = re.compile(r"quote|zitat|cita", re.I)
BOX_SIZE = 1500  # normalised characters; a larger element so named is a container, not a box


def norm(text: str | None) -> str:
    """The scorer's normal form: NFKC, lowercase, letters and digits only."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text or "").lower())


def one_line(text: str | None) -> str:
    """The text with every run of whitespace made one space."""
    return " ".join((text or "").split())


def read_page(path: Path) -> str:
    """The page's HTML as text (gzip or plain; UTF-8, else its declared charset, else cp1252)."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        found = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:4000])
        try:
            return raw.decode(found.group(1).decode() if found else "cp1252", "replace")
        except LookupError:
            return raw.decode("cp1252", "replace")


def url_key(url: str) -> str:
    """A URL as the scorer compares it: no fragment, no trailing slash, https."""
    return urldefrag(url)[0].rstrip("/").replace("http://", "https://")


class PageText:
    """The page's visible text normalised into one string, with where its elements stand in it."""

    def __init__(self, html: str, url: str | None) -> None:
        import lxml.etree
        import lxml.html  # only the CLI run needs it, not --help

        parser = lxml.html.HTMLParser(encoding="utf-8")
        try:
            root = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
        except lxml.etree.ParserError as err:
            raise ValueError(f"not an HTML page ({err})") from err
        base = root.find(".//base[@href]")
        self.base = urljoin(url or "", base.get("href")) if base is not None else (url or "")
        self.parts: list[str] = []
        self.size = 0
        self.anchors: list[tuple[int, int, str]] = []  # (start, end, URL key)
        self.boxes: list[tuple[int, int]] = []  # spans of quote-like elements
        self.headings: set[str] = set()
        self._walk(root)
        self.text = "".join(self.parts)

    def _add(self, text: str | None) -> None:
        piece = norm(text)
        if piece:
            self.parts.append(piece)
            self.size += len(piece)

    def _walk(self, root) -> None:
        # An explicit stack: real pages nest deeper than Python's recursion limit allows.
        todo: list[tuple] = [("open", root)]
        while todo:
            step = todo.pop()
            if step[0] == "tail":
                self._add(step[1])
            elif step[0] == "close":
                self._close(step[1], step[2])
            else:
                el = step[1]
                todo.append(("tail", el.tail))
                if not isinstance(el.tag, str) or el.tag.lower() in SKIP_TAGS:
                    continue
                todo.append(("close", el, self.size))
                todo.extend(("open", child) for child in reversed(el))
                self._add(el.text)

    def _close(self, el, start: int) -> None:
        tag = el.tag.lower()
        if tag == "a" and el.get("href"):
            href = url_key(urljoin(self.base, el.get("href").strip()))
            self.anchors.append((start, self.size, href))
        if tag in HEADING_TAGS:
            self.headings.add(self._span(start))
        names = (el.get("class") or "") + " " + (el.get("id") or "")
        if (tag in QUOTE_TAGS or QUOTE_CLASS.search(names)) and self.size - start <= BOX_SIZE:
            self.boxes.append((start, self.size))

    def _span(self, start: int) -> str:
        """The normalised text from offset start to the current end."""
        out, pos = [], self.size
        for piece in reversed(self.parts):
            if pos <= start:
                break
            out.append(piece[max(0, start - (pos - len(piece))):])
            pos -= len(piece)
        return "".join(reversed(out))

    def in_box(self, pos: int) -> bool:
        """Whether offset pos lies inside a quote-like element."""
        return any(start <= pos < end for start, end in self.boxes)

    def occurrences(self, key: str) -> list[int]:
        """Every offset where key starts in the page text."""
        out, pos = [], self.text.find(key) if key else -1
        while pos >= 0:
            out.append(pos)
            pos = self.text.find(key, pos + 1)
        return out


# ---------------------------------------------------------------- where the blocks stand
def outside(spans: list[tuple[int, int]], positions: list[int]) -> list[int]:
    """The positions that fall in none of the spans, or all of them when every one does."""
    free = [p for p in positions if not any(start <= p < end for start, end in spans)]
    return free or positions


def quote_place(page: PageText, quote: dict, spans: list[tuple[int, int]]) -> int | None:
    """Where the pull quote's element starts: a copy outside the body, in a quote box if any."""
    every = page.occurrences(norm(quote.get("text"))[:KEY])
    found = [p for p in every if not any(start <= p < end for start, end in spans)]
    # Last, a box inside a paragraph: a sentence marked up to be shown as a pull quote.
    ranked = [p for p in found if page.in_box(p)] + found + [p for p in every if page.in_box(p)]
    return ranked[0] if ranked else None


def link_places(page: PageText, link: dict) -> list[int]:
    """Where the page links to the item: by URL and title, by URL, by title, else its text."""
    title = norm(link.get("title"))
    url = url_key(urljoin(page.base, link["url"])) if link.get("url") else None
    by_url = [(s, e) for s, e, href in page.anchors if url and href == url]
    shows = [(s, e) for s, e, _ in page.anchors if title and _shows(page.text[s:e], title)]
    shown = set(shows)
    both = [s for s, e in by_url if (s, e) in shown]
    return both or [s for s, _ in by_url] or [s for s, _ in shows] or page.occurrences(title[:KEY])


def _shows(anchor: str, title: str) -> bool:
    """Whether an anchor's text is the title (perhaps with a kicker, or half of it at least)."""
    return title[:KEY] in anchor or (2 * len(anchor) >= len(title) and anchor in title)


def widget_place(page: PageText, widget: dict, spans: list[tuple[int, int]]) -> int | None:
    """Where the widget stands: the point its items' links cluster around, else its label."""
    places = [outside(spans, link_places(page, link)) for link in widget.get("items") or []]
    places = [p for p in places if p]
    if not places:
        label = norm(widget.get("label"))
        found = outside(spans, page.occurrences(label)) if label else []
        return found[0] if found else None

    def spread(point: int) -> int:
        return sum(min(abs(point - p) for p in group) for group in places)

    centre = min(sorted({p for group in places for p in group}), key=spread)
    return min(min(group, key=lambda p: abs(p - centre)) for group in places)
