"""Author names read from the page's data fields (JSON-LD, meta tags) rather than from bylines."""

from __future__ import annotations

import json

import newsparse
from tests.htmlpages import report_paragraphs


def authors_of(head: str, byline: str = "") -> list[str]:
    page = (f"<html><head><title>Harbour plan</title>{head}</head><body><article>"
            f"<h1>Council backs the new harbour plan</h1>{byline}{report_paragraphs(6)}"
            f"</article></body></html>")
    return newsparse.parse_html(page).authors


def ld_author(author: dict) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Council backs the new harbour plan", "author": author}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_json_ld_name_keeps_its_last_word_even_when_it_reads_as_a_role():
    # In a visible byline "Ann Lee Editor" is a name and a label; a name field holds a name.
    head = ld_author({"@type": "Person", "name": "Harbour Watch Desk"})
    assert authors_of(head) == ["Harbour Watch Desk"]


def test_a_one_word_brand_in_a_name_field_stays_whole():
    head = ld_author({"@type": "Person", "name": "HarbourBuilder"})
    assert authors_of(head) == ["HarbourBuilder"]


def test_a_meta_author_with_an_inner_capital_stays_whole():
    assert authors_of('<meta name="author" content="Ann McLeodHarbour">') == [
        "Ann McLeodHarbour"]


def test_an_entity_escaped_twice_in_a_name_field_is_read_as_its_character():
    head = '<meta name="author" content="Ann Lee &amp;amp; Bo Ma">'
    assert authors_of(head) == ["Ann Lee", "Bo Ma"]


def test_a_login_in_the_author_tag_is_kept_when_no_byline_names_anyone():
    assert authors_of('<meta name="author" content="ann.lee">') == ["ann.lee"]


def test_a_login_in_the_author_tag_gives_way_to_the_visible_byline():
    head = ld_author({"@type": "Person", "name": "web.editor"})
    assert authors_of(head, '<p class="byline">By Ann Lee</p>') == ["Ann Lee"]
