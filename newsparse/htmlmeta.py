"""What a page says of itself: title, authors, date, language and description from its markup.

Sources, most trusted first: JSON-LD (schema.org NewsArticle and kin), OpenGraph / article:*
meta tags, other meta tags, then visible markup (h1, byline elements, <time>).
"""

from __future__ import annotations

import html
import json
import re

from . import patterns as pt
from .text.lines import is_caption, norm_space
from .text.names import is_role_word

_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|BlogPosting|LiveBlog|WebPage", re.I)
_BY = re.compile(pt.BYLINE_PREFIX_RE, re.I)
_SPLIT_AUTHORS = re.compile(r"\s*(?:,|;|\||/|&|\s(?:and|und|y|et|og|och|en|i|a|и|ve|e|und)\s)\s*")
_TITLE_SEP = re.compile(r"\s+[|–—:·•»\-]\s+|\s+[|–—·•»]|[|–—·•»]\s+|\s*[：｜]\s*|\s*--\s*")


def norm(text: str | None) -> str:
    """Collapse whitespace (None reads as empty)."""
    return norm_space(text or "")


def key(text: str | None) -> str:
    """Words only, case-folded: for comparing titles, names and headings."""
    return re.sub(r"[\W_]+", " ", norm(text).casefold()).strip()


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # scripts written without spaces


def _headline_length(k: str) -> bool:
    """Long enough to be a headline rather than a word that happens to recur: some sixteen
    letters, or eight characters of a script that packs a word into one or two."""
    return len(k) > 15 or len(CJK.findall(k)) >= 8



# --- JSON-LD --------------------------------------------------------------------------------

def _ld_objects(data) -> list[dict]:
    """Flatten a JSON-LD document (lists, @graph) into its objects."""
    out: list[dict] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
    return out


def _types(obj: dict) -> str:
    t = obj.get("@type", "")
    return " ".join(t) if isinstance(t, list) else str(t)


def json_ld(tree) -> dict:
    """The page's main article object from JSON-LD (empty when there is none)."""
    best: dict = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"), strict=False)
        except ValueError:
            continue
        for obj in _ld_objects(data):
            types = _types(obj)
            if not _ARTICLE_TYPES.search(types):
                continue
            # A real article object beats a WebPage wrapper.
            rank = (bool(re.search(r"Article|Posting|Report", types)), "headline" in obj,
                    "articleBody" in obj)
            if not best or rank > best["_rank"]:
                best = dict(obj, _rank=rank)
    return best


def _names(value) -> list[tuple[str, str]]:
    """(name, @type) pairs from a JSON-LD author/publisher value."""
    items = value if isinstance(value, list) else [value]
    out = []
    for it in items:
        if isinstance(it, str):
            out.append((it, ""))
        elif isinstance(it, dict):
            name = it.get("name")
            if isinstance(name, list):
                name = " ".join(str(n) for n in name)
            if isinstance(name, str):
                out.append((name, _types(it)))
    return out


# --- meta tags ------------------------------------------------------------------------------

_REPEATED = {"author", "article:author", "dc.creator", "citation_author", "sailthru.author"}


def meta_tags(tree) -> dict[str, str]:
    """<meta> name/property/itemprop -> content (first wins), keys lower-cased."""
    tags: dict[str, str] = {}
    for m in tree.iter("meta"):
        content = m.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            name = (m.get(attr) or "").strip().lower()
            if name and name not in tags:
                tags[name] = content.strip()
            elif name in _REPEATED:  # several authors come as several tags
                tags[name] += "; " + content.strip()
    return tags


# --- title ----------------------------------------------------------------------------------

def _is_site(part: str, keys: set[str], domain: str) -> bool:
    k = key(part)
    flat = k.replace(" ", "")
    return k in keys or (len(flat) >= 2 and bool(domain) and (flat == domain or (
        len(k.split()) <= 3 and (flat.startswith(domain) or domain.startswith(flat))) or (
        len(domain) >= 5 and len(k.split()) <= 4 and domain in flat)))  # "Tageszeitung junge Welt"


