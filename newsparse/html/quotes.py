"""Pull quotes inside an article, found by markup and shape; embedded social posts, which are
quoted but never pull quotes.

A pull quote is a blockquote/aside/figure marked as a quote (class names in several languages) or
carrying an attribution (cite, figcaption, footer, a trailing "— Name, role" line).
"""

from __future__ import annotations

import re

from .. import patterns as pt
from ..model import Block
from ..text.lines import norm_space
from .dom import SPACED, classes, link_density, text_of

SKIP = Block("", hint="skip")  # a widget to drop silently (social embed)
_QUOTE_CLASS = re.compile(pt.PULLQUOTE_CLASS_RE.pattern + r"|(?<![a-z])quot(?:e|ation)(?![a-z])",
                          re.I)
_ATTRIBUTION = re.compile(r"(?:^|\n|\s)[—–-]{1,2}\s*(?P<who>[^\n—–]{2,120})$")
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


def _split_speaker(who: str) -> tuple[str | None, str | None]:
    who = norm_space(who).strip(" —–-,")
    if not who:
        return None, None
    name, _, role = who.partition(",")
    return name.strip() or None, role.strip() or None


def _leaf_lines(nodes) -> list[str]:
    """Texts of the innermost block elements under nodes: "Name" and "role" set on lines of
    their own (inline pieces like "<b>Name</b>, role" stay one line)."""
    lines: list[str] = []
    for node in nodes:
        blocks = [d for d in node.iterdescendants() if isinstance(d.tag, str)
                  and d.tag in SPACED and not any(
                      isinstance(c.tag, str) and c.tag in SPACED for c in d.iterdescendants())]
        for b in blocks or [node]:
            if text := text_of(b):
                lines.append(text)
    return lines


def _attribution(lines: list[str]) -> tuple[str | None, str | None]:
    """Speaker and role from the attribution's lines ("Name, role" or "Name" / "role")."""
    if not lines:
        return None, None
    if len(lines) == 1:
        return _split_speaker(lines[0])
    name, role = _split_speaker(lines[0])
    return name, ", ".join(x for x in [role, *lines[1:]] if x) or None


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
    return el, [n for n in nodes if not any(a in marked for a in n.iterancestors())]


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


def pull_quote(el) -> Block | None:
    """A quote Block when the element is a pull quote, SKIP for a social embed, else None."""
    tag = el.tag
    if tag not in ("blockquote", "aside", "figure", "div", "section", "p"):
        return None
    if is_social(el) or any(is_social(d) for d in el.iter("blockquote")):
        # A wrapper is dropped only when it is the embed's own box; a section of running text
        # with a post embedded deep inside is walked, and the post's blockquote skipped there.
        boxed = tag in ("blockquote", "figure", "aside") or (
            is_social(el) and el.find(".//blockquote") is not None)
        return SKIP if boxed else None
    marked = bool(_QUOTE_CLASS.search(classes(el)))
    if tag in ("div", "section", "p", "aside", "figure") and not marked and (
            el.find("./blockquote") is None if tag in ("div", "section", "p")
            else el.find(".//blockquote") is None):
        return None
    quote_el, nodes = _quote_parts(el)
    # A product card or photo box may carry a "callout" class; a quote has neither image nor
    # links (the speaker's portrait beside a wrapped blockquote is fine).
    if quote_el.find(".//img") is not None or quote_el.find(".//picture") is not None:
        return None
    if tag in ("div", "section") and not marked and not nodes:
        return None  # a wrapper around a plain blockquote: let the blockquote be judged
    body = _without(el, nodes)
    if link_density(el, text_of(el)) > 0.3:
        return None
    if not body or len(body) > 600:
        return None
    speaker = role = None
    if nodes:
        speaker, role = _attribution(_leaf_lines(nodes))
    else:
        m = _ATTRIBUTION.search(body)
        if m and len(m.group("who").split()) <= 12:
            speaker, role = _split_speaker(m.group("who"))
            body = body[: m.start()].strip()
        elif not marked or el.find(".//a") is not None:
            # A plain blockquote is a quoted passage of the running text; an unattributed box
            # with a link is a notice ("we may earn a commission... Learn more").
            return None
    body = body.strip().strip("\"'“”„«»‘’‚").strip()
    return Block(body, hint="quote", speaker=speaker, role=role) if body else None
