"""Related item titles from teaser cards: the headline alone (widgets-guidelines), whatever
else the card's link holds."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsparse.html.link_titles import link_title
from newsparse.html.related import related


def _a(markup: str):
    return lxml_html.fragment_fromstring(markup)


@pytest.mark.parametrize("markup, title", [
    # a time stamp and a reading time set before the headline
    ("<a href='/s/1'><div><div class='rubrik'> 11:05 Uhr </div><div class='readtime'>4 min."
     "</div></div><div class='card-text'>Party in turmoil over its exit plan</div></a>",
     "Party in turmoil over its exit plan"),
    # a note for screen readers, a kicker, a date and a badge around a classed title
    ("<a href='/s/2'><span class='h-offscreen'>Link to a related article:</span><div>"
     "<p class='teaser__kicker'>War in the Middle East</p><p class='teaser__title'>Iran "
     "explains the seizure of the ship</p><span class='teaser-info'>15.04.2024</span>"
     "<span class='teaser-info'>With video</span></div></a>",
     "Iran explains the seizure of the ship"),
    # a headline and its blurb
    ("<a href='/s/3'><div><div class='font-semibold'>The Life of a Patterned Skull</div>"
     "<div class='line-clamp-3'>An artist collages animal skulls and has plenty to say.</div>"
     "</div></a>", "The Life of a Patterned Skull"),
    # the link's title attribute names the headline the card shows beside an icon label
    ("<a href='/s/4' title='The faces of the political prisoners'><div><svg><title>PLUS"
     "</title></svg></div><span>Repression</span> <span>The faces of the political prisoners"
     "</span></a>", "The faces of the political prisoners"),
    # a plain link is its text
    ("<a href='/s/5'>Roads plan explained</a>", "Roads plan explained"),
])
def test_card_headline(markup, title):
    assert link_title(_a(markup)) == title


def test_picture_link_and_headline_link_to_one_story_give_the_headline():
    box = _a("<div class='related-articles'><h3>Related</h3><div class='card'><a href='/s/9'>"
             "<img src='x.jpg'><div class='image-credit'>Jane Roe / Agency</div></a>"
             "<h3><a href='/s/9'>Is the new drug safe? What doctors say</a></h3></div>"
             "<div class='card'><a href='/s/10'>A second story on the same topic</a></div></div>")
    block = related(box, "https://example.org/")
    assert [i.title for i in block.items] == ["Is the new drug safe? What doctors say",
                                              "A second story on the same topic"]


def test_a_headline_with_inline_markup_keeps_its_last_word():
    assert link_title(_a("<a href='/s/6'><b>Mayor</b> resigns after the <i>vote</i></a>")) == \
        "Mayor resigns after the vote"


def test_a_heading_group_gives_its_headline_not_its_kicker():
    a = _a("<a href='/s/1'><img src='p.jpg' alt='picture'><hgroup><div class='head1'>Roads"
           "</div><div class='head2'>Council approves the new roads budget</div></hgroup></a>")
    assert link_title(a) == "Council approves the new roads budget"
