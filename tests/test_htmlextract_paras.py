"""Paragraph rules of the HTML walk, each on small hand-written HTML."""

from __future__ import annotations

from newsparse import htmlextract


def _page(body: str) -> str:
    """An article of eight plain paragraphs with `body` in the middle."""
    before, after = ("".join(f"<p>Paragraph {i} of the report goes on about the council and its "
                             f"plans for the coming year in some detail.</p>" for i in part)
                     for part in (range(4), range(4, 8)))
    return f"<html><head><title>T</title></head><body><article><h1>T</h1>{before}{body}" \
           f"{after}</article></body></html>"


def paragraphs(html: str) -> list[str]:
    blocks, _ = htmlextract.extract(html, None)
    return [b.text for b in blocks if b.hint == "paragraph"]


def test_a_section_with_a_post_embedded_deep_inside_keeps_its_running_text():
    html = _page("<div class='entry'><h2>Minister reacts</h2><p>The minister said on Tuesday "
                 "that she was watching the situation closely.</p><div class='embed'>"
                 "<blockquote class='twitter-tweet'><p>I am monitoring the situation.</p>"
                 "</blockquote></div><p>She added that talks would go on all week.</p></div>")
    paras = paragraphs(html)
    assert "The minister said on Tuesday that she was watching the situation closely." in paras
    assert "She added that talks would go on all week." in paras
    assert not any("I am monitoring" in p for p in paras)  # the post itself stays out


def test_a_picture_box_with_a_caption_outside_figcaption_is_no_body_text():
    html = _page("<div class='picBox'><a href='/img/1'><img src='/b.jpg'></a><p>Firefighters at "
                 "the harbour on Monday, 28 April 2023</p></div>"
                 "<div class='row'><img src='/icon.png'><p>A long paragraph that happens to sit "
                 "beside a small icon goes on well past any caption, telling the reader what the "
                 "council decided, why it decided so, and what the people of the town said "
                 "about it afterwards.</p></div>")
    paras = paragraphs(html)
    assert not any(p.startswith("Firefighters at the harbour") for p in paras)
    assert any(p.startswith("A long paragraph that happens") for p in paras)  # prose stays
