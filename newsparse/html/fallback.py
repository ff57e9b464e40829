"""Readings for pages whose markup hides the running text from the walk: the JSON-LD
`articleBody` the publisher states, then trafilatura's extraction."""

from __future__ import annotations

import re
from html import unescape as html_unescape

from ..model import Block
from .dom import TERMINAL, norm


def fallback_if_thin(blocks: list[Block], html: str, url: str | None,
                      ld: dict | None = None) -> list[Block]:
    """Little text: maybe the markup hid it from the walk. trafilatura's reading wins only
    when it finds clearly more (short CJK articles are short, not hidden); a page whose
    script draws the text may still state it whole in its JSON-LD `articleBody`."""
    found = sum(len(b.text) for b in blocks if b.hint == "paragraph")
    if found >= 200:
        return blocks
    # The publisher's own statement of the text first; trafilatura's reading of the page after.
    for read in (lambda: _ld_body(ld), lambda: trafilatura_blocks(html, url)):
        other = read()  # trafilatura runs only when the JSON-LD has no more to give
        if _prose(other) > 1.5 * found + 50:
            return other
    return blocks


def _prose(blocks: list[Block]) -> int:
    """Characters of sentences: a paywalled page's "Log in" and "Subscribe" lines are no more
    article than the teaser paragraph found."""
    return sum(len(b.text) for b in blocks
               if b.hint == "paragraph" and b.text.endswith(TERMINAL) and len(b.text) >= 20)


def _ld_body(ld: dict | None) -> list[Block]:
    """The JSON-LD articleBody as paragraphs (split where it breaks lines)."""
    body = (ld or {}).get("articleBody")
    if not isinstance(body, str):
        return []
    return [Block(text, hint="paragraph") for p in re.split(r"\n\s*", html_unescape(body))
            if len(text := norm(p)) > 1]


def trafilatura_blocks(html: str, url: str | None) -> list[Block]:
    """trafilatura's extraction, for pages whose markup hides the running text from the walk."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=False, include_comments=False,
                                      include_tables=False, include_images=False)
    body = getattr(doc, "body", None)  # a Document (or a dict with as_dict=True)
    if body is None:
        return []
    blocks: list[Block] = []
    for el in body.iterchildren():
        text = " ".join("".join(el.itertext()).split())
        if not text:
            continue
        if el.tag == "head":
            blocks.append(Block(text, hint="heading"))
        elif el.tag == "list":
            blocks.extend(Block(" ".join("".join(i.itertext()).split()), hint="paragraph")
                          for i in el.iterchildren("item"))
        else:
            blocks.append(Block(text, hint="paragraph"))
    return [b for b in blocks if b.text]
