"""HTML pages to Blocks: one lxml parse, find the article container, walk it in reading order.

Steps: metadata from JSON-LD and meta tags (htmlmeta), the container holding most paragraph
text, a document-order walk that emits headings and paragraphs, pull quotes and related
widgets (htmlwidgets) and skips boilerplate, then the standfirst near the headline (htmllead).
trafilatura is the fallback for pages where the walk finds little running text.
"""

from __future__ import annotations

import re
from html import unescape as html_unescape

from . import htmllead as hl
from . import htmlmeta as hm
from . import htmlwidgets as hw
from . import patterns as pt
from .model import Block, Metadata
from .text.lines import match_related_label

_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
              "canvas", "map", "select", "input", "button", "textarea", "form", "dialog")
_SKIP_TAGS = {"nav", "footer", "figcaption", "header", "menu", "label", "picture", "img", "video",
              "audio", "source", "time", "h1"}
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_INLINE = {"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i",
           "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var",
           "wbr", "del", "ins", "time", "img", "picture", "button", "label", "svg"}
_MIN_PARA = 25  # characters: a paragraph that counts towards finding the container
_SCREEN_READER = re.compile(r"sr-only|srlabel|sr-label|visually-hidden|screen-reader|a11y")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def parse(html: str):
    """One lxml parse of the page (comments and processing instructions dropped)."""
    import lxml.html

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
    data = html.encode("utf-8", "surrogatepass")
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except Exception:  # noqa: BLE001 - lxml refuses empty or odd documents in many ways
        return None
    return tree


# --- container --------------------------------------------------------------------------------

def _paragraph_weights(tree) -> dict:
    """Text length of real paragraphs under every element (links and boilerplate discounted)."""
    weights: dict = {}
    for p in tree.iter("p", "div"):
        # A div counts when it is a paragraph in all but name: text and inline markup only.
        if p.tag == "div" and (not (p.text or "").strip() or any(
                isinstance(c.tag, str) and c.tag not in _INLINE for c in p)):
            continue
        text = hw.text_of(p)
        if len(text) < _MIN_PARA or hw.link_density(p, text) > 0.5:
            continue
        ancestors = list(p.iterancestors())
        if any(a.tag in ("nav", "footer", "aside") for a in ancestors):
            continue  # menus and footers may hold long blurbs; never the article
        # Teaser lists are many short paragraphs; running text has long ones.
        weight = (len(text) - _MIN_PARA) * (1 - hw.link_density(p, text))
        for anc in ancestors:
            weights[anc] = weights.get(anc, 0) + weight
    return weights


_OFF_ARTICLE = re.compile(
    r"(?:comments?|sidebar|related|recommend\w*|newsletter|nav\w*)(?:[-_].*)?")


def _off_article(el) -> bool:
    """Branches that hold paragraphs but never the article: comments, sidebars, navigation.
    Judged per class token ("comments-area" yes, "without-sidebar" no)."""
    return el.tag in ("aside", "nav", "footer") or any(
        _OFF_ARTICLE.fullmatch(token) for token in hw.classes(el).split())


def _paragraph_classes(el) -> set[str]:
    return {p.get("class") or "" for p in el.iter("p") if len(hw.text_of(p)) >= _MIN_PARA}


def _paragraphs_beside(node) -> bool:
    """The article's text runs on in <p> siblings styled like node's own paragraphs: node is
    one part of a body split around an inserted box (a paywall span, an ad slot)."""
    parent = node.getparent()
    if parent is None or parent.tag == "html":
        return False
    sibs = [sib for sib in parent if sib is not node and sib.tag == "p"
            and len(hw.text_of(sib)) >= 60]
    if not sibs:
        return False  # cheap test first: reading node's own paragraphs is the dear part
    own = _paragraph_classes(node)
    return any((sib.get("class") or "") in own for sib in sibs)


