"""WARC archives (Common Crawl, CC-NEWS) as inputs: one page per HTML response record.

An archive expands into record inputs named `<archive>#<offset>`, the byte offset of the
record in the file (as in Common Crawl's index), so each record is an input of its own for
error lines, error records and state. Reading goes through fastwarc, imported only here.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .acquire import Raw, open_file
from .errors import InputError
from .model import Source

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Package names, not the `newsparse[warc]` extra: newsparse is installed from a clone, and
# these commands add fastwarc to an installed newsparse wherever it came from.
_INSTALL_HINT = ("WARC input needs fastwarc: pip install fastwarc "
                "(pipx: pipx inject newsparse fastwarc)")
# Pages are read whole into memory; a record bigger than this (as stored) is not a news page.
MAX_RECORD_BYTES = 20_000_000


@dataclass(slots=True)
class Skipped:
    """Records of an archive that hold no page to parse, counted by reason."""

    not_ok: int = 0  # HTTP status other than 200
    not_html: int = 0  # images, PDF, JSON, robots.txt…
    too_large: int = 0  # over MAX_RECORD_BYTES

    def total(self) -> int:
        return self.not_ok + self.not_html + self.too_large

    def describe(self) -> str:
        """Return e.g. "skipped 5 records (2 not HTTP 200, 3 not HTML)"."""
        large = f", {self.too_large} over {MAX_RECORD_BYTES} bytes" if self.too_large else ""
        return (f"skipped {self.total()} records ({self.not_ok} not HTTP 200, "
                f"{self.not_html} not HTML{large})")


def is_warc(spec: str) -> bool:
    """Return True for a path naming a WARC archive or one record of it (`a.warc.gz#123`)."""
    path, _offset = split_spec(spec)
    return not spec.startswith(("http://", "https://")) and path.lower().endswith(WARC_SUFFIXES)


def split_spec(spec: str) -> tuple[str, int | None]:
    """Return the archive path and record offset of `a.warc.gz#123` (None for a bare path)."""
    path, sep, offset = spec.rpartition("#")
    if sep and path.lower().endswith(WARC_SUFFIXES) and offset.isdigit():
        return path, int(offset)
    return spec, None


def record_specs(path: str, skipped: dict[str, Skipped] | None = None) -> Iterator[str]:
    """Yield `<path>#<offset>` for every HTML page record; count the others in `skipped`.

    Where the archive is truncated or damaged, the spec of that offset comes last, so that
    reading it fails with the reason; an archive that cannot be read at all (missing,
    fastwarc absent) yields its bare path once, and reading that fails the same way.
    """
    counts = Skipped()
    offset = None
    try:
        for offset, _record, _payload in _page_records(path, counts, read=False):
            yield f"{path}#{offset}"
    except Damaged as exc:
        if exc.offset != offset:  # else the page just listed is the one cut short
            yield f"{path}#{exc.offset}"
    except InputError:
        yield path
    if skipped is not None and counts.total():
        skipped[path] = counts


def iter_pages(path: str, skipped: Skipped | None = None,
               max_bytes: int = MAX_RECORD_BYTES) -> Iterator[Raw]:
    """Yield every HTML page of an archive as Raw input, in one pass over the file.

    Raises InputError at the end of an archive found truncated or damaged.
    """
    for offset, record, payload in _page_records(path, skipped or Skipped(), read=True):
        yield _raw(record, payload, f"{path}#{offset}", max_bytes)


def read_record(spec: str, max_bytes: int = MAX_RECORD_BYTES) -> Raw:
    """Return the page in record `<path>#<offset>` (seeking straight to it)."""
    path, offset = split_spec(spec)
    if offset is None:
        # Only reached when expanding the archive failed: scan again to raise the reason.
        for _ in _page_records(path, Skipped(), read=False):
            pass
        raise InputError("a WARC archive holds many pages; give it to `newsparse parse`")
    with open_file(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if offset >= size:
            raise InputError(f"no WARC record at offset {offset}: the archive is {size} bytes")
        if offset:
            stream.seek(offset)
            head = stream.read(2)
            if path.lower().endswith(".gz") and head != b"\x1f\x8b":
                if b"\x1f\x8b".startswith(head):
                    raise Damaged(offset, "a gzip member cut short")
                raise InputError(f"no gzip record at offset {offset} (the archive must be "
                                 "gzipped record by record, as crawlers write it)")
            stream.seek(offset)
        try:
            # Every record type: the one at `offset` itself, never the next response after it.
            for record in _iterator(stream, path):
                page = _skip_reason(record) is None
                payload = _payload(record, keep=page)  # a truncated record says so first
                _record_end(stream, offset, int(record.headers.get("Content-Length")))
                if payload is None:  # not a page: its body was only counted
                    raise InputError(f"record at offset {offset} is not an HTML page")
                return _raw(record, payload, spec, max_bytes)
        except Corrupt as exc:
            raise Damaged(offset, str(exc)) from None
    raise Damaged(offset, "no whole record there")


class Corrupt(InputError):
    """fastwarc could not read on from where it was."""


class Damaged(InputError):
    """The archive is truncated or inconsistent at `offset`: records from there are lost."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(f"truncated or damaged WARC archive at offset {offset}: {reason}")
        self.offset = offset


