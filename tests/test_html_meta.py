"""html.meta and html.authors: the small pure pieces behind title, author and date picking."""

from __future__ import annotations

import pytest

from newsparse.html import authors
from newsparse.html import meta as hm
from newsparse.pipeline import parse_html

from .htmlpages import report_paragraphs


@pytest.mark.parametrize("byline, names", [
    ("By Ann Lee and Bo Ma", ["Ann Lee", "Bo Ma"]),
    ("Von Anna Sleegers, Frankfurt", ["Anna Sleegers"]),  # a place after the comma
    ("Felix Schröder, Jörg Soldwisch, dpa", ["Felix Schröder", "Jörg Soldwisch", "dpa"]),
    ("Par Claire Dupont et Marc Petit", ["Claire Dupont", "Marc Petit"]),
    ("Lee, Ann", ["Ann Lee"]),  # surname first
    ("Elena Oberholzer (obe)", ["Elena Oberholzer"]),
    ("d.kuckelkorn@example.org", []),
    ("By Dana Whitfield · September 12, 2024", ["Dana Whitfield"]),
    # What the page's furniture sets beside a name: a role, glued on or not, a "Follow"
    # button, the weekday of the date, a hidden copy of the name.
    ("Holger Zschäpitz Leitender Wirtschaftsredakteur", ["Holger Zschäpitz"]),
    ("Ulrich ExnerKorrespondent", ["Ulrich Exner"]),
    ("Mary McCarthy Senior Correspondent", ["Mary McCarthy"]),
    ("Victoria O’Regan Follow", ["Victoria O’Regan"]),
    ("Yiswaree Palansamy Friday", ["Yiswaree Palansamy"]),
    ("Martin Gramnæs Martin Gramnæs", ["Martin Gramnæs"]),
    ("Jan Kixmüller Heute", ["Jan Kixmüller"]),
    ("Lucy ThorntonNews", ["Lucy Thornton"]),
    ("Mary MacKenzie", ["Mary MacKenzie"]),
    ("… Jeff Tollefson", ["Jeff Tollefson"]),
    # A photo credit or a rights line in the byline box names no author.
    ("Foto: REUTERS", []),
    ("© dpa-infocom", []),
    # An organisation's name and a role the byline spells in lower case stay whole.
    ("The Associated Press", ["The Associated Press"]),
    ("Guardian staff reporter", ["Guardian staff reporter"]),
    # Credentials stay with the name they follow, never authors of their own.
    ("By Dylan Bailey, MS, RD, FAND", ["Dylan Bailey, MS, RD, FAND"]),
    ("Ann Lee, M.D. and Bo Ma, PhD", ["Ann Lee, M.D.", "Bo Ma, PhD"]),
    # A byline set in capitals is read, its names in title case; an agency stays as written.
    ("By JANE DOE, JOHN ROE and MARY POE", ["Jane Doe", "John Roe", "Mary Poe"]),
    ("BY JANE DOE AND JOHN ROE, AFP", ["Jane Doe", "John Roe", "AFP"]),
    ("John E Smith", ["John E Smith"]),  # a capital "E" is an initial, not "and"
])
def test_split_byline(byline, names):
    assert authors.split_byline(byline) == names


@pytest.mark.parametrize("title, sites, domain, expected", [
    ("Bridge closes | Lakeside Courier", ["Lakeside Courier"], "", "Bridge closes"),
    ("Bridge closes - Lakeside Courier", ["Lakeside Courier"], "", "Bridge closes"),
    ("Ukraine: what next – DW", [], "dw", "Ukraine: what next"),
    ("地震の情報：みなと日報", ["みなと日報"], "", "地震の情報"),
    # The domain inside a longer site name; a one-word section left beside the site's name.
    ("Orden fürs Morden im Bundestag | Tageszeitung junge Welt", [], "jungewelt",
     "Orden fürs Morden im Bundestag"),
    ("Drusen fordern Teilhabe statt Schutzgarantien - News - SRF", [], "srf",
     "Drusen fordern Teilhabe statt Schutzgarantien"),
    # A colon inside the headline stays when nothing names the site.
    ("Nationaler Veteranentag: Orden fürs Morden", ["junge Welt"], "jungewelt",
     "Nationaler Veteranentag: Orden fürs Morden"),
])
def test_strip_site(title, sites, domain, expected):
    assert hm._strip_site(title, sites, domain) == expected


