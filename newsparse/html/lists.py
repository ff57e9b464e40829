"""Lists inside the walk: bullets that read as sentences are running text; short ones are
fact boxes or menus."""

from __future__ import annotations

from ..model import Block
from .dom import TERMINAL, link_density, text_of


def list_item(walker, el) -> None:
    """Bullets that read as sentences are running text; short ones are fact boxes or menus."""
    if el.find(".//p") is not None:
        walker.walk(el)
        return
    text = text_of(el)
    if _sentence_item(el, text) and (len(text) >= 60 or _in_sentence_list(walker, el)):
        walker.emit(Block(text, hint="paragraph"))


def _in_sentence_list(walker, li) -> bool:
    # Judged once per list: every short bullet asks about the same siblings.
    parent = li.getparent()
    if parent not in walker.sentence_lists:
        walker.sentence_lists[parent] = _sentence_list(parent)
    return walker.sentence_lists[parent]


def _sentence_item(li, text: str) -> bool:
    return len(text.split()) >= 4 and text.endswith(TERMINAL) and link_density(li, text) < 0.5


def _sentence_list(parent) -> bool:
    """A list whose bullets are mostly sentences, some of them long, is running text: its short
    sentences belong to it as much as its long ones."""
    if parent is None:
        return False
    items = [(li, text_of(li)) for li in parent if li.tag == "li"]
    sentences = [t for li, t in items if _sentence_item(li, t)]
    return len(sentences) >= 3 and 2 * len(sentences) > len(items) and any(
        len(t) >= 60 for t in sentences)
