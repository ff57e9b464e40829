"""wcxb-dev articles: body text, metadata and speed of newsparse and trafilatura 2.3.1.

The shared wcxb_eval.py runs both tools in-process in its own worker processes (`-j`), each page's
calls back to back in rotating order, and writes per-page scores; this module runs it once and
makes the tables from that file.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

import eval_doc as doc  # beside this script

OURS, THEIRS = "newsparse body", "trafilatura body"
META = [("title", "title exact (normalised)"), ("author_strict", "author strict"),
        ("author_loose", "author loose (tokens)"), ("date", "date (same day)")]
TIMED = [("newsparse", "ms", "newsparse `parse_html`"),
         ("trafilatura", "ms_extract", "`trafilatura.extract`"),
         ("trafilatura", "ms_bare_extraction", "`trafilatura.bare_extraction` with metadata")]


def command(shared: Path, jobs: int, out: Path | None = None) -> list[str]:
    """wcxb_eval.py over the dev split's article pages, with `jobs` workers."""
    ev = shared / "eval"
    cmd = [str(ev / "wcxb_eval.py"), str(ev / "wcxb-dev"), "--split", "dev",
           "--page-type", "article", "-j", str(jobs)]
    return cmd + (["--out", str(out)] if out else [])


def run(shared: Path, jobs: int, out: Path) -> dict:
    """The per-page scores of one wcxb_eval.py run (its report goes to stderr as it runs)."""
    proc = subprocess.run([sys.executable, *command(shared, jobs, out)], stdout=sys.stderr,
                          timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(f"wcxb_eval.py exited with {proc.returncode}")
    return json.loads(out.read_text(encoding="utf-8"))


def no_text(pages: list[dict]) -> dict[str, int]:
    """Pages each tool gave no text for, and those of them where the other tool has text."""
    ours = [p for p in pages if not p["tokens"][OURS]]
    theirs = [p for p in pages if not p["tokens"][THEIRS]]
    return {"newsparse": len(ours),
            "newsparse_raised": sum(1 for p in ours if p["newsparse"]["raised"]),
            "newsparse_where_other_has": sum(1 for p in ours if p["tokens"][THEIRS]),
            "trafilatura": len(theirs),
            "trafilatura_where_other_has": sum(1 for p in theirs if p["tokens"][OURS])}


def body_table(run: dict) -> str:
    """Body word F1 / P / R, snippets and empty pages per tool."""
    s, empty = run["summary"], no_text(run["pages"])
    rows = []
    for name, key in (("newsparse", OURS), ("trafilatura 2.3.1", THEIRS)):
        x = s[key]
        who = name.split()[0]
        rows.append([name, doc.num(x["f1"]), doc.num(x["p"]), doc.num(x["r"]),
                     doc.pct(x["with"]), doc.pct(x["without"]),
                     f"{empty[who]} ({empty[who + '_where_other_has']})"])
    pages = run["pages"]
    won = sum(1 for p in pages if p["scores"][OURS]["f1"] > p["scores"][THEIRS]["f1"] + 1e-9)
    lost = sum(1 for p in pages if p["scores"][OURS]["f1"] < p["scores"][THEIRS]["f1"] - 1e-9)
    head = ["tool", "body word F1", "P", "R", "`with` found", "`without` found",
            "pages with no text (where the other has text)"]
    return (doc.table(head, rows) + f"\n\n{len(pages)} article pages. newsparse's empty pages: "
            f"{empty['newsparse_raised']} \"no article text found\", "
            f"{empty['newsparse'] - empty['newsparse_raised']} empty bodies. Body F1 per page: "
            f"newsparse higher on {won}, lower on {lost}, equal on {len(pages) - won - lost}.")


def meta_share(pages: list[dict], key: str, who: str) -> tuple[int, float | None]:
    """How many pages the gold scores `key` on, and the share `who` gets right."""
    rows = [p["meta_match"][who][key] for p in pages if key in p["meta_match"][who]]
    return len(rows), (sum(rows) / len(rows) if rows else None)


def meta_table(run: dict) -> str:
    """Title, author and date against the gold, per tool."""
    rows = []
    for key, label in META:
        n, ours = meta_share(run["pages"], key, "newsparse")
        _, theirs = meta_share(run["pages"], key, "trafilatura")
        rows.append([label, str(n), doc.pct(ours), doc.pct(theirs)])
    return doc.table(["metadata", "pages with gold", "newsparse", "trafilatura 2.3.1"], rows)


def timing(pages: list[dict], who: str, key: str) -> dict[str, float | None]:
    """Median and p90 ms of one call, and its median per-page ratio to trafilatura.extract."""
    ms = sorted(p[who][key] for p in pages if p[who][key] is not None)
    ratios = [p[who][key] / p["trafilatura"]["ms_extract"] for p in pages
              if p[who][key] is not None and p["trafilatura"]["ms_extract"]]
    if not ms:
        return {"median": None, "p90": None, "ratio": None}
    return {"median": statistics.median(ms), "p90": ms[min(len(ms) - 1, int(0.9 * len(ms)))],
            "ratio": statistics.median(ratios) if ratios else None}


def speed_table(run: dict) -> str:
    """Per-call time, in-process, with the ratio to trafilatura.extract on the same page."""
    rows = []
    for who, key, label in TIMED:
        t = timing(run["pages"], who, key)
        rows.append([label, doc.num(t["median"], 1), doc.num(t["p90"], 1),
                     "n/a" if t["ratio"] is None else f"{t['ratio']:.2f}x"])
    return (doc.table(["in-process call", "median ms", "p90 ms",
                       "median ratio to `extract` (per page)"], rows)
            + f"\n\n{run['jobs']} worker processes; each page's three calls run back to back in "
            "rotating order, so load on the machine falls on all three alike: the ratios are the "
            "figure to read, the milliseconds move with the load.")


def headline(run: dict) -> dict:
    """The figures the targets are about."""
    s, pages = run["summary"], run["pages"]
    meta = {key: (meta_share(pages, key, "newsparse")[1], meta_share(pages, key, "trafilatura")[1])
            for key, _ in META}
    return {"pages": len(pages), "ours": s[OURS], "theirs": s[THEIRS],
            "no_text": no_text(pages), "meta": meta,
            "ratio": timing(pages, "newsparse", "ms")["ratio"]}


def block(shared: Path, jobs: int, workdir: Path) -> tuple[str, dict]:
    """The markdown block (body, metadata, speed) and the headline figures."""
    result = run(shared, jobs, workdir / "wcxb.json")
    versions = result.get("versions", {})
    text = "\n\n".join([
        body_table(result), meta_table(result), speed_table(result),
        f"newsparse {versions.get('newsparse', '?')}, trafilatura "
        f"{versions.get('trafilatura', '?')}; wall time of the run {result['wall_s']:.0f} s.",
        doc.stamp([".venv/bin/python " + " ".join(command(shared, jobs))])])
    return text, headline(result)
