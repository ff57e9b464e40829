"""Small pure classifiers: each looks at one line or block and says what it is."""

from __future__ import annotations

import re

from . import patterns as pt
from .model import Dateline

_WS = re.compile(r"\s+")
_TERMINAL = tuple(".!?…:;")
_CLOSERS = "\"'”’»)]"

# "date 2023-02-17 Headline", also with dd.mm.yyyy or "February 17, 2023".
_ISO = r"\d{4}-\d{2}-\d{2}"
_DMY = r"\d{1,2}[./]\d{1,2}[./]\d{4}"
_HEADLINE_DATE = re.compile(
    rf"^\s*(?P<raw>{pt.DATE_WORDS}\s*:?\s*(?P<date>{_ISO}|{_DMY}))(?:\s+|$)(?P<rest>.*)$",
    re.I | re.S,
)

# Wire datelines at the start of a paragraph:
#   "MOSCOW, Feb 17 (Reuters) - ", "WASHINGTON (AP) — ", "PARIS, 5 mars (AFP) - ",
#   "МОСКВА, 17 фев — РИА Новости. ", "KYIV, Ukraine — ".
_UP = r"[^\W\d_a-zа-яёіїєґäöüßàâçéèêëîïôûùüÿñæœ]"  # an upper-case letter
_PLACE = rf"(?P<place>{_UP}{{2,}}(?:[ \-'’.]{_UP}+)*)"
_REGION = r"(?:,\s*(?P<region>[A-ZА-ЯЁІЇЄҐ][\w.’']+(?:\s[A-ZА-ЯЁІЇЄҐ][\w.’']+)?))"
_MDATE = (
    rf"(?P<mdate>(?:(?P<mon1>(?i:{pt.MONTH_ALT}))\.?\s+(?P<day1>\d{{1,2}}))"
    rf"|(?:(?P<day2>\d{{1,2}})\.?\s+(?P<mon2>(?i:{pt.MONTH_ALT}))\.?))"
)
_DASH = r"\s*(?:-{1,2}|–|—)\s*"
_WIRE = re.compile(
    rf"^(?P<raw>{_PLACE}(?:,\s*{_MDATE}|{_REGION})?(?:,\s*(?P<year>\d{{4}}))?"
    rf"(?:\s*\((?P<agency>[^()]{{1,40}})\))?{_DASH}"
    rf"(?:(?P<agency2>{pt.AGENCY_ALT})\.\s*)?)(?P<rest>\S.*)$",
    re.S,
)