def _strip_site(title: str, site_names: list[str], domain: str = "") -> str:
    """Remove a " | Site" / "Site - " part that names the publisher (or its domain)."""
    keys = {key(s) for s in site_names if s}
    parts = _TITLE_SEP.split(title)
    if len(parts) > 1:
        kept = [p for i, p in enumerate(parts)
                if not ((i == 0 or i == len(parts) - 1) and _is_site(p, keys, domain))]
        if 1 < len(kept) < len(parts) and len(kept[-1].split()) == 1 and \
                len(" ".join(kept[:-1]).split()) >= 4:
            kept.pop()  # "Headline - Sport - SZ.de": the section left next to the site's name
        if kept and len(kept) < len(parts):
            sep = _TITLE_SEP.search(title)
            return norm((sep.group(0) if sep else " ").join(kept))
    return title


def _padded(title: str, h1: str) -> bool:
    """The title is the h1 plus a part set off by "|", "-", "–", "·"... (a section or site
    name). A part set off by a colon is a kicker, which belongs to the headline."""
    i = title.casefold().find(h1.casefold())
    if i < 0:
        return True  # same words, other punctuation: the visible h1 is the better spelling
    extra = (title[:i] + " " + title[i + len(h1):]).strip()
    after = title[i + len(h1):].lstrip()
    return bool(extra) and not title[:i].rstrip().endswith(":") and bool(
        re.search(r"(^|\s)[|–—·•»-](\s|$)|^[|–—·•»-]|[|–—·•»-]$|[：｜]", extra)
        or after.startswith(","))  # "Headline, Newspaper Name, 26.04.2024"


def _domain_label(url: str | None) -> str:
    """"https://www.example.co.uk/x" -> "example": the name a site is usually called by."""
    host = re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/")[0].split(":")[0]
    labels = [x for x in host.split(".") if x not in ("www", "m", "amp", "edition", "news")]
    while len(labels) > 1 and len(labels[-1]) <= 3:
        labels.pop()
    return labels[-1] if labels else ""


# Where a page states its headline, grouped by who writes it: the social cards, the JSON-LD,
# the visible h1, the SEO title, the newsletter and analytics titles. One vote each.
_TITLE_SOURCES = (("og:title", "twitter:title"), ("ld",), ("h1",), ("title",),
                  ("dc.title", "sailthru.title", "parsely-title"))


def pick_title(ld: dict, tags: dict, h1: str | None, doc_title: str | None,
               url: str | None = None) -> str | None:
    """The headline: JSON-LD/OG title cleaned of the site name, checked against the page's h1,
    unless the page's other statements of its headline agree on another one."""
    site = [tags.get("og:site_name", ""), tags.get("application-name", "")]
    publisher = _names(ld.get("publisher")) if ld else []
    site += [n for n, _ in publisher]
    domain = _domain_label(url or tags.get("og:url"))
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None

    def clean(text: str | None) -> str | None:
        return _strip_site(norm(html.unescape(text)), site, domain) if text and norm(text) \
            else None

    chosen = _preferred_title(headline, tags, h1, doc_title, clean)
    return _majority_title(chosen, {**tags, "ld": headline, "h1": h1}, clean)


def _majority_title(chosen: str | None, stated: dict, clean) -> str | None:
    """A headline that two more sources state than state the chosen one: the social title
    alone against the JSON-LD, the h1 and the SEO title is a separately written teaser."""
    votes: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for family in _TITLE_SOURCES:
        said = {key(t): t for name in family if (t := clean(stated.get(name)))}
        for k, text in said.items():
            votes[k] = votes.get(k, 0) + 1
            spelling.setdefault(k, text)
    if not votes:
        return chosen
    best = max(votes, key=lambda k: votes[k])
    ck = key(chosen)
    if best and best != ck and votes[best] >= 2 and votes[best] - votes.get(ck, 0) >= 2:
        h1 = clean(stated.get("h1"))
        return h1 if key(h1) == best else spelling[best]
    return chosen


