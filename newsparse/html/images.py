"""The article's own pictures, in reading order: each one's largest version, its caption
without the credit, the credit, the alt text, and the body paragraph it follows.

Pictures are read in the article (the container and the headline's surroundings) from
<img> and <picture> (srcset / lazy-loading attributes / the <noscript> copy), captions from
<figcaption> or a caption box beside the picture, credits from a credit element or a
caption's trailing "Photo: …" / "© …". Logos, avatars, icons, pixels and the pictures of
link cards are left out. JSON-LD ImageObjects fill captions and credits the markup lacks,
and the JSON-LD / og:image picture stands in for the lead when the article shows none.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .. import patterns as pt
from ..model import Block, Image
from .about import absolute
from .captions import read_picture
from .dom import classes, key, norm, text_of

# An <img> of a <noscript>, set beside it under this name: the reading drops <noscript>, and
# under its own tag the copy stays out of the walk's and the clean-ups' view of pictures.
_NOSCRIPT = "newsparse-noscript-img"
# Attributes lazy-loading scripts keep the real address in, most specific first.
SRCSETS = ("data-srcset", "data-lazy-srcset", "srcset")
SRCS = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "src")
_TINY = 50  # pixels: an icon, a pixel or a spacer
_ANCHOR_LEN = 40  # characters: a <p> this long is running text an image can follow
# A size a CMS writes into a rendition's file name ("photo-1376x774.jpg", "-scaled"): two
# such files are one picture.
_RENDITION = re.compile(r"-(?:\d{2,5}x\d{2,5}|scaled)(?=\.\w{3,4}$)")
_DESCRIPTOR = re.compile(r"(\d+(?:\.\d+)?)([wxh])$", re.I)
_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.I)


def lift_noscript_images(tree) -> None:
    """Set a copy of each <noscript>'s <img> beside it, before noscripts are dropped: a
    lazy-loading page keeps its only real address there."""
    for ns in list(tree.iter("noscript")):
        parent = ns.getparent()
        if parent is None:
            continue
        at = parent.index(ns)
        for img in list(ns.iter("img")):
            at += 1
            parent.insert(at, parent.makeelement(_NOSCRIPT, dict(img.attrib)))


def path_of(url: str | None) -> str:
    """Host and path: two addresses of one file differ only in their query."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return ""
    return parts.netloc.lower() + parts.path


def srcset_urls(value: str) -> list[tuple[float, str]]:
    """(width, url) candidates of a srcset; an "x" density counts as a multiple of 1000."""
    out: list[tuple[float, str]] = []
    url = None
    for token in value.split():
        end = token.endswith(",")
        token = token.rstrip(",")
        if url is None:
            url = token.lstrip(",")
            size = 0.0
        elif m := _DESCRIPTOR.match(token):
            size = float(m.group(1)) * (1000 if m.group(2).lower() == "x" else 1)
        if end and url:
            out.append((size, url))
            url = None
    if url:
        out.append((size, url))
    return out


def best_url(el, base: str | None) -> str | None:
    """The largest version a picture offers (srcset widths, <source>s), else its single
    address, absolute."""
    imgs = [el] if el.tag == "img" else [el, *el.iter("source", "img")]
    cands: list[tuple[float, str]] = []
    for node in imgs:
        for attr in SRCSETS:
            if value := node.get(attr):
                cands += [(w, u) for w, u in srcset_urls(value) if not u.startswith("data:")]
    if cands:
        best = max(cands, key=lambda c: c[0])[1]  # max keeps the first of equal widths
        return absolute(best, base)
    for node in imgs:
        for attr in SRCS:
            value = (node.get(attr) or "").strip()
            if value and not value.startswith("data:") and (found := absolute(value, base)):
                return found
    return None


def _tiny(img) -> bool:
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) <= _TINY:
            return True
    return False


def furniture(img, url: str) -> bool:
    """A logo, avatar, icon, pixel, ad or vector graphic rather than a picture."""
    if _tiny(img) or path_of(url).lower().endswith(".svg"):
        return True
    said = f"{classes(img)} {img.get('alt') or ''} {path_of(url)}"
    return bool(pt.NOT_PICTURE_RE.search(said))


def _in_card(el, region) -> bool:
    """Inside a link to another page, or a box of related stories, sharing or ads."""
    for a in el.iterancestors():
        if a is region:
            return False
        if a.tag == "a":
            href = a.get("href") or ""
            if href and not _FILE.search(path_of(href)) and not href.startswith("#"):
                return True
        if a.tag in ("nav", "footer", "aside") or pt.CARD_BOX_RE.search(classes(a)):
            return True
    return False


