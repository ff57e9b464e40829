"""The body gate: hand-written pages of the shapes that cost article text on real sites, each
with the exact text a reader should get (tests/fixtures/body/<shape>.html + .expected.txt).

A change that drops article text from any of these shapes, or lets page furniture in, fails
here; the shared evaluation sets measure the same shapes at scale (docs/evaluation.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).parent / "fixtures" / "body"
SHAPES = sorted(p.stem for p in FIXTURES.glob("*.html"))


def test_every_shape_has_its_expected_text():
    assert len(SHAPES) >= 4
    assert all((FIXTURES / f"{s}.expected.txt").exists() for s in SHAPES)


@pytest.mark.parametrize("shape", SHAPES)
def test_shape_gives_the_whole_article_and_nothing_else(shape):
    html = (FIXTURES / f"{shape}.html").read_text(encoding="utf-8")
    want = (FIXTURES / f"{shape}.expected.txt").read_text(encoding="utf-8").strip()
    got = newsparse.parse_html(html, url=f"https://news.example/{shape}").text
    assert got.split("\n\n") == want.split("\n\n")
