"""Related boxes after the article's running text. attached_related: the boxes a class or
label calls related between the text and the article's end, and a few levels past it.
labelled_boxes: boxes set after the article's end that only their label calls related
("Verwandte Artikel", "More on this story", "関連ニュース"), wherever the layout put them.

A label alone lets in the site's feeds ("Read more" over the newest posts), so such a box
must also have the shape of related reading: a few links (two to a box's worth) to stories
named by headlines (not tag words), on the page's own site, and not the newest posts in date
order (without_feeds: newest first by the dates in the text or the stories' addresses) nor
headlines that share no word with the article (see topics)."""

from __future__ import annotations

import re
from datetime import date
from itertools import islice, pairwise
from urllib.parse import urljoin, urlsplit

from .. import patterns as pt
from .. import topics
from ..model import Block
from ..text.lines import is_person, match_related_label, match_topic_label
from .dom import CJK, SKIP_TAGS, classes, hidden, text_of
from .related import (
    FEED_SIZE,
    elsewhere,
    feed_label,
    labelled,
    related,
    related_items,
)

_BOXES = ("div", "section", "aside", "ul")
_FIRST_TEXT = 15  # descendants searched for the box's first words (its label)
_HEADLINE_WORDS = 3  # mean words per title: fewer is a row of topic tags ("Bahn", "RMV")


def labelled_boxes(tree, container, base: str | None, order: dict, taken: list) -> list[Block]:
    """Related Blocks for labelled boxes after the container, in document order, but for
    the boxes already taken (found by another reading), their parts and their wrappers."""
    end = max((order.get(e, 0) for e in container.iter()), default=0)
    held = set(taken)
    found: list[Block] = []
    labels: dict = {}
    stop = _page_end(tree, end, order)
    for el in tree.iter(*_BOXES):
        at = order.get(el, 0)
        if at <= end:
            continue
        if at >= stop:
            break
        first = _first_text(el)  # a few descendants: most boxes have no label, and end here
        # Nested boxes open with the same first words: each is read once.
        label = labels[first] if first in labels else labels.setdefault(
            first, _label(first, base))
        if label is None or el.find(".//a") is None or feed_label(label) \
                or _deeper_box(el, first) or hidden(el) or _overlaps(el, held, taken):
            continue
        items = related_items(el, base)
        if not 2 <= len(items) <= FEED_SIZE or not _headlines([i.title for i in items]) \
                or elsewhere(items, base) or newest_first(text_of(el)):
            continue
        found.append(Block(text_of(el), hint="related", label=label, items=items))
    return found


def _page_end(tree, end: int, order: dict) -> float:
    """Where the page's own furniture starts after the article: its first footer outside
    any <article> or <main> (the site's footer, or the one holding the comments). Boxes past
    it are the site's, not the article's (widgets-guidelines: between its end and the
    comments or footer)."""
    for el in tree.iter("footer"):
        at = order.get(el, 0)
        if at > end and next(el.iterancestors("article", "main"), None) is None:
            return at
    return float("inf")


def _overlaps(el, held: set, taken: list) -> bool:
    """el is a taken box, lies inside one or holds one."""
    return el in held or any(a in held for a in el.iterancestors()) or any(
        el in t.iterancestors() for t in taken)


def _first_text(el):
    return next((d for d in islice(el.iterdescendants(), _FIRST_TEXT)
                 if isinstance(d.tag, str) and (d.text or "").strip()), None)


def _label(first, base: str | None) -> str | None:
    """The box's first words when they are a related label, not a link, or the heading's
    link to the topic page whose stories the box lists ("<h3><a href=/emne/…>Sommer-OL
    2024</a></h3>"), or to the section the article itself is filed in ("<h2><a
    href=/health/diets/>Diets</a></h2>" over /health/diets/a123/…)."""
    if first is None:
        return None
    link = first if first.tag == "a" else next(first.iterancestors("a"), None)
    if link is not None:
        return _topic_heading(link, base)
    text = text_of(first)
    if match_related_label(text):
        return text
    return match_topic_label(text)


_TOPIC_HEADING_WORDS = 5  # a topic's name, not a headline that links to its story


def _topic_heading(link, base: str | None) -> str | None:
    head = link.getparent()
    href = link.get("href") or ""
    if head is None or head.tag not in ("h2", "h3", "h4") or not (
            pt.TAG_PAGE_RE.search(href) or _own_section(href, base)):
        return None
    text = text_of(head)
    return text if text == text_of(link) and len(text.split()) <= _TOPIC_HEADING_WORDS else None


