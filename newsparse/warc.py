"""WARC archives (Common Crawl, CC-NEWS) as inputs: one page per HTML response record.

An archive expands into record inputs named `<archive>#<offset>`, the byte offset of the
record in the file (as in Common Crawl's index), so each record is an input of its own for
error lines, error records and state. Reading goes through fastwarc, imported only here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .acquire import Raw, open_file
from .errors import InputError
from .model import Source

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_INSTALL_HINT = "WARC input needs fastwarc: pip install 'newsparse[warc]'"
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

    An archive that cannot be read (missing, corrupt, fastwarc absent) yields its bare path
    once, so reading that input raises the error through the usual per-input path.
    """
    counts = Skipped()
    try:
        for offset, _record in _page_records(path, counts):
            yield f"{path}#{offset}"
    except InputError:
        yield path
    if skipped is not None and counts.total():
        skipped[path] = counts


def iter_pages(path: str, skipped: Skipped | None = None) -> Iterator[Raw]:
    """Yield every HTML page of an archive as Raw input, in one pass over the file."""
    for offset, record in _page_records(path, skipped or Skipped()):
        yield _raw(record, f"{path}#{offset}")


def read_record(spec: str) -> Raw:
    """Return the page in record `<path>#<offset>` (seeking straight to it)."""
    path, offset = split_spec(spec)
    if offset is None:
        # Only reached when expanding the archive failed: scan again to raise the reason.
        for _ in _page_records(path, Skipped()):
            pass
        raise InputError("a WARC archive holds many pages; give it to `newsparse parse`")
    with open_file(path) as stream:
        if offset:
            stream.seek(offset)
            if path.lower().endswith(".gz") and stream.read(2) != b"\x1f\x8b":
                raise InputError(f"no gzip record at offset {offset} (the archive must be "
                                 "gzipped record by record, as crawlers write it)")
            stream.seek(offset)
        # Every record type: the one at `offset` itself, never the next response after it.
        for record in _iterator(stream, path, responses_only=False):
            if not _is_page(record, Skipped()):
                raise InputError(f"record at offset {offset} is not an HTML page")
            return _raw(record, spec)
    raise InputError(f"no WARC record at offset {offset}")


def _page_records(path: str, counts: Skipped) -> Iterator[tuple[int, Any]]:
    """Yield (offset, record) for each HTML 200 response, counting what is skipped."""
    with open_file(path) as stream:
        for record in _iterator(stream, path):
            if _is_page(record, counts):
                yield record.stream_pos, record


def _iterator(stream, path: str, responses_only: bool = True) -> Iterator[Any]:
    """Iterate the (response) records of an open archive, HTTP bodies decoded."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        raise InputError(_INSTALL_HINT) from None
    kinds = WarcRecordType.response if responses_only else WarcRecordType.any_type
    # auto_decode="all" undoes chunked transfer and gzip/deflate/brotli content encoding.
    records = ArchiveIterator(stream, record_types=kinds, auto_decode="all")
    try:
        yield from records
    except Exception as exc:  # fastwarc raises plain exceptions on corrupt input
        raise InputError(f"corrupt WARC archive ({exc})") from None


def _is_page(record, counts: Skipped) -> bool:
    """Return True for an HTTP 200 response carrying HTML; count the rest."""
    from fastwarc.warc import WarcRecordType

    is_response = record.record_type == WarcRecordType.response and record.is_http
    if not is_response or record.http_headers.status_code != 200:
        counts.not_ok += 1
        return False
    ctype = (record.http_content_type or "").lower()
    if not ctype.startswith(_HTML_TYPES):
        counts.not_html += 1
        return False
    if record.content_length > MAX_RECORD_BYTES:
        counts.too_large += 1
        return False
    return True


def _raw(record, spec: str) -> Raw:
    """The Raw input of one page record: body, target URL, capture date, charset."""
    date = record.headers.get("WARC-Date")
    source = Source(input=spec, kind="warc", url=record.headers.get("WARC-Target-URI"),
                    fetched_at=date)
    return Raw(record.reader.read(), source, record.http_charset)
