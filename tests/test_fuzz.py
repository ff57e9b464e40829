"""Fuzzing: the committed pages and texts, mutated and laced with hostile fragments, parse to
schema-valid records or fail with newsparse's own errors, the same way every time."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.errors import NewsparseError
from newsparse.model import Source
from newsparse.pipeline import parse_bytes
from newsparse.schema import output_schema

ROOT = Path(__file__).parent.parent
SEEDS = sorted(p for d in ("samples", "tests/fixtures") for p in (ROOT / d).rglob("*")
               if p.suffix in (".html", ".txt", ".md"))
VALIDATOR = jsonschema.Draft202012Validator(output_schema())

# Fragments that once cost time, text or the whole page.
HOSTILE = [
    "<span>" * 400, "<font>x " * 300, "</div>" * 50, "[a](" * 200, "![" * 200, " **a" * 200,
    "(" * 300, "<" * 300, "<!---->" * 40, " " * 2000, "-Ab" * 300, "\x00\x01\ufffd",
    "&lt;p&gt;escaped&lt;/p&gt;", "<p>", "</p><p>", "<script>", "\n\n", "Related materials:",
    "MOSCOW, Feb 17 (Reuters) - ", "BERLIN -- ", "By Ann Lee and Bo Ma", "date 2023-02-30 ",
    '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "<p>a</p>"}'
    "</script>", "Title: T\nURL Source: http://x\nMarkdown Content:\n", "\ud800",
]


@st.composite
def mutated(draw) -> tuple[bytes, str]:
    """One seed file with a few cuts, copies and hostile fragments spliced in."""
    path = draw(st.sampled_from(SEEDS))
    text = path.read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 400)))
        op = draw(st.sampled_from(["cut", "copy", "insert", "insert"]))
        if op == "cut":
            text = text[:i] + text[j:]
        elif op == "copy":
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i] + draw(st.sampled_from(HOSTILE)) + text[i:]
    fmt = "html" if path.suffix == ".html" else draw(st.sampled_from(["auto", "text"]))
    return text.encode("utf-8", "surrogatepass"), fmt


def _record(data: bytes, fmt: str) -> bytes | None:
    try:
        article = parse_bytes(data, Source(kind="file", input="fuzz"), fmt)
    except NewsparseError:
        return None
    return orjson.dumps(article)


@settings(max_examples=120, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated())
def test_mutated_inputs_give_valid_records_and_the_same_twice(case):
    data, fmt = case
    first = _record(data, fmt)
    if first is not None:
        VALIDATOR.validate(orjson.loads(first))
    assert _record(data, fmt) == first
