"""The one lxml parse of a page and the element helpers every step of the reading uses."""

from __future__ import annotations

import re
from itertools import islice

from ..text.lines import norm_space

# Elements that never hold article text: dropped from the tree before anything is read.
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
             "canvas", "map", "select", "input", "textarea")
# Controls and forms hold no article text either, unless markup left open around them made
# the parser nest the page inside one (a menu <button> never closed, an ASP.NET page's
# <form> around everything): then only the element goes, its content stays.
CONTROLS = ("button", "form", "dialog")
_PROSE_INSIDE = 400  # characters of paragraph text: more than a control or a sign-up form
# Page furniture and media the walk never reads (h1 is the headline, read as metadata).
SKIP_TAGS = {"nav", "footer", "figcaption", "header", "menu", "label", "picture", "img", "video",
             "audio", "source", "time", "h1"}
# Inline elements: their text runs on in the line around them.
INLINE = {"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i",
          "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var",
          "wbr", "del", "ins", "time", "img", "picture", "button", "label", "svg"}
# Block elements: their boundaries separate words even where the markup has no whitespace.
SPACED = {"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
          "header", "footer", "figure", "figcaption", "blockquote", "aside", "tr", "td", "th",
          "dt", "dd", "table", "time"}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
TERMINAL = tuple(".!?…:;\"'”’»)。！？")  # how a sentence (maybe quoted) ends
DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\b\d{1,2}:\d{2}\b|"
                          r"\d{4}年\d{1,2}月\d{1,2}日")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # scripts written without spaces
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def without_controls(html: str) -> str:
    """The page without NULs and control characters, which lxml and trafilatura refuse."""
    return _CONTROL.sub("", html)


def parse(html: str):
    """One lxml parse of the page (comments and processing instructions dropped)."""
    import lxml.html

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
    data = html.encode("utf-8", "surrogatepass")
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except Exception:  # noqa: BLE001 - lxml refuses empty or odd documents in many ways
        return None
    return tree


def drop_furniture(tree) -> None:
    """Drop scripts, styles, embeds and form controls from the tree (see DROP_TAGS)."""
    for el in list(tree.iter(*DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(tree.iter(*CONTROLS)):
        if el.getparent() is None:
            continue
        prose = 0
        for p in el.iter("p"):
            prose += len(text_of(p))
            if prose > _PROSE_INSIDE:
                break
        if prose > _PROSE_INSIDE:
            el.drop_tag()
        else:
            el.drop_tree()


def document_order(tree) -> dict:
    """Each element's position in document order, for "before"/"after" tests."""
    return {el: i for i, el in enumerate(tree.iter())}


def hidden(el) -> bool:
    """Hidden from readers by attribute or inline style."""
    return el.get("aria-hidden") == "true" or out_of_view(el)


def out_of_view(el) -> bool:
    """Not displayed at all: the hidden attribute or an inline display/visibility style."""
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def small(el, limit: int) -> bool:
    """At most `limit` elements inside: cheap to test before reading a subtree's text."""
    return next(islice(el.iterdescendants(), limit, None), None) is None


def classes(el) -> str:
    """Class, id and test id of an element, lower-cased, for vocabulary matches (sites with
    hashed class names keep readable names in data-testid: "byline-contributors")."""
    return f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-testid') or ''}".lower()


def text_of(el, skip: tuple[str, ...] = ()) -> str:
    """Visible text of an element (br as space), whitespace collapsed, `skip` tags left out."""
    parts: list[str] = []

    def walk(e) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag in ("script", "style", "noscript", "template") or tag in skip:
            return
        if tag == "br" or tag in SPACED:
            parts.append(" ")
        if e.text and tag:
            parts.append(e.text)
        for child in e:
            walk(child)
            if isinstance(child.tag, str) and child.tag in SPACED:
                parts.append(" ")  # block boundaries separate words even without whitespace
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return " ".join("".join(parts).split())


def link_density(el, text: str | None = None) -> float:
    """Share of an element's text that sits inside links."""
    text = text if text is not None else text_of(el)
    if not text:
        return 0.0
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    return min(1.0, linked / len(text))


def norm(text: str | None) -> str:
    """Collapse whitespace (None reads as empty)."""
    return norm_space(text or "")


def key(text: str | None) -> str:
    """Words only, case-folded: for comparing titles, names and headings."""
    return re.sub(r"[\W_]+", " ", norm(text).casefold()).strip()
