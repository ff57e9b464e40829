"""Plain-text articles against hand-written expectations, field by field.

Each tests/fixtures/text/<name>.txt has a <name>.expected.json written by hand from what
the article should parse to (the output contract minus `source` and `text`). The seed, the
user's own example, must parse exactly to spec/seed.expected.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import parse_text
from newsparse.errors import NewsparseError

FIXTURES = Path(__file__).parent / "fixtures" / "text"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
# The user's example and its expected parse, byte-for-byte copies of the shared spec
# (seeds/000_762f39c10fe6cfaa.txt, spec/seed.expected.json) so a clean clone can run them.
SEED = Path(__file__).parent / "fixtures" / "seed" / "000_762f39c10fe6cfaa.txt"
SEED_EXPECTED = SEED.with_name("seed.expected.json")


def parsed(text: str) -> dict:
    return orjson.loads(orjson.dumps(parse_text(text)))


def assert_fields(got: dict, expected: dict) -> None:
    """Compare every field of the expectation, naming the first one that differs."""
    for key, want in expected.items():
        assert got.get(key) == want, f"field {key!r} differs"


def test_there_are_enough_fixtures_in_six_languages():
    assert len(CASES) >= 20
    langs = {json.loads((FIXTURES / f"{c}.expected.json").read_text())["language"] for c in CASES}
    assert {"en", "ru", "uk", "de", "fr", "es"} <= langs


@pytest.mark.parametrize("name", CASES)
def test_fixture(name):
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    got = parsed(text)
    assert_fields(got, expected)
    # The clean text is the body as a reader sees it: headings and paragraphs in order.
    flat = [
        x
        for s in expected["body"]
        for x in ([s["heading"]] if s["heading"] else []) + s["paragraphs"]
    ]
    assert got["text"] == "\n\n".join(flat)


def test_seed_parses_exactly():
    got = parsed(SEED.read_text(encoding="utf-8"))
    assert_fields(got, json.loads(SEED_EXPECTED.read_text(encoding="utf-8")))


# Paragraph-ish text with the characters the classifiers care about.
_ALPHABET = st.sampled_from(
    list("abcXYZ  \n\n.,:;!?-—–«»“”\"'()/0123456789")
    + [
        "Related materials:",
        "Читайте также:",
        "À lire aussi :",
        "date 2023-02-17 ",
        "MOSCOW, Feb 17 (Reuters) - ",
        "КИЕВ, 3 марта. /ТАСС/. ",
        "Maria Ivanova ",
        "minister ",
        "https://x.example/a ",
        "- ",
        "• ",
        "17.02.2023",
        "Ambassador ",
        "J. R. ",
        "de ",
    ]
)


# Whole blocks of the kinds an article is made of, in any order.
_BLOCKS = st.sampled_from(
    [
        "A short heading",
        "Will it work?",
        "A paragraph that ends like a sentence.",
        "Related materials:",
        "Read also:\nOne title https://x.example/1\nAnother title",
        "Prices will keep rising all year Anna Smith chief economist at a bank",
        "Anna Smith said so on Monday.",
        "- first item\n- second item",
        "Photo: Reuters",
        "MOSCOW, Feb 17 (Reuters) - Talks stalled.",
        "By Anna Smith",
        "17.02.2023",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_ALPHABET, max_size=80).map("".join)
    | st.text(max_size=400)
    | st.lists(_BLOCKS, max_size=12).map("\n\n".join)
)
def test_parse_text_raises_only_newsparse_errors(text):
    try:
        article = parse_text(text)
    except NewsparseError:
        return
    orjson.dumps(article)  # whatever it finds, it can serialize
    # Every callout and related block points at a place in the body, in reading order.
    total = sum(len(s.paragraphs) for s in article.body)
    for blocks in (article.quotes, article.related):
        places = [b.after_paragraph for b in blocks]
        assert places == sorted(places)
        assert all(0 <= p <= total for p in places)


def test_seed_with_windows_line_endings_and_a_bom_parses_the_same():
    text = SEED.read_text(encoding="utf-8")
    got = parsed("\ufeff" + text.replace("\n", "\r\n"))
    assert_fields(got, json.loads(SEED_EXPECTED.read_text(encoding="utf-8")))