def test_title_prefers_og_title_and_visible_h1_over_padded_variants():
    tags = {"og:title": "Bridge closes for repairs | Courier", "og:site_name": "Courier"}
    assert hm.pick_title({}, tags, "Bridge closes for repairs", None) == "Bridge closes for repairs"
    # A section label set off by "|" pads the headline: the h1 wins.
    tags = {"og:title": "Traffic | Bridge closes for repairs tonight"}
    assert hm.pick_title({}, tags, "Bridge closes for repairs tonight", None) == \
        "Bridge closes for repairs tonight"
    # A kicker set off by a colon is part of the headline: the meta title keeps it.
    tags = {"og:title": "Traffic: Bridge closes for repairs tonight"}
    assert hm.pick_title({}, tags, "Bridge closes for repairs tonight", None) == \
        "Traffic: Bridge closes for repairs tonight"


def test_a_colon_label_only_the_social_title_adds_is_dropped():
    tags = {"og:title": "Analysis: Bridge closes for repairs tonight | Courier"}
    ld = {"headline": "Bridge closes for repairs tonight"}
    assert hm.pick_title(ld, tags, "Bridge closes for repairs tonight", None) == \
        "Bridge closes for repairs tonight"
    # When the JSON-LD headline keeps the kicker too, it is the headline's own.
    ld = {"headline": "Analysis: Bridge closes for repairs tonight"}
    assert hm.pick_title(ld, tags, "Bridge closes for repairs tonight", None) == \
        "Analysis: Bridge closes for repairs tonight"


def test_the_h1_wins_over_a_page_title_that_pads_it_after_a_full_width_bar_or_a_comma():
    h1 = "宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報"
    assert hm.pick_title({}, {}, h1, h1 + " 気象庁 [宮崎県]：朝日新聞デジタル") == h1
    h1 = "Orden fürs Morden im Bundestag"
    assert hm.pick_title({}, {}, h1, h1 + ", Tageszeitung junge Welt, 26.04.2024") == h1


def test_without_social_or_json_ld_titles_the_visible_headline_beats_the_page_title():
    h1 = "Mexico to fight steel tariffs, citing trade surplus"
    doc = "'Bad idea': Mexico pushes back on universal steel tariffs"
    assert hm.pick_title({}, {}, h1, doc) == h1
    # A social title that says the same as the page title is still written for sharing and
    # search: the headline the page shows wins.
    assert hm.pick_title({}, {"og:title": doc}, h1, doc) == h1
    # The JSON-LD headline siding with it makes it the page's stated headline.
    assert hm.pick_title({"headline": doc}, {"og:title": doc}, h1, doc) == doc


def test_a_short_chinese_h1_is_a_headline_that_a_padded_page_title_contains():
    doc = "港特首梁振英就住宅违建事件道歉 - BBC中文网 - 两岸三地"
    h1 = "港特首梁振英就住宅违建事件道歉"
    assert hm.pick_title({}, {}, h1, doc) == h1


def test_a_social_title_alone_against_the_page_s_other_headlines_gives_way():
    tags = {"og:title": "Readers can no longer read, says scientist",
            "twitter:title": "Study: students are losing the habit of reading long texts"}
    ld = {"headline": "Study: students are losing the habit of reading long texts"}
    h1 = "Study: students are losing the habit of reading long texts"
    assert hm.pick_title(ld, tags, h1, None) == h1
    # The JSON-LD alone does not outvote the social titles and the h1.
    tags = {"og:title": "Readers can no longer read, says scientist",
            "twitter:title": "Readers can no longer read, says scientist"}
    assert hm.pick_title(ld, tags, "Readers can no longer read, says scientist", None) == \
        "Readers can no longer read, says scientist"
    # The h1 and the JSON-LD headline agree: the social cards' own wording gives way.
    assert hm.pick_title(ld, tags, h1, None) == h1
    # The SEO title joining the h1 and the JSON-LD makes three.
    assert hm.pick_title(ld, {**tags, "title": h1}, h1, None) == h1


