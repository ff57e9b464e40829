"""What a page says of itself that users filter and join on: canonical URL, site name,
modified date, section, tags, access and type, from JSON-LD and meta tags (breadcrumbs for
the section when nothing names it).

Each value is read as the page states it: nothing is guessed from the text.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from urllib.parse import urljoin

from .. import patterns as pt
from .dom import CJK, classes, key, norm, text_of
from .meta import ld_names

_HTTP = re.compile(r"https?://", re.I)
_BREADCRUMB_CLASS = re.compile(r"breadcrumb", re.I)


def absolute(href: object, base: str | None) -> str | None:
    """`href` as an absolute http(s) URL (against `base`), None for anything else."""
    if not isinstance(href, str) or not href.strip():
        return None
    href = href.strip()
    if not _HTTP.match(href):
        if not base or href.startswith(("data:", "javascript:", "#")):
            return None
        try:
            href = urljoin(base, href)
        except ValueError:
            return None
    return href if _HTTP.match(href) else None


def canonical_url(tree, ld: dict, tags: dict, url: str | None) -> str | None:
    """<link rel=canonical>, og:url, the JSON-LD url or mainEntityOfPage, made absolute."""
    base = url or tags.get("og:url")
    link = next((el.get("href") for el in tree.iter("link")
                 if "canonical" in (el.get("rel") or "").lower().split() and el.get("href")),
                None)
    entity = ld.get("mainEntityOfPage")
    entity = entity.get("@id") or entity.get("url") if isinstance(entity, dict) else entity
    for value in (link, tags.get("og:url"), ld.get("url"), entity):
        if found := absolute(value, base):
            return found
    return None


def site_name(ld: dict, tags: dict) -> str | None:
    """og:site_name, else the JSON-LD publisher's name, else the application name."""
    publisher = [n for n, _ in ld_names(ld.get("publisher"))]
    for value in (tags.get("og:site_name"), *publisher[:1], tags.get("application-name")):
        if isinstance(value, str) and norm(value):
            return norm(value)
    return None


def modified(ld: dict, tags: dict, tree) -> str | None:
    """The last-modified date as the page states it (dateModified, article:modified_time)."""
    values = [ld.get("dateModified"), tags.get("article:modified_time"),
              tags.get("og:updated_time"), tags.get("datemodified"),
              tags.get("last-modified"), tags.get("dcterms.modified")]
    found = next((v.strip() for v in values if isinstance(v, str) and v.strip()), None)
    if found is None:  # microdata: searched only when no tag says it
        found = next((v.strip() for el in tree.iterfind(".//*[@itemprop='dateModified']")
                      if (v := el.get("datetime") or el.get("content")) and v.strip()), None)
    return found


def _first_text(value) -> str | None:
    """The first item of a list or of a comma-separated string ("Perspectives, Employment,
    Health &amp; Fitness" names several sections, the first the main one)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and norm(v)), None)
    if not isinstance(value, str):
        return None
    return norm(html.unescape(value).split(",")[0]) or None


def section(ld: dict, tags: dict, tree, title: str | None, crumbs: list[str],
            site: str | None = None) -> str | None:
    """The site's section: JSON-LD articleSection, article:section and kin, else the
    breadcrumb's last step above the article itself (`crumbs`: the JSON-LD one's). The
    site's own name in the field names no section."""
    for value in (ld.get("articleSection"), tags.get("article:section"), tags.get("section"),
                  tags.get("parsely-section"), tags.get("category")):
        if (found := _first_text(value)) and key(found) != key(site):
            return found
    return breadcrumb(tree, title, crumbs)


def ld_outline(docs: list) -> tuple[list[str], str | None]:
    """The names of a JSON-LD BreadcrumbList's items in position order, and the type of
    the page's main object when it is no article (a Review, a Recipe), from the page's
    JSON-LD documents (meta.ld_documents)."""
    crumbs: list[str] = []
    kind: str | None = None
    for data in docs:
        stack = [data]
        while stack:
            obj = stack.pop()
            if isinstance(obj, list):
                stack.extend(reversed(obj))
            elif isinstance(obj, dict):
                types = str(obj.get("@type"))
                if "BreadcrumbList" in types and not crumbs:
                    crumbs = _crumb_names(obj.get("itemListElement"))
                elif kind is None and (m := _OTHER_TYPES.fullmatch(types.strip("[]'\""))):
                    kind = m.group(0)
                stack.extend(v for v in obj.values() if isinstance(v, list | dict))
    return crumbs, kind


