"""The figures README.md's Quality section quotes: a few per set, weak and strong alike.

Written by the same run as docs/evaluation.md, so the README never quotes other figures than it.
"""

from __future__ import annotations

import eval_doc as doc  # beside this script
from eval_fundus import TRAFILATURA
from eval_summary import targets_met
from eval_widgets import PARTS

SLASH = " / "


def fundus_rows(name: str, results: dict, keys: list[tuple[str, str]]) -> list[list[str]]:
    """Rows of fundus-dev metrics, newsparse beside trafilatura."""
    return [[name, label] + [doc.num(results[tool][key]) for tool in ("newsparse", TRAFILATURA)]
            for key, label in keys]


def wcxb_rows(wcxb: dict) -> list[list[str]]:
    """Body, empty pages, metadata and speed on wcxb-dev."""
    name, ours, theirs = f"wcxb-dev ({wcxb['pages']} article pages)", wcxb["ours"], wcxb["theirs"]
    empty, meta = wcxb["no_text"], wcxb["meta"]

    def body(x):
        return f"{x['f1']:.3f} ({x['p']:.3f} / {x['r']:.3f})"
    return [
        [name, "body word F1 (precision / recall)", body(ours), body(theirs)],
        [name, "`with` / `without` snippets found", doc.pct(ours["with"]) + SLASH
         + doc.pct(ours["without"]), doc.pct(theirs["with"]) + SLASH + doc.pct(theirs["without"])],
        [name, "pages with no text (of them, where the other tool has text)",
         f"{empty['newsparse']} ({empty['newsparse_where_other_has']})",
         f"{empty['trafilatura']} ({empty['trafilatura_where_other_has']})"],
        [name, "title / author / date"] + [SLASH.join(doc.pct(meta[k][i]) for k in
                                                       ("title", "author_strict", "date"))
                                           for i in (0, 1)],
        [name, "in-process time per page, median ratio to `trafilatura.extract`",
         "n/a" if wcxb["ratio"] is None else f"{wcxb['ratio']:.2f}x", "1.00x"],
    ]


def widget_rows(widgets: dict) -> list[list[str]]:
    """Callouts and related titles per part and shape."""
    def two(a, first, second):
        return f"{doc.ratio(a.get(first[0], 0), a.get(first[1], 0))}{SLASH}" \
               f"{doc.ratio(a.get(second[0], 0), a.get(second[1], 0))}"
    rows = []
    for mode in ("html", "text"):
        for part in PARTS:
            a = widgets[mode, part]
            rows.append([f"{part} {'HTML' if mode == 'html' else 'text'}",
                         two(a, ("q_found", "q_gold"), ("q_found", "q_pred")),
                         two(a, ("spk_exact_attr", "found_with_spk"), ("role_exact", "q_found")),
                         two(a, ("t_found", "t_gold"), ("t_found", "t_pred"))])
    return rows


def markdown(figures: dict) -> str:
    """The README's quality tables and the count of targets met."""
    fundus = figures["fundus"]
    rows = fundus_rows(f"fundus-dev ({fundus['newsparse']['pages']} news pages)", fundus, [
        ("title", "title"), ("date", "date"), ("authors", "authors F1"),
        ("para", "paragraph F1"), ("tokens", "body token F1"), ("heads", "heading F1"),
        ("summary", "standfirst")])
    rows += fundus_rows("fundus-dev, metadata stripped", figures["without-metadata"],
                        [("title", "title"), ("date", "date"), ("authors", "authors F1")])
    rows += fundus_rows("fundus-dev, class and id names stripped", figures["without-names"],
                        [("para", "paragraph F1"), ("tokens", "body token F1"),
                         ("heads", "heading F1")])
    rows += wcxb_rows(figures["wcxb"])
    met, counted = targets_met(fundus, figures["wcxb"], figures["widgets"])
    return "\n\n".join([
        doc.table(["set", "measure", "newsparse", "trafilatura 2.3.1"], rows),
        "Pull quotes and related widgets (newsparse only; widgets-dev: "
        + ", ".join(f"{sum(figures['widgets']['html', part].get(key, 0) for part in PARTS)} {what}"
                    for key, what in (("q_gold", "callouts"), ("w_gold", "widgets"),
                                      ("t_gold", "link titles"), ("pages", "pages")))
        + ", annotated independently of the rules):",
        doc.table(["widgets-dev part, shape", "callouts recall / precision",
                   "speaker / role exact", "related titles recall / precision"],
                  widget_rows(figures["widgets"])),
        f"**{met} of {counted} targets met**; the summary in docs/evaluation.md says which.",
        doc.stamp()])
