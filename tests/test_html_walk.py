"""Paragraph rules of the HTML walk, each on small hand-written HTML."""

from __future__ import annotations

import newsparse
from newsparse import html as html_reading

from .htmlpages import article_page as _page


def paragraphs(html: str) -> list[str]:
    blocks, _ = html_reading.extract(html, None)
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


def test_credit_lines_and_contact_prompts_close_no_body():
    html = _page("<p>Do you have a story to tell? Email: newsdesk@example.org</p>"
                 "<p>(dmk)</p><p>Mit Agenturmaterial.</p>"
                 "<p>With reporting by Associated Press writer Jane Roe</p>"
                 "<p>© dpa-infocom, dpa:240516-99-53606/3 (dpa)</p>"
                 "<p>First published in The Conversation.</p>"
                 "<p>Reporting by Jane Roe; Editing by John Doe</p>")
    paras = paragraphs(html)
    assert len(paras) == 8 and all(p.startswith("Paragraph ") for p in paras)


def test_rights_notices_in_any_language_close_no_body():
    html = _page("<p>The-CNN-Wire ™ &amp; © 2013 Cable News Network, Inc. All rights reserved.</p>"
                 "<p>Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung des Verlags.</p>"
                 "<p>版权说明：凡注明来源为“本网”的作品，未经允许禁止转载、使用，违者必究。</p>")
    paras = paragraphs(html)
    assert len(paras) == 8 and all(p.startswith("Paragraph ") for p in paras)


def test_a_bullet_list_of_sentences_keeps_its_short_sentences():
    html = _page("<p>Some of the other data points include:</p><ul>"
                 "<li>Pizza was searched more than the World Cup.</li>"
                 "<li>The Cronut rose to 17th on the global recipe list after its arrival.</li>"
                 "<li>Foodies in Japan searched French food more than France.</li>"
                 "<li>Spice-loving Brits searched Indian food more than India.</li></ul>")
    paras = paragraphs(html)
    assert "Pizza was searched more than the World Cup." in paras
    assert "Spice-loving Brits searched Indian food more than India." in paras


def test_a_list_of_short_items_is_article_content_and_says_it_is_a_list():
    html = _page("<p>What you need for the base of the cake, all at room temperature:</p>"
                 "<ul><li>2 cups flour</li><li>3 eggs</li><li>Butter</li></ul>"
                 "<p>Then the steps, in this order and without a pause between them:</p>"
                 "<ol><li>Mix</li><li>Bake for <b>40</b> minutes</li></ol>"
                 "<div class='factbox'><ul><li>Fact: 12 km</li><li>Built in 1998.</li></ul></div>")
    article = newsparse.parse_html(html)
    paras = [p for s in article.body for p in s.paragraphs]
    start = paras.index("2 cups flour")
    assert paras[start:start + 6] == [
        "2 cups flour", "3 eggs", "Butter",
        "Then the steps, in this order and without a pause between them:",
        "Mix", "Bake for 40 minutes"]
    assert [(s.start, s.count, s.ordered) for s in article.lists] == [
        (start, 3, False), (start + 4, 2, True)]
    assert "Built in 1998." not in paras  # a fact box beside the text stays out


def test_a_signature_closing_the_text_is_the_byline_not_a_paragraph():
    html = _page("").replace("</article>", "<p>-- By Michael Russell <a href='https://x.com/mr'>"
                             "Follow @tdmrussell</a></p></article>")
    blocks, meta = html_reading.extract(html, None)
    paras = [b.text for b in blocks if b.hint == "paragraph"]
    assert len(paras) == 8 and paras[-1].startswith("Paragraph 7")
    assert meta.authors == ["Michael Russell"]
    # A closing sentence that starts with "By" is the story's own.
    html = _page("").replace("</article>", "<p>By Friday the council will know more.</p>"
                             "</article>")
    assert paragraphs(html)[-1] == "By Friday the council will know more."


def test_prose_mentioning_reporting_or_an_address_stays():
    long_ = ("Reporting by the local paper first revealed the plan, and residents wrote to "
             "council@example.org in their hundreds over the following weeks, asking for a "
             "public meeting before any vote was taken on the new road.")
    html = _page(f"<p>{long_}</p><p>Editing by hand took the clerks a week.</p>")
    paras = paragraphs(html)
    assert long_ in paras  # long: running text, whatever it mentions
    assert "Editing by hand took the clerks a week." in paras  # a sentence, not a credit