def _page_records(path: str, counts: Skipped, read: bool) -> Iterator[tuple[int, Any, Any]]:
    """Yield (offset, record, stored payload or None) for each HTML 200 response.

    Every record is checked to be whole, and the archive to end where its last record
    does: a cut or inconsistent archive raises Damaged instead of ending early.
    """
    last: tuple[int, int] | None = None  # offset and WARC Content-Length of the last record
    with open_file(path) as stream:
        try:
            for record in _iterator(stream, path):
                skip = _skip_reason(record)
                payload = _payload(record, keep=skip is None and read)
                last = record.stream_pos, int(record.headers.get("Content-Length"))
                if skip is None:
                    yield record.stream_pos, record, payload
                elif skip != "other":
                    setattr(counts, skip, getattr(counts, skip) + 1)
        except Corrupt as exc:  # fastwarc gave up: the damage is where the last record ends
            raise Damaged(_record_end(stream, *last) if last else 0, str(exc)) from None
        _check_end(stream, last)


def _payload(record, keep: bool) -> bytes | None:
    """Return the record's stored payload if `keep`; raise Damaged if it is not all there."""
    declared = record.headers.get("Content-Length")
    if declared is None or not declared.strip().isdigit():
        raise Damaged(record.stream_pos, "a record header without its Content-Length")
    data = record.reader.read() if keep else None
    got = record.reader.consume() if data is None else len(data)
    if got != record.content_length:
        raise Damaged(record.stream_pos, f"a record that declares {record.content_length} "
                                         f"bytes holds {got}")
    return data


def _check_end(stream, last: tuple[int, int] | None) -> None:
    """Raise Damaged unless the archive ends (bar blank padding) where its last record ends."""
    end = _record_end(stream, *last) if last else 0
    stream.seek(end)
    rest = stream.read(4096)
    if rest.strip(b"\r\n\t \x00"):
        raise Damaged(end, "data that is no whole WARC record")


def _record_end(stream, offset: int, length: int) -> int:
    """Return the offset just past the record at `offset` (a gzip member, or header+block)."""
    stream.seek(offset)
    if stream.read(2) == b"\x1f\x8b":
        return offset + _member_size(stream, offset)
    stream.seek(offset)
    head = stream.read(1 << 20)
    blank = head.find(b"\r\n\r\n")
    if blank < 0:
        raise Damaged(offset, "a record header that never ends")
    return offset + blank + 4 + length + 4  # header, blank line, block, CRLF CRLF


def _member_size(stream, offset: int) -> int:
    """Return the compressed size of the gzip member at `offset`, reading it through."""
    stream.seek(offset)
    d = zlib.decompressobj(31)
    read = 0
    while not d.eof:
        chunk = stream.read(1 << 16)
        if not chunk:
            raise Damaged(offset, "a gzip member cut short")
        read += len(chunk)
        try:
            while chunk and not d.eof:
                d.decompress(chunk, 1 << 20)  # output dropped: only the member's end counts
                chunk = d.unconsumed_tail
        except zlib.error as exc:
            raise Damaged(offset, f"a corrupt gzip member ({exc})") from None
    return read - len(d.unused_data)


def _iterator(stream, path: str) -> Iterator[Any]:
    """Iterate the records of an open archive, every type, HTTP bodies as stored.

    Bodies are decoded one record at a time, by `_raw`, never while listing: fastwarc's
    decoding mode fails to skip past a large encoded body it was not asked to read.
    """
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        raise InputError(_INSTALL_HINT) from None
    records = ArchiveIterator(stream, record_types=WarcRecordType.any_type, auto_decode="none")
    try:
        yield from records
    except Exception as exc:  # fastwarc raises plain exceptions on corrupt input
        raise Corrupt(str(exc)) from None


def _skip_reason(record) -> str | None:
    """Return why a record holds no page (a Skipped counter, or "other"), None for a page."""
    from fastwarc.warc import WarcRecordType

    if record.record_type != WarcRecordType.response:
        return "other"  # requests, metadata, warcinfo: not counted
    if not record.is_http or record.http_headers.status_code != 200:
        return "not_ok"
    if not (record.http_content_type or "").lower().startswith(_HTML_TYPES):
        return "not_html"
    if record.content_length > MAX_RECORD_BYTES:
        return "too_large"
    return None


def _raw(record, payload: bytes, spec: str, max_bytes: int) -> Raw:
    """The Raw input of one page record: body decoded, target URL, capture date, charset."""
    from .inflate import dechunk, decode_body

    headers = record.http_headers
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        payload = dechunk(payload)
    body = decode_body(payload, headers.get("Content-Encoding") or "", max_bytes)
    date = record.headers.get("WARC-Date")
    source = Source(input=spec, kind="warc", url=record.headers.get("WARC-Target-URI"),
                    fetched_at=date)
    return Raw(body, source, record.http_charset)
