"""Teaser cards set between the article's paragraphs: another story's card (teaser_card)
or a row of headline cards (card_grid), reported as related reading with no label."""

from __future__ import annotations

from .. import patterns as pt
from ..model import Block
from .dom import classes, link_density, small, text_of
from .related import related_items

_CARD_TEXT = 400  # characters: a headline, a kicker and a blurb; more is a story's own text
_GRID_NODES = 80  # elements: a few cards of a picture, a headline and a kicker each
_GRID_CARDS = (2, 6)  # headline cards set between paragraphs; more is a section's feed


def card_grid(el, base: str | None) -> Block | None:
    """A row of headline cards set between paragraphs, with no label: two to six links that
    each wrap a heading, and no text outside them (guidelines: teaser cards between
    paragraphs)."""
    if el.tag not in ("div", "section") or not small(el, _GRID_NODES):
        return None
    cards = [a for a in el.iter("a") if next(a.iter("h2", "h3", "h4"), None) is not None]
    low, high = _GRID_CARDS
    if not low <= len(cards) <= high:
        return None
    text = text_of(el)
    if not text or link_density(el, text) < 0.95 or pt.SPONSORED_RE.search(
            classes(el) + " " + text):
        return None
    items = related_items(el, base)
    if len(items) != len(cards):
        return None
    return Block(text, hint="related", label=None, items=items)


def teaser_card(el, base: str | None) -> Block | None:
    """A card set between paragraphs (an <article> of its own): one link to another story,
    with a picture, a kicker or a blurb beside it. Sponsored cards are no related reading."""
    text = text_of(el)
    if not text or len(text) > _CARD_TEXT or pt.SPONSORED_RE.search(classes(el) + " " + text):
        return None
    items = related_items(el, base)
    if len(items) != 1:
        return None
    return Block(text, hint="related", label=None, items=items)
