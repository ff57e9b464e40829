"""The JSON Schema of newsparse's output (contract version 1)."""

from __future__ import annotations

from typing import Any

_STR_OR_NULL = {"type": ["string", "null"]}

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

_ARTICLE = {
    "type": "object",
    "required": ["schema_version", "source", "language", "title", "dateline", "published",
                 "authors", "summary", "body", "quotes", "related", "text", "lists", "tables"],
    "properties": {
        "schema_version": {"const": 1},
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
        "published": _STR_OR_NULL,
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
    },
}

_ERROR = {
    "type": "object",
    "required": ["schema_version", "source", "error"],
    "properties": {
        "schema_version": {"const": 1},
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
