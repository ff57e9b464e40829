"""Dateline classifiers: dates on the headline line, wire datelines, date-only lines; what they
must catch, and look-alikes they must leave alone."""

from __future__ import annotations

import pytest

from newsparse.text import datelines as dl

# --- Headline datelines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "raw", "date", "rest"),
    [
        ("date 2023-02-17 Talks stall", "date 2023-02-17", "2023-02-17", "Talks stall"),
        (
            "дата 2024-05-21 Учёные зафиксировали",
            "дата 2024-05-21",
            "2024-05-21",
            "Учёные зафиксировали",
        ),
        (
            "Datum: 2023-05-04 Kanzler verspricht",
            "Datum: 2023-05-04",
            "2023-05-04",
            "Kanzler verspricht",
        ),
        ("17.02.2023 В Киеве тревога", "17.02.2023", "2023-02-17", "В Киеве тревога"),
        ("12/03/2024 El Gobierno aprueba", "12/03/2024", "2024-03-12", "El Gobierno aprueba"),
        ("2023-09-19 UN chief urges", "2023-09-19", "2023-09-19", "UN chief urges"),
        ("February 17, 2023", "February 17, 2023", "2023-02-17", ""),
        ("17 февраля 2023 г. Новости", "17 февраля 2023 г.", "2023-02-17", "Новости"),
        ("12 de marzo de 2024", "12 de marzo de 2024", "2024-03-12", ""),
        ("5 mars 2024 14:30", "5 mars 2024 14:30", "2024-03-05", ""),
        ("date 2023-13-45 Bad date", "date 2023-13-45", None, "Bad date"),
        ("30.02.2023 No such day", "30.02.2023", None, "No such day"),
    ],
)
def test_headline_dateline_found(line, raw, date, rest):
    dateline, headline = dl.match_headline_dateline(line)
    assert (dateline.raw, dateline.date, headline) == (raw, date, rest)


@pytest.mark.parametrize(
    "line",
    [
        "Date night ideas for the weekend",
        "2023 was a hard year",
        "Update 3: talks stall",
        "17 ways to save energy",
        "March madness begins",
    ],
)
def test_headline_dateline_not_found(line):
    assert dl.match_headline_dateline(line) is None


def test_date_after_the_headline_on_its_line():
    dateline, headline = dl.match_trailing_dateline("Talks stall — 17.02.2023")
    assert (dateline.raw, dateline.date, headline) == ("17.02.2023", "2023-02-17", "Talks stall")
    dateline, headline = dl.match_trailing_dateline("Talks stall | February 17, 2023 10:45")
    assert (dateline.date, headline) == ("2023-02-17", "Talks stall")
    assert dl.match_trailing_dateline("Talks stall in 2023") is None
    assert dl.match_trailing_dateline("Top 10 - 2023") is None


def test_date_line_is_a_date_and_nothing_else():
    assert dl.match_date_line("February 17, 2023").date == "2023-02-17"
    assert dl.match_date_line("  17.02.2023 10:45 ").date == "2023-02-17"
    assert dl.match_date_line("February 17, 2023 Talks stall") is None
    assert dl.match_date_line("Talks stall") is None


