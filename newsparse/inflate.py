"""Compressed bodies opened with a cap on what they may grow to (a small file can be a bomb).

gzip is recognised by its magic bytes on any input, whatever its name or headers say;
deflate and brotli only where a WARC record's Content-Encoding declares them.
"""

from __future__ import annotations

import zlib

from .errors import InputError

GZIP_MAGIC = b"\x1f\x8b"


def too_large(limit: int) -> InputError:
    return InputError(f"larger than {limit} bytes after decompression (--max-bytes)")


def maybe_gunzip(data: bytes, limit: int) -> bytes:
    """Return `data` decompressed when it is gzip (every member), else as it is."""
    if not data.startswith(GZIP_MAGIC):
        return data
    out: list[bytes] = []
    size = 0
    while data.startswith(GZIP_MAGIC):
        member, data = _inflate(data, 31, limit - size, "gzip")
        size += len(member)
        out.append(member)
        data = data.lstrip(b"\x00")  # padding some writers add between or after members
    return b"".join(out)  # anything else after the last member is not ours to read


def decode_body(data: bytes, encoding: str, limit: int) -> bytes:
    """Return an HTTP body undone of its Content-Encoding (gzip by magic bytes in any case)."""
    encoding = encoding.strip().lower()
    if encoding == "br":
        data = _unbrotli(data, limit)
    elif encoding == "deflate":
        try:
            data = _inflate(data, zlib.MAX_WBITS, limit, "deflate")[0]
        except InputError:  # some servers send raw deflate without the zlib wrapper
            data = _inflate(data, -zlib.MAX_WBITS, limit, "deflate")[0]
    elif encoding not in ("", "identity", "gzip", "x-gzip"):
        raise InputError(f"unsupported Content-Encoding: {encoding[:40]}")
    return maybe_gunzip(data, limit)


def _inflate(data: bytes, wbits: int, limit: int, name: str) -> tuple[bytes, bytes]:
    """Return one zlib stream of `data` decompressed, and the bytes after it."""
    d = zlib.decompressobj(wbits)
    try:
        # One call: output stopped at limit + 1 is a refusal, so nothing is left pending.
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise InputError(f"corrupt {name} data ({exc})") from None
    if len(out) > limit:
        raise too_large(limit)
    if not d.eof:
        raise InputError(f"truncated {name} data")
    return out, d.unused_data


def _unbrotli(data: bytes, limit: int) -> bytes:
    import brotli  # only brotli-encoded WARC records need it

    d = brotli.Decompressor()
    try:
        out = d.process(data, output_buffer_limit=limit + 1)
    except brotli.error as exc:
        raise InputError(f"corrupt br data ({exc})") from None
    if len(out) > limit:
        raise too_large(limit)
    if not d.is_finished():
        raise InputError("truncated br data")
    return out


def dechunk(data: bytes) -> bytes:
    """Return an HTTP/1.1 chunked body joined, or `data` itself if it is not chunked.

    Some crawlers store the joined body but keep the Transfer-Encoding header: a body
    that does not open with a chunk-size line is taken as it is.
    """
    out: list[bytes] = []
    pos = 0
    while True:
        eol = data.find(b"\n", pos, pos + 1024)
        size = _chunk_size(data[pos:eol]) if eol >= 0 else None
        if size is None:
            if pos == 0:
                return data
            raise InputError(f"corrupt chunked body at byte {pos}")
        if size == 0:
            return b"".join(out)
        start = eol + 1
        if start + size > len(data):
            raise InputError("truncated chunked body")
        out.append(data[start:start + size])
        pos = start + size
        pos += 2 if data[pos:pos + 2] == b"\r\n" else 1 if data[pos:pos + 1] == b"\n" else 0


def _chunk_size(line: bytes) -> int | None:
    """Return the size a chunk-size line gives (extensions after ";" ignored), None if none."""
    digits = line.split(b";", 1)[0].strip()
    if not digits or len(digits) > 15 or digits.strip(b"0123456789abcdefABCDEF"):
        return None
    return int(digits, 16)
