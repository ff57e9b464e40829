"""The article tree: plain dataclasses in the order of the output contract (spec/output.md)."""

from __future__ import annotations

from dataclasses import Field, dataclass, field, fields
from typing import Any, dataclass_transform  # typing is loaded by Click already

SCHEMA_VERSION = 2


class Record:
    """Base of the dataclasses here: one shared `repr` and `==` instead of one per class.

    `@dataclass` builds each generated method with its own `exec`; leaving out `repr` and
    `eq` (`record` below) halves the cost of defining a class, a few ms of every start-up.
    These two behave like the generated ones.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        args = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in _fields(self) if f.repr)
        return f"{type(self).__qualname__}({args})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = [f.name for f in _fields(self) if f.compare]
        return [getattr(self, n) for n in names] == [getattr(other, n) for n in names]

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: as @dataclass


def _fields(obj: Any) -> tuple[Field, ...]:
    return fields(obj)


@dataclass_transform(field_specifiers=(field,))
def record(cls: type) -> type:
    """`@dataclass(slots=True)` with the shared `repr` and `==` of `Record` (subclass it).

    Give each class a docstring: without one, `@dataclass` writes one from
    `inspect.signature`, the slowest step of building the class.
    """
    return dataclass(slots=True, repr=False, eq=False)(cls)


@record
class Source(Record):
    """Where an article came from: input name, kind, URL, format, fetch time, SHA-256."""

    input: str | None = None
    kind: str = "file"  # "file" | "stdin" | "url" | "warc"
    url: str | None = None
    format: str | None = None  # "html" | "text"; None until the input is read as either
    fetched_at: str | None = None
    sha256: str | None = None


@record
class Dateline(Record):
    """A dateline as written, with the date, place and agency read from it."""

    raw: str
    date: str | None = None
    place: str | None = None
    agency: str | None = None


@record
class ListSpan(Record):
    """Body paragraphs `start` .. `start + count - 1` (counted across sections, as
    `after_paragraph` counts them) are the items of one list."""

    start: int
    count: int
    ordered: bool = False


@record
class TableSpan(Record):
    """Body paragraphs `start` .. `start + count - 1` (counted across sections) are the rows of
    one table, each row's cells joined by " | "; `rows` gives the cells, `header` whether the
    first row heads the columns."""

    start: int
    count: int
    rows: list[list[str]] = field(default_factory=list)
    header: bool = False


@record
class Section(Record):
    """A body section: an optional heading and its paragraphs (list items and table rows are
    paragraphs too, one each; the article's `lists` and `tables` say which)."""

    heading: str | None = None
    paragraphs: list[str] = field(default_factory=list)


@record
class Quote(Record):
    """A pull quote kept out of the body, with its speaker and role."""

    text: str
    speaker: str | None = None
    role: str | None = None
    after_paragraph: int = 0


@record
class RelatedItem(Record):
    """One link of a related-materials block."""

    title: str
    url: str | None = None


@record
class Related(Record):
    """A related-materials block kept out of the body."""

    label: str | None = None
    items: list[RelatedItem] = field(default_factory=list)
    after_paragraph: int = 0


@record
class Image(Record):
    """One of the article's own pictures: its largest version's absolute URL, the caption
    without its credit, the credit, the alt text, whether it leads the article, and how many
    body paragraphs come before it."""

    url: str | None = None
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None
    lead: bool = False
    after_paragraph: int = 0


@record
class Article(Record):
    """The parsed article, fields in the order of the output contract."""

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
    lists: list[ListSpan] = field(default_factory=list)
    tables: list[TableSpan] = field(default_factory=list)
    # What the page says of itself besides its text (schema version 2).
    images: list[Image] = field(default_factory=list)
    canonical_url: str | None = None
    site_name: str | None = None
    modified: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    free_access: bool | None = None
    page_type: str | None = None


@record
class ErrorInfo(Record):
    """Why an input failed: error type, message and the HTTP status of a refused response."""

    type: str
    message: str
    status: int | None = None


@record
class ErrorRecord(Record):
    """What a failed input leaves in an NDJSON stream instead of an article."""

    schema_version: int = SCHEMA_VERSION
    source: Source = field(default_factory=Source)
    error: ErrorInfo = field(default_factory=lambda: ErrorInfo("error", ""))


@record
class Block(Record):
    """One unit of cleaned input (a paragraph-like run of text) with what the markup said of it.

    Both plain text and HTML are turned into a list of blocks, so segmentation sees one shape.
    `hint` is None for plain text (shape decides), or "heading", "paragraph", "quote",
    "related", "summary", "lead" (a standfirst that is also the body's first paragraph) when
    the HTML markup already told.
    """

    text: str
    hint: str | None = None
    speaker: str | None = None
    role: str | None = None
    label: str | None = None
    items: list[RelatedItem] = field(default_factory=list)
    # A list item or table row (hint "paragraph"): "item" or "row"; `group` tells the list or
    # table it belongs to, `cells` a row's cells.
    kind: str | None = None
    group: int | None = None
    ordered: bool = False
    cells: list[str] | None = None


@record
class Metadata(Record):
    """What a page says of itself outside the running text (HTML meta tags, JSON-LD)."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    language: str | None = None
    summary: str | None = None
    url: str | None = None
    # A date found by searching the page's text and URL when its markup states none: it
    # yields to a dateline's date.
    searched_date: str | None = None
    images: list[Image] = field(default_factory=list)
    # Per image, the text of the body paragraph it follows (None: it comes before them all),
    # turned into `after_paragraph` once the body's paragraphs are counted.
    image_anchors: list[str | None] = field(default_factory=list)
    # The picture the page names for sharing (JSON-LD image, og:image): the lead when the
    # article shows none before its text.
    lead_image: Image | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    modified: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    free_access: bool | None = None
    page_type: str | None = None