def find_container(tree, weights: dict | None = None):
    """The deepest element that still holds most of the page's paragraph text.

    Going down, a child holding 70% of its parent's paragraph text is followed. Where the text
    splits (a page that appends the next articles, or a long comment thread), the branch holding
    the page's first h1 is followed if it holds a fair share itself.
    """
    weights = _paragraph_weights(tree) if weights is None else weights
    body = tree.find("body")
    node = body if body is not None else tree
    total = weights.get(node, 0)
    if not total:
        return node
    # An explicit article body mark that holds a good share of the text wins outright.
    for el in tree.iterfind(".//*[@itemprop='articleBody']"):
        if weights.get(el, 0) >= 0.5 * total:
            return el
    h1 = next((h for h in tree.iter("h1") if hw.text_of(h)), None)
    h1_path = set(h1.iterancestors()) if h1 is not None else set()
    while True:
        children = [c for c in node if isinstance(c.tag, str) and not _off_article(c)]
        best = max(children, key=lambda c: weights.get(c, 0), default=None)
        if best is None:
            return node
        # Shares are taken of what the article could be: comments and footers do not count.
        here = weights.get(node, 0) - sum(weights.get(c, 0) for c in node
                                          if isinstance(c.tag, str) and _off_article(c))
        if weights.get(best, 0) < 0.7 * here:
            best = next((c for c in children if c in h1_path), None)
            if best is None or weights.get(best, 0) < 0.3 * here:
                return node
        node = best
        if _paragraphs_beside(node):
            return node.getparent()  # the text runs on in paragraphs next to node




_CJK = hm.CJK


