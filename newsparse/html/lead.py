"""The standfirst: the lead under the headline, found by class names, the page's own
description, typesetting and position."""

from __future__ import annotations

import re

from .. import patterns as pt
from .container import boilerplate, scope
from .dom import DATE_OR_TIME, TERMINAL, classes, hidden, link_density, small, text_of
from .walk import Walker


def similarity(a: str, b: str) -> float:
    """Dice overlap of the two texts' word sets."""
    ta, tb = set(re.findall(r"\w+", a.casefold())), set(re.findall(r"\w+", b.casefold()))
    return 2 * len(ta & tb) / (len(ta) + len(tb)) if ta and tb else 0.0


def similar(a: str, b: str, threshold: float = 0.9) -> bool:
    """Dice overlap of at least threshold."""
    return similarity(a, b) >= threshold


def _inside(el, root):
    """el's ancestors up to (not including) root."""
    for a in el.iterancestors():
        if a is root:
            return
        yield a


_LEAD_TAGS = {"p", "div", "h2", "h3", "span", "section", "header", "strong"}
_BYLINE_ROW = re.compile(r"byline|author|share|social|hero")


def _standfirst_candidates(root, h1, stop: int, order: dict):
    """Text elements of the article outside its running text: (element, text, class)."""
    above_h1 = set(h1.iterancestors()) if h1 is not None else set()
    not_lead: dict = {}  # ancestor -> its class names say "no standfirst here" (asked often)

    def says_not_lead(a) -> bool:
        found = not_lead.get(a)
        if found is None:
            found = not_lead[a] = bool(pt.NOT_STANDFIRST_RE.search(classes(a)))
        return found

    for el in root.iter():
        if not isinstance(el.tag, str) or (el.tag not in _LEAD_TAGS and "-" not in el.tag):
            continue  # custom elements ("<x-teaser>") may hold it too
        if order.get(el, 0) > stop or el in above_h1 or el is h1 or hidden(el):
            continue
        if not small(el, 40):
            continue  # a lead is a paragraph or two, not a wrapper of the page
        cls = classes(el)
        if pt.NOT_STANDFIRST_RE.search(cls):
            continue
        # A lead-marked element may sit in a byline/sharing row; anything else there may not.
        marked = bool(pt.STANDFIRST_CLASS_RE.search(cls) or pt.STANDFIRST_FAIR_RE.search(cls))
        if any(a.tag in ("figure", "figcaption", "nav", "aside", "a", "ul", "ol", "h1")
               or (says_not_lead(a) and not (marked and _BYLINE_ROW.search(classes(a))))
               for a in _inside(el, root)):
            continue
        text = text_of(el)
        if 25 <= len(text) <= 1000 and link_density(el, text) < 0.3:
            yield el, text, cls


def find_standfirst(h1, container, first_para, order: dict, desc: str | None
                    ) -> tuple[str | None, bool]:
    """The lead under the headline. Evidence, strongest first: an element whose class says
    lead/standfirst/deck/intro...; an element the page's own description repeats (which may
    also be a key-points box); a summary-classed element; a looser match with the description;
    a weak class name (subtitle, description); a first paragraph set
    in bold or classed as a lead. The flag says whether the lead stands apart from the running
    text (True) or is its first paragraph, which then stays in the body too."""
    stop = order.get(first_para, 10**9) if first_para is not None else 10**9
    strong = fair = weak = shaped = None
    by_desc: tuple[float, str] | None = None
    inside = set(container.iter())
    for el, text, cls in _standfirst_candidates(scope(h1, container), h1, stop, order):
        if shaped is None and el not in inside and _lead_shaped(el, text, h1, order):
            shaped = text
        if strong is None and pt.STANDFIRST_CLASS_RE.search(cls):
            strong = _innermost_lead(el, text)
        if fair is None and pt.STANDFIRST_FAIR_RE.search(cls):
            fair = text
        sim = _desc_similarity(desc, text) if desc and el is not first_para else 0.0
        if sim >= 0.8 and (by_desc is None or sim > by_desc[0]):
            by_desc = (sim, text)
        if weak is None and pt.STANDFIRST_WEAK_RE.search(cls):
            weak = text
    if by_desc and by_desc[0] >= 0.9 and not strong:
        return by_desc[1], True
    strong = strong or fair
    if strong or by_desc or weak or shaped:
        return strong or (by_desc[1] if by_desc else weak or shaped), True
    if first_para is not None:
        text = text_of(first_para)
        if _set_apart(first_para) or (desc and similar(desc, text, 0.8)):
            return text, False
    return None, False


