"""Line classifiers: whitespace, "Related materials" labels, bylines, headings and captions."""

from __future__ import annotations

import re

from .. import patterns as pt
from .names import is_person

_TERMINAL = tuple(".!?…:;")
_CLOSERS = "\"'”’»)]“›‘"  # “ closes German „quotes“, ‘ its ‚inner ones‘
_OPENERS = "«“„\"'([¿¡"


def norm_space(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    # Most text needs nothing done: every whitespace character but the plain space is
    # unprintable, so printable text with no double, leading or trailing space is already
    # collapsed, and checking that is several times cheaper than splitting and joining.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())  # split() without arguments is the fast whitespace split


_NON_WORD = re.compile(r"[\W_]+")


def key(text: str | None) -> str:
    """Words only, case-folded: for comparing titles, names, headings and paragraphs."""
    return _NON_WORD.sub(" ", norm_space(text or "").casefold()).strip()


# --- Related-materials labels ----------------------------------------------------------------
# Arrows, bullets and emoji that pages put before a label ("► Read also:", "📌 Читайте також").
_LABEL_MARKS = " \t>»›►▶→•·*-–—|📌👉🔗📎■□◆◇●○▼▽★☆"  # glyphs set before a label


_LABEL_SEP = re.compile(r"(?<!\s)(?:\s*:|\s+[|—–>]+(?=\s)|\s+-(?=\s))")  # from a run's start


def lower(text: str) -> str:
    """Lower case as the vocabularies are written."""
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
    if not first or lower(first[0]).rstrip(":|.") not in pt.RELATED_FIRST_WORDS:
        return None  # cheap test first: most lines start with no label's first word
    head, sep, rest = _split_label(line)
    candidate = (head if sep else line).lstrip(_LABEL_MARKS)
    if len(candidate) > 60:  # labels are a few words; most lines are paragraphs
        return None
    key = lower(norm_space(candidate)).rstrip(" .-–—»>").strip()
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


_TOPIC_WORDS = 8  # "More on Car Repair & Maintenance": a label and a few words of topic
_TOPIC_CHARS = 80


def match_topic_label(line: str) -> str | None:
    """The line as a label when it is a topic label ("More on remote work", "Mehr zum Thema
    Gaza"); the caller checks that link titles follow, as a section heading has none."""
    if len(line) > 4 * _TOPIC_CHARS or "\n" in line:
        return None  # a paragraph, far longer than any label
    t = norm_space(line.strip().lstrip(_LABEL_MARKS))
    words = t.split()
    if not 2 <= len(words) <= _TOPIC_WORDS or len(t) > _TOPIC_CHARS:
        return None
    if ends_sentence(t) and not t.endswith(":"):
        return None
    lowered = lower(t).split()
    for n in range(1, min(4, len(words) - 1) + 1):  # one to four words, then the topic
        if " ".join(lowered[:n]) in pt.RELATED_TOPIC_SET:
            return t
    return None


# --- Bylines -------------------------------------------------------------------------------------


def match_byline(line: str) -> list[str] | None:
    """The authors named by a byline ("By Anna Smith and Tom Brown, Reuters"), else None."""
    t = line.strip()
    if "\n" in t or len(t.split()) > 14:
        return None
    m = pt.BYLINE_RE.match(t)
    if not m:
        return None
    names = [n.strip(" .") for n in pt.BYLINE_JOIN_RE.split(m["names"]) if n.strip(" .")]
    if not names or not is_person(names[0]):
        return None  # "By the end of the week …"
    # Later parts may be the desk or agency ("Reuters", "political correspondent").
    return [n for n in names if is_person(n)]


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

