"""The headline of a related link, as the reader sees it: a teaser card's link holds more than
its headline (a kicker, a time stamp, a reading time, a badge, a blurb, an image credit, a
note for screen readers), and the guidelines want the headline alone."""

from __future__ import annotations

import re
from itertools import islice

from ..text.lines import match_related_label
from .dom import SPACED, text_of

_HEADS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Pieces of a card that are not its headline, by their class.
_NOT_HEADLINE = re.compile(
    r"offscreen|sr-only|visually-hidden|screen-reader|credit|kicker|overline|topline|eyebrow|"
    r"unibrow|rubri[ck]|badge|label|flag|date|time|readtime|duration|author|byline|teaser-info|"
    r"meta(?![a-z])|summary|excerpt|description|desc(?![a-z])|blurb|standfirst|lead(?![a-z])",
    re.I)
_HEADLINE = re.compile(r"(?<![a-z])(?:title|headline|heading)(?![a-z])", re.I)
_SUBTITLE = re.compile(r"sub-?title", re.I)
# A piece that is only a time, a date or a duration: "11:05 Uhr", "4 min.", "15.04.2024".
_STAMP = re.compile(r"^[\d\s.:/,–-]*(?:uhr|min\.?|mins?|h|std\.?|am|pm)?\.?$", re.I)


def _pieces(a) -> list:
    """The innermost block elements of the link that hold text: its lines."""
    return [d for d in a.iterdescendants() if isinstance(d.tag, str) and d.tag in SPACED
            and not any(isinstance(c.tag, str) and c.tag in SPACED for c in d.iterdescendants())
            and text_of(d)]


def _headline(a) -> str | None:
    """The card's headline by markup: its title attribute when the card shows it, its longest
    heading (a kicker may be a heading of its
    own), an element classed as the title, or its first line that is no stamp, kicker,
    credit or blurb."""
    named = " ".join((a.get("title") or "").split())
    if len(named) >= 12 and named in text_of(a):
        return named  # the link's title attribute names the headline the card shows
    heads = [t for h in a.iter(*_HEADS) if (t := text_of(h))]
    if heads:
        return max(heads, key=len)
    for d in islice(a.iterdescendants(), 60):
        cls = d.get("class") or "" if isinstance(d.tag, str) else ""
        if cls and _HEADLINE.search(cls) and not _SUBTITLE.search(cls) and (t := text_of(d)):
            return t
    group = a.find(".//hgroup")
    if group is not None and (lines := [text_of(p) for p in _pieces(group)]):
        # A heading group: a kicker line and the headline, the longer of the two.
        return max(lines, key=len)
    pieces = _pieces(a)
    if len(pieces) < 2:
        return _without_marker(a)
    lines = [text_of(p) for p in pieces
             if not _NOT_HEADLINE.search(p.get("class") or "") and not _STAMP.match(text_of(p))]
    return lines[0] if lines else None


def _without_marker(a) -> str | None:
    """"<span>Headline</span> <span>|</span> <strong>mehr</strong>": the headline without
    the one-word marker set after it ("more", "audio", "video")."""
    kids = [(k, t) for k in a if isinstance(k.tag, str) and (t := text_of(k))]
    loose = (a.text or "") + "".join(k.tail or "" for k in a if isinstance(k.tag, str))
    if len(kids) < 2 or len(kids[-1][1].split()) != 1 or loose.strip(" \n\t|·•"):
        return None  # (text outside the pieces: the pieces are not all of the line)
    head = " ".join(t for _, t in kids[:-1]).strip(" |·•–—-")
    return head if len(head.split()) >= 3 else None


def link_title(a) -> str:
    """A related link's title: the headline inside a teaser card (not its blurb), without a
    "Read also" kicker."""
    title = _headline(a) or text_of(a) or (a.get("title") or "").strip()
    found = match_related_label(title)
    if found and found[1]:
        return found[1]
    for kicker in islice(a.iter("small", "span"), 3):
        k = text_of(kicker)
        if k and k != title and title.startswith(k) and match_related_label(k):
            return title[len(k):].strip()
    return title


def in_heading(a) -> bool:
    """The link is (or holds) a heading: a card's headline link rather than its picture's."""
    return a.find(".//h2") is not None or a.find(".//h3") is not None or any(
        p.tag in _HEADS for p in islice(a.iterancestors(), 3))
