"""html.images: the article's own pictures with captions, credits, the lead and their place."""

from __future__ import annotations

import pytest

from newsparse.pipeline import parse_html
from newsparse.text.credits import split_credit, tooltip_credit

URL = "https://www.example.org/news/a-story"
PARA = ("<p>{} paragraph of the story is long enough to count as running text here, "
        "with a clause.</p>")


def page(inside: str, head: str = "") -> str:
    paras = "".join(PARA.format(n) for n in ("The first", "The second", "The third"))
    return (f"<html lang='en'><head><title>A story about the budget</title>{head}</head><body>"
            f"<article><h1>A story about the budget</h1>{inside.replace('PARAS', paras)}"
            "</article></body></html>")


def images(html: str) -> list:
    return parse_html(html, URL).images


def test_figure_with_picture_srcset_caption_and_credit():
    [img] = images(page(
        "<figure><picture><source srcset='/img/a-400.jpg 400w, /img/a-1200.jpg 1200w'>"
        "<img src='/img/a-400.jpg' alt='A street'></picture>"
        "<figcaption>A street in the city. Photo: Ann Lee/Agency</figcaption></figure>PARAS"))
    assert (img.url, img.caption, img.credit, img.alt, img.lead, img.after_paragraph) == (
        "https://www.example.org/img/a-1200.jpg", "A street in the city.", "Ann Lee/Agency",
        "A street", True, 0)


def test_lazy_image_credit_box_and_place_in_the_text():
    [img] = images(page(
        "PARAS<figure><img src='data:image/gif;base64,R0lGOD' data-src='/img/b.jpg'>"
        "<figcaption><span>The minister.</span><span class='credit'>© Reuters</span>"
        "</figcaption></figure>"))
    assert (img.url, img.caption, img.credit, img.after_paragraph) == (
        "https://www.example.org/img/b.jpg", "The minister.", "Reuters", 3)


def test_noscript_copy_is_read_once():
    found = images(page("<figure><img class='lazy' src='data:,'><noscript><img src='/c.jpg'>"
                        "</noscript><figcaption>A caption</figcaption></figure>PARAS"))
    assert [(i.url, i.caption) for i in found] == [("https://www.example.org/c.jpg", "A caption")]


def test_caption_box_beside_the_picture_and_tooltip_credit():
    [img] = images(page(
        "PARAS<div class='media'><img src='/d.jpg' title='Firefighters at work | Bildquelle: WDR'>"
        "<div class='info'><p class='infotext'>Firefighters in Essen</p></div></div>"))
    assert (img.caption, img.credit) == ("Firefighters in Essen", "WDR")


@pytest.mark.parametrize("furniture", [
    "<a href='/news/other-story'><img src='/card.jpg'></a>",  # a link card's picture
    "<img src='/logo.png' class='site-logo'>",
    "<img src='/pixel.gif' width='1' height='1'>",
    "<img src='/icons/share.svg'>",
    "<div class='author-box'><img src='/jane.jpg'></div>",
    "<aside><img src='/sidebar.jpg'></aside>",
    "<div class='related-articles'><img src='/teaser.jpg'></div>",
])
def test_furniture_is_no_article_picture(furniture):
    found = images(page(f"<figure><img src='/main.jpg'></figure>PARAS{furniture}"))
    assert [i.url for i in found] == ["https://www.example.org/main.jpg"]


def test_the_shared_picture_leads_when_the_article_shows_none_first():
    head = "<meta property='og:image' content='https://cdn.example.org/og.jpg'>"
    found = images(page("PARAS<figure><img src='/later.jpg'></figure>", head))
    assert [(i.url, i.lead) for i in found] == [("https://cdn.example.org/og.jpg", True),
                                                ("https://www.example.org/later.jpg", False)]


def test_json_ld_image_object_fills_caption_and_credit():
    head = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
            "\"A story about the budget\", \"image\": {\"@type\": \"ImageObject\", \"url\": "
            "\"https://www.example.org/e.jpg\", \"caption\": \"The harbour\", "
            "\"creditText\": \"Bo Ma\"}}</script>")
    [img] = images(page("<figure><img src='/e.jpg?w=800'></figure>PARAS", head))
    assert (img.caption, img.credit, img.lead) == ("The harbour", "Bo Ma", True)