def test_italic_notes_after_the_last_plain_paragraph_close_the_article():
    html = _page("").replace(
        "</article>",
        "<p><em>Jane Roe is a senior researcher at the City Observatory.</em></p>"
        "<p><i>Our website is the place for the latest news. Please bookmark it.</i></p>"
        "</article>")
    paras = paragraphs(html)
    assert len(paras) == 8 and paras[-1].startswith("Paragraph 7")


def test_italic_quotes_italics_mid_text_and_a_heading_s_only_text_stay():
    mid = _page("<p><em>An italic paragraph in the middle of the story is still part of it "
                "and stays.</em></p>")
    assert any(p.startswith("An italic paragraph in the middle") for p in paragraphs(mid))
    quote = _page("").replace("</article>", "<p><em>“The sea is generous, if we act in "
                                            "time,” the minister said.</em></p></article>")
    assert paragraphs(quote)[-1].startswith("“The sea is generous")
    headed = _page("").replace("</article>", "<h3>What comes next</h3><p><em>The council "
                                             "votes on the plan next week.</em></p></article>")
    assert paragraphs(headed)[-1] == "The council votes on the plan next week."


def test_a_paragraph_only_hidden_from_screen_readers_by_a_paywall_is_read():
    html = _page("<p class='paywall' aria-hidden='true'>Behind the meter, the story goes on "
                 "with what the council decided.</p>"
                 "<p hidden>A hidden paragraph stays out of the body whatever it says.</p>"
                 "<div aria-hidden='true'><p>A hidden box stays out with its paragraphs.</p></div>")
    paras = paragraphs(html)
    assert "Behind the meter, the story goes on with what the council decided." in paras
    assert not any(p.startswith("A hidden") for p in paras)


def test_an_article_element_inside_the_story_is_a_teaser_unless_the_story_is_made_of_them():
    teaser = ("<article class='teaser'><p>Another story entirely: the runner who found a new "
              "clarity after a long and hard year.</p></article>")
    paras = paragraphs(_page(teaser))
    assert len(paras) == 8 and not any(p.startswith("Another story") for p in paras)
    posts = "".join(f"<article class='post'><h2>Update {i}</h2><p>Post {i} of the live blog "
                    f"tells what happened at the border in the last hour in detail.</p></article>"
                    for i in range(5))
    intro = "".join(f"<p>Intro paragraph {i} of the live blog says what this page follows "
                    f"and why it matters to readers.</p>" for i in range(3))
    html = f"<html><body><div class='blog'><h1>Live</h1>{intro}{posts}</div></body></html>"
    assert sum(p.startswith("Post ") for p in paragraphs(html)) == 5


def test_a_bold_kicker_then_one_link_is_a_read_also_line_in_any_language():
    html = _page("<p><strong>FUNDA OLUNYE UDABA LAPHA |</strong> <a href='/s/1'>Kuboshwe "
                 "abahlanu besolwa</a></p>"
                 "<p><strong>Mayor:</strong> <a href='/s/2'>the council</a> will vote on the plan "
                 "next week, she said, and not before.</p>")
    blocks, _ = html_reading.extract(html, "https://example.org/")
    related = [i.title for b in blocks if b.hint == "related" for i in b.items]
    assert related == ["Kuboshwe abahlanu besolwa"]
    paras = [b.text for b in blocks if b.hint == "paragraph"]
    assert any(p.startswith("Mayor: the council will vote") for p in paras)  # prose stays


def test_camel_case_class_names_are_read_as_words_but_hashes_are_not():
    html = _page("<span class='mediaEmbed'><div class='player'><p>Yahya said the talks are "
                 "stalled, in a video description under the player.</p></div></span>"
                 "<p class='articleBodyBlock' id='block-id-n1AuAdJlVL'>A paragraph with a hashed "
                 "id holding the letters of an ad is still running text.</p>")
    paras = paragraphs(html)
    assert not any(p.startswith("Yahya said") for p in paras)
    assert any(p.startswith("A paragraph with a hashed id") for p in paras)


