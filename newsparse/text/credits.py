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
# Where a caption's sentence ends ("… in Madrid. EFE/ J.J. Guillén", "…coup.Credit"), not
# an initial's dot ("J."): the short run after the last one may be the credit.
_SENTENCE_END = re.compile(r"(?<!\b[A-ZÀ-Þ])[.!?][”\"»’)]?(?:\s+|(?=[A-ZÀ-Þ]))")
_TAIL_MAX = 60
_TERMINAL = (".", "!", "?", "…")
# "Caption | Credit" in an image's title: the bar sets the credit off, as "Photo:" does.
_TOOLTIP_SEP = re.compile(r"\s\|\s(?:(?:bild)?quelle:\s*|credit:\s*)?", re.I)


def tooltip_credit(title: str) -> tuple[str | None, str | None]:
    """(caption, credit) of an image's tooltip, "Caption | Credit" or "Caption. Photo: …"."""
    return split_credit(_TOOLTIP_SEP.sub(" Photo: ", title, 1))


# A video's date and running time closing its caption ("… 26.10.2025 | 2:43 min"): the
# player's, not the caption's.
_MEDIA_STAMP = re.compile(r"(?<!\S)(?:\d{1,2}\.\d{1,2}\.\d{2,4} ?\| ?)?\d{1,3}:\d{2} ?min\.?$",
                          re.I)
# "… in Madrid EFE/ J.J. Guillén": a wire agency's name and a photographer closing a caption.
_AGENCY_TAIL = re.compile(r"\s([A-Z]{2,10})\s?/\s?([^/]{2,40})$")


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """"A street. Photo: Jane Doe/Agency" -> ("A street.", "Jane Doe/Agency")."""
    caption = _MEDIA_STAMP.sub("", norm(caption)).rstrip()
    for m in pt.CREDIT_MARK_RE.finditer(caption):
        rest = caption[m.end():].strip(" )]|")
        if m.group(0).endswith(" ") and rest[:1].islower():
            continue  # "foto de familia": a photo of something, no "Photo by Name"
        if len(rest) <= _CREDIT_MAX:
            head = caption[:m.start()].rstrip(" ([|/–—-")
            return head or None, rest or None
    if bracket := _BRACKETED.search(caption):
        inner = bracket.group(1).strip()
        head = caption[:bracket.start()].rstrip()
        # "(AP Photo/Ann Lee)", "(Getty Images)"; or names alone after a sentence:
        # "… on Monday. (Edu Luque)", not "Angela Merkel (CDU)".
        if "://" not in inner and ("/" in inner or pt.CREDIT_WORD_RE.search(inner) or (
                (not head or head.endswith(_TERMINAL)) and _capitalised(inner))):
            return head or None, credit_text(inner)
    if (slash := caption.rfind(" / ")) > 0 and _capitalised(tail := caption[slash + 3:]) \
            and len(tail) <= _TAIL_MAX:
        return caption[:slash].rstrip() or None, tail  # "… in Palma / Lorenzo Marina"
    if "/" in caption and (wire := pt.PHOTO_CREDIT_RE.search(caption)):
        return caption[:wire.start()].strip() or None, wire.group(0).strip()
    if (tail_m := _AGENCY_TAIL.search(caption)) and \
            tail_m.group(1).casefold() in pt.AGENCY_KEYS and \
            _capitalised(tail_m.group(2).replace(".", ". ")):
        return caption[:tail_m.start()].rstrip() or None, tail_m.group(0).strip()
    end = None
    for found in _SENTENCE_END.finditer(caption):
        end = found  # the last one: a credit holds no sentence
    if end is not None:
        tail = caption[end.end():].strip()
        if tail and len(tail) <= _TAIL_MAX and ("/" in tail or tail.casefold() in pt.AGENCY_KEYS) \
                and not tail.endswith(_TERMINAL):
            return caption[:end.start() + 1].strip() or None, tail
    return caption or None, None


def _capitalised(text: str) -> bool:
    """A name or names: a few words, each capitalised but for the particles of names."""
    words = text.replace(",", " ").split()
    return 0 < len(words) <= 8 and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _PARTICLES for w in words)


_PARTICLES = frozenset("via and of de da di del der den van von le la du y et und the".split())


def credit_text(text: str) -> str | None:
    """A credit element's text without its brackets and "Photo:" / "©" label."""
    text = norm(text).strip(" ()[]|/")
    m = pt.CREDIT_MARK_RE.match(text)
    text = text[m.end():].strip() if m else text
    return text.strip(" ()[]|/") or None