def _words(text: str) -> int:
    """Word count; in scripts written without spaces, about one word per two characters."""
    cjk = len(_CJK.findall(text))
    return max(len(text.split()), cjk // 2) if cjk else len(text.split())


def is_fragment(text: str) -> bool:
    """A label, a name, a credit: a few words that do not end like a sentence; or a short
    line that is mostly a date or time ("Stand: 24.04.2024 22:58 Uhr")."""
    if len(text) < 30 and _words(text) <= 3 and not text.rstrip().endswith(hw.TERMINAL):
        return True
    # "The vote is at 10:30." is a sentence; "Stand: 24.04.2024 22:58 Uhr" is a stamp.
    stamp = not text.endswith(hw.TERMINAL) or text[:1].isdigit()
    short = len(text.split()) <= 8 and len(text) < 60
    return stamp and short and bool(hw.DATE_OR_TIME.search(text))



_PHOTO_TEXT = 200  # characters: more than a caption and a credit is running text


def _photo_box(el) -> bool:
    """A box holding a picture and no more text than a caption and credit: the caption of a
    photo left outside <figure>/<figcaption>."""
    size = 0
    for chunk in el.itertext():  # text first, stopping early: most boxes are whole sections
        size += len(chunk.strip())
        if size > _PHOTO_TEXT:
            return False
    return el.find(".//picture") is not None or any(_photo(img) for img in el.iter("img"))


def _photo(img) -> bool:
    """An image that is a picture, not an emoji or icon set inline in the text."""
    if "emoji" in (img.get("class") or ""):
        return False
    sizes = [img.get(a) or "" for a in ("width", "height")]
    return not any(v.isdigit() and int(v) < 50 for v in sizes)


def _paywalled_paragraph(el) -> bool:
    """A <p> of the running text only hidden from screen readers (aria-hidden): a metered
    paywall masks the text it still serves; a layout never hides a single paragraph so."""
    if el.tag != "p" or el.get("aria-hidden") != "true" or hw.out_of_view(el):
        return False
    parent = el.getparent()
    return not (parent is not None and hw.hidden(parent))


def _article_parts(container, weights: dict) -> bool:
    """The container's own <article>s hold half its text: they are the story's posts (a live
    blog), not teaser cards for other stories."""
    total = weights.get(container, 0)
    parts = sum(weights.get(a, 0) for a in container.iterdescendants("article")
                if not _nested_article(a, container))
    return total > 0 and parts >= 0.5 * total


def _nested_article(el, container) -> bool:
    """el sits inside another <article> below the container (a part of a part)."""
    for anc in el.iterancestors():
        if anc is container:
            return False
        if anc.tag == "article":
            return True
    return False


def _boilerplate(el) -> bool:
    """Class or id names boilerplate. A BEM name is judged by its element part:
    "sidebar-grid__content" is content, "article__footer" is a footer."""
    # camelCase class names ("mediaEmbed", "imageEmbedCredit") are words run together; hashed
    # names ("sc-hzhJZQ", ids like "block-id-n1AuAdJl") are not split.
    names = f"{_CAMEL.sub('-', el.get('class') or '')} {el.get('id') or ''}".lower()
    if any(pt.BOILERPLATE_CLASS_RE.search(_bem_element(token)) for token in names.split()):
        return True
    # A box's accessible name says what it is ("Newsletter Anmeldung", "Share this article").
    label = el.get("aria-label") if el.tag in ("section", "div", "aside") else None
    return bool(label and pt.BOILERPLATE_CLASS_RE.search(label))


_CSS_MODULE_HASH = re.compile(r"(?=[a-z0-9-]*\d)[a-z0-9-]{5,8}")


def _bem_element(token: str) -> str:
    """The part of a class name that says what the element is: "block__element" -> "element";
    CSS-module names ("Byline_author-wrapper__2dsv1") end in a hash, not an element."""
    head, sep, tail = token.rpartition("__")
    if sep and _CSS_MODULE_HASH.fullmatch(tail):
        return head
    return tail


_CAMEL = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")


def _double_br(br) -> bool:
    """A <br> followed by another with only whitespace between: a paragraph break."""
    nxt = br.getnext()
    return nxt is not None and nxt.tag == "br" and not (br.tail or "").strip()


_OPENS = re.compile(r"\s*[\"'“„«‘‚(\[]?[^\W\d_]")


def _sentence_break(br, buffer: list[str]) -> bool:
    """A single <br> after a finished sentence, before a capitalised one: the author's new
    paragraph inside one <p> (a line break inside a sentence or an address is not)."""
    before = "".join(buffer[-3:]).rstrip()
    after = br.tail or ""
    m = _OPENS.match(after)
    return (len(" ".join("".join(buffer).split())) >= 40 and before.endswith(hw.TERMINAL)
            and m is not None and m.group(0)[-1].isupper())


def _dedupe(blocks: list[Block]) -> list[Block]:
    """A body never repeats a paragraph word for word; a second copy is a caption or teaser."""
    seen: set[str] = set()
    out = []
    for b in blocks:
        if b.hint == "paragraph":
            if b.text in seen:
                continue
            seen.add(b.text)
        out.append(b)
    return out


# Inline elements that are not running text: they separate the words around them.
_SEPARATING = {"br", "wbr", "img", "picture", "svg", "button", "label", "time"}


def _spaced(child, text: str) -> str:
    """An inline element's text as it sits in its line: a link or <b> inside a word ("中居正広"
    between two kana, "Haus<b>tür</b>") adds no space; whitespace at its edges is kept."""
    if child.tag in _SEPARATING:
        return f" {text} "
    raw = "".join(child.itertext()) or text
    left = " " if raw[:1].isspace() or not raw else ""
    right = " " if raw[-1:].isspace() or not raw else ""
    return f"{left}{text}{right}"


# --- walking the container ----------------------------------------------------------------------

class Walker:
    """Emit Blocks for a container in document order."""

    def __init__(self, base: str | None, weights: dict | None = None, total: float = 0.0):
        self.base = base
        # Paragraph weight per element: a branch holding a good share of the article is never
        # boilerplate, whatever its class says ("sidebar-grid__content").
        self.weights = weights or {}
        self.total = total
        self.blocks: list[Block] = []
        self.elements: list = []  # the element each block came from (None for loose text)
        self.current = None
        self.label: str | None = None  # a "Read also" heading waiting for its links
        self.buffer: list[str] = []
        self.linked = 0  # characters of the buffer that sat inside links
        self.article_parts = False  # the story itself is a run of <article>s (live blog posts)
        self.sentence_lists: dict = {}  # list element -> its bullets read as prose (see below)

    def holds_article(self, el) -> bool:
        """el holds half the container's paragraph text: it is the article, whatever its
        class or visibility says."""
        return self.weights.get(el, 0) >= 0.5 * self.total > 0

    def emit(self, block: Block) -> None:
        if block.hint == "related" and self.label and not block.label:
            block.label = self.label
        self.label = None
        self.blocks.append(block)
        self.elements.append(self.current)

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        linked, self.buffer, self.linked = self.linked, [], 0
        if text and linked / len(text) > 0.7:
            return  # a loose teaser link, not running text
        # Loose text outside <p> is a paragraph only when it reads like one.
        prose = len(text.split()) > 4 or (len(text) >= 20 and _CJK.search(text))
        if prose and not is_fragment(text):
            self.emit(Block(text, hint="paragraph"))

    def walk(self, el) -> None:
        """Emit the blocks of el's children (el itself is not judged)."""
        if el.text and el.text.strip():
            self.buffer.append(el.text)
        for child in el:
            if not isinstance(child.tag, str):
                if child.tail:
                    self.buffer.append(child.tail)
                continue
            tag = child.tag
            if tag in _INLINE and child.find(".//p") is None and child.find(".//div") is None:
                if tag == "br" and self.buffer and (_double_br(child)
                                                   or _sentence_break(child, self.buffer)):
                    self.flush()
                else:
                    text = hw.text_of(child)
                    self.buffer.append(_spaced(child, text))
                    if tag == "a":
                        self.linked += len(text)
            else:
                self.flush()
                self.visit(child)
            if child.tail and child.tail.strip():
                self.buffer.append(child.tail)
        self.flush()

    def visit(self, el) -> None:
        """Judge one block-level element: widget, heading, paragraph, skip, or recurse."""
        tag = el.tag
        if tag in _SKIP_TAGS or (hw.hidden(el) and not self.holds_article(el)
                                 and not _paywalled_paragraph(el)):
            return  # hidden, unless it is the (paywalled) bulk of the article itself
        self.current = el
        quote = hw.pull_quote(el)
        if quote is not None:
            if quote is not hw.SKIP:
                self.emit(quote)
            return
        rel = hw.related(el, self.base)
        if rel is not None:
            self.emit(rel)
            return
        if tag in ("aside", "figure") or (
                tag not in _HEADINGS and _boilerplate(el) and not self.holds_article(el)):
            return
        if tag in ("div", "section") and _photo_box(el):
            return
        if tag == "article" and not self.article_parts and not self.holds_article(el):
            return  # a self-contained piece inside the story: another story's teaser card
        if tag in _HEADINGS or tag == "p":
            if any(a.tag == "a" for a in el.iterancestors()):
                return  # inside a link: a teaser card's title or blurb, not the article's
        if tag in _HEADINGS:
            self.heading(el)
        elif tag == "p":
            self.paragraph(el)
        elif tag == "li":
            self.list_item(el)
        elif tag == "table":
            return
        else:
            self.walk(el)

    def heading(self, el) -> None:
        if _SCREEN_READER.search(hw.classes(el)):
            return  # a label for screen readers over a box, not a section heading
        text = hw.text_of(el)
        if not text or len(text) > 200:
            return
        if match_related_label(text):
            self.label = text
            return
        if hw.link_density(el, text) > 0.5:
            return  # a teaser's linked title, not a section heading
        self.emit(Block(text, hint="heading"))

    def list_item(self, el) -> None:
        """Bullets that read as sentences are running text; short ones are fact boxes or menus."""
        if el.find(".//p") is not None:
            self.walk(el)
            return
        text = hw.text_of(el)
        if _sentence_item(el, text) and (len(text) >= 60 or self._in_sentence_list(el)):
            self.emit(Block(text, hint="paragraph"))

    def _in_sentence_list(self, li) -> bool:
        # Judged once per list: every short bullet asks about the same siblings.
        parent = li.getparent()
        if parent not in self.sentence_lists:
            self.sentence_lists[parent] = _sentence_list(parent)
        return self.sentence_lists[parent]

    def paragraph(self, el) -> None:
        if el.find("br") is not None:
            self.walk(el)  # one <p> may hold several paragraphs split by line breaks
            return
        text = hw.text_of(el)
        if not text or is_fragment(text):
            return
        density = hw.link_density(el, text)
        if (len(text) < 100 and density > 0.8) or (len(text) < 250 and density >= 0.95):
            return  # a teaser: a paragraph that is (all but) one link to another story
        if len(text) <= 120 and pt.SUBHEADING_CLASS_RE.search(hw.classes(el)):
            self.heading(el)  # <p class="crosshead">: a heading in all but tag
            return
        self.emit(Block(text, hint="paragraph"))


def _sentence_item(li, text: str) -> bool:
    return len(text.split()) >= 4 and text.endswith(hw.TERMINAL) and hw.link_density(li, text) < 0.5


def _sentence_list(parent) -> bool:
    """A list whose bullets are mostly sentences, some of them long, is running text: its short
    sentences belong to it as much as its long ones."""
    if parent is None:
        return False
    items = [(li, hw.text_of(li)) for li in parent if li.tag == "li"]
    sentences = [t for li, t in items if _sentence_item(li, t)]
    return len(sentences) >= 3 and 2 * len(sentences) > len(items) and any(
        len(t) >= 60 for t in sentences)


def _order(tree) -> dict:
    return {el: i for i, el in enumerate(tree.iter())}


def pick_h1(tree, container, order: dict | None = None):
    """The article's h1: one above the running text (a donation box's h1 under the story does
    not head it), sharing the most ancestors with the container (a logo's h1 sits higher)."""
    around = set(container.iterancestors()) | {container}
    order = order or {}
    first_p = next(container.iter("p"), None)
    text_starts = order.get(first_p) if first_p is not None else None
    best, best_rank = None, (-1, -1)
    for el in tree.iter("h1"):
        if not hw.text_of(el):
            continue
        above = text_starts is None or order.get(el, 0) < text_starts
        rank = (int(above), sum(1 for a in el.iterancestors() if a in around))
        if rank > best_rank:
            best, best_rank = el, rank
    if best is not None:
        # The same headline set twice (page header, then again over a print or paywall copy):
        # the first one heads the article, with its standfirst and byline under it.
        text = hw.text_of(best)
        best = next((el for el in tree.iter("h1") if hw.text_of(el) == text), best)
    return best


def container_and_header(tree, container, h1):
    """Elements of the article (its container and what surrounds the headline), in order."""
    scope = hl.scope(h1, container)
    return (el for el in scope.iter("*") if isinstance(el.tag, str))


_BYLINE_START = re.compile(pt.BYLINE_PREFIX_RE, re.I)


def _byline_text(el, below_body_start: bool) -> str | None:
    """The text of a byline element: marked as author/byline, and short; names start the text
    after "By"/"Von"..., or the element is a rel=author link."""
    if el.get("rel") == "author":
        return hw.text_of(el) or None
    if el.tag == "a" and pt.AUTHOR_PAGE_RE.search(el.get("href") or ""):
        return _author_link(el)
    if el.tag in ("html", "body", "article", "main"):
        return None
    if not pt.BYLINE_CLASS_RE.search(hw.classes(el)):
        if below_body_start or el.tag not in _UNMARKED_BYLINE_TAGS or not hw.small(el, 30):
            return None
        return _unmarked_byline(el)
    if not hw.small(el, 30):
        return None
    text = hw.text_of(el)
    if not text or len(text) > 150:
        return None
    if _BYLINE_START.match(text) or text.casefold() in pt.AGENCY_KEYS:
        return text  # "By Ann Lee", or a wire agency signing alone ("AFP")
    # A bare name, or "Name, role": a few capitalised words first.
    words = text.split(",")[0].split()
    capitalised = all(w[:1].isupper() for w in words)
    if 2 <= len(words) <= 4 and capitalised and not text.endswith((".", "?")):
        name, _, role = text.partition(",")
        return name if role.strip()[:1].islower() else text  # "Ann Lee, health editor"
    return None


_NAME = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}")


