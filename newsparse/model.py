"""The article tree: plain dataclasses in the order of the output contract (spec/output.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = 1


@dataclass(slots=True)
class Source:
    input: str | None = None
    kind: str = "file"  # "file" | "stdin" | "url" | "warc"
    url: str | None = None
    format: str = "text"  # "html" | "text"
    fetched_at: str | None = None
    sha256: str | None = None


@dataclass(slots=True)
class Dateline:
    raw: str
    date: str | None = None
    place: str | None = None
    agency: str | None = None


@dataclass(slots=True)
class Section:
    heading: str | None = None
    paragraphs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    text: str
    speaker: str | None = None
    role: str | None = None
    after_paragraph: int = 0


@dataclass(slots=True)
class RelatedItem:
    title: str
    url: str | None = None


@dataclass(slots=True)
class Related:
    label: str | None = None
    items: list[RelatedItem] = field(default_factory=list)
    after_paragraph: int = 0


@dataclass(slots=True)
class Article:
    schema_version: int = SCHEMA_VERSION
    source: Source = field(default_factory=Source)
    language: str | None = None
    title: str | None = None
    dateline: Dateline | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    summary: str | None = None
    body: list[Section] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    text: str = ""


@dataclass(slots=True)
class ErrorInfo:
    type: str
    message: str


@dataclass(slots=True)
class ErrorRecord:
    """What a failed input leaves in an NDJSON stream instead of an article."""

    schema_version: int = SCHEMA_VERSION
    source: Source = field(default_factory=Source)
    error: ErrorInfo = field(default_factory=lambda: ErrorInfo("error", ""))


@dataclass(slots=True)
class Block:
    """One unit of cleaned input (a paragraph-like run of text) with what the markup said of it.

    Both plain text and HTML are turned into a list of blocks, so segmentation sees one shape.
    `hint` is None for plain text (shape decides), or "heading", "paragraph", "quote",
    "related", "summary" when the HTML markup already told.
    """

    text: str
    hint: str | None = None
    speaker: str | None = None
    role: str | None = None
    label: str | None = None
    items: list[RelatedItem] = field(default_factory=list)


@dataclass(slots=True)
class Metadata:
    """What a page says of itself outside the running text (HTML meta tags, JSON-LD)."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    language: str | None = None
    summary: str | None = None
    url: str | None = None
