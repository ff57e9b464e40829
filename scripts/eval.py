"""Score newsparse against the fundus-dev gold (and trafilatura beside it) with structeval.py.

    python scripts/eval.py SHARED_DIR [--write docs/evaluation.md] [--in-process] [--only REGEX]

structeval.py runs either one --cmd or the baselines per call, so this script imports it and runs
both, then prints one table. --cmd mode runs `newsparse parse` per page in a subprocess (what a
user runs, start-up included); --in-process calls parse_html directly and also times
trafilatura.extract(html) with defaults on the same pages, for the speed comparison.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shlex
import sys
import time
from pathlib import Path

import widgets_eval  # beside this script, so on sys.path when it runs

ROOT = Path(__file__).resolve().parent.parent
METRIC_NAMES = {
    "title": "title (exact, normalized)", "date": "date (same day)", "authors": "authors F1",
    "para": "paragraph F1", "tokens": "body token F1", "heads": "heading F1 (per page)",
    "heads_u": "heading F1 (pooled)", "summary": "summary (standfirst)",
}


def load_structeval(shared: Path):
    """Import the shared scorer as a module."""
    spec = importlib.util.spec_from_file_location("structeval", shared / "eval" / "structeval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def newsparse_predictor(se):
    """Predict in-process through the public API, mapped like the scorer maps --cmd output."""
    import orjson

    from newsparse.errors import NewsparseError
    from newsparse.pipeline import parse_html

    def predict(html, page):
        try:
            article = parse_html(html, page.get("url"))
        except NewsparseError:
            return {}
        return se.from_external(orjson.loads(orjson.dumps(article)))
    return predict


def _elapsed_ms(fn, html, url) -> float:
    t0 = time.perf_counter()
    try:
        fn(html, url)
    except Exception:  # noqa: BLE001 - a failing page still costs its time
        pass
    return (time.perf_counter() - t0) * 1000


def speed(se, gold_dir, only, rounds: int = 3) -> dict[str, float]:
    """Per-page time of newsparse.parse_html vs trafilatura.extract (defaults), in-process.

    The two run alternately page by page, `rounds` times; each page keeps its fastest time per
    tool, so load from other processes on the machine skews neither side.
    """
    import trafilatura

    from newsparse.pipeline import parse_html

    def theirs(html, url):
        return trafilatura.extract(html)

    pages = [(html, gold.get("url")) for gold, _gz, html in se.load_pages(gold_dir, only=only)]
    parse_html(*pages[0])  # warm imports for both
    theirs(*pages[0])
    best = {"newsparse": [float("inf")] * len(pages), "trafilatura": [float("inf")] * len(pages)}
    for _ in range(rounds):
        for i, (html, url) in enumerate(pages):
            best["newsparse"][i] = min(best["newsparse"][i], _elapsed_ms(parse_html, html, url))
            best["trafilatura"][i] = min(best["trafilatura"][i], _elapsed_ms(theirs, html, url))
    ours, other = (sum(best[k]) / len(pages) for k in ("newsparse", "trafilatura"))
    return {"newsparse_ms": ours, "trafilatura_ms": other, "speedup": other / ours}


# What a page can be stripped of, to see how a tool fares on sites unlike the ones it was
# built on: one that publishes no metadata (only the visible page speaks), one whose markup
# names nothing (no class, id, test id or microdata: hashed or bare templates).
STRIPS = {
    "metadata": re.compile(r"<script[^>]*ld\+json[^>]*>.*?</script>|<meta\b[^>]*>", re.S | re.I),
    "names": re.compile(r"\s(?:class|id|data-testid|itemprop)=(?:\"[^\"]*\"|'[^']*')", re.I),
}


def stripped(predict, what: str):
    """The predictor, given pages with STRIPS[what] removed."""
    pattern = STRIPS[what]

    def predict_stripped(html, page):
        return predict(pattern.sub("", html), page)
    return predict_stripped


def run(shared: Path, in_process: bool, timed: bool, only: str | None, strip: str = ""):
    """Score newsparse and trafilatura; return ({tool: aggregate}, speed or None, command)."""
    se = load_structeval(shared)
    gold_dir = shared / "eval" / "fundus-dev"
    exe = ROOT / ".venv" / "bin" / "newsparse"
    cmd = f"{shlex.quote(str(exe))} parse {{path}} --url {{url}}"

    def wrap(predict):
        return stripped(predict, strip) if strip else predict
    if in_process or strip:
        ours = se.evaluate(gold_dir, "newsparse", predictor=wrap(newsparse_predictor(se)),
                           only=only)
    else:
        ours = se.evaluate(gold_dir, "newsparse", cmd=cmd, only=only)
    base = se.evaluate(gold_dir, "trafilatura", predictor=wrap(se.make_trafilatura()), only=only)
    results = {"newsparse": se.aggregate(ours), "trafilatura 2.3.1": se.aggregate(base)}
    return se, results, (speed(se, gold_dir, only) if timed else None), cmd


def table(se, results) -> str:
    """Markdown table: one row per metric, one column per tool."""
    tools = list(results)
    lines = ["| metric | " + " | ".join(tools) + " |", "|---" * (len(tools) + 1) + "|"]
    for m in se.METRICS:
        cells = " | ".join(se.fmt(results[t][m]) for t in tools)
        lines.append(f"| {METRIC_NAMES[m]} | {cells} |")
    lines.append("| median ms/page (see note) | "
                 + " | ".join(se.fmt(results[t]["median_ms"], 1) for t in tools) + " |")
    lines.append("| failures | " + " | ".join(str(results[t]["failures"]) for t in tools) + " |")
    return "\n".join(lines)


MISSING = """\
eval: {shared}/eval/structeval.py not found, so nothing was scored.
eval: the evaluation sets (eval/fundus-dev, eval/widgets-dev) and their scorers are not in
eval: this repository: they are the project's shared evaluation material, kept beside the
eval: clone as ../shared (set SHARED=/path/to/shared when it lives elsewhere).
eval: the quality figures in README.md and docs/evaluation.md come from them.
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shared", type=Path, help="the shared/ directory (holds eval/structeval.py)")
    ap.add_argument("--write", type=Path, help="put the table into this markdown file")
    ap.add_argument("--in-process", action="store_true", help="score parse_html in-process")
    ap.add_argument("--speed", action="store_true",
                    help="also time parse_html vs trafilatura.extract in-process")
    ap.add_argument("--only", help="regex on page ids")
    ap.add_argument("--without", choices=sorted(STRIPS),
                    help="score both tools on the pages stripped of their metadata (<meta>, "
                         "JSON-LD) or of the names in their markup (class, id, ...)")
    a = ap.parse_args(argv)
    if not (a.shared / "eval" / "structeval.py").exists():
        print(MISSING.format(shared=a.shared), file=sys.stderr, end="")
        return 2
    if a.without:
        return stripped_pages(a.shared, a.without, a.only, a.write)
    se, results, sp, cmd = run(a.shared, a.in_process, a.speed, a.only)
    pages = results["newsparse"]["pages"]
    how = ("in-process through `parse_html`" if a.in_process
           else f"as `{cmd.replace(str(ROOT) + '/', '')}`, one process per page")
    body = [table(se, results), "",
            f"{pages} pages of fundus-dev; newsparse ran {how}; trafilatura 2.3.1 in-process "
            "(structeval's baseline). The median ms of a per-page process includes interpreter "
            "start-up and imports."]
    if sp:
        body.append(f"\nIn-process time per page (mean over {pages} pages of each page's fastest "
                    "of 3 alternating runs, imports warmed): "
                    f"newsparse `parse_html` {sp['newsparse_ms']:.1f} ms, "
                    f"`trafilatura.extract(html)` with defaults {sp['trafilatura_ms']:.1f} ms: "
                    f"newsparse is {sp['speedup']:.2f}x faster.")
    out = "\n".join(body)
    print(out)
    if a.write:
        widgets_eval.write_block(a.write, out, "<!-- eval:start -->", "<!-- eval:end -->")
    widgets(a.shared, a.write)
    return 0


