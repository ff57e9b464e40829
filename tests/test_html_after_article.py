"""Boxes after the article's end that only their label calls related (after_article): found
when their shape is related reading's, skipped when it is a feed's or a tag row's."""

from __future__ import annotations

from newsparse import html as html_reading
from newsparse.html.after_article import newest_first

from .htmlpages import report_paragraphs


def _titles(after: str) -> list[list[str]]:
    # The box sits well past the article's own box, as page builders place it.
    html = (f"<html><body><div class='page'><div class='cols'><div class='main'><article><h1>"
            f"Council approves the roads budget</h1><div class='text'>{report_paragraphs(8)}"
            f"</div></article></div></div><div class='band'><div class='inner'><div class='grid'>"
            f"{after}</div></div></div></div></body></html>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/roads")
    return [[i.title for i in b.items] for b in blocks if b.hint == "related"]


def _cards(titles: list[str], stamps: list[str] | None = None) -> str:
    stamps = stamps or [""] * len(titles)
    return "".join(f"<div class='card'><a href='/s/{n}'>{t}</a><span>{s}</span></div>"
                   for n, (t, s) in enumerate(zip(titles, stamps, strict=True)))


# Related reading shares the article's topic: one headline names the council (see topics).
_HEADLINES = ["Bridge repairs will close the ring road for a month",
              "How the council pays for its new tram line", "Cyclists ask for safer junctions"]


def test_a_labelled_box_far_after_the_article_is_related():
    assert _titles(f"<div class='x'><h2>Mehr zum Thema</h2>{_cards(_HEADLINES)}</div>") == [
        _HEADLINES]


def test_the_innermost_labelled_box_is_the_widget_not_its_wrapper():
    html = (f"<div class='w'><div class='x'><h2>More on this story</h2>{_cards(_HEADLINES)}</div>"
            f"<div class='y'><a href='/shop'>Visit the council shop for maps and guides</a>"
            f"</div></div>")
    assert _titles(html) == [_HEADLINES]


def test_newest_posts_in_date_order_are_a_feed_whatever_the_label():
    stamps = ["February 27, 2026", "February 19, 2026", "February 12, 2026"]
    assert _titles(f"<div class='x'><h3>Read more</h3>{_cards(_HEADLINES, stamps)}</div>") == []


def test_dates_out_of_order_or_years_apart_are_no_feed():
    assert not newest_first("A 3 May 2021 B 19 Feb 2026 C 12 Feb 2026")
    assert not newest_first("A 27.02.2026 B 19.02.2025 C 12.02.2024")
    assert newest_first("A 2026-02-27 B 2026-02-19 C 2026-02-12")


def test_a_labelled_row_of_topic_tags_or_a_single_link_is_no_widget():
    tags = _cards(["Roads", "City council", "Trams"])
    one = _cards(_HEADLINES[:1])
    assert _titles(f"<div class='x'><h3>Related</h3>{tags}</div>"
                   f"<div class='z'><h3>See also</h3>{one}</div>") == []


def test_a_label_behind_a_decorative_square_is_read():
    titles = ["市議会が道路予算を可決した理由", "新しい路面電車の費用はだれが払うのか"]
    assert _titles("<div class='x'><p>■関連記事</p><ul>"
                   + "".join(f"<li><a href='/a/{n}'>{t}</a></li>" for n, t in enumerate(titles))
                   + "</ul></div>") == [titles]


def _dated_box(days: list[int]) -> str:
    links = "".join(f"<li><a href='/2026/03/{d:02d}/story-{d}/'>Council story number {d} in full"
                    f"</a></li>" for d in days)
    return f"<div class='related-posts'><h3>Related Posts</h3><ul>{links}</ul></div>"


def test_a_related_box_of_the_newest_posts_by_their_addresses_is_a_feed():
    assert _titles(_dated_box([19, 18, 18, 16, 14])) == []


