"""Quote callouts: a flattened pull quote split into quote, speaker and role, and the mentions
that decide a name."""

from __future__ import annotations

import pytest

from newsparse.text import callouts as co
from newsparse.text import echoes

# --- Quote callouts -------------------------------------------------------------------------------

SEEN = (
    "The spokeswoman Maria Zakharova said. Zhang Jun spoke. Рахимов отметил. Holloway said. "
    "Антон Силуанов добавил. Ryabkov spoke of Crimea."
)


def callout(text: str, seen: str = SEEN):
    return co.match_callout(text, co.Mentions(seen + "\n" + text))


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


def test_a_role_ending_in_a_companys_abbreviation_keeps_its_full_stop():
    text = ("You get quotes and invoices in one place. That is what big companies have. "
            "Katie Pearse owner of Glimmer Cleaning Co.")
    assert callout(text) == ("You get quotes and invoices in one place. That is what big "
                             "companies have.", "Katie Pearse", "owner of Glimmer Cleaning Co.")
    # A sentence that ends in a company's name is a paragraph, whatever names it holds.
    assert callout("Results are due tomorrow from the chip maker Dell Technologies Inc., "
                   "Dollar General Corp. and Lululemon Athletica Inc.") is None


def test_unknown_name_without_role_is_not_a_speaker():
    text = "The negotiations can only resume when the shelling stops Viktor Orlov"
    assert callout(text, seen="Nobody else is named here.") is None


def test_mentions_count_only_outside_the_block():
    seen = co.Mentions("Anna Smith spoke.\nQuote Anna Smith analyst")
    assert seen.phrase_elsewhere("Anna Smith", "Quote Anna Smith analyst")
    alone = co.Mentions("Quote Anna Smith analyst")
    assert not alone.phrase_elsewhere("Anna Smith", "Quote Anna Smith analyst")


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


# --- A quote closed by its sentence end, then its attribution ----------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "role"),
    [
        # a name the article never mentions, and no role at all
        ("Good design is as little design as possible. Dieter Rams",
         "Good design is as little design as possible.", "Dieter Rams", None),
        # an organisation for a role, capitalised
        ("Der Klimawandel lieferte den Trend, El Niño den Schub. Karla Hense Universität Leipzig",
         "Der Klimawandel lieferte den Trend, El Niño den Schub.", "Karla Hense",
         "Universität Leipzig"),
        # a particle inside the name; a later sentence end closes the quote
        ("Wow is the one to aim for! Stop overthinking it. Pieter van Dijk Head of SEO, Northwind",
         "Wow is the one to aim for! Stop overthinking it.", "Pieter van Dijk",
         "Head of SEO, Northwind"),
    ],
)
def test_a_closed_quote_then_name_and_role(text, quote, speaker, role):
    assert callout(text, seen="") == (quote, speaker, role)


@pytest.mark.parametrize(
    "text",
    [
        "Razr 40 Ultra vs. Samsung Galaxy Flip",  # an abbreviation closes nothing
        "Renting a car at the airport is cheap. Renting from John F. Kennedy Airport",
        "The vote is on Monday. Anna Smith reports that turnout is high",  # a sentence goes on
    ],
)
def test_no_closed_quote_attribution(text):
    assert callout(text, seen="") is None


def test_echo_blocks_repeat_a_longer_block_and_are_not_lists_or_copies():
    body = ("Prices rose in every region last year. For a start, rents rose faster than wages, "
            "the statistics office said on Monday.")
    texts = [
        body,
        "Prices rose in every region last year.",  # 7 words: too short to tell
        "Rents rose faster than wages, the statistics office said on Monday.",  # part of one
        "- Rents rose faster than wages, the statistics office said on Monday.",  # a list item
        body,  # the same block twice is a page element shown twice
        "9 Office for Statistics. Rents and wages by region, annual report 2024.",
        "10 Office for Statistics. Rents and wages by region, annual report 2024.",
    ]
    assert echoes.echo_blocks(texts) == {2}


def test_a_flattened_callout_holds_no_echo():
    said = "Nobody should pay half their wages in rent, not in this city."
    texts = [said, f"{said} Dana Moss Tenants Union"]
    assert echoes.echo_blocks(texts) == set()
    assert echoes.echo_blocks([said, f'"{said}" Moss said at a rally on Sunday.']) == {0}


def test_a_flattened_callout_whose_role_ends_in_co_is_read_from_plain_text():
    from newsparse.clean import text_blocks
    from newsparse.text.segment import segment

    body = "The cleaning trade grew by a tenth last year, the survey of owners found."
    callout_line = ("You get quotes and invoices in one place. That is what big companies "
                    "have. Katie Pearse owner of Glimmer Cleaning Co.")
    parts = segment(text_blocks(f"Cleaning firms grow\n\n{body}\n\n{callout_line}\n\n{body}"))
    assert [(q.speaker, q.role) for q in parts.quotes] == [
        ("Katie Pearse", "owner of Glimmer Cleaning Co.")]
    assert all("Katie Pearse" not in p for s in parts.body for p in s.paragraphs)
