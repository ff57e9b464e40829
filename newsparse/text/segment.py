"""Blocks to article parts: title and dateline, sections, quote callouts, related blocks."""

from __future__ import annotations

from dataclasses import field

from .. import patterns as pt
from ..model import (
    Block,
    Dateline,
    ListSpan,
    Quote,
    Record,
    Related,
    RelatedItem,
    Section,
    TableSpan,
    record,
)
from .callouts import Mentions, callout_candidate, clean_quote, ends_in_title, split_candidate
from .datelines import (
    match_date_line,
    match_wire_dateline,
)
from .echoes import echo_blocks
from .headline import drop_title_heading, split_title
from .lines import (
    ends_sentence,
    is_caption,
    looks_like_heading,
    match_byline,
    match_related_label,
    match_topic_label,
    norm_space,
)
from .related import (
    BULLET,
    URL,
    item_count,
    learn_titles,
    related_items,
    repeated_lines,
    sentence_shaped,
    take_shape_box,
    take_titles,
)


@record
class Parts(Record):
    """The article's parts as segmentation finds them, in reading order."""

    title: str | None = None
    dateline: Dateline | None = None
    authors: list[str] = field(default_factory=list)
    summary: str | None = None
    body: list[Section] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    lists: list[ListSpan] = field(default_factory=list)
    tables: list[TableSpan] = field(default_factory=list)
    # How many quotes and related blocks existed when the last heading was added, so that
    # a heading found to be a plain line later can move them one paragraph on.
    heading_marks: tuple[int, int] = (0, 0)
    # Whether the last heading was guessed from its shape (plain text) rather than marked up:
    # only a guessed heading may turn out to be a plain line.
    heading_guessed: bool = False

    # Body paragraphs so far, kept as a count: every block asks for it.
    n_paragraphs: int = 0
    # Whether the lead paragraph has passed: a wire dateline can only open it.
    lead_seen: bool = False
    # The list or table the last paragraph belonged to (Block.group), so that its next item
    # or row extends the same span.
    open_group: int | None = None

    def paragraph_count(self) -> int:
        return self.n_paragraphs

    def add_paragraph(self, text: str, unit: Block | None = None) -> None:
        if not self.body:
            self.body.append(Section())
        if unit is not None and unit.kind:
            self._extend_span(unit)
        else:
            self.open_group = None
        self.body[-1].paragraphs.append(text)
        self.n_paragraphs += 1

    def _extend_span(self, unit: Block) -> None:
        """Count the next paragraph into its list or table, opening a span where one starts."""
        at = self.n_paragraphs
        spans: list = self.lists if unit.kind == "item" else self.tables
        last = spans[-1] if spans else None
        if last is None or self.open_group != unit.group or last.start + last.count != at:
            last = ListSpan(at, 0, unit.ordered) if unit.kind == "item" else TableSpan(
                at, 0, header=unit.kind == "head")
            spans.append(last)
        last.count += 1
        if isinstance(last, TableSpan):
            last.rows.append(list(unit.cells or [unit.text]))
        self.open_group = unit.group

    def add_heading(self, text: str, guessed: bool = True) -> None:
        if guessed and self.ends_with_empty_guess():
            demote_last_heading(self)  # two headings in a row: the first was a plain line
        self.body.append(Section(heading=text))
        self.open_group = None
        self.heading_marks = (len(self.quotes), len(self.related))
        self.heading_guessed = guessed

    def ends_with_empty_guess(self) -> bool:
        last = self.body[-1] if self.body else None
        return bool(last and last.heading and not last.paragraphs and self.heading_guessed)


def demote_last_heading(parts: Parts) -> None:
    """Turn an empty last section's heading into a paragraph of the section before it."""
    last = parts.body.pop()
    parts.add_paragraph(last.heading or "")
    n_quotes, n_related = parts.heading_marks
    for quote in parts.quotes[n_quotes:]:
        quote.after_paragraph += 1
    for related in parts.related[n_related:]:
        related.after_paragraph += 1


def _take_wire_dateline(parts: Parts, text: str, year: int | None) -> str:
    found = match_wire_dateline(text, year)
    if not found:
        return text
    wire, rest = found
    if parts.dateline is None:
        parts.dateline = wire
    else:  # "date 2024-05-21" on the headline line, "MOSCOW — TASS." in the lead
        d = parts.dateline
        d.place, d.agency = d.place or wire.place, d.agency or wire.agency
        d.date = d.date or wire.date
    return rest


def _add_related(parts: Parts, label: str | None, inline: str, lines: list[str],
                 items: list[RelatedItem] | None = None) -> None:
    found = list(items or [])
    if inline:
        found.extend(related_items([inline]))
    found.extend(related_items(lines))
    parts.related.append(Related(label=label, items=found, after_paragraph=parts.paragraph_count()))


