"""html.cover: the picture a page shows for the crop it names for sharing."""

from __future__ import annotations

from newsparse.html.cover import file_parts, same_picture
from newsparse.pipeline import parse_html

URL = "https://www.example.org/news/a-story"
PARAS = "".join(f"<p>The {n} paragraph of the story is long enough to count as running text "
                "here, with a clause.</p>" for n in ("first", "second", "third"))


def test_the_shown_lead_above_the_article_gives_the_shared_crop_its_caption():
    head = ("<meta property='og:image' "
            "content='https://img.example.org/share/ab20250113_wide.jpg?w=1200'>")
    html = (f"<html><head><title>A story</title>{head}</head><body>"
            "<div class='top'><figure><img src='https://img.example.org/L/ab20250113.jpg' "
            "srcset='https://img.example.org/S/ab20250113.jpg 400w, "
            "https://img.example.org/XL/ab20250113.jpg 1600w' alt='The harbour'>"
            "<figcaption>The harbour at dawn. Photo: Ann Lee</figcaption></figure></div>"
            f"<article><h1>A story</h1>{PARAS}</article></body></html>")
    [img] = parse_html(html, URL).images
    assert (img.url, img.caption, img.credit, img.alt, img.lead) == (
        "https://img.example.org/XL/ab20250113.jpg", "The harbour at dawn.", "Ann Lee",
        "The harbour", True)


def test_renditions_share_the_file_names_distinct_parts():
    named = file_parts("https://x.org/w1248/assets/d41586-0357_51634584.jpg")
    assert same_picture(named, "https://x.org/w767/assets/d41586-0357_51634584.jpg?as=webp")
    assert not same_picture(named, "https://x.org/w767/assets/d41586-0357_51634590.jpg")
    assert not same_picture(file_parts("https://x.org/a/photo.jpg"), "https://x.org/b/photo.jpg")
    # another picture of the same article: what both share is the article's id
    assert not same_picture(file_parts("https://x.org/w1200/d41586-025-03571-x_51634582.jpg"),
                            "https://x.org/w767/d41586-025-03571-x_51634584.jpg")
