"""The Dask path: archives mapped over a two-worker LocalCluster give the CLI's records."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from newsparse.cluster import main, parse_archive, partition_path, run

from .warcbuild import SAMPLES, Response, generated_page, mixed_responses, write_warc


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> list[Path]:
    d = tmp_path_factory.mktemp("arch")
    empty = Response("https://z.example/empty", b"<html><body><nav>Home</nav></body></html>")
    return [
        write_warc(d / "one.warc.gz", mixed_responses()),
        write_warc(d / "two.warc.gz", [Response(f"https://x.example/{i}", generated_page(i, i % 2))
                                       for i in range(6)] + [empty]),
    ]


@pytest.fixture(scope="module")
def cluster_run(archives, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    # Another cluster's dashboard on the default port (8787) must not stop this one.
    with socket.socket() as taken:
        try:
            taken.bind(("127.0.0.1", 8787))
            taken.listen()
        except OSError:
            pass  # already taken by something else: the case this guards against
        results = run([str(a) for a in archives], out, workers=2, processes=True)
    return out, results


def lines(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def test_each_archive_is_one_complete_partition(archives, cluster_run):
    out, results = cluster_run
    assert sorted(out.iterdir()) == sorted(partition_path(str(a), out) for a in archives)
    assert all(re.fullmatch(r"(one|two)-[0-9a-f]{12}\.ndjson", p.name) for p in out.iterdir())
    counts = {Path(r.archive).name: (r.articles, r.failed, r.skipped, r.error) for r in results}
    assert counts == {"one.warc.gz": (5, 0, 2, None), "two.warc.gz": (6, 1, 0, None)}


def test_partitions_equal_the_cli_output(archives, cluster_run):
    out, _ = cluster_run
    cli = subprocess.run([sys.executable, "-m", "newsparse", "parse", *map(str, archives)],
                         capture_output=True, timeout=120)
    assert cli.returncode == 1  # the empty page failed, in both runs
    from_cli = [orjson.loads(line) for line in cli.stdout.splitlines()]
    from_dask = [r for a in archives for r in lines(partition_path(str(a), out))]
    assert [r["source"]["input"] for r in from_dask] == [r["source"]["input"] for r in from_cli]
    for d, c in zip(from_dask, from_cli, strict=True):
        if "error" in c:
            # The CLI's error record knows only the input; the worker's also has the page's URL.
            assert d["error"] == c["error"]
        else:
            assert d == c  # WARC input has no volatile fields: fetched_at is the WARC-Date


def test_a_complete_partition_is_not_redone(archives, cluster_run):
    out, _ = cluster_run
    done = partition_path(str(archives[0]), out)
    before = (done.read_bytes(), done.stat().st_mtime_ns)
    result = parse_archive(str(archives[0]), out)
    assert result.done_before and result.articles == 0
    assert (done.read_bytes(), done.stat().st_mtime_ns) == before


def test_a_half_written_partition_is_redone(archives, tmp_path):
    partial = partition_path(str(archives[1]), tmp_path).with_suffix(".ndjson.part")
    partial.write_bytes(b'{"cut": ')
    result = parse_archive(str(archives[1]), tmp_path)
    assert not result.done_before and result.articles == 6
    assert not partial.exists()
    assert len(lines(partition_path(str(archives[1]), tmp_path))) == 7


def test_an_unreadable_archive_leaves_no_partition(tmp_path):
    result = parse_archive(str(tmp_path / "gone.warc.gz"), tmp_path / "out")
    assert result.error == "no such file"
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_a_truncated_archive_leaves_no_partition(tmp_path):
    full = write_warc(tmp_path / "full.warc.gz",
                      [Response(f"https://t.example/{n}", generated_page(n)) for n in range(4)])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(full.read_bytes()[:full.stat().st_size * 3 // 4])
    result = parse_archive(str(cut), tmp_path / "out")
    assert result.error.startswith("truncated or damaged WARC archive at offset ")
    assert not (tmp_path / "out" / "cut.ndjson").exists()


def test_newsparse_runs_without_dask(tmp_path):
    sample = SAMPLES / "en-foreign-ministry-negotiations.txt"
    code = ("import sys; sys.modules['dask'] = None; sys.modules['distributed'] = None\n"
            "from newsparse.cli import main\n"
            "sys.argv = ['newsparse', 'parse', sys.argv[1]]; main()")
    ok = subprocess.run([sys.executable, "-c", code, str(sample)], capture_output=True, timeout=60)
    assert ok.returncode == 0 and orjson.loads(ok.stdout)["title"]
    code = ("import sys; sys.modules['distributed'] = None\n"
            "from newsparse.cluster import main; sys.exit(main(['-o', sys.argv[1], 'x.warc.gz']))")
    missing = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                             timeout=60)
    assert missing.returncode == 2
    assert missing.stderr.decode() == (
        "newsparse: newsparse.cluster needs Dask: pip install 'dask[bag]' distributed fastwarc "
        "(pipx: pipx inject newsparse 'dask[bag]' distributed fastwarc)\n")
    assert os.listdir(tmp_path) == []


def test_archives_of_one_name_in_two_folders_keep_their_own_partitions(tmp_path):
    # The usual crawl layout: one file name per month.
    for month in ("01", "02"):
        (tmp_path / "2024" / month).mkdir(parents=True)
    jan = write_warc(tmp_path / "2024" / "01" / "part-0.warc.gz",
                     [Response("https://x.example/jan", generated_page(1, 0))])
    feb = write_warc(tmp_path / "2024" / "02" / "part-0.warc.gz",
                     [Response("https://x.example/feb", generated_page(2, 1))])
    out = tmp_path / "out"
    results = run([str(jan), str(feb)], out, workers=1, processes=False)
    assert [(r.articles, r.error, r.done_before) for r in results] == [(1, None, False)] * 2
    parts = [lines(partition_path(str(a), out)) for a in (jan, feb)]
    assert [[r["source"]["url"] for r in p] for p in parts] == [["https://x.example/jan"],
                                                               ["https://x.example/feb"]]
    again = run([str(jan), str(feb)], out, workers=1, processes=False)
    assert [r.done_before for r in again] == [True, True]


def test_two_archives_for_one_partition_are_refused_before_work(archives, tmp_path, capsys):
    same = str(archives[0])
    spelled_otherwise = os.path.join(os.path.dirname(same), ".", os.path.basename(same))
    out = tmp_path / "out"
    assert main(["-o", str(out), "--workers", "1", same, spelled_otherwise]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsparse: {same} and {spelled_otherwise} would write the same "
                          "partition")
    assert not out.exists()