def _own_section(href: str, base: str | None) -> bool:
    """The link leads to a section the page's own address lies in (not the site's front)."""
    if not base:
        return False
    path, own = urlsplit(urljoin(base, href)), urlsplit(base)
    folder = path.path.rstrip("/") + "/"
    return path.netloc == own.netloc and folder != "/" and own.path.startswith(folder) \
        and len(own.path) > len(folder)


def _deeper_box(el, first) -> bool:
    """A child box opens with the same label and holds links: that one is the box (a
    wrapper around it may hold other boxes too)."""
    own = {first, *first.iterancestors("a")}  # a topic heading's link is no item
    return any(isinstance(k.tag, str) and k.tag in _BOXES and _first_text(k) is first
               and any(a not in own for a in k.iter("a")) for k in el)


def _headlines(titles: list[str]) -> bool:
    """The titles read as headlines: a few words each (any length in scripts without spaces)."""
    if any(CJK.search(t) for t in titles):
        return True
    return sum(len(t.split()) for t in titles) >= _HEADLINE_WORDS * len(titles)


_DATE = re.compile(
    rf"(?<!\d)(?:(?P<d1>\d{{1,2}})\.?\s(?P<m1>{pt.MONTH_ALT})\.?,?\s(?P<y1>\d{{4}})|"
    rf"(?P<m2>{pt.MONTH_ALT})\.?\s(?P<d2>\d{{1,2}}),?\s(?P<y2>\d{{4}})|"
    r"(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})|"
    r"(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4}))(?!\d)",
    re.I)
_FEED_DATES = 3  # dated items: fewer cannot show an order
_FEED_SPAN = 31  # days from the newest to the oldest item: a feed's last month of posts


def newest_first(text: str) -> bool:
    """The box's items carry dates, newest first, within a month: the site's latest posts,
    whatever the box's label says (widgets-guidelines: content decides)."""
    days = [d for m in islice(_DATE.finditer(text), FEED_SIZE) if (d := _day(m)) is not None]
    return _in_date_order(days, _FEED_DATES)


def _in_date_order(days: list[date], least: int) -> bool:
    ordered = all(a >= b for a, b in pairwise(days))
    return len(days) >= least and ordered and (days[0] - days[-1]).days <= _FEED_SPAN


# A story's date in its address: "/2023/06/19/", "/2023-06-19/".
_URL_DATE = re.compile(r"/(\d{4})([/-])(\d{2})\2(\d{2})(?:/|-|$)")
_URL_FEED_DATES = 4  # dated addresses: three in order are often a topic box's by chance


def without_feeds(blocks: list[Block], title: str | None) -> list[Block]:
    """The blocks less the related boxes that are feeds: the newest posts of the site (their
    stories' addresses carry dates, newest first, within a month), a writer's latest (the
    box is headed by a name alone, no related label), or headlines that share no topic with
    the article (see topics), whatever box holds them."""
    # The article's words are counted only for a page with a box to judge: most have none.
    judged = any(b.hint == "related" and topics.judged(b) for b in blocks)
    topic = topics.keywords(title, (b.text for b in blocks if b.hint != "related")) \
        if judged else set()
    return [b for b in blocks if b.hint != "related" or not _feed(b, topic)]


def _feed(box: Block, topic: set[str]) -> bool:
    return _writers_box(box.label) or _dated_in_order(box) or _tracked_as_feed(box) \
        or _stamped_hours_ago(box) or topics.off_topic(box, topic)


def _dated_in_order(box: Block) -> bool:
    """The stories' addresses carry dates, newest first, within a month."""
    dated = [d for i in box.items[:FEED_SIZE] if (d := _url_day(i.url or "")) is not None]
    return _in_date_order(dated, _URL_FEED_DATES)


# "vor 2 Std.", "2 hours ago", "il y a 3 h", "hace 5 horas": a post of the last hours.
_HOURS_AGO = re.compile(
    r"(?<!\d)(?:vor\s\d{1,2}\s(?:std|stunden?|min(?:uten)?)\b|\d{1,2}\s(?:hours?|hrs?|mins?|"
    r"minutes?)\sago\b|il\sy\sa\s\d{1,2}\s(?:h|heures?|min)\b|hace\s\d{1,2}\s(?:horas?|min))",
    re.I)


def _stamped_hours_ago(box: Block) -> bool:
    """The box's items, or its label, are stamped with hours or minutes ago: the site's
    newest posts (related reading is chosen for its topic, whatever its age)."""
    return bool(_HOURS_AGO.search(box.label or "")) or len(
        list(islice(_HOURS_AGO.finditer(box.text), 2))) >= 2


