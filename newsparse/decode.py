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
# Attributes end at the next "<" or ">": each "<meta" read on to the end of the head else.
_META_CHARSET = re.compile(rb"""<meta[^<>]+charset\s*=\s*(?:["']\s*)?([A-Za-z0-9_:.\-]+)""", re.I)
# A comment ends at its first "-->": possessive, so "<!---->" * 30 is not re-split every
# way before the match fails (exponential time).
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*+<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.I | re.S)
_TAG = re.compile(r"</?(?:p|div|span|a|br|article|section|h[1-6]|ul|li|table|script|img)\b[^<>]*>",
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
    """Return the codecs of the charsets the server and the page declare, in that order."""
    names = [declared] if declared else []
    m = _META_CHARSET.search(data[:4096])
    if m:
        names.append(m.group(1).decode("ascii", "replace"))
    return [codec for name in names if (codec := web_codec(name))]


# Labels the Encoding Standard maps to no text decoding of ours: "replacement" stands for
# encodings refused for safety, x-user-defined for binary; UTF-16 declared inside a page
# is UTF-8 there (the declaration itself was readable as ASCII), and a BOM finds the rest.
_NOT_TEXT = {"replacement", "x-user-defined", "utf-16le", "utf-16be"}


def web_codec(label: str) -> str | None:
    """Return the Python codec of a charset label of the web's Encoding Standard, else None.

    Only those labels count: Python's own codec names (`unicode_escape`, `rot13`, `idna`)
    would let a page choose a transformation that is no character encoding.
    """
    import webencodings  # only pages that are not UTF-8 get this far

    encoding = webencodings.lookup(label)
    if encoding is None or encoding.name in _NOT_TEXT:
        return None
    return encoding.codec_info.name


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only for bytes that are not UTF-8

    best = from_bytes(data[:200_000]).best()
    return _one_script(data[:200_000], best.encoding) if best else None


# Single-byte code pages the languages newsparse reads are written in: Cyrillic (ru, uk),
# Western and Central European, Turkish. The same bytes read in the wrong one give letters
# no word is made of: "соглашения" in cp1251 reads "ńîăëŕřĺíč˙" in cp1250.
_SINGLE_BYTE = ("cp1251", "koi8_r", "cp1252", "cp1250", "cp1254", "iso8859_15", "iso8859_2")
_WORD = re.compile(r"[^\W\d_]+")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_SAMPLE = 20_000


def _odd_words(text: str) -> tuple[int, int]:
    """How many words no language writes (mixed scripts, Latin made mostly of accented
    letters, a capital after small letters), then how many are all capitals: koi8-r read as
    cp1251 turns small letters into capitals, and the other way round."""
    import unicodedata

    odd = caps = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        scripts = {unicodedata.name(c, "?").split(" ", 1)[0] for c in word if not c.isascii()}
        accented = sum(not c.isascii() for c in word)
        if accented < len(word):
            scripts.add("LATIN")  # ASCII letters with the others
        camel = any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))
        odd += len(scripts) > 1 or camel or ("LATIN" in scripts and accented * 2 > len(word))
        caps += len(word) > 3 and word.isupper()
    return odd, caps


def _one_script(data: bytes, detected: str) -> str:
    """The detected codec, or the single-byte one whose letters form words of one script.

    A text with a single word of Cyrillic gives the detector too little to go on; which
    reading makes words decides there (the detector's own wins a tie).
    """
    try:
        name = codecs.lookup(detected).name
        # Every byte one character: a single-byte code page (UTF-8 turns each into U+FFFD).
        single = not name.startswith("utf") and len(_HIGH_BYTES.decode(name, "replace")) == 128
    except LookupError:
        return detected
    if not single:
        return detected  # multi-byte detections (Shift JIS, GB18030…) stand
    sample = data[:_SAMPLE]  # the words of a few pages of text settle it
    best, fewest = detected, _odd_words(sample.decode(detected, "replace"))
    for enc in _SINGLE_BYTE:
        if fewest == (0, 0):
            break
        try:
            odd = _odd_words(sample.decode(enc))
        except UnicodeDecodeError:
            continue
        if odd < fewest:
            best, fewest = enc, odd
    return best


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
    head = data[:8000]
    if head.count(0) > max(8, len(head) // 50):  # a stray NUL or two is no binary file
        raise DecodeError("binary data, not text or HTML")
    # A page that declares a single-byte charset may still be UTF-8, and strict UTF-8
    # rarely succeeds by accident, so it is tried before any declaration.
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    candidates = _declared(data, declared)
    for enc in candidates:
        try:
            return _check_text(data.decode(enc))
        except (UnicodeDecodeError, LookupError):
            continue
    text = _utf8_with_a_few_bad_bytes(data, "utf-8" in candidates)
    if text is not None:
        return _check_text(text)
    detected = _detect(data)
    if not detected:
        raise DecodeError("binary data, not text in any known encoding")
    return _check_text(data.decode(detected, "replace"))


def _utf8_with_a_few_bad_bytes(data: bytes, declared: bool) -> str | None:
    """Return `data` as UTF-8 with U+FFFD for its bad bytes, when UTF-8 it still is.

    One bad byte must not send a UTF-8 page to detection (which then reads all of it
    as some other charset): a declared UTF-8 page is kept when its valid multi-byte
    characters are at least as many as its bad bytes (or these are few), an undeclared
    one when they are ten times as many.
    """
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad
    if declared:
        return text if bad <= max(8, multibyte) else None
    return text if multibyte >= 10 * bad else None


def _check_text(text: str) -> str:
    sample = text[:20000]
    if not sample.strip():
        raise DecodeError("empty input")
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    if bad > max(8, len(sample) // 50):
        raise DecodeError("binary data, not text or HTML")
    # NUL is no character of any page: HTML drops it, and lxml would stop reading there.
    return text.replace("\x00", "") if "\x00" in text else text


def detect_format(text: str) -> str:
    """Return "html" when the text is markup, else "text"."""
    head = text[:5000]
    if _HTML_START.match(head):
        return "html"
    return "html" if len(_TAG.findall(head)) >= 3 else "text"
