"""Bylines the page marks by microdata or by a link to the writer's page, however few words."""

from __future__ import annotations

import newsparse
from tests.htmlpages import report_paragraphs


def authors_of(byline: str, after: bool = False) -> list[str]:
    head = "" if after else byline
    tail = byline if after else ""
    page = (f"<html><head><title>Harbour plan</title></head><body><article>"
            f"<h1>Council backs the new harbour plan</h1>{head}{report_paragraphs(6)}{tail}"
            f"</article></body></html>")
    return newsparse.parse_html(page).authors


def test_microdata_author_name():
    byline = ('<p>By <span itemprop="author" itemscope itemtype="http://schema.org/Person">'
              '<span itemprop="name">Ask the Doctors</span></span></p>')
    assert authors_of(byline) == ["Ask the Doctors"]


def test_a_microdata_author_box_with_a_bio_is_no_name():
    byline = ('<div itemprop="author">Ann Lee has written about harbours, ports and the sea '
              'for twenty years and lives by the water.</div>')
    assert authors_of(byline) == []


def test_a_one_word_writer_whose_page_spells_it():
    assert authors_of('<p>by <a href="/author/amanda/">Amanda</a> · Dec 20, 2025</p>') == \
        ["Amanda"]
    # The link's address must spell the word: a one-word link to a writer's page with
    # another slug is a menu entry ("Authors") more often than a name.
    assert authors_of('<p>by <a href="/author/ann-lee/">Staff</a></p>') == []


def test_a_contributor_page_link():
    byline = ('<p>By <a href="/magazine/contributor/a._j._neal">A. J. Neal</a> '
              'View In Digital Edition</p>')
    assert authors_of(byline) == ["A. J. Neal"]


def test_one_link_naming_two_writers_after_the_text():
    byline = ('<p>Written by <a href="/blog/author/moses-kim-and-kate-shokurova">'
              'Moses Kim and Kate Shokurova</a></p>')
    assert authors_of(byline, after=True) == ["Moses Kim", "Kate Shokurova"]


def test_a_byline_box_gives_way_to_its_by_line():
    # The box holds the writer's line and a share button: only the line names the writer.
    byline = ('<div class="byline-box"><p class="byline">By Ann Lee</p>'
              '<div class="share"><a href="#">Share</a></div></div>')
    assert authors_of(byline) == ["Ann Lee"]


def test_a_position_after_the_name_is_no_second_writer():
    byline = '<p class="byline">Written by: Ann Lee, Senior Analyst</p>'
    assert authors_of(byline) == ["Ann Lee"]


def test_posted_by_a_handle_on_a_date():
    byline = ('<span class="story-byline">Posted by <a href="/u/harbourfan">harbourfan</a> '
              'on Tuesday March 4, 2025 @10:15AM</span>')
    assert authors_of(byline) == ["harbourfan"]


def test_written_by_below_the_body():
    assert authors_of("<p>Written by Ann Lee</p>", after=True) == ["Ann Lee"]


def test_written_by_set_as_a_heading():
    assert authors_of("<h3>Written by Ann Lee</h3>", after=True) == ["Ann Lee"]


def test_a_bare_by_line_below_the_body_is_not_read_as_the_byline():
    assert authors_of("<p>By Royal Appointment</p>", after=True) == []


def test_a_contributors_label_before_the_name():
    # The line stands between the headline and the body, marked by no class.
    page = ("<html><body><main><h1>Council backs the new harbour plan</h1>"
            "<div><strong>Contributors:</strong> Ann Lee</div>"
            f"<article>{report_paragraphs(6)}</article></main></body></html>")
    assert newsparse.parse_html(page).authors == ["Ann Lee"]


def test_the_reviewer_after_the_writer_is_no_writer():
    byline = '<p class="byline">By Ann Lee, DVM. Reviewed by Bo Ma, DVM</p>'
    assert [a.rstrip(".") for a in authors_of(byline)] == ["Ann Lee, DVM"]
