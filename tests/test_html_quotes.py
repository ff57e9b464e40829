"""Pull quotes in HTML, one markup shape per test (widgets-guidelines: what counts as a callout),
on small hand-written pages; and the in-text quotations that are not callouts."""

from __future__ import annotations

import pytest

from newsparse import html as html_reading
from newsparse.html.quote_source import split_speaker

from .htmlpages import article_page


def _quotes(body: str):
    blocks, _ = html_reading.extract(article_page(body))
    return [b for b in blocks if b.hint == "quote"], [b.text for b in blocks
                                                       if b.hint == "paragraph"]


def _one(body: str):
    quotes, paras = _quotes(body)
    assert len(quotes) == 1, quotes
    return quotes[0], paras


def test_figure_with_portrait_and_social_link_in_the_caption():
    q, paras = _one(
        "<figure class='Quote_component__x1'><div aria-hidden='true' class='avatar'>"
        "<img src='p.jpg' width='100' height='100' alt=''></div><div class='content'>"
        "<blockquote><p>Parking fees will pay for the new buses.</p></blockquote>"
        "<figcaption><span><a href='https://www.linkedin.com/in/someone/'>LinkedIn</a></span>"
        "<strong>Ada Brook, </strong><span>Head of Transport, </span>"
        "<span><a href='https://city.example/'>City Council</a></span></figcaption></div></figure>")
    assert q.text == "Parking fees will pay for the new buses."
    assert (q.speaker, q.role) == ("Ada Brook", "Head of Transport, City Council")
    assert not any("Parking fees" in p for p in paras)


def test_a_product_photo_box_with_a_callout_class_is_no_quote():
    quotes, _ = _quotes("<div class='callout'><img src='kettle.jpg' width='600' height='400'>"
                        "<p>“The best kettle we tested this year.”</p></div>")
    assert quotes == []


def test_bold_name_then_dash_and_role_in_cite():
    q, _ = _one("<blockquote class='wp-block-quote'><p>Search is both an art and a science.</p>"
                "<cite><strong>Alex Moss</strong> – Principal at Example</cite></blockquote>")
    assert (q.speaker, q.role) == ("Alex Moss", "Principal at Example")


def test_classed_name_and_job_elements():
    q, _ = _one("<aside class='pull_quote'><blockquote>Every industry will change.</blockquote>"
                "<span class='credit'><strong class='pq--name'>Ana Ruiz</strong> "
                "<span class='pq--job'>Professor of Computing</span></span>"
                "<div class='share'><button>Share</button></div></aside>")
    assert (q.speaker, q.role) == ("Ana Ruiz", "Professor of Computing")


def test_name_div_followed_by_a_title_div():
    q, _ = _one("<div class='quote'><blockquote class='quote-card'><div class='card-desc'>"
                "\"Find the books that make you want to talk to others.\"</div>"
                "<div class='card-name'>Cary Stone</div><div class='card-title'>Museum President"
                "</div></blockquote></div>")
    assert q.text == "Find the books that make you want to talk to others."
    assert (q.speaker, q.role) == ("Cary Stone", "Museum President")


def test_cite_name_and_a_role_line_in_the_figcaption():
    q, _ = _one("<figure class='pull-quote'><blockquote>The tool should fit how people buy."
                "</blockquote><figcaption><cite>Ben Zell</cite><div>Founder, Zell Digital</div>"
                "</figcaption></figure>")
    assert (q.speaker, q.role) == ("Ben Zell", "Founder, Zell Digital")


def test_bare_name_then_classed_role_in_the_caption():
    q, _ = _one("<figure class='pullquote-testimonial'><blockquote><p>Join local groups.</p>"
                "</blockquote><div class='author-container'><div class='author-image'>"
                "<img src='a.jpg' width='64' height='64'></div><figcaption class='author'>"
                "Chris Hodge <span class='title'>Clearview Washing</span></figcaption></div>"
                "</figure>")
    assert (q.speaker, q.role) == ("Chris Hodge", "Clearview Washing")


def test_signature_paragraph_closing_a_plain_blockquote():
    q, paras = _one("<blockquote><p>“We are finding tangible ways to use the new tools.”</p>"
                    "<p>Dana Mill, CEO of Shopmart (during the <a href='/call'>Q2 call</a>)</p>"
                    "</blockquote>")
    assert q.text == "We are finding tangible ways to use the new tools."
    assert (q.speaker, q.role) == ("Dana Mill", "CEO of Shopmart, during the Q2 call")


def test_a_paragraph_of_one_quotation_and_its_dash_attribution():
    q, paras = _one("<p><span>“The bicycle has done more for freedom than anything else.”</span>"
                    " <em>— Susan Bright, campaigner</em></p>")
    assert q.text == "The bicycle has done more for freedom than anything else."
    assert (q.speaker, q.role) == ("Susan Bright", "campaigner")
    assert not any("bicycle" in p for p in paras)


def test_a_quoted_teaser_link_is_no_quote():
    quotes, _ = _quotes("<p><a href='/offline'>“Please Reconnect” — Offline UX in Apps</a></p>")
    assert quotes == []


def test_camel_case_quote_class():
    q, _ = _one("<p class='Text ArticleContent__simpleQuote'>“Good design is honest design, "
                "and it shows.” – Dieter Example</p>")
    assert (q.text, q.speaker) == ("Good design is honest design, and it shows.", "Dieter Example")


