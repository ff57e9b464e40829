"""Related boxes in plain text whose label no list names: the shape of the lines decides."""

from __future__ import annotations

import pytest

from newsparse.clean import text_blocks
from newsparse.text.segment import segment

PROSE = "The council voted on Tuesday to close the old bridge to traffic for the whole summer."
AFTER = "Engineers will inspect the bridge again in September, the council said in a statement."


def parts_of(*blocks: str):
    return segment(text_blocks("Bridge to close for the summer\n\n" + "\n\n".join(blocks)))


def boxes(parts) -> list[tuple[str | None, list[str]]]:
    return [(r.label, [i.title for i in r.items]) for r in parts.related]


def body_text(parts) -> str:
    return "\n".join([s.heading or "" for s in parts.body]
                     + [p for s in parts.body for p in s.paragraphs])


TITLES = ["Ferry operator adds a late sailing for the summer",
          "Why the tram line to the harbour is running late again",
          "Cyclists ask for a second lane across the river"]


def test_headlines_under_an_unknown_label_between_paragraphs_are_a_box():
    parts = parts_of(PROSE, "Schlagzeilen aus der Region", *TITLES, AFTER)
    assert boxes(parts) == [("Schlagzeilen aus der Region", TITLES)]
    assert "Ferry operator" not in body_text(parts)
    assert "Schlagzeilen" not in body_text(parts)
    assert parts.related[0].after_paragraph == 1


def test_the_box_at_the_end_of_the_article():
    parts = parts_of(PROSE, AFTER, "More from Ask an Advisor", *TITLES)
    assert boxes(parts) == [("More from Ask an Advisor", TITLES)]


def test_a_heading_and_its_paragraph_are_not_a_box():
    parts = parts_of(PROSE, "What happens next", "Who pays for the new bridge", AFTER)
    assert parts.related == []


def test_the_last_line_is_the_heading_the_next_paragraph_develops():
    parts = parts_of(PROSE, "Read on", *TITLES[:2], "Engineers will inspect the bridge",
                     AFTER)
    assert boxes(parts) == [("Read on", TITLES[:2])]
    assert parts.body[-1].heading == "Engineers will inspect the bridge"


def test_an_unbulleted_list_after_short_lines_is_the_body_list():
    # "Pros" follows the product's name, not running text: one more line of the body's list.
    parts = parts_of(PROSE, "Lenovo Yoga 9i 2-in-1", "Pros", "Long battery life in our test",
                     "Large touchpad compared to alternatives", "Bright screen with good colours",
                     AFTER)
    assert parts.related == []
    assert "Long battery life" in body_text(parts)


def test_a_colon_label_introduces_the_body_list():
    for label in ("What you will need for the trip:", "Best for: families with children"):
        parts = parts_of(PROSE, label, "A map of the old town and the harbour",
                         "Shoes that can walk a long way", AFTER)
        assert parts.related == [], label


def test_table_rows_are_not_headlines():
    parts = parts_of(PROSE, "Weekly shopping list", "Onions 1 and a half 3 6",
                     "Celery 80g (around 3 sticks) 160g 320g", "Carrots 4 8 16", AFTER)
    assert parts.related == []


def test_a_label_repeated_over_each_teaser():
    parts = parts_of(PROSE, "News from the city desk", TITLES[0], AFTER,
                     "News from the city desk", TITLES[1], PROSE)
    assert boxes(parts) == [("News from the city desk", [TITLES[0]]),
                            ("News from the city desk", [TITLES[1]])]
    assert "News from the city desk" not in body_text(parts)


def test_a_repeated_heading_over_several_list_items_is_not_a_box():
    parts = parts_of(PROSE, "Cons", "Slow processor for the price", "No keyboard backlight at all",
                     AFTER, "Cons", "Glossy screen in bright light", "Heavy for its size today",
                     PROSE)
    assert parts.related == []


def test_a_short_teaser_under_a_label_is_an_item_when_the_paragraph_goes_elsewhere():
    # "Lesen Sie auch" names the box; the four words under it share nothing with the next
    # paragraph, so they are a teaser's title, not the heading of that paragraph.
    parts = parts_of(PROSE, "Lesen Sie auch", "Habecks neue Heizungspläne", AFTER)
    assert boxes(parts) == [("Lesen Sie auch", ["Habecks neue Heizungspläne"])]
    assert "Habecks" not in body_text(parts)


