"""The date and wire patterns compile with generic month/agency tokens; they must match as the
patterns with the vocabularies spelt out do, including when a token is not a known word."""

import re

import pytest

from newsparse import patterns as pt
from newsparse.text import datelines as dl

LINES = [
    "date 2023-02-17 Headline of the day",
    "February 17, 2023 Headline",
    "FEBRUARY 17, 2023 Headline",
    "Thursday 17, 2023 Headline",  # a word in the month's place that is no month
    "17 февраля 2023 г. Заголовок",
    "12 de marzo de 2024 Titular",
    "17 people 2023 were here",
    "Headline — 17.02.2023",
    "Headline - Page 12, 2023",
    "Headline - March 3, 2024 10:30",
    "MOSCOW, Feb 17 (Reuters) - Text",
    "PARIS, 5 mars (AFP) - Texte",
    "PARIS, 5 people (AFP) - Texte",
    "МОСКВА, 17 фев — РИА Новости. Площадь",
    "KYIV — U.S. officials said",
    "Москва. 17 февраля. INTERFAX.RU - Текст",
    "Москва. 17 февраля. Ведомости. Текст",  # not a known agency
    "Paris. 5 mars. Le Monde. Texte",
    "КИЇВ. 3 березня. УНІАН. Текст",
]
PATTERNS = {
    "_HEADLINE_DATE": (dl._headline_date, re.I | re.S),
    "_TRAILING_DATE": (dl._trailing_date, re.I | re.S),
    "_WIRE": (dl._wire, re.S),
    "_WIRE_DOTTED": (dl._wire_dotted, re.S),
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
@pytest.mark.parametrize("line", LINES)
def test_generic_tokens_match_as_the_vocabularies_spelt_out(name, line):
    build, flags = PATTERNS[name]
    full = re.compile(build(f"(?i:{pt.MONTH_ALT})", pt.AGENCY_ALT), flags).match(line)
    ours = getattr(dl, name).match(line)
    assert (ours and ours.groupdict()) == (full and full.groupdict())


def test_agency_after_the_dash_is_the_longest_known_one():
    dateline, rest = dl.match_wire_dateline("LONDON — Reuters Breakingviews. Markets fell")
    assert (dateline.agency, dateline.raw, rest) == (
        "Reuters Breakingviews", "LONDON — Reuters Breakingviews.", "Markets fell")
    dateline, rest = dl.match_wire_dateline("LONDON — Reuters.")  # nothing after: no agency
    assert dateline.agency is None