_UNMARKED_BYLINE_TAGS = ("p", "div", "span", "li", "address")


def _byline_groups(found) -> list[str]:
    """Byline texts in order, each run of sibling boxes alike in class also read as one,
    before its parts: two "byline" boxes side by side, one writer each, are one byline of
    two writers."""
    found = list(found)
    texts: list[str] = []
    grouped: set = set()
    for el, text in found:
        parent, cls = group = (el.getparent(), el.get("class"))
        if cls and group not in grouped:
            grouped.add(group)
            alike = [t for e, t in found if e.getparent() is parent and e.get("class") == cls]
            if len(alike) > 1:
                texts.append(", ".join(alike))
        texts.append(text)
    return texts


def _author_link(a) -> str | None:
    """A link to the writer's page ("/autor/jana-novak") whose text is a name: a byline,
    unless it sits inside a paragraph of running text that mentions a colleague."""
    text = hw.text_of(a)
    parent = a.getparent()
    if parent is not None and parent.tag == "p" and len(hw.text_of(parent)) > 100:
        return None
    return text if _is_name(text) else None


def _is_name(text: str) -> bool:
    """Two to four capitalised words ("Ann Lee", "Mary Ann McCarthy")."""
    return bool(_NAME.fullmatch(text)) and all(w[:1].isupper() for w in text.split())


