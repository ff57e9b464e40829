"""Who wrote the article: JSON-LD and meta authors, and byline elements found by class, link
and shape ("By Ann Lee and Bo Ma", a rel=author link, a "/autor/…" page)."""

from __future__ import annotations

import html
import re
from itertools import islice

from .. import patterns as pt
from ..text.lines import is_caption
from ..text.names import is_role_word
from .container import scope
from .dom import classes, key, norm, small, text_of
from .meta import ld_names

_BY = re.compile(pt.BYLINE_PREFIX_RE, re.I)
# Spaces before a separator are read from where their run starts ("(?<!\s)"), not again
# from each of them; a separator right after another needs none.
# A byline set in capitals joins its names with capitals too ("JANE DOE AND JOHN ROE"); only
# the words no initial can be ("E", "Y", "A" can) are read so.
_SPLIT_AUTHORS = re.compile(
    r"(?:(?<!\s)\s+)?(?:,|;|\||/|&|\s(?:and|und|y|et|og|och|en|i|a|и|ve|e|und|AND|UND|ET)\s)"
    r"\s*")


_PARENS = re.compile(r"(?<!\s)\s*\([^)]*\)")  # from where a run of spaces starts


def without_parens(text: str) -> str:
    """The text without its "(…)" asides. Only the text up to the last ")" is searched: an
    opening "(" after it has no match, and trying each one of "((((…" read on to the end."""
    end = text.rfind(")") + 1
    return _PARENS.sub("", text[:end]) + text[end:]


def _one_name(name: str) -> str:
    """"Lee, Ann" -> "Ann Lee"; "Ann Lee (al)" -> "Ann Lee"."""
    name = norm(without_parens(name))
    last, sep, first = name.partition(", ")
    if sep and len(last.split()) == 1 and len(first.split()) == 1:
        return f"{first} {last}"
    return name


# Where a byline's names end: a separator, a date, " on " and a date ("Posted by ann on
# Friday December 19"; "on behalf of" is no date), or another hand's "Reviewed by".
_BYLINE_END = re.compile(
    r"(?i:reviewed|fact[- ]checked|edited|illustrated)\s+by\s|"
    r"\s[|•·]\s|\s[-–—]\s|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}|\s(?:on|am|le)\s(?="
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))")


def split_byline(text: str, field: bool = False) -> list[str]:
    """"By Ann Lee and Bo Ma, Reuters" -> names (prefix, dates and roles after a dash dropped).
    A data field (JSON-LD or meta author) holds names only: no label is glued to them or set
    after them, so "Lifestyle Desk" and "CottageCare" are read whole, not cut as a byline's."""
    if field and "&" in text:
        text = html.unescape(text)  # escaped twice by the CMS: "Maria &amp;amp; Katerina"
    text = norm(without_parens(norm(text)))
    text = _BY.sub("", text).strip()
    text = _BYLINE_END.split(text)[0]
    if re.fullmatch(r"[^\s,]+, [^\s,]+", text):  # "Lee, Ann": one name, surname first
        return [_one_name(text)]
    parts = [norm(n).strip(" ,;:…") for n in _SPLIT_AUTHORS.split(text)
             if not is_caption(n)]  # "Foto: REUTERS", "© dpa-infocom" in the byline box
    names: list[tuple[str, list[str]]] = []  # each name with its credentials
    for part in parts:
        if names and _is_credential(part):
            names[-1][1].append(part)
        elif names and not field and _is_role(part):
            continue  # "Ann Lee, Senior Analyst": the writer's position, not a second writer
        else:
            names.append((_bare_name(part.rstrip(".")) if not field else part, []))
    commas = [norm(p).strip(" ,.;:") for p in text.split(",")][1:]
    return [", ".join([_in_title_case(n), *creds]) for n, creds in names
            if n and len(n) <= 60 and len(n.split()) <= 6
            and not any(c.isdigit() for c in n) and "@" not in n and "://" not in n
            and (field or not _DOMAIN.fullmatch(n)) and not (n in commas and _is_place(n))]


def _is_credential(part: str) -> bool:
    """"MS", "RD", "Ph.D.", "M.D.": a degree after a name, not a name."""
    return part.replace(".", "") in pt.CREDENTIALS


def _is_role(part: str) -> bool:
    """"Senior Analyst", "Editor": every word names a position (or ranks it)."""
    words = part.split()
    return 0 < len(words) <= 4 and all(
        is_role_word(w) or w.lower() in pt.ROLE_ADJECTIVES for w in words)