def test_captions_stay_out_of_the_body():
    article = parse_html(page("<figure><img src='/f.jpg'><figcaption>A caption that "
                              "could pass for a line of text. Foto: dpa</figcaption></figure>"
                              "PARAS"), URL)
    assert "caption" not in article.text and article.images[0].credit == "dpa"


@pytest.mark.parametrize(("caption", "split"), [
    ("A street. Photo: Jane Doe/Agency", ("A street.", "Jane Doe/Agency")),
    ("Eine Straße. Foto: dpa", ("Eine Straße.", "dpa")),
    ("Ein Haus. Bild: Keystone", ("Ein Haus.", "Keystone")),
    ("A field © AFP", ("A field", "AFP")),
    ("FBI Director listens. (AP Photo/Carolyn Kaster)", ("FBI Director listens.",
                                                         "AP Photo/Carolyn Kaster")),
    ("The minister in Madrid. EFE/ J.J. Guillén", ("The minister in Madrid.", "EFE/ J.J. Guillén")),
    ("A coup in Yangon.Credit: Panos Pictures", ("A coup in Yangon.", "Panos Pictures")),
    ("Vehicles near Rafah. AP", ("Vehicles near Rafah.", "AP")),
    ("A caption without a credit.", ("A caption without a credit.", None)),
    ("The group in Madrid EFE/ J.J. Guillén", ("The group in Madrid", "EFE/ J.J. Guillén")),
    ("Players of the national team（Ｃ）Kyodo", ("Players of the national team", "Kyodo")),
    ("The studio. Courtesy of Ann Lee", ("The studio.", "Ann Lee")),
    # a video's date and running time are the player's
    ("Young people march in Moscow. 26.10.2025 | 2:43 min", ("Young people march in Moscow.",
                                                             None)),
])
def test_a_captions_trailing_credit_is_split_off(caption, split):
    assert split_credit(caption) == split


def test_tooltip_bar_sets_the_credit_off():
    assert tooltip_credit("Andrew Robertson | AFP/Paul Ellis") == ("Andrew Robertson",
                                                                   "AFP/Paul Ellis")


def test_a_caption_set_again_as_a_paragraph_leaves_the_body():
    article = parse_html(page("<figure><img src='/g.jpg'><figcaption>The harbour wall after "
                              "the storm on Monday night.</figcaption></figure>"
                              "<p>The harbour wall after the storm on Monday night.</p>PARAS"),
                         URL)
    assert "harbour wall" not in article.text
    assert article.images[0].caption == "The harbour wall after the storm on Monday night."


def test_two_renditions_of_one_file_are_one_picture():
    found = images(page("<figure><img src='/up/harbour.jpg'></figure>PARAS"
                        "<figure><img src='/up/harbour-1376x774.jpg'></figure>"
                        "<div class='ad-slot'><img src='/banner.jpg'></div>"))
    assert [i.url for i in found] == ["https://www.example.org/up/harbour.jpg"]


def test_a_picture_right_under_the_opening_paragraph_leads():
    head = "<meta property='og:image' content='https://cdn.example.org/og-crop.jpg'>"
    found = images(page(PARA.format("The opening") + "<figure><img src='/top.jpg'></figure>"
                        "PARAS", head))
    assert [(i.url, i.lead, i.after_paragraph) for i in found] == [
        ("https://www.example.org/top.jpg", True, 1)]


def test_a_hex_id_holding_ad_is_no_advert():
    found = images(page("<figure class='css-1ad3'><img src='/2024/2cc5e7ad-5475-4dc0.jpeg'>"
                        "</figure>PARAS"))
    assert [i.url for i in found] == ["https://www.example.org/2024/2cc5e7ad-5475-4dc0.jpeg"]


@pytest.mark.parametrize(("picture", "credit"), [
    # the credit element set after the caption element, in one unmarked box
    ("<div class='pic'><img src='/h.jpg'></div><div class='x'><span class='img-caption'>"
     "The pier.</span><span class='img-source'>Ann Lee/dpa</span></div>", "Ann Lee/dpa"),
    # a credit line right after the picture, no caption
    ("<section><img src='/h.jpg'><p class='teaser-image__credits'>Bo Ma/Agency</p></section>",
     "Bo Ma/Agency"),
    ("<figure><img src='/h.jpg' data-portal-copyright='Cy Po/Getty Images'></figure>",
     "Cy Po/Getty Images"),
    ("<figure><img src='/h.jpg' alt='The pier at night © Radio Foto: Di Ra'></figure>",
     "Radio Foto: Di Ra"),
])
def test_a_credit_beside_the_caption_or_in_the_picture(picture, credit):
    [img] = images(page(picture + "PARAS"))
    assert img.credit == credit


