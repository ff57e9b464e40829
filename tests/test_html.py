"""The HTML reading on hand-written pages (tests/fixtures/html/), one CMS style and language each.

Every expectation below was written from reading the fixture's markup, not from a run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse import html as html_reading
from newsparse.html import fallback, related, shapes
from newsparse.pipeline import parse_html

from .htmlpages import article_page as _page
from .htmlpages import report_paragraphs

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def extract(name: str, url: str | None = None):
    return html_reading.extract((FIXTURES / name).read_text(encoding="utf-8"), url)


def hints(blocks, hint):
    return [b for b in blocks if b.hint == hint]


def texts(blocks, hint="paragraph"):
    return [b.text for b in blocks if b.hint == hint]


def _related_titles(blocks):
    return [i.title for b in hints(blocks, "related") for i in b.items]


def _related_urls(blocks):
    return [i.url for b in hints(blocks, "related") for i in b.items]


# --- English, WordPress: JSON-LD @graph, pull quote with cite, inline "Read also", comments ----

def test_wordpress_metadata_from_json_ld():
    _, meta = extract("en-wordpress-pullquote.html")
    assert meta.title == "Harbor bridge repairs to close lanes for six months"
    assert meta.authors == ["Priya Raman", "Tom Okafor"]
    assert meta.published == "2025-02-17T06:30:00-05:00"  # the publisher's own offset
    assert meta.language == "en"
    assert meta.summary == ("Commuters face detours from March as crews replace the deck of the "
                            "1962 span.")


def test_wordpress_body_keeps_headings_and_drops_boilerplate():
    blocks, _ = extract("en-wordpress-pullquote.html")
    assert texts(blocks, "heading") == ["Detours and buses", "Cost"]
    paras = texts(blocks)
    assert len(paras) == 6
    assert paras[0].startswith("LAKESIDE, Ohio (AP) — Two of the four lanes")
    assert paras[-1] == ("Council members are expected to approve the contract at their meeting "
                         "next week.")
    joined = " ".join(paras)
    for junk in ("Share this", "thoughts on this story", "About time", "Recent Posts",
                 "north pier", "All rights reserved", "Posted in"):
        assert junk not in joined


def test_wordpress_pull_quote_with_cite():
    blocks, _ = extract("en-wordpress-pullquote.html")
    [quote] = hints(blocks, "quote")
    assert quote.text == ("We would rather close two lanes now than all four lanes in an "
                          "emergency later.")
    assert (quote.speaker, quote.role) == ("Helen Brooks", "county engineer")
    assert quote.text not in texts(blocks)
    # Reading order: after the Elm Street paragraph, before the buses one.
    order = [b.text[:20] for b in blocks]
    assert order.index(quote.text[:20]) == order.index("Drivers heading down") + 1


def test_wordpress_inline_read_also_resolves_against_the_page_url():
    blocks, _ = extract("en-wordpress-pullquote.html", "https://lakeside-courier.example/x/")
    [rel] = hints(blocks, "related")
    assert rel.label == "Read also:"
    assert [(i.title, i.url) for i in rel.items] == [
        ("County budget puts roads first for the third year",
         "https://lakeside-courier.example/2025/01/30/county-budget-roads/")]


def test_wordpress_wire_dateline_is_split_off_by_segment():
    html = (FIXTURES / "en-wordpress-pullquote.html").read_text(encoding="utf-8")
    article = parse_html(html, "https://lakeside-courier.example/2025/02/17/harbor-bridge-repairs/")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("LAKESIDE, Ohio", "AP")
    assert article.body[0].paragraphs[0].startswith("Two of the four lanes")
    assert [q.after_paragraph for q in article.quotes] == [3]
    assert [r.after_paragraph for r in article.related] == [2]


# --- German regional paper: meta tags only, lead, byline, aside "Mehr zum Thema", figure quote ---

def test_german_meta_tags_and_byline():
    _, meta = extract("de-regional-aside.html")
    assert meta.title == "Stadtrat beschließt neues Radwegenetz"
    assert meta.authors == ["Anna Schmidt", "Bernd Meier"]
    assert meta.published == "2025-05-06T17:45:00+02:00"
    assert meta.summary == ("Bis 2030 sollen 40 Kilometer neue Radwege entstehen. Die Opposition "
                            "kritisiert die Kosten.")


def test_german_aside_related_with_absolute_urls_from_canonical():
    blocks, _ = extract("de-regional-aside.html")  # no URL given: the canonical link is the base
    [rel] = hints(blocks, "related")
    assert rel.label == "Mehr zum Thema"
    assert [(i.title, i.url) for i in rel.items] == [
        ("Radzählung: So viele Menschen fahren täglich über die Talbrücke",
         "https://www.talzeitung.example/lokales/radfahrer-zaehlung-456.html"),
        ("Weniger Parkplätze in der Innenstadt geplant",
         "https://www.talzeitung.example/lokales/parkplaetze-innenstadt-789.html"),
    ]


def test_german_figure_quote_with_figcaption_and_no_ads():
    blocks, _ = extract("de-regional-aside.html")
    [quote] = hints(blocks, "quote")
    assert quote.text == ("Wir bauen hier nicht für die nächste Wahl, sondern für die nächste "
                          "Generation.")
    assert (quote.speaker, quote.role) == ("Olaf Beispiel", "Oberbürgermeister")
    assert texts(blocks, "heading") == ["Streit um die Kosten", "Wie es weitergeht"]
    joined = " ".join(texts(blocks))
    assert "Anzeige" not in joined and "Newsletter" not in joined and "Von Anna" not in joined
    assert texts(blocks)[0].startswith("Talstadt. Mit großer Mehrheit")


# --- French: chapo, title suffix, "À lire aussi :" paragraph ------------------------------------

def test_french_title_suffix_and_chapo():
    blocks, meta = extract("fr-chapo-lire-aussi.html")
    assert meta.title == "La sécheresse menace les récoltes de maïs dans le Sud-Ouest"
    assert meta.authors == ["Claire Dupont"]
    assert meta.published == "2025-07-21T08:15:00+02:00"  # from <time datetime>
    assert meta.summary.startswith("Faute de pluie depuis six semaines")
    assert meta.summary not in texts(blocks)
    [rel] = hints(blocks, "related")
    assert rel.label.startswith("À lire aussi")
    assert rel.items[0].url == "https://www.journal-du-midi.example/economie/prix-cereales-2025"
    assert texts(blocks, "heading") == ["Des aides attendues"]
    assert not any("Partager" in t for t in texts(blocks))


# --- Spanish: JSON-LD list, itemprop=articleBody, embedded tweet, related div -----------------

def test_spanish_organisation_author_equal_to_publisher_is_dropped():
    _, meta = extract("es-jsonld-tweet.html")
    assert meta.authors == ["Lucía Fernández"]
    assert meta.published == "2025-03-04T13:20:00+01:00"
    assert meta.summary.startswith("La norma limita las subidas del alquiler")


def test_spanish_tweet_is_not_a_pull_quote_nor_body():
    blocks, _ = extract("es-jsonld-tweet.html")
    assert hints(blocks, "quote") == []
    assert not any("paso histórico" in t for t in texts(blocks))
    assert not any("Publicidad" in t for t in texts(blocks))
    assert len(texts(blocks)) == 4
    [rel] = hints(blocks, "related")
    assert rel.label == "Noticias relacionadas"
    assert [i.title for i in rel.items] == ["El precio del alquiler marca un nuevo récord en 2024",
                                            "El Congreso debatirá la ley antes de julio"]


# --- Russian: lead div, bare-name author, "Читайте также:", RIA dateline -----------------------

def test_russian_lead_author_and_related():
    blocks, meta = extract("ru-lead-chitaite.html", "https://vesti-region.example/society/most")
    assert meta.title == "В Сибири открыли новый мост через Обь"
    assert meta.authors == ["Иван Петров"]
    assert meta.summary.startswith("Движение по мосту длиной почти километр")
    [rel] = hints(blocks, "related")
    assert rel.label == "Читайте также:"
    assert rel.items[0].url == "https://vesti-region.example/society/metro-novosibirsk"
    assert texts(blocks, "heading") == ["Что изменится для водителей"]


def test_russian_agency_dateline_through_the_pipeline():
    html = (FIXTURES / "ru-lead-chitaite.html").read_text(encoding="utf-8")
    article = parse_html(html)
    assert article.dateline.agency == "РИА Новости"
    assert article.dateline.date == "2025-10-02"
    assert article.body[0].paragraphs[0].startswith("Новый мост через Обь")


# --- Japanese: paragraphs split by <br><br> inside one <p>, full-width title separator --------

def test_japanese_br_separated_paragraphs_and_title_separator():
    blocks, meta = extract("ja-br-paragraphs.html")
    assert meta.title == "市立図書館が夜間開館を開始"
    assert meta.published == "2025-06-10T18:00:00+09:00"
    paras = texts(blocks)
    assert len(paras) == 3
    assert paras[2] == "館長は「多くの市民に気軽に立ち寄ってほしい」と話している。"
    assert not any("ランキング" in t for t in paras)


# --- Norwegian: ingress, factbox, "Av ... og ..." byline completing JSON-LD ---------------------

def test_norwegian_byline_completes_json_ld_and_factbox_is_skipped():
    blocks, meta = extract("nb-ingress-faktaboks.html")
    assert meta.authors == ["Kari Nordmann", "Ola Hansen"]
    assert meta.summary == "Over 400 elever starter mandag på den nye skolen i Fyllingsdalen."
    assert not any("Kostnad" in t or "Fakta" in t for t in texts(blocks) + texts(blocks, "heading"))
    assert texts(blocks, "heading") == ["Trafikk ved skolen"]
    assert len(texts(blocks)) == 3


# --- Polish: plain blockquote stays in the body, quote with trailing "— Name, role" -------------

def test_polish_quotes():
    blocks, meta = extract("pl-blockquote-dash.html")
    assert meta.summary.startswith("Deficyt ma wynieść 6,5 procent PKB.")
    [quote] = hints(blocks, "quote")
    assert quote.text == "Nie możemy oszczędzać na bezpieczeństwie obywateli."
    assert (quote.speaker, quote.role) == ("Anna Nowak", "minister finansów")
    # A blockquote with no attribution and no quote class is a quoted passage of the text.
    assert any(t.startswith("Budżet jest ambitny") for t in texts(blocks))
    [rel] = hints(blocks, "related")
    assert rel.label == "Czytaj także"
    assert len(rel.items) == 2


# --- Turkish: "spot" standfirst, a comment thread longer than the article ---------------------

def test_turkish_comments_do_not_win_the_container():
    blocks, meta = extract("tr-spot-comments.html")
    assert meta.summary == "Kadıköy ile Ataşehir arasındaki yeni hat günde 300 bin yolcu taşıyacak."
    assert meta.published == "2025-09-12T11:30:00+03:00"
    paras = texts(blocks)
    assert len(paras) == 3 and paras[0].startswith("İstanbul'da yapımı dört yıl")
    assert texts(blocks, "heading") == []  # the spot is the summary, not a sub-heading
    [rel] = hints(blocks, "related")
    assert rel.label == "İlgili Haberler"


# --- odd input ---------------------------------------------------------------------------------

@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<?xml version='1.0'?><p>x</p>",
                                  "\x00\x01", "<p>" * 500])
def test_degenerate_pages_give_no_blocks_without_raising(html):
    blocks, meta = html_reading.extract(html, "https://example.org/a")
    assert isinstance(blocks, list)
    assert meta.url in (None, "https://example.org/a")


def test_control_characters_anywhere_in_a_page_are_dropped_and_the_text_kept():
    words = "The council voted to close the old bridge for the summer months"
    page = ("<html><body><article><h1>Bridge\x00 closes</h1><p>{}</p><p>{}</p></article>"
            "</body></html>").format(words.replace("o", "o\x01") + ".", report_paragraphs(3))
    blocks, meta = html_reading.extract(page, "https://example.org/a")
    body = " ".join(b.text for b in blocks)
    assert words + "." in body
    assert meta.title == "Bridge closes"


def test_trafilatura_fallback_still_works():
    """The fallback path imports trafilatura (and through it lxml_html_clean) and reads a page."""
    first = "Ein langer Satz über den Stadtrat und die Radwege. " * 8
    second = "Noch ein Absatz mit genug Text für eine Seite. " * 6
    html = (f"<html><body><div id='x'><p>{first}</p><h2>Zweiter Teil</h2><p>{second}</p></div>"
            "</body></html>")
    paras = [b.text for b in fallback.trafilatura_blocks(html, "https://example.org/a")
             if b.hint == "paragraph"]
    assert len(paras) == 2
    assert paras[0].startswith("Ein langer Satz über den Stadtrat")
    assert paras[1].startswith("Noch ein Absatz")


def test_pull_quote_repeating_a_body_sentence_is_a_quote_and_the_sentence_stays():
    sentence = "Nobody on this council wants a tax rise, but the roads cannot wait another year."
    html = _page(f"<p>The mayor said: {sentence}</p>"
                 f"<aside class='pullquote'><p>{sentence}</p><footer>— Maria Lopez, mayor</footer>"
                 f"</aside>")
    blocks, _ = html_reading.extract(html, "https://example.org/a")
    [quote] = hints(blocks, "quote")
    assert quote.text == sentence
    assert (quote.speaker, quote.role) == ("Maria Lopez", "mayor")
    assert f"The mayor said: {sentence}" in texts(blocks)


@pytest.mark.parametrize("cls", ["artykuly-powiazane", "gerelateerde-artikelen",
                                 "ilgili-haberler", "leggi-anche"])
def test_related_class_names_in_more_languages(cls):
    html = _page(f"<div class='{cls}'><p>Council delays the budget vote again and again, "
                 f"<a href='/a/1'>the full story</a> and <a href='/a/2'>what comes next</a>"
                 f"</p></div>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/x")
    assert _related_urls(blocks) == [
        "https://example.org/a/1", "https://example.org/a/2"]


def test_app_installs_and_campaign_links_to_other_sites_are_no_related_items():
    html = _page("<div class='related'><h3>À découvrir</h3><ul>"
                 "<li><a href='/politique/budget-vote'>Le budget adopté en commission</a></li>"
                 "<li><a href='/sante/hopitaux?utm_campaign=related'>Les hôpitaux sous "
                 "tension</a></li>"
                 "<li><a href='https://podcasts.example.org/club?utm_campaign=promo'>PODCAST - "
                 "Écoutez le club</a></li>"
                 "<li><a href='https://app.adjust.com/b885nen?redirect=x'>Suivez l'actualité "
                 "avec l'application</a></li></ul></div>")
    blocks, _ = html_reading.extract(html, "https://www.example.org/news/x")
    assert _related_titles(blocks) == [
        "Le budget adopté en commission", "Les hôpitaux sous tension"]


def test_unmarked_list_of_links_is_a_related_widget_with_absolute_urls():
    html = _page("<ul><li><a href='/a/1'>Council delays the budget vote again</a></li>"
                 "<li><a href='https://other.example/b'>What the new tax means for you</a></li>"
                 "</ul>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/x")
    [rel] = hints(blocks, "related")
    assert [(i.title, i.url) for i in rel.items] == [
        ("Council delays the budget vote again", "https://example.org/a/1"),
        ("What the new tax means for you", "https://other.example/b")]
    assert not any("Council delays" in t for t in texts(blocks))


def test_an_unmarked_list_of_links_to_other_sites_is_the_articles_own_list():
    html = _page("<ul><li><a href='https://tools.acmetools.com/pliers'>Long nose pliers, "
                 "9 inch</a></li><li><a href='https://shop.hardware.net/knife'>Utility knife with "
                 "spare blades and a belt clip</a></li><li><a href='/a/3'>Our guide to wiring</a>"
                 "</li></ul>")
    blocks, _ = html_reading.extract(html, "https://www.example.org/guides/tools")
    assert not hints(blocks, "related")  # picks and sources elsewhere: content, not widgets
    assert "Utility knife with spare blades and a belt clip" in texts(blocks)


def test_links_to_the_same_house_under_another_domain_are_still_related_reading():
    html = _page("<ul><li><a href='https://www.example.com/news/1'>Council delays the budget "
                 "vote again</a></li><li><a href='https://example.com/news/2'>What the new tax "
                 "means for you</a></li></ul>")
    blocks, _ = html_reading.extract(html, "https://www.example.co.uk/news/x")
    [rel] = hints(blocks, "related")
    assert len(rel.items) == 2


@pytest.mark.parametrize("cls", ["related-items-list", "x7f3a"])  # named, or only labelled
def test_a_related_box_kept_in_noscript_is_read_and_other_noscript_text_is_not(cls):
    html = _page(f"<noscript><div class='{cls}'><h2>Mehr zum Thema</h2><ul>"
                 "<li><a href='/a/1'><p class='kicker'>Nach dem Sturm</p>"
                 "<h3>Council delays the budget vote again</h3></a></li>"
                 "<li><a href='/a/2'><h3>What the new tax means for you</h3></a></li>"
                 "</ul></div></noscript><noscript><p>Please enable JavaScript to read the "
                 "comments below this article and to take part in the debate.</p></noscript>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/x")
    [rel] = hints(blocks, "related")
    assert [i.url for i in rel.items] == ["https://example.org/a/1", "https://example.org/a/2"]
    assert "Council delays the budget vote again" in rel.items[0].title
    assert not any("JavaScript" in t for t in texts(blocks))


def test_a_related_card_linked_only_by_its_picture_and_button_is_a_related_item():
    html = _page("<div class='detail-related-news box'><div class='img'>"
                 "<a href='/a/7' title='Council delays the budget vote again'><img src='/i.jpg'>"
                 "</a></div><div class='content'><h4>Council delays the budget vote again</h4>"
                 "<a href='/a/7' class='btn'>Read the story</a></div></div>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/x")
    [rel] = hints(blocks, "related")
    assert [(i.title, i.url) for i in rel.items] == [
        ("Council delays the budget vote again", "https://example.org/a/7")]
    assert not any("Council delays" in t for t in texts(blocks))


def test_related_heading_labels_the_list_after_it_and_is_no_section():
    html = _page("<h3>Read more</h3><ul><li><a href='/a/1'>Council delays the budget vote</a></li>"
                 "<li><a href='/a/2'>Roads plan explained in five charts</a></li></ul>")
    blocks, _ = html_reading.extract(html, "https://example.org/")
    [rel] = hints(blocks, "related")
    assert rel.label == "Read more"
    assert texts(blocks, "heading") == []


def test_instagram_embed_is_neither_quote_nor_text():
    html = _page("<blockquote class='instagram-media'><p>Look at this view from the new bridge "
                 "tonight, amazing!</p><a href='https://instagram.example/p/1'>A post shared by "
                 "someone</a></blockquote>")
    blocks, _ = html_reading.extract(html, None)
    assert hints(blocks, "quote") == []
    assert not any("amazing" in t for t in texts(blocks))


@pytest.mark.parametrize("href", ["https://twitter.com/cleanrivers/status/99",
                                  "https://www.instagram.com/p/C1xyz/",
                                  "https://bsky.app/profile/rivers.bsky.social/post/3k"])
def test_a_bare_blockquote_linking_to_a_social_post_is_an_embed(href):
    html = _page("<blockquote><p>Today's fine is a start. Now fix the pipes, the campaign "
                 f"said.</p>&mdash; Clean Rivers Now (@cleanrivers) <a href='{href}'>September "
                 "3, 2025</a></blockquote>")
    blocks, _ = html_reading.extract(html, None)
    assert hints(blocks, "quote") == []
    assert not any("fix the pipes" in t for t in texts(blocks))


@pytest.mark.parametrize("text, fragment", [
    ("Stand: 24.04.2024 22:58 Uhr", True),
    ("02:57 Min.. Verfügbar bis 06.05.2024.", True),
    ("Getty Images", True),
    ("The vote is at 10:30.", False),  # a sentence with a time in it
    ("He said no.", False),
    ("Ein langer Satz ohne Punkt aber mit vielen Wörtern darin", False),
])
def test_fragments(text, fragment):
    assert shapes.is_fragment(text) is fragment


@pytest.mark.parametrize("cls", ["article__zwischentitel", "intertitolo", "entretitulo",
                                 "mellemrubrik", "ara-baslik"])
def test_paragraph_classed_as_crosshead_is_a_heading(cls):
    html = _page(f"<p class='{cls}'>Was die Stadt jetzt plant</p>")
    blocks, _ = html_reading.extract(html, None)
    assert texts(blocks, "heading") == ["Was die Stadt jetzt plant"]
    assert "Was die Stadt jetzt plant" not in texts(blocks)


def test_body_split_around_a_hidden_paywall_box_is_read_whole():
    rest = "".join(f"<p class='txt'>Behind the wall, paragraph {i} continues the story of the "
                   f"harbour and its new bridge in detail.</p>" for i in range(6))
    html = ("<html><body><div class='story'><h1>Harbour bridge</h1>"
            "<p class='txt'>The first paragraph is free to read for everyone who opens the "
            f"page.</p><div class='paywall' hidden>{rest}</div></div>"
            "<div class='teasers'><p>Other story teaser one</p></div></body></html>")
    paras = texts(html_reading.extract(html, None)[0])
    assert paras[0].startswith("The first paragraph is free")
    assert len(paras) == 7


def test_unmarked_byline_above_the_body_and_seo_label_tags():
    body = "".join(f"<p>Paragraph {i} about the port and its new cranes, long enough to count.</p>"
                   for i in range(5))
    teaser = "<div><span>Von Max Teaser</span><p>Another story entirely, with its own author.</p>"
    html = (f"<html><body><article><h1>Port gets new cranes</h1><ul><li>Von: Bill MCCARTHY, "
            f"Ann Lee</li></ul><div class='text'>{body}</div></article>{teaser}</div>"
            "</body></html>")
    assert html_reading.extract(html, None)[1].authors == ["Bill MCCARTHY", "Ann Lee"]
    # "Written by" label/data pairs from SEO plugins name the author too.
    seo = html.replace("<ul><li>Von: Bill MCCARTHY, Ann Lee</li></ul>", "").replace(
        "<html>", "<html><head><meta name='twitter:label1' content='Written by'>"
                  "<meta name='twitter:data1' content='Dieter Beispiel'></head>")
    assert html_reading.extract(seo, None)[1].authors == ["Dieter Beispiel"]


def test_line_breaks_inside_a_paragraph():
    html = _page("<p>The council met on Monday to discuss the harbour plan in full.<br>"
                 "“We are ready,” the mayor said after the vote.</p>"
                 "<p>Send letters to the council office at 12 Harbour Street<br>"
                 "or leave them at the library desk before Friday noon.</p>")
    paras = texts(html_reading.extract(html, None)[0])
    assert "The council met on Monday to discuss the harbour plan in full." in paras
    assert "“We are ready,” the mayor said after the vote." in paras
    # A break inside a sentence is a line break, not a new paragraph.
    assert ("Send letters to the council office at 12 Harbour Street or leave them at the "
            "library desk before Friday noon.") in paras


def _lead_page(header: str, desc: str, body: str | None = None) -> str:
    """A page whose header holds `header` between the h1 and `body` (eight plain paragraphs)."""
    body = report_paragraphs(8) if body is None else body
    return (f"<html><head><title>T</title><meta name='description' content='{desc}'></head>"
            f"<body><article><header><h1>Council approves the roads budget</h1>{header}</header>"
            f"<div class='body'>{body}</div></article></body></html>")


def test_a_class_named_standfirst_beats_a_key_points_box_the_description_repeats():
    points = "Roads get more money. Taxes stay the same. The vote was close."
    html = _lead_page(f"<h2 class='deck'>The vote ends a year of argument over potholes</h2>"
                      f"<div class='story-summary'>{points}</div>", points)
    _, meta = html_reading.extract(html, None)
    assert meta.summary == "The vote ends a year of argument over potholes"


@pytest.mark.parametrize("cls", ["catenaccio", "linha-fina", "article-manchet", "zajawka"])
def test_standfirst_class_names_in_more_languages(cls):
    points = "Roads get more money. Taxes stay the same. The vote was close."
    html = _lead_page(f"<p class='{cls}'>The vote ends a year of argument over potholes</p>"
                      f"<div class='story-summary'>{points}</div>", points)
    _, meta = html_reading.extract(html, None)
    assert meta.summary == "The vote ends a year of argument over potholes"


def test_a_bem_list_block_does_not_hide_the_excerpt_in_its_header():
    html = _lead_page("<div class='list__header'><p class='detail__excerpt'>The vote ends a "
                      "year of argument over potholes</p></div>", "Something else entirely here")
    _, meta = html_reading.extract(html, None)
    assert meta.summary == "The vote ends a year of argument over potholes"


def test_links_inside_loose_text_add_no_spaces_between_words():
    # Japanese runs words together; a tag link inside a sentence must not split it.
    line = ("元タレントの<a href='/tags/1'>中居正広</a>氏の問題が、スポーツ界に飛び火している。"
            "今回の一件で<a href='/tags/2'>フジテレビ</a>のガバナンスが問われた。")
    html = _page(f"<div class='text'>{line}<br><br>Then <b>the</b> council met again, "
                 f"with <a href='/x'>the mayor</a> present.</div>")
    blocks, _ = html_reading.extract(html, None)
    paras = texts(blocks)
    assert ("元タレントの中居正広氏の問題が、スポーツ界に飛び火している。"
            "今回の一件でフジテレビのガバナンスが問われた。") in paras
    assert "Then the council met again, with the mayor present." in paras


def test_a_line_repeating_an_image_alt_text_is_its_caption_not_body():
    alt = "The mayor opens the new bridge on Monday morning"
    html = _page(f"<div><img src='/b.jpg' alt='{alt}'><small>{alt}</small> "
                 f"<small>© City Press Office</small></div>"
                 f"<p>{alt} was the plan, and the mayor kept to it despite the rain and the "
                 f"protests outside the town hall that lasted most of the day.</p>")
    blocks, _ = html_reading.extract(html, None)
    paras = texts(blocks)
    assert not any(p.startswith(f"{alt} ©") or p == alt for p in paras)
    assert any(p.startswith(f"{alt} was the plan") for p in paras)  # long prose stays


@pytest.mark.parametrize("box", [
    # blockquote + a line "<b>Name</b>, role" beside it (and the speaker's portrait)
    "<div class='q1'><blockquote>{q}</blockquote><figure><img src='/p.jpg'></figure>"
    "<p><strong>Sabine Roth</strong>, medical director</p></div>",
    # blockquote + name and role on lines of their own, in a <cite>
    "<div class='w'><blockquote>{q}</blockquote><cite><div>Sabine Roth</div>"
    "<div>medical director</div></cite></div>",
    # source and role marked by class inside the blockquote
    "<blockquote><div class='pq-text'>{q}</div><div class='pq-source'>Sabine Roth</div>"
    "<div class='pq-role'>medical director</div></blockquote>",
])
def test_pull_quote_attribution_beside_or_inside_the_blockquote(box):
    q = "We are at our limits, and the summer has only just begun."
    blocks, _ = html_reading.extract(_page(box.format(q=q)), None)
    [quote] = hints(blocks, "quote")
    assert (quote.text, quote.speaker, quote.role) == (q, "Sabine Roth", "medical director")
    assert not any("Sabine Roth" in t for t in texts(blocks))


def test_an_unattributed_quote_box_with_a_link_is_a_notice_not_a_callout():
    html = _page("<blockquote class='blockquote-em'>If you buy something using links in our "
                 "stories, we may earn a commission. <a href='/aff'>Learn more.</a></blockquote>")
    blocks, _ = html_reading.extract(html, None)
    assert hints(blocks, "quote") == []


@pytest.mark.parametrize("box, titles", [
    # a box opening with a label heading, cards with a kicker heading, the writer's link
    ("<div class='c'><h2>Mehr zum Thema:</h2><article><a href='/r/1-brand'><h2>Großbrand</h2>"
     "<h1>Feuerwehr löscht die Nacht durch</h1></a><a href='/autor/7/petra'>Petra Muster</a>"
     "</article><article><a href='/r/2-schule'><h3>Schule fällt aus</h3></a></article></div>",
     ["Feuerwehr löscht die Nacht durch", "Schule fällt aus"]),
    # a link card whose kicker is the label
    ("<div class='plug'><a href='/s/far-1'><h2><small>Les også</small> <span>En far for de "
     "store anledninger</span></h2></a></div>", ["En far for de store anledninger"]),
    # a label in a span before the link, no colon
    ("<p class='body-link'><span class='prefix'>À lire aussi</span> <a href='/i/natalite-1'>"
     "La natalité russe menacée d’effondrement</a></p>",
     ["La natalité russe menacée d’effondrement"]),
    # a "Lire aussi :" line in a div, and a section link that is no story
    ("<div>Lire aussi :<a href='/m/vance-1'>A Milwaukee, JD Vance trace sa vision</a></div>"
     "<div class='teaser-list'><p>Lesen Sie auch</p><a href='/politik/deutschland/'>Ressort:"
     "Deutschland</a><a href='/p/a-253-merz'>Merz lockt Scholz</a></div>",
     ["A Milwaukee, JD Vance trace sa vision", "Merz lockt Scholz"]),
])
def test_related_boxes_by_label_and_card_titles(box, titles):
    blocks, _ = html_reading.extract(_page(box), "https://example.org/")
    assert _related_titles(blocks) == titles


def test_related_box_after_the_body_inside_the_article_is_kept_with_each_boxs_links():
    body = report_paragraphs(8)
    html = (f"<html><body><article><h1>Council approves the roads budget</h1>"
            f"<div class='story'>{body}<p>Read also: <a href='/s/roads-1'>Roads plan explained"
            f"</a></p></div><div class='relatedlinks'><h2>Related Stories</h2><ul>"
            f"<li><a href='/s/roads-1'>Roads plan explained</a></li>"
            f"<li><a href='/s/tax-2'>What the new tax means for you</a></li></ul></div>"
            f"<div class='teasers'><ul><li><a href='/s/x-3'>Weather: a sunny week ahead</a>"
            f"</li><li><a href='/s/y-4'>Cup final tickets on sale</a></li></ul></div>"
            f"</article></body></html>")
    blocks, _ = html_reading.extract(html, "https://example.org/")
    # The "Read also" line and the box are two widgets: each lists the story it links.
    assert _related_titles(blocks) == ["Roads plan explained", "Roads plan explained",
                                       "What the new tax means for you"]


def test_a_headline_set_twice_heads_the_article_from_its_first_copy():
    body = report_paragraphs(8)
    html = (f"<html><body><section class='post'><header><h1>Council approves the roads budget"
            f"</h1><div class='excerpt'>The vote ends a year of argument over potholes.</div>"
            f"</header><div class='entry'><article><div class='inner'><h1>Council approves the "
            f"roads budget</h1><h2 class='subtitle'>A kicker line of the print copy</h2>{body}"
            f"</div></article></div></section></body></html>")
    _, meta = html_reading.extract(html, None)
    assert meta.summary == "The vote ends a year of argument over potholes."


# --- the three widget fixtures: callouts, related boxes, embeds that are neither ---------------

@pytest.mark.parametrize("name, speaker, role, related", [
    ("en-aside-pullquote-embeds.html", "Daniel Price", "chair of the Riverside Angling Club",
     ["Swimmers warned off three rivers after summer storms",
      "Storm overflow data shows spills doubled in wet spring",
      "Water bills to rise by a fifth over five years"]),
    ("it-leggi-anche-citazione.html", "Matteo Lepore", "sindaco di Bologna",
     ["Via Marconi, i cantieri finiranno a dicembre",
      "Linea verde, approvato il progetto definitivo",
      "Commercianti, in arrivo i ristori per i mesi di cantiere"]),
    ("de-zitat-lesen-sie-auch.html", "Sabine Roth", "Ärztliche Direktorin des St.-Josef-Hospitals",
     # The box after the article counts by its content (widgets-guidelines: "Das könnte Sie
     # auch interessieren" over stories on the article's topic).
     ["Stadt legt ersten Hitzeschutzplan vor", "Neue Regeln für Badeseen in der Region",
      "Ausfälle von Klimaanlagen in Regionalzügen"]),
])
def test_widget_fixtures(name, speaker, role, related):
    blocks, meta = extract(name)
    [quote] = hints(blocks, "quote")
    assert (quote.speaker, quote.role) == (speaker, role)
    assert _related_titles(blocks) == related
    body = " ".join(texts(blocks))
    # Embedded posts are neither callouts nor body text; attributions stay out of the body.
    for embed in ("Clean Rivers Now", "brown river", "35 Grad", speaker):
        assert embed not in body


def test_name_comma_role_byline():
    _, meta = extract("en-aside-pullquote-embeds.html")
    assert meta.authors == ["Rachel Owen"]


def test_cjk_line_is_measured_in_characters_not_spaces():
    assert shapes.is_fragment("社会の新着")  # a five-character label
    assert not shapes.is_fragment("宮崎県：高鍋町、新富町、宮崎市")  # a list line of places
    assert shapes.is_fragment("Mehr zum Thema")


def test_a_section_with_a_quoted_passage_and_running_text_is_no_quote_box():
    passage = ("At approximately 3 a.m. the defendant entered the property without "
               "authorization and installed a camera.")
    html = _page(f"<section><blockquote>{passage}</blockquote><p>The filing does not say who "
                 f"the defendant is.</p></section>")
    blocks, _ = html_reading.extract(html, None)
    assert hints(blocks, "quote") == []
    assert "The filing does not say who the defendant is." in texts(blocks)


def test_a_description_cut_short_finds_the_full_standfirst():
    lead = ("Fires broke out in seven districts on Wednesday, and crews fought them from the air "
            "and the ground until late in the evening, the disaster agency said.")
    html = _lead_page(f"<h2 class='x'>{lead}</h2>", lead[:90] + "...")
    _, meta = html_reading.extract(html, None)
    assert meta.summary == lead


def test_related_items_without_urls_are_not_merged_as_duplicates():
    from newsparse.model import Block, RelatedItem

    boxes = [Block("", hint="related", items=[RelatedItem("First story"),
                                              RelatedItem("First story"), RelatedItem("Second")]),
             Block("", hint="related", items=[RelatedItem("Third", "https://x.example/3"),
                                              RelatedItem("Third again", "https://x.example/3")])]
    kept = related.dedupe_links(boxes)
    assert [[i.title for i in b.items] for b in kept] == [
        ["First story", "First story", "Second"], ["Third"]]


def test_a_box_the_page_repeats_keeps_its_links_in_each_copy():
    box = ("<div class='relatedlinks'><h2>Related Stories</h2><ul><li><a href='/s/roads-1'>Roads "
           "plan explained</a></li><li><a href='/s/tax-2'>What the new tax means for you</a></li>"
           "</ul></div>")
    html = (f"<html><body><article><h1>Council approves the roads budget</h1><div class='story'>"
            f"{report_paragraphs(8)}</div>{box}</article><div class='more'>{box}</div>"
            f"</body></html>")
    blocks, _ = html_reading.extract(html, "https://example.org/")
    # The first copy is found after the text and again as a labelled box: it counts once.
    assert _related_titles(blocks) == 2 * ["Roads plan explained", "What the new tax means for you"]


def test_bylines_set_as_headings_above_the_text_head_no_section():
    html = ("<html><body><article><h1>Dax slips</h1><div class='text'>"
            f"<h3>Von Anna Sleegers, Frankfurt</h3><h4>ku Frankfurt</h4>{report_paragraphs(3)}"
            f"<h2>Yen gibt nach</h2>{report_paragraphs(3, start=3)}</div></article></body></html>")
    blocks, _ = html_reading.extract(html, None)
    assert texts(blocks, "heading") == ["Yen gibt nach"]


def test_an_excerpt_of_the_opening_shown_above_the_text_is_not_read_twice():
    first = ("The council approved the roads budget on Tuesday after a year of argument over "
             "potholes, closures and the cost of repairs across the district.")
    second = ("Work on the worst stretches begins in the spring, the council's engineer said, "
              "and every road in the plan should be done within three years.")
    third = ("Residents will be told a month ahead of each closure, by letter and on the "
             "council's website, and buses will run around the works all day.")
    excerpt = f"{first} {second} {third}"
    html = (f"<html><head><meta name='description' content=\"{excerpt}\"></head><body>"
            f"<div class='top'><h1>Council approves the roads budget</h1><p class='excerpt'>"
            f"{excerpt}</p></div><div class='story'><p>{first}</p><p>{second}</p><p>{third}"
            f"</p>{report_paragraphs(12)}</div></body></html>")
    blocks, meta = html_reading.extract(html, None)
    assert meta.summary == excerpt
    assert sum(first in b.text for b in blocks) == 1  # the opening once, as its paragraph


def test_a_list_of_colon_led_lines_of_links_is_a_related_widget():
    html = _page("<ul><li>Police files: <a href='/a/1'>The party's world</a> | <a href='/a/2'>"
                 "How the money was split</a></li><li>The suspects: <a href='/a/3'>Anna Lee</a> "
                 "| <a href='/a/4'>Tom Roe</a></li></ul>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/x")
    [rel] = hints(blocks, "related")
    assert [i.title for i in rel.items] == [
        "The party's world", "How the money was split", "Anna Lee", "Tom Roe"]
    assert not any("Police files" in t for t in texts(blocks))


def test_list_lines_with_a_colon_and_their_own_words_stay_in_the_body():
    html = _page("<ul><li>Cost: about <a href='/a/1'>four million euros</a>, the council "
                 "said on Tuesday</li><li>Start: work begins in <a href='/a/2'>spring</a> "
                 "next year, weather allowing</li></ul>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/x")
    assert not hints(blocks, "related")


def test_a_picture_card_with_a_linked_headline_between_paragraphs_is_a_related_item():
    html = _page("<div class='d_f'><a href='/a/9'><img src='/p.jpg' width='480' "
                 "height='270'></a><a href='/a/9'><h3>Villas of the accused look for new "
                 "owners</h3></a><time>23. 12. 2024</time></div>")
    blocks, _ = html_reading.extract(html, "https://example.org/news/x")
    [rel] = hints(blocks, "related")
    assert [(i.title, i.url) for i in rel.items] == [
        ("Villas of the accused look for new owners", "https://example.org/a/9")]
