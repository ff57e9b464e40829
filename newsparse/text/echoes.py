"""Unattributed pull quotes: a block repeating the body's own words (a sentence of it, part
of one, or one with its "he says" cut off)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from .lines import ends_sentence

_TOKEN = re.compile(r"\w+")
_ECHO_WORDS = (8, 80)  # a pull quote is a sentence or three; a table of contents line is shorter
_GRAM = 5  # words: five in a row rarely repeat by chance
_ECHO_SHARE = 0.8  # of the block's five-word runs another block holds: "For starters, getting
# a business off the ground …" holds "Getting a business off the ground …"
_MORE = 12  # characters the holding block has beyond the quote: a few words ("Dan says."), so
# that numbered notes differing by their number ("9 Tax Foundation …", "10 Tax …") are no echo
_COMMON = 8  # blocks: a run of words this many blocks share is the site's boilerplate


def _quote_shaped(text: str) -> bool:
    """Ends like a sentence and is no list item: a repeated title, table row or bullet is not
    a pull quote."""
    return ends_sentence(text) and text[:1] not in "-*•·–—▪►" and "\n" not in text


def _grams(text: str) -> list[tuple[str, ...]]:
    words = _TOKEN.findall(text.lower())
    return list(zip(*(words[k:] for k in range(_GRAM)), strict=False))  # the runs that fit


def echo_blocks(texts: list[str]) -> set[int]:
    """The blocks that repeat the words of a longer block: pull quotes with no attribution.

    A pull quote may be a whole sentence of the body, a part of one or one with its "he says"
    cut off, so runs of five words are compared; a block repeated whole is a page element
    shown twice (a notice, a caption), not a quote. A run in more than _COMMON blocks is the
    site's boilerplate and counts for none.
    """
    grams = [_grams(text) for text in texts]
    # How many blocks hold each run, counted in C: most articles echo nothing, and a block
    # can only be an echo when most of its runs are held by another block.
    held_by = Counter(chain.from_iterable(map(set, grams)))
    low, high = _ECHO_WORDS
    maybe = []
    for i, text in enumerate(texts):
        runs = grams[i]
        if not runs or not low <= len(text.split()) <= high or not _quote_shaped(text):
            continue
        shared = sum(1 for run in runs if 1 < held_by[run] <= _COMMON)
        if shared >= _ECHO_SHARE * len(runs):
            maybe.append(i)
    if not maybe:
        return set()
    wanted = {run for i in maybe for run in grams[i]}
    holders: dict[tuple[str, ...], list[int]] = {}
    for j, runs in enumerate(grams):
        for run in wanted.intersection(runs):
            holders.setdefault(run, []).append(j)
    # A holder is running text, which ends like a sentence; a flattened callout ("… Name
    # role") holds the body's sentence it quotes, and that sentence is no echo of it.
    prose = [ends_sentence(text) for text in texts]
    echoes = set()
    for i in maybe:
        shared_with: dict[int, int] = {}
        for run in grams[i]:
            held = holders[run]
            if len(held) > _COMMON:
                continue
            for j in held:
                if j != i and prose[j] and len(texts[j]) >= len(texts[i]) + _MORE:
                    shared_with[j] = shared_with.get(j, 0) + 1
        if shared_with and max(shared_with.values()) >= _ECHO_SHARE * len(grams[i]):
            echoes.add(i)
    return echoes
