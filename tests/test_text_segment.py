"""segment(): blocks to title, dateline, sections, callouts and related blocks, in reading order."""

from __future__ import annotations

import orjson
import pytest

import newsparse
from newsparse.clean import text_blocks
from newsparse.model import Block, Dateline, RelatedItem
from newsparse.text.segment import related_items, segment, split_title


def parts_of(text: str):
    return segment(text_blocks(text))


def paragraphs(parts) -> list[str]:
    return [p for s in parts.body for p in s.paragraphs]


# --- Title and headline dates -------------------------------------------------------------------


def test_title_with_date_word_on_its_line():
    title, dateline, rest = split_title(
        text_blocks("date 2023-02-17 Talks stall\n\nBody text here.")
    )
    assert (title, dateline) == ("Talks stall", Dateline("date 2023-02-17", "2023-02-17"))
    assert [b.text for b in rest] == ["Body text here."]


def test_date_alone_before_the_title():
    title, dateline, rest = split_title(text_blocks("17.02.2023\n\nTalks stall\n\nBody text here."))
    assert (title, dateline.raw, dateline.date) == ("Talks stall", "17.02.2023", "2023-02-17")
    assert [b.text for b in rest] == ["Body text here."]


def test_date_line_after_the_title_in_the_same_block():
    title, dateline, rest = split_title(text_blocks("Talks stall\nFebruary 17, 2023\n\nBody."))
    assert (title, dateline.date) == ("Talks stall", "2023-02-17")
    assert [b.text for b in rest] == ["Body."]


def test_date_block_after_the_title():
    title, dateline, rest = split_title(text_blocks("Talks stall\n\n17 февраля 2023\n\nBody."))
    assert (title, dateline.date) == ("Talks stall", "2023-02-17")
    assert [b.text for b in rest] == ["Body."]


def test_no_title_when_the_text_starts_with_running_prose():
    long_line = " ".join(["word"] * 40) + "."
    title, dateline, rest = split_title(text_blocks(long_line + "\n\nSecond paragraph."))
    assert title is None and dateline is None
    assert [b.text for b in rest] == [long_line, "Second paragraph."]


def test_no_title_when_the_text_starts_with_a_wire_dateline():
    title, dateline, rest = split_title(text_blocks("MOSCOW (Reuters) - Talks stalled.\n\nMore."))
    assert title is None
    assert [b.text for b in rest] == ["MOSCOW (Reuters) - Talks stalled.", "More."]


# --- Wire datelines -----------------------------------------------------------------------------


def test_wire_dateline_is_split_off_the_first_paragraph_and_dated_by_the_headline_year():
    parts = parts_of("date 2023-02-17 Title\n\nMOSCOW, Feb 17 (Reuters) - Talks stalled.\n\nMore.")
    assert parts.dateline == Dateline("date 2023-02-17", "2023-02-17", "MOSCOW", "Reuters")
    assert paragraphs(parts) == ["Talks stalled.", "More."]


def test_wire_dateline_alone_has_no_date_without_a_year():
    parts = parts_of("Title\n\nMOSCOW, Feb 17 (Reuters) - Talks stalled.")
    assert parts.dateline == Dateline("MOSCOW, Feb 17 (Reuters) -", None, "MOSCOW", "Reuters")


def test_wire_dateline_only_at_the_start_of_the_first_paragraph():
    parts = parts_of("Title\n\nTalks stalled.\n\nMOSCOW (Reuters) - Second paragraph.")
    assert parts.dateline is None
    assert paragraphs(parts)[1] == "MOSCOW (Reuters) - Second paragraph."


def test_wire_dateline_after_a_photo_credit():
    parts = parts_of("Title\n\nPhoto: Reuters\n\nLONDON (Reuters) - Shares fell.\n\nMore.")
    assert parts.dateline == Dateline("LONDON (Reuters) -", None, "LONDON", "Reuters")
    assert paragraphs(parts) == ["Photo: Reuters", "Shares fell.", "More."]


