"""Text and HTML to one shape: a list of Blocks (plus the page's metadata for HTML).

Plain text is split on blank lines and Markdown read as plain blocks (text/markdown.py);
HTML is read by the html package, and markup-level hints ride along on each Block.
"""

from __future__ import annotations

import re

from .errors import ExtractError
from .model import Block, Metadata
from .text.markdown import looks_like_markdown, markdown_block, reader_header

_BLANK = re.compile(r"\n[ \t\u00a0]*\n+")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def text_header(text: str) -> tuple[Metadata | None, str]:
    """A reader service's "Title: / URL Source: / Published Time:" header as metadata, and
    the Markdown under it (None and the text when there is no such header)."""
    fields, rest = reader_header(text)
    if not fields:
        return None, text
    url = fields.get("url", "")
    return Metadata(title=fields.get("title"),
                    url=url if url.startswith(("http://", "https://")) else None,
                    published=_iso_time(fields.get("published"))), rest


def _iso_time(value: str | None) -> str | None:
    """The time as ISO 8601: as written when it is, else read as an e-mail style date."""
    if not value:
        return None
    if _ISO.match(value):
        return value
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def text_blocks(text: str, markdown: bool | None = None) -> list[Block]:
    """Split plain text into blocks at blank lines (or at line ends when it has none);
    Markdown (`markdown`, or detected when None) is read as Markdown."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    chunks = [c.strip("\n") for c in _BLANK.split(text)]
    chunks = [c for c in chunks if c.strip()]
    # Text copied from a page often has one paragraph per line and no blank lines at all.
    if len(chunks) <= 2 and text.count("\n") >= 4:
        chunks = [line for line in text.split("\n") if line.strip()]
    if looks_like_markdown(text) if markdown is None else markdown:
        return [b for c in chunks if (b := markdown_block(c)) is not None]
    return [Block(text=c) for c in chunks]


def html_blocks(html: str, url: str | None = None) -> tuple[list[Block], Metadata]:
    """Extract the article from an HTML page as blocks, with the page's metadata."""
    from .html import extract  # lxml and trafilatura load only for HTML input

    blocks, meta = extract(html, url)
    if not any(b.hint in (None, "paragraph", "heading", "lead") and b.text.strip() for b in blocks):
        raise ExtractError("no article text found")
    return blocks, meta
