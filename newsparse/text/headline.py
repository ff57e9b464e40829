"""The headline: the title line of plain text, a date written with it, and the <h1> that
repeats a known title."""

from __future__ import annotations

from ..model import Block, Dateline
from .datelines import (
    match_date_line,
    match_headline_dateline,
    match_trailing_dateline,
    match_wire_dateline,
)
from .lines import norm_space


def _headline_lines(blocks: list[Block]) -> tuple[list[str], list[Block]]:
    first, rest = blocks[0], blocks[1:]
    lines = [ln for ln in first.text.strip().split("\n") if ln.strip()]
    return lines, rest


def split_title(blocks: list[Block]) -> tuple[str | None, Dateline | None, list[Block]]:
    """Take the headline and a date written with it off plain-text blocks.

    Dates may stand before the headline on its line ("date 2023-02-17 Headline",
    "17.02.2023 Headline"), on a line of their own before it, or on the line after it.
    """
    if not blocks:
        return None, None, blocks
    lines, rest = _headline_lines(blocks)
    dateline = match_date_line(lines[0])
    if dateline:  # a date alone comes first; the headline follows
        lines = lines[1:]
        if not lines and rest:
            lines, rest = _headline_lines(rest)
        if not lines:
            return None, dateline, rest
    headline = lines[0]
    found = None if dateline else (match_headline_dateline(headline)
                                   or match_trailing_dateline(headline))
    if found:
        dateline, headline = found
    elif len(headline.split()) > 25 or match_wire_dateline(headline):
        return None, dateline, [Block("\n".join(lines)), *rest]  # running text: no headline
    if dateline is None:
        dateline, lines, rest = _date_after_headline(lines, rest)
    if lines[1:]:
        rest = [Block("\n".join(lines[1:]), hint=blocks[0].hint), *rest]
    return norm_space(headline) or None, dateline, rest


def _date_after_headline(lines: list[str], rest: list[Block]
                         ) -> tuple[Dateline | None, list[str], list[Block]]:
    """A date on the line or in the block right after the headline."""
    if len(lines) > 1:
        d = match_date_line(lines[1])
        return (d, [lines[0], *lines[2:]], rest) if d else (None, lines, rest)
    if rest and rest[0].hint is None:
        d = match_date_line(rest[0].text)
        if d:
            return d, lines, rest[1:]
    return None, lines, rest



def drop_title_heading(blocks: list[Block], title: str) -> list[Block]:
    """The page's <h1> repeats the title; it is not a section heading."""
    key = norm_space(title).casefold()
    for i, b in enumerate(blocks[:3]):
        if b.hint == "heading" and norm_space(b.text).casefold() == key:
            return blocks[:i] + blocks[i + 1:]
    return blocks
