"""Name and role words: what may be part of a person's name, what names a position."""

from __future__ import annotations

import re

from .. import patterns as pt

INITIAL = re.compile(r"^(?:[^\W\d_]\.){1,3}$")


def _by_first_letters(stems: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    # Stems grouped by their first three letters: a word is checked against a handful of
    # stems instead of all three hundred.
    index: dict[str, tuple[str, ...]] = {}
    for stem in stems:
        index[stem[:3]] = (*index.get(stem[:3], ()), stem)
    return index


_NAME_STEMS = _by_first_letters(pt.ROLE_PREFIX_TUPLE)
_PHRASE_STEMS = _by_first_letters(pt.ROLE_PHRASE_PREFIX_TUPLE)


def is_role_word(word: str, stems: dict[str, tuple[str, ...]] = _NAME_STEMS) -> bool:
    """True for words that name a position ("Ambassador", "министр", "Bundeskanzler")."""
    w = word.lower().strip(",.()\"'«»“”")
    return (w in pt.ROLE_WORD_SET or w.startswith(stems.get(w[:3], ()))
            or w.endswith(pt.ROLE_SUFFIXES))


def has_role_word(words: list[str], window: int = 6) -> bool:
    """True when one of the first `window` words of a role phrase names a position."""
    # In a lower-case role phrase four-letter stems are safe ("глав" in "глава"); shorter
    # ones ("un", "ex") would match "until" or "expected", so they count as whole words.
    return any(is_role_word(w, _PHRASE_STEMS) for w in words[:window])


_NAME_SHAPE = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'’](?=[^\W\d_]))+")


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a person's name ("Keller", "Okonjo-Iweala")."""
    if not word[:1].isupper() or word.isupper() or _NAME_SHAPE.fullmatch(word) is None:
        return False
    return not is_role_word(word) and not _is_demonym(word)


def _is_demonym(word: str) -> bool:
    w = word.lower()
    return w in pt.DEMONYMS or w.endswith(pt.DEMONYM_SUFFIXES)


def is_person(name: str) -> bool:
    """Two to four name words, initials and particles, ending in a name word: a person."""
    words = name.split()
    return 1 < len(words) <= 4 and all(
        is_name_word(w) or INITIAL.match(w) or w in pt.NAME_PARTICLES for w in words
    ) and is_name_word(words[-1])
