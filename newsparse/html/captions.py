"""A picture's caption and credit as the markup sets them: a <figcaption>, a caption box
beside the picture (by class, or a picture's own unmarked box of a caption and a credit
line), credit elements in or after it, the <img>'s tooltip, credit attribute or alt text.
"""

from __future__ import annotations

from .. import patterns as pt
from ..text.credits import credit_text, split_credit, tooltip_credit
from .dom import classes, key, norm, small, text_of

_CAPTION_MAX = 600
_TAIL = 60  # characters: a credit line under a caption is short
_TERMINAL = (".", "!", "?", "…")
_BOX_SIZE = 30  # elements: more than a caption box with its credit holds


def _caption_box(el):
    """The <figcaption> of the picture's <figure>, or a caption box next to the picture
    (within a few levels), or None."""
    node = el
    for _ in range(4):
        parent = node.getparent()
        if parent is None:
            return None
        if parent.tag == "figure" and (caption := parent.find(".//figcaption")) is not None:
            return caption  # else the caption may be set beside the figure
        # A caption box sits right under (or over) the picture's wrapper: the next two
        # siblings and the one before, not every box of the parent.
        after = node.getnext()
        for sib in (after, after.getnext() if after is not None else None, node.getprevious()):
            if sib is not None and isinstance(sib.tag, str) and (
                    box := _marked_caption(sib)) is not None:
                return box
        if pt.CAPTION_CLASS_RE.search(classes(parent)) and small(parent, _BOX_SIZE):
            return parent  # a caption box holding the picture, its text the caption
        node = parent
    return None


def _unmarked_lines(el) -> list[str]:
    """The texts of a picture's own box without caption classes: the picture (in its
    wrappers) first, then a short text element and a credit line and nothing else, no links
    (one text alone may be running text set beside a picture)."""
    node = el
    for _ in range(3):  # the wrappers holding the picture alone
        parent = node.getparent()
        if parent is None or len(parent) != 1 or (parent.text or "").strip():
            break
        node = parent
    parent = node.getparent()
    if parent is None or parent.tag in ("body", "article", "main") or \
            not small(parent, _BOX_SIZE) or parent[0] is not node:
        return []
    lines: list[str] = []
    for sib in parent[1:]:
        if not isinstance(sib.tag, str):
            continue
        if sib.find(".//img") is not None or sib.find(".//a") is not None or len(lines) == 2:
            return []
        if text := text_of(sib):
            lines.append(text)
    if len(lines) != 2 or len(lines[0]) > _UNMARKED_MAX or len(lines[1]) > _TAIL or \
            lines[1].endswith(_TERMINAL):
        return []
    return lines


_UNMARKED_MAX = 300  # characters: a caption without a caption class is short


def _marked_caption(el):
    """`el`, or an element in it, classed as a caption (a small box without pictures)."""
    if not small(el, _BOX_SIZE) or el.find(".//img") is not None:
        return None
    return next((e for e in el.iter("*") if pt.CAPTION_CLASS_RE.search(classes(e))), None)


def _credit_boxes(box) -> list:
    """The credit elements of a caption box, outermost only ("Name" and "Agency" may each
    have their own)."""
    found: list = []
    for el in box.iter("*"):
        if el is not box and pt.CREDIT_CLASS_RE.search(classes(el)) and not any(
                f in found for f in el.iterancestors()):
            found.append(el)
    return found


def read_caption(box) -> tuple[str | None, str | None]:
    """(caption, credit) of a caption box."""
    if box is None:
        return None, None
    credit_els = _credit_boxes(box)
    if credit_els:
        caption: str | None = text_of(box)
        credits = []
        text = caption or ""
        for el in credit_els:
            whole = text_of(el)
            at = text.rfind(whole) if whole else -1  # the credit's own copy: it comes last
            if at >= 0:
                text = norm(text[:at] + " " + text[at + len(whole):])
            if found := credit_text(whole):
                credits.append(found)
        caption, more = split_credit(text)  # a credit part outside the boxes ("/ Agency")
        if more and (more := credit_text(more)):
            credits.append(more)
        credit = " / ".join(credits) or None
        return (caption[:_CAPTION_MAX] if caption else None), credit
    caption, credit = split_credit(text_of(box))
    return (caption[:_CAPTION_MAX] if caption else None), credit