# --- Wire datelines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "raw", "place", "agency", "date"),
    [
        ("(Reuters) - Oil prices fell", None, "(Reuters) -", None, "Reuters", None),
        ("(CNN) — The White House said", None, "(CNN) —", None, "CNN", None),
        (
            "MADRID, 12 de marzo (EFE) - El",
            2024,
            "MADRID, 12 de marzo (EFE) -",
            "MADRID",
            "EFE",
            "2024-03-12",
        ),
        (
            "BERLIN, 17. Februar (Reuters) - Die",
            2024,
            "BERLIN, 17. Februar (Reuters) -",
            "BERLIN",
            "Reuters",
            "2024-02-17",
        ),
        (
            "PARIS, 5 mars 2024 (AFP) - Le",
            None,
            "PARIS, 5 mars 2024 (AFP) -",
            "PARIS",
            "AFP",
            "2024-03-05",
        ),
        (
            "ST. PETERSBURG, Fla. (AP) — A",
            None,
            "ST. PETERSBURG, Fla. (AP) —",
            "ST. PETERSBURG, Fla.",
            "AP",
            None,
        ),
        (
            "Москва. 17 февраля. INTERFAX.RU - Президент",
            2023,
            "Москва. 17 февраля. INTERFAX.RU -",
            "Москва",
            "INTERFAX.RU",
            "2023-02-17",
        ),
        ("КИЇВ. 3 березня. УНІАН. Сили", None, "КИЇВ. 3 березня. УНІАН.", "КИЇВ", "УНІАН", None),
        (
            "NEW DELHI/ISLAMABAD, May 8 (Reuters) - India",
            2025,
            "NEW DELHI/ISLAMABAD, May 8 (Reuters) -",
            "NEW DELHI/ISLAMABAD",
            "Reuters",
            "2025-05-08",
        ),
        (
            "MOSCOW, Feb 17 (Reuters) - Talks",
            None,
            "MOSCOW, Feb 17 (Reuters) -",
            "MOSCOW",
            "Reuters",
            None,
        ),
        (
            "MOSCOW, Feb 17 (Reuters) - Talks",
            2023,
            "MOSCOW, Feb 17 (Reuters) -",
            "MOSCOW",
            "Reuters",
            "2023-02-17",
        ),
        ("WASHINGTON (AP) — The", None, "WASHINGTON (AP) —", "WASHINGTON", "AP", None),
        ("PARIS, 5 mars (AFP) - Le", 2024, "PARIS, 5 mars (AFP) -", "PARIS", "AFP", "2024-03-05"),
        (
            "МОСКВА, 17 фев — РИА Новости. Площадь",
            2023,
            "МОСКВА, 17 фев — РИА Новости.",
            "МОСКВА",
            "РИА Новости",
            "2023-02-17",
        ),
        ("KYIV, Ukraine — Engineers", None, "KYIV, Ukraine —", "KYIV, Ukraine", None, None),
        (
            "LONDON/BERLIN, March 3 (Reuters) - Shares",
            2023,
            "LONDON/BERLIN, March 3 (Reuters) -",
            "LONDON/BERLIN",
            "Reuters",
            "2023-03-03",
        ),
        ("NEW YORK (Reuters) - Stocks", None, "NEW YORK (Reuters) -", "NEW YORK", "Reuters", None),
        (
            "КИЕВ, 3 марта. /ТАСС/. Воздушная",
            2023,
            "КИЕВ, 3 марта. /ТАСС/.",
            "КИЕВ",
            "ТАСС",
            "2023-03-03",
        ),
        ("BERLIN (dpa) - Die", None, "BERLIN (dpa) -", "BERLIN", "dpa", None),
        ("Berlin (dpa) - Die", None, "Berlin (dpa) -", "Berlin", "dpa", None),
        (
            "MADRID, 12 Mar. (EUROPA PRESS) - El",
            2024,
            "MADRID, 12 Mar. (EUROPA PRESS) -",
            "MADRID",
            "EUROPA PRESS",
            "2024-03-12",
        ),
        ("Sevilla, 12 mar (EFE).- La", None, "Sevilla, 12 mar (EFE).-", "Sevilla", "EFE", None),
        (
            "WASHINGTON, March 14, 2022 (Reuters) - The",
            None,
            "WASHINGTON, March 14, 2022 (Reuters) -",
            "WASHINGTON",
            "Reuters",
            "2022-03-14",
        ),
        (
            "КИЇВ, 3 березня — Укрінформ. Кабінет",
            2024,
            "КИЇВ, 3 березня — Укрінформ.",
            "КИЇВ",
            "Укрінформ",
            "2024-03-03",
        ),
        # Japanese, Chinese and Korean wire datelines, written without a space before the text.
        ("【6月18日 AFP】ナイジェリア北東部", 2017,
         "【6月18日 AFP】", None, "AFP", "2017-06-18"),
        ("【ソウル聯合ニュース】韓国の", None,
         "【ソウル聯合ニュース】", "ソウル", "聯合ニュース", None),
        ("新华社北京5月17日电（记者张三）国家卫生", 2024,
         "新华社北京5月17日电（记者张三）", "北京", "新华社", "2024-05-17"),
        ("(서울=연합뉴스) 김철수 기자 = 정부는", None,
         "(서울=연합뉴스) 김철수 기자 =", "서울", "연합뉴스", None),
        # Scripts without capitals: the place is judged by the known agency beside it.
        ("دمشق، سوريا (CNN) -- أكدت", None, "دمشق، سوريا (CNN) --", "دمشق، سوريا", "CNN", None),
        ("القاهرة (رويترز) - قال", None, "القاهرة (رويترز) -", "القاهرة", "رويترز", None),
        ("ירושלים (AP) — הממשלה", None, "ירושלים (AP) —", "ירושלים", "AP", None),
    ],
)
def test_wire_dateline_found(text, year, raw, place, agency, date):
    dateline, rest = dl.match_wire_dateline(text, year)
    assert (dateline.raw, dateline.place, dateline.agency, dateline.date) == (
        raw,
        place,
        agency,
        date,
    )
    assert rest and not rest[0].isspace()


@pytest.mark.parametrize(
    "text",
    [
        "Officials (who declined to be named) - said the talks stalled.",
        "【速報】東京で震度4の地震",  # "breaking", not an agency
        "(x=1) holds for every case the paper lists.",
        "قال المسؤولون (الذين رفضوا الكشف عن هويتهم) - إن المحادثات",  # no known agency
        "Moscow - the capital - was quiet.",  # title case without a known agency
        "The talks, March 3 (Reuters) - nothing",
        "US and EU officials met on Friday.",
        "Paris (France) - a city",  # title case, unknown "agency"
        "I - and I alone - decide.",
        "BREAKING — Parliament dissolved",
        "EXCLUSIVE - Ukraine seeks more air defence",
        "NATO — the alliance met on Friday.",
        "Paris. 5 mars. Le gouvernement a présenté",  # full stops, but no agency
        "(Officials) - said the talks stalled.",
        "(2023) - a good year",
    ],
)
def test_wire_dateline_not_found(text):
    assert dl.match_wire_dateline(text) is None
