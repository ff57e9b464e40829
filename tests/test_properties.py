"""Property tests: parsing never fails with anything but newsparse's own errors."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.decode import decode
from newsparse.errors import NewsparseError

TAGS = st.sampled_from(["p", "div", "h2", "blockquote", "aside", "a", "li", "ul", "figure",
                        "article", "cite", "script", "span"])


@st.composite
def html_pages(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(TAGS)
        text = draw(st.text(max_size=80))
        parts.append(f"<{tag} class='{draw(st.sampled_from(['', 'related', 'pull-quote']))}'>"
                     f"{text}</{tag}>" if draw(st.booleans()) else text)
    return "<html><body>" + "".join(parts) + "</body></html>"


LINES = st.one_of(
    st.text(max_size=120),
    st.sampled_from(["Related materials:", "Read also:", "Читайте также:", "date 2023-02-17 Title",
                     "MOSCOW, Feb 17 (Reuters) - Text", "Short heading", ""]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=30))
def test_parse_text_raises_only_newsparse_errors(lines):
    try:
        article = newsparse.parse_text("\n\n".join(lines))
    except NewsparseError:
        return
    paragraphs = sum(len(s.paragraphs) for s in article.body)
    for block in [*article.quotes, *article.related]:
        assert 0 <= block.after_paragraph <= paragraphs


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_pages())
def test_parse_html_raises_only_newsparse_errors(page):
    try:
        newsparse.parse_html(page)
    except NewsparseError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_raises_only_decode_errors(data):
    try:
        assert isinstance(decode(data), str)
    except NewsparseError:
        pass