def test_wire_dateline_in_html_paragraph_blocks_too():
    blocks = [
        Block("BERLIN (dpa) - Die Bahn fährt.", hint="paragraph"),
        Block("Mehr.", hint="paragraph"),
    ]
    parts = segment(blocks, year=2024, title="Bahn")
    assert parts.dateline == Dateline("BERLIN (dpa) -", None, "BERLIN", "dpa")
    assert paragraphs(parts) == ["Die Bahn fährt.", "Mehr."]


# --- Related blocks -----------------------------------------------------------------------------


def test_related_label_alone_has_no_items_and_the_next_blocks_stay_in_the_body():
    parts = parts_of("Title\n\nFirst.\n\nRelated materials:\n\nA paragraph after it.\n\nAnother.")
    assert [(r.label, r.items, r.after_paragraph) for r in parts.related] == [
        ("Related materials:", [], 1)
    ]
    assert paragraphs(parts) == ["First.", "A paragraph after it.", "Another."]


def test_related_items_are_the_lines_of_the_same_block():
    parts = parts_of("Title\n\nFirst.\n\nRead also:\n- One https://a.example/1\n• Two\n\nLast.")
    assert parts.related[0].items == [RelatedItem("One", "https://a.example/1"), RelatedItem("Two")]
    assert paragraphs(parts) == ["First.", "Last."]


def test_a_list_of_links_after_a_lone_label_is_its_items():
    parts = parts_of("Title\n\nFirst.\n\nSee also:\n\n- One\n- Two https://a.example/2\n\nLast.")
    assert parts.related[0].items == [RelatedItem("One"), RelatedItem("Two", "https://a.example/2")]
    assert paragraphs(parts) == ["First.", "Last."]


def test_links_one_per_block_after_a_lone_label():
    parts = parts_of("Title\n\nFirst.\n\nRead more:\n\n• One\n\n• Two.\n\nLast.")
    assert parts.related[0].items == [RelatedItem("One"), RelatedItem("Two.")]
    assert paragraphs(parts) == ["First.", "Last."]


def test_prose_after_a_lone_label_stays_in_the_body():
    parts = parts_of("Title\n\nFirst.\n\nSee also:\n\nOne line of prose.\n\nLast.")
    assert parts.related[0].items == []
    assert paragraphs(parts) == ["First.", "One line of prose.", "Last."]


def test_a_label_inside_a_block_starts_a_related_block():
    parts = parts_of("Title\n\nFirst paragraph.\nRead also:\nOne title\n\nLast.")
    assert [(r.label, r.items, r.after_paragraph) for r in parts.related] == [
        ("Read also:", [RelatedItem("One title")], 1)
    ]
    assert paragraphs(parts) == ["First paragraph.", "Last."]


def test_prose_under_the_links_goes_back_to_the_body():
    prose = (
        "The minister said the plan would be ready next week and that talks with the unions "
        "would go on."
    )
    parts = parts_of(f"Title\n\nFirst.\n\nRead also:\nOne title\n{prose}\n\nLast.")
    assert parts.related[0].items == [RelatedItem("One title")]
    assert paragraphs(parts) == ["First.", prose, "Last."]


def test_related_item_inline_after_the_colon():
    parts = parts_of("Title\n\nFirst.\n\nЧитайте также: Что известно https://t.example/1")
    assert parts.related[0].label == "Читайте также:"
    assert parts.related[0].items == [RelatedItem("Что известно", "https://t.example/1")]


def test_title_lines_one_per_block_after_a_label_are_its_items_up_to_prose():
    parts = parts_of(
        "Title\n\nFirst.\n\nRelated stories:\n\nCities that went car-free\n\n"
        "Why delivery vans are the hardest part of any ban\n\n"
        "The council will publish a timetable for the changes in July.\n\nLast."
    )
    assert parts.related[0].items == [
        RelatedItem("Cities that went car-free"),
        RelatedItem("Why delivery vans are the hardest part of any ban"),
    ]
    assert paragraphs(parts)[1:] == [
        "The council will publish a timetable for the changes in July.", "Last."]


