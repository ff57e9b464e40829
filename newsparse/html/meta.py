"""What a page says of itself: title, date, language and description from its markup.

Sources, most trusted first: JSON-LD (schema.org NewsArticle and kin), OpenGraph / article:*
meta tags, other meta tags, then visible markup (h1, <time>). Authors are read in authors.py.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from .dom import CJK, key, norm

_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|BlogPosting|LiveBlog|WebPage", re.I)
# Spaces before a separator are read from where their run starts ("(?<!\s)"), not again
# from each of them.
_TITLE_SEP = re.compile(r"(?<!\s)\s+[|–—:·•»\-]\s+|(?<!\s)\s+[|–—·•»]|[|–—·•»]\s+"
                        r"|(?:(?<!\s)\s+)?[：｜]\s*|(?:(?<!\s)\s+)?--\s*")


def _headline_length(k: str) -> bool:
    """Long enough to be a headline rather than a word that happens to recur: some sixteen
    letters, or eight characters of a script that packs a word into one or two."""
    return len(k) > 15 or len(CJK.findall(k)) >= 8


# --- JSON-LD --------------------------------------------------------------------------------------


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
    return " ".join(x for x in t if isinstance(x, str)) if isinstance(t, list) else str(t)


_LD_DEPTH = 24  # levels of JSON-LD kept: an article's graph is a handful deep
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def untrusted_ld(data, depth: int = _LD_DEPTH):
    """JSON-LD as the rest of the reading may take it: objects with string keys, lists,
    strings without lone surrogates (a truncated emoji's "\\ud83d" cannot be written as
    UTF-8), numbers, booleans and null; what lies deeper than `depth` is dropped. Built
    without recursion, so a document nested a thousand deep costs no stack."""
    def scalar(v):
        return _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v

    root: list = [None]
    # (value, the container to put its copy in, its key or index there, its depth)
    stack: list[tuple[Any, Any, Any, int]] = [(data, root, 0, 0)]
    while stack:
        value, into, at, level = stack.pop()
        if isinstance(value, dict | list) and level >= depth:
            continue
        if isinstance(value, dict):
            copy: dict | list = {}
            for k, v in value.items():
                if isinstance(k, str):
                    name = scalar(k)
                    copy[name] = None  # holds the key's place: the value is copied later
                    stack.append((v, copy, name, level + 1))
        elif isinstance(value, list):
            copy = [None] * len(value)
            stack.extend((v, copy, i, level + 1) for i, v in enumerate(value))
        else:
            copy = scalar(value)
        into[at] = copy
    return root[0]


def ld_documents(tree) -> list:
    """Every JSON-LD script of the page, parsed once and made safe to read (untrusted_ld)."""
    docs = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"), strict=False)
        except (ValueError, RecursionError):
            continue  # not JSON, or nested past what the parser reads
        docs.append(untrusted_ld(data))
    return docs


def json_ld(docs: list) -> dict:
    """The page's main article object from its JSON-LD documents (empty when there is none)."""
    best: dict = {}
    for data in docs:
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


def ld_names(value) -> list[tuple[str, str]]:
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


# --- meta tags ------------------------------------------------------------------------------------


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


def canonical(tree) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return None


# --- title ----------------------------------------------------------------------------------------


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
    publisher = ld_names(ld.get("publisher")) if ld else []
    site += [n for n, _ in publisher]
    domain = _domain_label(url or tags.get("og:url"))
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None

    def clean(text: str | None) -> str | None:
        return _strip_site(norm(html.unescape(text)), site, domain) if text and norm(text) \
            else None

    chosen = _preferred_title(headline, tags, h1, doc_title, clean)
    chosen = _majority_title(chosen, {**tags, "ld": headline, "h1": h1}, clean)
    return _visible_title(chosen, h1, clean(headline))


_VISIBLE_WORDS = 3  # an h1 this long is a headline, not a "Blog" or "News" page label


def _visible_title(chosen: str | None, h1: str | None, ld_title: str | None) -> str | None:
    """The h1 the reader sees, when the chosen title is another headline altogether (an SEO
    or social title written apart, neither holding the other) and the JSON-LD does not side
    with it: a title that merely pads the h1 or adds its kicker was settled before."""
    if not chosen or not h1 or len(h1.split()) < _VISIBLE_WORDS:
        return chosen
    hk, ck = key(h1), key(chosen)
    if not hk or hk in ck or ck in hk:
        return chosen
    lk = key(ld_title)
    if lk and (lk in ck or ck in lk):
        return chosen  # two of the page's statements against the h1
    return h1


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


# --- date and language ----------------------------------------------------------------------------


_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
_TAG = re.compile(r"<[^>]+>")


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
            # Some CMSs escape twice or leave markup in the field. Tags end at the last ">":
            # trying each "<" of "<<<<…" after it read on to the end of the field.
            text = html.unescape(value)
            end = text.rfind(">") + 1
            return norm(_TAG.sub(" ", text[:end]) + text[end:])
    return None
