"""Related widgets around an article's end, on small hand-written pages: a theme's related-posts
block after the <article>, the site's feeds that are no related reading (widgets-guidelines)."""

from __future__ import annotations

import pytest

from newsparse import html as html_reading

from .htmlpages import report_paragraphs


def _titles(html: str) -> list[list[str]]:
    blocks, _ = html_reading.extract(html, "https://example.org/news/roads")
    return [[i.title for i in b.items] for b in blocks if b.hint == "related"]


def _links(n: int, start: int = 0) -> str:
    return "".join(f"<li><a href='/s/story-{i}'>Council story number {i} in full</a></li>"
                   for i in range(start, start + n))


def _page(after: str, inside: str = "") -> str:
    return (f"<html><body><div id='page'><main><article><h1>Council approves the roads budget"
            f"</h1><div class='entry-content'>{report_paragraphs(8)}</div>{inside}</article>"
            f"{after}</main></div><footer><ul>{_links(3, 90)}</ul></footer></body></html>")


def test_related_posts_after_the_article_box_are_found():
    html = _page(f"<div class='related-posts-container'><h3>Related Posts</h3><ul>{_links(3)}"
                 f"</ul></div>")
    assert _titles(html) == [[f"Council story number {i} in full" for i in range(3)]]


def test_a_long_recommendation_feed_after_the_article_is_no_related_box():
    html = _page(f"<div class='related-feed'><h3>Recommended</h3><ul>{_links(30)}</ul></div>")
    assert _titles(html) == []


def test_a_box_past_the_article_that_only_its_label_calls_related_is_found():
    html = _page(f"<div class='teasers'><h3>Read also</h3><ul>{_links(3)}</ul></div>")
    assert _titles(html) == [[f"Council story number {i} in full" for i in range(3)]]


def test_most_read_and_latest_news_are_feeds_not_related():
    inside = (f"<div class='related-box'><h3>Most read</h3><ul>{_links(4)}</ul></div>"
              f"<div class='relatedlinks'><h3>Latest news</h3><ul>{_links(4, 10)}</ul></div>")
    html = _page("", inside)
    assert _titles(html) == []
    blocks, _ = html_reading.extract(html, "https://example.org/news/roads")
    assert not any("Council story number" in b.text for b in blocks)  # nor body text


def test_latest_on_a_topic_is_related():
    inside = f"<div class='related-box'><h3>Latest on: Roads</h3><ul>{_links(2)}</ul></div>"
    assert _titles(_page("", inside)) == [[f"Council story number {i} in full"
                                           for i in range(2)]]


def _in_body(body: str):
    html = (f"<html><body><article><h1>Council approves the roads budget</h1>"
            f"{report_paragraphs(4)}{body}{report_paragraphs(4, 4)}</article></body></html>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/roads")
    return [b for b in blocks if b.hint == "related"], [b.text for b in blocks
                                                        if b.hint == "paragraph"]


def test_a_bracketed_also_read_line_is_a_widget_with_its_label():
    [rel], paras = _in_body("<p><strong>[ Also read <a href='/s/remote'>Remote work: three "
                            "benefits and the risks</a>. ]</strong></p>")
    assert (rel.label, [i.title for i in rel.items]) == (
        "Also read", ["Remote work: three benefits and the risks"])
    assert not any("Remote work" in p for p in paras)


def test_read_more_about_line_is_a_widget():
    [rel], _ = _in_body("<ul><li>Read more about <a href='/s/calories'>how many calories you "
                        "should eat a day</a>.</li></ul>")
    assert [i.title for i in rel.items] == ["how many calories you should eat a day"]


def test_a_link_inside_a_sentence_is_body_text():
    rels, paras = _in_body("<p>The council said you can read more about the plan in "
                           "<a href='/s/plan'>its own summary of the roads budget</a> online.</p>")
    assert rels == []


