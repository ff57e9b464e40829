"""Build the plain-text development set for pull quotes and related widgets from widgets-dev.

    python scripts/widgets_textset.py OUTDIR [SHARED] [--set fundus-dev] [--set wcxb-dev]

Each annotated page of SHARED/eval/widgets-dev/<set>/<id>.json becomes OUTDIR/<set>/<id>.txt, in the
plain-text shape of the user's example article, and OUTDIR/<set>/<id>.expected.json, its parse in
the output contract's shape, which `score_callouts.py text OUTDIR/<set>` reads:

- first line `date YYYY-MM-DD <headline>` when the gold gives a publication date, else the headline;
- the gold body (fundus-dev: the gold sections; wcxb-dev: `main_content`, one paragraph per line,
  a line that is a heading element of the page as a heading), one paragraph per blank-line block;
- each related widget as its label line (`Related materials:` when it has none) and one line per
  link title; each pull quote as one paragraph `<text> <Speaker> <role>`;
- each widget and quote placed where its element stands in the page's HTML relative to the body
  paragraphs (document order of the page's visible text); one whose element is not found goes at
  the end, and the run prints how many were placed either way.

The gold bodies sometimes hold a widget's or callout's own element (a "READ MORE: <title>" line,
the pull quote with its name and role lines): those lines are the block, not body text, and are
left out of the body. A pull quote that repeats a sentence of the running text keeps the body's
own copy. The fundus-dev standfirst is not part of the text (the seed's shape has none).
Output is deterministic; SHARED defaults to ../shared beside the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from textset_page import (  # beside this script
    KEY,
    PageText,
    norm,
    one_line,
    quote_place,
    read_page,
    widget_place,
)

from newsparse.model import SCHEMA_VERSION  # the record's contract version

ROOT = Path(__file__).resolve().parent.parent
SETS = ("fundus-dev", "wcxb-dev")
RELATED_LABEL = "Related materials:"
SHORT_HEADING = 150  # longer "heading" lines are paragraphs set in bold
LIST_ITEM = re.compile(r"[-*•] ")
END = float("inf")  # the sort key of a block whose element the page does not show


# ---------------------------------------------------------------- the gold body
class Item:
    """One heading or paragraph of the gold body, with where it starts in the page text."""

    def __init__(self, kind: str, text: str) -> None:
        self.kind, self.text = kind, one_line(text)
        self.pos: int | None = None  # where the page text holds it, when it does
        self.end: int | None = None
        self.at = 0  # pos, or the previous item's for an item the page text does not hold
        self.index = 0


def gold_date(value: str | None) -> str | None:
    """The YYYY-MM-DD day a gold date starts with, or None."""
    found = re.match(r"\d{4}-\d\d-\d\d", value or "")
    return found.group(0) if found else None


def fundus_body(gold: dict) -> list[Item]:
    """The gold sections as headings and paragraphs."""
    items = []
    for section in gold.get("sections") or []:
        if section.get("heading"):
            items.append(Item("heading", section["heading"]))
        items.extend(Item("para", p) for p in section.get("paragraphs") or [] if one_line(p))
    return items


def wcxb_body(content: str, page: PageText) -> list[Item]:
    """main_content, one paragraph per line; a short line that is a heading of the page heads."""
    items = []
    for line in content.splitlines():
        if not one_line(line):
            continue
        # A line the gold marks as a list item ("- Scalability") stays one, whatever its tag.
        heading = (len(one_line(line)) <= SHORT_HEADING and norm(line) in page.headings
                   and not LIST_ITEM.match(line.strip()))
        items.append(Item("heading" if heading else "para", line))
    return items


def locate(items: list[Item], page: PageText) -> None:
    """Sets each item's place in the page text, searching forward in reading order."""
    cursor = 0
    for item in items:
        whole = norm(item.text)
        pos = page.text.find(whole[:KEY], cursor) if whole else -1
        if pos < 0:
            continue
        item.pos, item.end = pos, pos + len(whole)
        # Headings do not move the search on: a table of contents may repeat them early.
        if item.kind == "para":
            cursor = item.end if page.text.startswith(whole, pos) else pos + KEY
    nxt = None
    for item in reversed(items):
        if item.kind == "heading" and item.pos is not None and nxt is not None and item.pos > nxt:
            item.pos = item.end = None  # found past the paragraph it heads: another copy
        if item.kind == "para" and item.pos is not None:
            nxt = item.pos
    at = 0
    for index, item in enumerate(items):
        at = item.pos if item.pos is not None else at
        item.at, item.index = at, index