def read_picture(el, img) -> tuple[str | None, str | None, str | None]:
    """(caption, credit, alt) of a picture element and its <img>."""
    box = _caption_box(el)
    caption, credit = read_caption(box)
    if box is None and (lines := _unmarked_lines(el)):
        caption, credit = split_credit(lines[0])
        credit = credit or credit_text(lines[1])  # "Getty Images" set under the caption
    alt = norm(img.get("alt")) or None
    if box is None and caption is None and alt and (echo := _alt_echo(el, alt)):
        caption, credit = split_credit(echo)
    if caption is None and (stated := norm(img.get("data-caption"))):
        caption = split_credit(stated)[0]  # a lightbox's copy of the caption
    if caption is None or credit is None:
        # A tooltip "Caption | Credit" (or "Caption. Photo: …") when no box says it.
        said, by = tooltip_credit(img.get("title") or "")
        if by and (len(by) > _TAIL or by.endswith(_TERMINAL) or _repeats(by, caption)):
            by = None  # "Place | The caption again": a second caption line, no credit
        caption, credit = caption or said, credit or by
    return caption, credit or credit_beside(el if box is None else box, img, alt), alt


def credit_beside(node, img, alt: str | None) -> str | None:
    """A credit the caption box leaves out: a credit element right after the picture or its
    caption (within two levels), a line of the picture's <figure> opening with "©" /
    "Foto:", a data-…credit / data-…copyright attribute of the <img>, or the alt text's
    trailing "Foto: …" / "(Photo: …)"."""
    start = node
    for _ in range(2):
        sib = node.getnext()
        for _ in range(2):
            if sib is None or not isinstance(sib.tag, str):
                break
            if pt.CREDIT_CLASS_RE.search(classes(sib)) and small(sib, _BOX_SIZE) \
                    and sib.find(".//img") is None and (found := credit_text(text_of(sib))):
                return found
            sib = sib.getnext()
        node = node.getparent()
        if node is None:
            break
    if (fig := _figure_of(start)) is not None and small(fig, 2 * _BOX_SIZE):
        for el in fig.iter("small", "span", "div", "p"):
            if len(el) == 0 and (text := text_of(el)) and len(text) <= _TAIL + 10 and (
                    m := pt.CREDIT_MARK_RE.match(text)) and m.end() < len(text):
                return credit_text(text)  # "© Ann Lee" set apart inside the figure
    for name, value in img.attrib.items():
        if name.startswith("data-") and pt.CREDIT_CLASS_RE.search(name) and norm(value):
            return credit_text(value)
    return split_credit(alt)[1] if alt and pt.CREDIT_MARK_RE.search(alt) else None


def _alt_echo(el, alt: str) -> str | None:
    """The text set right after the picture (within three levels) that says what its alt
    text says: a caption without caption classes, told from running text by repeating the
    alt ("Ann Lee at the launch" under <img alt="Ann Lee at the launch">)."""
    said = key(alt)
    if len(said) < _ECHO_MIN:
        return None
    node = el
    for _ in range(3):
        sib = node.getnext()
        if sib is not None and isinstance(sib.tag, str) and small(sib, _BOX_SIZE // 3) and \
                sib.find(".//img") is None and (text := text_of(sib)) and \
                len(text) <= len(alt) + _TAIL:
            k = key(text)
            if k.startswith(said) or (said.startswith(k) and len(k) >= _ECHO_MIN):
                return text
        node = node.getparent()
        if node is None:
            break
    return None


_ECHO_MIN = 8  # characters: a shorter alt ("Foto") repeats by chance


def _repeats(text: str, caption: str | None) -> bool:
    """Whether `text` says (part of) what the caption says, or the caption part of it."""
    a, b = key(text), key(caption)
    return bool(a and b) and (a in b or b in a)


def _figure_of(node):
    """The <figure> the picture (or its caption) is in, a few levels up, or None."""
    for el in (node, *node.iterancestors()):
        if el.tag == "figure":
            return el
        if el.tag in ("article", "main", "body", "section"):
            return None
    return None