STRIPPED_WHAT = {"metadata": "every `<meta>` tag and JSON-LD block",
                 "names": "every class, id, data-testid and itemprop attribute"}


def stripped_pages(shared: Path, what: str, only: str | None, doc: Path | None) -> int:
    """The same table on the pages stripped of `what`, into its own block of `doc`."""
    se, results, _, _ = run(shared, True, False, only, strip=what)
    tallies, counts = widgets_eval.run(shared, lambda html: STRIPS[what].sub("", html))
    out = table(se, results) + (
        f"\n\n{results['newsparse']['pages']} pages of fundus-dev with {STRIPPED_WHAT[what]} "
        "removed; both tools in-process. Pull quotes and related links on the annotated pages, "
        "stripped the same way:\n\n" + widgets_eval.table(tallies, counts))
    print(out)
    if doc:
        widgets_eval.write_block(doc, out, f"<!-- without-{what}:start -->",
                                 f"<!-- without-{what}:end -->")
    return 0


def widgets(shared: Path, doc: Path | None) -> None:
    """Callout and related-title recall/precision on the hand annotation (widgets_eval.py)."""
    tallies, counts = widgets_eval.run(shared)
    out = widgets_eval.table(tallies, counts)
    print("\n" + out)
    if doc:
        widgets_eval.write_block(doc, out)


if __name__ == "__main__":
    sys.exit(main())
