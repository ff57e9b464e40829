"""Reading files and fetching URLs over real HTTP from a local server."""

from __future__ import annotations

import gzip

import pytest

from newsparse.acquire import expand_inputs, read_input
from newsparse.errors import FetchError, InputError
from newsparse.fetch import fetch
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


@pytest.mark.parametrize("name", ["a.txt.gz", "a.txt"])  # gzip known by its bytes, not its name
def test_read_input_gunzips(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(gzip.compress("héllo".encode()) + gzip.compress(b" two members"))
    assert read_input(str(p), Options()).data == "héllo two members".encode()


@pytest.mark.parametrize(("name", "message"), [("nope.txt", "no such file"), (".", "directory")])
def test_read_input_errors(tmp_path, name, message):
    with pytest.raises(InputError, match=message):
        read_input(str(tmp_path / name), Options())


@pytest.mark.parametrize(("data", "message"), [
    (b"x" * 1001, "larger than 1000 bytes [(]--max-bytes[)]"),
    (gzip.compress(b"x" * 1001), "larger than 1000 bytes after decompression"),
    (gzip.compress(b"x" * 900) + gzip.compress(b"y" * 200), "after decompression"),
    (gzip.compress(b"x" * 900)[:-10], "truncated gzip data"),
])
def test_max_bytes_caps_files_as_read_and_after_decompression(tmp_path, data, message):
    (tmp_path / "a.txt").write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_input(str(tmp_path / "a.txt"), Options(max_bytes=1000))


def test_expand_inputs_walks_directories_for_article_files(tmp_path):
    for name in ["b.html", "a.txt", "c.htm.gz", "d.json", "sub/e.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    got = [p.removeprefix(str(tmp_path) + "/") for p in expand_inputs([str(tmp_path), "-"])]
    assert got == ["a.txt", "b.html", "c.htm.gz", "sub/e.txt", "-"]