def test_the_visible_headline_wins_over_a_title_written_apart_for_search_or_sharing():
    h1 = "Council closes the old bridge for the summer"
    tags = {"og:title": "Everything you need to know about the bridge closure"}
    assert hm.pick_title({}, tags, h1, tags["og:title"]) == h1
    # A title that holds the h1 (a kicker, a section) was settled by the padding rules.
    tags = {"og:title": "Traffic: Council closes the old bridge for the summer"}
    assert hm.pick_title({}, tags, h1, None) == tags["og:title"]
    # A short h1 is a page label ("Blog", "News"), not the headline.
    tags = {"og:title": "Everything you need to know about the bridge closure"}
    assert hm.pick_title({}, tags, "City news", None) == tags["og:title"]


def test_title_drops_a_section_suffix_the_json_ld_headline_lacks():
    tags = {"og:title": "Police catch two suspects after break-in - Springfield News"}
    ld = {"headline": "Police catch two suspects after break-in"}
    assert hm.pick_title(ld, tags, "Police catch two suspects after break-in", None) == \
        "Police catch two suspects after break-in"
    # Another wording in the headline is no padding: the social title stays.
    ld = {"headline": "Two suspects caught"}
    assert hm.pick_title(ld, tags, None, None) == tags["og:title"]


def test_visible_byline_beats_an_author_tag_it_does_not_name():
    # The tag holds the newsroom's short name, the byline the writer.
    assert authors.pick_authors({}, {"author": "LTO"}, ["von Max Muster"]) == ["Max Muster"]
    # A byline repeating the tag's writer changes nothing.
    assert authors.pick_authors({}, {"author": "Ann Lee"}, ["By Ann Lee, Staff"]) == ["Ann Lee"]
    # JSON-LD persons are not overridden by a byline (it may belong to another story).
    ld = {"author": {"@type": "Person", "name": "Ann Lee"}}
    assert authors.pick_authors(ld, {}, ["By Bo Ma"]) == ["Ann Lee"]


def test_only_the_first_byline_naming_the_json_ld_author_can_extend_the_list():
    ld = {"author": {"@type": "Person", "name": "Ralf Euler"}}
    # The article's own byline names him alone; a teaser further down names him with another.
    assert authors.pick_authors(ld, {}, ["Von Ralf Euler", "Rainer Schulze und Ralf Euler"]) == \
        ["Ralf Euler"]
    # A first byline naming him and a co-author completes the list.
    assert authors.pick_authors(ld, {}, ["Von Rainer Schulze und Ralf Euler"]) == \
        ["Rainer Schulze", "Ralf Euler"]


def test_domain_label():
    assert hm._domain_label("https://www.example.co.uk/news/1") == "example"
    assert hm._domain_label("https://m.news-site.org/x") == "news-site"
    assert hm._domain_label(None) == ""


def test_the_publisher_beside_a_person_is_no_author():
    ld = {"author": [{"@type": "Person", "name": "Jane Doe"}, {"name": "BBC News"}],
          "publisher": {"@type": "Organization", "name": "BBC"}}
    assert authors.pick_authors(ld, {}, []) == ["Jane Doe"]
    assert authors.pick_authors({}, {"author": "Jane Doe; The Courier",
                                     "og:site_name": "Courier"}, []) == ["Jane Doe"]
    # Alone, the newsroom signs the piece.
    assert authors.pick_authors({"author": {"name": "BBC News"},
                                 "publisher": {"name": "BBC"}}, {}, []) == ["BBC News"]
    # An agency that is not the publisher stays beside the person.
    assert authors.pick_authors({}, {"author": "Jane Doe, Reuters"}, []) == ["Jane Doe",
                                                                            "Reuters"]


def test_authors_skip_publisher_and_fall_back_to_newsroom():
    ld = {"author": [{"@type": "Organization", "name": "Courier"}],
          "publisher": {"@type": "Organization", "name": "Courier"}}
    # Only the newsroom signs: it is kept rather than dropping every name.
    assert authors.pick_authors(ld, {}, []) == ["Courier"]
    ld["author"].append({"@type": "Person", "name": "Ann Lee"})
    assert authors.pick_authors(ld, {}, []) == ["Ann Lee"]