def test_a_list_of_topic_lines_is_one_widget():
    [rel], paras = _in_body(
        "<ul><li><strong>Drones:</strong> <a href='/s/d'>Hidden in the country? Experts warn</a>"
        "</li><li><strong>Hackers: </strong><a href='/s/h'>The tricks used to fool users</a></li>"
        "<li><strong>A pretext?</strong> <a href='/s/p'>What the new council law allows</a></li>"
        "</ul>")
    assert [i.title for i in rel.items] == ["Hidden in the country? Experts warn",
                                            "The tricks used to fool users",
                                            "What the new council law allows"]
    assert not any("Experts warn" in p for p in paras)


def test_a_glossary_of_bold_terms_with_links_stays_in_the_body():
    rels, _ = _in_body("<ul><li><b>Congestion levy</b> <a href='/g/levy'>a road charge</a></li>"
                       "<li><b>Bridge toll</b> <a href='/g/toll'>a bridge fee</a></li></ul>")
    assert rels == []


def test_topic_tag_rows_and_ad_slots_are_not_related():
    inside = (f"<div class='related-box'><h3>Related Topics</h3><ul>{_links(3)}</ul></div>"
              f"<div class='related-box'><h3>Anzeige</h3><ul>{_links(3, 10)}</ul></div>")
    assert _titles(_page("", inside)) == []


def test_a_link_to_a_storys_comments_is_no_item():
    inside = (f"<div class='related-box'><h3>Related</h3><ul>{_links(2)}<li><a href="
              f"'/s/story-0#comments'>7 comments</a></li></ul></div>")
    assert _titles(_page("", inside)) == [[f"Council story number {i} in full"
                                           for i in range(2)]]


def test_link_lines_under_a_related_heading_are_its_items():
    [rel], paras = _in_body(
        "<h4>Related Articles:</h4><p><a href='/s/ux'>Mobile UX best practices</a></p>"
        "<p><a href='/s/design'>Ten best app design practices</a></p>")
    assert rel.label == "Related Articles:"
    assert [i.title for i in rel.items] == ["Mobile UX best practices",
                                            "Ten best app design practices"]


def test_a_bracketed_link_line_is_a_related_line_and_a_lone_link_is_dropped():
    rels, paras = _in_body(
        "<p>(<a href='/s/fit'><i>Scientists find the one fitness habit that matters</i></a>.)"
        "</p><p><a href='/s/other'>A teaser link to another story on the site</a></p>")
    assert [[i.title for i in r.items] for r in rels] == [
        ["Scientists find the one fitness habit that matters"]]
    assert rels[0].label is None
    assert not any("teaser link" in p for p in paras)


@pytest.mark.parametrize("link", [
    "<a href='/s/all'>See all Academy Articles</a>", "<a href='/news'>Mehr News</a>",
    "<a href='/ads/1'>Sponsored</a>", "<a href='/s/learn'>Learn More</a>",
    "<a href='/jobs/7'>Expert*in für IT-Architektur (m/w/d)</a>",
    "<a href='/politik/thema/donald-trump'>Donald Trump</a>",
    "<a href='/blog/category/ux-design/'>UX design</a>",
])
def test_listing_links_badges_and_job_ads_are_no_items(link):
    inside = f"<div class='related-box'><h3>Related</h3><ul>{_links(2)}<li>{link}</li></ul></div>"
    assert _titles(_page("", inside)) == [[f"Council story number {i} in full"
                                           for i in range(2)]]


@pytest.mark.parametrize("label", ["Related Posts", "関連記事", "Die Redaktion empfiehlt",
                                   "La rédaction vous conseille", "Powiązane", "Keep reading"])
def test_related_box_labels_in_more_words_and_languages(label):
    inside = f"<div class='box'><h3>{label}</h3><p>{_links(2).replace('li>', 'span>')}</p></div>"
    blocks, _ = html_reading.extract(_page("", inside), "https://example.org/news/roads")
    [rel] = [b for b in blocks if b.hint == "related"]
    assert rel.label == label
    assert [i.title for i in rel.items] == [f"Council story number {i} in full" for i in range(2)]


