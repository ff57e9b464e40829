"""Pull quotes inside an article, found by markup and shape; embedded social posts, which are
quoted but never pull quotes.

A pull quote is a blockquote/aside/figure marked as a quote (class names in several languages) or
carrying an attribution (cite, figcaption, footer, a trailing "— Name, role" line, a signing last
paragraph); a paragraph that is one quotation and its "— Name"; or a plain blockquote that is set
apart from the running text (it repeats a sentence of it, or closes a section unannounced).
Notes, reviews and highlighted sentences in quote-like boxes are not pull quotes. Who said it
is read in quote_source.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from .. import patterns as pt
from ..model import Block
from .dom import TERMINAL, classes, link_density, text_of
from .quote_source import attribution, split_speaker

SKIP = Block("", hint="skip")  # a widget to drop silently (social embed)
_QUOTE_CLASS = re.compile(pt.PULLQUOTE_CLASS_RE.pattern + r"|(?<![a-z])quot(?:e|ation)(?![a-z])",
                          re.I)
_ATTRIBUTION = re.compile(r"(?:^|\n|\s)[—–-]{1,2}\s*(?P<who>[^\n—–]{2,120})$")
# Hashed CSS-module class names keep the word in camel case: "ArticleContent__simpleQuote".
_CAMEL_QUOTE = re.compile(r"[a-z]Quot(?:e|ation)(?![a-z])")
_CITE_TAGS = ("figcaption", "footer", "cite")  # the caption holds the cite and the role
_HEADS = ("h1", "h2", "h3", "h4", "h5", "h6")

# Elements inside a quote box that hold who said it.
_SOURCE_CLASS = re.compile(r"author|autor|source|attribution|credential|speaker|"
                           r"(?<![a-z])(?:name|role|rolle|funktion|function|position)(?![a-z])",
                           re.I)


def is_social(el) -> bool:
    """An embedded tweet/post: its markup names the platform, or (a bare blockquote) it links
    to the post on the platform, as every embed code does."""
    if pt.SOCIAL_EMBED_RE.search(classes(el)):
        return True
    return el.tag == "blockquote" and any(
        pt.SOCIAL_POST_URL_RE.search(url or "")
        for url in (el.get("cite"), *(a.get("href") for a in el.iter("a"))))


def _quote_parts(el):
    """(element to read the quote from, attribution nodes) of a pull quote's markup:
    cite/figcaption/footer inside it, elements classed as the source/author/role, or, for a
    wrapper holding one blockquote, the short link-free lines beside it."""
    kids = [c for c in el if isinstance(c.tag, str)]
    quotes = [c for c in kids if c.tag == "blockquote"]
    if el.tag != "blockquote" and len(quotes) == 1 and 1 < len(kids) <= 4 and not (
            el.text or "").strip():
        others = [c for c in kids if c is not quotes[0] and text_of(c)]
        # Attribution lines are short and no sentences: a wrapper around a quoted passage
        # and the running text after it is no quote box.
        if others and all(c.find(".//a") is None and c.tag not in _HEADS
                          and len(text := text_of(c)) <= 150
                          and not text.endswith((".", "!", "?", "。")) for c in others):
            return quotes[0], others
    # Sets, not lists, for "is it one of them": a box of a thousand <cite>s asked each
    # element about every one.
    cites = [c for t in _CITE_TAGS for c in el.iter(t)]
    marked = set(cites)
    nodes = cites + [d for d in el.iterdescendants() if isinstance(d.tag, str)
                     and d not in marked and _SOURCE_CLASS.search(d.get("class") or "")
                     and not any(a in marked for a in d.iterancestors())
                     and len(text_of(d)) <= 150]
    marked.update(nodes)
    nodes = [n for n in nodes if not any(a in marked for a in n.iterancestors())]
    if len(nodes) == 1 and nodes[0].tag not in _CITE_TAGS:
        nodes += _beside(nodes[0])  # the role line set after a classed name
    elif not nodes and el.tag == "blockquote":
        nodes = _signature(el)
    return el, nodes


def _beside(node) -> list:
    """The short link-free lines right after an attribution element ("<div class=name>" then
    "<div class=title>"): its role."""
    out: list[Any] = []
    for sib in node.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        text = text_of(sib)
        if len(out) == 2 or not text or len(text) > 150 or sib.find(".//a") is not None \
                or sib.find(".//blockquote") is not None or text.endswith((".", "!", "?")):
            break
        out.append(sib)
    return out


_OPENING = "\"“„«‘‚"


def _signature(el) -> list:
    """A blockquote's closing line that signs it: the quote opens with a quote mark and its
    last paragraph is a short line without one, no sentence ("Jane Doe, CEO of X")."""
    kids = [c for c in el if isinstance(c.tag, str) and text_of(c)]
    if len(kids) < 2 or not text_of(kids[0]).startswith(tuple(_OPENING)):
        return []
    last = text_of(kids[-1])
    if len(last) > 150 or last[:1] in _OPENING or not last[:1].isupper() \
            or last.endswith((".", "!", "?", ":")) or ("," not in last and "(" not in last):
        return []
    return [kids[-1]]


def _without(el, nodes):
    """Text of el leaving out the given descendants."""
    if not nodes:
        return text_of(el)
    saved = [(n, n.tail) for n in nodes]
    skip_tag = "x-attribution-skip"
    tags = [(n, n.tag) for n in nodes]
    for n in nodes:
        n.tag = skip_tag
    try:
        return text_of(el, skip=(skip_tag,))
    finally:
        for n, tag in tags:
            n.tag = tag
        for n, tail in saved:
            n.tail = tail


def _picture(quote_el, nodes) -> bool:
    """The box shows a picture that is no speaker's portrait: a product card or a photo box
    with a "callout" class. A portrait is small, hidden from screen readers as decoration, or
    set in the attribution."""
    attributions = set(nodes)
    for img in quote_el.iter("img", "picture"):
        if any(a in attributions for a in img.iterancestors()):
            continue
        if any(a.get("aria-hidden") == "true" for a in img.iterancestors()):
            continue
        sizes = [img.get(k) or "" for k in ("width", "height")]
        if all(v.isdigit() and int(v) <= 150 for v in sizes):
            continue
        return True
    return False


# "“Quoted words.” — Name, role": a paragraph that is one quotation and its attribution.
_QUOTED_LINE = re.compile(r"^[\"“„«](?P<text>[^\"“”„«»]{10,500})[\"”“»]\s*[—–-]\s*"
                          r"(?P<who>[^\n—–]{2,120})$")


def quoted_line(text: str) -> Block | None:
    """A quote Block for a paragraph made of one quotation and its "— Name" line."""
    m = _QUOTED_LINE.match(text)
    if not m or len(m.group("who").split()) > 12 or m.group("who").endswith((".", "!", "?")):
        return None
    speaker, role = split_speaker(m.group("who"))
    return Block(m.group("text").strip(), hint="quote", speaker=speaker, role=role)


def _sibling_with_text(el, siblings):
    """The nearest of the siblings holding text, looking past a few empty ones (spacers, ad
    slots): a bounded look, so a run of a thousand blockquotes is not scanned from each."""
    for sib in islice(siblings, 8):
        if isinstance(sib.tag, str) and text_of(sib):
            return sib
    return None


_RUN_BACK = 30  # blockquotes in a row looked back over for the line that introduced them


def introduced(el) -> bool:
    """Whether the running text announces the blockquote ("People love that feeling:"), or a
    run of blockquotes it stands in: a quotation the argument brings in, not one set apart.
    One dressed with a picture (a large quote mark) or marked as a quote is set apart still."""
    if _QUOTE_CLASS.search(classes(el)) or el.find(".//img") is not None \
            or el.find(".//svg") is not None:
        return False
    for sib in islice(el.itersiblings(preceding=True), _RUN_BACK):
        if not isinstance(sib.tag, str) or (
                sib.tag == "blockquote" and not _QUOTE_CLASS.search(classes(sib))):
            continue  # another quotation of the run: what stands before it decides
        if text := text_of(sib):
            return text.endswith(":")
    return False


def set_apart(el, echoed) -> bool:
    """A plain blockquote of one short passage is a pull quote when the page repeats it in
    the running text (`echoed`), or when it closes its section (a heading or nothing after
    it) without the text before announcing it ("as she wrote:"): a quotation that is part of
    the running text is introduced by it and discussed after it."""
    blocks = [c for c in el if isinstance(c.tag, str) and text_of(c)]
    body = text_of(el)
    if len(blocks) > 2 or not 20 <= len(body) <= 400 or el.find(".//a") is not None:
        return False
    prev = _sibling_with_text(el, el.itersiblings(preceding=True))
    if prev is not None and text_of(prev).endswith(":"):
        return False
    if echoed is not None and echoed(body):
        return True
    nxt = _sibling_with_text(el, el.itersiblings())
    return nxt is None or nxt.tag in _HEADS


# Class words that say quote outright; "callout", "highlight" and "citation" boxes are also
# set around a sentence of the running text, and count only with a sign of a quotation.
_QUOTE_WORD = re.compile(r"quot|zitat|cita(?!tion)|cytat|alinti", re.I)


def _quote_signs(el) -> bool:
    """A quotation's marks inside a box: a blockquote or q, an attribution element, or text
    opening with a quote mark."""
    if el.find(".//blockquote") is not None or el.find(".//q") is not None:
        return True
    if any(True for t in _CITE_TAGS for _ in el.iter(t)):
        return True
    return text_of(el)[:1] in _OPENING


def _labelled_note(el) -> bool:
    """A box opening with a bold label and a colon ("<strong>Note:</strong>", "<b>User
    review</b>:"): a note, tip or review, labelled as such, not a pull quote."""
    first = next((d for d in el.iterdescendants() if isinstance(d.tag, str)
                  and d.tag not in ("p", "div", "span", "blockquote")), None)
    if first is None or first.tag not in ("strong", "b"):
        return False
    label = text_of(first)
    before = text_of(el)[: len(label) + 2]
    return 0 < len(label.split()) <= 3 and before.startswith(label) and (
        label.endswith(":") or before[len(label):].lstrip().startswith(":"))


def quote_holders(tree) -> set:
    """The elements with a <blockquote> inside: found once, since a walk asks of every box
    it enters whether one holds a quote, and searching each box's subtree again and again
    grows with the depth of the page."""
    held: set = set()
    for quote in tree.iter("blockquote"):
        for anc in quote.iterancestors():
            if anc in held:
                break  # and so are all above it: each element is added once
            held.add(anc)
    return held


def pull_quote(el, echoed=None, holders: set | None = None) -> Block | None:
    """A quote Block when the element is a pull quote, SKIP for a social embed, else None.
    `echoed(text)` says whether the running text repeats a passage (see set_apart);
    `holders`, when given, are the elements with a <blockquote> inside (see quote_holders)."""
    tag = el.tag
    if tag not in ("blockquote", "aside", "figure", "div", "section", "p"):
        return None
    inside = holders is None or el in holders  # else: no blockquote to look for below el
    if is_social(el) or (inside and any(is_social(d) for d in el.iter("blockquote"))):
        # A wrapper is dropped only when it is the embed's own box; a section of running text
        # with a post embedded deep inside is walked, and the post's blockquote skipped there.
        boxed = tag in ("blockquote", "figure", "aside") or (
            is_social(el) and el.find(".//blockquote") is not None)
        return SKIP if boxed else None
    marked = bool(_QUOTE_CLASS.search(classes(el)) or _CAMEL_QUOTE.search(el.get("class") or ""))
    if tag == "p" and not marked and el.find("./blockquote") is None:
        box = el.getparent()
        if box is not None and box.tag == "blockquote" and introduced(box):
            return None
        text = text_of(el)
        # (A linked line is a teaser's title that happens to be quoted.)
        return quoted_line(text) if text[:1] in _OPENING and el.find(".//a") is None else None
    if marked and not _QUOTE_WORD.search(classes(el)) and not _quote_signs(el):
        return None  # a "callout" or "highlight" box of the running text's own sentences
    if tag in ("div", "section", "aside", "figure") and not marked and (
            not inside or (el.find("./blockquote") is None if tag in ("div", "section")
                           else el.find(".//blockquote") is None)):
        return None
    if tag == "blockquote" and introduced(el):
        return None  # quoted in the running text, attributed or not
    quote_el, nodes = _quote_parts(el)
    if _picture(quote_el, nodes):
        return None
    if tag in ("div", "section") and not marked and not nodes:
        return None  # a wrapper around a plain blockquote: let the blockquote be judged
    body = _without(el, nodes)
    if link_density(el, text_of(el)) > 0.3 or _labelled_note(quote_el):
        return None
    if not body or len(body) > 600:
        return None
    speaker = role = None
    if nodes:
        speaker, role = attribution(nodes)
    else:
        m = _ATTRIBUTION.search(body)
        if m and len(m.group("who").split()) <= 12:
            speaker, role = split_speaker(m.group("who"))
            body = body[: m.start()].strip()
        elif not marked and tag == "blockquote" and set_apart(el, echoed):
            pass  # an unattributed pull quote set in a plain blockquote
        elif not marked or el.find(".//a") is not None:
            # A plain blockquote is a quoted passage of the running text; an unattributed box
            # with a link is a notice ("we may earn a commission... Learn more").
            return None
        if not body.rstrip().endswith(TERMINAL):
            return None  # a heading or key point set in a quote's style, said by nobody
    body = body.strip().strip("\"'“”„«»‘’‚").strip()
    return Block(body, hint="quote", speaker=speaker, role=role) if body else None
