"""The walk: a container's elements in document order, emitted as Blocks (paragraphs,
headings, line breaks), with widgets recognised and boilerplate skipped on the way."""

from __future__ import annotations

import re

from .. import patterns as pt
from ..model import Block
from ..text.lines import match_related_label
from .cards import card_grid, teaser_card
from .container import boilerplate
from .dom import (
    CJK,
    INLINE,
    SKIP_TAGS,
    classes,
    hidden,
    link_density,
    out_of_view,
    text_of,
)
from .lists import list_item, table
from .quotes import SKIP, pull_quote, quote_holders
from .related import feed_label, related, related_items
from .shapes import (
    box_weights,
    display_link,
    double_br,
    is_fragment,
    lead_in,
    passage,
    paywalled_paragraph,
    photo_box,
    sentence_break,
    spaced,
)

_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_FOLDED_TEXT = 80  # paragraph weight: a sentence, more than a label or a menu entry
_SHARE = 0.3  # of the container's paragraph weight, held by boxes of one kind
_OWN_TEXT = 400  # paragraph weight (see container.paragraph_weights): two paragraphs of prose
# Furniture that markup left unclosed can wrap the article in (see container.paragraph_weights).
_NESTING = {"nav", "header", "footer", "menu", "aside"}
_ECHO_CHECKS = 50  # plain blockquotes compared with the running text (see Walker.echoed)
_NOT_WORD = re.compile(r"[\W_]+")


def _flat(text: str) -> str:
    """Lower-case letters and digits only: a passage and its copy compare equal whatever the
    quote marks and spacing."""
    return _NOT_WORD.sub("", text.lower())


