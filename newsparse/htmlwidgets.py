"""Pull quotes and related-link widgets inside an article, found by markup and shape.

A pull quote is a blockquote/aside/figure marked as a quote (class names in several languages) or
carrying an attribution (cite, figcaption, footer, a trailing "— Name, role" line). A related
widget is a box marked as related reading, or a list that is nothing but links, or a paragraph
opening with a "Read also:" label. Embedded social posts are neither.
"""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urljoin, urlsplit

from . import patterns as pt
from .model import Block, RelatedItem
from .text.lines import match_related_label, norm_space

SKIP = Block("", hint="skip")  # a widget to drop silently (social embed)

_QUOTE_CLASS = re.compile(pt.PULLQUOTE_CLASS_RE.pattern + r"|(?<![a-z])quot(?:e|ation)(?![a-z])",
                          re.I)
_ATTRIBUTION = re.compile(r"(?:^|\n|\s)[—–-]{1,2}\s*(?P<who>[^\n—–]{2,120})$")
_CITE_TAGS = ("figcaption", "footer", "cite")  # the caption holds the cite and the role
_HEADS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Elements inside a quote box that hold who said it.
_SOURCE_CLASS = re.compile(r"author|autor|source|attribution|credential|speaker|"
                           r"(?<![a-z])(?:name|role|rolle|funktion|function|position)(?![a-z])",
                           re.I)
_SPACED = {"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
           "header", "footer", "figure", "figcaption", "blockquote", "aside", "tr", "td", "th",
           "dt", "dd", "table", "time"}
_DATEISH = re.compile(r"^\W*\d|^\W+$")
_BLOCK_TAGS = {"p", "div", "section", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "figure", "aside", "table"}


TERMINAL = tuple(".!?…:;\"'”’»)。！？")  # how a sentence (maybe quoted) ends
DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\b\d{1,2}:\d{2}\b|"
                          r"\d{4}年\d{1,2}月\d{1,2}日")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def hidden(el) -> bool:
    """Hidden from readers by attribute or inline style."""
    return el.get("aria-hidden") == "true" or out_of_view(el)


def out_of_view(el) -> bool:
    """Not displayed at all: the hidden attribute or an inline display/visibility style."""
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def small(el, limit: int) -> bool:
    """At most `limit` elements inside: cheap to test before reading a subtree's text."""
    return next(islice(el.iterdescendants(), limit, None), None) is None


def classes(el) -> str:
    """Class, id and test id of an element, lower-cased, for vocabulary matches (sites with
    hashed class names keep readable names in data-testid: "byline-contributors")."""
    return f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-testid') or ''}".lower()


def text_of(el, skip: tuple[str, ...] = ()) -> str:
    """Visible text of an element (br as space), whitespace collapsed, `skip` tags left out."""
    parts: list[str] = []

    def walk(e) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag in ("script", "style", "noscript", "template") or tag in skip:
            return
        if tag == "br" or tag in _SPACED:
            parts.append(" ")
        if e.text and tag:
            parts.append(e.text)
        for child in e:
            walk(child)
            if isinstance(child.tag, str) and child.tag in _SPACED:
                parts.append(" ")  # block boundaries separate words even without whitespace
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return " ".join("".join(parts).split())


def link_density(el, text: str | None = None) -> float:
    """Share of an element's text that sits inside links."""
    text = text if text is not None else text_of(el)
    if not text:
        return 0.0
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    return min(1.0, linked / len(text))


def is_social(el) -> bool:
    """An embedded tweet/post: its markup names the platform, or (a bare blockquote) it links
    to the post on the platform, as every embed code does."""
    if pt.SOCIAL_EMBED_RE.search(classes(el)):
        return True
    return el.tag == "blockquote" and any(
        pt.SOCIAL_POST_URL_RE.search(url or "")
        for url in (el.get("cite"), *(a.get("href") for a in el.iter("a"))))


# --- pull quotes ------------------------------------------------------------------------------

