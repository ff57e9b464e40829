"""widgets-dev: pull quotes and related widgets, in HTML and in the seed's plain-text shape.

newsparse reads every page once, in-process, through the same path as `newsparse parse FILE
[--url URL]` (the file's bytes, decoded as the CLI decodes them), and writes each record where
the shared score_callouts.py reads predictions (`--pred-dir`): the scores equal those of its
`--cmd` mode without one process per page. The text shape is built first by
widgets_textset.py. No other tool gives these fields, so newsparse is scored alone.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import eval_doc as doc  # beside this script
import widgets_textset  # beside this script

PARTS = ("fundus-dev", "wcxb-dev")
# (label, what score_callouts' aggregate gives: (hits, total) keys), in the order of the table
HTML_ROWS = [
    ("callouts recall", ("q_found", "q_gold")),
    ("callouts precision", ("q_found", "q_pred")),
    ("speaker exact (found, gold has one)", ("spk_exact_attr", "found_with_spk")),
    ("role exact (found)", ("role_exact", "q_found")),
    ("related titles recall", ("t_found", "t_gold")),
    ("related titles precision", ("t_found", "t_pred")),
    ("widgets matched (by a title or by their label)", ("w_matched", "w_gold")),
    ("callouts left in the body (found ones)", ("leak_q_found", "q_found")),
    ("titles left in the body (found ones)", ("leak_t_found", "t_found")),
    ("callouts left in the body (all, missed ones too)", ("leak_q", "q_gold")),
    ("titles left in the body (all, missed ones too)", ("leak_t", "t_gold")),
    ("labels left in the body", ("leak_l", "labels")),
]
HTML_ONLY = [
    ("found titles whose body copy is the page's own (not counted above)", ("own_t", "t_found")),
    ("title URLs correct (found)", ("url_ok", "url_checked")),
]
TEXT_ROWS = [
    ("callout placement exact", ("q_place", "q_found")),
    ("widget placement exact", ("w_place", "w_placed")),
    ("title equal", ("title_ok", "pages")),
    ("dateline date equal", ("date_ok", "pages")),
]


def parse_file(path: Path, url: str | None) -> bytes:
    """What `newsparse parse PATH [--url URL]` prints for one input, made in-process."""
    from newsparse.pipeline import parse_input
    from newsparse.serialize import to_json
    from newsparse.settings import Options

    return to_json(parse_input(str(path), Options(url=url)))


def predict(pages: list[tuple[str, Path, str | None]], out: Path) -> int:
    """Writes OUT/<id>.json for each (id, file, url); returns how many pages failed (no file,
    as a failing `newsparse parse` prints no record: the scorer counts the page as failed)."""
    from newsparse import NewsparseError

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    failed = 0
    for pid, path, url in pages:
        try:
            (out / f"{pid}.json").write_bytes(parse_file(path, url))
        except NewsparseError as err:
            print(f"eval: {path}: {err}", file=sys.stderr)
            failed += 1
        except Exception as err:  # noqa: BLE001 - one page's crash is that page's failure
            print(f"eval: {path}: unexpected {type(err).__name__}: {err}", file=sys.stderr)
            failed += 1
    return failed


def html_pages(eval_dir: Path, part: str) -> list[tuple[str, Path, str | None]]:
    """(id, page file, URL) of every annotated page of one part of widgets-dev."""
    pages = []
    for gold in sorted((eval_dir / "widgets-dev" / part).glob("*.json")):
        ann = json.loads(gold.read_text(encoding="utf-8"))
        pages.append((gold.stem, eval_dir / ann["source"], ann.get("url")))
    return pages


def text_pages(flat: Path) -> list[tuple[str, Path, None]]:
    """(id, text file, no URL) of every page of one part of the text-shape set."""
    return [(p.name.removesuffix(".txt"), p, None) for p in sorted(flat.glob("*.txt"))]


def scorer_args(eval_dir: Path, mode: str, part: str, flat: Path) -> list[str]:
    """score_callouts.py's arguments for one part in one mode, without the predictions."""
    if mode == "html":
        return ["html", str(eval_dir / "widgets-dev" / part), "--base", str(eval_dir)]
    return ["text", str(flat / part), "--gold", str(eval_dir / "widgets-dev" / part),
            "--base", str(eval_dir)]