@pytest.mark.parametrize(
    ("label", "title", "paragraph"),
    [
        # the seed's case: the paragraph takes up most of the line's words
        ("Related materials:", "The Minsk agreements could prevent a crisis in Ukraine",
         "The envoy said the Minsk agreements could prevent the crisis in Ukraine."),
        ("Материалы по теме:", "Новые станции метро открыли в Казани",
         "Новые станции метро в Казани открыли для пассажиров во вторник."),
        # a short line is a heading whatever follows
        ("Lesen Sie auch:", "Was die Regierung plant",
         "Die Bundesregierung hatte angekündigt, die Hilfen zu kürzen."),
    ],
)
def test_a_lone_line_after_a_label_that_the_paragraph_develops_is_a_heading(
        label, title, paragraph):
    parts = parts_of(f"Title\n\nFirst.\n\n{label}\n\n{title}\n\n{paragraph}")
    assert parts.related[0].items == []
    assert [(s.heading, s.paragraphs) for s in parts.body][1:] == [(title, [paragraph])]


def test_after_titles_a_heading_of_the_next_paragraph_ends_the_widget():
    parts = parts_of(
        "Title\n\nFirst.\n\nRead more:\n\nFerry operator adds a late sailing for summer\n\n"
        "Budget airlines cut their winter timetables again\n\n"
        "Why the station car park will grow\n\n"
        "The station car park will grow by 400 places, the council said on Monday.")
    assert [i.title for i in parts.related[0].items] == [
        "Ferry operator adds a late sailing for summer",
        "Budget airlines cut their winter timetables again"]
    assert parts.body[-1].heading == "Why the station car park will grow"


def test_a_topic_label_needs_titles_after_it():
    parts = parts_of(
        "Title\n\nFirst.\n\nMehr zum Thema Radverkehr\n\nWarum Lastenräder boomen in der Stadt"
        "\n\nMore on the economy\n\nThe economy grew by two per cent last year, the office said.")
    assert [(r.label, [i.title for i in r.items]) for r in parts.related] == [
        ("Mehr zum Thema Radverkehr", ["Warum Lastenräder boomen in der Stadt"])]
    assert parts.body[-1].heading == "More on the economy"


def test_a_bulleted_sentence_after_titles_is_the_body_list():
    parts = parts_of(
        "Title\n\nFirst.\n\nRead more\n\nTax brackets for 2025 explained\n\n"
        "- Income tax is paid on wages.\n- Capital gains are taxed when sold.\n\nLast.")
    assert [i.title for i in parts.related[0].items] == ["Tax brackets for 2025 explained"]
    assert "Income tax is paid on wages." in paragraphs(parts)


def test_related_items_keep_url_only_lines():
    assert related_items(["https://a.example/x", "", "Title (https://b.example/y)"]) == [
        RelatedItem("", "https://a.example/x"),
        RelatedItem("Title", "https://b.example/y"),
    ]


# --- Callouts, headings and lists ---------------------------------------------------------------


def test_callout_is_removed_from_the_body_and_placed_after_its_paragraph():
    parts = parts_of(
        "Title\n\nAnna Smith said prices rose.\n\n"
        "Prices will keep rising all year Anna Smith chief economist at a bank\n\nLast."
    )
    assert [(q.text, q.speaker, q.role, q.after_paragraph) for q in parts.quotes] == [
        ("Prices will keep rising all year", "Anna Smith", "chief economist at a bank", 1)
    ]
    assert paragraphs(parts) == ["Anna Smith said prices rose.", "Last."]


def test_heading_opens_a_section():
    parts = parts_of("Title\n\nFirst.\n\nWhat comes next\n\nSecond.")
    assert [(s.heading, s.paragraphs) for s in parts.body] == [
        (None, ["First."]),
        ("What comes next", ["Second."]),
    ]


