"""Related-materials blocks in plain text: the lines after a label that are its link titles.

In the seed's shape a widget is its label line ("Related materials:", "Read also:",
"Материалы по теме:") followed by one line per link title, each line a block of its own or all
in the label's block. Telling a title from what follows the widget is the hard part:

- prose (a line that ends a sentence, or a long one) ends the widget;
- a headline-shaped line that the next paragraph goes on to develop (it takes up most of the
  line's words) is a section heading, not a title: the seed's second "Related materials:" is
  followed by such a heading and then by the paragraph under it;
- a short line (four words or fewer) before a paragraph is a heading: link titles are whole
  headlines;
- after two or more titles the last line before a paragraph is a heading when the paragraph
  takes up its words at all (a third of them): the run has shown what its titles look like, and
  titles of other articles seldom share the next paragraph's words.
"""

from __future__ import annotations

import re
from collections.abc import Set

from .. import patterns as pt
from ..model import Block, Related, RelatedItem
from .lines import ends_sentence, match_related_label, match_topic_label, norm_space

URL = re.compile(r"https?://\S+")
_BULLET_MARKS = "-*•·–—▪►"
BULLET = re.compile(rf"^\s*(?:[{_BULLET_MARKS}]|\d{{1,2}}[.)])\s+")
_WORD = re.compile(r"\w+")
# "… services. Here are …": a period after a small letter, then a word. Not "Are Google's days
# numbered? Study finds …" nor "stock de vivres... Ce que …": headlines have those.
_SENTENCE_BREAK = re.compile(r"[^\W\d_A-ZА-ЯЁ]{2}(?=\. +[^\W\d_])")
_OPENING = "\"'„“«‚‘"
_QUOTED_WORDS = 20

_TITLE_WORDS = 30  # headlines run up to ~25 words; a longer line is prose
_TITLE_CHARS = 250
_PROSE_WORDS = 16  # a line this long that ends a sentence is prose under a block's links
_SHORT_HEADING = 4  # words: section headings are short, link titles are whole headlines
_STEM = 5  # letters: "agreements" and "agreement", "Минские" and "Минских" share a stem
_MIN_WORD = 4  # letters: shorter words are mostly function words in every language


def item_of(line: str) -> RelatedItem | None:
    """One link title (maybe bulleted, maybe with its URL) as an item, or None if empty."""
    line = BULLET.sub("", line).strip()
    url = None
    m = URL.search(line)
    if m:
        url = m.group(0).rstrip(").,;»”")
        line = (line[: m.start()] + line[m.end():]).strip(" -–—|()[]<>:")
    return RelatedItem(title=norm_space(line), url=url) if line or url else None


def related_items(lines: list[str]) -> list[RelatedItem]:
    """Turn the lines of a related block (titles, bullets, URLs) into items."""
    return [it for it in (item_of(line) for line in lines if line.strip()) if it]


def item_count(lines: list[str]) -> int:
    """How many lines, the label's included, a related block runs before prose resumes."""
    for i in range(1, len(lines)):
        line = lines[i]
        if len(line.split()) >= _PROSE_WORDS and ends_sentence(line) and not URL.search(line):
            return i
    return len(lines)


def is_link_list(lines: list[str]) -> bool:
    """True when every line is a bullet or carries a URL: a list of links, not prose."""
    return all(BULLET.match(ln) or URL.search(ln) for ln in lines if ln.strip())


def sentence_shaped(title: str) -> bool:
    """Ends in a full stop, as no headline does: a promotion's pitch ("Our free weekly
    newsletter alerts you to what research says."), not a story's title."""
    end = title.rstrip()
    return end.endswith(".") and not end.endswith("..")


def title_shaped(text: str) -> bool:
    """A single line that could be a headline: not too long, not ending like a sentence."""
    words = len(text.split())
    if "\n" in text or len(text) > _TITLE_CHARS or words > _TITLE_WORDS:
        return False
    if words >= _PROSE_WORDS and _two_sentences(text):
        return False  # prose, not one headline
    # Headlines end in a word, "?", "!", a closing quote or a cut-off "…"; a sentence ends in
    # "." (and a line ending in "," or ";" goes on in the next one). A headline that is a
    # quotation keeps its period inside the marks: '"Wir sind nicht verteidigungsbereit."'.
    bare = text.rstrip("\"'”’»“)]")
    quoted = text[:1] in _OPENING and bare != text and words <= _QUOTED_WORDS
    return quoted or bare[-1:] not in (".", ",", ";", ":") or bare.endswith("...")


