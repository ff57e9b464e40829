"""The one lxml parse of a page and the element helpers every step of the reading uses."""

from __future__ import annotations

import re
from itertools import islice

from ..text.lines import key, norm_space  # noqa: F401 (key: re-exported for the HTML modules)

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


# An HTML tag: "<p>", "</strong>", "<br/>", "<a href=…>".
MARKUP = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")


def fragment(markup: str):
    """An HTML fragment parsed into one <div> holding it (None when lxml refuses it)."""
    import lxml.html

    try:
        return lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml refuses odd fragments in many ways
        return None


_CONTROLS = [chr(c) for c in (*range(9), 11, 12, *range(14, 32))] + ["\ufffe", "\uffff"]


def without_controls(html: str) -> str:
    """The page without NULs and control characters, which lxml and trafilatura refuse."""
    # Most pages hold none: a substring test per character scans at memory speed, more than
    # twice as fast as the character class (which then runs only where one is found).
    if not any(c in html for c in _CONTROLS):
        return html
    return _CONTROL.sub("", html)


def parse(html: str):
    """One lxml parse of the page (comments and processing instructions dropped). Markup
    nested deeper than libxml2 reads (256 levels: a run of unclosed <span>s or <font>s)
    would cost everything after it, so such a page is parsed again with the elements past
    `NESTING` levels unwrapped: their text stays, their tags go."""
    tree, too_deep = _parse(html)
    if too_deep:
        tree, _ = _parse(flattened(html, NESTING))
    if tree is not None and tree.getnext() is not None:
        _adopt_trailing(tree)
    return tree


def _adopt_trailing(root) -> None:
    """What follows a page's "</body></html>" goes into its body, as browsers read it:
    libxml2 makes it a second document element, which no search of the page would see (some
    pages close their template early and set the whole article after it). The emptied
    element stays where it was, outside the page."""
    body = root.find("body")
    if body is None:
        import lxml.html

        body = lxml.html.Element("body")
        root.append(body)
    trailing = []
    node = root.getnext()
    while node is not None:
        trailing.append(node)
        node = node.getnext()
    for node in trailing:
        if not isinstance(node.tag, str):
            continue
        parts = [node] if node.tag != "html" else [p for p in node if p.tag != "head"]
        for part in parts:  # a second head's links and metas describe nothing visible
            if part.tag == "body":
                body.extend(list(part))
            else:
                body.append(part)


def _parse(html: str):
    """(tree or None, whether libxml2 stopped at its nesting limit)."""
    import lxml.html

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
    data = html.encode("utf-8", "surrogatepass")
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except Exception:  # noqa: BLE001 - lxml refuses empty or odd documents in many ways
        return None, False
    return tree, any(e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message
                     for e in parser.error_log)


NESTING = 200  # levels of elements kept when a page nests past libxml2's limit

# The start of a tag or a comment; what a tag encloses runs to the next ">".
_TAG_START = re.compile(r"<(/?)([A-Za-z][\w:.-]*)|<!--")
_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr "
                  "basefont bgsound frame isindex".split())
_RAW_TEXT = frozenset("script style textarea title xmp iframe noembed noframes plaintext".split())
# Elements a start tag of the same name closes: they never nest in themselves.
_SELF_CLOSING = frozenset("p li dt dd option optgroup tr td th thead tbody tfoot rt rp".split())


def flattened(html: str, limit: int) -> str:
    """The markup with every start and end tag past `limit` levels of nesting removed, the
    text kept. Nesting is read from the tags as a parser would (void elements, raw text,
    implied ends), in one pass."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (name, removed) of each open element
    open_names: dict[str, int] = {}
    pos = kept = 0
    while (m := _TAG_START.search(html, pos)) is not None:
        end = html.find("-->" if m[2] is None else ">", m.end())
        if end < 0:
            break  # an unfinished tag or comment: the rest is as the parser will read it
        pos = end + (3 if m[2] is None else 1)
        if m[2] is None:
            continue
        name = m[2].lower()
        if m[1]:  # an end tag closes the innermost open element of its name
            removed = False
            while open_names.get(name) and stack:
                top, removed = stack.pop()
                open_names[top] -= 1
                if top == name:
                    break
            if removed:
                out.append(html[kept:m.start()])
                kept = pos
            continue
        if name in _SELF_CLOSING and open_names.get(name):
            while stack:
                top, _ = stack.pop()
                open_names[top] -= 1
                if top == name:
                    break
        if name in _RAW_TEXT:
            close = re.compile(rf"</{re.escape(name)}\b", re.I).search(html, pos)
            pos = close.start() if close else len(html)
            continue
        if name in _VOID or html[end - 1] == "/":
            continue
        removed = len(stack) >= limit
        stack.append((name, removed))
        open_names[name] = open_names.get(name, 0) + 1
        if removed:
            out.append(html[kept:m.start()])
            kept = pos
    out.append(html[kept:])
    return "".join(out)


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


