"""The summary at the top of docs/evaluation.md: each set's headline figures against the targets.

The targets are the project's (body text on any site; pull quotes and related widgets on any
site). A figure meets its target when its exact value does; one that would round to its target
without meeting it is printed with the decimals that show the gap (0.9549 against >= 0.955).
"""

from __future__ import annotations

import operator

import eval_doc as doc  # beside this script
from eval_fundus import TRAFILATURA
from eval_widgets import PARTS

AT_LEAST, AT_MOST, AHEAD = (operator.ge, "≥"), (operator.le, "≤"), (operator.gt, ">")

# (measure, score_callouts' (hits, total) keys, bound, target); text mode has no URLs
WIDGET_TARGETS = [
    ("callouts recall", ("q_found", "q_gold"), AT_LEAST, 0.85),
    ("callouts precision", ("q_found", "q_pred"), AT_LEAST, 0.90),
    ("speaker exact (found, gold has one)", ("spk_exact_attr", "found_with_spk"), AT_LEAST, 0.85),
    ("role exact (found)", ("role_exact", "q_found"), AT_LEAST, 0.80),
    ("related titles recall", ("t_found", "t_gold"), AT_LEAST, 0.85),
    ("related titles precision", ("t_found", "t_pred"), AT_LEAST, 0.90),
    ("title URLs correct (HTML)", ("url_ok", "url_checked"), AT_LEAST, 0.98),
    # The target: no callout or title that newsparse found is left in the body; the tables
    # beside give the leaks of the missed ones too.
    ("found callouts left in the body", ("leak_q_found", "q_found"), AT_MOST, 0.0),
    ("found titles left in the body", ("leak_t_found", "t_found"), AT_MOST, 0.0),
]


def verdict(value: float | None, bound, target: float) -> str:
    """"met" / "**not met**" for a figure, "n/a" when there is none."""
    if value is None:
        return "n/a"
    return "met" if bound[0](value, target) else "**not met**"


def closer(value: float, target: float) -> str:
    """A figure with as many decimals as it takes to tell it from the target (up to six)."""
    digits = 3
    while digits < 6 and f"{value:.{digits}f}" == f"{target:.{digits}f}" and value != target:
        digits += 1
    return f"{value:.{digits}f}"


def row(set_name, measure, bound, target, ours, theirs="", shown=None) -> list[str]:
    """One line of the body table; `target` is a number, or trafilatura's figure itself."""
    mine = shown(ours) if shown else ("n/a" if ours is None else closer(ours, target))
    goal = f"{bound[1]} {shown(target) if shown else doc.num(target)}"
    return [set_name, measure, goal, mine, theirs if theirs else "", verdict(ours, bound, target)]


def body_rows(fundus: dict, wcxb: dict) -> list[list[str]]:
    """wcxb-dev and fundus-dev rows of the body and metadata targets."""
    ours, theirs, empty = wcxb["ours"], wcxb["theirs"], wcxb["no_text"]
    w = "wcxb-dev articles"
    rows = [
        row(w, "body word F1", AT_LEAST, 0.955, ours["f1"], doc.num(theirs["f1"])),
        row(w, "body word precision", AT_LEAST, 0.95, ours["p"], doc.num(theirs["p"])),
        row(w, "`with` snippets found", AT_LEAST, theirs["with"], ours["with"],
            doc.pct(theirs["with"]), doc.pct),
        row(w, "`without` snippets found", AT_MOST, theirs["without"], ours["without"],
            doc.pct(theirs["without"]), doc.pct),
        row(w, "pages with no text where trafilatura has text", AT_MOST, 0,
            empty["newsparse_where_other_has"], str(empty["trafilatura_where_other_has"])
            + " (the other way round)", lambda v: str(v)),
    ]
    for key, label in (("title", "title"), ("author_strict", "author (strict)"),
                       ("date", "date")):
        a, b = wcxb["meta"][key]
        rows.append(row(w, f"{label}, ahead of trafilatura", AHEAD, b, a, doc.pct(b), doc.pct))
    ratio = wcxb["ratio"]
    rows.append(row(w, "in-process median time / `trafilatura.extract` (per page)", AT_MOST,
                    1.0, ratio, "1.00x", lambda v: "n/a" if v is None else f"{v:.2f}x"))
    np, tf = fundus["newsparse"], fundus[TRAFILATURA]
    for key, label, target in (("tokens", "body token F1", 0.98), ("para", "paragraph F1", 0.96),
                               ("heads", "heading F1 (per page)", 0.95)):
        rows.append(row("fundus-dev", label, AT_LEAST, target, np[key], doc.num(tf[key])))
    return rows


def widget_cell(agg: dict, keys: tuple[str, str], bound, target: float) -> str:
    """"hits/total (share) met" for one part and shape."""
    hits, total = agg.get(keys[0], 0), agg.get(keys[1], 0)
    if not total:
        return "- (nothing to count)"
    share = hits / total
    return f"{hits}/{total} ({closer(share, target)}) {verdict(share, bound, target)}"


def widget_rows(aggs: dict) -> list[list[str]]:
    """One row per widget target, one column per part and shape."""
    rows = []
    for label, keys, bound, target in WIDGET_TARGETS:
        cells = [widget_cell(aggs[mode, part], keys, bound, target)
                 if mode == "html" or keys[0] != "url_ok" else "(no URLs in text)"
                 for mode in ("html", "text") for part in PARTS]
        rows.append([label, f"{bound[1]} {target:.2f}"] + cells)
    return rows


def tally(body: list[list[str]], wrows: list[list[str]]) -> tuple[int, int]:
    """How many targets the summary rows meet, of how many they judge."""
    verdicts = [r[-1] for r in body] + [c for r in wrows for c in r[2:]]
    met = sum(v == "met" or v.endswith(" met") for v in verdicts)
    return met, met + sum(v.endswith("**not met**") for v in verdicts)


def targets_met(fundus: dict, wcxb: dict, widgets: dict) -> tuple[int, int]:
    """How many targets the figures meet, of how many can be judged."""
    return tally(body_rows(fundus, wcxb), widget_rows(widgets))


def markdown(fundus: dict, wcxb: dict, widgets: dict) -> str:
    """The two summary tables and how many targets they meet."""
    body = body_rows(fundus, wcxb)
    wrows = widget_rows(widgets)
    met, counted = tally(body, wrows)
    head = ["measure", "target"] + [f"{part} {'HTML' if mode == 'html' else 'text'}"
                                    for mode in ("html", "text") for part in PARTS]
    return "\n\n".join([
        doc.table(["set", "measure", "target", "newsparse", "trafilatura 2.3.1", "met"], body),
        "Pull quotes and related widgets on widgets-dev (newsparse only: no other tool gives "
        "them), per part and per shape:",
        doc.table(head, wrows),
        f"**{met} of {counted} targets met.** The tables below give every figure and the "
        "command that made it.", doc.stamp()])
