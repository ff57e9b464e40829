"""Article objects to JSON bytes (orjson serializes the dataclasses directly)."""

from __future__ import annotations

from typing import Any

import orjson


def to_json(record: Any, pretty: bool = False) -> bytes:
    """Return one JSON document for an Article or ErrorRecord, without a trailing newline."""
    option = orjson.OPT_INDENT_2 if pretty else 0
    return orjson.dumps(record, option=option)


def to_line(record: Any) -> bytes:
    """Return one NDJSON line (compact JSON and a newline)."""
    return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)
