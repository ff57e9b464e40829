"""Topic words (topics): what lets a box of headlines be told from the site's other stories."""

from __future__ import annotations

from newsparse.model import Block, RelatedItem
from newsparse.topics import keywords, off_topic, words


def _box(titles: list[str], label: str | None = "Read more") -> Block:
    return Block("", hint="related", label=label,
                 items=[RelatedItem(title=t, url=f"https://example.org/{n}")
                        for n, t in enumerate(titles)])


def test_words_are_stems_of_longer_words_and_pairs_of_cjk_characters():
    assert words("The tariffs hit 12 new EU cars") == ["tarif", "cars"]
    assert words("関税の影響") == ["関税", "税の", "の影", "影響"]
    # A run longer than any word is a script without spaces: nothing to compare.
    assert words("ก" * 30) == []


def test_the_topic_is_the_headline_and_the_words_the_text_repeats():
    topic = keywords("Council approves budget", ["The harbour plan was debated.",
                                                 "The harbour will be dredged once."])
    assert {"counc", "appro", "budge", "harbo"} <= topic
    assert "debat" not in topic  # said once: a passing word, not a topic


def test_a_box_is_off_topic_when_no_headline_shares_a_topic_word():
    topic = keywords("Council approves the harbour budget", [])
    assert off_topic(_box(["Chef opens a restaurant", "Gadgets worth buying",
                           "Storm warning for villages"]), topic)
    assert not off_topic(_box(["Chef opens a restaurant", "Gadgets worth buying",
                               "Harbours of the north coast"]), topic)


def test_few_headlines_or_headlines_without_words_are_not_judged():
    topic = keywords("Council approves the harbour budget", [])
    assert not off_topic(_box(["Chef opens a restaurant", "Gadgets worth buying"]), topic)
    assert not off_topic(_box(["Chef opens a restaurant", "Gadgets worth buying", "TV 24"]),
                         topic)


def test_the_labels_own_words_do_not_make_a_box_on_topic():
    topic = keywords("Council approves the harbour budget", [])
    box = _box(["Council jobs: chef wanted", "Council jobs: driver", "Council jobs: clerk"],
               label="Council jobs")
    assert off_topic(box, topic)