def _two_sentences(text: str) -> bool:
    """A period after a word, then another word: "… services. Here are …", not "… vs. Lab"."""
    for m in _SENTENCE_BREAK.finditer(text):
        word = text[:m.start() + 2].rsplit(None, 1)[-1].lower()
        if word not in pt.ABBREVIATIONS:
            return True
    return False


def _stems(text: str) -> set[str]:
    return {w[:_STEM].lower() for w in _WORD.findall(text) if len(w) >= _MIN_WORD}


def develops(line: str, paragraph: str, share: float, least: int) -> bool:
    """True when the paragraph takes up at least `share` of the line's words, and `least` of
    them (fewer if the line has fewer): it goes on from the line, as a section from its heading."""
    words = _stems(line)
    # Inside words too: "Regierung" is taken up by "Bundesregierung".
    text = paragraph.lower()
    shared = sum(word in text for word in words)
    return bool(words) and shared >= min(least, len(words)) and shared >= share * len(words)


def _candidate(block: Block, listed: bool) -> bool:
    """A plain-text block that may be one link title (or a list of them) under a label.

    `listed`: the run so far is bulleted lines only, as link lists are; a bulleted line may then
    end in a period. After title lines, a bulleted sentence is the body's list.
    """
    if block.hint is not None:
        return False
    text = block.text.strip()
    lines = text.split("\n")
    if match_related_label(lines[0]) or match_topic_label(lines[0]):
        return False  # the next widget starts
    if listed and is_link_list(lines):
        return True
    return all(URL.search(ln) or title_shaped(BULLET.sub("", ln)) for ln in lines if ln.strip())


def _heading_at_end(titles: list[Block], after: Block | None) -> bool:
    """Whether the last title-shaped line is the heading of the paragraph after the run."""
    if after is None or after.hint is not None or not titles:
        return False
    if _opens_box(after):
        return False  # another widget follows: every line was a title
    last = norm_space(titles[-1].text)
    if URL.search(last) or last[:1] in _BULLET_MARKS:
        return False  # a link or a bulleted line is an item whatever follows (a numbered one
        # may be a numbered heading: "2. Conduct smarter keyword research")
    short = len(last.split()) <= _SHORT_HEADING
    if len(titles) == 1:  # the seed's case: a lone line the paragraph develops; a short one
        # needs less of it, but some: a teaser's title has none of the paragraph's words
        return develops(last, after.text, 0.6, 2) or (short and develops(last, after.text, 0.3, 1))
    if short:
        return True
    return develops(last, after.text, 0.3, 1)


def take_titles(related: Related, blocks: list[Block], start: int) -> tuple[int, bool]:
    """Adds the link titles standing after a lone label (blocks[start:]) to `related`.

    Returns where ordinary reading resumes and whether the block there is a section heading
    (a headline-shaped line the run could not tell from a title until the paragraph after it).
    """
    end, listed = start, True
    while end < len(blocks) and _candidate(blocks[end], listed):
        listed = listed and is_link_list(blocks[end].text.strip().split("\n"))
        end += 1
    after = blocks[end] if end < len(blocks) else None
    heading = _heading_at_end(blocks[start:end], after)
    stop = end - 1 if heading else end
    for block in blocks[start:stop]:
        related.items.extend(related_items(block.text.strip().split("\n")))
    return stop, heading


_LABEL_WORDS = 10  # "Mehr zur Lage im Nahen Osten lesen Sie hier": a label is a short line
_LABEL_CHARS = 80


def label_shaped(text: str) -> bool:
    """A line that could head a box of links in any language: short, one line, not a
    sentence, holding no colon, not a bullet or a link itself."""
    t = text.strip()
    if "\n" in t or len(t) > _LABEL_CHARS or not t or URL.search(t) or BULLET.match(t):
        return False
    # A colon introduces the body's own lists ("Pros:", "Best for: agencies") as often as a
    # box; "=" is a definition ("unigram = single word").
    return (len(t.split()) <= _LABEL_WORDS and ":" not in t and "=" not in t
            and t[:1].isalnum() and title_shaped(t))


def repeated_lines(blocks: list[Block]) -> frozenset[str]:
    """Short plain lines that stand as a block of their own more than once: a box's label that
    the page repeats above each of its teasers, never a section heading (those are unique)."""
    seen: set[str] = set()
    twice: set[str] = set()
    for block in blocks:
        text = block.text.strip()
        if block.hint is None and label_shaped(text):
            (twice if text in seen else seen).add(text)
    return frozenset(twice)


