"""Who said a pull quote: the speaker and the role in a quote box's attribution markup.

An attribution comes in many shapes: "Name, role" on one line, a name line and a role line, a
bold or classed name followed by its role ("<strong>Name</strong> – role", "<b>Name, </b>
<span>role</span>"), a bare name followed by a classed role. The markup's own split is read
first; the text's commas and dashes only when the markup gives none.
"""

from __future__ import annotations

import re

from ..text.lines import norm_space
from .dom import SPACED

# A follow-me button or an icon label beside the name ("LinkedIn", "(opens in a new tab)")
# is no part of who spoke.
_SOCIAL_LINK = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:linkedin\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|"
    r"threads\.net|bsky\.app|mastodon\.\w+|youtube\.com|tiktok\.com)/", re.I)
_SCREEN_READER = re.compile(r"sr-only|visually-hidden|screen-reader|a11y|assistive", re.I)
_NAME_CLASS = re.compile(r"(?<![a-z])(?:name|author|autor|speaker|person)(?![a-z])", re.I)
# A name's own suffixes after a comma: "Jane Doe, Ph.D.", "John Smith Jr."
_SUFFIX = re.compile(r"^(?:(?:[A-Z][a-zA-Z]{0,3}\.){1,3}|Jr\.?|Sr\.?|I{2,3}|IV|MBA|RD|RN|"
                     r"PhD|MD|DO|CPA|Esq\.?)$")
# On a line whose spaces norm_space made single: "Name – role", "Name—role".
_DASH_SPLIT = re.compile(r" [—–-] |[—–]")


def _noise(el) -> bool:
    """An element of the attribution that names nobody: a social profile link, a screen
    reader's note, an icon."""
    if el.tag in ("svg", "button", "img", "picture", "script", "style"):
        return True
    if el.tag == "a" and _SOCIAL_LINK.search(el.get("href") or ""):
        return True
    return bool(_SCREEN_READER.search(el.get("class") or ""))


def lines(node) -> list[str]:
    """The attribution's lines: runs of inline text, broken where a block element starts or
    ends, noise left out."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if text := norm_space("".join(buf)).strip():
            out.append(text)
        buf.clear()

    def walk(e) -> None:
        if e.text:
            buf.append(e.text)
        for child in e:
            if isinstance(child.tag, str) and not _noise(child):
                block = child.tag in SPACED or child.tag == "br"
                if block:
                    flush()
                walk(child)
                if block:
                    flush()
            if child.tail:
                buf.append(child.tail)

    walk(node)
    flush()
    return out


def split_speaker(who: str) -> tuple[str | None, str | None]:
    """(name, role) of a one-line attribution: "Name – role", "Name, role", "Name (role)"."""
    who = norm_space(who).strip(" —–-,")
    if not who:
        return None, None
    role_after = None
    open_at = who.find("(")
    if who.endswith(")") and 0 < open_at == who.rfind("(") and who.count(")") == 1:
        # "Name (writing in X)": the bracket holds the role.
        who, role_after = who[:open_at].strip(), who[open_at + 1:-1].strip() or None
    parts = [p.strip() for p in _DASH_SPLIT.split(who, maxsplit=1)]
    if len(parts) == 2 and parts[0] and parts[1] and len(parts[0].split()) <= 6:
        name, role = parts
    else:
        pieces = [p.strip() for p in who.split(",")]
        # "Jane Doe, Ph.D., mayor": the suffixes stay with the name.
        cut = 1
        while cut < len(pieces) and _SUFFIX.match(pieces[cut]):
            cut += 1
        name, role = ", ".join(pieces[:cut]), ", ".join(p for p in pieces[cut:] if p)
    role = ", ".join(x for x in (role.strip(" ,"), role_after) if x)
    return name.strip(" ,") or None, role or None


def _marked_name(node, depth: int = 0) -> tuple[str, str] | None:
    """(name, rest) when the markup sets the name apart at the line's start: a bold, cited or
    name-classed element first ("<strong>Name</strong> – role"), or the node's own text
    before a classed role ("Name <span class=title>role</span>")."""
    whole = norm_space(" ".join(lines(node)))
    own = norm_space(node.text or "")
    kids = [c for c in node if isinstance(c.tag, str) and not _noise(c) and lines(c)]
    if own and kids and kids[0].tag != "a" and (kids[0].get("class") or kids[0].tag in SPACED):
        rest = whole[len(own):].strip(" ,—–-")
        return (own.strip(" ,"), rest) if whole.startswith(own) and rest else None
    if not kids or own:
        return None
    if len(kids) == 1 and depth < 4 and norm_space(" ".join(lines(kids[0]))) == whole:
        return _marked_name(kids[0], depth + 1)  # a wrapper around the attribution proper
    first = kids[0]
    if first.tag in ("strong", "b", "cite") or _NAME_CLASS.search(first.get("class") or ""):
        name = norm_space(" ".join(lines(first)))
        rest = whole[len(name):].strip(" ,—–-") if whole.startswith(name) else ""
        if name and rest and len(name.split()) <= 8:
            return name.strip(" ,"), rest
    return None


def attribution(nodes) -> tuple[str | None, str | None]:
    """Speaker and role from the attribution's elements."""
    texts = [t for n in nodes for t in lines(n)]
    if not texts:
        return None, None
    if len(nodes) == 1 and len(texts) == 1 and (marked := _marked_name(nodes[0])):
        return marked
    if len(texts) == 1:
        return split_speaker(texts[0])
    name, role = split_speaker(texts[0])
    return name, ", ".join(x for x in [role, *texts[1:]] if x) or None