# ---------------------------------------------------------------- the blocks inside the gold body
def is_widget_line(text: str, widgets: list[dict]) -> bool:
    """Whether a body line is a widget's own: its label alone, or a label and one title."""
    line = norm(text)
    for widget in widgets:
        label = norm(widget.get("label"))
        if label and line == label:
            return True
        rest = line[len(label):] if label and line.startswith(label) else line
        for item in widget.get("items") or []:
            title = norm(item.get("title"))
            # A label the line words otherwise ("Read next:") costs a few characters.
            if title and title[:KEY] in rest and len(rest) <= len(title) + 12:
                return True
    return False


def unglue_title(item: Item, widgets: list[dict]) -> bool:
    """Cuts a card title glued onto the start of a paragraph ("…researchersThe …"); True if cut."""
    for widget in widgets:
        for link in widget.get("items") or []:
            title = one_line(link.get("title"))
            rest = item.text[len(title):]
            if title and item.text.startswith(title) and rest[:1].isalnum():
                item.text = rest
                if item.pos is not None:  # the paragraph starts after the card
                    item.pos = item.at = item.pos + len(norm(title))
                return True
    return False


def quote_shaped(text: str, quote: dict) -> bool:
    """Whether a body paragraph is the quote itself, perhaps with its attribution glued on."""
    line, said = norm(text), norm(quote.get("text"))
    extra = len(norm(quote.get("speaker"))) + len(norm(quote.get("role"))) + 12
    return bool(said) and said[:KEY] in line and len(line) <= len(said) + extra


def is_attribution(text: str, quote: dict) -> bool:
    """Whether a line only names the quote's speaker and role ("Name", "Name – Role", "Role")."""
    line = norm(text)
    who, role = norm(quote.get("speaker")), norm(quote.get("role"))
    if not line or not (who or role):
        return False
    if line in who + role or (who and line in who) or (role and line in role):
        return True
    # Share buttons and "(opens in a new tab)" notes sit on the attribution line.
    return any(p and p in line for p in (who, role)) and len(line) <= len(who) + len(role) + 30


def body_copy(page: PageText, key: str, after: int, before: int | None) -> int | None:
    """An occurrence of key after `after` (and before `before`) outside quote-like elements."""
    for pos in page.occurrences(key):
        if pos > after and (before is None or pos < before) and not page.in_box(pos):
            return pos
    return None


def drop_callout(items: list[Item], quote: dict, page: PageText) -> Item | None:
    """The body paragraph that is the pull quote's own element, removed from items, or None."""
    key = norm(quote.get("text"))[:KEY]
    holders = [i for i in items if i.kind == "para" and key and key in norm(i.text)]
    shaped = [i for i in holders if quote_shaped(i.text, quote)]
    boxed = [i for i in shaped if i.pos is not None and page.in_box(i.pos)]
    occurrences = page.occurrences(key)
    if boxed:
        item = boxed[0]
        later = [i.pos for i in items if i.index > item.index and i.pos is not None]
        copy = body_copy(page, key, item.pos, later[0] if later else None)
        if copy is not None:
            # The page shows the quote's box first, then the body's own copy.
            item.pos = item.at = copy
            item.end = copy + len(norm(item.text))
            return None
    elif shaped and not any(map(page.in_box, occurrences)) and len(occurrences) <= len(holders):
        # No quote box, and the page holds no copy beyond the body's: the closest one is it.
        item = min(shaped, key=lambda i: len(norm(i.text)))
    else:
        return None
    items.remove(item)
    return item


def drop_attribution(items: list[Item], after: Item, quote: dict) -> int:
    """Removes the name and role lines that follow a removed pull quote; returns how many."""
    following = [i for i in items if i.index > after.index][:3]
    gone = 0
    for item in following:
        if item.index != after.index + gone + 1 or not is_attribution(item.text, quote):
            break
        items.remove(item)
        gone += 1
    return gone