def test_a_related_box_of_dated_stories_in_no_date_order_is_kept():
    assert _titles(_dated_box([4, 19, 11, 16])) == [
        [f"Council story number {d} in full" for d in (4, 19, 11, 16)]]


def test_a_wrapper_named_related_gives_only_its_labelled_box():
    links = "".join(f"<li><a href='/s/{n}'>{t}</a></li>" for n, t in enumerate(_HEADLINES))
    other = "".join(f"<li><a href='/o/{n}'>Another story of the day, number {n}</a></li>"
                    for n in range(3))
    html = (f"<html><body><article><h1>Council approves the roads budget</h1><div class='text'>"
            f"{report_paragraphs(8)}</div><div class='recommendations'><div class='slot'>"
            f"<h3>See also</h3><ul>{links}</ul></div><div class='slot'><ul>{other}</ul></div>"
            f"</div></article></body></html>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/roads")
    assert [[i.title for i in b.items] for b in blocks if b.hint == "related"] == [_HEADLINES]


def test_a_box_headed_by_a_writers_name_is_their_feed_not_related():
    links = "".join(f"<li><a href='/s/{n}'>{t}</a></li>" for n, t in enumerate(_HEADLINES))
    html = (f"<html><body><article><h1>Council approves the roads budget</h1><div class='text'>"
            f"{report_paragraphs(8)}</div><div class='related-box'><h3>Anna Berger</h3><ul>"
            f"{links}</ul></div></article></body></html>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/roads")
    assert [b for b in blocks if b.hint == "related"] == []


def test_a_related_box_of_headlines_on_other_topics_only_is_not_related():
    other = ["Celebrity chef opens a seaside restaurant", "Ten gadgets worth buying this spring",
             "Storm warning issued for mountain villages"]
    assert _titles(f"<div class='x'><h2>Read more</h2>{_cards(other)}</div>") == []
    # One headline on the article's topic makes it the article's reading.
    mixed = other[:2] + ["Budget vote: what the roads plan costs"]
    assert _titles(f"<div class='x'><h2>Read more</h2>{_cards(mixed)}</div>") == [mixed]


def _under_linked_heading(href: str, name: str) -> list[list[str]]:
    head = f"<div class='head'><h3><a href='{href}'>{name}</a></h3></div>"
    return _titles(f"<div class='x'>{head}<div class='list'>{_cards(_HEADLINES)}</div></div>")


def test_a_box_headed_by_its_topic_pages_link_lists_that_topics_stories():
    assert _under_linked_heading("/topic/city-roads", "City roads") == [_HEADLINES]
    # A heading that links anywhere else is a section's front page, not a label.
    assert _under_linked_heading("/local", "City roads") == []


def test_a_box_never_lists_the_page_it_sits_in():
    # The site's list of the day's stories holds the article itself: that link is no reading.
    own = "<div class='card'><a href='https://example.org/news/roads?ref=box#top'>Council " \
          "approves the roads budget</a></div>"
    assert _titles(f"<div class='x'><h2>More on this story</h2>{own}{_cards(_HEADLINES)}"
                   f"</div>") == [_HEADLINES]


def _boxes(box: str) -> list[tuple[str | None, list[str]]]:
    html = (f"<html><body><article><h1>Council approves the roads budget</h1><div class='text'>"
            f"{report_paragraphs(8)}</div>{box}</article></body></html>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/roads")
    return [(b.label, [i.title for i in b.items]) for b in blocks if b.hint == "related"]


def test_a_linked_heading_over_the_boxs_list_is_its_label_not_a_story():
    links = "".join(f"<li><a href='/city/s-{n}'>{t}</a></li>" for n, t in enumerate(_HEADLINES))
    box = ("<div class='related'><a href='/city/roads-and-transport/'><h2>{}</h2></a>"
           "<ul>{}</ul></div>")
    assert _boxes(box.format("More on roads and transport", links)) == [
        ("More on roads and transport", _HEADLINES)]
    # Named a feed by that heading ("<section> Latest Articles"), it is the section's feed.
    assert _boxes(box.format("City Latest Articles", links)) == []


