"""Dates as the output states them: RFC 3339, whatever form the page wrote them in.

A page writes `2019-11-19T21:57:01+0000`, `2019-11-19 21:57:01`, `…GMT` or an e-mail style
`Tue, 19 Nov 2019 21:57:01 GMT`; the record says `2019-11-19T21:57:01+00:00`, or the bare
day `2019-11-19` when the page gives no time, or a time without a zone (the day is known,
the instant is not), so a typed column can load every record.
"""

from __future__ import annotations

import datetime as dt
import re

# One pass, no nested quantifiers: date, then optionally a time, fraction and zone.
_ISO = re.compile(
    r"\s*(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ]\s?(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?"
    r"\s?(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.I,
)
# What RFC 3339 (and the schema's pattern) accepts: a day, or a full time with its offset.
RFC3339 = (r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))?$")
_RFC3339 = re.compile(RFC3339)


def is_rfc3339(value: str) -> bool:
    """The string is a day or a date-time as RFC 3339 writes them."""
    return bool(_RFC3339.match(value))


def rfc3339(value: object) -> str | None:
    """The date as RFC 3339 (`2019-11-19T21:57:01+00:00` or `2019-11-19`); None when the
    value holds no date that exists."""
    if not isinstance(value, str) or not value.strip():
        return None
    m = _ISO.match(value)
    if m is None:
        return _mail_date(value)
    year, month, day, hour, minute, second, frac, zone = m.groups()
    try:
        day_ = dt.date(int(year), int(month), int(day))
        if hour is None or zone is None:
            return day_.isoformat()  # no time, or a time in an unknown zone: the day only
        dt.time(int(hour), int(minute), int(second or 0))
    except ValueError:  # "2019-02-30", "25:61": written, but no date
        return None
    return f"{day_.isoformat()}T{hour}:{minute}:{second or '00'}{frac or ''}{_offset(zone)}"


def _offset(zone: str) -> str:
    """"Z", "GMT", "+0100", "+01" -> "Z", "+00:00", "+01:00", "+01:00" ("Z" is RFC 3339's
    own spelling of UTC, kept as the page wrote it)."""
    if zone.upper() == "Z":
        return "Z"
    if zone.upper() in ("UTC", "GMT"):
        return "+00:00"
    digits = zone[1:].replace(":", "")
    return f"{zone[0]}{digits[:2]}:{digits[2:4] or '00'}"


def _mail_date(value: str) -> str | None:
    """An e-mail/HTTP style date ("Tue, 19 Nov 2019 21:57:01 GMT"), as RFC 3339."""
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000": a time in no stated zone
        return when.date().isoformat()
    return when.isoformat()


def not_before(modified: str | None, published: str | None) -> str | None:
    """`modified`, unless it is earlier than `published` (a page's stale or wrong field)."""
    if not modified or not published:
        return modified
    if len(modified) > 10 and len(published) > 10:
        try:
            if dt.datetime.fromisoformat(modified) < dt.datetime.fromisoformat(published):
                return None
        except ValueError:
            return modified
        return modified
    return None if modified[:10] < published[:10] else modified