def test_date_keeps_the_written_offset_and_prefers_json_ld():
    import lxml.html

    tree = lxml.html.fromstring("<html><head><meta property='article:published_time' "
                                "content='2024-01-02T10:00:00Z'></head><body><p>x</p></body></html>")
    ld = {"datePublished": "2024-01-02T11:00:00+01:00"}
    assert hm.pick_date(ld, hm.meta_tags(tree), tree) == "2024-01-02T11:00:00+01:00"
    assert hm.pick_date({}, hm.meta_tags(tree), tree) == "2024-01-02T10:00:00Z"


def test_json_ld_picks_the_article_out_of_a_graph():
    import lxml.html

    page = """<html><head><script type="application/ld+json">
    {"@graph": [{"@type": "WebPage", "name": "Page"},
                {"@type": ["NewsArticle"], "headline": "Real headline", "articleBody": "x"}]}
    </script><script type="application/ld+json">{not json</script></head><body></body></html>"""
    assert hm.json_ld(hm.ld_documents(lxml.html.fromstring(page)))["headline"] == "Real headline"


def _bare_page(body: str) -> str:
    """A page with no date in its markup: no meta tags, no JSON-LD, no <time>."""
    paras = report_paragraphs(6)
    return f"<html><body><article><h1>Council approves the budget</h1>{body}{paras}" \
           f"</article></body></html>"


def test_a_page_stating_no_date_in_its_markup_is_dated_by_its_text_or_address():
    page = _bare_page("<p class='meta'>Published on March 12, 2024 by the newsroom</p>")
    assert parse_html(page, "https://example.org/news/budget").published == "2024-03-12"
    page = _bare_page("")
    assert parse_html(page, "https://example.org/2023/05/17/budget.html").published == \
        "2023-05-17"


def test_a_wire_dateline_s_date_beats_a_date_searched_for():
    page = _bare_page("<p>MOSCOW, Feb 17 (Reuters) - The council approved the budget on "
                      "Friday after a long debate about costs and the timeline.</p>")
    article = parse_html(page, "https://example.org/2023/05/17/budget.html")
    assert article.published == "2023-02-17"  # the searched date's year, the dateline's day


def test_a_byline_found_by_its_test_id_or_signed_by_an_agency_alone():
    page = _bare_page("<div class='sc-e56a85d5-1'><span data-testid='byline-contributors' "
                      "class='sc-e56a85d5-11'><span class='x'>Duncan Walker</span></span></div>")
    assert parse_html(page).authors == ["Duncan Walker"]
    page = _bare_page("<div class='article_author-section__biYjD'>AFP</div>")
    assert parse_html(page).authors == ["AFP"]


def test_the_headline_is_an_h1_above_the_text_not_a_banner_under_it():
    paras = report_paragraphs(6)
    page = ("<html><body><article><h1>Council approves the budget</h1>"
            "<div>Von Anna Martel und Lea Wagner, Nairobi</div>"
            f"<div class='wrap'><div class='text'>{paras}</div>"
            "<div><section><h1>Support independent journalism</h1></section></div></div>"
            "</article></body></html>")
    article = parse_html(page)
    assert article.title == "Council approves the budget"
    assert article.authors == ["Anna Martel", "Lea Wagner"]


def test_a_link_to_the_writer_s_page_is_the_byline():
    page = _bare_page("<div class='g_fn'><span><a href='/autor/radek-nohl-1'>Radek Nohl</a>"
                      "</span></div>")
    assert parse_html(page).authors == ["Radek Nohl"]
    # A colleague named in the running text is no author.
    mention = ("<p>As our columnist <a href='/author/jane-roe'>Jane Roe</a> wrote last week, "
               "the council has argued about this budget for most of the year.</p>")
    assert parse_html(_bare_page(mention)).authors == []


def test_byline_boxes_side_by_side_name_every_writer():
    boxes = "".join(f"<div class='byline column'><address class='name'><a rel='author' "
                    f"href='mailto:x@example.org'>{n}</a></address></div>"
                    for n in ("Ingrid Treborg", "Marlene Lundberg Holm"))
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council '
          'approves the budget", "author": {"@type": "Person", "name": "Marlene Lundberg Holm"}}'
          '</script>')
    page = _bare_page(f"<div class='bylines'>{boxes}</div>").replace("<body>", f"<body>{ld}")
    assert parse_html(page).authors == ["Ingrid Treborg", "Marlene Lundberg Holm"]