def _unmarked_byline(el) -> str | None:
    """A short line "By Ann Lee and Bo Ma" / "Von: Bill McCarthy" with no class saying so:
    taken when everything after the prefix is two-to-four-word capitalised names."""
    text = hw.text_of(el)
    return text if _byline_names(text) else None


def _byline_names(text: str) -> list[str] | None:
    """The names of "By Ann Lee and Bo Ma": every one two-to-four capitalised words."""
    if len(text) > 100 or not _BYLINE_START.match(text):
        return None
    names = hm.split_byline(text)
    return names if names and all(map(_is_name, names)) else None


def _metadata(tree, url: str | None, container, ld: dict, tags: dict, order: dict
              ) -> tuple[Metadata, str | None, object]:
    h1_el = pick_h1(tree, container, order)
    h1 = hw.text_of(h1_el) if h1_el is not None else None
    title_el = tree.find(".//title")
    doc_title = hw.text_of(title_el) if title_el is not None else None
    # A line without a byline class counts only above the body, where bylines stand.
    start = order.get(container, 0)
    bylines = _byline_groups((el, text) for el in container_and_header(tree, container, h1_el)
                             if (text := _byline_text(el, order.get(el, 0) >= start)))
    meta = Metadata(
        title=hm.pick_title(ld, tags, h1, doc_title, url),
        authors=hm.pick_authors(ld, tags, [b for b in bylines if b]),
        published=hm.pick_date(ld, tags, tree),
        language=hm.pick_language(tree, tags, ld),
        summary=None,
        url=tags.get("og:url") or url,
    )
    return meta, hm.description(ld, tags), h1_el