def _split_at_label(parts: Parts, lines: list[str], ctx: _Context) -> bool:
    """A related label inside a block starts a block of its own: the block is cut at every
    label at once (one cut at a time would nest a call per label: 500 labels in one block
    ran out of stack) and each part classified."""
    cuts = [i for i in range(1, len(lines)) if match_related_label(lines[i])]
    if not cuts:
        return False
    bounds = [0, *cuts, len(lines)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        _classify_block(parts, Block("\n".join(lines[start:end])), ctx)
    return True


def _plain_sentence(text: str) -> bool:
    """A one-line block ending in a period, with no label before a colon: a paragraph."""
    return text.endswith(".") and "\n" not in text and ":" not in text[:60] and (
        "|" not in text[:60]) and not ends_in_title(text)


def _list_items(lines: list[str]) -> list[str] | None:
    """The items of a bulleted list block (an intro line may come first), else None."""
    if len(lines) < 2 or not all(BULLET.match(ln) for ln in lines[1:]):
        return None
    items = [norm_space(BULLET.sub("", ln)) for ln in lines[1:]]
    first = lines[0]
    return [norm_space(BULLET.sub("", first)) if BULLET.match(first) else norm_space(first),
            *items]


_CALLOUT_TRIES = 200  # callout-shaped blocks tried per article (evaluation texts: 62 at most)


class _Context:
    """What classifying one block needs to know about the whole article."""

    __slots__ = ("all_text", "year", "_mentions", "open_related", "callout_tries")

    def __init__(self, all_text: str, year: int | None) -> None:
        self.all_text = all_text
        self.year = year
        self._mentions: Mentions | None = None
        self.callout_tries = 0
        # A related label that stood alone: segment() gives it the title lines after it.
        self.open_related: Related | None = None

    def try_callout(self, flat: str) -> tuple[str, str, str | None] | None:
        """The block as a pull quote, while fewer than _CALLOUT_TRIES blocks have been tried:
        each try counts names over the whole article, so an unbounded number of tries grows
        with the square of the text; an article has a handful of pull quotes, not hundreds."""
        if self.callout_tries >= _CALLOUT_TRIES or (candidate := callout_candidate(flat)) is None:
            return None
        self.callout_tries += 1
        return split_candidate(candidate, self.mentions)

    @property
    def mentions(self) -> Mentions:
        # Built once, and only for articles that have a callout-shaped block.
        if self._mentions is None:
            self._mentions = Mentions(self.all_text)
        return self._mentions


def _classify_plain(parts: Parts, text: str, lines: list[str], ctx: _Context) -> None:
    """Shape decides for a plain-text block: callout, heading, list or paragraph."""
    items = _list_items(lines)
    if items:
        # Lists are told apart by where they start: no two start at the same paragraph.
        unit = Block("", kind="item", group=-1 - parts.n_paragraphs,
                     ordered=lines[-1][:1].isdigit())
        for item in items:
            parts.add_paragraph(item, unit)
        return
    flat = norm_space(text)
    if (not ends_sentence(flat) or ends_in_title(flat)) and not is_caption(flat):
        # Before headings: a short callout has a heading's shape too.
        callout = ctx.try_callout(flat)
        if callout:
            quote, speaker, role = callout
            parts.quotes.append(Quote(quote, speaker, role, parts.paragraph_count()))
            return
    if looks_like_heading(text):
        parts.add_heading(flat)
        return
    _add_body_paragraph(parts, flat, ctx.year)


def _add_body_paragraph(parts: Parts, flat: str, year: int | None,
                        unit: Block | None = None) -> None:
    if not parts.lead_seen and unit is None:  # the wire dateline opens the lead, maybe
        flat = _take_wire_dateline(parts, flat, year)  # after a photo credit
        parts.lead_seen = not is_caption(flat)
    if flat:
        parts.add_paragraph(flat, unit)


def _classify_block(parts: Parts, block: Block, ctx: _Context) -> None:
    text = block.text.strip()
    if block.hint == "related":
        _add_related(parts, block.label, "", [], block.items)
        return
    if block.hint == "lead":
        parts.add_paragraph(norm_space(text))  # the standfirst: the lead comes after it
        return
    if block.hint == "quote":
        parts.quotes.append(Quote(text=norm_space(text), speaker=block.speaker, role=block.role,
                                  after_paragraph=parts.paragraph_count()))
        return
    if block.hint is None and _plain_sentence(text):
        _add_body_paragraph(parts, norm_space(text), ctx.year)  # most blocks end here
        return
    lines = text.split("\n")
    if block.hint is None and len(lines) > 1 and _split_at_label(parts, lines, ctx):
        return
    label = match_related_label(lines[0])
    if label and not sentence_shaped(label[1]):
        n = item_count(lines)
        _add_related(parts, label[0], label[1], lines[1:n])
        if not parts.related[-1].items:
            ctx.open_related = parts.related[-1]
        if lines[n:]:  # prose right under the links, with no blank line between
            _classify_block(parts, Block("\n".join(lines[n:])), ctx)
        return
    if block.hint is None:
        _classify_plain(parts, text, lines, ctx)
    elif block.hint == "heading":
        parts.add_heading(norm_space(text), guessed=False)
    else:
        _add_body_paragraph(parts, norm_space(text), ctx.year, block if block.kind else None)


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
        blocks = drop_title_heading(blocks, title)
    for b in blocks:
        if b.hint == "summary" and parts.summary is None:
            parts.summary = norm_space(b.text)
    blocks = _drop_fine_print([b for b in blocks if b.hint != "summary"])
    # The whole article, for "does this name appear elsewhere" tests.
    ctx = _Context("\n".join([parts.title or "", *(b.text for b in blocks)]), year)
    # Plain text only: HTML marks its pull quotes, and its blocks all carry hints.
    plain = any(b.hint is None for b in blocks)
    echoes = echo_blocks([b.text.strip() for b in blocks]) if plain else set()
    labels = repeated_lines(blocks) if plain else frozenset()
    at = 0
    box_end = -1  # where the last box of link titles ended
    known: set[str] = set()  # the titles of the boxes read so far
    learned = 0  # how many of parts.related are in `known`
    while at < len(blocks):
        block = blocks[at]
        at += 1
        learned = learn_titles(known, parts.related, learned)
        if _take_byline(parts, block) or _take_date_line(parts, block):
            continue
        if block.hint is None and at - 1 in echoes:  # a pull quote repeating the body's words
            parts.quotes.append(Quote(clean_quote(norm_space(block.text)), None, None,
                                      parts.paragraph_count()))
            continue
        if block.hint is None and (label := match_topic_label(block.text)):
            topic = Related(label=label, items=[], after_paragraph=parts.paragraph_count())
            resume, heading = take_titles(topic, blocks, at)
            if topic.items:  # link titles follow: a label, not a section heading
                parts.related.append(topic)
                at = _resume(parts, blocks, resume, heading)
                continue
        if block.hint is None and parts.n_paragraphs and (box := take_shape_box(
                blocks, at, labels, parts.paragraph_count(), at - 1 == box_end, known)):
            parts.related.append(box[0])
            at = box_end = _resume(parts, blocks, box[1], box[2])
            continue
        _classify_block(parts, block, ctx)
        if ctx.open_related is not None:
            # A lone label: the title lines after it are its items, up to prose or a heading.
            at = _resume(parts, blocks, *take_titles(ctx.open_related, blocks, at))
            ctx.open_related = None
    _drop_trailing_headings(parts)
    return parts


def _resume(parts: Parts, blocks: list[Block], at: int, heading: bool) -> int:
    """Where reading goes on after a widget's titles; the heading that ended them is added."""
    if heading:
        parts.add_heading(norm_space(blocks[at].text))
        return at + 1
    return at


_NOTICE_LEN = 400  # characters: a rights notice is a line or two, never a paragraph of prose


def _fine_print(block: Block) -> bool:
    text = block.text.strip()
    return block.hint in (None, "paragraph") and len(text) <= _NOTICE_LEN and bool(
        pt.COPYRIGHT_RE.search(text) or pt.PAGE_TOOLS_RE.fullmatch(text))


def _drop_fine_print(blocks: list[Block]) -> list[Block]:
    """"© 2024 City Times. All rights reserved." or "Share this article" closing a saved page
    is the site's fine print, not the article's last paragraph."""
    end = len(blocks)
    while end and _fine_print(blocks[end - 1]):
        end -= 1
    return blocks[:end]


def _take_byline(parts: Parts, block: Block) -> bool:
    """A byline before the first paragraph names the authors; it is not a heading."""
    if parts.body or parts.quotes or parts.authors or block.hint not in (None, "paragraph"):
        return False
    # "By [Ann Lee](…/authors/ann-lee)": Markdown keeps a lone link's address.
    names = match_byline(URL.sub("", block.text))
    if names:
        parts.authors = names
    return bool(names)


def _take_date_line(parts: Parts, block: Block) -> bool:
    """"Published 12 March 2024" before the first paragraph (after a byline, say) dates the
    article; it is not a heading."""
    if parts.n_paragraphs or block.hint not in (None, "paragraph"):
        return False
    found = match_date_line(block.text)
    if found is None or (parts.dateline is not None and parts.dateline.date is not None):
        return False
    if parts.dateline is None:
        parts.dateline = found
    else:
        parts.dateline.date = found.date
    return True


def _drop_trailing_headings(parts: Parts) -> None:
    """A heading with nothing after it was a caption or a stray line, not a section."""
    while parts.body and parts.body[-1].heading and not parts.body[-1].paragraphs and (
            parts.heading_guessed or len(parts.body) > 1):
        demote_last_heading(parts)
        parts.heading_guessed = False  # what is left was settled before
