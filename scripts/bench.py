"""Measure newsparse against its performance targets, as ratios taken in one run.

    python scripts/bench.py [--shared ../shared] [--quick] [--profile] [--only NAME ...]

Sections: cold start, HTML throughput (vs trafilatura.extract), text throughput, `-j 2` vs
`-j 1`, peak memory (10,000 inputs vs 100), one large page (1, 5 and 50 MB), WARC reading
(fastwarc vs warcio), the Dask path (1 vs 2 workers), `newsparse urls`
(scripts/bench_urls.py) and what trafilatura's second opinion costs
(scripts/bench_reconcile.py). Stdlib timers only; results go to stdout as a Markdown table
(scripts/bench_report.py) and to build/bench/results.json; `--profile` writes pyinstrument
profiles next to them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "en-foreign-ministry-negotiations.txt"
OUT = ROOT / "build" / "bench"
BIN = Path(sys.executable).parent
# The timed command lines run from a non-editable install (`install_release`): the dev venv's
# editable install adds an import hook, and with PYTHONDONTWRITEBYTECODE set (as here) its
# modules are compiled from source on every start, neither of which a user's install pays.
RELEASE = OUT / "venv"
NEWSPARSE = str(BIN / "newsparse")
PYTHON = sys.executable
HEAVY = ("trafilatura", "lxml", "urllib3", "charset_normalizer", "fastwarc", "dask")


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def run_quiet(cmd: list[str]) -> float:
    """Wall time of a subprocess whose output is thrown away."""
    return timed(lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, check=False))


def install_release() -> None:
    """`pip install .` (not editable, bytecode compiled) into build/bench/venv; use it from now on.

    The new venv sees the dev venv's dependencies through a .pth file, so nothing is
    downloaded; only newsparse itself is installed there, from a wheel built from this tree.
    """
    global NEWSPARSE, PYTHON
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", "--clear", str(RELEASE)],
                   check=True)
    py = RELEASE / "bin" / "python"
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    purelib = subprocess.run([str(py), "-c", where], capture_output=True, text=True,
                             check=True).stdout.strip()
    deps = subprocess.run([sys.executable, "-c", where], capture_output=True, text=True,
                          check=True).stdout.strip()
    Path(purelib, "_bench_deps.pth").write_text(deps + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps",
                    "--no-warn-script-location", str(ROOT)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    NEWSPARSE, PYTHON = str(RELEASE / "bin" / "newsparse"), str(py)


# --- cold start -------------------------------------------------------------------------

def bench_cold_start(runs: int) -> dict:
    """Median wall time of `newsparse parse <seed>` vs `python -c "import click, orjson"`."""
    ours, base = [], []
    for _ in range(runs):  # interleaved, so load from other processes hits both alike
        ours.append(run_quiet([NEWSPARSE, "parse", str(SEED)]))
        base.append(run_quiet([PYTHON, "-c", "import click, orjson"]))
    probe = ("import sys\nfrom newsparse.cli import main\nsys.argv = ['newsparse', 'parse', "
             f"{str(SEED)!r}]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
             f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})), "
             "file=sys.stderr)")
    done = subprocess.run([PYTHON, "-c", probe], capture_output=True, text=True)
    m_ours, m_base = statistics.median(ours), statistics.median(base)
    return {"runs": runs, "newsparse_ms": m_ours * 1e3, "baseline_ms": m_base * 1e3,
            "ratio": m_ours / m_base, "heavy_modules_loaded": done.stderr.strip()}


# --- HTML and text throughput -------------------------------------------------------------

def html_pages(shared: Path) -> tuple[str, list[str]]:
    """The eval pages (decoded once) when shared/ is there, else samples/*.html."""
    from newsparse.decode import decode

    pages_dir = shared / "eval" / "fundus-dev" / "pages"
    files = sorted(pages_dir.glob("*.html.gz")) if pages_dir.is_dir() else []
    if files:
        return str(pages_dir), [decode(gzip.decompress(f.read_bytes())) for f in files]
    files = sorted(SAMPLES.glob("*.html"))
    return str(SAMPLES), [decode(f.read_bytes()) for f in files]


def parse_all_html(pages: list[str]) -> int:
    from newsparse import NewsparseError
    from newsparse.pipeline import parse_html

    failed = 0
    for html in pages:
        try:
            parse_html(html)
        except NewsparseError:
            failed += 1
    return failed


def trafilatura_all(pages: list[str]) -> None:
    import trafilatura

    for html in pages:
        trafilatura.extract(html)


def bench_html(shared: Path, passes: int) -> dict:
    """Seconds per page: pipeline.parse_html vs a plain trafilatura.extract loop."""
    where, pages = html_pages(shared)
    failed = parse_all_html(pages[:5])  # warm up: imports and caches out of the timing
    trafilatura_all(pages[:5])
    ours, theirs = [], []
    for _ in range(passes):
        ours.append(timed(lambda: parse_all_html(pages)))
        theirs.append(timed(lambda: trafilatura_all(pages)))
    failed = parse_all_html(pages)
    per_ours, per_theirs = min(ours) / len(pages), min(theirs) / len(pages)
    return {"pages": len(pages), "from": where, "passes": passes, "no_article": failed,
            "newsparse_ms_per_page": per_ours * 1e3, "trafilatura_ms_per_page": per_theirs * 1e3,
            "speedup": per_theirs / per_ours}


def bench_text(seconds: float) -> dict:
    """Articles per second of parse_text on the seed, one core."""
    from newsparse.pipeline import parse_text

    text = SEED.read_text(encoding="utf-8")
    parse_text(text)
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for _ in range(50):
            parse_text(text)
        n += 50
    elapsed = time.perf_counter() - start
    return {"articles": n, "seconds": elapsed, "articles_per_s": n / elapsed}


# --- batches: -j scaling and memory -----------------------------------------------------

def make_batch(where: Path, count: int) -> Path:
    """A directory of `count` inputs cycled from samples/ (text and HTML)."""
    where.mkdir(parents=True, exist_ok=True)
    sources = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))
    for i in range(count):
        src = sources[i % len(sources)]
        (where / f"{i:05d}-{src.name}").write_bytes(src.read_bytes())
    return where


def jobs_option() -> str | None:
    """`-j` or `--jobs` once `newsparse parse` takes it (the batch work adds it), else None."""
    out = subprocess.run([NEWSPARSE, "parse", "--help"], capture_output=True, text=True).stdout
    if " -j," in out or " -j " in out:
        return "-j"
    return "--jobs" if "--jobs" in out else None


def make_html_batch(where: Path, shared: Path, count: int) -> tuple[Path, str]:
    """A directory of `count` HTML files cycled from the eval pages (else from samples/)."""
    where.mkdir(parents=True, exist_ok=True)
    origin, pages = html_pages(shared)
    for i in range(count):
        (where / f"{i:05d}.html").write_text(pages[i % len(pages)], encoding="utf-8")
    return where, origin


def bench_jobs(tmp: Path, shared: Path, count: int) -> dict:
    """Wall time of a batch of HTML pages with -j 1 and -j 2.

    Real pages (~20-50 ms of parsing each), since that is what -j is for: with tiny text
    inputs the run is start-up and pipe traffic, not parsing.
    """
    flag = jobs_option()
    if flag is None:
        return {"inputs": count, "speedup": "n/a", "note": "newsparse parse has no -j yet"}
    batch, origin = make_html_batch(tmp / "jobs", shared, count)
    ones, twos = [], []
    for _ in range(2):  # interleaved, best of two: load from other processes hits both alike
        ones.append(run_quiet([NEWSPARSE, "parse", flag, "1", str(batch)]))
        twos.append(run_quiet([NEWSPARSE, "parse", flag, "2", str(batch)]))
    one, two = min(ones), min(twos)
    return {"inputs": count, "pages_from": origin, "j1_s": one, "j2_s": two, "speedup": one / two,
            "load_avg_1m": os.getloadavg()[0]}


def peak_rss_kib(cmd: list[str]) -> int:
    """Peak RSS of one command (and its children), measured from a fresh parent process."""
    probe = ("import resource, subprocess, sys\n"
             "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([PYTHON, "-c", probe, *cmd], capture_output=True, text=True)
    return int(out.stdout.strip())


def bench_memory(tmp: Path, small: int, large: int) -> dict:
    """Peak RSS of `newsparse parse DIR` over `large` inputs vs `small` inputs."""
    rss = {}
    for count in (small, large):
        batch = make_batch(tmp / f"mem{count}", count)
        start = time.perf_counter()
        rss[count] = peak_rss_kib([NEWSPARSE, "parse", str(batch)])
        rss[f"{count}_s"] = time.perf_counter() - start
    return {"small_inputs": small, "large_inputs": large, "small_mib": rss[small] / 1024,
            "large_mib": rss[large] / 1024, "ratio": rss[large] / rss[small],
            "large_seconds": rss[f"{large}_s"]}


def large_page(size: int) -> str:
    """A page of about `size` bytes: the sample article's paragraphs, sections and related
    boxes repeated, as a very long live blog or an archive page grows."""
    html = (SAMPLES / "en-city-council-housing.html").read_text(encoding="utf-8")
    head, _, rest = html.partition("<body")
    body = rest.partition(">")[2].rpartition("</body>")[0]
    parts, total, i = [], len(head), 0
    while total < size:
        part = f'<section id="part-{i}">{body}</section>'
        parts.append(part)
        total += len(part.encode("utf-8"))
        i += 1
    return f"{head}<body>{''.join(parts)}</body></html>"


def bench_large(tmp: Path, sizes_mb: tuple[int, ...]) -> dict:
    """Wall time and peak RSS of `newsparse parse` on one page of each size."""
    out: dict = {"sizes_mb": list(sizes_mb)}
    for mb in sizes_mb:
        page = tmp / f"large-{mb}.html"
        page.write_text(large_page(mb * 1_000_000), encoding="utf-8")
        cmd = [NEWSPARSE, "parse", "--max-bytes", str(200_000_000), str(page)]
        start = time.perf_counter()
        rss = peak_rss_kib(cmd)
        out[mb] = {"seconds": time.perf_counter() - start, "peak_mib": rss / 1024,
                   "bytes": page.stat().st_size}
    small, big = out[sizes_mb[0]], out[sizes_mb[-1]]
    out["time_growth"] = (big["seconds"] / small["seconds"]) / (big["bytes"] / small["bytes"])
    out["rss_per_page_byte"] = big["peak_mib"] * 2**20 / big["bytes"]
    return out


# --- WARC -------------------------------------------------------------------------------

def make_archives(tmp: Path, pages: list[str], copies: int, parts: int) -> list[Path]:
    """`parts` gzipped WARC files holding the pages `copies` times, written with warcio."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    bodies = [p.encode("utf-8") for p in pages] * copies
    paths = []
    for part in range(parts):
        path = tmp / f"bench-{part:02d}.warc.gz"
        with open(path, "wb") as f:
            writer = WARCWriter(f, gzip=True)
            for i, body in enumerate(bodies[part::parts]):
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                        protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    f"https://bench.example/{part}/{i}", "response", payload=io.BytesIO(body),
                    http_headers=http))
        paths.append(path)
    return paths


def read_fastwarc(paths: list[Path]) -> int:
    from newsparse.warc import iter_pages

    return sum(len(raw.data) for p in paths for raw in iter_pages(str(p)))


def read_warcio(paths: list[Path]) -> int:
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    for p in paths:
        with open(p, "rb") as f:
            for rec in ArchiveIterator(f):
                if rec.rec_type == "response":
                    total += len(rec.content_stream().read())  # de-chunked, decompressed
    return total


def bench_warc(tmp: Path, pages: list[str], copies: int, workers_max: int) -> dict:
    """Reading speed of fastwarc vs warcio, and pipeline records/s on 1 and 2 Dask workers."""
    from newsparse.cluster import parse_archive

    paths = make_archives(tmp, pages, copies, parts=4)
    size = sum(p.stat().st_size for p in paths)
    records = len(pages) * copies
    fw = min(timed(lambda: read_fastwarc(paths)) for _ in range(3))
    wi = min(timed(lambda: read_warcio(paths)) for _ in range(3))
    single = timed(lambda: [parse_archive(str(p), tmp / "single") for p in paths])
    dask = {n: dask_map(paths, tmp / f"dask{n}", n) for n in range(1, workers_max + 1)}
    return {"archives": len(paths), "records": records, "gzip_mib": size / 2**20,
            "fastwarc_s": fw, "warcio_s": wi, "fastwarc_speedup": wi / fw,
            "fastwarc_records_per_s": records / fw, "warcio_records_per_s": records / wi,
            "pipeline_records_per_s_one_process": records / single,
            "dask": dask,
            "dask_speedup_2_vs_1": dask[1]["wall_s"] / dask[2]["wall_s"] if 2 in dask else None,
            "note": "dask wall time excludes starting the cluster; cpu_s is the tasks' CPU time"}


def _timed_task(archive: str, out: str) -> float:
    """Run one archive's task; return its CPU seconds (contention shows as more wall time)."""
    from newsparse.cluster import parse_archive

    start = time.process_time()
    parse_archive(archive, out)
    return time.process_time() - start


def dask_map(paths: list[Path], out: Path, workers: int) -> dict:
    """Wall and CPU time of the archives on a warm LocalCluster of `workers` processes."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as lc, \
            Client(lc) as client:
        client.run(lambda: __import__("newsparse.html"))  # imports out of the timing
        start = time.perf_counter()
        cpu = client.gather(client.map(_timed_task, [str(p) for p in paths], out=str(out),
                                       pure=False))
        wall = time.perf_counter() - start
    return {"wall_s": wall, "cpu_s": sum(cpu), "load_avg_1m": os.getloadavg()[0]}


# --- discovery ----------------------------------------------------------------------------

def bench_urls(tmp: Path, quick: bool) -> dict:
    """`newsparse urls`: URLs/s, memory at 5,000 and 50,000 URLs, robots.txt checks, feed
    parsers (scripts/bench_urls.py)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_urls import measure

    return measure(NEWSPARSE, tmp, quick)


def bench_reconcile(shared: Path, passes: int) -> dict:
    """What trafilatura's second opinion costs per page (scripts/bench_reconcile.py)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_reconcile import bench

    return bench(shared, passes)


# --- profiles -----------------------------------------------------------------------------

def profile(shared: Path) -> dict:
    """pyinstrument profiles of the HTML and the text path, written to build/bench/."""
    from pyinstrument import Profiler

    from newsparse.pipeline import parse_text

    _, pages = html_pages(shared)
    text = SEED.read_text(encoding="utf-8")
    written = {}
    for name, work in (("html", lambda: parse_all_html(pages)),
                       ("text", lambda: [parse_text(text) for _ in range(2000)])):
        work()
        prof = Profiler(interval=0.0005)
        prof.start()
        work()
        prof.stop()
        path = OUT / f"profile-{name}.txt"
        # The call tree (library frames folded), then the functions with most own time.
        path.write_text(prof.output_text(unicode=False, color=False, show_all=False)
                        + prof.output_text(unicode=False, color=False, flat=True))
        written[name] = str(path.relative_to(ROOT))
    return written


# --- report -------------------------------------------------------------------------------

def machine() -> dict:
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                         text=True).stdout.strip()
    return {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "commit": rev,
            "cores": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "load_avg_1m": os.getloadavg()[0]}


SECTIONS = ("cold_start", "html", "text", "jobs", "memory", "large", "warc", "urls", "reconcile")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--quick", action="store_true", help="fewer runs (a smoke test)")
    ap.add_argument("--profile", action="store_true", help="write pyinstrument profiles")
    ap.add_argument("--editable", action="store_true",
                    help="time the dev venv's (editable) newsparse instead of a fresh install")
    ap.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    args = ap.parse_args()
    quick = args.quick
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine()}
    if not args.editable:
        install_release()
    results["machine"]["cli"] = NEWSPARSE
    tmp = Path(tempfile.mkdtemp(prefix="newsparse-bench-"))
    try:
        steps = {
            "cold_start": lambda: bench_cold_start(5 if quick else 30),
            "html": lambda: bench_html(args.shared, 1 if quick else 3),
            "text": lambda: bench_text(0.5 if quick else 3.0),
            "jobs": lambda: bench_jobs(tmp, args.shared, 100 if quick else 500),
            "memory": lambda: bench_memory(tmp, 100, 1000 if quick else 10_000),
            "large": lambda: bench_large(tmp, (1, 5) if quick else (1, 5, 50)),
            "warc": lambda: bench_warc(tmp, html_pages(args.shared)[1], 1 if quick else 4,
                                       min(2, os.cpu_count() or 1)),
            "urls": lambda: bench_urls(tmp, quick),
            "reconcile": lambda: bench_reconcile(args.shared, 1 if quick else 2),
        }
        for name in args.only:
            print(f"bench: {name}…", file=sys.stderr, flush=True)
            results[name] = steps[name]()
        if args.profile:
            results["profiles"] = profile(args.shared)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2, default=str))
    m = results["machine"]
    print(f"{m['date']}, commit {m['commit']}, {m['cores']} cores, Python {m['python']}, "
          f"{m['platform']}, load {m['load_avg_1m']:.2f}\n")
    from bench_report import table  # the modules beside this script

    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