def _split_speaker(who: str) -> tuple[str | None, str | None]:
    who = norm_space(who).strip(" —–-,")
    if not who:
        return None, None
    name, _, role = who.partition(",")
    return name.strip() or None, role.strip() or None


def _leaf_lines(nodes) -> list[str]:
    """Texts of the innermost block elements under nodes: "Name" and "role" set on lines of
    their own (inline pieces like "<b>Name</b>, role" stay one line)."""
    lines: list[str] = []
    for node in nodes:
        blocks = [d for d in node.iterdescendants() if isinstance(d.tag, str)
                  and d.tag in _SPACED and not any(
                      isinstance(c.tag, str) and c.tag in _SPACED for c in d.iterdescendants())]
        for b in blocks or [node]:
            if text := text_of(b):
                lines.append(text)
    return lines


def _attribution(lines: list[str]) -> tuple[str | None, str | None]:
    """Speaker and role from the attribution's lines ("Name, role" or "Name" / "role")."""
    if not lines:
        return None, None
    if len(lines) == 1:
        return _split_speaker(lines[0])
    name, role = _split_speaker(lines[0])
    return name, ", ".join(x for x in [role, *lines[1:]] if x) or None


def _quote_parts(el):
    """(element to read the quote from, attribution nodes) of a pull quote's markup:
    cite/figcaption/footer inside it, elements classed as the source/author/role, or, for a
    wrapper holding one blockquote, the short link-free lines beside it."""
    kids = [c for c in el if isinstance(c.tag, str)]
    quotes = [c for c in kids if c.tag == "blockquote"]
    if el.tag != "blockquote" and len(quotes) == 1 and 1 < len(kids) <= 4 and not (
            el.text or "").strip():
        others = [c for c in kids if c is not quotes[0] and text_of(c)]
        # Attribution lines are short and no sentences: a wrapper around a quoted passage
        # and the running text after it is no quote box.
        if others and all(c.find(".//a") is None and c.tag not in _HEADS
                          and len(text := text_of(c)) <= 150
                          and not text.endswith((".", "!", "?", "。")) for c in others):
            return quotes[0], others
    nodes = [c for t in _CITE_TAGS for c in el.iter(t)]
    nodes += [d for d in el.iterdescendants() if isinstance(d.tag, str) and d not in nodes
              and _SOURCE_CLASS.search(d.get("class") or "") and len(text_of(d)) <= 150
              and not any(a in nodes for a in d.iterancestors())]
    return el, [n for n in nodes if not any(a in nodes for a in n.iterancestors())]


def _without(el, nodes):
    """Text of el leaving out the given descendants."""
    if not nodes:
        return text_of(el)
    saved = [(n, n.tail) for n in nodes]
    skip_tag = "x-attribution-skip"
    tags = [(n, n.tag) for n in nodes]
    for n in nodes:
        n.tag = skip_tag
    try:
        return text_of(el, skip=(skip_tag,))
    finally:
        for n, tag in tags:
            n.tag = tag
        for n, tail in saved:
            n.tail = tail


