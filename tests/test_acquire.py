"""Reading files and fetching URLs over real HTTP from a local server."""

from __future__ import annotations

import gzip

import pytest

from newsparse.acquire import expand_inputs, fetch, read_path
from newsparse.errors import FetchError, InputError
from newsparse.settings import Options

FAST = Options(connect_timeout=2, read_timeout=1, retries=0)


def test_fetch_follows_redirect_and_reports_final_url(server):
    raw = fetch(f"{server}/redirect", FAST)
    assert raw.source.url == f"{server}/article.html"
    assert raw.source.kind == "url" and raw.source.input == f"{server}/redirect"
    assert b"<article>" in raw.data
    assert raw.source.fetched_at.endswith("Z")


def test_fetch_decodes_gzip_content_encoding(server):
    assert b"<article>" in fetch(f"{server}/gzipped.html", FAST).data


def test_fetch_reports_declared_charset(server):
    assert fetch(f"{server}/cp1251.txt", FAST).charset == "windows-1251"


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing", "HTTP 404"), ("/image.png", "Content-Type: image/png"), ("/slow", "timed out")],
)
def test_fetch_errors(server, path, message):
    with pytest.raises(FetchError, match=message):
        fetch(f"{server}{path}", FAST)


def test_fetch_refused_connection():
    with pytest.raises(FetchError, match="refused"):
        fetch("http://127.0.0.1:9/", FAST)


def test_fetch_caps_body_size(server):
    with pytest.raises(FetchError, match="larger than"):
        fetch(f"{server}/article.html", Options(max_bytes=100, retries=0))


def test_read_path_gunzips(tmp_path):
    p = tmp_path / "a.txt.gz"
    p.write_bytes(gzip.compress("héllo".encode()))
    assert read_path(str(p)) == "héllo".encode()


@pytest.mark.parametrize(("name", "message"), [("nope.txt", "no such file"), (".", "directory")])
def test_read_path_errors(tmp_path, name, message):
    with pytest.raises(InputError, match=message):
        read_path(str(tmp_path / name))


def test_expand_inputs_walks_directories_for_article_files(tmp_path):
    for name in ["b.html", "a.txt", "c.htm.gz", "d.json", "sub/e.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    got = [p.removeprefix(str(tmp_path) + "/") for p in expand_inputs([str(tmp_path), "-"])]
    assert got == ["a.txt", "b.html", "c.htm.gz", "sub/e.txt", "-"]