def _in_title_case(name: str) -> str:
    """"JANE DOE" -> "Jane Doe": a name set in capitals by the byline's style. One word
    ("AFP") or a short one ("BBC NEWS" keeps neither) stays as written."""
    words = name.split()
    if len(words) < 2 or not name.isupper() or any(len(w) < 2 for w in words):
        return name
    return " ".join(w.capitalize() if w.isalpha() else w.title() for w in words)


_DOMAIN = re.compile(r"\S+\.[a-z]{2,}")
_GLUED = re.compile(r"(?<=[a-zà-ÿа-яё])(?=[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё])")  # "BergerKorrespondent"


def _unglued(word: str) -> list[str]:
    """"BergerKorrespondent" -> ["Berger", "Korrespondent"], "HollowayNews" -> ["Holloway"]: a
    role or section label glued to the name by markup with no space between. "McCarthy",
    "DeSantis" and "MacKenzie" stay whole: too short a first part, and no role after it."""
    for m in _GLUED.finditer(word):
        if is_role_word(word[m.start():]):
            return [word[:m.start()], word[m.start():]]
        if m.start() >= 5:
            return [word[:m.start()]]  # the label glued on is the page's, not the name's
    return [word]


def _bare_name(name: str) -> str:
    """A byline name without what the page's furniture sets beside it: a role ("Leitender
    Redakteur", glued on as "BergerKorrespondent"), a "Follow" button, the weekday of the
    date, or the name shown twice (a hidden copy for screen readers)."""
    words = [w for word in name.split() for w in _unglued(word)]
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    if not words or words[0].lower() in pt.DETERMINERS:
        return " ".join(words)  # "The Associated Press": an organisation's name, kept whole
    role = False
    while len(words) > 2 and words[-2][:1].isupper() and (
            is_role_word(words[-1]) or words[-1].lower() in pt.BYLINE_TAIL_WORDS
            or (role and words[-1].lower() in pt.ROLE_ADJECTIVES)):
        role = role or is_role_word(words[-1])
        words.pop()
    return " ".join(words)


def _is_place(part: str) -> bool:
    """"Frankfurt" after "By Ann Lee, ": one capitalised word that is no agency is a place."""
    return (len(part.split()) == 1 and part[:1].isupper() and not part.isupper()
            and part.casefold() not in pt.AGENCY_KEYS)


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for n in names:
        k = key(n)
        if k and k not in seen:
            seen.add(k)
            out.append(n)
    return out


def _labelled(tags: dict, label: str) -> str:
    """The data key of a "twitter:label1" = label pair (as SEO plugins write bylines)."""
    for name, value in tags.items():
        if name.startswith("twitter:label") and value.strip().lower() == label:
            return "twitter:data" + name[len("twitter:label"):]
    return ""


def pick_authors(ld: dict, tags: dict, byline_texts: list[str]) -> list[str]:
    """Author names: JSON-LD authors, else meta author, else byline elements."""
    publisher = {key(n) for n, _ in ld_names(ld.get("publisher"))} if ld else set()
    publisher |= {key(tags.get("og:site_name", ""))} - {""}
    names: list[str] = []
    orgs: list[str] = []
    for name, typ in ld_names(ld.get("author")):
        if "Organization" in typ:
            orgs.append(norm(without_parens(name)))
        else:
            names.extend(split_byline(name, field=True))
    # A byline element naming every JSON-LD author and more is the fuller author list.
    # Only the first byline naming them counts: later ones belong to teasers of other stories.
    for text in byline_texts if names else []:
        found = split_byline(text)
        if {key(n) for n in names} < {key(n) for n in found}:
            names = found
        if {key(n) for n in names} & {key(n) for n in found}:
            break
    newsroom = publisher | {key(o) for o in orgs}
    # A CMS account ("ann.lee", "editor_2") in the data gives way to a visible byline too.
    from_tag = not names or all(map(_is_handle, names))
    if not names:
        for tag in ("author", "article:author", "dc.creator", "citation_author", "sailthru.author",
                    "byl", "twitter:misc:written by", _labelled(tags, "written by")):
            value = tags.get(tag, "")
            if value and not value.startswith("http"):
                found = [n for part in value.split("; ") for n in split_byline(part, field=True)]
                # The site's own name in the author tag says nothing a byline could not.
                if found and not all(key(n) in newsroom for n in found):
                    names = found
                    break
                orgs = orgs or found
    named = None  # whether a byline names them: asked once, not once per byline
    for text in byline_texts:
        found = split_byline(text)
        if from_tag and names and found and named is None:
            named = _named_in(names, byline_texts)
        if from_tag and names and found and not named:
            # The visible byline names people the author tag does not: the tag holds the
            # newsroom's short name ("LTO") or a CMS account, the byline the writers.
            names = found
            break
        if not names and found:
            names = found
            break
    if not names:
        names = orgs  # the newsroom itself signs the piece
    # The publisher beside a person ("Jane Doe, BBC News") is where they write, not a writer.
    people = [n for n in names if not _newsroom(n, publisher)]
    return _dedupe(people or names)


