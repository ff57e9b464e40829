"""Blocks to article parts: title and dateline, sections, quote callouts, related blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import classify as cl
from .model import Block, Dateline, Quote, Related, RelatedItem, Section

_URL = re.compile(r"https?://\S+")
_BULLET = re.compile(r"^\s*(?:[-*•·–—>»]|\d+[.)])\s+")


@dataclass(slots=True)
class Parts:
    title: str | None = None
    dateline: Dateline | None = None
    summary: str | None = None
    body: list[Section] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)

    def paragraph_count(self) -> int:
        return sum(len(s.paragraphs) for s in self.body)

    def add_paragraph(self, text: str) -> None:
        if not self.body:
            self.body.append(Section())
        self.body[-1].paragraphs.append(text)


def _item(line: str) -> RelatedItem | None:
    line = _BULLET.sub("", line).strip()
    url = None
    m = _URL.search(line)
    if m:
        url = m.group(0).rstrip(").,;»”")
        line = (line[: m.start()] + line[m.end():]).strip(" -–—|()[]<>:")
    return RelatedItem(title=cl.norm_space(line), url=url) if line or url else None


def related_items(lines: list[str]) -> list[RelatedItem]:
    """Turn the lines of a related block (titles, bullets, URLs) into items."""
    return [it for it in (_item(line) for line in lines if line.strip()) if it]


def split_title(blocks: list[Block]) -> tuple[str | None, Dateline | None, list[Block]]:
    """Take the headline (and a "date …" dateline written with it) off plain-text blocks."""
    if not blocks:
        return None, None, blocks
    first, rest = blocks[0], blocks[1:]
    lines = first.text.strip().split("\n")
    headline = lines[0]
    dateline = None
    found = cl.match_headline_dateline(headline)
    if found:
        dateline, headline = found
    elif not (cl.looks_like_heading(headline) or len(headline.split()) <= 25):
        return None, None, blocks  # starts straight with running text: no headline
    remaining = "\n".join(lines[1:]).strip()
    if remaining:
        rest = [Block(remaining, hint=first.hint), *rest]
    return cl.norm_space(headline) or None, dateline, rest


def _take_wire_dateline(parts: Parts, text: str, year: int | None) -> str:
    found = cl.match_wire_dateline(text, year)
    if not found:
        return text
    wire, rest = found
    if parts.dateline is None:
        parts.dateline = wire
    else:  # "date 2024-05-21" on the headline line, "MOSCOW — TASS." in the lead
        d = parts.dateline
        d.place, d.agency, d.date = d.place or wire.place, d.agency or wire.agency, d.date or wire.date
    return rest


def _add_related(parts: Parts, label: str | None, inline: str, lines: list[str],
                 items: list[RelatedItem] | None = None) -> None:
    found = list(items or [])
    if inline:
        found.extend(related_items([inline]))
    found.extend(related_items(lines))
    parts.related.append(Related(label=label, items=found, after_paragraph=parts.paragraph_count()))


def _classify_block(parts: Parts, block: Block, elsewhere: str, year: int | None) -> None:
    text = block.text.strip()
    lines = text.split("\n")
    if block.hint == "related":
        _add_related(parts, block.label, "", [], block.items)
        return
    if block.hint == "quote":
        parts.quotes.append(Quote(text=cl.norm_space(text), speaker=block.speaker, role=block.role,
                                  after_paragraph=parts.paragraph_count()))
        return
    label = cl.match_related_label(lines[0])
    if label:
        _add_related(parts, label[0], label[1], lines[1:])
        return
    flat = cl.norm_space(text)
    if block.hint is None:
        # Before headings: a short callout has a heading's shape too.
        callout = cl.match_callout(flat, elsewhere)
        if callout:
            quote, speaker, role = callout
            parts.quotes.append(Quote(quote, speaker, role, parts.paragraph_count()))
            return
    if block.hint == "heading" or (block.hint is None and cl.looks_like_heading(text)):
        parts.body.append(Section(heading=flat))
        return
    if parts.paragraph_count() == 0:
        flat = _take_wire_dateline(parts, flat, year)
    parts.add_paragraph(flat)


def segment(blocks: list[Block], year: int | None = None, title: str | None = None) -> Parts:
    """Sort blocks into the article's parts, in reading order.

    `title`: the title known from metadata; without it the first block is the headline.
    `year` resolves wire datelines that give only day and month.
    """
    parts = Parts()
    if title is None:
        parts.title, parts.dateline, blocks = split_title(blocks)
        if parts.dateline and parts.dateline.date and year is None:
            year = int(parts.dateline.date[:4])
    else:
        parts.title = title
        blocks = _drop_title_heading(blocks, title)
    for b in blocks:
        if b.hint == "summary" and parts.summary is None:
            parts.summary = cl.norm_space(b.text)
    blocks = [b for b in blocks if b.hint != "summary"]
    all_text = "\n".join(b.text for b in blocks)
    for block in blocks:
        # The rest of the article, for "does this name appear elsewhere" tests.
        elsewhere = all_text.replace(block.text, " ", 1)
        _classify_block(parts, block, elsewhere, year)
    _drop_trailing_headings(parts)
    return parts


def _drop_title_heading(blocks: list[Block], title: str) -> list[Block]:
    """The page's <h1> repeats the title; it is not a section heading."""
    key = cl.norm_space(title).casefold()
    for i, b in enumerate(blocks[:3]):
        if b.hint == "heading" and cl.norm_space(b.text).casefold() == key:
            return blocks[:i] + blocks[i + 1:]
    return blocks


def _drop_trailing_headings(parts: Parts) -> None:
    """A heading with nothing after it was a caption or a stray line, not a section."""
    while parts.body and parts.body[-1].heading and not parts.body[-1].paragraphs \
            and len(parts.body) > 1:
        last = parts.body.pop()
        parts.add_paragraph(last.heading or "")