def _preferred_title(headline: str | None, tags: dict, h1: str | None, doc_title: str | None,
                     clean) -> str | None:
    """og:title first, corrected by the JSON-LD headline and the h1 where they show padding."""
    raw = (tags.get("og:title"), headline, tags.get("twitter:title"), doc_title)
    cands = [c for r in raw if (c := clean(r))]
    if h1 and _headline_length(key(h1)) and not any(raw[:3]):
        return h1  # no title meant for sharing or search engines: the visible headline
    if cands and len(cands) > 1 and headline:
        # A social title that is the JSON-LD headline plus a trailing " - Section" part.
        first, ld_title = cands[0], clean(headline) or ""
        lk = key(ld_title)
        if _headline_length(lk) and key(first).startswith(lk) and key(first) != lk \
                and _padded(first, ld_title):
            return ld_title
    if h1:
        # The visible headline wins when a meta title agrees with it (or contains it); an
        # equal meta title is kept for its cleaner spacing.
        hk = key(h1)
        if cands and hk and key(cands[0]) == hk:
            return cands[0]
        # A kicker set off by a colon belongs to the headline, unless the JSON-LD headline
        # agrees with the h1 without it ("Analysis: …" is a label the social title adds).
        ld_agrees = headline is not None and key(html.unescape(headline)) == hk
        for c in cands[:1]:
            if hk and key(c) != hk and hk in key(c) and _headline_length(hk) and (
                    _padded(c, h1) or ld_agrees):
                return h1
    if cands:
        return cands[0]
    return h1 or None


# --- authors --------------------------------------------------------------------------------

def _one_name(name: str) -> str:
    """"Lee, Ann" -> "Ann Lee"; "Ann Lee (al)" -> "Ann Lee"."""
    name = norm(re.sub(r"\s*\([^)]*\)", "", name))
    last, sep, first = name.partition(", ")
    if sep and len(last.split()) == 1 and len(first.split()) == 1:
        return f"{first} {last}"
    return name


def split_byline(text: str) -> list[str]:
    """"By Ann Lee and Bo Ma, Reuters" -> names (prefix, dates and roles after a dash dropped)."""
    text = norm(re.sub(r"\s*\([^)]*\)", "", norm(text)))
    text = _BY.sub("", text).strip()
    text = re.split(r"\s[|•·]\s|\s[-–—]\s|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}", text)[0]
    if re.fullmatch(r"[^\s,]+, [^\s,]+", text):  # "Lee, Ann": one name, surname first
        return [_one_name(text)]
    names = [_bare_name(norm(n).strip(" ,.;:…")) for n in _SPLIT_AUTHORS.split(text)
             if not is_caption(n)]  # "Foto: REUTERS", "© dpa-infocom" in the byline box
    commas = [norm(p).strip(" ,.;:") for p in text.split(",")][1:]
    return [n for n in names if n and len(n) <= 60 and len(n.split()) <= 6
            and not any(c.isdigit() for c in n) and "@" not in n and "://" not in n
            and not _DOMAIN.fullmatch(n) and not (n in commas and _is_place(n))]


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
    publisher = {key(n) for n, _ in _names(ld.get("publisher"))} if ld else set()
    publisher |= {key(tags.get("og:site_name", ""))} - {""}
    names: list[str] = []
    orgs: list[str] = []
    for name, typ in _names(ld.get("author")):
        if "Organization" in typ:
            orgs.append(norm(re.sub(r"\(.*?\)", "", name)))
        else:
            names.extend(split_byline(name))
    # A byline element naming every JSON-LD author and more is the fuller author list.
    # Only the first byline naming them counts: later ones belong to teasers of other stories.
    for text in byline_texts if names else []:
        found = split_byline(text)
        if {key(n) for n in names} < {key(n) for n in found}:
            names = found
        if {key(n) for n in names} & {key(n) for n in found}:
            break
    newsroom = publisher | {key(o) for o in orgs}
    from_tag = not names
    if not names:
        for tag in ("author", "article:author", "dc.creator", "citation_author", "sailthru.author",
                    "byl", "twitter:misc:written by", _labelled(tags, "written by")):
            value = tags.get(tag, "")
            if value and not value.startswith("http"):
                found = [n for part in value.split("; ") for n in split_byline(part)]
                # The site's own name in the author tag says nothing a byline could not.
                if found and not all(key(n) in newsroom for n in found):
                    names = found
                    break
                orgs = orgs or found
    for text in byline_texts:
        found = split_byline(text)
        if from_tag and names and found and not _named_in(names, byline_texts):
            # The visible byline names people the author tag does not: the tag holds the
            # newsroom's short name ("LTO") or a CMS account, the byline the writers.
            names = found
            break
        if not names and found:
            names = found
            break
    if not names:
        names = orgs  # the newsroom itself signs the piece
    return _dedupe([n for n in names if key(n) not in publisher or len(names) == 1])


