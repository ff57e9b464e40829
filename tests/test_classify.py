"""Each classifier on its own: what it must catch, and look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from newsparse import classify as cl

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
    dateline, headline = cl.match_headline_dateline(line)
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
    assert cl.match_headline_dateline(line) is None


def test_date_after_the_headline_on_its_line():
    dateline, headline = cl.match_trailing_dateline("Talks stall — 17.02.2023")
    assert (dateline.raw, dateline.date, headline) == ("17.02.2023", "2023-02-17", "Talks stall")
    dateline, headline = cl.match_trailing_dateline("Talks stall | February 17, 2023 10:45")
    assert (dateline.date, headline) == ("2023-02-17", "Talks stall")
    assert cl.match_trailing_dateline("Talks stall in 2023") is None
    assert cl.match_trailing_dateline("Top 10 - 2023") is None


def test_date_line_is_a_date_and_nothing_else():
    assert cl.match_date_line("February 17, 2023").date == "2023-02-17"
    assert cl.match_date_line("  17.02.2023 10:45 ").date == "2023-02-17"
    assert cl.match_date_line("February 17, 2023 Talks stall") is None
    assert cl.match_date_line("Talks stall") is None


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
    dateline, rest = cl.match_wire_dateline(text, year)
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
    assert cl.match_wire_dateline(text) is None


# --- Related labels -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "label", "rest"),
    [
        ("Related materials:", "Related materials:", ""),
        ("Read also: Wheat futures climb", "Read also:", "Wheat futures climb"),
        ("See also:", "See also:", ""),
        ("Материалы по теме:", "Материалы по теме:", ""),
        ("Читайте также: Что известно", "Читайте также:", "Что известно"),
        ("Читайте також:", "Читайте також:", ""),
        ("Lesen Sie auch:", "Lesen Sie auch:", ""),
        ("Mehr zum Thema:", "Mehr zum Thema:", ""),
        ("À lire aussi : Retraites", "À lire aussi :", "Retraites"),
        ("LIRE AUSSI", "LIRE AUSSI", ""),
        ("Lea también:", "Lea también:", ""),
        ("Te puede interesar:", "Te puede interesar:", ""),
        ("► Read also: Wheat", "Read also:", "Wheat"),
        ("Lire aussi | Électricité : pourquoi", "Lire aussi |", "Électricité : pourquoi"),
        ("Читайте также — Что известно", "Читайте также —", "Что известно"),
        ("Read more >> Wheat futures climb", "Read more >>", "Wheat futures climb"),
        ("См. также: Итоги года", "См. также:", "Итоги года"),
        ("RELATED: Wheat", "RELATED:", "Wheat"),
        ("📌 Читайте також", "Читайте також", ""),
        ("READ MORE »", "READ MORE", ""),
        ("Czytaj także: Rząd przyjął plan", "Czytaj także:", "Rząd przyjął plan"),
        ("Per approfondire:", "Per approfondire:", ""),
        ("Čtěte také:", "Čtěte také:", ""),
        ("Leia ainda:", "Leia ainda:", ""),
        ("İlgili Haberler", "İlgili Haberler", ""),  # Turkish dotted capital I
        ("İLGİLİ HABERLER: Marmaray", "İLGİLİ HABERLER:", "Marmaray"),
    ],
)
def test_related_label_found(line, label, rest):
    assert cl.match_related_label(line) == (label, rest)


@pytest.mark.parametrize(
    "line",
    [
        "Related stories show a trend",
        "Read also the report",
        "Лесные пожары в Сибири: главное",
        "Lire aussi le rapport complet",
        "Note: figures are preliminary",
        "Related — and unrelated — matters came up.",
        "Recommended - but not required - for all staff",
        "Recommended by experts",
    ],
)
def test_related_label_not_found(line):
    assert cl.match_related_label(line) is None


# --- Headings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "China’s call for a ceasefire",
        "Что будет дальше",
        "Will rents actually fall?",
        "¿Qué pasa con la inflación?",
        "Des mesures jugées insuffisantes",
        "2024 in numbers",
        "«Новая реальность» для рынка",
    ],
)
def test_heading(text):
    assert cl.looks_like_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was a real problem.",  # a one-line paragraph
        "„Nein.“",  # a one-word answer in German quotes
        "They listed three conditions:",
        "faster building permits",  # starts lower-case: a list item
        "Photo: Reuters/Anna Smith",  # a caption
        "Фото: Михаил Климентьев",
        "Reporting by Anna Smith; Editing by Tom Brown",
        "The plan was presented to the council by the city's chief planning officer Laura Jennings",
        "Title line\nsecond line",
        "",
    ],
)
def test_not_heading(text):
    assert not cl.looks_like_heading(text)


def test_caption():
    assert cl.is_caption("Foto: Kay Nietfeld/dpa")
    assert cl.is_caption("Photo : AFP")
    assert cl.is_caption("(Photo: Reuters)")
    assert cl.is_caption("Photo by Anna Smith/Reuters")
    assert cl.is_caption("© AFP 2024")
    assert cl.is_caption("Soldiers near Bakhmut. REUTERS/Yevhen Titov")
    assert cl.is_caption("AP Photo/Evan Vucci")
    assert not cl.is_caption("Photographers gathered outside")
    assert not cl.is_caption("US/EU trade talks resume")
    assert not cl.is_caption("Source of the leak remains unknown")


# --- Quote callouts -------------------------------------------------------------------------------

SEEN = (
    "The spokeswoman Maria Zakharova said. Zhang Jun spoke. Рахимов отметил. Holloway said. "
    "Антон Силуанов добавил. Ryabkov spoke of Crimea."
)


def callout(text: str, seen: str = SEEN):
    return cl.match_callout(text, cl.Mentions(seen + "\n" + text))


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "role"),
    [
        # lower-case role, name known elsewhere
        (
            "Kiev regime blocked talks it initiated Maria Zakharova official representative of "
            "the ministry",
            "Kiev regime blocked talks it initiated",
            "Maria Zakharova",
            "official representative of the ministry",
        ),
        # capitalised role; the quote ends with a period
        (
            "The crisis might not have developed into what it is today. Zhang Jun Chinese "
            "Ambassador to the UN",
            "The crisis might not have developed into what it is today.",
            "Zhang Jun",
            "Chinese Ambassador to the UN",
        ),
        # unknown name, role phrase alone vouches for it
        (
            "Insurance costs decide whether the corridor lives or dies Martin Keller head of "
            "marine underwriting",
            "Insurance costs decide whether the corridor lives or dies",
            "Martin Keller",
            "head of marine underwriting",
        ),
        # initials
        (
            "The labour market is still too tight. J. R. Holloway chief economist at Northbridge",
            "The labour market is still too tight.",
            "J. R. Holloway",
            "chief economist at Northbridge",
        ),
        # hyphenated name
        (
            "The reform agenda has real momentum now Ngozi Okonjo-Iweala director-general of the "
            "WTO",
            "The reform agenda has real momentum now",
            "Ngozi Okonjo-Iweala",
            "director-general of the WTO",
        ),
        # three-part name before a capitalised role
        (
            "We are asking for justice Mia Amor Mottley Prime Minister of Barbados",
            "We are asking for justice",
            "Mia Amor Mottley",
            "Prime Minister of Barbados",
        ),
        # patronymic, Cyrillic, inflected surname seen elsewhere ("Рахимов")
        (
            "Мы видим продолжение долгосрочного процесса Ирина Викторовна Рахимова ведущий "
            "сотрудник института",
            "Мы видим продолжение долгосрочного процесса",
            "Ирина Викторовна Рахимова",
            "ведущий сотрудник института",
        ),
        # quote in guillemets
        (
            "«Бюджет сбалансирован, резервов достаточно» Антон Силуанов министр финансов",
            "Бюджет сбалансирован, резервов достаточно",
            "Антон Силуанов",
            "министр финансов",
        ),
        # quote in curly quotes, role starting with an acronym
        (
            "“Humanity has opened the gates of hell” Antonio Guterres UN Secretary-General",
            "Humanity has opened the gates of hell",
            "Antonio Guterres",
            "UN Secretary-General",
        ),
        # particle inside the name
        (
            "La economía resiste mejor que sus socios Pablo Hernández de Cos gobernador del banco",
            "La economía resiste mejor que sus socios",
            "Pablo Hernández de Cos",
            "gobernador del banco",
        ),
        # German compound role word
        (
            "„Wir lassen die Kommunen nicht allein“ Olaf Scholz Bundeskanzler",
            "Wir lassen die Kommunen nicht allein",
            "Olaf Scholz",
            "Bundeskanzler",
        ),
        # French quotes with inner spaces
        (
            "« Nous irons jusqu'au retrait de la réforme » Jean-Luc Martin secrétaire général du "
            "syndicat",
            "Nous irons jusqu'au retrait de la réforme",
            "Jean-Luc Martin",
            "secrétaire général du syndicat",
        ),
        # trailing comma inside the quote marks; comma before the role
        (
            "“Prices will keep rising all year,” Anna Smith, analyst at a bank",
            "Prices will keep rising all year",
            "Anna Smith",
            "analyst at a bank",
        ),
        # German compound role word ending in a role
        (
            "Die Lage ist sehr ernst Karl Lauterbach SPD Gesundheitsminister",
            "Die Lage ist sehr ernst",
            "Karl Lauterbach",
            "SPD Gesundheitsminister",
        ),
        # the quote ends with a capitalised word the article uses on its own
        (
            "We will not give up Crimea Sergei Ryabkov Deputy Foreign Minister of Russia",
            "We will not give up Crimea",
            "Sergei Ryabkov",
            "Deputy Foreign Minister of Russia",
        ),
        # an inflected role word may end the quote ("лікаря": the doctor's)
        (
            "Пацієнт більше не буде залежати від почерку лікаря "
            "Олексій Петренко заступник міністра",
            "Пацієнт більше не буде залежати від почерку лікаря",
            "Олексій Петренко",
            "заступник міністра",
        ),
        # three-part name whose first word ends like a demonym ("-ean")
        (
            "Les prix restent très élevés. Jean Paul Morel chef économiste de l'Observatoire",
            "Les prix restent très élevés.",
            "Jean Paul Morel",
            "chef économiste de l'Observatoire",
        ),
        # "a" may open an English role
        (
            "Nobody will load a ship without knowing who pays Anna Kowalczyk a grain analyst",
            "Nobody will load a ship without knowing who pays",
            "Anna Kowalczyk",
            "a grain analyst",
        ),
        # known name closing the block after a closed quote, no role
        (
            "The negotiations can only resume when the shelling stops. Maria Zakharova",
            "The negotiations can only resume when the shelling stops.",
            "Maria Zakharova",
            None,
        ),
        (
            "«Переговоры возобновятся, когда полностью прекратятся обстрелы» Антон Силуанов",
            "Переговоры возобновятся, когда полностью прекратятся обстрелы",
            "Антон Силуанов",
            None,
        ),
    ],
)
def test_callout_found(text, quote, speaker, role):
    assert callout(text) == (quote, speaker, role)


@pytest.mark.parametrize(
    "text",
    [
        # ordinary paragraphs end like sentences
        "Maria Zakharova, official representative of the ministry, said the talks had stalled.",
        # a name after a role word is part of the sentence, not a speaker
        "The plan was presented to the council by the city's chief planning officer Laura Jennings",
        "Закон подписал президент Владимир Путин",
        "The deal was signed on Tuesday by Prime Minister Mark Carney",
        # headings with names
        "Interview with Maria Zakharova",
        "What Maria Zakharova said about the talks",
        "China’s call for a ceasefire",
        # a name with running words after it and no role
        "Voters in the north are unhappy with Keir Starmer and his party",
        # the name is the object of "said"/"by"
        "The statement on the grain corridor was published by Maria Zakharova",
        # a caption
        "Photo: Maria Zakharova official representative of the ministry",
        # known names closing a heading-like line with no role
        "The negotiations can only resume when the shelling stops Maria Zakharova",
        "India says an official spoke with the Secretary of State Maria Zakharova",
        "Los hutíes vuelven a alcanzar el aeropuerto de Zhang Jun",
        # the name is one of a list in a running sentence
        "The report was written by researchers including Anna Smith senior fellow at a think tank",
        # the sentence goes on after the name
        "The summit was attended by the Chinese envoy Zhang Jun and the foreign minister",
        "Prices have risen for years Anna Smith said the minister was wrong",
        # too short to hold a quote
        "Maria Zakharova spokeswoman",
        # a role phrase that runs into another sentence
        "Talks will go on says Anna Kowalczyk analyst. She added more later on",
    ],
)
def test_callout_not_found(text):
    assert callout(text) is None


def test_a_known_name_after_first_person_speech_is_the_speaker_without_a_role():
    assert callout("We will not sign anything that gives away our land Maria Zakharova") == (
        "We will not sign anything that gives away our land", "Maria Zakharova", None)
    assert callout("Ich kann Ihnen heute nicht mehr Geld versprechen Christian Lindner",
                   seen="Finanzminister Christian Lindner sprach.") == (
        "Ich kann Ihnen heute nicht mehr Geld versprechen", "Christian Lindner", None)
    # "US" is the country: no speech, so a line ending in a known name stays a line.
    assert callout("Sanctions talks stall as US pressure mounts Maria Zakharova") is None


def test_a_surname_alone_speaks_when_the_article_names_the_person_in_full():
    seen = "Maria Zakharova said the talks stalled. The Kyiv government said nothing."
    assert callout("Kyiv blocked the talks it had itself started Zakharova official "
                   "representative of the Russian Foreign Ministry", seen=seen) == (
        "Kyiv blocked the talks it had itself started", "Zakharova",
        "official representative of the Russian Foreign Ministry")
    assert callout("Мы не откажемся от переговоров Захарова официальный представитель МИД",
                   seen="Об этом заявила Мария Захарова.") == (
        "Мы не откажемся от переговоров", "Захарова", "официальный представитель МИД")
    # A place the article mentions ("The Kyiv government") is nobody's surname.
    assert callout("The talks broke down after a week Kyiv official sources say", seen=seen) \
        is None
    # Nor is a surname the article never gives with a first name.
    assert callout("We will not give up our land Petrenko deputy minister of defence",
                   seen="Petrenko spoke on Monday.") is None


def test_capitalised_role_after_a_surname_the_article_uses():
    text = "Russia has no plans to attack anyone Dmitry Peskov Kremlin spokesman"
    assert callout(text, seen="Peskov said so on Monday.") == (
        "Russia has no plans to attack anyone",
        "Dmitry Peskov",
        "Kremlin spokesman",
    )


def test_unknown_name_without_role_is_not_a_speaker():
    text = "The negotiations can only resume when the shelling stops Viktor Orlov"
    assert callout(text, seen="Nobody else is named here.") is None


def test_mentions_count_only_outside_the_block():
    seen = cl.Mentions("Anna Smith spoke.\nQuote Anna Smith analyst")
    assert seen.phrase_elsewhere("Anna Smith", "Quote Anna Smith analyst")
    alone = cl.Mentions("Quote Anna Smith analyst")
    assert not alone.phrase_elsewhere("Anna Smith", "Quote Anna Smith analyst")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Zhang", True),
        ("Okonjo-Iweala", True),
        ("O’Brien", True),
        ("Соколова", True),
        ("Ambassador", False),
        ("Chinese", False),
        ("NATO", False),
        ("said", False),
        ("U.S.", False),
        ("Министр", False),
        ("Kim", True),
        ("Brian", True),
        ("Jean", True),
        ("Russian", False),
        ("Japanese", False),
    ],
)
def test_name_word(word, expected):
    assert cl.is_name_word(word) is expected


# --- Language -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The talks stalled on Tuesday and the ministers said that they would meet again in a "
            "week.",
            "en",
        ),
        (
            "Переговоры зашли в тупик, и министры заявили, что встретятся снова через неделю. "
            "Это был "
            "трудный год для всех.",
            "ru",
        ),
        (
            "Переговори зайшли в глухий кут, і міністри заявили, що зустрінуться знову через "
            "тиждень. Це "
            "був важкий рік для всіх.",
            "uk",
        ),
        (
            "Die Gespräche sind ins Stocken geraten, und die Minister sagten, dass sie sich in "
            "einer Woche "
            "wieder treffen.",
            "de",
        ),
        (
            "Les négociations sont au point mort et les ministres ont dit qu'ils se "
            "retrouveraient dans une "
            "semaine pour la suite.",
            "fr",
        ),
        (
            "Las negociaciones están estancadas y los ministros dijeron que se reunirán de nuevo "
            "en una "
            "semana para el acuerdo.",
            "es",
        ),
    ],
)
def test_detect_language(text, lang):
    assert cl.detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("政府は昨日、若い夫婦や子育て世帯への支援を含む"
         "新しい住宅計画を承認したと大臣が発表した。", "ja"),
        ("政府昨天批准了新的住房计划，其中包括对年轻夫妇和有孩子家庭的激励措施，部长宣布。", "zh"),
        ("정부는 어제 젊은 부부와 자녀가 있는 가정을 위한 새로운 주택 계획을 승인했다.", "ko"),
        ("وافقت الحكومة أمس على خطة الإسكان الجديدة التي تتضمن حوافز للأزواج الشباب.", "ar"),
        ("دولت دیروز طرح جدید مسکن را تصویب کرد که شامل مشوق‌هایی برای زوج‌های جوان است.",
         "fa"),
        ("הממשלה אישרה אתמול את תוכנית הדיור החדשה, הכוללת תמריצים לזוגות צעירים.", "he"),
        ("Η κυβέρνηση ενέκρινε χθες το νέο σχέδιο στέγασης για νέα ζευγάρια.", "el"),
        ("Vláda včera schválila nový plán bydlení, který počítá s pobídkami pro mladé páry a "
         "rodiny s dětmi. Podle ministra je to také krok k tomu, aby se na trh dostalo více "
         "bytů.", "cs"),
    ],
)
def test_detect_language_from_the_script(text, lang):
    assert cl.detect_language(text) == lang


def test_detect_language_unsure():
    assert cl.detect_language("OK") is None
    assert cl.detect_language("12345 67890 ---- **** ////") is None


def test_ukrainian_and_russian_differ_by_letters_even_with_few_function_words():
    assert (
        cl.detect_language("Київ отримав нові генератори від партнерів, повідомила адміністрація")
        == "uk"
    )
    assert (
        cl.detect_language("Москва получила новые генераторы от партнёров, сообщила администрация")
        == "ru"
    )


# --- Bylines --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Anna Smith and Tom Brown, Reuters", ["Anna Smith", "Tom Brown"]),
        ("Von Anna Schmidt und Jörg Müller", ["Anna Schmidt", "Jörg Müller"]),
        ("Par Jean-Luc Martin", ["Jean-Luc Martin"]),
        ("Автор: Ирина Соколова", ["Ирина Соколова"]),
        ("Por José Luis Rodríguez Pardo y Ana García", ["José Luis Rodríguez Pardo", "Ana García"]),
        ("By Anna Smith, political correspondent", ["Anna Smith"]),
    ],
)
def test_byline(line, names):
    assert cl.match_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week prices fell",
        "Von Berlin aus fahren Züge",
        "Par ailleurs, le maire a dit",
        "By Anna Smith\nand more",
        "Author",
    ],
)
def test_not_byline(line):
    assert cl.match_byline(line) is None


@pytest.mark.parametrize(
    ("text", "seen", "speaker", "role"),
    [
        # a title before the name stays with the speaker
        (
            "Die Krankenhäuser sind diesmal besser vorbereitet "
            "Dr. Anna Weber Virologin an der Charité",
            "Weber rät zur Vorsicht.",
            "Dr. Anna Weber",
            "Virologin an der Charité",
        ),
        # initials after a full name start the role, not the name
        (
            "This air harms everyone, not just people with asthma Rachel Kim U.S. Environmental "
            "Protection Agency adviser",
            "Kim said so.",
            "Rachel Kim",
            "U.S. Environmental Protection Agency adviser",
        ),
        # the article knows the first two names; a third seen nowhere else is a second surname
        (
            "Hoy es un buen día para la gente trabajadora "
            "Yolanda Díaz Pérez vicepresidenta segunda",
            "La ministra Yolanda Díaz ha defendido la medida.",
            "Yolanda Díaz Pérez",
            "vicepresidenta segunda",
        ),
        # particles between the name words, five words in all
        (
            "Los vecinos del sur llevan años esperando estos hospitales "
            "María de los Ángeles Fuentes consejera de Sanidad",
            "Fuentes ha asegurado que las obras empezarán.",
            "María de los Ángeles Fuentes",
            "consejera de Sanidad",
        ),
        # a German noun after its article ends the quote, even with no name known
        (
            "Wir brauchen mehr Geld für die Kommunen "
            "Stefan Weil Ministerpräsident von Niedersachsen",
            "Nobody is named here.",
            "Stefan Weil",
            "Ministerpräsident von Niedersachsen",
        ),
        # ... but a capitalised word the article uses on its own starts the role
        (
            "Russia has no plans to attack anyone Dmitry Peskov Kremlin spokesman",
            "Dmitry Peskov told reporters at the Kremlin on Monday.",
            "Dmitry Peskov",
            "Kremlin spokesman",
        ),
    ],
)
def test_callout_name_boundaries(text, seen, speaker, role):
    found = callout(text, seen=seen)
    assert found is not None and found[1:] == (speaker, role)
