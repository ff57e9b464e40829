"""Related-link widgets: a box marked as related reading, a list that is nothing but links, a
paragraph opening with a "Read also:" label; and the boxes beside the running text."""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import urljoin, urlsplit

from .. import patterns as pt
from ..model import Block, RelatedItem
from ..text.lines import match_related_label
from ..text.related import sentence_shaped
from .dom import classes, link_density, small, text_of
from .link_titles import in_heading, link_title

_DATEISH = re.compile(r"^\W*\d|^\W+$")
# The writer's page, and taxonomy pages (a topic, a series, a category) in a few languages:
# pages that list stories, not a story ("/thema/donald-trump", "/category/ux-design/").
_NOT_STORY = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|profile?|tags?|topics?|themen?|thema|tema|emne|subjects?|"
    r"series|categor(?:y|ies)|kategorie|sekce|rubri[ck]|rubrique)/", re.I)
# A shop's pages: products, not stories (dropped once the boxes are judged: a box of a few
# stories and a shop's links is judged by all it shows).
_SHOP = re.compile(r"/(?:products?|shop|store|produkte?|produits?|productos?)/", re.I)

# App stores, install links and ad trackers: where a promotion sends the reader, never a story.
_PROMOTION = re.compile(
    r"^https?://(?:[^/]+\.)?(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com|"
    r"app\.adjust\.com|adjust\.com|onelink\.me|app\.link|smart\.link|doubleclick\.net|"
    r"adservice\.google\.com)/", re.I)
_SECTION_FRONT = re.compile(r"(?:https?://[^/]+)?(?:/[a-z]+)*/?", re.I)


_COMMENT_LINK = re.compile(r"#(?:comments?|disqus|respond)", re.I)
_COUNT = re.compile(r"^\d+\s+\w+$")
# A job advert's gender marker, "(m/w/d)", "(m|w|d)": a job market box, not stories.
_JOB_AD = re.compile(r"\((?:m|w|d|f|x|div)(?:\s?[/|,]\s?(?:m|w|d|f|x|div)){1,3}\)", re.I)
_FEED_KEY = re.compile(r"[^\w' ]+")


def feed_label(label: str | None) -> bool:
    """The label heads a site-wide feed ("Most read", "Latest news", "More from Jane Doe"):
    the same list on every article, not reading related to this one."""
    if not label:
        return False
    key = " ".join(_FEED_KEY.sub(" ", label.lower()).split())
    # "Latest on: <topic>" and "More from <column>" follow the article's topic: only the
    # bare words head a feed.
    # "Politics Latest Articles": a section's feed.
    return any(key == f or (key.startswith(f + " ") and f not in ("latest", "more from"))
               or (" " in f and key.endswith(" " + f)) for f in pt.FEED_LABELS)


def related_items(el, base: str | None) -> list[RelatedItem]:
    """The story links inside el, as related items (see _items)."""
    return _items(el, base)


def _items(el, base: str | None) -> list[RelatedItem]:
    items: list[RelatedItem] = []
    seen: dict[str, int] = {}  # url -> index in items
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        title = link_title(a)
        if not href or href.startswith(("#", "javascript:", "mailto:")) or len(title) < 3:
            continue
        if _COMMENT_LINK.search(href) or _COUNT.match(title) or pt.MORE_LINK_RE.match(title) \
                or _JOB_AD.search(title):
            continue  # "7 comments", "See all": the way to comments or a listing, not a story
        if _NOT_STORY.search(href) or _PROMOTION.search(href) or _section_front(href, title):
            continue  # the writer's page, a tag page, a section front, an app to install
        url = urljoin(base, href) if base else href
        if url in seen:
            # A card links its picture and its headline: the headline link names the story
            # (the picture's link holds an image credit or nothing).
            if in_heading(a):
                items[seen[url]].title = title
            continue
        if _campaign_elsewhere(url, base):
            continue
        seen[url] = len(items)
        items.append(RelatedItem(title=title, url=url))
    return items