def _canonical(tree) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return None


def _drop_trailing_headings(blocks: list[Block]) -> list[Block]:
    """A heading with no paragraph after it heads a widget or the comments, not a section;
    a short line ending in ":" with nothing after it introduces a box that was left out
    ("Dieses Thema im Programm:", "More in our live blog:")."""
    while blocks and (blocks[-1].hint == "heading" or (
            blocks[-1].hint == "paragraph" and blocks[-1].text.endswith(":")
            and len(blocks[-1].text) <= _INTRO_LEN)):
        blocks.pop()
    return blocks


_INTRO_LEN = 80  # characters: a line introducing a box; a long one is the story's own text


def extract(html: str, url: str | None = None) -> tuple[list[Block], Metadata]:
    """Return the article's blocks in reading order and the page's metadata."""
    html = _CONTROL.sub("", html)  # lxml and trafilatura refuse NULs and control characters
    tree = parse(html)
    if tree is None:
        return [], Metadata(url=url)
    ld, tags = hm.json_ld(tree), hm.meta_tags(tree)
    _unwrap_related_noscript(tree)
    for el in list(tree.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    weights = _paragraph_weights(tree)
    container = find_container(tree, weights)
    order = _order(tree)
    meta, desc, h1 = _metadata(tree, url, container, ld, tags, order)
    # Links resolve against the page's own address when the caller did not give one.
    walker = Walker(url or _canonical(tree) or meta.url, weights, weights.get(container, 0))
    walker.article_parts = _article_parts(container, weights)
    walker.walk(container)
    blocks = _tidy(_drop_closing_notes(walker), meta.title, _image_texts(container))
    blocks = _drop_signature(_drop_lead_bylines(blocks), meta)
    blocks = _dedupe_links(blocks + _attached_related(walker.base, hl.scope(h1, container),
                                                      container))
    blocks = _fallback_if_thin(blocks, html, url, ld)
    first = _first_paragraph(walker, order.get(h1, -1), order)
    meta.summary, apart = hl.find_standfirst(h1, container, first, order, desc)
    blocks = _take_summary(blocks, meta, desc, apart)
    if meta.published is None:
        meta.searched_date = hm.searched_date(tree, url or meta.url)
    return blocks, meta


def _unwrap_related_noscript(tree) -> None:
    """Some sites build their related box with a script and keep the plain links in
    <noscript>: that copy is the box. Any other <noscript> (tracking pixels, "enable
    JavaScript") is dropped with the scripts."""
    for ns in list(tree.iter("noscript")):
        kids = [k for k in ns if isinstance(k.tag, str)]
        if len(kids) == 1 and ns.getparent() is not None and hw.related(kids[0], None) is not None \
                and (pt.RELATED_CLASS_RE.search(hw.classes(kids[0])) or hw.labelled(kids[0])):
            ns.drop_tag()  # a box its class or its "Mehr zum Thema" label calls related


def _drop_lead_bylines(blocks: list[Block]) -> list[Block]:
    """Headings before the first paragraph that are bylines ("Von Anna Berger, Frankfurt",
    "ku Frankfurt": initials start in lower case, a heading never does)."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if b.hint == "paragraph":
            return out + blocks[i:]
        if b.hint == "heading" and (b.text[:1].islower() or _byline_names(b.text)):
            continue
        out.append(b)
    return out


_HANDLE = re.compile(r"\s+(?:follow\s+(?:\w+\s+)?(?:on\s+\w+\s*:?\s*)?)?@\w+\s*$", re.I)


def _drop_signature(blocks: list[Block], meta: Metadata) -> list[Block]:
    """"-- By Ann Lee Follow @annlee" closing the text signs it: a byline, not a paragraph
    (and the authors, when the page named none)."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].hint == "paragraph"),
                None)
    if last is None:
        return blocks
    names = _byline_names(_HANDLE.sub("", blocks[last].text.lstrip("-–—· ").strip()))
    if not names:
        return blocks
    if not meta.authors:
        meta.authors = names
    return blocks[:last] + blocks[last + 1:]


