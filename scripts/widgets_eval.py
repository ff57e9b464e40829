"""Score pull quotes (callouts) and related-link titles against a hand annotation.

    python scripts/widgets_eval.py [--shared SHARED_DIR] [--write FILE.md] [-v]

A fixture check of the rules on pages annotated alongside them; the quality figures come from
widgets-dev (scripts/eval.py, `make eval`).

The annotation (tests/fixtures/widgets_gold.json) was written by reading each page's HTML: the
HTML fixtures in tests/fixtures/html/ and, when the shared evaluation material is given, a
sample of fundus-dev pages (ids only; the pages stay in the shared folder).

Matching, one-to-one and greedy by similarity (F1 of the bags of casefolded \\w+ tokens):
- a callout is found when its text has similarity >= 0.8 with the annotated text; it counts
  as "found with attribution" when, in addition, the speaker and role equal the annotated ones
  (after casefolding and dropping punctuation) wherever the annotation gives them;
- a related title is found at similarity >= 0.8, or when it holds the annotated title plus at
  most six more words (a kicker such as "Nach Sturz des Assad-Regimes");
- predictions matching an "optional_*" item count neither way; every other prediction on a
  page annotated for that kind that matches nothing is a false positive.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import eval_doc  # beside this script

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "widgets_gold.json"
FIXTURES = ROOT / "tests" / "fixtures" / "html"


def tokens(text: str | None) -> Counter:
    """Bag of casefolded word tokens."""
    return Counter(re.findall(r"\w+", (text or "").casefold()))


def similarity(a: str | None, b: str | None) -> float:
    """F1 of the two token bags."""
    ta, tb = tokens(a), tokens(b)
    common = sum((ta & tb).values())
    return 2 * common / (sum(ta.values()) + sum(tb.values())) if common else 0.0


def _title_match(gold: str, pred: str) -> float:
    """Similarity of a related title, tolerating a kicker or date around the gold title."""
    g, p = tokens(gold), tokens(pred)
    if g and not (g - p) and sum(p.values()) - sum(g.values()) <= 6:
        return 1.0
    return similarity(gold, pred)


def _same(a: str | None, b: str | None) -> bool:
    return " ".join(re.findall(r"\w+", (a or "").casefold())) == \
        " ".join(re.findall(r"\w+", (b or "").casefold()))


def match(gold: list, pred: list, score, threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, pred index) with score >= threshold."""
    pairs = sorted(((score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                   reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, i, j in pairs:
        if s >= threshold and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def predict(html: str, url: str | None) -> tuple[list[dict], list[str]]:
    """The quotes and related titles newsparse finds on a page."""
    import orjson

    from newsparse.pipeline import parse_html

    art = orjson.loads(orjson.dumps(parse_html(html, url)))
    quotes = art.get("quotes") or []
    titles = [it["title"] for rel in art.get("related") or [] for it in rel.get("items") or []]
    return quotes, titles


class Tally:
    """Counts for one (set, kind) cell."""

    def __init__(self) -> None:
        self.gold = self.found = self.attributed = self.pred = self.hits = 0
        self.notes: list[str] = []

    def row(self, name: str, kind: str) -> str:
        rec = self.found / self.gold if self.gold else float("nan")
        prec = self.hits / self.pred if self.pred else float("nan")
        cells = [name, kind, str(self.gold), f"{self.found} ({rec:.2f})",
                 f"{self.hits}/{self.pred} ({prec:.2f})"]
        if kind == "callouts":
            att = self.attributed / self.gold if self.gold else float("nan")
            cells.append(f"{self.attributed} ({att:.2f})")
        else:
            cells.append("n/a")
        return "| " + " | ".join(cells) + " |"


def score_quotes(page: str, ann: dict, quotes: list[dict], t: Tally) -> None:
    gold = ann["quotes"]
    texts = [q["text"] for q in quotes]
    pairs = dict(match([g["text"] for g in gold], texts, similarity, 0.8))
    optional = ann.get("optional_quotes", [])
    extra = [x for j, x in enumerate(texts) if j not in pairs.values()
             and not any(similarity(o, x) >= 0.8 for o in optional)]
    t.gold += len(gold)
    t.found += len(pairs)
    t.pred += len(pairs) + len(extra)
    t.hits += len(pairs)
    for i, g in enumerate(gold):
        q = quotes[pairs[i]] if i in pairs else None
        ok = q is not None and all(_same(g.get(k), q.get(k)) for k in ("speaker", "role")
                                   if g.get(k))
        t.attributed += ok
        if q is None:
            t.notes.append(f"{page}: callout missed: {g['text'][:70]}")
        elif not ok:
            t.notes.append(f"{page}: attribution {q.get('speaker')!r}/{q.get('role')!r}, "
                           f"annotated {g.get('speaker')!r}/{g.get('role')!r}")
    t.notes += [f"{page}: extra callout: {x[:70]}" for x in extra]


def score_related(page: str, ann: dict, titles: list[str], t: Tally) -> None:
    gold = ann["related"]
    pairs = match(gold, titles, _title_match, 0.8)
    rest = [x for j, x in enumerate(titles) if j not in {p for _, p in pairs}]
    optional = ann.get("optional_related", [])
    extra = [x for x in rest if not any(_title_match(o, x) >= 0.8 for o in optional)]
    t.gold += len(gold)
    t.found += len(pairs)
    t.pred += len(pairs) + len(extra)
    t.hits += len(pairs)
    found = {i for i, _ in pairs}
    t.notes += [f"{page}: related missed: {g[:70]}" for i, g in enumerate(gold) if i not in found]
    t.notes += [f"{page}: extra related: {x[:70]}" for x in extra]


def pages(gold: dict, shared: Path | None):
    """(set name, page id, html, url, annotation) for every annotated page available."""
    for name, ann in gold["fixtures"].items():
        yield "fixtures", name, (FIXTURES / name).read_text(encoding="utf-8"), None, ann
    fdir = shared / "eval" / "fundus-dev" if shared else None
    if fdir is None or not fdir.is_dir():
        return
    for pid, ann in gold["fundus-dev"].items():
        meta = json.loads((fdir / "gold" / f"{pid}.json").read_text(encoding="utf-8"))
        html = gzip.decompress((fdir / "pages" / f"{pid}.html.gz").read_bytes())
        yield "fundus-dev sample", pid, html.decode("utf-8", "replace"), meta.get("url"), ann


def run(shared: Path | None, transform=None) -> tuple[dict, dict]:
    """Tallies per (set, kind) and the number of annotated pages per set; `transform` rewrites
    each page first (to strip what it must do without)."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    tallies: dict[tuple[str, str], Tally] = {}
    counts: Counter = Counter()
    for name, page, html, url, ann in pages(gold, shared):
        counts[name] += 1
        quotes, titles = predict(transform(html) if transform else html, url)
        if "quotes" in ann:
            score_quotes(page, ann, quotes, tallies.setdefault((name, "callouts"), Tally()))
        if "related" in ann:
            score_related(page, ann, titles, tallies.setdefault((name, "related titles"),
                                                                Tally()))
    return tallies, counts


def table(tallies: dict, counts: Counter) -> str:
    head = ["| set (pages) | kind | annotated | found (recall) | correct/predicted (precision) "
            "| found with speaker+role |", "|---|---|---|---|---|---|"]
    rows = [t.row(f"{name} ({counts[name]})", kind) for (name, kind), t in tallies.items()]
    return "\n".join(head + rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, help="the shared/ directory (for the fundus-dev sample)")
    ap.add_argument("--write", type=Path, help="put the table into this markdown file")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    a = ap.parse_args(argv)
    tallies, counts = run(a.shared)
    out = table(tallies, counts)
    print(out)
    if a.verbose:
        for t in tallies.values():
            print("\n".join(t.notes))
    if a.write:
        eval_doc.write_blocks(a.write, {"hand-sample": out})
    return 0


if __name__ == "__main__":
    sys.exit(main())
