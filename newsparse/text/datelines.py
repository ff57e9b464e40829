"""Datelines: dates on the headline line, wire datelines opening the lead, lines that are a date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Container
from functools import cache

from .. import patterns as pt
from ..model import Dateline
from .lines import norm_space

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
    return (rf"^\s*(?P<raw>(?:{pt.DATE_WORDS}\s*+(?::\s*+)?)?(?:{_written(mon)}){_TIME})"
            r"(?:\s+|$)(?P<rest>.*)$")


def _trailing_date(mon: str, agency: str) -> str:
    # The headline ends in a non-space: "\s+" then starts only where a run of spaces does
    # (".+?" before it tried every space of a long run against the rest of the run).
    return rf"^(?P<rest>.*?\S)\s+[-–—|,]\s+(?P<raw>(?:{_written(mon)}){_TIME})\s*$"


# --- Wire datelines at the start of a paragraph ----------------------------------------------
#   "MOSCOW, Feb 17 (Reuters) - ", "WASHINGTON (AP) — ", "PARIS, 5 mars (AFP) - ",
#   "МОСКВА, 17 фев — РИА Новости. ", "BRUSSELS, Belgium — ", "LONDON/BERLIN, March 3 (Reuters) -",
#   "КИЕВ, 3 марта. /ТАСС/. ", "Berlin (dpa) - ", "Sevilla, 12 mar (EFE).- "
_PLACE_WORD = r"[^\W\d_][^\W\d_'’.\-]*(?:[\-'’.][^\W\d_]+)*\.?"  # "ST. PETERSBURG"
_PLACE = rf"(?P<place>{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}})"
# Arabic and Hebrew have no capitals: a region in them is any word ("دمشق، سوريا (CNN) --").
_REGION_START = "[A-ZА-ЯЁІЇЄҐ\u0590-\u05ff\u0600-\u06ff]"
_REGION = rf"(?:[,،]\s*(?P<region>{_REGION_START}[\w.’']+(?:\s{_REGION_START}[\w.’']+)?))"
# Possessive: spaces are never given back to what must start with a non-space.
_DASH = r"\s*+(?:\.\s*+)?(?:-{1,2}|–|—)\s*"


def _wire(mon: str, agency: str) -> str:
    # An agency named after the dash ("— РИА Новости. ") is read by `_agency_after_dash`: the
    # pattern never depends on it (see there), so it need not be spelt out here.
    mdate = (
        rf"(?P<mdate>(?:(?P<mon1>{mon})\.?\s+(?P<day1>\d{{1,2}}))"
        rf"|(?:(?P<day2>\d{{1,2}})\.?\s+(?:de\s+)?(?P<mon2>{mon})\.?))"
    )
    return (
        rf"^(?P<raw>(?:{_PLACE}{_REGION}?(?:,\s*+{mdate})?(?:,?\s++(?P<year>\d{{4}}))?)?"
        rf"(?:\s*+\((?P<agency>[^()]{{1,40}})\))?"
        rf"(?:\.?\s*+/(?P<agency3>[^/\s][^/]{{0,30}})/\.?\s*|{_DASH}))"
        rf"(?P<rest>\S.*)$"
    )


# "Москва. 17 февраля. INTERFAX.RU - ", "КИЇВ. 3 березня. УНІАН. ": full stops between the
# parts, and always a known agency, since "Paris. 5 mars. Le …" could open any paragraph.
def _wire_dotted(mon: str, agency: str) -> str:
    return (
        rf"^(?P<raw>(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}})\.\s+(?P<day>\d{{1,2}})\s+"
        rf"(?P<mon>{mon})\.\s++(?P<agency>{agency})\.?(?:\s*+(?:-|–|—))?\s+)(?P<rest>\S.*)$"
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
    # "--" is how plain text types the long dash ("BERLIN -- …").
    if not (m["mdate"] or m["region"] or agency or raw.endswith(("—", "–", "--"))):
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
