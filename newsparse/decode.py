"""Bytes to text: charset from BOM, declaration or detection, and the input's format."""

from __future__ import annotations

import codecs
import re
from collections import Counter

from .errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.I | re.S)
_TAG = re.compile(r"</?(?:p|div|span|a|br|article|section|h[1-6]|ul|li|table|script|img)\b[^>]*>",
                  re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _sniff_utf16(data: bytes) -> str | None:
    """Spot UTF-16 without a BOM: one byte of each pair keeps to a handful of values.

    Latin text has NUL high bytes, Cyrillic 0x04, Greek 0x03…; the other byte varies.
    """
    sample = data[:4000]
    if len(sample) < 16:
        return None
    even, odd = Counter(sample[0::2]), Counter(sample[1::2])

    def narrow(c: Counter) -> bool:
        return sum(n for _, n in c.most_common(2)) >= 0.9 * sum(c.values())

    for enc, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if narrow(high) and not narrow(low) and (0 in high or len(high) <= 2):
            try:
                data.decode(enc)
            except UnicodeDecodeError:
                continue
            return enc
    return None


def _declared(data: bytes, declared: str | None) -> list[str]:
    names = [declared] if declared else []
    m = _META_CHARSET.search(data[:4096])
    if m:
        names.append(m.group(1).decode("ascii", "replace"))
    out = []
    for name in names:
        try:
            out.append(codecs.lookup(name).name)
        except LookupError:
            continue
    return out


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only for bytes that are not UTF-8

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best else None


def decode(data: bytes, declared: str | None = None) -> str:
    """Return the text of `data`, trying BOM, declared charset, UTF-8, then detection."""
    if not data.strip():
        raise DecodeError("empty input")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _check_text(data[len(bom):].decode(enc, "replace"))
    utf16 = _sniff_utf16(data)
    if utf16:
        return _check_text(data.decode(utf16, "replace"))
    if b"\x00" in data[:8000]:
        raise DecodeError("binary data, not text or HTML")
    candidates = _declared(data, declared)
    # A page that declares a single-byte charset may still be UTF-8, and strict UTF-8
    # rarely succeeds by accident, so it is tried before any declaration.
    for enc in ["utf-8", *candidates]:
        try:
            return _check_text(data.decode(enc))
        except (UnicodeDecodeError, LookupError):
            continue
    detected = _detect(data)
    if not detected:
        raise DecodeError("binary data, not text in any known encoding")
    return _check_text(data.decode(detected, "replace"))


def _check_text(text: str) -> str:
    sample = text[:20000]
    if not sample.strip():
        raise DecodeError("empty input")
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    if bad > max(8, len(sample) // 50):
        raise DecodeError("binary data, not text or HTML")
    return text


def detect_format(text: str) -> str:
    """Return "html" when the text is markup, else "text"."""
    head = text[:5000]
    if _HTML_START.match(head):
        return "html"
    return "html" if len(_TAG.findall(head)) >= 3 else "text"
