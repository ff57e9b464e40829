"""Many WARC archives on a Dask cluster: one NDJSON partition per archive.

Each archive is one task. Its HTML pages are read in one pass and parsed by the same
pipeline as `newsparse parse` (records named `<archive>#<offset>` alike), and written to
`<out>/<archive name>-<hash of its path>.ndjson`, one article or error record a line. A
partition is written under a `.part` name and renamed once complete, so a rerun skips
archives whose partition exists (finished work is not redone, as with the CLI's state) and
redoes half-written ones.

    from newsparse.cluster import run
    run(["CC-NEWS-….warc.gz", …], "out/")                       # local cluster
    run(paths, "out/", scheduler="tcp://scheduler.example:8786")          # existing scheduler

or `python -m newsparse.cluster -o out/ [--scheduler ADDR] [--workers N] ARCHIVE…`.
Dask is imported only here and only when a run starts (`pip install '.[dask]'` from a clone).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import NewsparseError
from .model import ErrorInfo, ErrorRecord
from .pipeline import parse_raw
from .serialize import to_line
from .warc import WARC_SUFFIXES, Skipped, iter_pages

log = logging.getLogger(__name__)

# Package names rather than the `newsparse[dask]` extra (see warc._INSTALL_HINT).
_INSTALL_HINT = ("newsparse.cluster needs Dask: pip install 'dask[bag]' distributed fastwarc "
                "(pipx: pipx inject newsparse 'dask[bag]' distributed fastwarc)")


@dataclass
class PartitionResult:
    """What one archive's task did; `error` is set when the archive could not be read."""

    archive: str
    output: str
    articles: int = 0
    failed: int = 0  # page records that gave no article (an error record each)
    skipped: int = 0  # records that are not pages (not HTTP 200, not HTML)
    done_before: bool = False  # the partition was complete already: nothing redone
    error: str | None = None


def partition_path(archive: str, out_dir: str | Path) -> Path:
    """Return where an archive's records go: `<out_dir>/<name>-<hash of its path>.ndjson`.

    The name alone would not do: crawls keep `2024/01/part-0.warc.gz` beside
    `2024/02/part-0.warc.gz`. The hash of the absolute path tells them apart and stays the
    same from run to run, so a rerun finds the partitions it wrote.
    """
    import hashlib

    name = Path(archive).name
    for suffix in sorted(WARC_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    where = os.path.abspath(archive).encode("utf-8", "surrogateescape")
    return Path(out_dir) / f"{name}-{hashlib.sha256(where).hexdigest()[:12]}.ndjson"


def check_partitions(archives: list[str], out_dir: str | Path) -> None:
    """Raise ValueError when two archives would write one partition (one given twice)."""
    first: dict[Path, str] = {}
    for archive in archives:
        path = partition_path(archive, out_dir)
        if path in first:
            raise ValueError(f"{first[path]} and {archive} would write the same partition "
                             f"{path.name}: give each archive once")
        first[path] = archive


def parse_archive(archive: str, out_dir: str | Path, fmt: str = "auto",
                  output: str | None = None) -> PartitionResult:
    """Parse every page of one archive into its NDJSON partition (skipped when complete).

    `output` is the partition's path as the client named it (a worker's working directory
    may differ from the client's, and with it the archive's absolute path).
    """
    final = Path(output) if output else partition_path(archive, out_dir)
    result = PartitionResult(archive=archive, output=str(final))
    if final.exists():
        result.done_before = True
        return result
    partial = final.with_name(final.name + ".part")
    final.parent.mkdir(parents=True, exist_ok=True)  # a worker may see a fresh shared disk
    skipped = Skipped()
    try:
        with open(partial, "wb") as out:
            for raw in iter_pages(archive, skipped):
                record = _parse_one(raw, fmt, result)
                out.write(to_line(record))
    except NewsparseError as exc:
        partial.unlink(missing_ok=True)
        result.error = str(exc)
        return result
    os.replace(partial, final)  # atomic: a partition is either complete or absent
    result.skipped = skipped.total()
    return result


def _parse_one(raw, fmt: str, result: PartitionResult):
    """Return the Article of one page, or its error record; count which in `result`."""
    try:
        article = parse_raw(raw, fmt)
    except NewsparseError as exc:
        result.failed += 1
        return ErrorRecord(source=raw.source, error=ErrorInfo(type=exc.kind, message=str(exc)))
    except Exception as exc:  # noqa: BLE001 one odd page must not lose a whole partition
        log.exception("%s: unexpected error", raw.source.input)
        result.failed += 1
        return ErrorRecord(source=raw.source, error=ErrorInfo(type="internal", message=repr(exc)))
    result.articles += 1
    return article


def run(archives: Iterable[str], out_dir: str | Path, *, scheduler: str | None = None,
        workers: int = 2, processes: bool = True, fmt: str = "auto") -> list[PartitionResult]:
    """Parse archives on Dask: a new local cluster of `workers`, or the one at `scheduler`."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ImportError(_INSTALL_HINT) from None
    archives = [str(a) for a in archives]
    check_partitions(archives, out_dir)  # before any work: two writers would mix one file
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    if scheduler:
        with Client(scheduler) as client:
            return _map(client, archives, out_dir, fmt)
    # One thread per worker: parsing holds the GIL, so processes are what scale.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                      dashboard_address=":0") as local, Client(local) as client:
        return _map(client, archives, out_dir, fmt)


def _map(client, archives: list[str], out_dir: str | Path, fmt: str) -> list[PartitionResult]:
    outputs = [str(partition_path(a, out_dir)) for a in archives]
    n = len(archives)
    futures = client.map(parse_archive, archives, [str(out_dir)] * n, [fmt] * n, outputs,
                         pure=False)
    return client.gather(futures)


def main(argv: list[str] | None = None) -> int:
    """`python -m newsparse.cluster`: exit 0 all archives done, 1 one failed, 2 usage."""
    ap = argparse.ArgumentParser(prog="python -m newsparse.cluster", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("archives", nargs="+", metavar="ARCHIVE", help=".warc or .warc.gz file")
    ap.add_argument("-o", "--output", required=True, help="directory for the partitions")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="local worker processes (without --scheduler)")
    ap.add_argument("--format", dest="fmt", choices=["auto", "html", "text"], default="auto")
    args = ap.parse_args(argv)
    try:
        results = run(args.archives, args.output, scheduler=args.scheduler,
                      workers=args.workers, fmt=args.fmt)
    except (ImportError, ValueError) as exc:  # Dask missing, or two archives, one partition
        print(f"newsparse: {exc}", file=sys.stderr)  # noqa: T201
        return 2
    for r in results:
        line = r.error or ("complete already" if r.done_before else
                           f"{r.articles} articles, {r.failed} failed, {r.skipped} skipped")
        print(f"newsparse: {r.archive}: {line}", file=sys.stderr)  # noqa: T201
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    # Run the importable module's main, so tasks pickle as newsparse.cluster, not __main__.
    from newsparse.cluster import main as _main

    sys.exit(_main())
