"""The picture a page shows for the one it names for sharing (JSON-LD image, og:image).

A page often sets its lead picture above the article, in the headline's box, outside the
region the article's pictures are read from, and names a crop of it for sharing
("…/ogp/AS123_comm.jpg" for "…/comm_L/AS123.jpg", "w1248/…" for "w767/…"). The picture it
shows carries the caption, the credit and the alt text; the crop carries none.
"""

from __future__ import annotations

import re

from ..model import Image
from .captions import read_picture
from .images import (
    SRCS,
    SRCSETS,
    best_url,
    furniture,
    is_picture,
    path_of,
    srcset_urls,
)

_PART = re.compile(r"[a-z0-9]+")
# Parts of a file name that say its size or format, not which picture it is.
_SIZE_PART = re.compile(r"\d{1,4}|[whtq]\d{2,4}|\d{2,4}x\d{2,4}|jpe?g|png|webp|avif|gif")
_DISTINCT = 6  # characters: a shared part this long names one picture (an id, a slug)
_SHARE = 0.6  # of the parts of the shorter file name the other one has


def file_parts(url: str | None) -> set[str]:
    """The parts of the address's file name (its last path step) that name the picture."""
    name = path_of(url).rsplit("/", 1)[-1].lower()
    return {p for p in _PART.findall(name) if not _SIZE_PART.fullmatch(p)}


def same_picture(named: set[str], url: str | None) -> bool:
    """Whether `url` is a rendition of the file whose name parts are `named`: it shares the
    named file's longest part (its id or slug, not an article's id both carry) and most
    of the others."""
    parts = file_parts(url)
    shared = named & parts
    if not named or not shared:
        return False
    longest = max(map(len, named))
    return (longest >= _DISTINCT and any(len(p) == longest for p in shared)
            and len(shared) >= _SHARE * min(len(named), len(parts)))


def _addresses(el) -> list[str]:
    """Every address a picture element gives (its srcset candidates and single sources)."""
    out: list[str] = []
    for node in [el] if el.tag == "img" else [el, *el.iter("source", "img")]:
        for attr in SRCSETS:
            if value := node.get(attr):
                out += [u for _, u in srcset_urls(value)]
        out += [v for attr in SRCS if (v := node.get(attr))]
    return out


def shown_lead(tree, named: Image, base: str | None) -> Image:
    """The first picture of the page that shows the named one, read as the article's
    pictures are (largest version, caption, credit, alt); `named` when none does."""
    parts = file_parts(named.url)
    distinct = [p for p in parts if len(p) >= _DISTINCT]
    if not distinct:
        return named
    tried: set = set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or not (el.tag == "source" or is_picture(el)):
            continue
        # A cheap look first: most pictures of a page name none of the file's parts.
        said = " ".join(el.attrib.values()).lower()
        if not any(p in said for p in distinct):
            continue
        parent = el.getparent()
        if el.tag in ("img", "source") and parent is not None and parent.tag == "picture":
            el = parent  # read with its <picture>
        if el.tag == "source" or el in tried:
            continue
        tried.add(el)
        if not any(same_picture(parts, u) for u in _addresses(el)):
            continue
        img = el.find(".//img") if el.tag == "picture" else el
        img = el if img is None else img
        url = best_url(el, base)
        if not url or furniture(img, url):
            continue
        caption, credit, alt = read_picture(el, img)
        return Image(url=url, caption=caption or named.caption, credit=credit or named.credit,
                     alt=alt or named.alt, lead=True)
    return named