def test_a_heading_followed_by_a_heading_is_a_plain_line_and_later_blocks_move_on():
    parts = parts_of(
        "Title\n\nFirst.\n\nA short line\n\nRelated materials:\n\nTalks resume in Geneva\n\n"
        "Talks resumed in Geneva on Monday."
    )
    assert [(s.heading, s.paragraphs) for s in parts.body] == [
        (None, ["First.", "A short line"]),
        ("Talks resume in Geneva", ["Talks resumed in Geneva on Monday."]),
    ]
    assert parts.related[0].after_paragraph == 2  # it came after the demoted line


def test_a_trailing_heading_is_a_paragraph():
    parts = parts_of("Title\n\nFirst.\n\nMore details to follow")
    assert [(s.heading, s.paragraphs) for s in parts.body] == [
        (None, ["First.", "More details to follow"])
    ]


def test_list_items_become_paragraphs_without_bullets():
    parts = parts_of("Title\n\nThey want:\n- faster permits\n- less parking\n\n1. one\n2. two")
    assert paragraphs(parts) == ["They want:", "faster permits", "less parking", "one", "two"]


def test_credit_lines_are_paragraphs_not_headings():
    parts = parts_of(
        "Title\n\nFirst.\n\n(Photo: AFP)\n\nTroops near the front. REUTERS/Anna Smith\n\nSecond."
    )
    assert [(s.heading, s.paragraphs) for s in parts.body] == [
        (None, ["First.", "(Photo: AFP)", "Troops near the front. REUTERS/Anna Smith", "Second."])
    ]


def test_caption_is_a_paragraph_not_a_heading():
    parts = parts_of("Title\n\nFirst.\n\nPhoto: Anna Smith/Reuters\n\nSecond.")
    assert [(s.heading, s.paragraphs) for s in parts.body] == [
        (None, ["First.", "Photo: Anna Smith/Reuters", "Second."])
    ]


def test_text_without_blank_lines_is_read_line_by_line():
    parts = parts_of("Title\nFirst paragraph.\nSecond paragraph.\nA heading\nThird paragraph.\n")
    assert parts.title == "Title"
    assert [(s.heading, s.paragraphs) for s in parts.body] == [
        (None, ["First paragraph.", "Second paragraph."]),
        ("A heading", ["Third paragraph."]),
    ]


def test_html_hints_win_over_shape():
    blocks = [
        Block("Short line", hint="paragraph"),
        Block("Section", hint="heading"),
        Block("Text.", hint="paragraph"),
    ]
    parts = segment(blocks, title="T")
    assert [(s.heading, s.paragraphs) for s in parts.body] == [
        (None, ["Short line"]),
        ("Section", ["Text."]),
    ]


def test_many_blocks_parse():
    # A long article: every block classified once, names looked up in the whole text.
    body = "\n\n".join(f"Paragraph {i} mentions Anna Smith and the talks." for i in range(3000))
    parts = parts_of("Title\n\n" + body + "\n\nTalks will go on Anna Smith chief negotiator")
    assert len(paragraphs(parts)) == 3000
    assert parts.quotes[0].after_paragraph == 3000


# --- Bylines ------------------------------------------------------------------------------------


def test_byline_after_the_title_names_the_authors_and_leaves_the_body():
    parts = parts_of("Title\n\nBy Anna Smith and Tom Brown, Reuters\n\nFirst paragraph.")
    assert parts.authors == ["Anna Smith", "Tom Brown"]
    assert [(s.heading, s.paragraphs) for s in parts.body] == [(None, ["First paragraph."])]


def test_byline_shape_later_in_the_article_is_left_alone():
    parts = parts_of("Title\n\nFirst paragraph.\n\nBy Anna Smith\n\nSecond paragraph.")
    assert parts.authors == []
    assert parts.body[1].heading == "By Anna Smith"


