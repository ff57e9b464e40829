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
