"""No paragraph of any output holds markup the page did not show as text: HTML a page keeps
as data (a JSON-LD articleBody, escaped or not, a hidden field, a template) is read as HTML
or not at all."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.errors import NewsparseError

FIXTURES = Path(__file__).parent / "fixtures" / "html"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
_NOT_SHOWN = ("script", "style", "template", "textarea", "noscript", "title")


def texts(article) -> list[str]:
    """Every piece of running text of an article: paragraphs, headings, quotes, summary."""
    out = [p for s in article.body for p in s.paragraphs]
    out += [s.heading for s in article.body if s.heading]
    out += [q.text for q in article.quotes] + ([article.summary] if article.summary else [])
    return out


def shown_text(html: str) -> str:
    """What a reader of the page sees as text (whitespace collapsed)."""
    tree = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"))
    for el in tree.iter(*_NOT_SHOWN):
        el.text = ""
    return " ".join(" ".join(tree.itertext()).split())


def leaked_tags(html: str, article) -> list[str]:
    """Tags in the article's text that the page never showed as text."""
    shown = shown_text(html)
    return [tag for t in texts(article) for tag in TAG.findall(t) if tag not in shown]


@pytest.mark.parametrize("name", ["en-jsonld-body-markup", "en-jsonld-body-escaped"])
def test_an_articlebody_stated_as_html_is_read_as_html(name):
    article = newsparse.parse_html((FIXTURES / f"{name}.html").read_text(encoding="utf-8"))
    assert [(s.heading, s.paragraphs) for s in article.body] == [
        (None, ["The harbour ferry will run again from April, the port authority said on Monday,"
                " after two winters in which storms kept the old boat in dry dock.",
                "A new hull was fitted in Bremerhaven, and the crew has trained on it since"
                " January.",
                "Tickets go on sale next week."]),
        ("Timetable", ["Boats leave every forty minutes between six in the morning and ten at"
                       " night, and the last crossing waits for the late train."]),
    ]
    assert not any(TAG.search(t) for t in texts(article))


def test_hidden_fields_and_templates_holding_html_stay_out():
    article = newsparse.parse_html((FIXTURES / "en-hidden-template.html").read_text("utf-8"))
    assert [p for s in article.body for p in s.paragraphs] == [
        "The central library will open on Sundays from May, the city said, after readers signed"
        " a petition with more than four thousand names on it.",
        "Opening hours on Sundays will run from noon to six, and the reading room on the top"
        " floor stays closed for repairs until the autumn.",
    ]
    assert not any(TAG.search(t) for t in texts(article))


def test_markup_the_page_shows_as_text_stays():
    # An article about HTML quotes its tags: the reader sees them, so they are the text.
    page = ("<html><body><article><h1>Old web pages</h1><p>Pages of the nineties were held"
            " together with &lt;table&gt; tags, &lt;font color=\"red\"&gt; and spacer images,"
            " and nobody minded much.</p></article></body></html>")
    article = newsparse.parse_html(page)
    assert "<table>" in article.body[0].paragraphs[0]
    assert leaked_tags(page, article) == []


def _shared_pages() -> list[Path]:
    return sorted(SHARED.glob("fundus-dev/pages/*.html.gz")) + sorted(
        SHARED.glob("wcxb-dev/dev/html/*.html.gz"))


@pytest.mark.skipif(not _shared_pages(), reason=f"shared evaluation pages not found in {SHARED}")
@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_shared_pages() or [Path("none")]))
def test_no_shared_page_puts_markup_into_its_text(path):
    html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    try:
        article = newsparse.parse_html(html)
    except NewsparseError:
        return
    assert leaked_tags(html, article) == []


@pytest.mark.skipif(not _shared_pages(), reason=f"shared evaluation pages not found in {SHARED}")
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_shared_pages() or [Path("none")]), st.booleans())
def test_a_shared_page_moved_into_its_articlebody_gives_text_without_tags(path, escaped):
    import json

    tree = lxml.html.document_fromstring(gzip.decompress(path.read_bytes()))
    body = tree.find(".//article")
    body = body if body is not None else tree.find("body")
    if body is None:
        return
    markup = lxml.html.tostring(body, encoding="unicode")[:30000]
    if escaped:
        markup = markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    ld = json.dumps({"@type": "NewsArticle", "headline": "A story", "articleBody": markup})
    ld = ld.replace("</", "<\\/")  # as JSON-LD in a page writes it: no "</script>" inside
    page = (f'<html><head><script type="application/ld+json">{ld}</script></head>'
            "<body><h1>A story</h1><p>Subscribe to read.</p></body></html>")
    try:
        article = newsparse.parse_html(page)
    except NewsparseError:
        return
    assert not [t for t in texts(article) if TAG.search(t)]
