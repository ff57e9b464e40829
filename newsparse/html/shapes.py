"""What an element's or a line's shape says to the walk: a fragment, a photo box, a paragraph
break made of line breaks, a passage of prose, a headline set in capitals."""

from __future__ import annotations

import re
from typing import Any

from ..model import Block
from .dom import CJK, DATE_OR_TIME, TERMINAL, hidden, out_of_view, text_of

_PASSAGE = 4  # paragraphs of prose: more than an embedded post holds


def _words(text: str) -> int:
    """Word count; in scripts written without spaces, about one word per two characters."""
    cjk = len(CJK.findall(text))
    return max(len(text.split()), cjk // 2) if cjk else len(text.split())


def is_fragment(text: str) -> bool:
    """A label, a name, a credit: a few words that do not end like a sentence; or a short
    line that is mostly a date or time ("Stand: 24.04.2024 22:58 Uhr")."""
    if len(text) < 30 and _words(text) <= 3 and not text.rstrip().endswith(TERMINAL):
        return True
    # "The vote is at 10:30." is a sentence; "Stand: 24.04.2024 22:58 Uhr" is a stamp.
    stamp = not text.endswith(TERMINAL) or text[:1].isdigit()
    short = len(text.split()) <= 8 and len(text) < 60
    return stamp and short and bool(DATE_OR_TIME.search(text))


_PHOTO_TEXT = 200  # characters: more than a caption and a credit is running text


def photo_box(el) -> bool:
    """A box holding a picture and no more text than a caption and credit: the caption of a
    photo left outside <figure>/<figcaption>."""
    size = 0
    for chunk in el.itertext():  # text first, stopping early: most boxes are whole sections
        size += len(chunk.strip())
        if size > _PHOTO_TEXT:
            return False
    pictures = [p for p in el.iter("picture", "img") if p.tag == "picture" or _photo(p)]
    # A picture inside a link that also holds a headline is a teaser card's (the walk finds
    # the card); one not linked, or linked alone (a gallery, its own file), is a photo.
    return any(not _card_picture(p) for p in pictures)


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:$|\?)", re.I)


def _card_picture(pic) -> bool:
    """The picture sits in a link to another page that names it in a few words: a card."""
    link = next((a for a in pic.iterancestors("a")), None)
    return link is not None and not _IMAGE_FILE.search(link.get("href") or "") and len(
        text_of(link).split()) >= 3


def _photo(img) -> bool:
    """An image that is a picture, not an emoji or icon set inline in the text."""
    if "emoji" in (img.get("class") or ""):
        return False
    sizes = [img.get(a) or "" for a in ("width", "height")]
    return not any(v.isdigit() and int(v) < 50 for v in sizes)


def paywalled_paragraph(el) -> bool:
    """A <p> of the running text only hidden from screen readers (aria-hidden): a metered
    paywall masks the text it still serves; a layout never hides a single paragraph so."""
    if el.tag != "p" or el.get("aria-hidden") != "true" or out_of_view(el):
        return False
    parent = el.getparent()
    return not (parent is not None and hidden(parent))


def double_br(br) -> bool:
    """A <br> followed by another with only whitespace between: a paragraph break."""
    nxt = br.getnext()
    return nxt is not None and nxt.tag == "br" and not (br.tail or "").strip()


_OPENS = re.compile(r"\s*[\"'“„«‘‚(\[]?[^\W\d_]")


def sentence_break(br, buffer: list[str]) -> bool:
    """A single <br> after a finished sentence, before a capitalised one: the author's new
    paragraph inside one <p> (a line break inside a sentence or an address is not)."""
    before = "".join(buffer[-3:]).rstrip()
    after = br.tail or ""
    m = _OPENS.match(after)
    return (len(" ".join("".join(buffer).split())) >= 40 and before.endswith(TERMINAL)
            and m is not None and m.group(0)[-1].isupper())


# Inline elements that are not running text: they separate the words around them.
_SEPARATING = {"br", "wbr", "img", "picture", "svg", "button", "label", "time"}


def spaced(child, text: str) -> str:
    """An inline element's text as it sits in its line: a link or <b> inside a word ("中居正広"
    between two kana, "Haus<b>tür</b>") adds no space; whitespace at its edges is kept."""
    if child.tag in _SEPARATING:
        return f" {text} "
    raw = "".join(child.itertext()) or text
    left = " " if raw[:1].isspace() or not raw else ""
    right = " " if raw[-1:].isspace() or not raw else ""
    return f"{left}{text}{right}"


def passage(el) -> bool:
    """el holds several paragraphs of prose: a quoted passage, whatever it links to."""
    count = 0
    for p in el.iter("p"):
        count += len(text_of(p)) >= 60
        if count >= _PASSAGE:
            return True
    return False


def box_weights(root, weights: dict) -> dict:
    """Paragraph weight per first class name of the boxes under root; a box inside another of
    its name counts with it, not again."""
    out: dict = {}
    stack: list[tuple[Any, frozenset[str]]] = [
        (c, frozenset()) for c in root if isinstance(c.tag, str)]
    while stack:
        el, names = stack.pop()
        if not weights.get(el, 0):
            continue  # no paragraph below: nothing to count here or deeper
        first = (el.get("class") or "").split()[:1]
        if first and first[0] not in names:
            out[first[0]] = out.get(first[0], 0) + weights[el]
            names = names | {first[0]}
        stack.extend((c, names) for c in el if isinstance(c.tag, str))
    return out


def display_link(el) -> bool:
    """A paragraph that is one bold link set in capitals, "<p><strong><a>HEADLINE IN
    CAPITALS</a></strong></p>": a related headline line of its own, as the reader sees it."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) != 1 or kids[0].tag not in ("strong", "b", "a"):
        return False
    link = kids[0] if kids[0].tag == "a" else kids[0].find("a")
    bold = kids[0].tag != "a" or link.find("strong") is not None or link.find("b") is not None
    title = text_of(link) if link is not None else ""
    letters = [ch for ch in title if ch.isalpha()]
    return bold and len(title.split()) >= 4 and bool(letters) and all(
        ch.isupper() for ch in letters)


def lead_in(block: Block) -> bool:
    """A short line of its own ending in a colon: it announces what follows."""
    return block.hint == "paragraph" and block.kind is None and len(block.text) <= 150 \
        and block.text.endswith(":")
