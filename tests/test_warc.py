"""WARC archives as input: `newsparse parse crawl.warc.gz` streams each HTML page record."""

from __future__ import annotations

import gzip
import random
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from newsparse.errors import InputError
from newsparse.warc import Skipped, iter_pages, read_record, record_specs, split_spec

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
        f"newsparse: {mixed}: WARC input needs fastwarc: pip install fastwarc "
        "(pipx: pipx inject newsparse fastwarc)\n")


# ---------------------------------------------------------------- truncated and damaged archives


def _record_bounds(path: Path) -> list[tuple[int, int]]:
    """(start, end) of every record, from the archive's own offsets."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    with open(path, "rb") as f:
        starts = [r.stream_pos for r in ArchiveIterator(f, record_types=WarcRecordType.any_type)]
    return list(zip(starts, [*starts[1:], path.stat().st_size], strict=True))


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_an_archive_cut_anywhere_keeps_every_whole_page_and_fails_at_the_cut(tmp_path, name):
    pages = [generated_page(n) for n in range(4)]
    full = write_warc(tmp_path / f"full-{name}",
                      [Response(f"https://c.example/{n}", p) for n, p in enumerate(pages)])
    bounds = _record_bounds(full)
    data = full.read_bytes()
    cut_path = tmp_path / name
    for cut in range(1, len(data), 17):
        cut_path.write_bytes(data[:cut])
        # Records wholly before the cut (a plain record cut in its closing CRLF CRLF is whole).
        slack = 0 if name.endswith(".gz") else 4
        whole = [start for start, end in bounds if cut >= end - slack]
        broken = [start for start, end in bounds if start < cut < end - slack]
        specs = list(record_specs(str(cut_path)))
        # Pages are the responses: every other record, after the warcinfo one.
        expected = [f"{cut_path}#{s}" for s in whole[1:][1::2]]
        expected += [f"{cut_path}#{s}" for s in broken]
        assert specs == expected, cut
        for spec in specs[:len(specs) - len(broken)]:
            raw = read_record(spec)
            assert raw.data == pages[[s for s, _ in bounds][1:][1::2].index(split_spec(spec)[1])]
        for spec in specs[len(specs) - len(broken):]:
            with pytest.raises(InputError, match=f"WARC archive at offset {broken[0]}"):
                read_record(spec)


def test_a_record_whose_length_swallows_the_rest_is_a_failure_at_its_offset(tmp_path):
    arc = write_warc(tmp_path / "long.warc", [Response(f"https://l.example/{n}", generated_page(n))
                                              for n in range(6)], request_first=False)
    data = arc.read_bytes()
    third = data.index(b"https://l.example/2\r\n")
    at = data.rindex(b"WARC/1", 0, third)
    length = data.index(b"Content-Length: ", third)
    arc.write_bytes(data[:length] + b"Content-Length: 99999999"
                    + data[data.index(b"\r\n", length):])

    result = run_cli(str(arc))

    assert result.returncode == 1
    assert [r["title"] for r in records(result.stdout)[:2]] == [
        "Harbour report number 0", "Harbour report number 1"]
    assert result.stderr.decode().splitlines()[0].startswith(
        f"newsparse: {arc}#{at}: truncated or damaged WARC archive at offset {at}: "
        "a record that declares 99999940 bytes holds ")  # the HTTP header's 59 bytes less


def _large_page() -> bytes:
    """An article of about 900 kB that gzip packs to about 90 kB."""
    rng = random.Random(7)
    words = ["harbour", "ship", "cargo", "office", "report", "week", "season", "dock"]
    paras = "".join("<p>" + " ".join(rng.choice(words) for _ in range(200)) + ".</p>"
                    for _ in range(700))
    return (f"<html><head><title>Large</title></head><body><article><h1>Large</h1>{paras}"
            "</article></body></html>").encode()


def test_a_large_gzip_encoded_record_leaves_the_records_after_it_readable(tmp_path):
    page = _large_page()
    assert len(page) > 850_000 and 50_000 < len(gzip.compress(page)) < 150_000
    arc = write_warc(tmp_path / "large.warc.gz", [
        Response("https://g.example/large", gzip.compress(page),
                 headers=[("Content-Encoding", "gzip")]),
        *(Response(f"https://g.example/{n}", generated_page(n)) for n in range(3))])

    specs = list(record_specs(str(arc)))

    assert [read_record(spec).data for spec in specs] == [
        page, *(generated_page(n) for n in range(3))]


def test_max_bytes_caps_a_gzip_encoded_record_after_decompression(tmp_path):
    bomb = gzip.compress(b"<html><body>" + b" " * 30_000_000)  # 30 MB in 30 kB
    arc = write_warc(tmp_path / "bomb.warc.gz", [
        Response("https://b.example/bomb", bomb, headers=[("Content-Encoding", "gzip")]),
        Response("https://b.example/ok", generated_page(1))])

    result = run_cli("-j", "1", "--max-bytes", "1000000", str(arc))

    assert result.returncode == 1
    bad, good = records(result.stdout)
    assert bad["error"]["message"] == "larger than 1000000 bytes after decompression (--max-bytes)"
    assert good["title"] == "Harbour report number 1"


def test_an_offset_past_the_end_is_refused_by_name(mixed):
    size = mixed.stat().st_size
    for offset in (size, 2**63):
        with pytest.raises(InputError) as error:
            read_record(f"{mixed}#{offset}")
        assert str(error.value) == f"no WARC record at offset {offset}: the archive is {size} bytes"
    result = run_cli(f"{mixed}#{2**70}")
    assert (result.returncode, result.stderr.decode()) == (1, (
        f"newsparse: {mixed}#{2**70}: no WARC record at offset {2**70}: "
        f"the archive is {size} bytes\n"))