def test_css_module_class_names_are_judged_without_their_hash():
    html = _page("<div class='Byline_author-wrapper__2dsv1'><span><strong>Jane Roe</strong> "
                 "Deputy Content Hub Director for the region</span></div>"
                 "<div class='sidebar-grid__content'><p>A paragraph in a BEM content element "
                 "stays part of the story.</p></div>")
    paras = paragraphs(html)
    assert not any("Jane Roe" in p for p in paras)
    assert "A paragraph in a BEM content element stays part of the story." in paras


def test_a_box_named_a_newsletter_by_its_aria_label_is_no_body():
    html = _page("<section aria-label='Newsletter Anmeldung'><h3>Hinter den Kulissen</h3><p>"
                 "Politik aus erster Hand - meinungsstark, exklusiv, relevant.</p></section>"
                 "<section aria-label='Der Bericht'><p>Ein Absatz in einem benannten Abschnitt "
                 "bleibt Teil der Geschichte.</p></section>")
    paras = paragraphs(html)
    assert not any("meinungsstark" in p for p in paras)
    assert "Ein Absatz in einem benannten Abschnitt bleibt Teil der Geschichte." in paras


def test_a_paragraph_that_is_one_long_link_is_a_teaser():
    teaser = "VIDEO SHOWS SUSPECT ACCUSED OF OPERATING SECRET STATIONS MINGLING WITH OFFICIALS " \
             "AT A GALA DINNER IN TOWN"
    html = _page(f"<p><a href='/v/1'><strong>{teaser}</strong></a></p>"
                 "<p>The report, <a href='/r'>published on Monday by the city's audit office "
                 "after a long review</a>, found no fault.</p>")
    paras = paragraphs(html)
    assert teaser not in paras
    assert any(p.startswith("The report, published on Monday") for p in paras)


def test_a_short_paragraph_box_with_an_emoji_image_is_still_text():
    html = _page("<div class='para'><p>The crowd cheered when the mayor cut the ribbon "
                 "<img class='emoji' src='/e.png' alt='party'> at noon.</p></div>"
                 "<div class='para'><p>The band played on into the night "
                 "<img src='/i.png' width='16' height='16'> until two.</p></div>")
    paras = paragraphs(html)
    assert any(p.startswith("The crowd cheered") for p in paras)
    assert any(p.startswith("The band played on") for p in paras)


def test_an_article_all_in_italics_is_kept():
    body = "".join(f"<p><em>Line {i} of the open letter to the council, written in italics "
                   f"from start to end.</em></p>" for i in range(6))
    html = f"<html><body><article><h1>Letter</h1>{body}</article></body></html>"
    assert len(paragraphs(html)) == 6


def test_a_short_line_ending_in_a_colon_with_nothing_after_it_introduces_nothing():
    html = _page("").replace("</article>", "<p>Dieses Thema im Programm:</p>"
                                           "<div class='broadcast'><span>NDR 1</span></div>"
                                           "</article>")
    paras = paragraphs(html)
    assert paras[-1].startswith("Paragraph 7")
    mid = _page("<p>The council listed three reasons:</p>")  # text follows: it stays
    assert "The council listed three reasons:" in paragraphs(mid)


def test_lines_that_only_start_like_a_credit_stay():
    lines = ["Mit Materialkosten von fünf Euro ist der Bau billig.",
             "Avec apparemment peu de moyens, la ville a tenu bon.",
             "(c) the council must publish its accounts every year."]
    paras = paragraphs(_page("".join(f"<p>{line}</p>" for line in lines)))
    assert all(line in paras for line in lines)


def test_a_paywalled_teaser_is_not_swapped_for_the_page_s_login_lines():
    lines = ("会員登録が必要です", "＞ ログイン", "無料・有料プランを選択")
    junk = "".join(f"<p>{line} {i}</p>" for i in range(12) for line in lines)
    lead = ("６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、"
            "米大統領のトランプと北朝鮮委員長の金正恩ばかりではなかった。"
            "中国国家主席、習近平も重要な陰の参戦者だった。")
    html = (f"<html><body><div class='menu'>{junk}</div><article><h1>米朝首脳直通電話</h1>"
            f"<div class='article_text'><p>{lead}</p><p>その判断は…</p></div></article>"
            f"<div class='paywall'><p>この記事は会員限定です。"
            f"電子版に登録すると続きをお読みいただけます。</p>{junk}</div></body></html>")
    assert paragraphs(html) == [lead, "その判断は…"]