# ---------------------------------------------------------------- one page
def build_page(ann: dict, page: PageText, title: str, date: str | None,
               items: list[Item]) -> tuple[str, dict, Counter]:
    """The page's text, its expected record and what was placed how."""
    stats: Counter = Counter(pages=1, paragraphs=sum(i.kind == "para" for i in items))
    widgets, quotes = ann.get("related") or [], ann.get("quotes") or []
    locate(items, page)
    stats["paragraphs located"] = sum(i.kind == "para" and i.pos is not None for i in items)
    drop_widget_lines(items, widgets, stats)
    blocks = drop_callouts(items, quotes, page, stats)
    spans = [(i.pos, i.end) for i in items if i.pos is not None]
    placed = {number for (_, _, number), _, _ in blocks}
    for number, quote in enumerate(quotes):
        if number not in placed:
            blocks.append((_order(quote_place(page, quote, spans), number), "quote", quote))
    for number, widget in enumerate(widgets):
        blocks.append((_order(widget_place(page, widget, spans), len(quotes) + number),
                       "widget", widget))
    for (pos, _, _), kind, _ in blocks:
        stats[f"{kind}s {'at the end' if pos == END else 'placed by position'}"] += 1
    flow = sorted([((i.at, i.index, -1), i.kind, i) for i in items] + blocks, key=lambda b: b[0])
    return render(title, date, flow), record(ann, title, date, flow), stats


def drop_widget_lines(items: list[Item], widgets: list[dict], stats: Counter) -> None:
    """Removes the gold body's lines that are a widget's own; cuts card titles glued on."""
    for item, after in zip(list(items), items[1:] + [None], strict=True):
        # A heading with paragraphs under it is the body's (a live blog's post headed like a story).
        heads = item.kind == "heading" and after is not None and after.kind == "para"
        if not heads and is_widget_line(item.text, widgets):
            items.remove(item)
            stats["widget lines left out of the body"] += 1
        elif item.kind == "para" and unglue_title(item, widgets):
            stats["card titles cut from a paragraph"] += 1


def drop_callouts(items: list[Item], quotes: list[dict], page: PageText, stats: Counter) -> list:
    """Removes the gold body's pull quotes (with their name lines); returns them as blocks."""
    blocks = []
    for number, quote in enumerate(quotes):
        dropped = drop_callout(items, quote, page)
        if dropped is not None:
            stats["callout lines left out of the body"] += 1
            gone = drop_attribution(items, dropped, quote)
            stats["attribution lines left out of the body"] += gone
            # The quote takes the removed paragraph's place in the reading order.
            blocks.append(((dropped.at, dropped.index, number), "quote", quote))
    return blocks


def _order(pos: int | None, number: int) -> tuple:
    """The sort key of a block found by position: after every item starting at or before it."""
    return (END, END, number) if pos is None else (pos, END, number)


def quote_line(quote: dict) -> str:
    """The pull quote as the seed's shape writes it: text, speaker and role, no punctuation."""
    return " ".join(one_line(quote.get(k)) for k in ("text", "speaker", "role") if quote.get(k))


def widget_label(widget: dict) -> str:
    """The widget's label line."""
    return one_line(widget.get("label")) or RELATED_LABEL


def render(title: str, date: str | None, flow: list) -> str:
    """The plain text: headline line, then blank-line-separated blocks in reading order."""
    blocks = [f"date {date} {title}" if date else title]
    for _, kind, obj in flow:
        if kind == "quote":
            blocks.append(quote_line(obj))
        elif kind == "widget":
            blocks.append(widget_label(obj))
            blocks.extend(one_line(link.get("title")) for link in obj.get("items") or [])
        else:
            blocks.append(obj.text)
    return "\n\n".join(blocks) + "\n"


def record(ann: dict, title: str, date: str | None, flow: list) -> dict:
    """The expected parse of the text, in the output contract's shape."""
    body: list[dict] = []
    quotes, related, paragraphs = [], [], 0
    for _, kind, obj in flow:
        if kind == "heading" or (kind == "para" and not body):
            body.append({"heading": obj.text if kind == "heading" else None, "paragraphs": []})
        if kind == "para":
            body[-1]["paragraphs"].append(obj.text)
            paragraphs += 1
        elif kind == "quote":
            quotes.append({"text": one_line(obj["text"]),
                           "speaker": one_line(obj.get("speaker")) or None,
                           "role": one_line(obj.get("role")) or None,
                           "after_paragraph": paragraphs})
        elif kind == "widget":
            items = [{"title": one_line(link.get("title")), "url": None}
                     for link in obj.get("items") or []]
            related.append({"label": widget_label(obj), "items": items,
                            "after_paragraph": paragraphs})
    dateline = None
    if date:
        dateline = {"raw": f"date {date}", "date": date, "place": None, "agency": None}
    return {"schema_version": SCHEMA_VERSION, "language": ann.get("language"), "title": title,
            "dateline": dateline, "published": date, "authors": [], "summary": None,
            "body": body, "quotes": quotes, "related": related}