def norm_space(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


def _iso_from_parts(day: int, month: int, year: int | None) -> str | None:
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _iso_from_written(date: str) -> str | None:
    if re.fullmatch(_ISO, date):
        return date
    day, month, year = (int(x) for x in re.split(r"[./]", date))
    return _iso_from_parts(day, month, year)


def match_headline_dateline(line: str) -> tuple[Dateline, str] | None:
    """Split "date 2023-02-17 Headline" into its dateline and the headline."""
    m = _HEADLINE_DATE.match(line)
    if not m:
        return None
    raw = norm_space(m["raw"])
    return Dateline(raw=raw, date=_iso_from_written(m["date"])), norm_space(m["rest"])


def match_wire_dateline(text: str, year: int | None = None) -> tuple[Dateline, str] | None:
    """Split a wire dateline ("MOSCOW, Feb 17 (Reuters) -") off the start of a paragraph."""
    m = _WIRE.match(text)
    if not m:
        return None
    place = m["place"]
    # The place must be written in capitals: "MOSCOW", "NEW YORK", not "Moscow".
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return None
    agency = m["agency"] or m["agency2"]
    if not (m["mdate"] or m["region"] or agency or m["raw"].rstrip().endswith(("—", "–"))):
        return None
    if m["region"]:
        place = f"{place}, {m['region']}"
    date = None
    if m["mdate"]:
        mon = pt.MONTHS.get((m["mon1"] or m["mon2"]).lower().rstrip("."))
        day = int(m["day1"] or m["day2"])
        y = int(m["year"]) if m["year"] else year
        date = _iso_from_parts(day, mon, y) if mon else None
    raw = norm_space(m["raw"])
    return Dateline(raw=raw, date=date, place=place, agency=agency), m["rest"].strip()


def match_related_label(line: str) -> tuple[str, str] | None:
    """Return (label, text after it) when a line opens a "Related materials" block."""
    head, sep, rest = line.partition(":")
    candidate = head if sep else line
    key = norm_space(candidate).lower().rstrip(" .-–—»>").strip()
    if key not in pt.RELATED_LABEL_SET:
        return None
    # A bare phrase like "Related" inside running text is not a label: it must stand alone
    # or end in a colon.
    if not sep and len(line.split()) > len(key.split()):
        return None
    label = norm_space(candidate) + (":" if sep else "")
    return label, norm_space(rest)


def ends_sentence(text: str) -> bool:
    """True when text ends like a sentence (terminal punctuation, maybe inside quotes)."""
    t = text.rstrip().rstrip(_CLOSERS)
    return t.endswith(_TERMINAL)


def looks_like_heading(text: str) -> bool:
    """A short single line that does not end like a sentence and starts with a capital."""
    if "\n" in text.strip() or not text.strip():
        return False
    words = text.split()
    if len(words) > 16 or len(text) > 140:
        return False
    first = text.lstrip("«“\"'([")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    t = text.rstrip()
    if t.endswith("?") and len(words) <= 12:
        return True
    return not ends_sentence(t) and not t.endswith(",")


def _is_cap(word: str) -> bool:
    w = word.lstrip("«“\"'(")
    return len(w) > 1 and w[0].isupper() and any(c.islower() for c in w[1:]) and w[-1] not in ",.;:!?"


def _has_role_word(words: list[str], window: int = 4) -> bool:
    for w in words[:window]:
        lw = w.lower().strip(",.()\"'«»“”")
        if lw and lw.startswith(pt.ROLE_STEM_TUPLE):
            return True
    return False


def _clean_quote(text: str) -> str:
    t = text.strip().rstrip(",—–-:").strip()
    if len(t) > 1 and t[0] in "«“\"„" and t[-1] in "»”\"“":
        t = t[1:-1].strip()
    return t


def match_callout(text: str, elsewhere: str) -> tuple[str, str, str | None] | None:
    """Split a flattened pull quote "quote text Speaker Name role" into its three parts.

    `elsewhere` is the rest of the article: a speaker whose name appears there, or whose
    name is followed by a role phrase ("official representative of …", "Ambassador to …"),
    is taken as the speaker. Returns (text, speaker, role) or None.
    """
    if ends_sentence(text) or "\n" in text.strip():
        return None
    words = text.split()
    if len(words) < 5:
        return None
    best: tuple[int, int, int] | None = None  # (score, i, k)
    for i in range(3, len(words) - 1):
        if not (_is_cap(words[i]) and _is_cap(words[i + 1])):
            continue
        if words[i - 1].endswith((".", "!", "?", "…", "»", "”", '"', ",", "—", "–", "-")) is False \
                and _is_cap(words[i - 1]):
            continue  # the name must start a capitalised run, not sit inside one
        for k in (2, 3):
            if i + k > len(words) or not all(_is_cap(w) for w in words[i:i + k]):
                continue
            role = words[i + k:]
            role_text = " ".join(role).lstrip(",—– ")
            if len(role) > 14 or re.search(r"[.!?;](\s|$)", role_text.replace("U.S.", "US")):
                continue
            name = " ".join(w.strip("«»“”\"'(),") for w in words[i:i + k])
            known = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", elsewhere) is not None
            stem = _has_role_word(role)
            # A name seen elsewhere in the article may carry a short role with no role word
            # we know; a long one without such a word is more likely the quote going on.
            if not (stem or (known and len(role) <= 6)):
                continue
            score = 2 * known + 2 * stem + (k == 2)
            if best is None or score > best[0]:
                best = (score, i, k)
    if best is None:
        return None
    _, i, k = best
    quote = _clean_quote(" ".join(words[:i]))
    speaker = " ".join(w.strip("«»“”\"'(),") for w in words[i:i + k])
    role = " ".join(words[i + k:]).strip(" ,—–-") or None
    if len(quote.split()) < 3:
        return None
    return quote, speaker, role


def detect_language(text: str) -> str | None:
    """Guess an ISO 639-1 code from function-word frequencies; None when unsure."""
    tokens = re.findall(r"[^\W\d_]+", text[:5000].lower())
    if len(tokens) < 5:
        return None
    counts = {lang: 0 for lang in pt.STOPWORDS}
    sets = {lang: frozenset(words) for lang, words in pt.STOPWORDS.items()}
    for tok in tokens:
        for lang, words in sets.items():
            if tok in words:
                counts[lang] += 1
    lang, hits = max(counts.items(), key=lambda kv: kv[1])
    return lang if hits >= max(3, len(tokens) // 25) else None
