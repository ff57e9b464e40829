"""Where the article is: paragraph weights, the container holding the running text, the
boilerplate class rules, the article's h1 and the region around headline and text."""

from __future__ import annotations

import re

from .. import patterns as pt
from .dom import INLINE, classes, link_density, text_of

_MIN_PARA = 25  # characters: a paragraph that counts towards finding the container

_FURNITURE = ("nav", "footer", "aside")


def paragraph_weights(tree) -> dict:
    """Text length of real paragraphs under every element (links and boilerplate discounted).

    Menus, footers and asides may hold long blurbs, so their paragraphs do not count, unless
    one of them holds most of the page's text: then markup left unclosed above the article
    (a menu's <nav>, a header's <aside>) made the parser nest the article inside it.
    """
    weights = _raw_weights(tree)
    body = tree.find("body")
    total = weights.get(body if body is not None else tree, 0)
    for el in tree.iter(*_FURNITURE):
        held = weights.get(el, 0)
        if not held or (held >= 0.5 * total and _nests_article(el)):
            continue  # inside furniture already discounted, or the article itself
        for anc in el.iterancestors():
            weights[anc] -= held
        for inner in el.iter():
            weights.pop(inner, None)
    return weights


def _nests_article(el) -> bool:
    """Furniture holding the headline or a <main>/<article>: what no menu or footer holds, so
    the parser put the page inside it."""
    return next(el.iter("h1", "main", "article"), None) is not None


def _raw_weights(tree) -> dict:
    weights: dict = {}
    for p in tree.iter("p", "div"):
        # A div counts when it is a paragraph in all but name: text and inline markup only.
        if p.tag == "div" and (not (p.text or "").strip() or any(
                isinstance(c.tag, str) and c.tag not in INLINE for c in p)):
            continue
        text = text_of(p)
        if len(text) < _MIN_PARA:
            continue
        density = link_density(p, text)
        if density > 0.5:
            continue
        # Teaser lists are many short paragraphs; running text has long ones.
        _add(weights, p, (len(text) - _MIN_PARA) * (1 - density), True)
    for el, size in _loose_text(tree):
        _add(weights, el, size - 2 * _MIN_PARA, False)
    return weights


def _add(weights: dict, el, weight: float, above: bool) -> None:
    """Add a paragraph's weight to its ancestors (and to el itself unless it is the p)."""
    if not above:
        weights[el] = weights.get(el, 0) + weight
    for anc in el.iterancestors():
        weights[anc] = weights.get(anc, 0) + weight


_LOOSE_SKIP = INLINE | {"p", "html", "head", "title", "ul", "ol", "dt", "table", "tr", "tbody",
                         "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption"}


def _loose_text(tree):
    """(element, characters) for text set straight in a box between its blocks, outside any
    <p> ("<div><h2>…</h2>Text<br><br>More text</div>": older CMSs and blog engines), where
    there is more than a label's worth of it."""
    # Only elements holding text of their own can hold loose text: XPath finds them in C,
    # where walking every element in Python cost a few per cent of a page's reading.
    for el in tree.xpath("//*[text()[normalize-space()]]"):
        if not isinstance(el.tag, str) or el.tag in _LOOSE_SKIP:
            continue
        if el.tag == "div" and not any(isinstance(c.tag, str) and c.tag not in INLINE
                                       for c in el):
            continue  # a paragraph in all but name: counted as one above
        # Direct text only: what inline children hold is small beside it, and reading it
        # would count a <span> wrapping whole blocks twice.
        size = len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)
        if size > 2 * _MIN_PARA:
            yield el, size


_OFF_ARTICLE = re.compile(
    r"(?:comments?|sidebar|related|recommend\w*|newsletter|nav\w*)(?:[-_].*)?")


def _off_article(el, weights: dict | None = None) -> bool:
    """Branches that hold paragraphs but never the article: comments, sidebars, navigation.
    Judged per class token ("comments-area" yes, "without-sidebar" no); a <nav>, <aside> or
    <footer> whose paragraphs still weigh (it holds most of the page: see paragraph_weights)
    is the article nested there by broken markup."""
    if el.tag in _FURNITURE:
        return not (weights and weights.get(el, 0))
    return any(_OFF_ARTICLE.fullmatch(token) for token in classes(el).split())


def _paragraph_classes(el) -> set[str]:
    return {p.get("class") or "" for p in el.iter("p") if len(text_of(p)) >= _MIN_PARA}


def _paragraphs_beside(node) -> bool:
    """The article's text runs on in <p> siblings styled like node's own paragraphs: node is
    one part of a body split around an inserted box (a paywall span, an ad slot)."""
    parent = node.getparent()
    if parent is None or parent.tag == "html":
        return False
    sibs = [sib for sib in parent if sib is not node and sib.tag == "p"
            and len(text_of(sib)) >= 60]
    if not sibs:
        return False  # cheap test first: reading node's own paragraphs is the dear part
    own = _paragraph_classes(node)
    return any((sib.get("class") or "") in own for sib in sibs)