def test_by_starting_a_sentence_is_no_byline():
    parts = parts_of("Title\n\nBy the end of the week prices had fallen.\n\nMore.")
    assert parts.authors == []
    assert paragraphs(parts)[0] == "By the end of the week prices had fallen."


def test_marked_up_headings_in_a_row_stay_headings():
    # HTML: a heading directly followed by a sub-heading is two sections, the first empty.
    blocks = [
        Block("Intro.", hint="paragraph"),
        Block("Part one", hint="heading"),
        Block("Chapter A", hint="heading"),
        Block("Text.", hint="paragraph"),
    ]
    parts = segment(blocks, title="T")
    assert [(s.heading, s.paragraphs) for s in parts.body] == [
        (None, ["Intro."]),
        ("Part one", []),
        ("Chapter A", ["Text."]),
    ]


def test_date_after_the_headline_on_the_same_line():
    title, dateline, rest = split_title(text_blocks("Talks stall — 17.02.2023\n\nBody."))
    assert (title, dateline.raw, dateline.date) == ("Talks stall", "17.02.2023", "2023-02-17")


# --- Fine print -----------------------------------------------------------------------------------


def test_rights_notices_closing_a_saved_page_are_no_body():
    parts = parts_of("Council approves plan\n\nThe council approved the plan on Tuesday.\n\n"
                     "© 2024 City Times. All rights reserved.\n\nВсе права защищены.")
    assert paragraphs(parts) == ["The council approved the plan on Tuesday."]


def test_a_paragraph_about_rights_mid_text_stays():
    mid = "The label said all rights reserved, the court heard, but the band disagreed."
    parts = parts_of(f"Band wins case\n\n{mid}\n\nThe judge ruled for the band on Friday.")
    assert paragraphs(parts) == [mid, "The judge ruled for the band on Friday."]


def test_a_date_line_after_the_byline_dates_the_article():
    parts = parts_of("Council approves plan\n\nBy Jane Doe, Environment Correspondent\n\n"
                     "Published 12 March 2024\n\nThe council approved the plan on Tuesday.")
    assert parts.authors == ["Jane Doe"]  # the role after the comma is no second author
    assert parts.dateline.date == "2024-03-12"
    assert [(s.heading, s.paragraphs) for s in parts.body] == [
        (None, ["The council approved the plan on Tuesday."])]


def test_page_tools_closing_a_saved_page_are_no_body():
    parts = parts_of("Council approves plan\n\nThe council approved the plan on Tuesday.\n\n"
                     "Share this article\n\nComments (12)")
    assert [(s.heading, s.paragraphs) for s in parts.body] == [
        (None, ["The council approved the plan on Tuesday."])]


def test_markdown_is_read_as_markdown_and_plain_text_is_left_alone():
    parts = parts_of("# Plan approved\n\nThe **council** voted on [Tuesday](https://x.org/t).\n\n"
                     "## Next steps\n\n> Comments close in May.")
    assert parts.title == "Plan approved"
    assert [(s.heading, s.paragraphs) for s in parts.body] == [
        (None, ["The council voted on Tuesday."]), ("Next steps", ["Comments close in May."])]
    # A "#1" or a bracket in plain text is no Markdown.
    parts = parts_of("Plan approved\n\nThe plan ranked #1 of [three] options on Tuesday.")
    assert [p for s in parts.body for p in s.paragraphs] == [
        "The plan ranked #1 of [three] options on Tuesday."]


def test_a_block_of_five_hundred_related_labels_is_cut_at_each_without_running_out_of_stack():
    text = ("Bridge closes\n\n" + "Related materials:\n" * 500
            + "\nThe council voted on Monday to close the old bridge for a year of repairs.")
    article = newsparse.parse_text(text)
    assert article.text.endswith("for a year of repairs.")
    assert orjson.loads(orjson.dumps(article))["title"] == "Bridge closes"