def test_a_link_named_by_its_address_is_a_section_front_not_a_story():
    section = "<div class='card'><a href='/news/south-africa/local-news/'>Local News</a></div>"
    assert _titles(f"<div class='x'><h2>More on this story</h2>{section}{_cards(_HEADLINES)}"
                   f"</div>") == [_HEADLINES]
    # A short headline whose address is a story's (it has the story's number) stays.
    story = "<div class='card'><a href='/news/2026/road-works'>Road works</a></div>"
    assert _titles(f"<div class='x'><h2>More on this story</h2>{story}{_cards(_HEADLINES)}"
                   f"</div>") == [["Road works", *_HEADLINES]]


def test_a_heading_linking_to_the_articles_own_section_labels_that_sections_box():
    assert _under_linked_heading("/news/", "News") == [_HEADLINES]
    # The site's front page is no section of the article.
    assert _under_linked_heading("/", "News") == []


def test_links_tracked_as_the_sites_popular_list_are_a_feed_whatever_the_label():
    cards = "".join(f"<div class='card'><a href='/s/{n}#intcid=recirc_popular-{n}'>{t}</a></div>"
                    for n, t in enumerate(_HEADLINES))
    assert _titles(f"<div class='x'><h2>More on this story</h2>{cards}</div>") == []
    # Tracking that names no feed says nothing of the box.
    plain = cards.replace("popular", "box")
    assert _titles(f"<div class='x'><h2>More on this story</h2>{plain}</div>") == [_HEADLINES]


def test_a_box_of_posts_stamped_hours_ago_is_the_sites_newest_whatever_the_label():
    stamps = ["2 hours ago", "5 hours ago", "9 hours ago"]
    assert _titles(f"<div class='x'><h2>More on this story</h2>{_cards(_HEADLINES, stamps)}"
                   f"</div>") == []
    # Stamped with days, in no feed's order, the box is the article's reading.
    days = ["3 May 2021", "19 Feb 2026", "12 Jan 2024"]
    assert _titles(f"<div class='x'><h2>More on this story</h2>{_cards(_HEADLINES, days)}"
                   f"</div>") == [_HEADLINES]


def test_a_labelled_box_past_the_sites_footer_is_the_sites_not_the_articles():
    box = f"<div class='x'><h2>More on this story</h2>{_cards(_HEADLINES)}</div>"
    html = (f"<html><body><main><article><h1>Council approves the roads budget</h1>"
            f"<div class='text'>{report_paragraphs(8)}</div></article></main>"
            f"<div class='band'>{box}</div><footer><a href='/imprint'>Imprint</a></footer>"
            f"<div class='band'>{box.replace('/s/', '/t/')}</div></body></html>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/roads")
    assert [[i.url for i in b.items] for b in blocks if b.hint == "related"] == [
        [f"https://example.org/s/{n}" for n in range(3)]]


def test_a_link_that_ends_in_a_full_stop_is_a_pitch_not_a_headline():
    pitch = "<div class='card'><a href='/newsletter'>Our briefing tells you what the council " \
            "decides each week.</a></div>"
    assert _titles(f"<div class='x'><h2>More on this story</h2>{pitch}{_cards(_HEADLINES)}"
                   f"</div>") == [_HEADLINES]


def test_links_tracked_as_the_pages_side_rail_are_the_sites_not_the_articles():
    cards = "".join(f"<div class='card'><a href='/s/{n}?ceid=article-rt-rail'>{t}</a></div>"
                    for n, t in enumerate(_HEADLINES))
    assert _titles(f"<div class='x'><h2>More on this story</h2>{cards}</div>") == []


def test_a_shops_product_pages_are_no_items_of_a_related_box():
    shop = "<div class='card'><a href='/product/road-atlas-2026'>The 2026 road atlas of the " \
           "county</a></div>"
    assert _titles(f"<div class='x'><h2>More on this story</h2>{_cards(_HEADLINES)}{shop}"
                   f"</div>") == [_HEADLINES]