_SCREEN_READER = re.compile(r"sr-only|srlabel|sr-label|visually-hidden|screen-reader|a11y")


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
        self.run: Block | None = None  # the widget a label opened, while its link lines go on
        self.buffer: list[str] = []
        self.linked = 0  # characters of the buffer that sat inside links
        self.article_parts = False  # the story itself is a run of <article>s (live blog posts)
        self.root = None  # the container, once walk() is given it
        self.box_weights: dict | None = None  # first class name -> weight (carries_text)
        # (list id, ordered) while walking inside a list item: what it emits are its items.
        self.unit: tuple[int, bool] | None = None
        self.flat: str | None = None  # the container's text as echoed() compares it
        self.echo_checks = 0
        self.holders: set | None = None  # the document's elements with a <blockquote> inside

    def holds_article(self, el) -> bool:
        """el holds half the container's paragraph text: it is the article, whatever its
        class or visibility says."""
        return self.weights.get(el, 0) >= 0.5 * self.total > 0

    def boilerplate(self, el) -> bool:
        """el's class names it boilerplate, and it holds neither the article nor (for a weak
        name: a card, a collapsed panel) running text of its own."""
        kind = boilerplate(el)
        if kind is None or self.holds_article(el):
            return False
        return kind == "strong" or (self.weights.get(el, 0) < _OWN_TEXT
                                    and not self.carries_text(el))

    def collapsed_text(self, el) -> bool:
        """el is out of view but holds running text: a collapsed panel (an accordion's
        answer, a "read more" fold, a tab) or a part a script moves into place. Elements only
        hidden from screen readers are copies of what is shown (see paywalled_paragraph)."""
        return out_of_view(el) and self.weights.get(el, 0) >= _FOLDED_TEXT

    def carries_text(self, el) -> bool:
        """Boxes of el's kind (its first class name) hold a fair share of the article: the
        page is built of them (page-builder widgets, product cards of a review), so each is
        the article's own text, however short."""
        if self.box_weights is None:
            self.box_weights = box_weights(self.root, self.weights)
        first = (el.get("class") or "").split()[:1]
        return bool(first) and self.box_weights.get(first[0], 0) >= _SHARE * self.total

    def echoed(self, text: str) -> bool:
        """The container's text holds this passage twice: a pull quote and the sentence of the
        running text it repeats. Asked a bounded number of times (one scan of the container
        each), so a page of a thousand blockquotes is not scanned a thousand times."""
        if self.echo_checks >= _ECHO_CHECKS or self.root is None:
            return False
        self.echo_checks += 1
        if self.flat is None:
            self.flat = _flat(text_of(self.root))
        key = _flat(text)[:60]
        return len(key) >= 20 and self.flat.count(key) >= 2

    def emit(self, block: Block) -> None:
        if block.hint == "related" and self.label and not block.label:
            block.label = self.label
        elif block.hint == "related" and not block.label and self.blocks and lead_in(
                self.blocks[-1]):
            # "Read more in our live blog:" set just before a card: the card's label.
            block.label = self.blocks.pop().text
            self.elements.pop()
        self.label = None
        self.run = None
        if self.unit is not None and block.hint == "paragraph" and block.kind is None:
            block.kind, block.group, block.ordered = "item", *self.unit
        self.blocks.append(block)
        self.elements.append(self.current)

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        linked, self.buffer, self.linked = self.linked, [], 0
        if text and linked / len(text) > 0.7:
            return  # a loose teaser link, not running text
        if text and self.unit is not None:
            self.emit(Block(text, hint="paragraph"))  # a list item's own line, however short
            return
        # Loose text outside <p> is a paragraph only when it reads like one.
        prose = len(text.split()) > 4 or (len(text) >= 20 and CJK.search(text))
        if prose and not is_fragment(text):
            self.emit(Block(text, hint="paragraph"))

    def walk(self, el) -> None:
        """Emit the blocks of el's children (el itself is not judged)."""
        if self.root is None:
            self.root = el
            self.holders = quote_holders(el.getroottree())  # one search, not one per box
        if el.text and el.text.strip():
            self.buffer.append(el.text)
        for child in el:
            if not isinstance(child.tag, str):
                if child.tail:
                    self.buffer.append(child.tail)
                continue
            tag = child.tag
            if tag in INLINE and child.find(".//p") is None and child.find(".//div") is None:
                if tag == "br" and self.buffer and (double_br(child)
                                                   or sentence_break(child, self.buffer)):
                    self.flush()
                else:
                    text = text_of(child)
                    self.buffer.append(spaced(child, text))
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
        if tag == "header" and el.find(".//h1") is None and self.weights.get(el, 0) == 0 and \
                next(el.iter(*_HEADINGS), None) is not None:
            self.walk(el)  # a section's own header inside the text: its heading heads it
            return
        if tag in SKIP_TAGS and not (tag in _NESTING and self.holds_article(el)):
            return  # page furniture, unless broken markup nested the article inside it
        self.current = el
        if hidden(el) and not (self.holds_article(el) or paywalled_paragraph(el)
                               or self.collapsed_text(el)):
            # Hidden, unless it is the (paywalled) bulk of the article itself, or a pull
            # quote hidden from screen readers because it repeats the text.
            quote = None if out_of_view(el) else pull_quote(el, self.echoed, self.holders)
            if quote is not None and quote is not SKIP:
                self.emit(quote)
            return
        quote = pull_quote(el, self.echoed, self.holders)
        if quote is SKIP and passage(el):
            quote = None  # a long quoted passage that links to a post is no embedded post
        if quote is not None:
            if quote is not SKIP:
                self.emit(quote)
            return
        rel = related(el, self.base)
        if rel is not None:
            if not feed_label(rel.label or self.label):
                self.emit(rel)  # (a "Most read" or "Latest" feed is dropped with its links)
            self.label = None
            return
        if tag == "figure" and self.weights.get(el, 0) >= _OWN_TEXT:
            self.walk(el)  # paragraphs set in a <figure> (a comparison block): the text itself
            return
        if tag == "figure" and el.find(".//table") is not None:
            for t in el.iter("table"):
                if t.getparent() is not None and next(t.iterancestors("table"), None) is None:
                    table(self, t)  # a table set in a figure is the article's data
            return
        if tag in ("aside", "figure") or (tag not in _HEADINGS and self.boilerplate(el)):
            return
        if tag in ("div", "section") and (grid := card_grid(el, self.base)) is not None:
            self.emit(grid)  # headline cards between the paragraphs: related reading
            return
        if tag in ("div", "section") and photo_box(el):
            # A picture and a linked headline: another story's card between the paragraphs.
            if el.xpath("boolean(.//a//*[self::h2 or self::h3 or self::h4])") and (
                    card := teaser_card(el, self.base)) is not None:
                self.emit(card)
            return
        if tag == "article" and not self.article_parts and not self.holds_article(el):
            # A self-contained piece inside the story: another story's teaser card, a
            # related item of its own (guidelines: teaser cards between paragraphs).
            if (card := teaser_card(el, self.base)) is not None:
                self.emit(card)
            return
        if tag in _HEADINGS or tag == "p":
            if any(a.tag == "a" for a in el.iterancestors()):
                return  # inside a link: a teaser card's title or blurb, not the article's
        if tag in _HEADINGS:
            self.heading(el)
        elif tag == "p":
            self.paragraph(el)
        elif tag == "li":
            list_item(self, el)
        elif tag == "table":
            table(self, el)
        else:
            self.walk(el)

    def link_line(self, el, text: str) -> None:
        """A paragraph that is one link: under a "Related articles" heading, an item of the
        widget the heading opened (one line per link); set in brackets, "(<a>headline</a>.)",
        a related line of its own; elsewhere a teaser, dropped."""
        bracketed = text[:1] in "([" and text.rstrip(".")[-1:] in ")]"
        if self.label is None and self.run is None and not (bracketed or display_link(el)):
            return
        items = related_items(el, self.base)
        if len(items) != 1 or feed_label(self.label):
            return
        if self.run is None:
            opened = self.label is not None
            run = Block(text, hint="related", items=items)
            self.emit(run)  # takes the pending label
            self.run = run if opened else None
        else:
            self.run.items.extend(items)
            self.run.text = f"{self.run.text} {text}"

    def heading(self, el) -> None:
        if _SCREEN_READER.search(classes(el)):
            return  # a label for screen readers over a box, not a section heading
        text = text_of(el)
        if not text or len(text) > 200:
            return
        if match_related_label(text):
            self.label = text
            return
        # A heading set inside a list item is the item's own line, not a section's heading.
        self.emit(Block(text, hint="heading" if self.unit is None else "paragraph"))

    def paragraph(self, el) -> None:
        if el.find("br") is not None:
            self.walk(el)  # one <p> may hold several paragraphs split by line breaks
            return
        text = text_of(el)
        if not text or (is_fragment(text) and self.unit is None):
            return  # (a list item's short line is the item: "Easy to clean")
        density = link_density(el, text)
        if (len(text) < 100 and density > 0.8) or (len(text) < 250 and density >= 0.95):
            self.link_line(el, text)  # a teaser: a paragraph that is (all but) one link
            return
        if len(text) <= 120 and pt.SUBHEADING_CLASS_RE.search(classes(el)):
            self.heading(el)  # <p class="crosshead">: a heading in all but tag
            return
        self.emit(Block(text, hint="paragraph"))
