"""Clean-ups after the walk: repeated paragraphs, captions, credits, trailing headings, closing
notes, bylines and signatures in the text, and settling the summary."""

from __future__ import annotations

import re

from .. import patterns as pt
from ..model import Block, Metadata
from ..text.datelines import match_date_line
from ..text.lines import is_caption
from .authors import byline_names
from .dom import key, text_of
from .lead import similar
from .walk import Walker


def tidy(blocks: list[Block], title: str | None,
          image_texts: frozenset[str] | set[str] = frozenset()) -> list[Block]:
    """Drop repeated paragraphs, image captions, headings over nothing and headings repeating
    the headline."""
    if image_texts:
        blocks = [b for b in blocks if not (b.hint == "paragraph"
                                            and _is_caption(b.text, image_texts))]
    blocks = [b for b in blocks if not (b.hint == "paragraph" and (
        _credit_or_contact(b.text) or _form_or_data(b.text)
        or (b.kind is None and _stamp_or_credit(b.text))))]
    blocks = _drop_trailing_headings(_dedupe(blocks))
    title_key = key(title)
    if len(title_key) >= 20:
        # A heading that repeats the headline (with a kicker glued on) heads no section.
        blocks = [b for b in blocks if not (b.hint == "heading" and title_key in key(b.text))]
    return blocks


_DECK_CHARS, _DECK_WORDS, _DECK_UNSPACED = 60, 8, 25


def decks(blocks: list[Block]) -> list[Block]:
    """A sentence-long heading above the first paragraph is the deck under the headline (a
    standfirst set in heading markup), not the heading of a section: it leads the text."""
    for b in blocks:
        if b.hint != "heading":
            break
        words = len(b.text.split())
        if (len(b.text) >= _DECK_CHARS and words >= _DECK_WORDS) or (
                words <= 2 and len(b.text) >= _DECK_UNSPACED):  # scripts without spaces
            b.hint = "lead"
    return blocks


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


def alt_texts(container) -> set[str]:
    """Alt and title texts of the container's images, as keys (long enough to be captions)."""
    return {k for img in container.iter("img") for v in (img.get("alt"), img.get("title"))
            if len(k := key(v)) >= 20}


def _is_caption(text: str, image_texts: frozenset[str] | set[str]) -> bool:
    """A line repeating an image's alt text (plus at most a short "© Credit") is its caption,
    left outside <figcaption>."""
    if not image_texts:  # most pages' pictures have no alt text long enough
        return False
    k = key(text)
    return any(k.startswith(t) and len(k[len(t):].split()) <= 6 for t in image_texts)


_STAMP_LEN = 100  # characters: a date stamp or a photo credit is a short line


def _stamp_or_credit(text: str) -> bool:
    """A line that is only a date ("Last updated: December 15, 2025"), a reading time or a
    picture's credit ("Photo: Getty Images"), left between the paragraphs by the template."""
    return len(text) <= _STAMP_LEN and (is_caption(text) or match_date_line(text) is not None
                                        or bool(pt.READING_TIME_RE.search(text)))


_APPEAL_LEN = 300  # characters: a sign-up appeal is a line or two; prose may mention one


def _form_or_data(text: str) -> bool:
    """A sign-up form's fine print or a newsletter appeal, a post's excerpt, or a JSON object
    a template left as text (a widget's settings): none is the article's."""
    if pt.CONSENT_LINE_RE.search(text) or text.endswith("[…]"):
        return True  # (a "[…]" closes an excerpt of a post, shown above it or elsewhere)
    if len(text) < _APPEAL_LEN and pt.NEWSLETTER_APPEAL_RE.search(text):
        return True
    return text.startswith(("{\"", "[{\"")) and text.count("\":") >= 3


_CREDIT_LEN = 160  # characters: a credit or contact line is short; prose may quote one


