"""Parts and metadata into the final Article: published date, language, clean text."""

from __future__ import annotations

import re

from .dates import not_before, rfc3339
from .model import Article, Image, Metadata, Source
from .text.language import detect_language
from .text.lines import key
from .text.segment import Parts

_YEAR = re.compile(r"(\d{4})")
_ANCHOR_KEY = 60  # characters of a paragraph's key that name it by its end


def year_of(date: str | None) -> int | None:
    """Return the year of an ISO date string, if any."""
    m = _YEAR.match(date or "")
    return int(m.group(1)) if m else None


def article_text(parts: Parts) -> str:
    """Headings and paragraphs, blank-line separated: the article as a reader sees it."""
    out: list[str] = []
    for section in parts.body:
        if section.heading:
            out.append(section.heading)
        out.extend(section.paragraphs)
    return "\n\n".join(out)


def placed_images(parts: Parts, meta: Metadata) -> list[Image]:
    """The page's images, each `after_paragraph` counted in the final body: the paragraph its
    anchor (that paragraph's text) names, or where the image before it was when the body
    does not hold that paragraph."""
    if not meta.image_anchors:
        return with_lead(meta.images, meta.lead_image)
    paragraphs = [p for section in parts.body for p in section.paragraphs]
    exact: dict[str, int] = {}
    for n, para in enumerate(paragraphs, 1):
        exact.setdefault(para, n)
    loose: dict[str, int] | None = None  # by words, and by their end: built only if needed
    at = 0
    for image, anchor in zip(meta.images, meta.image_anchors, strict=True):
        if not anchor:
            at = 0
        elif anchor in exact:
            at = exact[anchor]
        else:
            if loose is None:
                loose = _loose_index(paragraphs)
            k = key(anchor)
            at = loose.get(k, loose.get("…" + k[-_ANCHOR_KEY:], at))
        image.after_paragraph = at
    return with_lead(meta.images, meta.lead_image)


def _loose_index(paragraphs: list[str]) -> dict[str, int]:
    """Paragraph numbers by the paragraph's words, and by their last words ("…" first): a
    dateline or a clean-up may have changed how the paragraph starts."""
    index: dict[str, int] = {}
    for n, para in enumerate(paragraphs, 1):
        k = key(para)
        index.setdefault(k, n)
        index.setdefault("…" + k[-_ANCHOR_KEY:], n)
    return index


def with_lead(images: list[Image], named: Image | None) -> list[Image]:
    """The lead first, marked: the picture before the body's first paragraph (or right after
    it), else the one the page names for sharing (moved up when the article shows it
    further down)."""
    if images and images[0].after_paragraph == 0:
        images[0].lead = True
        return images
    if named is None or not named.url:
        return images
    same = next((i for i in images if _path(i.url) == _path(named.url)), None)
    if same is not None:
        same.lead = True
        return [same] + [i for i in images if i is not same]
    if images and images[0].after_paragraph <= 1:
        # Right under the opening paragraph (a lead kept in the body): the article's own
        # picture leads; the named one is mostly another crop of it.
        images[0].lead = True
        return images
    return [named] + images


def _path(url: str | None) -> str:
    """The address without scheme, query or fragment."""
    return (url or "").split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0].lower()


def assemble(parts: Parts, meta: Metadata | None, source: Source) -> Article:
    """Return the Article for these parts; metadata wins over what the text implies."""
    meta = meta or Metadata()
    title = meta.title or parts.title
    published = rfc3339(meta.published) or rfc3339(
        parts.dateline.date if parts.dateline else None) or rfc3339(meta.searched_date)
    text = article_text(parts)
    language = meta.language or detect_language(" ".join(filter(None, [title, text])))
    return Article(
        source=source,
        language=language,
        title=title,
        dateline=parts.dateline,
        published=published,
        authors=list(meta.authors) or parts.authors,
        summary=meta.summary or parts.summary,
        body=parts.body,
        quotes=parts.quotes,
        related=parts.related,
        text=text,
        lists=parts.lists,
        tables=parts.tables,
        images=placed_images(parts, meta),
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
        modified=not_before(rfc3339(meta.modified), published),
        section=meta.section,
        tags=meta.tags,
        free_access=meta.free_access,
        page_type=meta.page_type,
    )
