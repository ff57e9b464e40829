"""The JSON Schema of newsparse's output (contract version 2: version 1 and the page's
images, canonical URL, site name, modified date, section, tags, access and type)."""

from __future__ import annotations

from typing import Any

from .dates import RFC3339
from .model import SCHEMA_VERSION

_STR_OR_NULL = {"type": ["string", "null"]}
_RFC3339_SAYS = ("RFC 3339: 2019-11-19T21:57:01+00:00, or 2019-11-19 when only the day is "
                 "known (a time in no stated zone is given as its day)")
_DATE = {"type": ["string", "null"], "pattern": RFC3339, "description": _RFC3339_SAYS}

_SOURCE: dict[str, Any] = {
    "type": "object",
    "required": ["input", "kind", "url", "format", "fetched_at", "sha256"],
    "properties": {
        "input": _STR_OR_NULL,
        "kind": {"enum": ["file", "stdin", "url", "warc", "api"]},
        "url": _STR_OR_NULL,
        "format": {"enum": ["html", "text"]},
        "fetched_at": _STR_OR_NULL,
        "sha256": _STR_OR_NULL,
    },
}
# A failed input's source: `format` is null when the input was never read as HTML or text.
_ERROR_SOURCE = {**_SOURCE, "properties": {**_SOURCE["properties"],
                                           "format": {"enum": ["html", "text", None]}}}

_SPAN = {  # which body paragraphs are one list's items or one table's rows
    "start": {"type": "integer", "minimum": 0,
              "description": "body paragraphs (counted across sections) before its first one"},
    "count": {"type": "integer", "minimum": 1, "description": "how many paragraphs it spans"},
}
_LISTS = {
    "type": "array",
    "description": "the body's lists: each names the paragraphs that are its items",
    "items": {
        "type": "object",
        "required": ["start", "count", "ordered"],
        "properties": {**_SPAN, "ordered": {"type": "boolean",
                                            "description": "numbered (<ol>, '1.') or bulleted"}},
    },
}
_TABLES = {
    "type": "array",
    "description": "the body's tables: each names the paragraphs that are its rows (cells "
                   "joined by ' | ') and gives the cells",
    "items": {
        "type": "object",
        "required": ["start", "count", "rows", "header"],
        "properties": {
            **_SPAN,
            "rows": {"type": "array",
                     "items": {"type": "array", "items": {"type": "string"}}},
            "header": {"type": "boolean", "description": "the first row heads the columns"},
        },
    },
}

_IMAGES = {
    "type": "array",
    "description": "the article's own pictures in reading order, the lead first (no logos, "
                   "avatars, icons, ads or pictures of link cards)",
    "items": {
        "type": "object",
        "required": ["url", "caption", "credit", "alt", "lead", "after_paragraph"],
        "properties": {
            "url": {"type": ["string", "null"],
                    "description": "absolute address of its largest version (null: plain text "
                                   "that names no address)"},
            "caption": {"type": ["string", "null"], "description": "the caption, without "
                        "its credit"},
            "credit": {"type": ["string", "null"],
                       "description": "photographer / agency / rights holder, as written"},
            "alt": {"type": ["string", "null"], "description": "the alt text"},
            "lead": {"type": "boolean", "description": "the article's lead picture"},
            "after_paragraph": {"type": "integer", "minimum": 0,
                                "description": "body paragraphs (counted across sections) "
                                               "before it"},
        },
    },
}
_NEW_FIELDS = ["images", "canonical_url", "site_name", "modified", "section", "tags",
               "free_access", "page_type"]

_ARTICLE = {
    "type": "object",
    "required": ["schema_version", "source", "language", "title", "dateline", "published",
                 "authors", "summary", "body", "quotes", "related", "text", "lists", "tables",
                 *_NEW_FIELDS],
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "source": _SOURCE,
        "language": _STR_OR_NULL,
        "title": _STR_OR_NULL,
        "dateline": {
            "type": ["object", "null"],
            "required": ["raw", "date", "place", "agency"],
            "properties": {
                "raw": {"type": "string"},
                "date": _STR_OR_NULL,
                "place": _STR_OR_NULL,
                "agency": _STR_OR_NULL,
            },
        },
        "published": _DATE,
        "authors": {"type": "array", "items": {"type": "string"}},
        "summary": _STR_OR_NULL,
        "body": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["heading", "paragraphs"],
                "properties": {
                    "heading": _STR_OR_NULL,
                    "paragraphs": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "quotes": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["text", "speaker", "role", "after_paragraph"],
                "properties": {
                    "text": {"type": "string"},
                    "speaker": _STR_OR_NULL,
                    "role": _STR_OR_NULL,
                    "after_paragraph": {"type": "integer", "minimum": 0},
                },
            },
        },
        "related": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["label", "items", "after_paragraph"],
                "properties": {
                    "label": _STR_OR_NULL,
                    "items": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["title", "url"],
                            "properties": {"title": {"type": "string"}, "url": _STR_OR_NULL},
                        },
                    },
                    "after_paragraph": {"type": "integer", "minimum": 0},
                },
            },
        },
        "text": {"type": "string"},
        "lists": _LISTS,
        "tables": _TABLES,
        "images": _IMAGES,
        "canonical_url": {"type": ["string", "null"],
                          "description": "absolute: <link rel=canonical>, og:url or JSON-LD url"},
        "site_name": {"type": ["string", "null"],
                      "description": "og:site_name, else the JSON-LD publisher's name"},
        "modified": {**_DATE, "description": "last modified (dateModified, "
                     "article:modified_time), never earlier than published; " + _RFC3339_SAYS},
        "section": {"type": ["string", "null"],
                    "description": "the site's section or category (articleSection, "
                                   "article:section, else the breadcrumb)"},
        "tags": {"type": "array", "items": {"type": "string"},
                 "description": "keywords and topics as the page states them (JSON-LD "
                                "keywords, article:tag, news_keywords, dc.subject, tag links)"},
        "free_access": {"type": ["boolean", "null"],
                        "description": "false when the page marks itself paywalled "
                                       "(isAccessibleForFree, article:content_tier), true when "
                                       "it says it is free, null when it says nothing"},
        "page_type": {"type": ["string", "null"],
                      "description": "the schema.org type the page declares (NewsArticle, "
                                     "LiveBlogPosting, Review …), else its og:type"},
    },
}

_ERROR = {
    "type": "object",
    "required": ["schema_version", "source", "error"],
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "source": _ERROR_SOURCE,
        "error": {
            "type": "object",
            "required": ["type", "message", "status"],
            "properties": {"type": {"type": "string"}, "message": {"type": "string"},
                           "status": {"type": ["integer", "null"]}},
        },
    },
}


def output_schema() -> dict[str, Any]:
    """Return the JSON Schema that every output record (article or error) satisfies."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsparse output record",
        "oneOf": [_ARTICLE, _ERROR],
    }