def score(eval_dir: Path, mode: str, part: str, flat: Path, preds: Path) -> dict:
    """score_callouts.py's aggregate over all pages of one part, from the written predictions."""
    out = preds.with_suffix(".score.json")
    proc = subprocess.run([sys.executable, str(eval_dir / "score_callouts.py"),
                           *scorer_args(eval_dir, mode, part, flat), "--pred-dir", str(preds),
                           "--json", str(out)], capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        raise RuntimeError(f"score_callouts.py {mode} {part}: {proc.stderr.strip()[-300:]}")
    report = json.loads(out.read_text(encoding="utf-8"))
    own = own_copies(eval_dir, part, preds, report["pages"]) if mode == "html" else set()
    return {**report["aggregate"]["all"], **found_leaks(report["pages"], own),
            "own_t": len(own)}


def found_leaks(pages: list[dict], own: set[tuple[str, int]] = frozenset()) -> dict[str, int]:
    """Of the callouts and titles newsparse found, how many the body still holds: the
    aggregate's leak counts also hold the missed ones, which stay in the body as text. OWN
    holds the (page id, title index) whose body copy is the page's own (see own_copies)."""
    counts = {"leak_q_found": 0, "leak_t_found": 0}
    for page in pages:
        res = page.get("res") or {}
        counts["leak_q_found"] += len(found_in_body(res, "callout"))
        counts["leak_t_found"] += sum(1 for i in found_in_body(res, "title")
                                      if (page.get("id"), i) not in own)
    return counts


def found_in_body(res: dict, kind: str) -> list[int]:
    """The indexes of the found callouts or titles ("callout" / "title") of one page's score
    that its body still holds."""
    found = res.get("quotes" if kind == "callout" else "titles") or []
    return [i for i in (res.get("leaks") or {}).get(kind, [])
            if i < len(found) and found[i].get("found")]


def own_copies(eval_dir: Path, part: str, preds: Path, pages: list[dict]) -> set[tuple[str, int]]:
    """The found titles (page id, index) that the HTML body holds only as often as the page
    shows them outside its gold widgets: a live blog's entry heading that a "Read more" line
    repeats, a section heading with a related link's words. That copy is the article's own,
    which the guidelines keep; score_callouts.py judges callouts the same way (the copies the
    page holds outside the callout), but not titles."""
    if str(eval_dir) not in sys.path:
        sys.path.insert(0, str(eval_dir))
    import score_callouts as sc  # the shared scorer's own text normalising and page stream

    own = set()
    for page in pages:
        leaked = found_in_body(page.get("res") or {}, "title")
        if not leaked:
            continue
        gold = json.loads((eval_dir / "widgets-dev" / part / f"{page['id']}.json").read_text("utf-8"))
        record = json.loads((preds / f"{page['id']}.json").read_text("utf-8"))
        stream = sc.page_stream(sc.decode(sc.read_page(str(eval_dir / gold["source"]))))
        blocks = [sc.norm(b) for b in sc.body_blocks(record)]
        keys = [sc.norm(item["title"])[:sc.K] for w in gold["related"] for item in w["items"]]
        own.update((page["id"], i) for i in own_titles(stream, blocks, keys, leaked))
    return own


def own_titles(stream: str, blocks: list[str], keys: list[str], leaked: list[int]) -> list[int]:
    """Of the LEAKED title indexes, those whose key (normalised title) the body BLOCKS hold no
    more often than the page's text STREAM holds it outside the gold widgets' KEYS."""
    return [i for i in leaked
            if sum(1 for b in blocks if keys[i] in b) <= stream.count(keys[i]) - keys.count(keys[i])]


def run(shared: Path, workdir: Path) -> dict[tuple[str, str], dict]:
    """{(mode, part): aggregate} for both parts in HTML and in text shape."""
    eval_dir = shared / "eval"
    flat = workdir / "textset"
    if widgets_textset.main([str(flat), str(shared)]) != 0:
        raise RuntimeError("widgets_textset.py could not build the text shape of every page")
    aggs = {}
    for mode in ("html", "text"):
        for part in PARTS:
            pages = html_pages(eval_dir, part) if mode == "html" else text_pages(flat / part)
            preds = workdir / f"{mode}-{part}"
            predict(pages, preds)
            aggs[mode, part] = score(eval_dir, mode, part, flat, preds)
    return aggs


def markdown(aggs: dict[tuple[str, str], dict], mode: str) -> str:
    """One row per measure, one column per part of widgets-dev."""
    rows = HTML_ROWS + (HTML_ONLY if mode == "html" else TEXT_ROWS)
    cols = [aggs[mode, part] for part in PARTS]
    body = [["pages (failed)"] + [f"{a['pages']} ({a.get('fail', 0)})" for a in cols]]
    body += [[label] + [doc.ratio(a.get(hit, 0), a.get(total, 0)) for a in cols]
             for label, (hit, total) in rows]
    if mode == "text":
        body.append(["paragraph F1 macro / micro"] + [
            f"{a.get('para_f1_sum', 0) / a['pages']:.2f} / "
            f"{2 * a.get('para_m', 0) / max(1, a.get('para_p', 0) + a.get('para_e', 0)):.2f}"
            for a in cols])
    return doc.table(["measure"] + [f"widgets-dev {part}" for part in PARTS], body)


def block(shared: Path, workdir: Path) -> tuple[str, dict]:
    """The markdown block (HTML table, text table) and the aggregates."""
    aggs = run(shared, workdir)
    ev = f"{shared}/eval"
    html_cmds = [f"python3 {ev}/score_callouts.py html {ev}/widgets-dev/{part} --base {ev} "
                 "--cmd '.venv/bin/newsparse parse {path} --url {url}'" for part in PARTS]
    text_cmds = [f"python3 scripts/widgets_textset.py build/textset {shared}"] + [
        f"python3 {ev}/score_callouts.py text build/textset/{part} --gold "
        f"{ev}/widgets-dev/{part} --base {ev} --cmd '.venv/bin/newsparse parse {{path}}'"
        for part in PARTS]
    text = "\n\n".join([
        "In HTML (the annotated pages as published):", markdown(aggs, "html"),
        doc.stamp(html_cmds),
        "In the seed's plain-text shape (the same pages written out by "
        "`scripts/widgets_textset.py`):", markdown(aggs, "text"), doc.stamp(text_cmds)])
    return text, aggs