def _italic(el, text: str) -> bool:
    """All of an element's text is set in italics."""
    slanted = sum(len(hw.text_of(i)) for i in el.iter("em", "i")
                  if not any(a.tag in ("em", "i") for a in i.iterancestors()))
    return slanted >= 0.9 * len(text)


_QUOTE_MARKS = "\"'“”„«»‘‚‹›「『"


def _drop_closing_notes(walker: Walker) -> list[Block]:
    """Paragraphs set wholly in italics after the last plain one close the article with a
    note (the author's bio, where it first ran, an editor's note), not running text. Italics
    right under a heading, or an article all in italics, are the story itself."""
    blocks = walker.blocks
    notes: list[int] = []
    for i in range(len(blocks) - 1, -1, -1):
        b, el = blocks[i], walker.elements[i]
        if b.hint in ("related", "quote"):
            continue
        if (b.hint == "paragraph" and el is not None and el.tag == "p"
                and b.text[:1] not in _QUOTE_MARKS and _italic(el, b.text)):
            notes.append(i)  # quoted speech in italics is still the story
            continue
        if b.hint == "paragraph" and notes:
            drop = set(notes)
            return [x for k, x in enumerate(blocks) if k not in drop]
        break
    return list(blocks)


def _image_texts(container) -> set[str]:
    """Alt and title texts of the container's images, as keys (long enough to be captions)."""
    return {k for img in container.iter("img") for v in (img.get("alt"), img.get("title"))
            if len(k := hm.key(v)) >= 20}


def _is_caption(text: str, image_texts: frozenset[str] | set[str]) -> bool:
    """A line repeating an image's alt text (plus at most a short "© Credit") is its caption,
    left outside <figcaption>."""
    k = hm.key(text)
    return any(k.startswith(t) and len(k[len(t):].split()) <= 6 for t in image_texts)


def _dedupe_links(blocks: list[Block]) -> list[Block]:
    """A story linked from two related boxes is one related item (kept where it came first)."""
    seen: set[str] = set()
    out = []
    for b in blocks:
        if b.hint == "related":
            # Items without a URL cannot be told apart by it: they are all kept.
            b.items = [i for i in b.items if i.url is None or i.url not in seen]
            seen.update(i.url for i in b.items if i.url is not None)
            if not b.items:
                continue
        out.append(b)
    return out


def _attached_related(base: str | None, scope, container) -> list[Block]:
    """Related boxes of the article outside its running text (between the body and the
    article's end): kept when their class or label says related reading, not merely teasers."""
    found: list[Block] = []
    if scope is container:
        return found
    after: list = []
    node = container
    while node is not scope and node is not None:
        after.extend(s for s in node.itersiblings() if isinstance(s.tag, str))
        node = node.getparent()
    stack = [(el, 0) for el in reversed(after)]
    while stack:
        el, depth = stack.pop()
        if el is container or el.tag in _SKIP_TAGS or hw.hidden(el):
            continue
        # Cheap tests first: most of what follows the body (comments, footers) is no box.
        cls = hw.classes(el)
        block = hw.related(el, base) if el.tag in ("div", "section", "aside", "ul") and (
            pt.RELATED_CLASS_RE.search(cls) or hw.labelled(el)) else None
        if block is not None and ("related" in cls or (
                block.label and match_related_label(block.label))):
            found.append(block)
            continue
        if depth < 6:  # boxes sit near the article's own level, not deep in page furniture
            stack.extend((c, depth + 1) for c in reversed(el) if isinstance(c.tag, str))
    return found


