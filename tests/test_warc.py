"""WARC archives as input: `newsparse parse crawl.warc.gz` streams each HTML page record."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from newsparse.warc import Skipped, iter_pages, record_specs, split_spec

from .warcbuild import (
    SAMPLES,
    WARC_DATE,
    Response,
    generated_page,
    mixed_responses,
    sample_page,
    write_warc,
)

NEWSPARSE = [sys.executable, "-m", "newsparse"]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSPARSE, "parse", *args], capture_output=True, timeout=120)


def records(stdout: bytes) -> list[dict]:
    return [orjson.loads(line) for line in stdout.splitlines()]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    return write_warc(tmp_path_factory.mktemp("warc") / "mixed.warc.gz", mixed_responses())


@pytest.fixture(scope="module")
def mixed_run(mixed) -> subprocess.CompletedProcess:
    return run_cli(str(mixed))


def test_every_html_200_record_becomes_one_article(mixed, mixed_run):
    assert mixed_run.returncode == 0, mixed_run.stderr
    urls = [r["source"]["url"] for r in records(mixed_run.stdout)]
    assert urls == ["https://news.example/housing", "https://news.example/housing-gz",
                    "https://news.example/housing-chunked", "https://news.example/undated",
                    "https://news.example/ru"]


def test_skipped_records_are_counted_on_stderr(mixed, mixed_run):
    skip_line, summary = mixed_run.stderr.decode().splitlines()
    assert skip_line == f"newsparse: {mixed}: skipped 2 records (1 not HTTP 200, 1 not HTML)"
    assert summary.startswith("newsparse: 5 done, 0 skipped, 0 failed")


def test_source_names_the_archive_record(mixed, mixed_run):
    for rec in records(mixed_run.stdout):
        src = rec["source"]
        path, offset = split_spec(src["input"])
        assert path == str(mixed) and offset is not None and offset > 0
        assert src["kind"] == "warc"
        assert src["format"] == "html"
        assert src["fetched_at"] == WARC_DATE


def test_content_and_transfer_encodings_are_undone(mixed_run):
    plain, gz, chunk = records(mixed_run.stdout)[:3]
    for rec in (gz, chunk):
        assert rec["source"]["sha256"] == plain["source"]["sha256"]
        assert rec["title"] == plain["title"] == (
            "City council approves housing plan after late-night vote")
        assert rec["body"] == plain["body"]


def test_page_date_wins_and_warc_date_is_the_fallback(mixed_run):
    by_url = {r["source"]["url"]: r for r in records(mixed_run.stdout)}
    assert by_url["https://news.example/housing"]["published"].startswith("2024-09-12")
    assert by_url["https://news.example/undated"]["published"] == WARC_DATE


def test_http_charset_header_decodes_the_page(mixed_run):
    ru = records(mixed_run.stdout)[-1]
    assert ru["title"] == "Отчёт порта"
    assert "администрация порта" in ru["text"]


def test_a_record_input_reads_just_that_record(mixed, mixed_run):
    whole = records(mixed_run.stdout)[3]
    one = run_cli(whole["source"]["input"])
    assert one.returncode == 0, one.stderr
    assert orjson.loads(one.stdout) == whole


def test_uncompressed_archives_and_several_archives(tmp_path):
    a = write_warc(tmp_path / "a.warc", [Response(f"https://x.example/{i}", generated_page(i))
                                         for i in range(3)])
    b = write_warc(tmp_path / "b.warc.gz", [Response("https://y.example/1", sample_page())],
                   request_first=False)
    result = run_cli(str(a), str(b))
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode().startswith("newsparse: 4 done, 0 skipped, 0 failed")
    assert result.stderr.count(b"\n") == 1  # the summary alone: no record was skipped
    got = [(r["source"]["input"].split("#")[0], r["title"]) for r in records(result.stdout)]
    assert got == [(str(a), "Harbour report number 0"), (str(a), "Harbour report number 1"),
                   (str(a), "Harbour report number 2"),
                   (str(b), "City council approves housing plan after late-night vote")]


def test_streaming_and_seeking_read_the_same_pages(mixed):
    skipped: dict[str, Skipped] = {}
    specs = list(record_specs(str(mixed), skipped))
    streamed = list(iter_pages(str(mixed)))
    assert [raw.source.input for raw in streamed] == specs
    assert skipped[str(mixed)] == Skipped(not_ok=1, not_html=1)


def test_oversized_records_are_skipped(tmp_path, monkeypatch):
    import newsparse.warc

    big = generated_page(2) + b"<!--" + b"x" * 5000 + b"-->"
    arc = write_warc(tmp_path / "big.warc.gz", [
        Response("https://b.example/big", big), Response("https://b.example/ok", generated_page(3)),
    ])
    monkeypatch.setattr(newsparse.warc, "MAX_RECORD_BYTES", 4000)
    skipped: dict[str, Skipped] = {}
    specs = list(record_specs(str(arc), skipped))
    assert len(specs) == 1
    assert [raw.source.url for raw in iter_pages(str(arc))] == ["https://b.example/ok"]
    assert skipped[str(arc)].describe() == (
        "skipped 1 records (0 not HTTP 200, 0 not HTML, 1 over 4000 bytes)")


def test_missing_archive_is_one_error_line(tmp_path):
    missing = tmp_path / "nope.warc.gz"
    result = run_cli(str(missing))
    assert result.returncode == 1
    assert result.stderr.decode() == f"newsparse: {missing}: no such file\n"
    assert result.stdout == b""


def test_offset_of_a_non_page_record_is_refused(mixed, mixed_run):
    first = records(mixed_run.stdout)[0]["source"]["input"]
    path, offset = split_spec(first)
    # Offset 0 is the warcinfo record: not a response at all.
    result = run_cli(f"{path}#0")
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"newsparse: {path}#0: record at offset 0 is not an HTML page\n")


def test_offset_inside_a_record_is_refused(mixed, mixed_run):
    first = records(mixed_run.stdout)[0]["source"]["input"]
    path, offset = split_spec(first)
    result = run_cli(f"{path}#{offset + 3}")
    assert result.returncode == 1
    assert b"no gzip record at offset" in result.stderr
    assert b"Traceback" not in result.stderr


def test_a_page_without_article_text_is_an_error_record(tmp_path):
    arc = write_warc(tmp_path / "c.warc.gz", [
        Response("https://z.example/empty", b"<html><body><nav>Home</nav></body></html>"),
        Response("https://z.example/ok", generated_page(9)),
    ])
    result = run_cli(str(arc))
    assert result.returncode == 1
    bad, good = records(result.stdout)
    assert bad["error"]["type"] == "extract"
    assert bad["source"]["kind"] == "warc"
    assert good["title"] == "Harbour report number 9"
    assert result.stderr.decode().startswith(f"newsparse: {bad['source']['input']}: ")


def test_text_input_loads_no_warc_code(tmp_path):
    seed = SAMPLES / "en-foreign-ministry-negotiations.txt"
    code = ("import sys\nfrom newsparse.cli import main\n"
            "sys.argv = ['newsparse', 'parse', sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('fastwarc', 'dask',"
            " 'distributed') or m in ('newsparse.warc', 'newsparse.cluster')), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, str(seed)], capture_output=True,
                            timeout=60)
    assert result.returncode == 0
    assert result.stderr.decode().strip() == "[]"


def test_without_fastwarc_the_error_says_what_to_install(mixed):
    # A None entry in sys.modules makes `import fastwarc` fail as if it were not installed.
    code = ("import sys; sys.modules['fastwarc'] = None; sys.modules['fastwarc.warc'] = None\n"
            "from newsparse.cli import main\n"
            "sys.argv = ['newsparse', 'parse', sys.argv[1]]; main()")
    result = subprocess.run([sys.executable, "-c", code, str(mixed)], capture_output=True,
                            timeout=60)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"newsparse: {mixed}: WARC input needs fastwarc: pip install 'newsparse[warc]'\n")