def test_a_teaser_card_between_paragraphs_is_a_one_item_widget():
    [rel], paras = _in_body("<article class='preview'><a href='/s/card'><img src='c.jpg'>"
                            "<h3>Police hunt the van seen at the bridge</h3></a></article>")
    assert (rel.label, [i.title for i in rel.items]) == (
        None, ["Police hunt the van seen at the bridge"])


_GRID_HEADLINES = ["Police hunt the van seen at the bridge", "Council delays the vote on bus fares",
                   "Flood defences to be raised by a metre"]


def test_a_row_of_headline_cards_between_paragraphs_is_one_widget():
    cards = "".join(f"<div class='card'><div><a href='/s/{n}'><div><div><h2>{t}</h2></div></div>"
                    f"</a></div></div>" for n, t in enumerate(_GRID_HEADLINES))
    [rel], paras = _in_body(f"<div class='block'><div class='grid'>{cards}</div></div>")
    assert (rel.label, [i.title for i in rel.items]) == (None, _GRID_HEADLINES)
    # Cards with their own words beside the links are the article's, not a row of teasers.
    blurbs = cards.replace("</a>", "</a><p>The article goes on here with a sentence of its "
                                   "own about the bridge and the van that was seen there.</p>")
    rels, _ = _in_body(f"<div class='block'><div class='grid'>{blurbs}</div></div>")
    assert rels == []


def test_a_sponsored_card_is_no_related_item():
    rels, _ = _in_body("<article class='preview'><a href='/ad/1'><span>Annonsørinnhold</span>"
                       "<h3>Save on your heating bill this winter</h3></a></article>")
    assert rels == []


def test_a_bold_capitalised_link_line_is_a_related_line_and_an_app_promotion_is_not():
    rels, _ = _in_body("<p><strong><a href='/s/caps'>CHINA OPENED POLICE STATIONS IN THE CITY"
                       "</a></strong></p><p><strong><a href='/apps'>CLICK HERE TO GET THE NEWS "
                       "APP</a></strong></p>")
    assert [[i.title for i in r.items] for r in rels] == [
        ["CHINA OPENED POLICE STATIONS IN THE CITY"]]


def test_a_box_of_cards_with_linked_pictures_is_a_widget_not_a_photo():
    [rel], paras = _in_body(
        "<p>More on the protest is in our live blog:</p>"
        "<div class='box'><div class='teaser'><div class='linklist'><ul><li><a href='/s/vigil'>"
        "<picture><img src='v.jpg' width='192' height='108'></picture><span>Vigil at the "
        "parliament lasts a whole day</span> <strong>more</strong></a></li></ul></div></div>"
        "</div>")
    assert rel.label == "More on the protest is in our live blog:"
    assert [i.title for i in rel.items] == ["Vigil at the parliament lasts a whole day"]
    assert not any("live blog" in p for p in paras)


def test_a_photo_linked_to_its_gallery_keeps_its_caption_out_of_the_body():
    rels, paras = _in_body("<div class='photo'><a href='/gallery/7'><img src='p.jpg' "
                           "width='600' height='400'></a><p>The bridge at dawn</p></div>")
    assert rels == [] and "The bridge at dawn" not in paras


def test_relative_item_links_resolve_against_the_pages_base_href():
    html = _page("", "<div class='related-box'><h3>Related</h3><ul><li><a href='people/the-ceo-"
                     "sues-the-bank'>The chief executive sues the bank</a></li></ul></div>")
    html = html.replace("<html>", "<html><head><base href='/'></head>")
    blocks, _ = html_reading.extract(html, "https://example.org/people/the-board-meets")
    [rel] = [b for b in blocks if b.hint == "related"]
    assert [i.url for i in rel.items] == ["https://example.org/people/the-ceo-sues-the-bank"]