# The list a link was drawn from, as the site's click tracking names it in the link's
# query or fragment: "#intcid=…_popular4-1", "?ref=trending", "?ceid=article-rt-rail".
_FEED_TRACKING = re.compile(
    r"popular|trending|most-?read|mostviewed|(?<![a-z])(?:rail|sidebar)(?![a-z])", re.I)


def _tracked_as_feed(box: Block) -> bool:
    """Most of the box's links say they come from the site's popular or trending list, or
    from the page's side rail, which is the site's and not the article's."""
    tracked = sum(1 for i in box.items if i.url and _FEED_TRACKING.search(
        i.url.partition("?")[2] or i.url.partition("#")[2]))
    return tracked > len(box.items) / 2


def _writers_box(label: str | None) -> bool:
    """"Gerhard Kilz" over a box: the writer's other stories ("More from <author>")."""
    return label is not None and is_person(label) and not (
        match_related_label(label) or match_topic_label(label))


def _url_day(url: str) -> date | None:
    m = _URL_DATE.search(url)
    try:
        return date(int(m[1]), int(m[3]), int(m[4])) if m else None
    except ValueError:
        return None


def _day(m: re.Match) -> date | None:
    for n in "1234":
        if m[f"y{n}"]:
            month = m[f"m{n}"]
            number = int(month) if month.isdigit() else pt.MONTHS.get(month.lower().rstrip("."))
            try:
                return date(int(m[f"y{n}"]), number or 0, int(m[f"d{n}"]))
            except ValueError:
                return None
    return None


_PAST_SCOPE = 3  # levels above the article's own box where its end-of-article widgets sit


def attached_related(base: str | None, scope, container) -> list[tuple[object, Block]]:
    """(element, Block) for the related boxes of the article outside its running text:
    between the body and the article's end, and after the article's box up to a few levels
    above it (a related-posts block a theme places after the <article>), before the footer.
    Kept when their class or label says related reading, not merely teasers, and no feed's
    label heads them."""
    found: list[tuple[object, Block]] = []
    after: list = []
    node = container
    top = scope
    for _ in range(_PAST_SCOPE):
        if top.getparent() is None or top.getparent().tag in ("body", "html"):
            break
        top = top.getparent()
    past = False  # past the article's own box: only a box its class calls related
    while node is not top and node is not None:
        past = past or node is scope
        for s in node.itersiblings():
            if not isinstance(s.tag, str):
                continue
            if s.tag == "footer" or _COMMENTS.search(classes(s)):
                break  # the widgets come before the comments and the footer
            after.append((s, past))
        node = node.getparent()
    stack = [(el, 0, beyond) for el, beyond in reversed(after)]
    while stack:
        el, depth, beyond = stack.pop()
        if el is container or el.tag in SKIP_TAGS or hidden(el):
            continue
        # Cheap tests first: most of what follows the body (comments, footers) is no box.
        cls = classes(el)
        block = related(el, base) if el.tag in ("div", "section", "aside", "ul") and (
            pt.RELATED_CLASS_RE.search(cls) or labelled(el)) else None
        if block is not None and beyond and ("related" not in cls
                                             or len(block.items) > FEED_SIZE):
            block = None  # a recommendation feed of the site, or a box named otherwise
        if block is not None and ("related" in cls or (
                block.label and match_related_label(block.label))):
            if not feed_label(block.label):
                found.append(_labelled_part(el, block, base))
            continue
        if depth < 6:  # boxes sit near the article's own level, not deep in page furniture
            stack.extend((c, depth + 1, beyond) for c in reversed(el) if isinstance(c.tag, str))
    return found


_PART_LEVELS = 4  # levels a wrapper's labelled box is looked for below it


def _labelled_part(el, block: Block, base: str | None) -> tuple[object, Block]:
    """(element, Block) of the labelled box inside a wrapper that holds it and other lists
    ("<div class=recommendations><div><h3>See also</h3>…</div><div>…</div></div>"): the
    label heads its own box only."""
    for _ in range(_PART_LEVELS):
        head = next((d for d in islice(el.iterdescendants(), 15)
                     if isinstance(d.tag, str) and (d.text or "").strip()), None)
        part = next((k for k in el if isinstance(k.tag, str) and head is not None
                     and (k is head or head in k.iterdescendants())), None)
        if part is None or part is head or not labelled(part):
            break
        inner = related(part, base)
        if inner is None or len(inner.items) < 2:
            break
        el, block = part, inner
    return el, block


_COMMENTS = re.compile(r"(?<![a-z])comments?(?![a-z])|disqus|respond", re.I)
