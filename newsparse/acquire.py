"""Raw input bytes from a file, stdin, a WARC record or (through fetch.py) a URL, with what is
known of their source; the inputs a directory, an archive or an input list stands for."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

from .errors import InputError
from .model import Record, Source, record
from .settings import Options


@record
class Raw(Record):
    """An input's bytes, where they came from and the charset a server declared."""

    data: bytes
    source: Source
    charset: str | None = None  # declared by the server


# What a directory is walked for: every kind of file newsparse reads, and its gzip form.
_ARTICLE_KINDS = (".html", ".htm", ".xhtml", ".txt", ".md", ".markdown")
ARTICLE_SUFFIXES = _ARTICLE_KINDS + tuple(kind + ".gz" for kind in _ARTICLE_KINDS)


def expand_inputs(specs: Iterable[str], skipped: dict | None = None) -> Iterator[str]:
    """Yield inputs lazily, each directory replaced by the article files under it, sorted.

    A WARC archive becomes one `<archive>#<offset>` input per HTML page record; records
    skipped (not HTTP 200, not HTML) are counted in `skipped` by archive.
    """
    for spec in specs:
        if spec != "-" and not is_url(spec) and os.path.isdir(spec):
            found = False
            for path in _walk(spec):
                found = True
                yield path
            if not found:  # reading it fails it: a mistyped path must not pass unseen
                yield spec
        elif spec.lower().endswith((".warc", ".warc.gz")):
            from .warc import record_specs

            yield from record_specs(spec, skipped)
        else:
            yield spec


def _walk(top: str) -> Iterator[str]:
    """Yield article files under `top` in sorted path order, one directory listed at a time.

    An entry that cannot be examined, or a directory that cannot be listed, is yielded as
    it is: reading it then fails that one input with the reason, counted like any other.
    """
    try:
        with os.scandir(top) as it:
            # Names only, files filtered here: a DirEntry per file would cost ~350 bytes each
            # while the listing is walked (3.5 MB for a directory of 10,000 articles).
            # "name/" for directories makes the order equal to sorting the full path strings.
            keys = [e.name + "/" if e.is_dir(follow_symlinks=False) else e.name for e in it
                    if e.is_dir(follow_symlinks=False) or _is_article_entry(e)]
    except OSError:
        yield top
        return
    keys.sort()
    for key in keys:
        if key.endswith("/"):
            yield from _walk(os.path.join(top, key[:-1]))
        else:
            yield os.path.join(top, key)


def _is_article_entry(entry: os.DirEntry) -> bool:
    """True for an article file by name, and for one that cannot be told apart (its error)."""
    if not entry.name.lower().endswith(ARTICLE_SUFFIXES):
        return False
    try:
        # A dangling link by an article's name is a lost article, not a non-article.
        return entry.is_file() or entry.is_symlink() and not os.path.exists(entry.path)
    except OSError:  # a symlink loop, an I/O error
        return True


def read_input_list(lines: Iterable[str]) -> Iterator[str]:
    """Yield the inputs of an input list: one per line, blank lines and # comments skipped."""
    for line in lines:
        spec = line.strip()
        if spec and not spec.startswith("#"):
            yield spec


def host_key(spec: str) -> str | None:
    """Return the host a URL input is fetched from (for politeness), None for other inputs."""
    if not is_url(spec):
        return None
    from urllib.parse import urlsplit

    try:
        return (urlsplit(spec).hostname or "").lower() or None
    except ValueError:
        return None


def printable(spec: str) -> str:
    """Return an input name as valid UTF-8 text: undecodable bytes of a file name as \\xNN.

    Python hands such bytes over as lone surrogates, which JSON and SQLite refuse.
    """
    return spec.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def read_input(spec: str, opts: Options) -> Raw:
    """Return the bytes of one input, gzip opened: "-" for stdin, an http(s) URL, or a path.

    `opts.max_bytes` caps every kind, as read and after decompression.
    """
    raw = _acquire(spec, opts)
    if raw.data[:2] == b"\x1f\x8b":  # gzip by its magic bytes, whatever the input's name
        from .inflate import maybe_gunzip

        raw.data = maybe_gunzip(raw.data, opts.max_bytes)
    return raw


def _acquire(spec: str, opts: Options) -> Raw:
    if spec == "-":
        data = read_capped(sys.stdin.buffer, opts.max_bytes)
        return Raw(data, Source(input="-", kind="stdin", url=opts.url))
    if is_url(spec):
        from .fetch import fetch  # a run of files and stdin never loads the HTTP side

        return fetch(spec, opts)
    if ".warc" in spec.lower():  # an archive record, `<archive>#<offset>`
        from .warc import is_warc, read_record

        if is_warc(spec):
            return read_record(spec, opts.max_bytes)
    with open_file(spec) as f:
        data = read_capped(f, opts.max_bytes)
    return Raw(data, Source(input=printable(spec), kind="file", url=opts.url))


def read_capped(f, limit: int) -> bytes:
    """Read a stream to its end, refusing it past `limit` bytes (`/dev/zero` has no end)."""
    try:
        data = f.read(limit + 1)
    except OSError as exc:  # EISDIR and I/O errors surface on read
        raise InputError(exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise InputError(f"larger than {limit} bytes (--max-bytes)")
    return data


def open_file(path: str):
    """Open a file for binary reading; failures become InputError with a short reason."""
    try:
        if os.path.isdir(path):
            raise InputError(_directory_error(path))
        return open(path, "rb")  # noqa: SIM115 (the caller closes it)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None


def _directory_error(path: str) -> str:
    """Why a directory came as an input: walking it failed, or it holds no article file."""
    try:
        with os.scandir(path):
            pass
    except OSError as exc:
        return f"cannot list directory: {(exc.strerror or str(exc)).lower()}"
    if next(_walk(path), None) is None:
        return f"no article files in this directory ({', '.join(_ARTICLE_KINDS)}, or .gz)"
    return "is a directory"
