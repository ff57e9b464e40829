"""Score newsparse (and trafilatura 2.3.1 beside it) on every evaluation set, in one run.

    python scripts/eval.py SHARED_DIR [--write docs/evaluation.md] [--set NAME ...] [-j 2]

The sets and their scorers are the shared evaluation material (SHARED_DIR/eval):
- fundus      fundus-dev structure, structeval.py: newsparse's CLI, one process per page
- without-metadata, without-names
              the same pages stripped of their metadata / of the names in their markup
- wcxb        wcxb-dev article pages, wcxb_eval.py: body text, metadata and speed, in-process
- widgets     widgets-dev pull quotes and related widgets, score_callouts.py, in HTML and in
              the seed's text shape (built by widgets_textset.py)
- dates       every published/modified date of every page of the sets: RFC 3339 or null
              (a date that is not fails the run)
Every table is printed; with --write each goes into its block of the markdown file, and when
all sets ran, the summary of figures against targets too (and, with --readme, the figures the
README quotes). Predictions and per-page scores are
kept in build/eval/ for a look at single pages.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import eval_dates
import eval_doc  # the modules beside this script
import eval_fundus
import eval_readme
import eval_summary
import eval_wcxb
import eval_widgets

ROOT = Path(__file__).resolve().parent.parent
WORKDIR = ROOT / "build" / "eval"
SETS = ("fundus", "without-metadata", "without-names", "wcxb", "widgets", "dates")
NEEDED = ("structeval.py", "wcxb_eval.py", "score_callouts.py", "fundus-dev", "wcxb-dev",
          "widgets-dev")

MISSING = """\
eval: {missing} not found, so nothing was scored.
eval: the evaluation sets (eval/fundus-dev, eval/wcxb-dev, eval/widgets-dev) and their scorers
eval: are not in this repository: they are the project's shared evaluation material, kept
eval: beside the clone as ../shared (set SHARED=/path/to/shared when it lives elsewhere).
eval: the quality figures in README.md and docs/evaluation.md come from them.
"""


def missing(shared: Path) -> Path | None:
    """The first part of the evaluation material that `shared` lacks, None when all is there."""
    return next((shared / "eval" / n for n in NEEDED if not (shared / "eval" / n).exists()), None)


def score(name: str, shared: Path, jobs: int) -> tuple[str, object]:
    """The markdown block of one set and the figures the summary needs."""
    if name == "fundus":
        return eval_fundus.block(shared)
    if name.startswith("without-"):
        return eval_fundus.block(shared, strip=name.removeprefix("without-"))
    if name == "wcxb":
        return eval_wcxb.block(shared, jobs, WORKDIR)
    if name == "dates":
        return eval_dates.block(shared, WORKDIR)
    return eval_widgets.block(shared, WORKDIR / "widgets")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shared", type=Path, help="the shared/ directory (holds eval/)")
    ap.add_argument("--write", type=Path, help="put the tables into this markdown file")
    ap.add_argument("--readme", type=Path,
                    help="put the quality figures into this file's eval:quality block "
                         "(when every set ran)")
    ap.add_argument("--set", dest="sets", action="append", choices=SETS,
                    help="score only this set (repeatable; default: all, and the summary)")
    ap.add_argument("-j", "--jobs", type=int, default=2,
                    help="worker processes for wcxb-dev (default 2)")
    a = ap.parse_args(argv)
    lacking = missing(a.shared)
    if lacking:
        print(MISSING.format(missing=lacking), file=sys.stderr, end="")
        return 2
    shutil.rmtree(WORKDIR, ignore_errors=True)
    WORKDIR.mkdir(parents=True)
    blocks, figures = {}, {}
    for name in a.sets or SETS:
        started = time.monotonic()
        try:
            blocks[name], figures[name] = score(name, a.shared, a.jobs)
        except (RuntimeError, OSError, ValueError) as err:  # a scorer failed: nothing written
            print(f"eval: {name}: {err}", file=sys.stderr)
            return 1
        print(f"\n## {name} ({time.monotonic() - started:.0f} s)\n\n{blocks[name]}", flush=True)
    quality = None
    if set(figures) == set(SETS):
        blocks["summary"] = eval_summary.markdown(figures["fundus"], figures["wcxb"],
                                                  figures["widgets"])
        quality = eval_readme.markdown(figures)
        print(f"\n## summary\n\n{blocks['summary']}\n\n## README\n\n{quality}")
    if a.write:
        eval_doc.write_blocks(a.write, blocks)
    if a.readme and quality:
        eval_doc.write_blocks(a.readme, {"quality": quality})
    return 0


if __name__ == "__main__":
    sys.exit(main())
