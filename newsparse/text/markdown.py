"""Markdown, as extractors and reader services write articles out, read as plain blocks.

Headings become heading hints; links, emphasis, quote marks, images and rules become plain
text (a line that is only a link keeps the address, for related blocks).
"""

from __future__ import annotations

import re
from functools import cache
from types import SimpleNamespace

from ..model import Block

# ATX headings, links, emphasis, block quotes, images and rules. Compiled on first use:
# plain text needs none. Each pattern runs in time linear in its line: a link's text holds
# no "[", its address no "](" and strong text no "**", so a match tried at one "[" or "**"
# never reads past where the next one starts ("[a](" * n took quadratic time otherwise).
_MD_LINK = r"(?<!!)\[([^\[\]\n]+)\]\((\S(?:[^\s)\]]|\](?!\())*)(?:\s+\"[^\"]*\")?\)"


@cache
def _md() -> SimpleNamespace:
    return SimpleNamespace(
        heading=re.compile(r"^(#{1,6})[ \t]+(.+)$"),  # closing "#"s are stripped after
        link=re.compile(_MD_LINK),
        image=re.compile(r"!\[[^\[\]\n]*\]\((?:[^)\n\]]|\](?!\())*\)"),
        emphasis=re.compile(r"\*\*(?=\S)((?:[^*\n]|\*(?!\*))+?)(?<=\S)\*\*"  # **strong**
                            r"|__(?=\S)((?:[^_\n]|_(?!_))+?)(?<=\S)__"  # __strong__
                            r"|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)"),  # *emphasis*
        quote=re.compile(r"^[ \t]*>[ \t]?", re.M),
        rule=re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$"),
        setext=re.compile(r"[ \t]*(?:=+|-{2,})[ \t]*$"),  # the line under a heading
    )


# The header reader services write above a page's Markdown ("Title: …", "URL Source: …",
# "Published Time: …", then "Markdown Content:"): its fields, by the names they go by here.
READER_FIELDS = {"title": "title", "url source": "url", "published time": "published"}
_READER_END = "markdown content:"
_HEADER_SPAN = 4000  # characters: the header is a few short lines


def reader_header(text: str) -> tuple[dict[str, str], str]:
    """The fields of a reader service's header and the Markdown under it; ({}, text) for
    text without one. Every line above "Markdown Content:" must read "Name: value"."""
    start = text.lstrip("\ufeff \t\r\n")
    if not start.lower().startswith(tuple(f"{k}:" for k in READER_FIELDS)):
        return {}, text
    head, sep, rest = start[:_HEADER_SPAN].partition("\nMarkdown Content:")
    if not sep:
        return {}, text
    fields: dict[str, str] = {}
    for line in head.splitlines():
        name, colon, value = line.partition(":")
        if not line.strip():
            continue
        if not colon or len(name.split()) > 3:
            return {}, text  # running text above the marker: no header after all
        if (key := READER_FIELDS.get(name.strip().lower())) and value.strip():
            fields[key] = value.strip()
    return fields, rest + start[_HEADER_SPAN:]


def looks_like_markdown(text: str) -> bool:
    """Headings marked with "#", or links written [text](url): Markdown, not plain text."""
    # Substring tests first: most plain text has neither, and they cost no regex scan.
    heading = (text.startswith("#") or "\n#" in text) and re.search(r"^#{1,6}[ \t]+\S", text, re.M)
    return bool(heading or ("](" in text and _md().link.search(text)))


def _md_line(line: str) -> str:
    """One line of Markdown as plain text. A line that is only a link (after a bullet or a
    "Read also:" label) keeps the link's address after its title, for related blocks."""
    md = _md()
    line = md.image.sub("", line)
    line = _twice(md.emphasis, lambda m: m[1] or m[2] or m[3], line)
    # A link inside another's text or address ("[A [B](u)](v)") is read first, so the
    # outer one is a plain link the next pass reads.
    if md.link.search(inner := md.link.sub(lambda m: m[1], line)):
        line = inner
    links = list(md.link.finditer(line))
    if len(links) == 1 and not line[links[0].end():].strip() and \
            len(line[:links[0].start()].strip(" -*+•:")) <= 40:
        m = links[0]
        return f"{line[:m.start()]}{m[1]} {m[2]}"
    return md.link.sub(lambda m: m[1], line)


def _twice(pattern: re.Pattern[str], repl, line: str) -> str:
    """Markup nested once in its own kind ("**a **b** c**") needs a second pass: the patterns
    read the innermost pair. Two passes stay linear in the line; deeper nesting stays."""
    once = pattern.sub(repl, line)
    return pattern.sub(repl, once) if once != line else once


def markdown_block(chunk: str) -> Block | None:
    """One Markdown block as a Block: a heading keeps its level's meaning, the rest is text."""
    md = _md()
    chunk = md.quote.sub("", chunk).strip("\n")
    lines = chunk.strip().split("\n")
    if len(lines) == 2 and md.setext.match(lines[1]) and lines[0].strip():
        return Block(text=_md_line(lines[0]).strip(), hint="heading")  # "Title\n====="
    m = md.heading.match(chunk.strip()) if len(lines) == 1 else None
    if m:  # the heading's text, without the "#"s that may close it ("## Title ##")
        text = m[2][:1] + m[2][1:].rstrip(" \t#")
        return Block(text=_md_line(text).strip(), hint="heading")
    lines = [_md_line(line) for line in chunk.split("\n") if not md.rule.match(line)]
    text = "\n".join(line for line in lines if line.strip())
    return Block(text=text) if text.strip() else None