def pull_quote(el) -> Block | None:
    """A quote Block when the element is a pull quote, SKIP for a social embed, else None."""
    tag = el.tag
    if tag not in ("blockquote", "aside", "figure", "div", "section", "p"):
        return None
    if is_social(el) or any(is_social(d) for d in el.iter("blockquote")):
        # A wrapper is dropped only when it is the embed's own box; a section of running text
        # with a post embedded deep inside is walked, and the post's blockquote skipped there.
        boxed = tag in ("blockquote", "figure", "aside") or (
            is_social(el) and el.find(".//blockquote") is not None)
        return SKIP if boxed else None
    marked = bool(_QUOTE_CLASS.search(classes(el)))
    if tag in ("div", "section", "p", "aside", "figure") and not marked and (
            el.find("./blockquote") is None if tag in ("div", "section", "p")
            else el.find(".//blockquote") is None):
        return None
    quote_el, nodes = _quote_parts(el)
    # A product card or photo box may carry a "callout" class; a quote has neither image nor
    # links (the speaker's portrait beside a wrapped blockquote is fine).
    if quote_el.find(".//img") is not None or quote_el.find(".//picture") is not None:
        return None
    if tag in ("div", "section") and not marked and not nodes:
        return None  # a wrapper around a plain blockquote: let the blockquote be judged
    body = _without(el, nodes)
    if link_density(el, text_of(el)) > 0.3:
        return None
    if not body or len(body) > 600:
        return None
    speaker = role = None
    if nodes:
        speaker, role = _attribution(_leaf_lines(nodes))
    else:
        m = _ATTRIBUTION.search(body)
        if m and len(m.group("who").split()) <= 12:
            speaker, role = _split_speaker(m.group("who"))
            body = body[: m.start()].strip()
        elif not marked or el.find(".//a") is not None:
            # A plain blockquote is a quoted passage of the running text; an unattributed box
            # with a link is a notice ("we may earn a commission... Learn more").
            return None
    body = body.strip().strip("\"'“”„«»‘’‚").strip()
    return Block(body, hint="quote", speaker=speaker, role=role) if body else None


# --- related widgets --------------------------------------------------------------------------

_NOT_STORY = re.compile(r"/(?:authors?|autor(?:en|in)?|auteurs?|profile?|tags?|topics?|themen?)/",
                        re.I)
# App stores, install links and ad trackers: where a promotion sends the reader, never a story.
_PROMOTION = re.compile(
    r"^https?://(?:[^/]+\.)?(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com|"
    r"app\.adjust\.com|adjust\.com|onelink\.me|app\.link|smart\.link|doubleclick\.net|"
    r"adservice\.google\.com)/", re.I)
_SECTION_FRONT = re.compile(r"(?:https?://[^/]+)?(?:/[a-z]+)*/?", re.I)


def _link_title(a) -> str:
    """A related link's title: the headline inside a teaser card (not its blurb), without a
    "Read also" kicker."""
    # A card may set its kicker in a heading of its own: the longest heading is the headline.
    heads = [t for h in a.iter("h1", "h2", "h3", "h4", "h5", "h6") if (t := text_of(h))]
    title = max(heads, key=len) if heads else text_of(a) or (a.get("title") or "").strip()
    found = match_related_label(title)
    if found and found[1]:
        return found[1]
    for kicker in islice(a.iter("small", "span"), 3):
        k = text_of(kicker)
        if k and k != title and title.startswith(k) and match_related_label(k):
            return title[len(k):].strip()
    return title


def _items(el, base: str | None) -> list[RelatedItem]:
    items: list[RelatedItem] = []
    seen: set[str] = set()
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        title = _link_title(a)
        if not href or href.startswith(("#", "javascript:", "mailto:")) or len(title) < 3:
            continue
        if _NOT_STORY.search(href) or _PROMOTION.search(href) or (
                len(title.split()) <= 3 and _SECTION_FRONT.fullmatch(href.split("?")[0])):
            continue  # the writer's page, a tag page, a section front, an app to install
        url = urljoin(base, href) if base else href
        if url in seen or _campaign_elsewhere(url, base):
            continue
        seen.add(url)
        items.append(RelatedItem(title=title, url=url))
    return items


def _campaign_elsewhere(url: str, base: str | None) -> bool:
    """A link to another site of the house, tagged for a campaign ("podcasts.example.fr/…?
    utm_campaign=…"): a promotion placed in the box, not related reading."""
    if not base or ("utm_campaign=" not in url and "utm_medium=" not in url):
        return False
    return urlsplit(url).netloc.lower() != urlsplit(base).netloc.lower()