def _section_front(href: str, title: str) -> bool:
    """A link to a section's front page: a few words, to an address of words only, or one
    or two words that are the address's last part ("Local News" to "/news/local-news/")."""
    words = title.split()
    path = href.split("?")[0]
    if len(words) <= 3 and _SECTION_FRONT.fullmatch(path):
        return True
    if len(words) > 2 or any(c.isdigit() for c in path):
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return last.lower() == "-".join(w.lower() for w in _WORD.findall(title))


_WORD = re.compile(r"[^\W_]+")


def _site(url: str | None) -> str:
    """The name a site goes by, the same under its country and generic domains ("bbc" for
    www.bbc.co.uk and bbc.com): the last label before the top-level and second-level suffix."""
    labels = (urlsplit(url).hostname or "").split(".") if url else []
    if len(labels) > 2 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
        labels = labels[:-1]  # "co.uk", "com.au": the second-level suffix goes with the TLD
    return labels[-2] if len(labels) >= 2 else ""


def other_site(url: str | None, base: str | None) -> bool:
    """The link goes to another site than the page's (an absolute link to another name)."""
    home = _site(base)
    return bool(home) and _site(url) not in ("", home)


def elsewhere(items: list[RelatedItem], base: str | None) -> bool:
    """Most items link to other sites: related reading is the publisher's own other stories."""
    home = _site(base)
    if not home:
        return False
    away = sum(1 for it in items if _site(it.url) not in ("", home))
    return away > len(items) / 2


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
    named = el.get("class") or el.get("id") or el.get("data-testid")  # most elements: none
    marked = bool(named and pt.RELATED_CLASS_RE.search(classes(el))) or labelled(el)
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
            if not lis or any(li.find(".//a") is None for li in lis):
                return None
            # A list of "<b>Topic:</b> <a>headline</a>" lines is one widget of such lines.
            if density < 0.8 and not _topic_lines(lis):
                return None
        elif tag == "aside":
            if density < 0.5:
                return None
        else:
            return None
    items = _items(el, base)
    if not items or (marked and density < 0.3 and not _cards(el, items)):
        return None
    if not marked and elsewhere(items, base):
        return None  # a bare list of links to other sites: the article's sources or picks
    label = _label(el)
    if label and any(label == it.title for it in items):
        label = None
    heading = _linked_heading(el)
    if heading is not None:
        # "<a href=/politics/><h2>Politics Latest</h2></a><ul>…": the box's title, linking
        # to the list it is drawn from, heads it and is none of its stories.
        label, items = heading, [it for it in items if it.title != heading]
        if not items:
            return None
    return Block(text, hint="related", label=label, items=items)


def _linked_heading(el) -> str | None:
    """The text of a heading that is the box's first link, set before the box's list."""
    first = next(el.iter("a"), None)
    if first is None or next(first.iterancestors("li"), None) is not None \
            or el.find(".//li//a") is None:
        return None
    head = next(first.iter("h2", "h3", "h4"), None)
    return text_of(head) if head is not None else None


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
            found = _kicker_and_link(el, first) or _label_before_link(el, text)
        if not found:
            return None
    items = _items(el, base)
    if not items:
        return None
    return Block(text, hint="related", label=found[0], items=items)


_TRAILING = re.compile(r"^[\W_]{0,3}$")


def _label_before_link(el, text: str) -> tuple[str, str] | None:
    """"[ Also read <a>headline</a>. ]", "Read more about <a>headline</a>": a label, then one
    link that ends the line: (label, title) or None. (A link inside a sentence has words after
    it, or no label before it.)"""
    links = list(islice(el.iter("a"), 2))
    if len(links) != 1:
        return None
    title = text_of(links[0])
    at = text.find(title) if title else -1
    if at <= 0 or not _TRAILING.match(text[at + len(title):].strip()):
        return None
    found = match_related_label(text[:at].strip().lstrip("[(").strip())
    return (found[0].rstrip(" :"), title) if found and not found[1] else None


def _topic_line(li) -> str | None:
    """"<strong>Topic:</strong> <a>headline</a>": a bold kicker of a few words, then one link
    that is all the rest of the line; the kicker, or None."""
    first = next((c for c in li if isinstance(c.tag, str)), None)
    if first is None or first.tag not in ("strong", "b") or (li.text or "").strip():
        return _colon_line(li)
    links = list(islice(li.iter("a"), 2))
    kicker = text_of(first)
    if len(links) != 1 or first.find(".//a") is not None or not 0 < len(kicker.split()) <= 6:
        return None
    rest = text_of(li)[len(kicker):].strip()
    return kicker if rest and len(text_of(links[0])) >= 0.9 * len(rest) else None


