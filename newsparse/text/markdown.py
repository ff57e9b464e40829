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
# plain text needs none.
_MD_LINK = r"(?<!!)\[([^\]\n]+)\]\((\S+?)(?:\s+\"[^\"]*\")?\)"


@cache
def _md() -> SimpleNamespace:
    return SimpleNamespace(
        heading=re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$"),
        link=re.compile(_MD_LINK),
        image=re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),
        emphasis=re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"  # **strong**, __strong__
                            r"|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)"),  # *emphasis*
        quote=re.compile(r"^[ \t]*>[ \t]?", re.M),
        rule=re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$"),
    )


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
    line = md.emphasis.sub(lambda m: m[2] or m[3], line)
    links = list(md.link.finditer(line))
    if len(links) == 1 and not line[links[0].end():].strip() and \
            len(line[:links[0].start()].strip(" -*+•:")) <= 40:
        m = links[0]
        return f"{line[:m.start()]}{m[1]} {m[2]}"
    return md.link.sub(lambda m: m[1], line)


def markdown_block(chunk: str) -> Block | None:
    """One Markdown block as a Block: a heading keeps its level's meaning, the rest is text."""
    md = _md()
    chunk = md.quote.sub("", chunk).strip("\n")
    m = md.heading.match(chunk.strip()) if "\n" not in chunk.strip() else None
    if m:
        return Block(text=_md_line(m[2]).strip(), hint="heading")
    lines = [_md_line(line) for line in chunk.split("\n") if not md.rule.match(line)]
    text = "\n".join(line for line in lines if line.strip())
    return Block(text=text) if text.strip() else None