def _cards(el, items: list[RelatedItem]) -> bool:
    """Each item's title is also the box's unlinked heading: a card whose picture and "Read
    the story" button carry the link, so little of its text is linked."""
    heads = {text_of(h) for h in el.iter("h2", "h3", "h4", "h5", "h6")}
    return all(it.title in heads for it in items)


def _label(el) -> str | None:
    """The widget's own caption: a heading or a short non-link line before its links."""
    for child in el.iter("h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "p", "div", "header"):
        if child is el or child.find(".//a") is not None or child.xpath("ancestor::a"):
            continue
        text = text_of(child)
        if 2 <= len(text) <= 60 and not _DATEISH.search(text):
            return text
    return None


def related(el, base: str | None) -> Block | None:
    """A related Block when the element is a related-links widget, else None."""
    tag = el.tag
    if tag not in ("aside", "div", "section", "ul", "ol", "nav", "p", "figure"):
        return None
    marked = bool(pt.RELATED_CLASS_RE.search(classes(el))) or labelled(el)
    if not marked and tag not in ("ul", "ol", "aside", "p") and not (
            tag == "div" and small(el, 12)):
        return None  # decided before reading the (maybe large) subtree's text
    if not marked and tag in ("p", "div") and el.find(".//a") is None:
        return None  # an inline "Read also" line has its link
    text = text_of(el)
    if not text:
        return None
    if tag in ("p", "div") and not marked:
        return inline_related(el, base, text)
    density = link_density(el, text)
    if not marked:
        if tag in ("ul", "ol"):
            lis = el.findall("li")
            if not lis or density < 0.8 or any(li.find(".//a") is None for li in lis):
                return None
        elif tag == "aside":
            if density < 0.5:
                return None
        else:
            return None
    items = _items(el, base)
    if not items or (marked and density < 0.3 and not _cards(el, items)):
        return None
    label = _label(el)
    if label and any(label == it.title for it in items):
        label = None
    return Block(text, hint="related", label=label, items=items)


def labelled(el) -> bool:
    """The box's first words are a related-reading label ("Mehr zum Thema:", a "Les også"
    kicker on a link card)."""
    if el.tag not in ("div", "section", "aside"):
        return False
    first = next((d for d in islice(el.iterdescendants(), 15)
                  if isinstance(d.tag, str) and (d.text or "").strip()), None)
    if first is None or first.tag == "a" or el.find(".//a") is None:
        return False
    return bool(match_related_label(text_of(first)))


def inline_related(el, base: str | None, text: str | None = None) -> Block | None:
    """A "Read also: <link>" paragraph in the running text."""
    text = text if text is not None else text_of(el)
    if el.find(".//a") is None or len(text) > 300:
        return None
    found = match_related_label(text.split(":")[0] + ":" if ":" in text else text)
    if not found:
        # The label may be a lead-in element without a colon: "<strong>Lesen Sie auch</strong>
        # <a>", "<span class=prefix>À lire aussi</span> <a>".
        first = next((c for c in el if isinstance(c.tag, str)), None)
        found = (match_related_label(text_of(first))
                 if first is not None and first.tag != "a" else None)
        if not found:
            found = _kicker_and_link(el, first)
        if not found:
            return None
    items = _items(el, base)
    if not items:
        return None
    return Block(text, hint="related", label=found[0], items=items)


def _kicker_and_link(el, first) -> tuple[str, str] | None:
    """"<b>SHORT LABEL |</b> <a>Story title</a>": a bold kicker of a few words, then one link
    that is all the rest, is a "read also" line in any language: (label, title) or None."""
    if first is None or first.tag not in ("strong", "b") or (el.text or "").strip():
        return None
    links = list(el.iter("a"))
    label = text_of(first).strip(" |:–—-")
    if len(links) != 1 or links[0] in first.iterdescendants() or not label \
            or len(label.split()) > 6 or label.endswith((".", "!", "?")):
        return None
    rest = text_of(el)[len(text_of(first)):].strip()
    return (label, rest) if rest and len(text_of(links[0])) >= 0.9 * len(rest) else None