_LINK_SEPARATORS = re.compile(r"[\s|/·•,]+")
_LINKS_IN_LINE = 6  # "Topic: <a>…</a> | <a>…</a>": a line of a few stories, not a menu


def _colon_line(li) -> str | None:
    """"Police files: <a>The party's world</a> | <a>How the money was split</a>": a few plain
    words and a colon, then nothing but links; the words and colon, or None."""
    text = text_of(li)
    kicker, colon, rest = text.partition(":")
    links = list(islice(li.iter("a"), _LINKS_IN_LINE + 1))
    if not colon or not links or len(links) > _LINKS_IN_LINE or \
            not 0 < len(kicker.split()) <= 6 or kicker in text_of(links[0]):
        return None
    linked = "".join(_LINK_SEPARATORS.sub("", text_of(a)) for a in links)
    rest = _LINK_SEPARATORS.sub("", rest)
    return f"{kicker.strip()}:" if rest and len(linked) >= 0.9 * len(rest) else None


def _topic_lines(lis) -> bool:
    """Every item is a topic line, and most kickers end in a colon: a list of "read also"
    lines (a run of bold-led links without colons is a glossary or a list of sources)."""
    kickers = [_topic_line(li) for li in lis]
    return len(lis) >= 2 and all(kickers) and 2 * sum(
        k.rstrip().endswith(":") for k in kickers if k) > len(kickers)


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


def unwrap_related_noscript(tree) -> None:
    """Some sites build their related box with a script and keep the plain links in
    <noscript>: that copy is the box. Any other <noscript> (tracking pixels, "enable
    JavaScript") is dropped with the scripts."""
    for ns in list(tree.iter("noscript")):
        kids = [k for k in ns if isinstance(k.tag, str)]
        if len(kids) == 1 and ns.getparent() is not None and related(kids[0], None) is not None \
                and (pt.RELATED_CLASS_RE.search(classes(kids[0])) or labelled(kids[0])):
            ns.drop_tag()  # a box its class or its "Mehr zum Thema" label calls related


FEED_SIZE = 20  # links: more than a related box holds, what a site's feed runs to


def dedupe_links(blocks: list[Block], page: tuple[str | None, ...] = ()) -> list[Block]:
    """Each related box lists a story once (a run of link lines may repeat one), never the
    page itself (`page`: its addresses), which a site's list of the day's stories or of a
    series holds wherever it is shown, and no pitch ending in a full stop. Two boxes that
    link the same story each keep it, as the reader sees both (a "Read also" line and the
    box after the article, a box the page repeats); one box is never found twice, as the
    readings after the text skip the boxes already taken (see after_article)."""
    own = {_story(u) for u in page if u}
    return _kept_items(blocks, lambda items: [
        i for i in _unique(items) if not sentence_shaped(i.title) and (
            i.url is None or _story(i.url) not in own)])


def without_shop_links(blocks: list[Block]) -> list[Block]:
    """The related boxes less their links to a shop's products; a box left empty goes."""
    return _kept_items(blocks, lambda items: [
        i for i in items if i.url is None or not _SHOP.search(i.url)])


def _kept_items(blocks: list[Block], keep) -> list[Block]:
    """The blocks with each related box's items filtered by `keep`; a box left empty goes."""
    out = []
    for b in blocks:
        if b.hint == "related":
            b.items = keep(b.items)
            if not b.items:
                continue
        out.append(b)
    return out


def _story(url: str) -> tuple[str, str]:
    """A story's address as host and path: the query and fragment only track the click."""
    parts = urlsplit(url)
    return parts.netloc.lower().removeprefix("www."), parts.path.rstrip("/")


def _unique(items: list[RelatedItem]) -> list[RelatedItem]:
    """The items less repeats of a URL (items without one cannot be told apart: all kept)."""
    seen: set[str] = set()
    out = []
    for i in items:
        if i.url is None or i.url not in seen:
            out.append(i)
        if i.url is not None:
            seen.add(i.url)
    return out
