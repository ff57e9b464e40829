"""Quote callouts: a flattened pull quote "quote text Speaker Name role" split into its parts."""

from __future__ import annotations

import re

from .. import patterns as pt
from .language import STOPWORD_LANGS
from .lines import ends_sentence
from .names import INITIAL, has_role_word, is_name_word, is_role_word

# Two capitalised words in a row ("Anna Smith", "J. R. Holloway" has "R. Holloway"), maybe
# with name particles between ("Marie-Hélène de la Tour").
_UPPER = r"[^\W\d_a-zà-ÿа-яёіїєґ]"
# Both start where a word does: tried inside "AAAA…" at every letter, each read to its end.
_CAPITAL_PAIR = re.compile(
    rf"(?<![\w'’]){_UPPER}[\w'’.\-]*\s+(?:(?:{'|'.join(sorted(pt.NAME_PARTICLES))})\s+){{0,3}}{_UPPER}"
)
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*) +$")
# "… Kowalska deputy minister": a capitalised word, then a lower-case one.
_NAME_THEN_ROLE = re.compile(rf"\s{_UPPER}[\w'’-]+\s+[a-zà-ÿа-яёіїєґ]")
_ROLELESS_END = (".", "!", "?", "…", "»", "”", '"', "“")


def _stem(word: str) -> str:
    # Five letters match "Соколова" with "Соколовой": names inflect in ru/uk/de.
    return word[:5]


class Mentions:
    """The article's text, to ask whether a name appears outside one block."""

    __slots__ = ("text", "_counts", "_surnames")

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: dict[str, int] = {}  # the same names are asked about again and again
        self._surnames: dict[str, list[str]] = {}  # surname stem -> first names before it

    def _count(self, phrase: str) -> int:
        n = self._counts.get(phrase)
        if n is None:
            n = self._counts[phrase] = self.text.count(phrase)
        return n

    def phrase_elsewhere(self, phrase: str, block: str) -> bool:
        """True when the phrase occurs in the article more often than in this block."""
        return self._count(phrase) > block.count(phrase)

    def surname_elsewhere(self, word: str, block: str) -> bool:
        """True when the article names someone with this word as surname ("Anna Kowalska",
        "Анны Ивановой") outside this block; "The Kowalska report" does not count."""
        stem = _stem(word)
        firsts = self._surnames.get(stem)
        if firsts is None:  # asked rarely: only for a capitalised word a role phrase follows
            firsts = self._surnames[stem] = self._words_before(stem)
        return any(is_name_word(first) and first.lower() not in STOPWORD_LANGS
                   and self._count(f"{first} {stem}") > block.count(f"{first} {stem}")
                   for first in set(firsts))

    def _words_before(self, stem: str) -> list[str]:
        """The word right before each place the text has `stem` (found with str.find: a
        regex would try every position of the article)."""
        found, at = [], self.text.find(stem)
        while at >= 0:
            m = _WORD_BEFORE.search(self.text, max(0, at - 40), at)
            if m:
                found.append(m[1])
            at = self.text.find(stem, at + 1)
        return found

    def word_elsewhere(self, word: str, block: str) -> bool:
        """True when a word with this word's stem occurs outside this block."""
        s = _stem(word)
        return self._count(s) > block.count(s)


def _word_kinds(words: list[str]) -> list[str]:
    """Tag each word: "N" name word, "I" initial, "P" name particle, "" anything else."""
    kinds = []
    for j, w in enumerate(words):
        if not w[:1].isupper():  # most words: settle them without the regexes
            kinds.append("P" if w in pt.NAME_PARTICLES else "")
            continue
        bare = w.rstrip(",")
        if j and words[j - 1].lower() in pt.DETERMINERS:
            kinds.append("")  # "für die Kommunen": a capitalised noun, not a first name
        elif is_name_word(bare):
            kinds.append("N")
        elif INITIAL.match(w):
            kinds.append("I")
        elif w in pt.NAME_PARTICLES:
            kinds.append("P")
        else:
            kinds.append("")
    return kinds


def _name_at(words: list[str], kinds: list[str], i: int, k: int) -> str | None:
    """The name made of words[i:i+k], or None when those words cannot form one."""
    if kinds[i + k - 1] != "N" or kinds[i] not in ("N", "I"):
        return None
    if not all(kinds[j] for j in range(i + 1, i + k - 1)):
        return None
    # Initials come before the surname ("J. R. Holloway", "Mary J. Blige"); one after two
    # name words starts the role ("Rachel Kim U.S. Environmental …").
    if "I" in kinds[i + 1:i + k] and kinds[i:i + k].count("N") > 2:
        return None
    if kinds[i:i + k - 1].count("N") >= 2 and "I" in kinds[i + 2:i + k]:
        return None
    if any(w.endswith(",") for w in words[i:i + k - 1]):
        return None
    if k == 5 and "P" not in kinds[i:i + k]:  # five words only with particles in them
        return None
    return " ".join(words[i:i + k]).rstrip(",")