def _tidy(blocks: list[Block], title: str | None,
          image_texts: frozenset[str] | set[str] = frozenset()) -> list[Block]:
    """Drop repeated paragraphs, image captions, headings over nothing and headings repeating
    the headline."""
    if image_texts:
        blocks = [b for b in blocks if not (b.hint == "paragraph"
                                            and _is_caption(b.text, image_texts))]
    blocks = [b for b in blocks if not (b.hint == "paragraph" and _credit_or_contact(b.text))]
    blocks = _drop_trailing_headings(_dedupe(blocks))
    title_key = hm.key(title)
    if len(title_key) >= 20:
        # A heading that repeats the headline (with a kicker glued on) heads no section.
        blocks = [b for b in blocks if not (b.hint == "heading" and title_key in hm.key(b.text))]
    return blocks


_CREDIT_LEN = 160  # characters: a credit or contact line is short; prose may quote one


def _credit_or_contact(text: str) -> bool:
    """A credit line ("With reporting by …", "(dpa)"), a short rights notice or a "write to us
    at x@y" prompt. (Longer notices closing the article go in segment.)"""
    if len(text) > _CREDIT_LEN:
        return False
    return bool(pt.CREDIT_LINE_RE.search(text) or pt.EMAIL_RE.search(text)
                or pt.COPYRIGHT_RE.search(text))


def _fallback_if_thin(blocks: list[Block], html: str, url: str | None,
                      ld: dict | None = None) -> list[Block]:
    """Little text: maybe the markup hid it from the walk. trafilatura's reading wins only
    when it finds clearly more (short CJK articles are short, not hidden); a page whose
    script draws the text may still state it whole in its JSON-LD `articleBody`."""
    found = sum(len(b.text) for b in blocks if b.hint == "paragraph")
    if found >= 200:
        return blocks
    # The publisher's own statement of the text first; trafilatura's reading of the page after.
    for read in (lambda: _ld_body(ld), lambda: _fallback(html, url)):
        other = read()  # trafilatura runs only when the JSON-LD has no more to give
        if _prose(other) > 1.5 * found + 50:
            return other
    return blocks


def _prose(blocks: list[Block]) -> int:
    """Characters of sentences: a paywalled page's "Log in" and "Subscribe" lines are no more
    article than the teaser paragraph found."""
    return sum(len(b.text) for b in blocks
               if b.hint == "paragraph" and b.text.endswith(hw.TERMINAL) and len(b.text) >= 20)


def _ld_body(ld: dict | None) -> list[Block]:
    """The JSON-LD articleBody as paragraphs (split where it breaks lines)."""
    body = (ld or {}).get("articleBody")
    if not isinstance(body, str):
        return []
    return [Block(text, hint="paragraph") for p in re.split(r"\n\s*", html_unescape(body))
            if len(text := hm.norm(p)) > 1]


def _first_paragraph(walker: Walker, h1_at: int, order: dict):
    """The element of the first real paragraph after the headline: where the running text
    starts."""
    return next((el for b, el in zip(walker.blocks, walker.elements, strict=True)
                 if b.hint == "paragraph" and len(b.text) >= 60 and order.get(el, 0) > h1_at),
                None)


def _take_summary(blocks: list[Block], meta: Metadata, desc: str | None,
                  apart: bool) -> list[Block]:
    """Settle meta.summary (standfirst, else a first paragraph the description repeats, else
    the description) and take a standfirst of its own out of the body."""
    paras = [b for b in blocks if b.hint == "paragraph"]
    if not meta.summary and desc and paras and hl.similar(desc, paras[0].text, 0.8):
        meta.summary = paras[0].text
    if not meta.summary and desc and len(desc) >= 40:
        meta.summary = desc  # the page's own description stands in for a lead it does not mark
    if not meta.summary:
        return blocks
    # A first paragraph that doubles as the lead stays where the reader finds it.
    dropped = ("paragraph", "heading") if apart else ("heading",)
    return [b for b in blocks if not (b.hint in dropped and b.text == meta.summary)]


def _fallback(html: str, url: str | None) -> list[Block]:
    """trafilatura's extraction, for pages whose markup hides the running text from the walk."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=False, include_comments=False,
                                      include_tables=False, include_images=False)
    body = getattr(doc, "body", None)  # a Document (or a dict with as_dict=True)
    if body is None:
        return []
    blocks: list[Block] = []
    for el in body.iterchildren():
        text = " ".join("".join(el.itertext()).split())
        if not text:
            continue
        if el.tag == "head":
            blocks.append(Block(text, hint="heading"))
        elif el.tag == "list":
            blocks.extend(Block(" ".join("".join(i.itertext()).split()), hint="paragraph")
                          for i in el.iterchildren("item"))
        else:
            blocks.append(Block(text, hint="paragraph"))
    return [b for b in blocks if b.text]