def test_bem_names_mark_caption_and_credit():
    [img] = images(page(
        "<div class='detail'><div class='detail-img__wrapper'><img src='/k.jpg'></div>"
        "<div class='detail-img__description'>The pier at dawn. <span class='image--author'>"
        "Bo Ma/dpa</span></div></div>PARAS"))
    assert (img.caption, img.credit) == ("The pier at dawn.", "Bo Ma/dpa")


def test_an_unmarked_box_under_the_picture_gives_caption_and_credit_line():
    [img] = images(page("<div class='x1'><div class='x2'><picture><img src='/m.jpg'></picture>"
                        "</div><div class='x3'>Fans before the match</div><div class='x4'>"
                        "Getty Images</div></div>PARAS"))
    assert (img.caption, img.credit) == ("Fans before the match", "Getty Images")


def test_a_caption_box_holding_the_picture():
    [img] = images(page("<p class='caption'><span class='frame'><img src='/n.jpg'></span>"
                        "<span class='bu'>New phones and watches.</span></p>PARAS"))
    assert img.caption == "New phones and watches."


@pytest.mark.parametrize("text", [
    "<p>The council met on Monday and agreed on the budget for next year.</p>",
    "<h3>One network for the whole house</h3><p>It covers every room.</p>",
])
def test_running_text_beside_a_picture_is_no_caption(text):
    article = parse_html(page(f"<div class='x'><div><img src='/o.jpg'></div>{text}</div>PARAS"),
                         URL)
    assert article.images[0].caption is None


def test_a_paragraph_with_a_link_beside_a_picture_is_no_caption():
    article = parse_html(page("<div class='x'><img src='/o.jpg'><p>The council met on Monday, "
                              "<a href='/x'>said</a> the mayor, and agreed on the budget "
                              "for next year.</p></div>PARAS"), URL)
    assert article.images[0].caption is None


@pytest.mark.parametrize("credit_line", [
    "<div class='x9'><small class='t'>© Ann Lee</small></div>",
    "<span class='e1'><span class='e2'>Foto: Ann Lee</span></span>",
])
def test_a_credit_line_set_apart_inside_the_figure(credit_line):
    [img] = images(page(f"<figure><div class='f'><img src='/p.jpg' title='The school | Only "
                        f"few children came on Monday, the first day back'>{credit_line}</div>"
                        "<figcaption>Only few children came on Monday</figcaption></figure>"
                        "PARAS"))
    assert (img.caption, img.credit) == ("Only few children came on Monday", "Ann Lee")


def test_text_under_the_picture_that_repeats_its_alt_is_its_caption():
    article = parse_html(page("PARAS<div class='a1'><picture><img src='/q.jpg' alt='The mayor "
                              "at the press conference'></picture></div><div class='a2'><span>"
                              "The mayor at the press conference</span></div>"), URL)
    assert article.images[0].caption == "The mayor at the press conference"
    assert "press conference" not in article.text


def test_a_lightbox_data_caption():
    [img] = images(page("<div><img src='/r.jpg' data-caption='The new bridge at night' "
                        "data-source='Bo Ma/dpa'></div>PARAS"))
    assert (img.caption, img.credit) == ("The new bridge at night", "Bo Ma/dpa")


def test_a_caption_the_description_repeats_is_no_lead_in_the_body():
    cap = "The minister leaves the cabinet meeting on Monday morning in the capital."
    paras = "".join(PARA.format(n) for n in ("The first", "The second"))
    html = (f"<html lang='en'><head><title>A story</title><meta name='description' "
            f"content='{cap}'></head><body><div class='top'><h1>A story</h1><div class='pic'>"
            f"<img src='/s.jpg' alt='{cap}'></div><div class='x'>{cap} <span>© Ann Lee</span>"
            f"</div></div><div class='article-body'>{paras}</div></body></html>")
    article = parse_html(html, URL)
    assert (article.images[0].caption, article.images[0].credit) == (cap, "Ann Lee")
    assert "Ann Lee" not in article.text
