"""The Python API returns the same structure the CLI prints."""

from __future__ import annotations

import ast
import subprocess
import sys

import orjson
import pytest

import newsparse
from newsparse.errors import ExtractError
from newsparse.model import Source

from .conftest import HTML_SAMPLE, SEED


def test_parse_text_returns_article_with_every_field():
    article = newsparse.parse_text(SEED.read_text("utf-8"), url="https://example.org/a")
    assert isinstance(article, newsparse.Article)
    data = orjson.loads(orjson.dumps(article))
    assert list(data) == ["schema_version", "source", "language", "title", "dateline", "published",
                          "authors", "summary", "body", "quotes", "related", "text",
                          "lists", "tables", "images", "canonical_url", "site_name", "modified",
                          "section", "tags", "free_access", "page_type"]
    assert data["source"]["url"] == "https://example.org/a"
    assert data["source"]["format"] == "text"


def test_text_field_is_headings_and_paragraphs():
    article = newsparse.parse_text("Headline\n\nFirst paragraph.\n\nA heading\n\nSecond one.")
    assert article.title == "Headline"
    assert article.text == "First paragraph.\n\nA heading\n\nSecond one."
    assert [s.heading for s in article.body] == [None, "A heading"]


def test_parse_html_reads_page_metadata():
    article = newsparse.parse_html(HTML_SAMPLE.read_text("utf-8"))
    assert article.title == "City council approves housing plan after late-night vote"
    assert article.authors == ["Dana Whitfield"]
    assert article.published.startswith("2024-09-12")
    assert article.language == "en"
    assert article.source.format == "html"
    headings = [s.heading for s in article.body]
    assert "What changes for residents" in headings and "What happens next" in headings


def test_parse_html_without_article_raises():
    with pytest.raises(ExtractError):
        newsparse.parse_html("<html><body><nav><a href='/'>Home</a></nav></body></html>")


def test_parse_text_empty_raises():
    with pytest.raises(newsparse.NewsparseError):
        newsparse.parse_text("   \n\n  ")


def _modules_after(call: str, path) -> list[str]:
    """Which of the HTML reading's modules a fresh interpreter has loaded after `call`."""
    code = ("import sys, newsparse\n"
            f"newsparse.{call}(open({str(path)!r}, encoding='utf-8').read())\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('lxml', 'trafilatura')\n"
            "             or m.startswith('newsparse.html')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60,
                          check=True)
    return ast.literal_eval(proc.stdout.decode())


def test_text_input_never_loads_the_html_reading():
    assert _modules_after("parse_text", SEED) == []
    loaded = _modules_after("parse_html", HTML_SAMPLE)
    assert {"newsparse.html", "newsparse.html.walk", "lxml"} <= set(loaded)


def test_parse_bytes_reads_past_a_nul_byte():
    page = HTML_SAMPLE.read_bytes()
    at = page.index(b"What happens next")
    article = newsparse.parse_bytes(page[:at] + b"\x00" + page[at:], Source(kind="file"))
    whole = newsparse.parse_bytes(page, Source(kind="file"))
    assert article.text == whole.text and "What happens next" in article.text


# ---------------------------------------------------------------- time limit


def _long_text() -> str:
    """A valid article long enough that parsing it takes far longer than a few milliseconds."""
    return SEED.read_text("utf-8") * 300


def test_timeout_raises_the_documented_exception():
    import signal

    handler = signal.getsignal(signal.SIGALRM)
    with pytest.raises(newsparse.TimeoutExceeded, match="took longer than 0.01 s"):
        newsparse.parse_text(_long_text(), timeout=0.01)
    assert isinstance(newsparse.TimeoutExceeded("x"), newsparse.NewsparseError)
    assert signal.getsignal(signal.SIGALRM) is handler  # nothing left armed
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_parse_within_its_timeout_is_the_same_article():
    text = SEED.read_text("utf-8")
    assert newsparse.parse_text(text, timeout=60) == newsparse.parse_text(text)
    page = HTML_SAMPLE.read_text("utf-8")
    assert newsparse.parse_html(page, timeout=60) == newsparse.parse_html(page)


def test_timeout_holds_in_a_thread_and_leaves_it_clean():
    import threading
    import time

    outcome = {}

    def work():
        try:
            newsparse.parse_bytes(_long_text().encode(), Source(kind="api"), timeout=0.01)
        except newsparse.TimeoutExceeded as exc:
            outcome["raised"] = str(exc)
        try:  # a limit met in time must leave nothing behind to go off later
            newsparse.parse_text(SEED.read_text("utf-8"), timeout=0.5)
            time.sleep(0.7)
            outcome["after"] = "clean"
        except BaseException as exc:  # noqa: BLE001 - the test reports whatever lands here
            outcome["after"] = repr(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert outcome == {"raised": "took longer than 0.01 s", "after": "clean"}


def test_parse_html_given_bytes_decodes_them_as_the_cli_does():
    raw = HTML_SAMPLE.read_bytes()
    from_bytes = newsparse.parse_html(raw, url="https://example.org/a")
    from_text = newsparse.parse_html(raw.decode("utf-8"), url="https://example.org/a")
    assert from_bytes.body == from_text.body and from_bytes.title == from_text.title
    assert from_bytes.source.format == "html" and from_bytes.source.kind == "api"
    assert len(from_bytes.source.sha256) == 64  # the hash of the bytes given


def test_parse_text_given_bytes_in_a_legacy_charset():
    text = "Учёные зафиксировали рекордное сокращение льда\n\n" + (
        "Площадь морского льда в Арктике в апреле оказалась меньше средних значений. " * 3)
    article = newsparse.parse_text(text.encode("cp1251"))
    assert article.title == "Учёные зафиксировали рекордное сокращение льда"
    assert article.source.format == "text"


@pytest.mark.parametrize("call", [newsparse.parse_html, newsparse.parse_text])
@pytest.mark.parametrize(("value", "named"), [(None, "NoneType"), (42, "int"),
                                              (["<p>a</p>"], "list")])
def test_other_types_raise_a_type_error_naming_what_is_expected(call, value, named):
    with pytest.raises(TypeError) as info:
        call(value)
    assert str(info.value) == (f"{call.__name__}() takes the article as str or bytes, "
                               f"not {named}")