def is_picture(el) -> bool:
    """<img>, <picture>, <amp-img>, or a custom element named as an image that carries an
    address itself (`<storefront-image src=…>`)."""
    tag = el.tag
    return tag in ("img", "picture", "amp-img", _NOSCRIPT) or (
        "-" in tag and tag.endswith(("-image", "-img")) and bool(el.get("src") or el.get("srcset")))


def _pictures(region):
    """The picture elements of the region in document order (a <picture>, or an image
    outside one), each with the last running-text <p> before it (None: none yet)."""
    anchor = None
    since: list = []  # the <p>s since the last picture, read only when one comes
    for el in region.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "p":
            since.append(el)
            continue
        if not is_picture(el):
            continue
        if el.tag != "picture" and any(a.tag in ("picture", "amp-img")
                                       for a in el.iterancestors()):
            continue  # the fallback <img> of a <picture> or <amp-img>
        while since:  # the last one long enough, each <p> read at most once
            p = since.pop()
            if p.find(".//img") is None and len(text := text_of(p)) >= _ANCHOR_LEN:
                anchor = text
                break
        since.clear()
        yield el, anchor


def _next_element(el):
    """The next sibling element (a <noscript> copy follows its lazy <img>, maybe after the
    emptied <noscript> itself)."""
    nxt = el.getnext()
    while nxt is not None and nxt.tag == "noscript":
        nxt = nxt.getnext()
    return nxt


def page_images(region, base: str | None) -> tuple[list[Image], list[str | None]]:
    """The pictures of the article region and, for each, the text of the paragraph before it."""
    images: list[Image] = []
    anchors: list[str | None] = []
    seen: set[str] = set()
    last = None  # the <img> whose picture was taken last
    for el, anchor in _pictures(region):
        img = el if el.tag == "img" else el.find(".//img")
        img = el if img is None else img
        if img.tag == _NOSCRIPT and last is not None and _next_element(last) is img:
            continue  # the <noscript> copy of the picture just read
        url = best_url(el, base)
        same = _RENDITION.sub("", path_of(url))
        if not url or same in seen or furniture(img, url) or _in_card(el, region):
            continue
        seen.add(same)
        last = img
        caption, credit, alt = read_picture(el, img)
        images.append(Image(url=url, caption=caption, credit=credit, alt=alt))
        anchors.append(anchor)  # the paragraph's text (assemble finds it in the body)
    return images, anchors


def caption_keys(images: list[Image]) -> set[str]:
    """The keys of the pictures' captions, with and without their credits."""
    said = {key(i.caption) for i in images if i.caption} | {
        key(f"{i.caption} {i.credit}") for i in images if i.caption and i.credit}
    said.discard("")
    return said


def without_captions(blocks: list[Block], said: set[str]) -> list[Block]:
    """The blocks without a paragraph that is a picture's caption (`said`: caption_keys, with
    or without its credit): a template may set the caption a second time as text."""
    if not said:
        return blocks
    return [b for b in blocks if b.hint not in (None, "paragraph") or key(b.text) not in said]


def ld_images(ld: dict, base: str | None) -> list[Image]:
    """The JSON-LD article's images (ImageObject: caption, creditText, copyrightHolder)."""
    value = ld.get("image")
    out: list[Image] = []
    for item in value if isinstance(value, list) else [value]:
        url: object
        caption: object
        credit: object
        if isinstance(item, str):
            url, caption, credit = item, None, None
        elif isinstance(item, dict):
            url = item.get("contentUrl") or item.get("url")
            caption = item.get("caption") or item.get("description")
            credit = item.get("creditText") or _holder(item.get("copyrightHolder")) \
                or _holder(item.get("author"))
        else:
            continue
        if isinstance(url, list):
            url = next((u for u in url if isinstance(u, str)), None)
        if url := absolute(url, base):
            out.append(Image(url=url, caption=norm(caption) if isinstance(caption, str) else None,
                             credit=norm(credit) if isinstance(credit, str) else None))
    return out


def _holder(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else None


def complete(images: list[Image], ld: list[Image]) -> None:
    """Captions and credits the markup lacks, from the JSON-LD image of the same file."""
    by_path = {path_of(i.url): i for i in ld}
    for image in images:
        same = by_path.get(path_of(image.url))
        if same is None:
            continue
        image.caption = image.caption or same.caption
        image.credit = image.credit or same.credit


def lead_image(ld: list[Image], tags: dict, base: str | None) -> Image | None:
    """The picture the page names for sharing: the JSON-LD image, else og:image."""
    if ld:
        return Image(url=ld[0].url, caption=ld[0].caption, credit=ld[0].credit, lead=True)
    url = absolute(tags.get("og:image") or tags.get("og:image:url")
                   or tags.get("twitter:image"), base)
    return Image(url=url, alt=norm(tags.get("og:image:alt")) or None, lead=True) if url else None
