"""Property: newsparse.html.extract never raises, whatever HTML-ish text it is given."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import html as html_reading
from newsparse.model import Block, Metadata

TAGS = ["p", "div", "article", "h1", "h2", "h3", "blockquote", "aside", "figure", "figcaption",
        "cite", "ul", "li", "a", "strong", "br", "script", "span", "section", "time", "meta"]
ATTRS = ['', ' class="lead"', ' class="related"', ' class="pull-quote"', ' class="byline"',
         ' href="/x"', ' href="javascript:void(0)"', ' itemprop="articleBody"', ' hidden',
         ' type="application/ld+json"', ' class="twitter-tweet"', ' datetime="2024-02-30"',
         ' property="og:title" content="T | S"']


@st.composite
def html_ish(draw):
    """Tag soup: random open/close tags with attributes around random text."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            parts.append(f"<{tag}{draw(st.sampled_from(ATTRS))}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.text(max_size=60)))
    return "".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_ish(), st.one_of(st.none(), st.just("https://example.org/a/b")))
def test_extract_never_raises(html, url):
    blocks, meta = html_reading.extract(html, url)
    assert isinstance(meta, Metadata)
    assert all(isinstance(b, Block) and b.hint in {"heading", "paragraph", "quote", "related",
                                                   "summary", "lead"} for b in blocks)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_extract_never_raises_on_any_text(text):
    html_reading.extract(text, None)