def clean_quote(text: str) -> str:
    """The quote without the quote marks around it and the comma or dash after it."""
    t = text.strip().rstrip(",—–-:").strip()
    if len(t) > 1 and t[0] in "«“\"„" and t[-1] in "»”\"“":
        inner = t[1:-1]
        if not any(c in inner for c in "«»“”„"):  # "«A» and «B»" is not one wrapped quote
            t = inner.strip().rstrip(",")  # “… all year,” Anna Smith
    return t


def _names_a_role(word: str) -> bool:
    """A role word right before a name makes the name part of the sentence.

    Only the plain form counts ("officer", "президент", "Minister"); an inflected one may
    end a quote ("… почерку лікаря Олексій Петренко").
    """
    if not word[-1:].isalpha():
        return False
    return word.lower() in pt.ROLE_WORD_SET or (word[0].isupper() and is_role_word(word))


_SENTENCE_GOES_ON = re.compile(r"[!?;](\s|$)|[^A-ZА-Я.]\.(\s|$)")


def _role_ok(role: list[str]) -> bool:
    if len(role) > 14 or role[0].lower().strip(",") in pt.ROLE_START_BLOCKERS:
        return False  # "… Anna Smith and the minister": the sentence goes on
    text = " ".join(role)
    if _SENTENCE_GOES_ON.search(text):
        return False  # a sentence goes on: this is running text, not a role
    return has_role_word(role)


def _known_by_tail(parts: list[str], block: str, seen: Mentions) -> bool:
    """True when the name's last words are known and its first ones are seen nowhere else.

    The article says "Rodríguez Pardo"; the callout says "José Luis Rodríguez Pardo". A
    word seen elsewhere on its own ("Kommunen") is a noun running into the name instead.
    """
    for j in range(1, len(parts) - 1):
        tail = " ".join(parts[j:])
        if seen.phrase_elsewhere(tail, block):
            return not any(seen.phrase_elsewhere(w, block) for w in parts[:j]
                           if w not in pt.NAME_PARTICLES)
    return False


def _known_by_head(parts: list[str], block: str, seen: Mentions) -> bool:
    """True when the name's first words are known and its last ones are seen nowhere else.

    The article says "Yolanda Díaz"; the callout adds her second surname, "Yolanda Díaz
    Pérez". A word the article uses on its own ("Google") starts the role instead.
    """
    for j in range(len(parts) - 1, 1, -1):
        if seen.phrase_elsewhere(" ".join(parts[:j]), block):
            return not any(seen.phrase_elsewhere(w, block) for w in parts[j:])
    return False


def _boundary(words: list[str], kinds: list[str], i: int, k: int, role: list[str]) -> bool:
    """True when the name clearly ends at words[i+k]: a lower-case or role word follows."""
    nxt = role[0]
    if kinds[i + k] == "P" and i + k + 1 < len(kinds) and kinds[i + k + 1] == "N":
        return False  # "Pablo Hernández | de Cos": the name goes on past the particle
    return nxt[:1].islower() or is_role_word(nxt) or nxt.isupper()


def _surname_score(words: list[str], kinds: list[str], i: int, role: list[str], block: str,
                   seen: Mentions) -> int | None:
    """A surname alone ("… Kowalska deputy minister of finance") speaks when the article
    names that person in full and a role follows; any full name scores higher."""
    if not role or kinds[i - 1] in ("N", "I") or not seen.word_elsewhere(words[i], block):
        return None  # the cheap tests first: most capitalised words are no such surname
    prev = words[i - 1]
    if _names_a_role(prev) or prev.lower().strip(",.()\"'«»“”") in pt.QUOTE_END_BLOCKERS:
        return None
    if not (_boundary(words, kinds, i, 1, role) and _role_ok(role)
            and seen.surname_elsewhere(words[i], block)):
        return None
    return 1


def _speech(words: list[str]) -> bool:
    # "US" is a country, not "us"; "Sie" is "she" as often as "you", so it is not listed.
    return any(w.lower().strip(",.:;!?\"'«»“”„") in pt.SPEECH_WORDS
               and not (len(w) > 1 and w.isupper()) for w in words)


def _known_name_before(words: list[str], kinds: list[str], i: int, block: str,
                       seen: Mentions) -> bool:
    """Two or three name words right before words[i] that the article names elsewhere."""
    for k in (2, 3):
        j = i - k
        if j >= 0 and all(kinds[x] in ("N", "I") for x in range(j, i)) and \
                seen.phrase_elsewhere(" ".join(words[j:i]).rstrip(","), block):
            return True
    return False


