"""What an article is about, in words, and whether a box of headlines shares any of it.

A box labelled "Read more" may hold stories of the article's topic or the site's newest
posts, its shop, its jobs: the label cannot tell, the headlines can. Related reading names
the people, places and things the article is about, so at least one of a few headlines
shares a word with the article's headline or with the words its text repeats; a feed's
headlines, each on its own topic, mostly share none.

Words are compared by their first letters (five: "Gefangenen" and "Gefangene", "tariffs" and
"tariff" meet) and only when they have four letters or more (function words, numbers and
initials say nothing of a topic). Han, kana and Hangul are read as pairs of characters, since
a word there may be one or two characters and is not set off by spaces.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .model import Block

_LETTERS = re.compile(r"[^\W\d_]+")
_PAIRED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_SHORTEST, _LONGEST = 4, 24  # longer runs are scripts without spaces: nothing to compare
_STEM = 5
_REPEATED = 2  # a word the text uses this often is one of its topics
_JUDGED = 3  # fewer headlines than this can each be on a side topic the article touches


def words(text: str) -> list[str]:
    """The topic words of a text: stems of its longer words, pairs of its CJK characters."""
    found: list[str] = []
    for w in _LETTERS.findall(text.lower()):
        # Most words are ASCII: no CJK to look for (a second pattern per word otherwise).
        paired = None if w.isascii() else _PAIRED.findall(w)
        if paired:
            found += [run[i:i + 2] for run in paired for i in range(len(run) - 1)]
        elif _SHORTEST <= len(w) <= _LONGEST:
            found.append(w[:_STEM])
    return found


def keywords(title: str | None, texts: Iterable[str]) -> set[str]:
    """The article's topic words: every word of its headline, and the words its text uses
    more than once."""
    counts = Counter(w for t in texts for w in words(t))
    return set(words(title or "")) | {w for w, n in counts.items() if n >= _REPEATED}


def judged(box: Block) -> bool:
    """Whether a box has headlines enough to tell a feed by (see off_topic)."""
    return len(box.items) >= _JUDGED


def off_topic(box: Block, topic: set[str]) -> bool:
    """Whether a related box holds headlines of other topics only: three or more, each with
    words to compare and none of them the article's (its label's words aside)."""
    if not judged(box) or not topic:
        return False
    label = set(words(box.label or ""))
    for item in box.items:
        own = set(words(item.title or "")) - label
        if not own or own & topic:
            return False
    return True