def _desc_similarity(desc: str, text: str) -> float:
    """Word overlap with the description; a description cut short ("...", "…") matches a
    text that starts with it."""
    stem = desc.rstrip().removesuffix("...").removesuffix("…")
    if stem != desc.rstrip() and len(stem) >= 60:
        words = re.findall(r"\w+", stem.casefold())[:-1]  # the last word may be cut
        if words and re.findall(r"\w+", text.casefold())[:len(words)] == words:
            return 1.0
    return similarity(desc, text)


def _innermost_lead(el, text: str) -> str:
    """A lead wrapper may also hold the picture's caption: prefer the marked element inside."""
    for inner in el.iterdescendants("p", "div", "span", "h2"):
        inner_text = text_of(inner)
        if pt.STANDFIRST_CLASS_RE.search(classes(inner)) and len(inner_text) >= 25:
            return inner_text
    return text


def _lead_shaped(el, text: str, h1, order: dict) -> bool:
    """Prose right under the headline, outside the body: one to three sentences."""
    return (h1 is not None and el.tag not in ("h2", "h3") and order.get(el, 0) > order.get(h1, 0)
            and 60 <= len(text) <= 400
            and text.endswith(TERMINAL) and not DATE_OR_TIME.search(text)
            and not any(isinstance(c.tag, str) and c.tag in ("p", "div", "ul", "h2", "h3")
                        for c in el))


def _set_apart(p) -> bool:
    """A first paragraph typeset as a lead: wholly bold, or classed bold/intro/lead."""
    if re.search(r"bold|medium|intro|lead|teaser", p.get("class") or ""):
        return True
    kids = [c for c in p if isinstance(c.tag, str) and c.tag != "br"]
    return (len(kids) == 1 and kids[0].tag in ("strong", "b") and not (p.text or "").strip()
            and not (kids[0].tail or "").strip())


def first_paragraph(walker: Walker, h1_at: int, order: dict):
    """The element of the first real paragraph after the headline: where the running text
    starts."""
    return next((el for b, el in zip(walker.blocks, walker.elements, strict=True)
                 if b.hint == "paragraph" and len(b.text) >= 60 and order.get(el, 0) > h1_at),
                None)


_INTRO_MIN = 80  # characters: a sentence or two of prose, more than a byline or a caption
_NOT_INTRO = ("figure", "figcaption", "nav", "aside", "a", "footer", "ul", "ol", "blockquote")


def intro_paragraphs(h1, container, order: dict) -> list[str]:
    """Paragraphs of prose between the headline and the container: an intro the page sets in
    a box of its own above the running text (a definition, a "summary" block, a hero's
    subtitle)."""
    root = scope(h1, container)
    if h1 is None or root is container:
        return []
    start, end = order.get(h1, 0), order.get(container, 0)
    out = []
    for p in root.iter("p"):
        at = order.get(p, 0)
        if at <= start or at >= end:
            continue
        text = text_of(p)
        if len(text) < _INTRO_MIN or not text.endswith(TERMINAL) or link_density(p, text) > 0.3:
            continue
        if hidden(p) or any(a.tag in _NOT_INTRO or hidden(a) or boilerplate(a) == "strong"
                            for a in _inside(p, root)):
            continue
        out.append(text)
    return out