def _score(words: list[str], kinds: list[str], i: int, k: int, name: str, block: str,
           seen: Mentions) -> int | None:
    """How well words[i:i+k] fits as the speaker of a callout; None when it cannot be."""
    quote, role = words[:i], [w for w in words[i + k:] if w not in ("—", "–", "-")]
    prev = quote[-1]
    if k == 1:
        return _surname_score(words, kinds, i, role, block, seen)
    if prev.lower().strip(",.()\"'«»“”") in pt.QUOTE_END_BLOCKERS or _names_a_role(prev):
        return None  # "… signed by Prime Minister X": the name belongs to the sentence
    parts = name.split()
    full = (seen.phrase_elsewhere(name, block) or _known_by_tail(parts, block, seen)
            or _known_by_head(parts, block, seen))
    last_known = seen.word_elsewhere(parts[-1], block)
    inside_run = kinds[i - 1] in ("N", "I")
    if inside_run and _known_name_before(words, kinds, i, block, seen):
        return None  # "… Ann Lee Northwind Energy spokeswoman": the role's company
    if inside_run and not full and not (last_known and seen.phrase_elsewhere(prev, block)):
        # The name must start a capitalised run, unless the word before it is one the
        # article uses on its own ("… a good deal for Europe Anna Smith …").
        return None
    if role:
        if not _role_ok(role):
            return None
        clean = _boundary(words, kinds, i, k, role)
    elif full and not inside_run and len(quote) >= 6 and (
            prev.endswith(_ROLELESS_END) or _speech(quote)):
        # The name closes the block. Headings end with names too ("… spoke with Marco
        # Rubio"), so only a known name after a visibly closed quote ("… today." or "…»")
        # or after words that speak in the first or second person.
        clean = True
    else:
        return None
    patronymic = k >= 3 and pt.PATRONYMIC_RE.search(words[i + 1]) is not None
    # "Tom Brown Google spokesman": a middle word the article uses on its own is where
    # the name ends, and the next capital starts the role.
    middle_known = not full and k >= 3 and not patronymic and any(
        kinds[j] == "N" and seen.word_elsewhere(words[j], block) for j in range(i + 1, i + k - 1))
    # A first word the article uses on its own, without the rest, is no first name.
    first_alone = not full and seen.phrase_elsewhere(words[i], block)
    return (4 * full + 2 * clean + last_known + 2 * patronymic
            - inside_run - 3 * middle_known - 2 * first_alone)


_CLOSED = (".", "!", "?", "…", "»", "”", '"', "“")
_ROLE_WORDS = 16  # "CEO of Vestas Wind Systems AS (during its Q3 2024 earnings call …)"
_ATTRIBUTION_WORDS = _ROLE_WORDS + 2  # and the name before it


def _after_closed_quote(words: list[str], kinds: list[str], start: int
                        ) -> tuple[int, int] | None:
    """(i, k): the speaker words[i:i+k] right after the quote's closing sentence end.

    "… is typography. Oliver Reichenstein AI.net", "… Wachstum. Karsten Haustein Universität
    Leipzig": the pull quote is closed, so what follows is its attribution: a first name,
    particles or initials, a surname, then the role (capitalised or not, or none).
    """
    for i in range(max(start, len(words) - _ATTRIBUTION_WORDS), len(words) - 1):
        if kinds[i] != "N" or not _closes(words[i - 1]):
            continue
        j = i + 1
        while j < len(words) - 1 and kinds[j] in ("P", "I"):
            j += 1  # "Steven van Vessum", "Mary J. Blige"
        if kinds[j] != "N" or words[j - 1].endswith(","):
            continue  # "… aim for. Wow is the one": a sentence, not a name
        role = [w for w in words[j + 1:] if w not in ("—", "–", "-")]
        if role and (len(role) > _ROLE_WORDS or _SENTENCE_GOES_ON.search(" ".join(role))
                     or role[0].lower().strip(",") in pt.ROLE_START_BLOCKERS
                     or not (role[0][:1].isupper() or has_role_word(role))):
            # A sentence goes on after the name ("Anna Smith reports that …"); a role is
            # capitalised (a title, an organisation) or names a position. A later sentence
            # end may still close the quote.
            continue
        return i, j + 1 - i
    return None


def _closes(word: str) -> bool:
    """Whether a word ends a sentence: "it.", "WOW!", "rosten.“", not "vs." or "F."."""
    if not word.endswith(_CLOSED):
        return False
    bare = word.rstrip("".join(_CLOSED)).lower()
    return not word.endswith(".") or not (INITIAL.match(word) or bare in pt.ABBREVIATIONS)


