"""Bytes in any common encoding become the same text; binary and empty input are refused."""

from __future__ import annotations

import codecs

import pytest

from newsparse.decode import decode, detect_format
from newsparse.errors import DecodeError

RUSSIAN = "Учёные зафиксировали рекордное сокращение льда в Арктике. " * 5
GERMAN = ("Die Bundesregierung hat am Donnerstag über die Zukunft der "
          "Energieversorgung beraten. ") * 3


@pytest.mark.parametrize(
    "data",
    [
        RUSSIAN.encode("utf-8"),
        codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"),
        RUSSIAN.encode("utf-16"),  # with BOM
        RUSSIAN.encode("utf-16-le"),  # without BOM
        RUSSIAN.encode("cp1251"),
        RUSSIAN.encode("koi8-r"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-nobom", "cp1251", "koi8r"],
)
def test_russian_in_every_encoding(data):
    assert decode(data).strip() == RUSSIAN.strip()


def test_latin1_german():
    assert decode(GERMAN.encode("latin-1")) == GERMAN


def test_declared_meta_charset_is_used():
    html = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    assert RUSSIAN in decode(html.encode("cp1251"))


def test_header_charset_is_used():
    assert decode(GERMAN.encode("cp1252"), "cp1252") == GERMAN


@pytest.mark.parametrize("data", [b"", b"  \n\t ", b"\x00\x01\x02\x03" * 100,
                                  bytes(range(256)) * 20])
def test_empty_and_binary_refused(data):
    with pytest.raises(DecodeError):
        decode(data)


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("  <html lang='en'><p>x</p></html>", "html"),
        ("<div><p>one</p><p>two</p><a href='#'>x</a></div>", "html"),
        ("date 2023-02-17 A headline\n\nA paragraph with 3 < 4 and a > b.", "text"),
    ],
)
def test_detect_format(text, fmt):
    assert detect_format(text) == fmt


# ---------------------------------------------------------------- damaged and hostile bytes

CURLY = "The minister said: \u2019we will see\u2019 \u2014 and left. " * 40


@pytest.mark.parametrize("declare", [True, False])
def test_one_bad_byte_in_a_utf8_page_costs_one_character(declare):
    meta = '<meta charset="utf-8">' if declare else ""
    page = f"<html><head>{meta}</head><body><p>{CURLY}</p></body></html>".encode()
    cut = page.index(b"said:") + 5
    text = decode(page[:cut] + b"\xff" + page[cut:])  # one stray byte
    assert text == page.decode().replace("said:", "said:\ufffd", 1)
    assert "\u0442\u0410\u0429" not in text  # no reading of the page as another charset


def test_a_page_mislabelled_utf8_is_read_in_its_real_charset():
    page = f'<html><head><meta charset="utf-8"></head><body><p>{RUSSIAN}</p></body></html>'
    assert RUSSIAN in decode(page.encode("cp1251"))


@pytest.mark.parametrize("nuls", [1, 5])
def test_a_few_nul_bytes_do_not_make_a_page_binary(nuls):
    page = f"<html><body><p>{GERMAN}</p></body></html>".encode()
    damaged = page[:100] + b"\x00" * nuls + page[100:]
    assert decode(damaged) == page.decode()  # and NUL is dropped, as HTML drops it


@pytest.mark.parametrize("label", ["unicode_escape", "raw_unicode_escape", "utf-7", "utf-16"])
def test_only_text_encodings_are_taken_as_a_page_charset(label):
    escaped = "<p>Stra\\u00dfe " + "caf\\xe9 " * 30 + "</p>"
    page = f'<html><head><meta charset="{label}"></head><body>{escaped}\xe9</body></html>'
    text = decode(page.encode("latin-1"), declared=label)
    assert "\\u00dfe" in text  # escapes stay text: no codec ran over the page


def test_charset_labels_of_the_encoding_standard():
    from newsparse.decode import web_codec

    assert web_codec("ISO-8859-1") == "cp1252"  # as browsers read it
    assert web_codec(" utf8 ") == "utf-8"
    assert web_codec("unicode_escape") is None


# --- Single-byte text with few non-ASCII letters: the reading that makes words --------------

ENGLISH_WITH_ONE_RUSSIAN_WORD = (
    "The agreements signed in 2015 were a concession. “IN [соглашения] the question of Crimea "
    "was not included,” the politician said. " * 2
)
POLISH = "Państwowa Komisja Wyborcza ogłosiła wyniki wyborów w poniedziałek. Zażółć gęślą jaźń."


@pytest.mark.parametrize(
    "text, encoding",
    [
        (ENGLISH_WITH_ONE_RUSSIAN_WORD, "cp1251"),
        (ENGLISH_WITH_ONE_RUSSIAN_WORD.replace("“", '"').replace("”", '"'), "koi8-r"),
        (POLISH * 3, "cp1250"),
        (GERMAN, "cp1252"),
    ],
    ids=["cp1251-one-word", "koi8r-one-word", "polish-cp1250", "german-cp1252"],
)
def test_the_single_byte_reading_whose_words_keep_to_one_script(text, encoding):
    assert decode(text.encode(encoding)) == text
