"""Unattributed pull quotes: a block repeating the body's own words (a sentence of it, part
of one, or one with its "he says" cut off)."""

from __future__ import annotations

import re

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
    return [tuple(words[i:i + _GRAM]) for i in range(len(words) - _GRAM + 1)]


def echo_blocks(texts: list[str]) -> set[int]:
    """The blocks that repeat the words of a longer block: pull quotes with no attribution.

    A pull quote may be a whole sentence of the body, a part of one or one with its "he says"
    cut off, so runs of five words are compared, each indexed once; a block repeated whole is
    a page element shown twice (a notice, a caption), not a quote.
    """
    grams = [_grams(text) for text in texts]
    holders: dict[tuple[str, ...], list[int]] = {}
    for i, runs in enumerate(grams):
        for run in runs:
            held = holders.setdefault(run, [])
            if (not held or held[-1] != i) and len(held) <= _COMMON:
                held.append(i)
    # A holder is running text, which ends like a sentence; a flattened callout ("… Name
    # role") holds the body's sentence it quotes, and that sentence is no echo of it.
    prose = [ends_sentence(text) for text in texts]
    low, high = _ECHO_WORDS
    echoes = set()
    for i, text in enumerate(texts):
        if not low <= len(text.split()) <= high or not _quote_shaped(text) or not grams[i]:
            continue
        shared: dict[int, int] = {}
        for run in grams[i]:
            held = holders[run]
            if len(held) > _COMMON:
                continue
            for j in held:
                if j != i and prose[j] and len(texts[j]) >= len(text) + _MORE:
                    shared[j] = shared.get(j, 0) + 1
        if shared and max(shared.values()) >= _ECHO_SHARE * len(grams[i]):
            echoes.add(i)
    return echoes