def _is_handle(name: str) -> bool:
    """"ann.lee", "jdoe_2": one lower-case word, a login rather than a name as signed."""
    return " " not in name and name == name.lower() and any(c.islower() for c in name)


def _newsroom(name: str, publisher: set[str]) -> bool:
    """The name is the publisher's or site's: the same words, or those words and a word or
    two more ("BBC" -> "BBC News", "The Times" -> "Times")."""
    k = key(name)
    k = k.removeprefix("the ")
    for p in publisher:
        p = p.removeprefix("the ")
        if p and (k == p or (k.startswith(p + " ") and len(k.split()) - len(p.split()) <= 2)
                  or (p.startswith(k + " ") and len(p.split()) - len(k.split()) <= 2)):
            return True
    return False


def _named_in(names: list[str], texts: list[str]) -> bool:
    """Some of the names appear in one of the texts."""
    keys = [key(t) for t in texts]
    return any(key(n) and any(key(n) in k for k in keys) for n in names)


# --- byline elements ------------------------------------------------------------------------------


def container_and_header(tree, container, h1):
    """Elements of the article (its container and what surrounds the headline), in order."""
    region = scope(h1, container)
    return (el for el in region.iter("*") if isinstance(el.tag, str))


def _byline_text(el, below_body_start: bool) -> str | None:
    """The text of a byline element: marked as author/byline, and short; names start the text
    after "By"/"Von"..., or the element is a rel=author link."""
    if el.get("rel") == "author":
        return text_of(el) or None
    if el.get("itemprop") == "author":
        return _microdata_author(el)
    if el.tag == "a" and pt.AUTHOR_PAGE_RE.search(el.get("href") or ""):
        return _author_link(el)
    if el.tag in ("html", "body", "article", "main"):
        return None
    named = el.get("class") or el.get("id") or el.get("data-testid")  # most elements: none
    if not named or not pt.BYLINE_CLASS_RE.search(classes(el)):
        if el.tag not in _UNMARKED_OR_HEADING or not small(el, 30):
            return None
        return _unmarked_byline(el, below_body_start or el.tag in _HEADINGS)
    if not small(el, 30):
        return None
    text = text_of(el)
    if not text or len(text) > 150:
        return None
    if _BY.match(text) or text.casefold() in pt.AGENCY_KEYS:
        return text  # "By Ann Lee", or a wire agency signing alone ("AFP")
    # A bare name, or "Name, role": a few capitalised words first.
    words = text.split(",")[0].split()
    capitalised = all(w[:1].isupper() for w in words)
    if 2 <= len(words) <= 4 and capitalised and not text.endswith((".", "?")):
        name, _, role = text.partition(",")
        return name if role.strip()[:1].islower() else text  # "Ann Lee, health editor"
    return None


_NAME = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}")
_UNMARKED_BYLINE_TAGS = ("p", "div", "span", "li", "address")


def _byline_groups(found) -> list[str]:
    """Byline texts in order, each run of sibling boxes alike in class also read as one,
    before its parts: two "byline" boxes side by side, one writer each, are one byline of
    two writers."""
    found = _inner_bylines(list(found))
    alike: dict[tuple, list[str]] = {}  # (parent, class) -> texts, gathered in one pass
    for el, text in found:
        if el.get("class"):
            alike.setdefault((el.getparent(), el.get("class")), []).append(text)
    texts: list[str] = []
    for el, text in found:
        group = alike.pop((el.getparent(), el.get("class")), None)
        if group is not None and len(group) > 1:
            texts.append(", ".join(group))
        texts.append(text)
    return texts


_LOOKAHEAD = 3  # bylines after a box searched for its inner line
_NESTING = 8  # levels up from a byline to the box it may sit in


