"""Article URLs made comparable (tracking parameters off, one spelling) and dates read."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

# Query parameters that only say how a reader arrived: dropped so that one article has one
# URL. Exact names, and prefixes ending in "_". courlan's tracker pattern is not used: it
# matches inside names (`gallery`, `game`, `reference`, `global`, `sourceid`) and would
# merge different articles into one URL.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "ttclid", "igshid", "igsh", "li_fat_id", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl",
    "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking", "oly_anon_id",
    "oly_enc_id", "vero_id", "vero_conv", "rb_clickid", "s_cid", "xtor", "at_medium",
    "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "ocid", "cmpid",
    "ito", "spm", "share_id", "wt_mc", "wt.mc_id", "ns_mchannel", "ns_source",
    "ns_campaign", "ns_linkname", "ns_fee",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "matomo_", "itm_", "_bta_", "trk_")

_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_SAFE_QUERY = _SAFE_PATH + "?"


def absolute(link: str, base: str | None) -> str:
    """Return `link` resolved against `base` (a relative link stays relative without one)."""
    link = link.strip()
    if not base or link.startswith(("http://", "https://")):  # most are: urljoin is slow
        return link
    return urljoin(base, link)


def clean_url(url: str) -> str | None:
    """Return an http(s) URL in one spelling: host lower case, default port, fragment and
    tracking parameters dropped, unsafe characters escaped; None if it is not one."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in ("http", "https") or not host:
        return None
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != (80 if scheme == "http" else 443):
        host = f"{host}:{port}"
    path = quote(parts.path or "/", safe=_SAFE_PATH)
    query = "&".join(p for p in parts.query.split("&") if p and not _is_tracking(p))
    return urlunsplit((scheme, host, path, quote(query, safe=_SAFE_QUERY), ""))


def _is_tracking(pair: str) -> bool:
    name = pair.partition("=")[0].lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def same_site(url: str, host: str | None) -> bool:
    """True when `url` is on `host`, a leading "www." aside on either."""
    if not host:
        return False
    try:
        other = (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return False
    return other == host.lower().removeprefix("www.")


# ------------------------------------------------------------------------------ dates

_YEAR_MONTH = re.compile(r"\d{4}(?:-\d{2})?")
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_date(text: str | None) -> datetime | None:
    """Return the moment an ISO 8601 / W3C or RFC 822 date names (UTC if it gives no zone)."""
    if not text or not isinstance(text, str):
        return None
    text = text.strip()[:64]
    if _YEAR_MONTH.fullmatch(text):  # W3C "2026" and "2026-11": the first day
        text = text + "-01" * (2 - text.count("-"))
    try:
        moment: datetime | None = datetime.fromisoformat(text)
    except ValueError:
        moment = _rfc822(text)
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _rfc822(text: str) -> datetime | None:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def read_date(text: str | None) -> tuple[datetime | None, str | None]:
    """Return a source's date as a moment (for --since) and as ISO 8601 text to print:
    the zone it was given in kept, a bare date left a date."""
    moment = parse_date(text)
    if moment is None or text is None:
        return None, None
    if len(text.strip()) <= 10:  # "2026-11-28", "2026-11", "2026"
        return moment, moment.date().isoformat()
    return moment, moment.isoformat().replace("+00:00", "Z")


def parse_since(value: str, now: datetime | None = None) -> datetime:
    """Return the moment `--since` names: a date, a date-time, or a duration back from now
    (`24h`, `7d`, `90m`, `2w`); ValueError otherwise."""
    value = value.strip()
    found = _DURATION.fullmatch(value.lower())
    if found:
        delta = timedelta(**{_UNITS[found[2]]: float(found[1])})
        return (now or datetime.now(UTC)) - delta
    moment = parse_date(value)
    if moment is None:
        raise ValueError(f"not a date or a duration: {value!r} (try 2026-11-30, 24h or 7d)")
    return moment
