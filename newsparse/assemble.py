"""Parts and metadata into the final Article: published date, language, clean text."""

from __future__ import annotations

import re

from .model import Article, Metadata, Source
from .text.language import detect_language
from .text.segment import Parts

_YEAR = re.compile(r"(\d{4})")


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


def assemble(parts: Parts, meta: Metadata | None, source: Source) -> Article:
    """Return the Article for these parts; metadata wins over what the text implies."""
    meta = meta or Metadata()
    title = meta.title or parts.title
    published = meta.published or (parts.dateline.date if parts.dateline else None) \
        or meta.searched_date
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
    )
