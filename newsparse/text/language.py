"""Language: an ISO 639-1 guess from the script, distinct letters and function words."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .. import patterns as pt

STOPWORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in pt.STOPWORDS.items():
    for _w in _words:
        STOPWORD_LANGS[_w] = (*STOPWORD_LANGS.get(_w, ()), _lang)


def _letter_votes(text: str, langs: tuple[str, ...]) -> str | None:
    counts = {lang: sum(text.count(c) for c in pt.DISTINCT_LETTERS[lang]) for lang in langs}
    lang, hits = max(counts.items(), key=lambda kv: kv[1])
    others = sum(counts.values()) - hits
    return lang if hits >= 3 and hits > 2 * others else None


# Scripts that name their language (or nearly): checked in this order, since Japanese
# mixes kana with Chinese characters and Persian and Urdu add letters to Arabic. Compiled on
# first use: character classes this wide take milliseconds to build, and most input never
# needs them.
_SCRIPT_RANGES = (
    ("ja", "\u3040-\u30ff"), ("ko", "\uac00-\ud7af"), ("zh", "\u4e00-\u9fff"),
    ("ur", "ٹڈڑںے"),
    # Persian adds پ چ ژ گ to Arabic and writes its own keheh and yeh.
    ("fa", "پچژگ\u06a9\u06cc"), ("ar", "\u0600-\u06ff"), ("he", "\u0590-\u05ff"),
    ("th", "\u0e00-\u0e7f"), ("el", "\u0370-\u03ff"), ("hi", "\u0900-\u097f"),
    ("bn", "\u0980-\u09ff"), ("ta", "\u0b80-\u0bff"), ("ka", "\u10a0-\u10ff"),
    ("hy", "\u0530-\u058f"),
)


@cache
def _scripts() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((lang, re.compile(f"[{chars}]")) for lang, chars in _SCRIPT_RANGES)


_CYRILLIC_AND_PUNCTUATION = re.compile("[\u0400-\u052f\u2000-\u206f]")  # dashes, quotes, …


def _other_script(c: str) -> bool:
    """Greek, Armenian to Ethiopic, or East Asian: none of Latin or Cyrillic."""
    o = ord(c)
    return 0x370 <= o < 0x400 or 0x530 <= o < 0x2000 or 0x3040 <= o < 0xd7b0


def _by_script(sample: str) -> str | None:
    """The language a non-Latin, non-Cyrillic script gives away, when it writes the text."""
    if sample.isascii():
        return None  # the common case, settled in C
    head = sample[:300]
    if max(_CYRILLIC_AND_PUNCTUATION.sub("", head), default="") < "\u0370":
        return None  # Latin and Cyrillic letters, curly quotes and dashes: also settled in C
    if sum(map(_other_script, head)) * 3 < len(head):
        return None  # mostly Latin or Cyrillic letters: the words decide
    for lang, script in _scripts():
        hits = len(script.findall(sample))
        # Kana, and Persian and Urdu letters, need only a few (Chinese writes no kana, Arabic
        # none of those letters); the other scripts must fill the text.
        if hits >= (3 if lang in ("ja", "ur", "fa") else max(10, len(sample) // 5)):
            return lang
    return None


def detect_language(text: str) -> str | None:
    """Guess an ISO 639-1 code from the script, letters and function words; None when unsure."""
    sample = text[:1500].lower()  # a few paragraphs settle it; long texts cost no more
    by_script = _by_script(sample)
    if by_script:
        return by_script
    words = sample.split()
    total = len(words)
    if total < 5:
        return None
    # Cyrillic text: its commonest vowels make up a good share of the letters.
    if sum(sample.count(c) for c in "оаеиі") * 8 > len(sample):
        # Russian never writes і ї є ґ; Ukrainian never writes ы э ё ъ.
        by_letter = _letter_votes(sample, ("uk", "ru"))
        if by_letter:
            return by_letter
    # Counter and dict lookups run in C; function words seldom carry punctuation.
    counts: Counter[str] = Counter()
    for word, n in Counter(words).items():
        for lang in STOPWORD_LANGS.get(word, ()):
            counts[lang] += n
    if not counts:
        return None
    ranked = counts.most_common(2)
    lang, hits = ranked[0]
    if len(ranked) > 1 and ranked[1][1] * 10 > hits * 8 and lang in pt.DISTINCT_LETTERS:
        # Close call between neighbours (fr/es share "de", "la", "en"): letters decide.
        pair = tuple(x for x, _ in ranked if x in pt.DISTINCT_LETTERS)
        if len(pair) == 2:
            lang = _letter_votes(sample, pair) or lang
    return lang if hits >= max(3, total // 25) else None
