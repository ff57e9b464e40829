"""Readings for pages whose markup hides the running text from the walk: the JSON-LD
`articleBody` the publisher states, then trafilatura's extraction."""

from __future__ import annotations

import re
from html import unescape as html_unescape

from ..model import Block
from .dom import MARKUP, TERMINAL, fragment, norm, parse
from .walk import Walker


class Reading:
    """trafilatura's reading of one page, made at most once however many steps ask."""

    def __init__(self, html: str, url: str | None):
        self.html, self.url = html, url
        self._blocks: list[Block] | None = None

    def blocks(self) -> list[Block]:
        if self._blocks is None:
            self._blocks = trafilatura_blocks(bounded_page(self.html), self.url)
        return self._blocks


def fallback_if_thin(blocks: list[Block], reading: Reading,
                     ld: dict | None = None) -> list[Block]:
    """Little text: maybe the markup hid it from the walk. trafilatura's reading wins only
    when it finds clearly more (short CJK articles are short, not hidden); a page whose
    script draws the text may still state it whole in its JSON-LD `articleBody`."""
    found = sum(len(b.text) for b in blocks if b.hint == "paragraph")
    if found >= 200:
        return blocks
    # The publisher's own statement of the text first; trafilatura's reading of the page after.
    for read in (lambda: _ld_body(ld), reading.blocks):
        other = read()  # trafilatura runs only when the JSON-LD has no more to give
        if prose(other) > 1.5 * found + 50:
            return other
    return blocks


def prose(blocks: list[Block]) -> int:
    """Characters of sentences: a paywalled page's "Log in" and "Subscribe" lines are no more
    article than the teaser paragraph found."""
    return sum(len(b.text) for b in blocks if b.hint == "paragraph" and len(b.text) >= 20 and (
        b.text.endswith(TERMINAL) or b.text.count(". ") >= 2))


def _ld_body(ld: dict | None) -> list[Block]:
    """The JSON-LD articleBody as paragraphs (split where it breaks lines). A body stated as
    HTML, escaped or not, is read as HTML: its elements make the paragraphs, its tags are
    no text."""
    body = (ld or {}).get("articleBody")
    if not isinstance(body, str):
        return []
    body = html_unescape(body)
    if MARKUP.search(body) and (root := fragment(body)) is not None:
        walker = Walker(None)
        walker.walk(root)
        return [b for b in walker.blocks if b.hint in ("paragraph", "heading")]
    return [Block(text, hint="paragraph") for p in re.split(r"\n\s*", body)
            if len(text := norm(p)) > 1]


# trafilatura's output elements that hold text, and what each is to the walk.
_TEXT_TAGS = ("p", "head", "item", "cell", "quote", "code")


# Characters of markup trafilatura reads at most. Its reading grows faster than the page:
# a 2 MB page of menus took it 4.6 s; the largest evaluation page, 904 kB, is 700 kB
# without its scripts and styles, and its article text lies well inside that.
FALLBACK_CHARS = 1_000_000


def bounded_page(html: str) -> str:
    """What trafilatura is given: the page without scripts, styles and comments, its deep
    nesting flattened (dom.parse), cut to FALLBACK_CHARS. Forms, templates and the rest
    stay: pages built inside one <form> keep their text there."""
    import lxml.html

    tree = parse(html)
    if tree is None:
        return html[:FALLBACK_CHARS]
    for el in list(tree.iter("script", "style")):
        if el.getparent() is not None:
            el.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")[:FALLBACK_CHARS]


def trafilatura_blocks(html: str, url: str | None) -> list[Block]:
    """trafilatura's reading of the page as Blocks: its paragraphs, headings, list items and
    table cells in its order, at whatever depth its output nests them."""
    import trafilatura

    # fast: without its readability and jusText comparisons, a fifth less of its time and,
    # on the three evaluation sets, the same text.
    doc = trafilatura.bare_extraction(html, url=url, fast=True, with_metadata=False,
                                      include_comments=False, include_tables=True,
                                      include_images=False)
    body = getattr(doc, "body", None)  # a Document (or a dict with as_dict=True)
    if body is None:
        return []
    blocks: list[Block] = []
    for el in body.iter(*_TEXT_TAGS):
        if any(a.tag in _TEXT_TAGS for a in el.iterancestors()):
            continue  # a list inside a cell: read with its cell
        text = " ".join("".join(el.itertext()).split())
        if not text:
            continue
        if el.tag == "head":
            blocks.append(Block(text, hint="heading"))
        elif el.tag == "item":
            parent = el.getparent()
            blocks.append(Block(text, hint="paragraph", kind="item", group=id(parent)))
        else:
            blocks.append(Block(text, hint="paragraph"))
    return blocks
