"""Hostile markup: nesting past libxml2's depth limit keeps its text, and the trafilatura
fallback is given a bounded page."""

from __future__ import annotations

import orjson
import pytest

import newsparse
from newsparse.html import dom, fallback
from tests.growth import assert_linear

STORY = ("The council voted on Monday to close the old bridge for repairs that will take a"
         " year, officials said.")
AFTER = "After the deep part comes the rest of the story, which must not be lost at all."
END = "The bridge reopens next spring, when the new deck has been laid and tested."


def deep_page(depth: int, tag: str = "span") -> str:
    return (f"<html><body><h1>Bridge closes</h1><p>{STORY} " + f"<{tag}>x " * depth
            + f"</p><p>{AFTER}</p><p>{END}</p></body></html>")


@pytest.mark.parametrize("tag", ["span", "font", "div", "b"])
@pytest.mark.parametrize("depth", [300, 5000])
def test_text_after_nesting_past_the_parser_limit_is_kept(tag, depth):
    article = newsparse.parse_html(deep_page(depth, tag))
    paragraphs = [p for s in article.body for p in s.paragraphs]
    assert AFTER in paragraphs
    assert paragraphs[-1] == END


def test_a_flattened_page_keeps_its_shallow_structure():
    markup = "<div><p>a</p>" + "<span>b" * 10 + "</span>" * 10 + "<br><img src=x></div>"
    assert dom.flattened(markup, 3) == "<div><p>a</p><span>b<span>bbbbbbbbb</span></span>" \
        "<br><img src=x></div>"
    # Raw text is no markup: the "<span>"s inside a script are not counted.
    script = "<p><script>var s = '" + "<span>" * 10 + "';</script>x</p>"
    assert dom.flattened(script, 2) == script


def test_deep_pages_parse_in_linear_time():
    assert_linear(lambda p: newsparse.parse_html(p), lambda n: deep_page(n), 400, "deep")


def test_the_fallback_gets_the_cleaned_page_cut_to_a_bound(monkeypatch):
    seen = []
    monkeypatch.setattr(fallback, "trafilatura_blocks", lambda html, url: seen.append(html) or [])
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(30000))
    page = (f"<html><head><script>{'var x = 1;' * 50000}</script></head>"
            f"<body><ul>{menu}</ul><p>Short teaser text here.</p></body></html>")
    newsparse.parse_html(page)  # too little text: the fallback is asked
    assert len(seen) == 1
    assert len(seen[0]) <= fallback.FALLBACK_CHARS < len(page)
    assert "var x" not in seen[0] and "Section 1</a>" in seen[0]


def test_the_fallback_reads_past_the_depth_limit_too():
    body = "<p>" + STORY + "</p>" + "<span>" * 3000 + "".join(f"<p>{AFTER} {i}</p>"
                                                              for i in range(6))
    page = f"<html><body><div class='x'>{body}</div></body></html>"
    import trafilatura

    assert AFTER not in (trafilatura.extract(page) or "")  # its own parse stops at the limit
    assert AFTER in trafilatura.extract(fallback.bounded_page(page))


# --- structured data is untrusted: type, depth and valid Unicode checked before use ---------

def _ld_page(ld: str) -> str:
    return (f"<html><head><script type='application/ld+json'>{ld}</script></head><body>"
            f"<article><h1>Bridge closes</h1><p>{STORY}</p><p>{AFTER}</p><p>{END}</p>"
            "</article></body></html>")


@pytest.mark.parametrize("ld", [
    "[" * 1000 + "]" * 1000,                                   # past the JSON parser's depth
    '{"@type": "NewsArticle", "x": ' + "[" * 900 + "]" * 900 + "}",  # parsed, then walked
    '{"a": ' * 1000 + "1" + "}" * 1000,
])
def test_json_ld_nested_a_thousand_deep_costs_nothing_but_itself(ld):
    article = newsparse.parse_html(_ld_page(ld))
    assert article.body[0].paragraphs[-1] == END
    assert orjson.loads(orjson.dumps(article))["title"] == "Bridge closes"


def test_a_lone_surrogate_in_json_ld_text_leaves_a_record_that_can_be_written():
    ld = ('{"@type": "NewsArticle", "headline": "Bridge closes \\ud83d", '
          '"author": {"@type": "Person", "name": "Ann \\ud83d Lee"}, "description": "x \\udc00"}')
    article = newsparse.parse_html(_ld_page(ld))
    record = orjson.loads(orjson.dumps(article))  # orjson refuses lone surrogates
    assert record["title"].startswith("Bridge closes")


def test_json_ld_values_of_the_wrong_type_are_passed_over():
    ld = ('{"@type": ["NewsArticle", 3], "headline": "Bridge closes", "author": [3, {"name": 5},'
          ' {"name": "Ann Lee"}], "datePublished": 7, "keywords": [1, "bridges"]}')
    article = newsparse.parse_html(_ld_page(ld))
    assert article.title == "Bridge closes"
    assert article.authors == ["Ann Lee"]
    assert article.published is None or isinstance(article.published, str)


def test_the_article_after_a_page_closed_early_is_read():
    # The template closes body and html, then the article follows (browsers read it into the
    # body; libxml2 makes it a second document element).
    page = (f"<html><head><title>Bridge closes</title></head><body><nav><a href='/'>Home</a>"
            f"</nav></body></html><html><body><article><h1>Bridge closes</h1><p>{STORY}</p>"
            f"<p>{AFTER}</p><p>{END}</p></article></body></html>")
    paragraphs = [p for s in newsparse.parse_html(page).body for p in s.paragraphs]
    assert paragraphs == [STORY, AFTER, END]


def test_many_closed_pages_are_adopted_in_linear_time():
    assert_linear(lambda page: dom.parse(page),
                  lambda n: "<p>x</p>" + "</body></html><html><body><p>y</p>" * n, 200)
