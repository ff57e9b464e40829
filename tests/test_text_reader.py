"""Markdown as reader services write it: a "Title: / URL Source: / Published Time:" header
over the page's Markdown, a "By" line under the title, "PLACE -- " datelines."""

from __future__ import annotations

import newsparse
from newsparse.text.datelines import match_wire_dateline
from newsparse.text.markdown import reader_header

READER = """Title: City council approves new budget

URL Source: https://example.com/news/budget

Published Time: 2024-05-01T10:00:00Z

Markdown Content:
City council approves new budget
===============

By [Jane Doe](https://example.com/authors/jane-doe)

BERLIN -- The city council approved a new budget on Tuesday after a long debate about
schools and roads.

The vote was 31 to 12. Opposition members said the plan cuts too much from public transport.

## What changes

Bus fares rise by ten percent from July, and two tram lines close at night.
"""


def test_the_reader_header_gives_title_url_and_published_not_body():
    article = newsparse.parse_text(READER)
    assert article.title == "City council approves new budget"
    assert article.source.url == "https://example.com/news/budget"
    assert article.published == "2024-05-01T10:00:00Z"
    assert article.authors == ["Jane Doe"]
    assert article.dateline.place == "BERLIN" and article.dateline.raw == "BERLIN --"
    assert [(s.heading, s.paragraphs) for s in article.body] == [
        (None, ["The city council approved a new budget on Tuesday after a long debate about"
                " schools and roads.",
                "The vote was 31 to 12. Opposition members said the plan cuts too much from"
                " public transport."]),
        ("What changes", ["Bus fares rise by ten percent from July, and two tram lines close"
                          " at night."]),
    ]


def test_a_url_given_by_the_caller_wins_over_the_header():
    assert newsparse.parse_text(READER, url="https://example.org/x").source.url == \
        "https://example.org/x"


def test_an_email_style_published_time_is_read_as_iso():
    text = READER.replace("2024-05-01T10:00:00Z", "Wed, 01 May 2024 10:00:00 GMT")
    assert newsparse.parse_text(text).published == "2024-05-01T10:00:00+00:00"


def test_text_that_only_starts_like_a_header_is_text():
    text = "Title: a play in three acts\n\nThe company opened its season on Friday."
    assert reader_header(text) == ({}, text)
    # Prose above the marker: not a header either.
    prose = "Title: x\nThe company opened its season on Friday with a new play.\n" \
            "Markdown Content:\nBody."
    assert reader_header(prose) == ({}, prose)


def test_a_plain_by_line_under_the_title_is_the_byline():
    article = newsparse.parse_text("Council votes\n\nBy Jane Doe and Tom Roe\n\n"
                                   "The council voted on Tuesday to close the bridge.")
    assert article.authors == ["Jane Doe", "Tom Roe"]
    assert article.body[0].heading is None


def test_a_double_hyphen_after_the_place_is_a_dateline():
    found = match_wire_dateline("BERLIN -- The city council approved the budget.")
    assert found is not None and found[0].place == "BERLIN"
    assert found[1] == "The city council approved the budget."
    # A single hyphen stays too weak a sign on its own ("WORD - text").
    assert match_wire_dateline("BERLIN - The city council approved the budget.") is None