# ---------------------------------------------------------------- the sets
def load_gold(eval_dir: Path, name: str, ann: dict):
    """The gold headline, day and a body reader for one page, from the set's own gold files."""
    sets_root = (eval_dir / ann["source"]).parent.parent
    if name == "fundus-dev":
        gold = json.loads((sets_root / "gold" / f"{ann['id']}.json").read_text("utf-8"))
        return gold.get("title"), gold_date(gold.get("published")), lambda page: fundus_body(gold)
    path = sets_root / "ground-truth" / f"{ann['id']}.json"
    truth = json.loads(path.read_text("utf-8"))["ground_truth"]
    content = truth.get("main_content") or ""
    date = gold_date(truth.get("publish_date"))
    return truth.get("title"), date, lambda page: wcxb_body(content, page)


def run_set(eval_dir: Path, name: str, out: Path) -> tuple[Counter, int]:
    """Writes the set's texts and expected records to out; returns the tallies and failures."""
    out.mkdir(parents=True, exist_ok=True)
    for old in sorted(out.glob("*.txt")) + sorted(out.glob("*.expected.json")):
        old.unlink()
    totals: Counter = Counter()
    failed = 0
    for path in sorted((eval_dir / "widgets-dev" / name).glob("*.json")):
        try:
            ann = json.loads(path.read_text("utf-8"))
            title, date, body = load_gold(eval_dir, name, ann)
            page = PageText(read_page(eval_dir / ann["source"]), ann.get("url"))
            text, expected, stats = build_page(ann, page, one_line(title), date, body(page))
        except (OSError, ValueError, KeyError, TypeError) as err:
            print(f"widgets_textset: {path}: {err}", file=sys.stderr)
            failed += 1
            continue
        (out / f"{path.stem}.txt").write_text(text, "utf-8")
        dumped = json.dumps(expected, ensure_ascii=False, indent=1)
        (out / f"{path.stem}.expected.json").write_text(dumped + "\n", "utf-8")
        totals.update(stats)
    return totals, failed


def report(name: str, out: Path, t: Counter) -> str:
    """The tallies of one set as a few lines."""
    return "\n".join([
        f"{name}: {t['pages']} pages -> {out}",
        f"  paragraphs found in the page: {t['paragraphs located']}/{t['paragraphs']}",
        f"  callouts: {t['quotes placed by position']} placed by position, "
        f"{t['quotes at the end']} at the end",
        f"  widgets: {t['widgets placed by position']} placed by position, "
        f"{t['widgets at the end']} at the end",
        f"  left out of the gold body: {t['widget lines left out of the body']} widget lines, "
        f"{t['callout lines left out of the body']} callouts, "
        f"{t['attribution lines left out of the body']} attribution lines; "
        f"{t['card titles cut from a paragraph']} card titles cut from a paragraph",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", metavar="OUTDIR", type=Path,
                    help="where OUTDIR/<set>/<id>.txt and .expected.json go")
    ap.add_argument("shared", metavar="SHARED", type=Path, nargs="?",
                    default=ROOT.parent / "shared",
                    help="the shared material (default: ../shared beside the repository)")
    ap.add_argument("--set", action="append", choices=SETS, dest="sets",
                    help="build only this part of widgets-dev (repeatable; default: both)")
    args = ap.parse_args(argv)
    eval_dir = args.shared / "eval"
    if not (eval_dir / "widgets-dev").is_dir():
        print(f"widgets_textset: {eval_dir / 'widgets-dev'}: not found; give SHARED",
              file=sys.stderr)
        return 2
    failed = 0
    for name in args.sets or SETS:
        if not (eval_dir / "widgets-dev" / name).is_dir():
            continue
        totals, bad = run_set(eval_dir, name, args.outdir / name)
        print(report(name, args.outdir / name, totals))
        failed += bad
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
