"""fundus-dev structure: newsparse and trafilatura 2.3.1 scored by the shared structeval.py.

newsparse runs as users run it, `newsparse parse PAGE --url URL` once per page (structeval's
--cmd: start-up included); on the pages stripped of their metadata or of their names it runs
in-process (the point there is what it reads, not its start-up). trafilatura runs in-process as
structeval's baseline, on the same pages.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import tempfile
from pathlib import Path

import eval_doc as doc  # beside this script

ROOT = Path(__file__).resolve().parent.parent
TRAFILATURA = "trafilatura 2.3.1"
ROWS = [  # (structeval's key, what the row says)
    ("title", "title (exact, normalized)"), ("date", "date (same day)"),
    ("authors", "authors F1"), ("para", "paragraph F1"), ("tokens", "body token F1"),
    ("heads", "heading F1 (per page)"), ("heads_u", "heading F1 (pooled)"),
    ("summary", "summary (standfirst)"), ("img_r", "image recall"),
    ("img_p", "image precision"), ("caption", "image caption"), ("credit", "image credit"),
    ("cover", "cover image"), ("tags", "tags F1"),
]
MEDIA_FIELDS = {"images": ("img_r", "img_p", "caption", "credit", "cover"), "tags": ("tags",)}

# What a page can be stripped of, to see how a tool fares on sites unlike the ones it was
# built on: one that publishes no metadata (only the visible page speaks), one whose markup
# names nothing (no class, id, test id or microdata: hashed or bare templates).
STRIPS = {
    "metadata": re.compile(r"<script[^>]*ld\+json[^>]*>.*?</script>|<meta\b[^>]*>", re.S | re.I),
    "names": re.compile(r"\s(?:class|id|data-testid|itemprop)=(?:\"[^\"]*\"|'[^']*')", re.I),
}
STRIPPED_WHAT = {"metadata": "every `<meta>` tag and JSON-LD block",
                 "names": "every class, id, data-testid and itemprop attribute"}


def load_structeval(shared: Path):
    """The shared scorer, imported as a module."""
    spec = importlib.util.spec_from_file_location("structeval", shared / "eval" / "structeval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def newsparse_predictor(se, strip: str | None):
    """parse_html in-process on the page (stripped of STRIPS[strip]), mapped as --cmd output is;
    a page it cannot read raises, which structeval counts as a failure, as a failing --cmd."""
    import orjson

    from newsparse import parse_html

    pattern = STRIPS[strip] if strip else None

    def predict(html, page):
        article = parse_html(pattern.sub("", html) if pattern else html, page.get("url"))
        return se.from_external(orjson.loads(orjson.dumps(article)))
    return predict


def stripped(predict, strip: str | None):
    """The baseline predictor, given the pages stripped of STRIPS[strip]."""
    if not strip:
        return predict

    def predict_stripped(html, page):
        return predict(STRIPS[strip].sub("", html), page)
    predict_stripped.unsupported = getattr(predict, "unsupported", set())
    return predict_stripped


def fields_given(saved: Path) -> set[str]:
    """Which of the image/tag fields any saved prediction carries."""
    given = set()
    for path in saved.glob("*.json"):
        pred = json.loads(path.read_text(encoding="utf-8"))
        given |= {f for f in MEDIA_FIELDS if isinstance(pred, dict) and pred.get(f) is not None}
    return given


def cli_command() -> str:
    """The --cmd template that runs this tree's CLI once per page."""
    exe = shlex.quote(str(ROOT / ".venv" / "bin" / "newsparse"))
    return f"{exe} parse {{path}} --url {{url}}"


def score(shared: Path, strip: str | None = None) -> tuple[dict, set[str]]:
    """structeval's aggregates per tool, and the media fields newsparse's output carries."""
    se = load_structeval(shared)
    gold = shared / "eval" / "fundus-dev"
    with tempfile.TemporaryDirectory(prefix="eval-fundus-") as tmp:
        if strip:
            ours = se.evaluate(gold, "newsparse", predictor=newsparse_predictor(se, strip),
                               save=tmp)
        else:
            ours = se.evaluate(gold, "newsparse", cmd=cli_command(), save=tmp)
        given = fields_given(Path(tmp) / "newsparse")
    baseline = stripped(se.make_trafilatura(), strip)
    theirs = se.aggregate(se.evaluate(gold, "trafilatura", predictor=baseline))
    theirs.update({m: None for m in baseline.unsupported})  # no such output: n/a, as structeval
    return {"newsparse": se.aggregate(ours), TRAFILATURA: theirs}, given


def markdown(results: dict, given: set[str]) -> str:
    """One row per metric, one column per tool (the CLI's median ms and failures below)."""
    tools = list(results)
    rows = [[label] + [doc.num(results[t][key]) for t in tools] for key, label in ROWS]
    rows.append(["median ms/page"] + [doc.num(results[t]["median_ms"], 1) for t in tools])
    rows.append(["failures"] + [str(results[t]["failures"]) for t in tools])
    n = results["newsparse"]["n_media"]
    notes = [f"Image metrics on the {n['img_r']} pages whose gold lists images, cover on "
             f"{n['cover']}, tags on {n['tags']}; trafilatura gives one metadata image without "
             "caption or credit (n/a)."]
    missing = [f"`{f}`" for f in MEDIA_FIELDS if f not in given]
    if missing:
        notes.append(f"newsparse's output has no {' or '.join(missing)} field on any page yet; "
                     "structeval scores a page without one as 0 on its metrics.")
    return doc.table(["metric"] + tools, rows) + "\n\n" + " ".join(notes)


def block(shared: Path, strip: str | None = None) -> tuple[str, dict]:
    """The markdown block for the plain or the stripped pages, and the aggregates per tool."""
    results, given = score(shared, strip)
    pages = results["newsparse"]["pages"]
    ev = f"{shared}/eval"
    if strip:
        how = (f"{pages} pages of fundus-dev with {STRIPPED_WHAT[strip]} removed; both tools "
               "in-process (newsparse `parse_html`, trafilatura as structeval's baseline).")
        commands = [f"scripts/eval.py {shared} --set without-{strip}"]
    else:
        how = (f"{pages} pages of fundus-dev; newsparse as "
               "`newsparse parse {path} --url {url}`, one process per page (its median ms "
               "includes interpreter start-up and imports); trafilatura in-process "
               "(structeval's baseline).")
        commands = [f"python3 {ev}/structeval.py {ev}/fundus-dev --cmd "
                    "'.venv/bin/newsparse parse {path} --url {url}'",
                    f"python3 {ev}/structeval.py {ev}/fundus-dev --baseline trafilatura"]
    text = markdown(results, given) + "\n\n" + how + "\n\n" + doc.stamp(commands)
    return text, results
