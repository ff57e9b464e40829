"""HTML pages to Blocks: trafilatura finds the article, its XML keeps the structure."""

from __future__ import annotations

from .model import Block, Metadata


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _walk(body) -> list[Block]:
    blocks: list[Block] = []
    for el in body.iterchildren():
        tag = el.tag
        if tag == "head":
            blocks.append(Block(_text(el), hint="heading"))
        elif tag == "quote":
            blocks.append(Block(_text(el), hint="quote"))
        elif tag == "list":
            for item in el.iterchildren("item"):
                blocks.append(Block(_text(item), hint="paragraph"))
        else:
            blocks.append(Block(_text(el), hint="paragraph"))
    return [b for b in blocks if b.text]


def extract(html: str, url: str | None = None) -> tuple[list[Block], Metadata]:
    """Return the article's blocks and metadata, using trafilatura's extraction."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False,
    )
    if doc is None or doc.body is None:
        return [], Metadata(url=url)
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    meta = Metadata(
        title=doc.title, authors=authors, published=doc.date, language=doc.language,
        summary=None, url=doc.url or url,
    )
    return _walk(doc.body), meta