def test_a_page_drawn_by_script_is_read_from_its_json_ld_article_body():
    body = ("The council approved the roads budget on Tuesday after a year of argument.\\n"
            "Work on the worst streets starts in May, the mayor said.")
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            "\"headline\": \"Roads budget approved\", \"articleBody\": \"" + body + "\"}"
            "</script></head><body><div id='root'><h1>Roads budget approved</h1></div>"
            "</body></html>")
    assert paragraphs(html) == [
        "The council approved the roads budget on Tuesday after a year of argument.",
        "Work on the worst streets starts in May, the mayor said."]


def test_a_standfirst_stays_in_the_body_and_the_wire_dateline_after_it_is_read():
    html = ("<html><body><article><h1>Council approves the plan</h1>"
            "<p class='standfirst'>The plan allows four thousand new homes near the lines.</p>"
            "<p>RIVERSIDE — The council approved the plan shortly before midnight on Thursday "
            "after a long session.</p><p>The vote was seven to four, with two members absent "
            "for the whole of the evening.</p></article></body></html>")
    article = newsparse.parse_html(html)
    assert article.summary == "The plan allows four thousand new homes near the lines."
    assert article.body[0].paragraphs[0] == article.summary
    assert article.dateline is not None and article.dateline.place == "RIVERSIDE"
    assert article.body[0].paragraphs[1].startswith("The council approved")


def test_a_sentence_long_heading_above_the_text_is_the_deck_not_a_section_heading():
    prose = ("The council voted on Tuesday to close the old bridge to cars from June, after "
             "engineers found cracks in two of its piers during the spring inspection.")
    html = ("<html><body><article><h1>Bridge closes</h1><h2>Council closes the old bridge to "
            f"cars from June after engineers find cracks in two piers</h2><p>{prose}</p>"
            f"<p>{prose.replace('council', 'city')}</p><h2>What drivers can do</h2>"
            f"<p>{prose.replace('council', 'mayor')}</p></article></body></html>")
    article = newsparse.parse_html(html)
    first = article.body[0]
    assert first.heading is None  # the deck heads no section: it leads the text
    assert first.paragraphs[0].startswith("Council closes the old bridge")
    assert [s.heading for s in article.body] == [None, "What drivers can do"]  # crossheads stay


def test_newsletter_appeals_close_no_body_but_prose_about_newsletters_stays():
    prose = ("The council sends a monthly newsletter to every household, and readers say it is "
             "the only place where the budget is explained in plain words.")
    html = _page(f"<p>{prose}</p><p>Like this article? Subscribe to our blog and have the "
                 "week's news delivered to your inbox.</p><p>Sign up for our newsletter for "
                 "updates and events</p><p>Abonnieren Sie jetzt unseren Newsletter!</p>")
    paras = paragraphs(html)
    assert prose in paras
    assert not any("Subscribe" in p or "Sign up" in p or "Abonnieren" in p for p in paras)


def test_a_hashed_class_name_ending_in_ad_is_no_advert():
    html = _page("<div class='e1e566ad'><p>The second half of the report covers the harbour, "
                 "the ferries and the plan to dredge the channel before the winter storms.</p>"
                 "</div><div class='ad-slot'><p>Buy one ferry ticket and get the second one "
                 "for half the price this week only.</p></div>")
    paras = paragraphs(html)
    assert any(p.startswith("The second half of the report covers the harbour") for p in paras)
    assert not any(p.startswith("Buy one ferry ticket") for p in paras)  # a real ad slot


def test_the_answers_in_an_accordion_are_the_articles_text():
    html = _page("<h2>Questions</h2><div class='faq-accordion'><h3 class='accordion-title'>When "
                 "does the ferry run?</h3><div class='accordion-content'><p>Every hour from six "
                 "in the morning until midnight.</p></div></div>")
    paras = paragraphs(html)
    assert "Every hour from six in the morning until midnight." in paras


def test_the_placeholder_of_an_embed_waiting_for_consent_is_no_body_text():
    html = _page("<p>Um eingebettete Inhalte anzuzeigen, ist deine widerrufliche Einwilligung in "
                 "die Übermittlung und Verarbeitung von personenbezogenen Daten notwendig.</p>"
                 "<p>To view this content, you need to accept the cookies of the video site "
                 "that hosts it.</p>")
    paras = paragraphs(html)
    assert not any(p.startswith(("Um eingebettete", "To view this")) for p in paras)