# schema.org types a page may declare for its main object instead of an article.
_OTHER_TYPES = re.compile(r"(?:Claim|Critic|Employer|User)?Review|Recipe|HowTo|FAQPage|QAPage")


def _crumb_names(items) -> list[str]:
    names: list[tuple[float, str]] = []
    for i, it in enumerate(items if isinstance(items, list) else []):
        if not isinstance(it, dict):
            continue
        name = it.get("name")
        inner = it.get("item")
        if not isinstance(name, str) and isinstance(inner, dict):
            name = inner.get("name")
        pos = it.get("position")
        if isinstance(name, str) and norm(name):
            names.append((pos if isinstance(pos, int | float) else i, norm(name)))
    return [n for _, n in sorted(names, key=lambda p: p[0])]


def breadcrumb(tree, title: str | None, crumbs: list[str]) -> str | None:
    """The last breadcrumb step that is not the article (nor the home page): the JSON-LD
    one's, else a breadcrumb box's links."""
    if not crumbs:
        for el in tree.iter("nav", "ol", "ul", "div"):
            if _BREADCRUMB_CLASS.search(classes(el)) or \
                    _BREADCRUMB_CLASS.search(el.get("aria-label") or ""):
                crumbs = [t for a in el.iter("a", "li") if a.tag == "a" and (t := text_of(a))]
                break
    tk = key(title)
    steps = [c for c in crumbs[1:] if key(c) != tk and len(c) <= 60]
    return steps[-1] if steps else None


def tags(ld: dict, tree, links: list[str]) -> list[str]:
    """Keywords as the page states them: the longest list of JSON-LD keywords, article:tag,
    news_keywords, keywords, parsely-tags and dc.subject, else the row of tag links under the
    headline (`links`); split at commas, each once."""
    said: dict[str, list[str]] = {}  # every tag of each name: some come empty first
    custom: list[str] = []  # a CMS's own "custom-keywords", "classification-tags"
    for m in tree.iter("meta"):
        name = (m.get("property") or m.get("name") or "").strip().lower()
        if not (content := (m.get("content") or "").strip()):
            continue
        if name in _TAG_METAS:
            said.setdefault(name, []).append(content)
        elif _CUSTOM_TAGS.search(name) and not custom:
            custom.append(content)
    # The fullest of the lists the metadata states: one is often the other cut short.
    stated = max((_tag_list(v) for v in (ld.get("keywords"), said.get("article:tag"),
                                         said.get("news_keywords"), said.get("keywords"),
                                         said.get("parsely-tags"), said.get("dc.subject"))),
                 key=len) or _tag_list(custom)
    row = _tag_list(links)
    # The row of tag links under the headline, when it says all the metadata says and more
    # (a section name standing for the tags in the metadata).
    if len(row) > len(stated) and {key(t) for t in stated} <= {key(t) for t in row}:
        return row
    return stated or row


# dc.subject: Dublin Core's subject, one term per tag.
_TAG_METAS = {"article:tag", "news_keywords", "keywords", "parsely-tags", "dc.subject"}
_CUSTOM_TAGS = re.compile(r"[-_](?:keywords|tags)$")


_TAG_TEXT = 60  # characters: longer link text is a headline, not a tag


def tag_links(tree) -> list[str]:
    """The texts of the first run of links to tag pages after the page's first h1, outside
    its navigation and running text: links with few other links between them are one row.
    Read before controls are dropped (tag rows are often buttons)."""
    found: list[str] = []
    gap = 0  # other links since the last tag link
    h1 = tree.find(".//h1")
    seen_h1 = h1 is None
    # A row above the headline counts inside the headline's own <article>.
    box = next((x for x in h1.iterancestors() if x.tag == "article"), None) if h1 is not None \
        else None
    for a in tree.iter("a", "h1"):
        if a.tag == "h1":
            seen_h1 = True
            continue
        if not seen_h1 and box is None:
            continue
        if not pt.TAG_PAGE_RE.search(a.get("href") or "") and not _tag_classed(a):
            if seen_h1:
                gap += 1
            if found and gap > _ROW_GAP:
                break
            continue
        if _in_menu_or_text(a) or (not seen_h1 and box not in a.iterancestors()):
            continue
        text = text_of(a)
        if text and len(text) <= _TAG_TEXT and not text.endswith((".", "!", "?")):  # no sentence
            found.append(text.lstrip("#"))
            gap = 0
    return found