def _inner_bylines(found: list) -> list:
    """A byline box holding a "By Ann Lee" line and more (the writer's role, a share
    button) gives way to that line: the box's other words are no part of the name. The
    line is among the next few bylines found, the box among its first ancestors."""
    out = []
    for i, (el, text) in enumerate(found):
        if not any(len(t) < len(text) and _BY.match(t)
                   and el in islice(d.iterancestors(), _NESTING)
                   for d, t in found[i + 1:i + 1 + _LOOKAHEAD]):
            out.append((el, text))
    return out


_MICRODATA_NAME = 40  # elements searched for the author's itemprop="name"
_MICRODATA_TEXT = 60  # characters: a longer author element is a bio box, not a name


def _microdata_author(el) -> str | None:
    """schema.org microdata: the itemprop="name" inside an itemprop="author" element, or the
    element's own text when it is as short as a name."""
    named = next((d for d in islice(el.iter(), _MICRODATA_NAME)
                  if isinstance(d.tag, str) and d.get("itemprop") == "name"), None)
    text = text_of(named if named is not None else el)
    return text if text and len(text) <= _MICRODATA_TEXT else None


def _author_link(a) -> str | None:
    """A link to the writer's page ("/autor/jana-novak") whose text is a name: a byline,
    unless it sits inside a paragraph of running text that mentions a colleague. One word
    counts when the page's address spells it ("/author/amanda/": a first name or a handle),
    and a link naming several writers ("Ann Lee and Bo Ma") when each is a name."""
    text = text_of(a)
    parent = a.getparent()
    if parent is not None and parent.tag == "p" and len(text_of(parent)) > 100:
        return None
    if _is_name(text):
        return text
    if len(text.split()) == 1 and _slug(a.get("href") or "") == key(text).replace(" ", "-"):
        return text
    names = split_byline(text)
    return text if len(names) > 1 and all(map(_is_name, names)) else None


def _slug(href: str) -> str:
    """The last step of an address's path, lower-cased: "/author/amanda/" -> "amanda"."""
    path = href.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return path.rsplit("/", 1)[-1].lower()


def _is_name(text: str) -> bool:
    """Two to four capitalised words ("Ann Lee", "Mary Ann McCarthy")."""
    return bool(_NAME.fullmatch(text)) and all(w[:1].isupper() for w in text.split())


def _unmarked_byline(el, signed_only: bool) -> str | None:
    """A short line "By Ann Lee and Bo Ma" / "Von: Bill McCarthy" with no class saying so:
    taken when everything after the prefix is two-to-four-word capitalised names. Below the
    body's start, or set as a heading, only "Written by Ann Lee" says whom the line names:
    a bare "By …" there may be a caption's or a quote's."""
    if not _opens_like_byline(el):
        return None  # most lines: read no further than their first words
    text = text_of(el)
    if signed_only and not _SIGNED.match(text):
        return None
    return text if byline_names(text) else None


def _opens_like_byline(el) -> bool:
    """Whether the element's first words are a byline's prefix ("By", "Von:", "Posted by"):
    the whole text of every short line of the page is not needed to tell."""
    for piece in islice(el.itertext(), _FIRST_PIECES):
        if piece.strip():
            return bool(_BY.match(piece.lstrip() + " ."))
    return False


_FIRST_PIECES = 4  # text pieces looked at for the first words (empty ones come first)


_SIGNED = re.compile(r"(?:written|posted)\s+by\b", re.I)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_UNMARKED_OR_HEADING = frozenset(_UNMARKED_BYLINE_TAGS + _HEADINGS)


def byline_names(text: str) -> list[str] | None:
    """The names of "By Ann Lee and Bo Ma": every one two-to-four capitalised words."""
    if len(text) > 100 or not _BY.match(text):
        return None
    names = split_byline(text)
    return names if names and all(map(_is_name, names)) else None


def page_authors(tree, container, h1, ld: dict, tags: dict, order: dict) -> list[str]:
    """The article's authors: the page's JSON-LD and meta authors, checked against its byline
    elements around the headline."""
    # A line without a byline class counts only above the body, where bylines stand.
    start = order.get(container, 0)
    bylines = _byline_groups((el, text) for el in container_and_header(tree, container, h1)
                             if (text := _byline_text(el, order.get(el, 0) >= start)))
    return pick_authors(ld, tags, [b for b in bylines if b])