def _credit_or_contact(text: str) -> bool:
    """A credit line ("With reporting by …", "(dpa)"), a short rights notice or a "write to us
    at x@y" prompt. (Longer notices closing the article go in segment.)"""
    if len(text) > _CREDIT_LEN:
        return False
    return bool(pt.CREDIT_LINE_RE.search(text) or pt.EMAIL_RE.search(text)
                or pt.COPYRIGHT_RE.search(text))


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
_QUOTE_MARKS = "\"'“”„«»‘‚‹›「『"


def drop_closing_notes(walker: Walker) -> list[Block]:
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


def _italic(el, text: str) -> bool:
    """All of an element's text is set in italics."""
    slanted = sum(len(text_of(i)) for i in el.iter("em", "i")
                  if not any(a.tag in ("em", "i") for a in i.iterancestors()))
    return slanted >= 0.9 * len(text)


def drop_lead_bylines(blocks: list[Block]) -> list[Block]:
    """Headings before the first paragraph that are bylines ("Von Anna Berger, Frankfurt",
    "ku Frankfurt": initials start in lower case, a heading never does)."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if b.hint == "paragraph":
            return out + blocks[i:]
        if b.hint == "heading" and (b.text[:1].islower() or byline_names(b.text)):
            continue
        out.append(b)
    return out


_HANDLE = re.compile(r"(?<!\s)\s+(?:follow\s+(?:\w+\s+)?(?:on\s+\w+\s*(?::\s*)?)?)?@\w+\s*$",
                     re.I)


def drop_signature(blocks: list[Block], meta: Metadata) -> list[Block]:
    """"-- By Ann Lee Follow @annlee" closing the text signs it: a byline, not a paragraph
    (and the authors, when the page named none)."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].hint == "paragraph"),
                None)
    if last is None:
        return blocks
    names = byline_names(_HANDLE.sub("", blocks[last].text.lstrip("-–—· ").strip()))
    if not names:
        return blocks
    if not meta.authors:
        meta.authors = names
    return blocks[:last] + blocks[last + 1:]


def take_summary(blocks: list[Block], meta: Metadata, desc: str | None,
                  apart: bool) -> list[Block]:
    """Settle meta.summary (standfirst, else a first paragraph the description repeats, else
    the description) and mark a standfirst of its own in the body."""
    paras = [b for b in blocks if b.hint == "paragraph"]
    if not meta.summary and desc and paras and similar(desc, paras[0].text, 0.8):
        meta.summary = paras[0].text
    if not meta.summary and desc and len(desc) >= 40:
        meta.summary = desc  # the page's own description stands in for a lead it does not mark
    if not meta.summary:
        return blocks
    # The standfirst is the article's too: it stays where the reader finds it, marked as the
    # lead-in so that the wire dateline is still looked for in the paragraph after it. One the
    # page sets above the container joins the body when the description vouches for it.
    blocks = [b for b in blocks if not (b.hint == "heading" and b.text == meta.summary)]
    if not apart:
        return blocks
    lead_key = key(meta.summary)
    for b in blocks:
        if b.hint == "paragraph" and (key(b.text) == lead_key or similar(b.text, meta.summary)):
            b.hint = "lead"
            return blocks
    if desc and meta.summary != desc and similar(desc, meta.summary, 0.8) \
            and not opens_body(lead_key, blocks):
        first = next((i for i, b in enumerate(blocks) if b.hint in ("paragraph", "heading")), 0)
        blocks.insert(first, Block(meta.summary, hint="lead"))
    return blocks


_OPENING = 60  # characters of the first paragraph's key: a shared opening, not a shared phrase


def opens_body(lead_key: str, blocks: list[Block]) -> bool:
    """The lead found above the text begins as the text's first paragraph does: an excerpt of
    the article's opening shown above it, which the body already holds."""
    first = next((b for b in blocks if b.hint == "paragraph"), None)
    opening = key(first.text)[:_OPENING] if first is not None else ""
    return len(opening) == _OPENING and lead_key.startswith(opening)