def _named_in(names: list[str], texts: list[str]) -> bool:
    """Some of the names appear in one of the texts."""
    keys = [key(t) for t in texts]
    return any(key(n) and any(key(n) in k for k in keys) for n in names)


# --- date -----------------------------------------------------------------------------------

_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date_candidates(ld: dict, tags: dict, tree):
    """Publication dates in order of trust; the page's markup is only searched if needed."""
    yield ld.get("datePublished")
    yield ld.get("dateCreated")
    for k in ("article:published_time", "og:article:published_time", "datepublished",
              "article.published", "published_time", "publishdate", "publish-date", "pubdate",
              "dc.date.issued", "dc.date", "dcterms.created", "date", "sailthru.date",
              "parsely-pub-date", "article:modified_time", "datemodified"):
        yield tags.get(k)
    # Other spellings: "article:published:time", "publication_date", "DC.date.created"...
    yield from (v for k, v in tags.items() if re.search(r"publi|pubdate|created", k))
    for el in tree.iterfind(".//*[@itemprop='datePublished']"):
        yield el.get("datetime") or el.get("content")
    time_el = tree.find(".//time[@datetime]")
    yield time_el.get("datetime") if time_el is not None else None
    yield ld.get("dateModified")


def pick_date(ld: dict, tags: dict, tree) -> str | None:
    """The publication date as the publisher wrote it (ISO 8601, own offset kept)."""
    for c in _date_candidates(ld, tags, tree):
        if isinstance(c, str) and _ISO_START.match(c.strip()):
            return c.strip()
    return None


def searched_date(tree, url: str | None) -> str | None:
    """For a page whose markup states no date: htmldate's search of its text, URL and
    scripts for the original publication date (YYYY-MM-DD). It may prune the tree, so it
    runs after the article is read."""
    import htmldate  # trafilatura's own dependency; loaded only for pages that need it

    try:
        found = htmldate.find_date(tree, url=url, original_date=True, extensive_search=True)
    except (ValueError, TypeError):  # a malformed page gives no date, not an error
        return None
    return found if isinstance(found, str) else None


def pick_language(tree, tags: dict, ld: dict) -> str | None:
    """Language code from <html lang>, og:locale, content-language or JSON-LD."""
    for value in (tree.get("lang"), tree.get("xml:lang"), tags.get("og:locale"),
                  tags.get("content-language"), ld.get("inLanguage")):
        if isinstance(value, str) and re.match(r"^[A-Za-z]{2,3}(?:[-_]|$)", value.strip()):
            return re.split(r"[-_]", value.strip())[0].lower()  # "de-DE", "en_US" -> "de", "en"
    return None


def description(ld: dict, tags: dict) -> str | None:
    """The page's own description (JSON-LD, OpenGraph, meta)."""
    for value in (ld.get("description"), tags.get("og:description"), tags.get("description"),
                  tags.get("twitter:description")):
        if isinstance(value, str) and norm(value):
            # Some CMSs escape twice or leave markup in the field.
            return norm(re.sub(r"<[^>]+>", " ", html.unescape(value)))
    return None
