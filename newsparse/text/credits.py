"""A picture's caption and its credit told apart: "A street. Photo: Jane Doe/Agency",
"… in Madrid. EFE/ J.J. Guillén", "… (AP Photo/Ann Lee)", "Caption | Credit".

Plain string rules, shared by the HTML reading (captions, tooltips) and the plain-text one
(caption and credit lines).
"""

from __future__ import annotations

import re

from .. import patterns as pt
from .lines import norm_space as norm

_CREDIT_MAX = 120
# A caption's closing "(Photo/Agency)" or "[사진 출처 = …]", read from its last bracket.
_BRACKETED = re.compile(r"[(\[]([^()\[\]]{2,100})[)\]]\s*$")
# Where a caption's sentence ends ("… in Madrid. EFE/ J.J. Guillén", "…coup.Credit"): the
# short run after the first one that leaves little is the credit.
_SENTENCE_END = re.compile(r"[.!?][”\"»’)]?(?:\s+|(?=[A-ZÀ-Þ]))")
_TAIL_MAX = 60
_TERMINAL = (".", "!", "?", "…")
# "Caption | Credit" in an image's title: the bar sets the credit off, as "Photo:" does.
_TOOLTIP_SEP = re.compile(r"\s\|\s(?:(?:bild)?quelle:\s*|credit:\s*)?", re.I)


def tooltip_credit(title: str) -> tuple[str | None, str | None]:
    """(caption, credit) of an image's tooltip, "Caption | Credit" or "Caption. Photo: …"."""
    return split_credit(_TOOLTIP_SEP.sub(" Photo: ", title, 1))


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """"A street. Photo: Jane Doe/Agency" -> ("A street.", "Jane Doe/Agency")."""
    caption = norm(caption)
    for m in pt.CREDIT_MARK_RE.finditer(caption):
        rest = caption[m.end():].strip(" )]|")
        if len(rest) <= _CREDIT_MAX:
            head = caption[:m.start()].rstrip(" ([|/–—-")
            return head or None, rest or None
    if bracket := _BRACKETED.search(caption):
        inner = bracket.group(1).strip()
        if ("/" in inner or pt.CREDIT_WORD_RE.search(inner)) and "://" not in inner:
            return caption[:bracket.start()].rstrip() or None, credit_text(inner)
    if "/" in caption and (wire := pt.PHOTO_CREDIT_RE.search(caption)):
        return caption[:wire.start()].strip() or None, wire.group(0).strip()
    for m in _SENTENCE_END.finditer(caption):
        tail = caption[m.end():].strip()
        if len(tail) > _TAIL_MAX:
            continue  # a later sentence end may leave a short enough tail
        if tail and ("/" in tail or tail.casefold() in pt.AGENCY_KEYS) \
                and not tail.endswith(_TERMINAL):
            return caption[:m.start() + 1].strip() or None, tail
        break
    return caption or None, None


def credit_text(text: str) -> str | None:
    """A credit element's text without its "Photo:" / "©" label."""
    text = norm(text)
    m = pt.CREDIT_MARK_RE.match(text)
    text = text[m.end():].strip() if m else text
    return text.strip(" ()[]|") or None