def _tag_classed(a) -> bool:
    """A link classed as a tag, or holding only a tag-classed label ("<a><span class='tag'>")."""
    if _TAG_CLASS.search(classes(a)):
        return True
    return len(a) == 1 and isinstance(a[0].tag, str) and bool(_TAG_CLASS.search(classes(a[0])))


_TAG_CLASS = re.compile(r"(?<![a-z0-9])tags?(?![a-z0-9])")
_ROW_GAP = 3  # other links between two links of one tag row (a "more" link, a share button)


def _in_menu_or_text(a) -> bool:
    """Inside the site's navigation, or a link set in a sentence of running text."""
    for x in a.iterancestors():
        if x.tag in ("nav", "footer", "menu"):
            return True
        if x.tag == "p" and len(text_of(x)) > 2 * _TAG_TEXT:
            return True
    return False


def _tag_list(value) -> list[str]:
    """Tags from a list or a separated string, each once: commas and semicolons in any
    script, spaces between words of a script written without them ("深空探测 探月工程"), and
    no "topic/" namespace a CMS puts before a tag."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, str):
            continue
        for part in _TAG_SEPARATORS.split(html.unescape(item)):
            part = norm(part)
            words = part.split(" ") if CJK.search(part) and not _LATIN.search(part) else [part]
            for tag in words:
                tag = _NAMESPACE.sub("", tag)
                if tag and key(tag) not in seen and len(tag) <= 100 and not _CMS_NOISE.match(tag):
                    seen.add(key(tag))
                    out.append(tag)
    return _without_labelled(out)


# A CMS's own entries among the keywords: ids ("8f507083-bac4-…"), flags ("_commerce",
# "editors_pick") and the site's domain ("nationalpost.com").
_CMS_NOISE = re.compile(r"_|[a-z]+_[a-z_]+$|[0-9a-f]{8}-[0-9a-f]{4}-|"
                        r"[\w-]+\.(?:com|net|org|info|co\.uk|de|fr|es|it|ca|au|in|jp|cz|pl|ru|nl|"
                        r"ch|at)$", re.I)
_LABEL = re.compile(r"([^:]{2,40}):\s")


def _without_labelled(found: list[str]) -> list[str]:
    """Without the CMS's labelled entries: a label two tags share ("Category: News",
    "Category: World") marks the CMS's fields, not topics."""
    labels = [m.group(1).casefold() if (m := _LABEL.match(t)) else None for t in found]
    counts = Counter(x for x in labels if x is not None)
    shared = {x for x, n in counts.items() if n > 1}
    return [t for t, x in zip(found, labels, strict=True) if x is None or x not in shared]


_TAG_SEPARATORS = re.compile(r"[,;，、；]")
_LATIN = re.compile(r"[A-Za-z]")
_NAMESPACE = re.compile(r"^[a-z]+/(?=\S)")  # "topic/Misshandel", "sections/Sverige"


_LOCKED = {"locked", "metered", "premium", "paid", "subscriber", "subscription", "registered"}


def free_access(ld: dict, tags: dict) -> bool | None:
    """False when the page marks itself paywalled, True when it says it is free, None when
    it says nothing (JSON-LD isAccessibleForFree, its parts', article:content_tier)."""
    values = [ld.get("isAccessibleForFree")]
    parts = ld.get("hasPart")
    values += [p.get("isAccessibleForFree") for p in
               (parts if isinstance(parts, list) else [parts]) if isinstance(p, dict)]
    said = [v for v in map(_truth, values) if v is not None]
    if said:
        return all(said)
    tier = (tags.get("article:content_tier") or "").strip().lower()
    if tier in _LOCKED:
        return False
    return True if tier == "free" else None


def _truth(value) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def page_type(ld: dict, tags: dict, other: str | None = None) -> str | None:
    """The schema.org type of the page's article object, else of its main object (`other`:
    a Review, a Recipe …), else its og:type. A bare WebPage wraps whatever the page holds:
    an og:type says more when it has one."""
    og = tags.get("og:type")
    og = norm(og) if isinstance(og, str) and norm(og) else None
    if not ld and other:
        return other
    types = ld.get("@type")
    for t in types if isinstance(types, list) else [types]:
        if isinstance(t, str) and t.strip():
            found = t.strip().rsplit("/", 1)[-1]  # "http://schema.org/NewsArticle"
            return og if found == "WebPage" and og else found
    return og