def _weak_roleless(words: list[str], best: tuple[int, int, int, str], block: str,
                   seen: Mentions) -> bool:
    """A roleless speaker of three or more words, no particle among them, that the article
    never names: "Christine Hodge Clearview Washing" is a name and a company."""
    _, i, k, name = best
    return i + k == len(words) and k >= 3 and not seen.phrase_elsewhere(name, block) and not any(
        w in pt.NAME_PARTICLES or INITIAL.match(w) for w in words[i:i + k])


# A company's or a person's title abbreviated at the role's end: "Glimmer Cleaning Co.",
# "Ann Lee, Ph.D.": the full stop is the abbreviation's, not a sentence's.
_TITLE_ABBREVIATIONS = frozenset(
    ("co.", "inc.", "ltd.", "corp.", "llc.", "plc.", "jr.", "sr.", "ph.d.", "m.d.", "esq."))


def ends_in_title(text: str) -> bool:
    """The text's last word is such an abbreviation."""
    last = text.rsplit(None, 1)
    return bool(last) and last[-1].lower() in _TITLE_ABBREVIATIONS


def callout_candidate(text: str) -> tuple[str, str] | None:
    """(the text to split, the full stop its role's abbreviation ends in, or "") when the
    text passes callout_shaped; the abbreviation's full stop is set aside for the test."""
    t = text.strip()
    t, stop = (t[:-1], ".") if ends_in_title(t) else (t, "")
    return (t, stop) if callout_shaped(t) else None


def split_candidate(candidate: tuple[str, str],
                    seen: Mentions) -> tuple[str, str, str | None] | None:
    """split_callout for a callout_candidate, the full stop given back to its role. A
    sentence that ends in a company's name ("… from Dell Inc., Dollar General Corp.") is no
    callout: the quote before the speaker must end a sentence of its own."""
    text, stop = candidate
    found = split_callout(text, seen)
    if found is None or not stop:
        return found
    if not found[2] or not ends_sentence(found[0]):
        return None
    return found[0], found[1], found[2] + stop


def callout_shaped(text: str) -> bool:
    """The cheap tests a pull quote passes: no sentence end, one line, capitals or a role
    phrase near its end, five to 150 words. Most blocks fail here."""
    tail = max(0, len(text) - 240)
    if ends_sentence(text) or "\n" in text or not (
            _CAPITAL_PAIR.search(text, tail) or _NAME_THEN_ROLE.search(text, tail)):
        return False  # most blocks: no name near the end
    return 5 <= len(text.split()) <= 150


def match_callout(text: str, seen: Mentions) -> tuple[str, str, str | None] | None:
    """Split a flattened pull quote "quote text Speaker Name role" into its three parts.

    A speaker is a run of two to five name words (initials and particles included) at most
    fourteen words from the end, whose name appears elsewhere in the article (`seen`) or is
    followed by a role phrase ("chief economist at …", "German Ambassador to France").
    Returns (text, speaker, role) or None.
    """
    candidate = callout_candidate(text)
    return split_candidate(candidate, seen) if candidate else None


def split_callout(t: str, seen: Mentions) -> tuple[str, str, str | None] | None:
    """match_callout for a stripped text that callout_shaped has passed."""
    words = t.split()
    n = len(words)
    start = max(3, n - 18)
    kinds = [""] * (start - 1) + _word_kinds(words[start - 1:])
    best: tuple[int, int, int, str] | None = None  # (score, i, k, name)
    for i in range(start, n - 1):
        if kinds[i] not in ("N", "I"):
            continue
        # A surname alone is tried only where it stands alone and the article has it.
        nxt = words[i + 1]
        alone = kinds[i + 1] not in ("N", "I") and (nxt[:1].islower() or is_role_word(nxt)) \
            and seen.word_elsewhere(words[i], t)
        for k in (1, 2, 3, 4, 5) if alone else (2, 3, 4, 5):
            if i + k > n:
                break
            name = _name_at(words, kinds, i, k)
            if name is None:
                continue
            score = _score(words, kinds, i, k, name, t, seen)
            if score is not None and (best is None or score > best[0]):
                best = (score, i, k, name)
    closed = _after_closed_quote(words, kinds, start)
    if best is None or (closed and _weak_roleless(words, best, t, seen)):
        # No speaker the article knows, or a roleless run of capitals that is no name the
        # article knows: a quote closed by its sentence end, then "Name Role", decides.
        if closed is None:
            return None
        best = (0, *closed, " ".join(words[closed[0]:sum(closed)]))
    _, i, k, name = best
    role = " ".join(words[i + k:]).strip(" ,—–-") or None
    while i > 0 and words[i - 1].lower() in pt.HONORIFICS:  # "Dr. Anna Weber"
        i -= 1
        name = f"{words[i]} {name}"
    quote = clean_quote(" ".join(words[:i]))
    if len(quote.split()) < 4:  # "Voters turn against incumbent Anna Smith mayor of …"
        return None
    return quote, name, role
