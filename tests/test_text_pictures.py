"""text.pictures: pictures, captions and credit lines of plain text and Markdown."""

from __future__ import annotations

import newsparse
from newsparse.text.pictures import take_pictures

LEAD = "The first paragraph of the story is long enough to count as running text here."


def test_credit_line_under_a_caption_leaves_the_body():
    article = newsparse.parse_text(
        f"A story headline\n\n{LEAD}\n\nThe minister in Berlin on Monday.\n"
        "Photo: Ann Lee/Reuters\n\nThe second paragraph of the story goes on for a while.\n")
    assert [p for s in article.body for p in s.paragraphs] == [
        LEAD, "The second paragraph of the story goes on for a while."]
    [img] = article.images
    assert (img.url, img.caption, img.credit, img.alt, img.after_paragraph) == (
        None, "The minister in Berlin on Monday.", "Ann Lee/Reuters", None, 1)


def test_markdown_image_with_its_caption_and_a_lone_credit_line():
    text, images, anchors = take_pictures(
        "![A street](https://example.org/a.jpg)\n\nA street in the city. Photo: Ann Lee/Agency"
        f"\n\n{LEAD}\n\nFoto: dpa\n\nMore text.\n")
    assert [(i.url, i.caption, i.credit, i.alt) for i in images] == [
        ("https://example.org/a.jpg", "A street in the city.", "Ann Lee/Agency", "A street"),
        (None, None, "dpa", None)]
    assert anchors == [None, LEAD]
    assert "Photo" not in text and "Foto" not in text and LEAD in text


def test_text_that_only_mentions_a_photo_stays_text():
    words = ("He showed the photo: a man on a bridge, said the officer, who asked not to be "
             "named because the inquiry was still going on.")
    text, images, _ = take_pictures(f"{LEAD}\n\n{words}\n\nSource: Federal Statistics Office\n")
    assert images == [] and words in text and "Source:" in text


def test_plain_text_leaves_page_fields_empty():
    article = newsparse.parse_text(f"A story headline\n\n{LEAD}\n")
    assert (article.images, article.canonical_url, article.site_name, article.modified,
            article.section, article.tags, article.free_access, article.page_type) == (
        [], None, None, None, None, [], None, None)


def test_a_heading_with_a_slash_is_no_credit():
    lines = "Compact / Point and Shoot\n\nWhat is a Web Application? / A Brief Guide\n\n"
    text, images, _ = take_pictures(f"{LEAD}\n\n{lines}More text follows here.\n")
    assert images == [] and "Compact / Point and Shoot" in text
