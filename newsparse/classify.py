"""Small pure classifiers: each looks at one line or block and says what it is."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Container
from functools import cache

from . import patterns as pt
from .model import Dateline

_TERMINAL = tuple(".!?…:;")
_CLOSERS = "\"'”’»)]“›"  # “ closes German „quotes“
_OPENERS = "«“„\"'([¿¡"

# Month names and agency names are long alternations (~900 and ~700 characters), and `re`
# compiles patterns in Python: with them spelt out, the four date patterns below took ~15 ms
# to compile, paid by every start-up. So they are compiled with a generic token in their
# place (a run of letters; a run of the characters agency names use), and a match whose
# token is not in the vocabulary falls back to the pattern spelt out in full, compiled the
# first time that happens. The generic token tries the same spans, longest first, as the
# alternation does, so a match whose tokens are all known is the very match the full
# pattern finds; every other case asks the full pattern.
_MONTH_LENGTHS = sorted({len(m) for m in pt.MONTHS})
_MONTH_TOKEN = rf"(?i:[^\W\d_]{{{_MONTH_LENGTHS[0]},{_MONTH_LENGTHS[-1]}}})"
_AGENCY_EXTRA = "".join(sorted({c for a in pt.AGENCIES for c in a
                                if not (c.isalnum() or c == "_")}))
_AGENCY_TOKEN = rf"[\w{re.escape(_AGENCY_EXTRA)}]{{1,{max(len(a) for a in pt.AGENCIES)}}}"
_AGENCY_SET = frozenset(pt.AGENCIES)
_AGENCIES_LONGEST_FIRST = tuple(sorted(_AGENCY_SET, key=len, reverse=True))

# --- Dates written on the headline line ----------------------------------------------------
# "2023-02-17", "17.02.2023", "17/02/2023", "February 17, 2023", "17 февраля 2023 г.",
# "12 de marzo de 2024", "17. Februar 2023".
_ISO = r"\d{4}-\d{2}-\d{2}"
_DMY = r"\d{1,2}[./]\d{1,2}[./]\d{4}"
_TIME = r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?"


def _written(mon: str) -> str:
    return (
        rf"(?P<iso>{_ISO})|(?P<dmy>{_DMY})"
        rf"|(?P<mon1>{mon})\.?\s+(?P<day1>\d{{1,2}}),?\s+(?P<year1>\d{{4}})"
        rf"|(?P<day2>\d{{1,2}})\.?\s+(?:de\s+)?(?P<mon2>{mon})\.?,?\s+(?:de\s+)?(?P<year2>\d{{4}})"
        r"(?:\s*(?:г\.|року|р\.))?"
    )


def _headline_date(mon: str, agency: str) -> str:
    return (rf"^\s*(?P<raw>(?:{pt.DATE_WORDS}\s*:?\s*)?(?:{_written(mon)}){_TIME})"
            r"(?:\s+|$)(?P<rest>.*)$")


def _trailing_date(mon: str, agency: str) -> str:
    return rf"^(?P<rest>.+?)\s+[-–—|,]\s+(?P<raw>(?:{_written(mon)}){_TIME})\s*$"


# --- Wire datelines at the start of a paragraph ----------------------------------------------
#   "MOSCOW, Feb 17 (Reuters) - ", "WASHINGTON (AP) — ", "PARIS, 5 mars (AFP) - ",
#   "МОСКВА, 17 фев — РИА Новости. ", "BRUSSELS, Belgium — ", "LONDON/BERLIN, March 3 (Reuters) -",
#   "КИЕВ, 3 марта. /ТАСС/. ", "Berlin (dpa) - ", "Sevilla, 12 mar (EFE).- "
_PLACE_WORD = r"[^\W\d_][^\W\d_'’.\-]*(?:[\-'’.][^\W\d_]+)*\.?"  # "ST. PETERSBURG"
_PLACE = rf"(?P<place>{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}})"
# Arabic and Hebrew have no capitals: a region in them is any word ("دمشق، سوريا (CNN) --").
_REGION_START = "[A-ZА-ЯЁІЇЄҐ\u0590-\u05ff\u0600-\u06ff]"
_REGION = rf"(?:[,،]\s*(?P<region>{_REGION_START}[\w.’']+(?:\s{_REGION_START}[\w.’']+)?))"
_DASH = r"\s*\.?\s*(?:-{1,2}|–|—)\s*"


def _wire(mon: str, agency: str) -> str:
    # An agency named after the dash ("— РИА Новости. ") is read by `_agency_after_dash`: the
    # pattern never depends on it (see there), so it need not be spelt out here.
    mdate = (
        rf"(?P<mdate>(?:(?P<mon1>{mon})\.?\s+(?P<day1>\d{{1,2}}))"
        rf"|(?:(?P<day2>\d{{1,2}})\.?\s+(?:de\s+)?(?P<mon2>{mon})\.?))"
    )
    return (
        rf"^(?P<raw>(?:{_PLACE}{_REGION}?(?:,\s*{mdate})?(?:,?\s+(?P<year>\d{{4}}))?)?"
        rf"(?:\s*\((?P<agency>[^()]{{1,40}})\))?"
        rf"(?:\.?\s*/(?P<agency3>[^/\s][^/]{{0,30}})/\.?\s*|{_DASH}))"
        rf"(?P<rest>\S.*)$"
    )


# "Москва. 17 февраля. INTERFAX.RU - ", "КИЇВ. 3 березня. УНІАН. ": full stops between the
# parts, and always a known agency, since "Paris. 5 mars. Le …" could open any paragraph.
def _wire_dotted(mon: str, agency: str) -> str:
    return (
        rf"^(?P<raw>(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}})\.\s+(?P<day>\d{{1,2}})\s+"
        rf"(?P<mon>{mon})\.\s+(?P<agency>{agency})\.?(?:\s*(?:-|–|—))?\s+)(?P<rest>\S.*)$"
    )


class _Vocabulary:
    """A pattern with generic month and agency tokens, checked against the vocabularies."""

    __slots__ = ("_build", "_flags", "_checks", "_fast", "_full")

    def __init__(self, build: Callable[[str, str], str], flags: int,
                 checks: tuple[tuple[str, Container[str], bool], ...]) -> None:
        self._build, self._flags, self._checks = build, flags, checks  # (group, words, lower?)
        self._fast: re.Pattern[str] | None = None  # compiled on first use: not every input
        self._full: re.Pattern[str] | None = None  # needs all four

    def match(self, text: str) -> re.Match[str] | None:
        """The match the pattern with the vocabularies spelt out gives."""
        if self._fast is None:
            self._fast = re.compile(self._build(_MONTH_TOKEN, _AGENCY_TOKEN), self._flags)
        m = self._fast.match(text)
        if m is None or all((word := m[group]) is None or (word.lower() if lower else word) in words
                            for group, words, lower in self._checks):
            return m
        if self._full is None:  # a token outside the vocabulary: only the full pattern knows
            self._full = re.compile(self._build(f"(?i:{pt.MONTH_ALT})", pt.AGENCY_ALT),
                                    self._flags)
        return self._full.match(text)


_MONTH_CHECKS = (("mon1", pt.MONTHS, True), ("mon2", pt.MONTHS, True))
_HEADLINE_DATE = _Vocabulary(_headline_date, re.I | re.S, _MONTH_CHECKS)
_TRAILING_DATE = _Vocabulary(_trailing_date, re.I | re.S, _MONTH_CHECKS)
_WIRE = _Vocabulary(_wire, re.S, _MONTH_CHECKS)
_WIRE_DOTTED = _Vocabulary(_wire_dotted, re.S,
                           (("mon", pt.MONTHS, True), ("agency", _AGENCY_SET, False)))
_WIRE_MARK = re.compile(r"[-–—(/.]")  # every dateline shape has one of these in its head
_AFTER_AGENCY = re.compile(r"\.\s*(?=\S)")


def _agency_after_dash(text: str, m: re.Match[str]) -> tuple[str | None, str, str]:
    """(agency named after the dash, raw dateline, rest) of a wire match.

    "МОСКВА, 17 фев — РИА Новости. Text": the longest known agency right after the dash,
    then a full stop, spaces and more text. Whether the pattern matches at all never
    depends on this part (a known agency starts with a letter, and the rest after the
    dash must start with one anyway), so reading it here gives what spelling the agencies
    out in the pattern, as an optional group, gave.
    """
    end = m.end("raw")
    if m["agency3"] is None:
        for agency in _AGENCIES_LONGEST_FIRST:
            if not text.startswith(agency, end):
                continue
            if after := _AFTER_AGENCY.match(text, end + len(agency)):
                return agency, text[:after.end()], text[after.end():]
    return None, m["raw"], m["rest"]


def norm_space(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    # Most text needs nothing done: every whitespace character but the plain space is
    # unprintable, so printable text with no double, leading or trailing space is already
    # collapsed, and checking that is several times cheaper than splitting and joining.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())  # split() without arguments is the fast whitespace split


def _iso_from_parts(day: int, month: int | None, year: int | None) -> str | None:
    if year is None or month is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # "30 February", "2023-13-45": written, but no date
        return None


def _iso_from_match(m: re.Match[str]) -> str | None:
    if m["iso"]:
        year, month, day = (int(x) for x in m["iso"].split("-"))
        return _iso_from_parts(day, month, year)
    if m["dmy"]:
        day, month, year = (int(x) for x in re.split(r"[./]", m["dmy"]))
        return _iso_from_parts(day, month, year)
    mon = pt.MONTHS.get((m["mon1"] or m["mon2"]).lower())
    return _iso_from_parts(int(m["day1"] or m["day2"]), mon, int(m["year1"] or m["year2"]))


def match_headline_dateline(line: str) -> tuple[Dateline, str] | None:
    """Split "date 2023-02-17 Headline" (or "17.02.2023 Headline") into dateline and headline."""
    m = _HEADLINE_DATE.match(line)
    if not m:
        return None
    raw = norm_space(m["raw"])
    return Dateline(raw=raw, date=_iso_from_match(m)), norm_space(m["rest"])


def _known_agency(agency: str) -> bool:
    return any(part.strip().casefold() in pt.AGENCY_KEYS for part in agency.split("/"))


def _wire_place_ok(place: str, agency: str | None) -> bool:
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 2 or place.upper() in pt.NOT_PLACES:  # "BREAKING —", "EXCLUSIVE -"
        return False
    if all(c.isupper() for c in letters):  # "MOSCOW", "NEW YORK"
        return True
    # "Berlin (dpa) -" passes only with a known agency: "Officials (who …) -" looks alike.
    # A script without capitals ("دمشق (CNN) --") can only be judged the same way.
    initial = place[:1].isupper() or place[:1].upper() == place[:1].lower()
    return bool(agency and _known_agency(agency) and initial and " " not in place)


def _wire_date(m: re.Match[str], year: int | None) -> str | None:
    if not m["mdate"]:
        return None
    mon = pt.MONTHS.get((m["mon1"] or m["mon2"]).lower().rstrip("."))
    return _iso_from_parts(int(m["day1"] or m["day2"]), mon, int(m["year"]) if m["year"] else year)


def match_wire_dateline(text: str, year: int | None = None) -> tuple[Dateline, str] | None:
    """Split a wire dateline ("MOSCOW, Feb 17 (Reuters) -") off the start of a paragraph.

    `year` dates a dateline that gives only day and month; without it the date is None.
    """
    if text[:1] in "【(（新中" and (found := _match_east_asian_wire(text, year)):
        return found
    if _WIRE_MARK.search(text, 0, 100) is None:
        return None  # no dash, bracket, slash or full stop early on: running text
    m = _WIRE.match(text)
    if not m:
        return _match_dotted_wire(text, year)
    place = m["place"]
    agency2, raw, rest = _agency_after_dash(text, m)
    agency = m["agency"] or agency2 or m["agency3"]
    raw, rest = norm_space(raw), rest.strip()
    if place is None:  # "(Reuters) - Oil prices fell": the agency alone
        known = m["agency"] is not None and _known_agency(m["agency"])
        return (Dateline(raw=raw, agency=agency), rest) if known else None
    if not _wire_place_ok(place, agency):
        return None
    # A bare "WORD -" needs something more to be a dateline: a date, a region, an agency or
    # the long dash wire stories use.
    if not (m["mdate"] or m["region"] or agency or raw.endswith(("—", "–"))):
        return None
    if m["region"]:
        place = f"{place}{'،' if '،' in raw else ','} {m['region']}"
    return Dateline(raw=raw, date=_wire_date(m, year), place=place, agency=agency), rest


# "【6月18日 AFP】", "【ソウル聯合ニュース】", "新华社北京5月17日电", "(서울=연합뉴스)": the wire
# datelines of Japanese, Chinese and Korean copy, which need no space before the text.
_EAST_ASIAN_WIRE = (
    r"^(?P<raw>【(?:(?P<place1>[^\d\s】]{1,8}?)\s*)?(?:(?P<mon1>\d{1,2})月(?P<day1>\d{1,2})日\s*)?"
    r"(?P<agency1>AFP|AP|EFE|dpa|Reuters|CNN|BBC|ロイター|共同(?:通信)?|時事(?:通信)?|聯合ニュース|"
    r"新華社|新华社|中新社|中新网|法新社|路透社|美联社|韩联社|연합뉴스|뉴시스|뉴스1)】"
    r"|(?P<agency2>新华社|新華社|中新社|中新网|中新網)(?P<place2>[^\d\s，,]{2,8}?)"
    r"(?P<mon2>\d{1,2})月(?P<day2>\d{1,2})日电(?:[（(][^）)]{1,30}[）)])?"
    r"|[(（](?P<place3>[^=＝()（）\s]{1,10})[=＝](?P<agency3>[\uac00-\ud7af][^()（）]{1,11})[)）]"
    r"(?:\s*[^\s=]{2,4}\s*(?:기자|특파원)\s*=)?)\s*(?P<rest>\S.*)$"
)


@cache
def _east_asian_wire() -> re.Pattern[str]:
    return re.compile(_EAST_ASIAN_WIRE, re.S)  # on first use: its Hangul class is wide


def _match_east_asian_wire(text: str, year: int | None) -> tuple[Dateline, str] | None:
    m = _east_asian_wire().match(text)
    if not m:
        return None
    mon, day = m["mon1"] or m["mon2"], m["day1"] or m["day2"]
    date = _iso_from_parts(int(day), int(mon), year) if mon and day else None
    place = m["place1"] or m["place2"] or m["place3"]
    agency = (m["agency1"] or m["agency2"] or m["agency3"]).strip()
    return Dateline(raw=m["raw"].strip(), date=date, place=place, agency=agency), m["rest"]


def _match_dotted_wire(text: str, year: int | None) -> tuple[Dateline, str] | None:
    m = _WIRE_DOTTED.match(text)
    if not m:
        return None
    date = _iso_from_parts(int(m["day"]), pt.MONTHS.get(m["mon"].lower()), year)
    dateline = Dateline(raw=norm_space(m["raw"]), date=date, place=m["place"], agency=m["agency"])
    return dateline, m["rest"].strip()


def match_trailing_dateline(line: str) -> tuple[Dateline, str] | None:
    """Split "Headline — 17.02.2023" into its dateline and the headline."""
    m = _TRAILING_DATE.match(line)
    if not m:
        return None
    return Dateline(raw=norm_space(m["raw"]), date=_iso_from_match(m)), norm_space(m["rest"])


def match_date_line(line: str) -> Dateline | None:
    """A line that holds nothing but a date ("February 17, 2023", "date 2024-03-05 14:30")."""
    found = match_headline_dateline(line.strip())
    return found[0] if found and not found[1] else None


# --- Related-materials labels ----------------------------------------------------------------
# Arrows, bullets and emoji that pages put before a label ("► Read also:", "📌 Читайте також").
_LABEL_MARKS = " \t>»›►▶→•·*-–—|📌👉🔗📎"


_LABEL_SEP = re.compile(r"\s*:|\s+[|—–>]+(?=\s)|\s+-(?=\s)")


def _lower(text: str) -> str:
    # Turkish "İ" lowers to "i" plus a combining dot, which no vocabulary entry has.
    return text.lower().replace("i\u0307", "i")


def _split_label(line: str) -> tuple[str, str, str]:
    # "Read also: title", "Lire aussi | title", "Читайте также — title": the first separator.
    m = _LABEL_SEP.search(line, 0, 80)
    if not m:
        return line, "", ""
    sep = m.group(0) if ":" in m.group(0) else " " + m.group(0).strip()
    return line[:m.start()], sep, line[m.end():]


def match_related_label(line: str) -> tuple[str, str] | None:
    """Return (label as written, text after it) when a line opens a "Related materials" block."""
    first = line.lstrip(_LABEL_MARKS)[:24].split(None, 1)
    if not first or _lower(first[0]).rstrip(":|.") not in pt.RELATED_FIRST_WORDS:
        return None  # cheap test first: most lines start with no label's first word
    head, sep, rest = _split_label(line)
    candidate = (head if sep else line).lstrip(_LABEL_MARKS)
    if len(candidate) > 60:  # labels are a few words; most lines are paragraphs
        return None
    key = _lower(norm_space(candidate)).rstrip(" .-–—»>").strip()
    if key not in pt.RELATED_LABEL_SET:
        return None
    # A bare phrase like "Related" inside running text is not a label: it must stand alone
    # or end in a colon.
    if not sep:
        candidate = candidate.rstrip(_LABEL_MARKS)  # "READ MORE »"
        if len(candidate.split()) > len(key.split()):
            return None
    if sep and ":" not in sep and rest.strip()[:1].islower():
        return None  # "Related — and unrelated — matters": a sentence, not a label
    label = norm_space(candidate + sep)  # keeps "À lire aussi :" as the page wrote it
    if sep and ":" not in sep and not rest.strip():
        label = norm_space(candidate)  # "Read more »" with nothing after: decoration only
    return label, norm_space(rest)


# --- Bylines -------------------------------------------------------------------------------------


def _is_person(name: str) -> bool:
    words = name.split()
    return 1 < len(words) <= 4 and all(
        is_name_word(w) or _INITIAL.match(w) or w in pt.NAME_PARTICLES for w in words
    ) and is_name_word(words[-1])


def match_byline(line: str) -> list[str] | None:
    """The authors named by a byline ("By Anna Smith and Tom Brown, Reuters"), else None."""
    t = line.strip()
    if "\n" in t or len(t.split()) > 14:
        return None
    m = pt.BYLINE_RE.match(t)
    if not m:
        return None
    names = [n.strip(" .") for n in pt.BYLINE_JOIN_RE.split(m["names"]) if n.strip(" .")]
    if not names or not _is_person(names[0]):
        return None  # "By the end of the week …"
    # Later parts may be the desk or agency ("Reuters", "political correspondent").
    return [n for n in names if _is_person(n)]


# --- Headings ----------------------------------------------------------------------------------


def ends_sentence(text: str) -> bool:
    """True when text ends like a sentence (terminal punctuation, maybe inside quotes)."""
    t = text.rstrip().rstrip(_CLOSERS)
    return t.endswith(_TERMINAL)


def is_caption(text: str) -> bool:
    """True for a photo caption or credit line ("Photo: Reuters", "Фото: ТАСС", "© AFP")."""
    t = text.strip()
    return pt.CAPTION_RE.match(t.lstrip("([ ")) is not None or "©" in t or (
        "/" in t and pt.PHOTO_CREDIT_RE.search(t) is not None)  # "/": cheap, and in every credit


def looks_like_heading(text: str) -> bool:
    """A short single line that starts with a capital and does not end like a sentence."""
    t = text.strip()
    if not t or "\n" in t or len(t) > 120 or ";" in t:
        return False
    words = t.split()
    if len(words) > 12 or is_caption(t):
        return False
    first = t.lstrip(_OPENERS)[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if t.endswith("?"):
        return True
    return not ends_sentence(t) and not t.endswith(",")


# --- Quote callouts ----------------------------------------------------------------------------

# Two capitalised words in a row ("Anna Smith", "J. R. Holloway" has "R. Holloway"), maybe
# with name particles between ("Marie-Hélène de la Tour").
_UPPER = r"[^\W\d_a-zà-ÿа-яёіїєґ]"
_CAPITAL_PAIR = re.compile(
    rf"{_UPPER}[\w'’.\-]*\s+(?:(?:{'|'.join(sorted(pt.NAME_PARTICLES))})\s+){{0,3}}{_UPPER}"
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*) +$")
# "… Kowalska deputy minister": a capitalised word, then a lower-case one.
_NAME_THEN_ROLE = re.compile(rf"\s{_UPPER}[\w'’-]+\s+[a-zà-ÿа-яёіїєґ]")
_ROLELESS_END = (".", "!", "?", "…", "»", "”", '"', "“")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.){1,3}$")


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
        return any(is_name_word(first) and first.lower() not in _STOP_LANGS
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


def _has_role_word(words: list[str], window: int = 6) -> bool:
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
        elif _INITIAL.match(w):
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


def _clean_quote(text: str) -> str:
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
    return _has_role_word(role)


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


def match_callout(text: str, seen: Mentions) -> tuple[str, str, str | None] | None:
    """Split a flattened pull quote "quote text Speaker Name role" into its three parts.

    A speaker is a run of two to five name words (initials and particles included) at most
    fourteen words from the end, whose name appears elsewhere in the article (`seen`) or is
    followed by a role phrase ("chief economist at …", "German Ambassador to France").
    Returns (text, speaker, role) or None.
    """
    t = text.strip()
    tail = max(0, len(t) - 240)
    if ends_sentence(t) or "\n" in t or not (
            _CAPITAL_PAIR.search(t, tail) or _NAME_THEN_ROLE.search(t, tail)):
        return None  # most blocks: no name near the end
    words = t.split()
    n = len(words)
    if n < 5 or n > 150:
        return None
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
    if best is None:
        return None
    _, i, k, name = best
    role = " ".join(words[i + k:]).strip(" ,—–-") or None
    while i > 0 and words[i - 1].lower() in pt.HONORIFICS:  # "Dr. Anna Weber"
        i -= 1
        name = f"{words[i]} {name}"
    quote = _clean_quote(" ".join(words[:i]))
    if len(quote.split()) < 4:  # "Voters turn against incumbent Anna Smith mayor of …"
        return None
    return quote, name, role


# --- Language ------------------------------------------------------------------------------------

_STOP_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in pt.STOPWORDS.items():
    for _w in _words:
        _STOP_LANGS[_w] = (*_STOP_LANGS.get(_w, ()), _lang)


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
        for lang in _STOP_LANGS.get(word, ()):
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