def test_a_repeated_label_over_a_run_of_headlines():
    parts = parts_of(PROSE, "Sommer-OL 2024", *TITLES[:2], AFTER, "Sommer-OL 2024", *TITLES, PROSE)
    assert boxes(parts) == [("Sommer-OL 2024", TITLES[:2]), ("Sommer-OL 2024", TITLES)]


@pytest.mark.parametrize("label", ["Διαβάστε επίσης", "اقرأ أيضا", "Baca juga:", "Tin liên quan",
                                   "यह भी पढ़ें", "Lue myös", "Citește și", "Preberite tudi"])
def test_read_also_labels_of_more_languages(label):
    parts = parts_of(PROSE, label, "Ferry operator adds a late sailing for the summer", AFTER)
    assert boxes(parts) == [(label, ["Ferry operator adds a late sailing for the summer"])]


def test_a_label_before_a_sentence_is_a_promotions_pitch_not_a_related_line():
    pitch = "Related: Our free weekly newsletter alerts you to what research says about schools."
    parts = parts_of(PROSE, pitch, AFTER)
    assert boxes(parts) == []
    assert "Our free weekly newsletter" in body_text(parts)
    # A headline after the label (no full stop) is the related line it looks like.
    parts = parts_of(PROSE, "Related: " + TITLES[0], AFTER)
    assert boxes(parts) == [("Related:", [TITLES[0]])]


def test_a_box_the_page_shows_twice_at_the_end_is_read_twice():
    parts = parts_of(PROSE, AFTER, "Summer Games 2024", *TITLES[:2], "Summer Games 2024",
                     *TITLES)
    assert boxes(parts) == [("Summer Games 2024", TITLES[:2]), ("Summer Games 2024", TITLES)]
    assert "Cyclists ask" not in body_text(parts)


def test_a_quoted_one_word_title_between_headlines_goes_on_the_box():
    titles = [TITLES[0], "«The Traitor»", *TITLES[1:]]
    parts = parts_of(PROSE, "Summer Games 2024", *titles, AFTER)
    assert boxes(parts) == [("Summer Games 2024", titles)]
    assert "Cyclists ask" not in body_text(parts)


def test_a_quoted_line_ending_a_run_is_left_to_the_body():
    # the quoted line stands before prose: a quotation the article sets apart, not a title
    parts = parts_of(PROSE, "Summer Games 2024", *TITLES, "“Never again”", AFTER)
    assert boxes(parts) == [("Summer Games 2024", TITLES)]
    assert "Never again" in body_text(parts)


def test_titles_an_earlier_box_listed_are_a_box_again_however_short():
    short = ["Hybrid work: 5 advantages", "What is a hybrid work model?"]  # too few words for a run
    parts = parts_of(PROSE, "Related reading", *short, AFTER, PROSE,
                     "Want more advice on hybrid work? Read", *short, AFTER)
    assert boxes(parts) == [("Related reading", short),
                            ("Want more advice on hybrid work? Read", short)]
    assert "What is hybrid work" not in body_text(parts)


def test_short_lines_nobody_listed_before_stay_in_the_body():
    short = ["Hybrid work: 5 advantages", "What is a hybrid work model?"]
    parts = parts_of(PROSE, "Want more advice on hybrid work? Read", *short, AFTER)
    assert boxes(parts) == []


def test_a_line_over_one_headline_just_before_a_read_more_box_is_a_box():
    parts = parts_of(PROSE, "Plan your trip", TITLES[0], "Read more", TITLES[1], AFTER)
    assert boxes(parts) == [("Plan your trip", [TITLES[0]]), ("Read more", [TITLES[1]])]
    assert "Ferry operator" not in body_text(parts)


def test_a_heading_over_its_subheading_and_paragraph_is_no_box():
    parts = parts_of(PROSE, "Plan your trip", TITLES[0], AFTER)
    assert boxes(parts) == []
    assert "Ferry operator" in body_text(parts)