def find_container(tree, weights: dict | None = None):
    """The deepest element that still holds most of the page's paragraph text.

    Going down, a child holding 70% of its parent's paragraph text is followed. Where the text
    splits (a page that appends the next articles, or a long comment thread), the branch holding
    the page's first h1 is followed if it holds a fair share itself.
    """
    weights = paragraph_weights(tree) if weights is None else weights
    body = tree.find("body")
    node = body if body is not None else tree
    total = weights.get(node, 0)
    if not total:
        return node
    # An explicit article body mark that holds a good share of the text wins outright.
    for el in tree.iterfind(".//*[@itemprop='articleBody']"):
        if weights.get(el, 0) >= 0.5 * total:
            return el
    h1 = next((h for h in tree.iter("h1") if text_of(h)), None)
    h1_path = set(h1.iterancestors()) if h1 is not None else set()
    while True:
        children = [c for c in node if isinstance(c.tag, str) and not _off_article(c, weights)]
        best = max(children, key=lambda c: weights.get(c, 0), default=None)
        if best is None:
            return node
        # Shares are taken of what the article could be: comments and footers do not count.
        here = weights.get(node, 0) - sum(weights.get(c, 0) for c in node
                                          if isinstance(c.tag, str) and _off_article(c, weights))
        if here <= 0:
            return node  # all the text below is in comments and the like: stop here
        if weights.get(best, 0) < 0.7 * here:
            best = next((c for c in children if c in h1_path), None)
            if best is None or weights.get(best, 0) < 0.3 * here:
                return node
        if best.tag in ("ul", "ol", "li", "table", "tbody", "tr"):
            return node  # a list or table is part of the text, never the whole of it
        node = best
        if _paragraphs_beside(node):
            return node.getparent()  # the text runs on in paragraphs next to node


def article_parts(container, weights: dict) -> bool:
    """The container's own <article>s hold half its text: they are the story's posts (a live
    blog), not teaser cards for other stories."""
    total = weights.get(container, 0)
    parts = sum(weights.get(a, 0) for a in container.iterdescendants("article")
                if not _nested_article(a, container))
    return total > 0 and parts >= 0.5 * total


def _nested_article(el, container) -> bool:
    """el sits inside another <article> below the container (a part of a part)."""
    for anc in el.iterancestors():
        if anc is container:
            return False
        if anc.tag == "article":
            return True
    return False


def boilerplate(el) -> str | None:
    """"strong" when class or id name boilerplate that is never article text, "weak" when
    they name a box that is boilerplate unless it holds running text, else None. A BEM name is
    judged by its element part: "sidebar-grid__content" is content, "article__footer" is a
    footer."""
    cls, ident = el.get("class"), el.get("id")
    if not (cls or ident or el.get("aria-label")):
        return None  # most elements: no name to judge
    # camelCase class names ("mediaEmbed", "imageEmbedCredit") are words run together; hashed
    # names ("sc-hzhJZQ", ids like "block-id-n1AuAdJl") are not split.
    names = f"{_CAMEL.sub('-', cls or '')} {ident or ''}".lower()
    tokens = [_bem_element(token) for token in names.split()]
    # A box's accessible name says what it is ("Newsletter Anmeldung", "Share this article").
    label = el.get("aria-label") if el.tag in ("section", "div", "aside") else None
    if label:
        tokens.append(label)
    if any(pt.BOILERPLATE_CLASS_RE.search(token) for token in tokens):
        return "strong"
    if any(pt.WEAK_BOILERPLATE_CLASS_RE.search(token) for token in tokens):
        return "weak"
    return None


_CSS_MODULE_HASH = re.compile(r"(?=[a-z0-9-]*\d)[a-z0-9-]{5,8}")


def _bem_element(token: str) -> str:
    """The part of a class name that says what the element is: "block__element" -> "element";
    CSS-module names ("Byline_author-wrapper__2dsv1") end in a hash, not an element."""
    head, sep, tail = token.rpartition("__")
    if sep and _CSS_MODULE_HASH.fullmatch(tail):
        return head
    return tail


_CAMEL = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")


def pick_h1(tree, container, order: dict | None = None):
    """The article's h1: one above the running text (a donation box's h1 under the story does
    not head it), sharing the most ancestors with the container (a logo's h1 sits higher)."""
    around = set(container.iterancestors()) | {container}
    order = order or {}
    first_p = next(container.iter("p"), None)
    text_starts = order.get(first_p) if first_p is not None else None
    best, best_rank = None, (-1, -1)
    for el in tree.iter("h1"):
        if not text_of(el):
            continue
        above = text_starts is None or order.get(el, 0) < text_starts
        rank = (int(above), sum(1 for a in el.iterancestors() if a in around))
        if rank > best_rank:
            best, best_rank = el, rank
    if best is not None:
        # The same headline set twice (page header, then again over a print or paywall copy):
        # the first one heads the article, with its standfirst and byline under it.
        text = text_of(best)
        best = next((el for el in tree.iter("h1") if text_of(el) == text), best)
    return best


def scope(h1, container):
    """The smallest element holding both the headline and the running text."""
    if h1 is None:
        return container
    around = set(h1.iterancestors())
    for a in [container, *container.iterancestors()]:
        if a in around:
            return a
    return container
