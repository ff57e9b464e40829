"""Lists and tables inside the walk: article content, given back as list items and table rows
(paragraphs that know which list or table they belong to)."""

from __future__ import annotations

from ..model import Block
from .dom import link_density, text_of
from .related import inline_related, other_site

# Elements inside a list item that make it more than a line: its text is walked, not taken
# whole, so that a nested list or a paragraph keeps its own shape.
_ITEM_BLOCKS = ("p", "div", "ul", "ol", "table", "h2", "h3", "h4", "h5", "h6", "blockquote")
_MENU_ITEM = 40  # characters: a short item that is all link is a menu entry, not content


def list_item(walker, el) -> None:
    """Emit one <li> as a list item; an item holding paragraphs or lists is walked."""
    parent = el.getparent()
    unit = (id(parent), parent is not None and parent.tag == "ol")
    if any(isinstance(c.tag, str) and c.tag in _ITEM_BLOCKS for c in el.iterdescendants()):
        outer, walker.unit = walker.unit, unit
        try:
            walker.walk(el)
        finally:
            walker.unit = outer
        return
    text = text_of(el)
    if not text or (len(text) < _MENU_ITEM and link_density(el, text) > 0.8
                    and not _pick_elsewhere(el, text, walker.base)):
        return
    if el.find(".//a") is not None and (rel := inline_related(el, walker.base, text)):
        walker.emit(rel)  # a "Read more about <headline>" line set as a list item
        return
    walker.emit(Block(text, hint="paragraph", kind="item", group=unit[0], ordered=unit[1]))


def _pick_elsewhere(el, text: str, base: str | None) -> bool:
    """A short linked item naming something on another site ("Boltworks BW18, our pick"): a
    product, source or tool the article lists, where a menu entry links the site's own pages."""
    a = el.find(".//a")
    return a is not None and len(text.split()) >= 3 and other_site(a.get("href"), base)


def _rows(table):
    """The table's own rows (not those of a table nested in a cell), in order."""
    for tr in table.iter("tr"):
        owner = next((a for a in tr.iterancestors("table")), None)
        if owner is table:
            yield tr


def _layout(table) -> bool:
    """A table used to lay out the page (cells holding tables, paragraphs or long text), not
    data: its cells are walked like any box."""
    cells = [c for c in table.iter("td", "th")]
    if not cells or len(cells) == 1:
        return True
    for cell in cells:
        if cell.find(".//table") is not None or len(cell.findall(".//p")) > 1:
            return True
        if len(text_of(cell)) > 600:
            return True
    return False


def table(walker, el) -> None:
    """Emit a data table's rows (cells joined by " | "); a layout table is walked."""
    if _layout(el):
        walker.walk(el)
        return
    caption = el.find("caption")
    if caption is not None and (text := text_of(caption)):
        walker.emit(Block(text, hint="paragraph"))
    for tr in _rows(el):
        cells = [text_of(c) for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not any(cells):
            continue
        head = all(isinstance(c.tag, str) and c.tag == "th" for c in tr
                   if isinstance(c.tag, str) and c.tag in ("td", "th"))
        walker.emit(Block(" | ".join(c for c in cells if c), hint="paragraph",
                          kind="head" if head else "row", group=id(el), cells=cells))
