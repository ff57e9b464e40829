"""The --output-dir: one JSON file per input, named from its URL or path, written atomically."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InputError

TEMP_PREFIX = ".newsparse-tmp-"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_ARTICLE_EXT = re.compile(r"\.(html?|txt|php|aspx?|jsp)(\.gz)?$", re.IGNORECASE)


def file_name(key: str) -> str:
    """Return `<readable-slug>-<hash>.json` for an input key (absolute path or URL).

    The hash of the whole key keeps names unique; the same input always gets the same
    name, so redoing an input replaces its file instead of adding a second one.
    """
    readable = _readable(key)
    slug = _NOT_SLUG.sub("-", readable.lower()).strip("-")[-60:]
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return f"{slug.lstrip('-') or 'input'}-{digest}.json"


def _readable(key: str) -> str:
    """Return the part of an input key worth showing in its file name."""
    if "://" in key:
        try:
            parts = urlsplit(key)
            return f"{parts.hostname or ''} {_ARTICLE_EXT.sub('', parts.path)} {parts.query}"
        except ValueError:  # a malformed host (`http://[::1/x`): the key as it stands
            return key.partition("://")[2]
    return _ARTICLE_EXT.sub("", Path(key).name)


class OutputDir:
    """A directory that receives one file per input."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot create output directory: {exc.strerror or exc}") from None
        self._remove_temp_files()

    def _remove_temp_files(self) -> None:
        """Drop temp files a killed run left behind (they were never renamed into place)."""
        for tmp in self.path.glob(TEMP_PREFIX + "*"):
            tmp.unlink(missing_ok=True)

    def write(self, name: str, data: bytes) -> None:
        """Write `data` to `name`: temp file in the same directory, fsync, atomic rename."""
        fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.path)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._sync_dir()

    def remove(self, name: str) -> None:
        """Delete an input's file (a failed redo without error records leaves none)."""
        (self.path / name).unlink(missing_ok=True)

    def _sync_dir(self) -> None:
        """fsync the directory so the rename itself survives a crash."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
