"""Line classifiers: related labels, headings, captions and bylines; what they must catch, and
look-alikes they must leave alone."""

from __future__ import annotations

import pytest

from newsparse.text import lines as ln

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
    assert ln.match_related_label(line) == (label, rest)


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
    assert ln.match_related_label(line) is None


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
    assert ln.looks_like_heading(text)


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
    assert not ln.looks_like_heading(text)


def test_caption():
    assert ln.is_caption("Foto: Kay Nietfeld/dpa")
    assert ln.is_caption("Photo : AFP")
    assert ln.is_caption("(Photo: Reuters)")
    assert ln.is_caption("Photo by Anna Smith/Reuters")
    assert ln.is_caption("© AFP 2024")
    assert ln.is_caption("Soldiers near Bakhmut. REUTERS/Yevhen Titov")
    assert ln.is_caption("AP Photo/Evan Vucci")
    assert not ln.is_caption("Photographers gathered outside")
    assert not ln.is_caption("US/EU trade talks resume")
    assert not ln.is_caption("Source of the leak remains unknown")


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
    assert ln.match_byline(line) == names


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
    assert ln.match_byline(line) is None