_HEADLINE_WORDS = 4  # a headline says something: "Guardiola und sein größter Fehler"
_RUN_WORDS = 6  # words per title in a run, on average: list items are shorter
_FIGURE = re.compile(r"[$€£¥]?\d[\d.,:%]*")


def _headline(block: Block) -> bool:
    text = block.text.strip()
    if block.hint is not None or "\n" in text or BULLET.match(text) or "|" in text or "=" in text:
        return False
    words = text.split()
    # Table rows read as lines of cells: "Carrots 4 8 16", "Avis $289.85 $341".
    figures = sum(1 for word in words if _FIGURE.fullmatch(word))
    return len(words) >= _HEADLINE_WORDS and figures < 2 and title_shaped(text)


_CLOSING = "\"'“”»«’‘"


def _quoted_title(block: Block) -> bool:
    """A short line that is all one quotation: «Forræderen», a show's or a book's name used as
    a headline. The body never sets a quoted word apart as a block of its own."""
    text = block.text.strip()
    return (block.hint is None and "\n" not in text and len(text) > 2 and text[0] in _OPENING
            and text[-1] in _CLOSING and title_shaped(text))


def _in_run(blocks: list[Block], at: int, end: int) -> bool:
    """Whether blocks[end] goes on a run of headlines that began at `at`: a headline, or a
    quoted short title between two of them."""
    if _headline(blocks[end]):
        return True
    return end > at and end + 1 < len(blocks) and _quoted_title(blocks[end]) and _headline(
        blocks[end + 1])


def _opens_box(block: Block) -> bool:
    """Whether a plain block opens a related box by its label ("Read more")."""
    return block.hint is None and bool(match_related_label(block.text.strip().split("\n")[0]))


def _enough_for_a_box(blocks: list[Block], at: int, stop: int, repeated: bool,
                      known: Set[str]) -> bool:
    """Whether the headlines blocks[at:stop] under a label make a box.

    One teaser is enough under a label the article repeats (`repeated`) or right before a
    labelled box: the body's headings stand over paragraphs. A list repeats its heading
    ("Pros", "Cons") over several items, so longer runs need what any box needs: two or more
    whole headlines, or lines that are all titles an earlier box listed (the page shows its
    links again).
    """
    run = blocks[at:stop]
    if len(run) == 1 and (repeated or (stop < len(blocks) and _opens_box(blocks[stop]))):
        return True
    if len(run) >= 2 and all(norm_space(b.text) in known for b in run):
        return True
    return len(run) >= 2 and _words(run) >= _RUN_WORDS * len(run)


def _words(blocks: list[Block]) -> int:
    return sum(len(block.text.split()) for block in blocks)


def _after_prose(blocks: list[Block], at: int) -> bool:
    """Whether blocks[at] follows running text: a box stands between paragraphs, while a line
    after other short lines is one more item of the body's list ("Pros", "Sub-par speakers")."""
    before = blocks[at - 1].text.strip() if at else ""
    return ends_sentence(before) and len(before.split()) >= _PROSE_WORDS // 2


def take_shape_box(blocks: list[Block], at: int, labels: frozenset[str], after_paragraph: int,
                   after_box: bool = False, known: Set[str] = frozenset(),
                   ) -> tuple[Related, int, bool] | None:
    """A box of link titles under a label no list names (blocks[at - 1] is the label line).

    The shape alone decides: two or more headline-shaped lines in a row under a short line,
    up to prose, are a widget: the body's headings stand over paragraphs, one at a time, and
    its lists are bulleted. A label the article repeats needs only one title under it, and
    may stand right after such a box (`after_box`: the page shows the box twice). Titles
    that an earlier box listed (`known`) are titles whatever their length.
    """
    label = blocks[at - 1].text.strip()
    if match_related_label(label) or not label_shaped(label) or not (
            _after_prose(blocks, at - 1) or (after_box and label in labels)):
        return None
    end = at
    while end < len(blocks) and _in_run(blocks, at, end) and blocks[end].text.strip() != label:
        end += 1
    heading = _heading_at_end(blocks[at:end], blocks[end] if end < len(blocks) else None)
    stop = end - 1 if heading else end
    if not _enough_for_a_box(blocks, at, stop, label in labels, known):
        return None
    items = related_items([block.text.strip() for block in blocks[at:stop]])
    return Related(label=label, items=items, after_paragraph=after_paragraph), stop, heading


def learn_titles(known: set[str], related: list[Related], learned: int) -> int:
    """Adds the titles of the boxes after the first `learned` to `known`; returns how many are
    in it. Each box is whole by the next block: its titles are taken in the same step."""
    for box in related[learned:]:
        known.update(item.title for item in box.items)
    return len(related)
