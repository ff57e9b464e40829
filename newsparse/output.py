"""The --output-dir: one JSON file per input, named from its URL or path, written atomically."""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InputError
from .writes import write_all

TEMP_PREFIX = ".newsparse-tmp-"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_ARTICLE_EXT = re.compile(r"\.(x?html?|txt|md|markdown|php|aspx?|jsp)(\.gz)?$", re.IGNORECASE)


def file_name(key: str) -> str:
    """Return `<readable-slug>-<hash>.json` for an input key (absolute path or URL).

    The hash of the whole key keeps names unique; the same input always gets the same
    name, so redoing an input replaces its file instead of adding a second one.
    """
    return f"{_slug(key) or 'input'}-{_digest(key)}.json"


def stdin_name(url: str | None, sha256: str | None) -> str:
    """Return the file name of a stdin input: `<slug of --url, or stdin>-<hash>.json`.

    stdin has no name of its own, so the hash covers the content as well as the URL:
    different articles never share a file, and the same one piped again keeps its name.
    """
    digest = _digest(f"{url or ''} {sha256 or ''}")
    return f"{url and _slug(url) or 'stdin'}-{digest}.json"


def _slug(key: str) -> str:
    """Return the readable part of a file name, made of [a-z0-9-] only."""
    return _NOT_SLUG.sub("-", _readable(key).lower()).strip("-")[-60:].lstrip("-")


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def _readable(key: str) -> str:
    """Return the part of an input key worth showing in its file name."""
    if "://" in key:
        try:
            parts = urlsplit(key)
            return f"{parts.hostname or ''} {_ARTICLE_EXT.sub('', parts.path)} {parts.query}"
        except ValueError:  # a malformed host (`http://[::1/x`): the key as it stands
            return key.partition("://")[2]
    return _ARTICLE_EXT.sub("", Path(key).name)


def _same_file(path: Path, fd: int) -> bool:
    """True while `path` still names the file open as `fd`."""
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def writable_directory(path: str) -> Path:
    """Return `path` as a directory files can be written to, made if need be; else InputError."""
    directory = Path(path)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{path}: cannot create output directory: "
                         f"{(exc.strerror or str(exc)).lower()}") from None
    try:
        # Only a file made there tells: modes, ACLs, a read-only mount, a full disk.
        # Its own prefix: another run's clean-up of stale temp files never takes it.
        fd, probe = tempfile.mkstemp(prefix=".newsparse-probe-", dir=directory)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise InputError(f"{path}: cannot write to output directory: "
                         f"{(exc.strerror or str(exc)).lower()}") from None
    return directory


class OutputDir:
    """A directory that receives one file per input."""

    def __init__(self, path: str) -> None:
        self.path = writable_directory(path)
        # Files get the mode `open` would give them (0644 under umask 022), as with any Unix
        # tool; mkstemp alone makes them 0600. Read once: os.umask can only be read by setting.
        umask = os.umask(0o077)
        os.umask(umask)
        self.mode = 0o666 & ~umask
        self._remove_temp_files()

    def _remove_temp_files(self) -> None:
        """Drop temp files whose writer is gone: a killed run's, never a running one's.

        A writer holds a lock on its temp file until the file is renamed into place; the
        lock dies with the writer, however it dies, so a temp file that can be locked here
        is stale.
        """
        for tmp in self.path.glob(TEMP_PREFIX + "*"):
            try:
                fd = os.open(tmp, os.O_RDONLY)
            except OSError:  # renamed into place or removed meanwhile
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                if _same_file(tmp, fd):
                    tmp.unlink(missing_ok=True)
            except OSError:  # locked: its writer is at work
                pass
            finally:
                os.close(fd)

    def temp_file(self) -> tuple[int, str]:
        """Return a new temp file in the directory, open for writing and locked as in use."""
        while True:
            fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.path)
            os.fchmod(fd, self.mode)
            fcntl.flock(fd, fcntl.LOCK_EX)
            # Another run may have found it unlocked and removed it between the two calls.
            if _same_file(Path(tmp), fd):
                return fd, tmp
            os.close(fd)

    def write(self, name: str, data: bytes) -> None:
        """Write `data` to `name`: temp file in the same directory, fsync, atomic rename.

        An OSError names the output file, not the temp file it went through.
        """
        target = self.path / name
        fd, tmp = self.temp_file()
        try:
            write_all(fd, data)
            os.fsync(fd)
            os.replace(tmp, target)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise type(exc)(exc.errno, exc.strerror, str(target)) from None
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        finally:
            os.close(fd)  # and with it the lock, once the file is in place
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
