"""trafilatura's reading as a second opinion on where the article is.

The walk reads one container: the element holding most of the page's running text. On pages
whose text is spread over several boxes (a layout grid, a page builder's sections, a story
continued below an inserted block) the container holds only part of it, and trafilatura,
which judges each paragraph on its own, often finds the rest. So where the container leaves
much of the page's prose outside, trafilatura reads the page too; where it finds clearly more,
the walk is done again over the region holding both readings, and what the wider walk finds
outside the first container is kept only where trafilatura read it as well. Inside the
container the walk's own judgement stands (widgets, quotes, boilerplate).
"""

from __future__ import annotations

import re

from ..model import Block
from .dom import text_of
from .fallback import prose

_DOUBT = 0.8  # the container holds less of the page's paragraph weight than this
_MORE = 1.5  # trafilatura's reading is this many times longer (in words) than the walk's
_COVER = 0.9  # share of trafilatura's matched text the wider region must hold
_SHINGLE = 3  # words per shingle when matching a block against trafilatura's text
_MATCH = 0.6  # share of a block's shingles trafilatura's text must hold
_WORD = re.compile(r"\w+")


def doubtful(container, weights: dict, tree) -> bool:
    """The container leaves a fair share of the page's running text outside it."""
    body = tree.find("body")
    total = weights.get(body if body is not None else tree, 0)
    return total > 0 and weights.get(container, 0) < _DOUBT * total


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < _SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


class Opinion:
    """trafilatura's reading, ready for "did it read this text too?" questions."""

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self.texts = [b.text for b in blocks]
        self.words = sum(len(_words(t)) for t in self.texts)
        self.shingles: set = set()
        for t in self.texts:
            self.shingles |= _shingles(_words(t))

    def holds(self, text: str) -> bool:
        """trafilatura read (most of) this text too."""
        mine = _shingles(_words(text))
        return bool(mine) and sum(s in self.shingles for s in mine) >= _MATCH * len(mine)


def _matched_elements(tree, opinion: Opinion):
    """(element, characters) for the page's text elements whose text trafilatura read."""
    keys = {" ".join(_words(t))[:80]: len(t) for t in opinion.texts}
    for el in tree.iter("p", "li", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote",
                        "dd", "pre"):
        k = " ".join(_words(text_of(el)))[:80]
        if k and k in keys:
            yield el, keys[k]


def region(tree, container, opinion: Opinion):
    """The container's nearest ancestor holding most of what trafilatura read (the
    container itself when that is all inside it)."""
    matched = list(_matched_elements(tree, opinion))
    total = sum(n for _, n in matched)
    if not total:
        return container
    held: dict = {}
    for el, n in matched:
        for anc in (el, *el.iterancestors()):
            held[anc] = held.get(anc, 0) + n
    node = container
    while node is not None and held.get(node, 0) < _COVER * total:
        node = node.getparent()
    if node is None or _other_headline(node, container):
        return container
    return node


def _other_headline(node, container) -> bool:
    """node holds an <h1> after the container's start that is not the container's own: the
    next story a page appends, which trafilatura may read on as if one."""
    start = next(container.iter(), container)
    seen_start = False
    for el in node.iter():
        if el is start:
            seen_start = True
        elif seen_start and el.tag == "h1" and container not in el.iterancestors() \
                and text_of(el):
            return True
    return False


def walk_words(blocks: list[Block]) -> int:
    """Words of the running text the walk found (paragraphs and headings)."""
    return sum(len(_words(b.text)) for b in blocks if b.hint in ("paragraph", "heading"))


def wants_more(blocks: list[Block], opinion: Opinion) -> bool:
    """trafilatura found clearly more prose than the walk (sentences, not the menu entries
    and "Log in" lines a paywalled page is full of)."""
    return prose(opinion.blocks) > _MORE * prose(blocks) + 100


def merge(wider, container, opinion: Opinion) -> None:
    """Keep, of the wider walk, what lies in the first container and, outside it, the
    widgets and the text trafilatura read too; the result replaces wider's blocks."""
    kept_blocks, kept_elements = [], []
    inside = set(container.iter())
    for block, el in zip(wider.blocks, wider.elements, strict=True):
        if el in inside or block.hint in ("related", "quote") or opinion.holds(block.text):
            kept_blocks.append(block)
            kept_elements.append(el)
    wider.blocks, wider.elements = kept_blocks, kept_elements