def test_aria_hidden_pull_quote_counts():
    q, _ = _one("<aside class='pullquote' aria-hidden='true'><p>The river will be clean again."
                "</p><footer>— Mara Lind, mayor</footer></aside>")
    assert (q.text, q.speaker, q.role) == ("The river will be clean again.", "Mara Lind", "mayor")


def test_plain_blockquote_repeating_a_body_sentence_is_a_pull_quote():
    sentence = "Precision is what we do, and in healthcare we cannot afford vague answers."
    q, paras = _one(f"<p>The team said it plainly. {sentence} Then it got to work.</p>"
                    f"<blockquote>{sentence}</blockquote><p>The results came a year later and "
                    f"were published in full.</p>")
    assert (q.text, q.speaker) == (sentence, None)
    assert any(sentence in p for p in paras)  # the body keeps its own copy


def test_plain_blockquote_closing_a_section_is_a_pull_quote():
    q, _ = _one("<p>Short videos are the fastest-growing format of all.</p><blockquote><small>"
                "In under sixty seconds, a short video makes a connection.</small></blockquote>"
                "<h2>Planning your videos</h2>")
    assert q.text == "In under sixty seconds, a short video makes a connection."


def test_a_quotation_introduced_by_a_colon_stays_in_the_text():
    quotes, paras = _quotes("<p>The letter from the ministry reads:</p><blockquote>We regret "
                            "that the funds cannot be released this year.</blockquote>"
                            "<h2>What comes next</h2>")
    assert quotes == []
    assert "We regret that the funds cannot be released this year." in paras


def test_a_quotation_discussed_after_it_stays_in_the_text():
    quotes, paras = _quotes("<blockquote><p>The budget is ambitious but realistic and safe for "
                            "public finances.</p></blockquote><p>So the ministry judged its own "
                            "plan in a statement on Tuesday.</p>")
    assert quotes == []


@pytest.mark.parametrize("box", [
    "<blockquote><strong>Note: </strong>The platform holds more than 200,000 courses.</blockquote>",
    "<blockquote><strong>User review</strong>: <em>“I love the live chat.”</em> — Kim B., "
    "Content Creator</blockquote>",
    "<div class='callout'><div class='callout_text'><p>So it is no surprise the brews were "
    "perfectly extracted.</p></div></div>",
    "<blockquote class='wp-block-quote'><p><strong>Hyperscalers are the biggest buyers</strong>"
    "</p></blockquote>",
])
def test_notes_reviews_highlights_and_headings_are_no_pull_quotes(box):
    quotes, _ = _quotes(box)
    assert quotes == []


@pytest.mark.parametrize("who, expected", [
    ("Jane Doe, mayor of Springfield", ("Jane Doe", "mayor of Springfield")),
    ("Alex Moss – Principal SEO", ("Alex Moss", "Principal SEO")),
    ("Alexander B. Nic, M.D., Ph.D. (writing in the News)",
     ("Alexander B. Nic, M.D., Ph.D.", "writing in the News")),
    ("Jean-Luc Picard", ("Jean-Luc Picard", None)),
])
def test_split_speaker(who, expected):
    assert split_speaker(who) == expected


def test_attributed_blockquotes_the_text_introduces_are_running_text():
    body = ("<p>People love that it simply works, and they say so:</p>"
            "<blockquote><p>\u201cIf it compiles it usually runs, and I am not used to that.\u201d"
            " -- Senior engineer at a car maker</p></blockquote>"
            "<blockquote><p>\u201cIt has your back, so you sleep better at night.\u201d"
            " -- Consultant and framework developer</p></blockquote>")
    quotes, paragraphs = _quotes(body)
    assert quotes == []
    assert any("If it compiles" in p for p in paragraphs)


def test_an_introduced_blockquote_dressed_with_a_quote_mark_picture_is_set_apart():
    body = ("<p>One number sums it up:</p><blockquote><img src='/quote-mark.svg' alt=''>"
            "<p>\u201cThe average app loses most of its users within three days.\u201d \u2014 "
            "Andrew Chen</p></blockquote>")
    quote, _ = _one(body)
    assert quote.speaker == "Andrew Chen"


def test_the_blockquote_holders_found_once_give_what_searching_each_box_gives():
    from newsparse.html.dom import parse
    from newsparse.html.quotes import pull_quote, quote_holders

    tree = parse("<html><body><div><section><blockquote class='pullquote'><p>We will rebuild "
                 "the bridge by spring, whatever it costs the city.</p><cite>Anna Berg, mayor"
                 "</cite></blockquote></section><div><blockquote class='twitter-tweet'><p>Live "
                 "from the bridge</p></blockquote></div><aside><p>No quote here at all.</p>"
                 "</aside></div></body></html>")
    holders = quote_holders(tree)
    for el in tree.iter("div", "section", "aside", "blockquote"):
        assert pull_quote(el, None, holders) == pull_quote(el)
    assert tree.find(".//section") in holders and tree.find(".//aside") not in holders


def test_every_box_of_a_deep_nest_of_quotes_is_a_holder_when_each_is_added_once():
    from newsparse.html.dom import parse
    from newsparse.html.quotes import quote_holders

    # 200 levels of boxes, each holding a quote: every box is a holder, each counted once.
    tree = parse("<html><body>" + "<div><blockquote>q</blockquote>" * 200 + "</div>" * 200
                 + "</body></html>")
    boxes = list(tree.iter("div"))
    assert len(boxes) == 200 and set(boxes) <= quote_holders(tree)
