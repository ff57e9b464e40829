"""What a directory or an input list can hold, and the failures a mistyped path must give:
never `0 done` and exit 0."""

from __future__ import annotations

import gzip
import json
import subprocess

import pytest

from .batchfixtures import NEWSPARSE, run_newsparse, unprivileged, write_articles
from .faultserver import article_html, article_text

NO_ARTICLES = ("no article files in this directory (.html, .htm, .xhtml, .txt, .md, .markdown, "
               "or .gz)")


def inputs_of(stdout: bytes) -> list[str]:
    return [json.loads(line)["source"]["input"] for line in stdout.splitlines()]


def test_every_kind_newsparse_reads_is_walked(tmp_path):
    kinds = {"a.html": article_html("a"), "b.htm": article_html("b"),
             "c.xhtml": article_html("c"), "d.txt": article_text("d"),
             "e.md": article_text("e"), "f.markdown": article_text("f")}
    for name, text in kinds.items():
        (tmp_path / name).write_text(text)
        (tmp_path / f"gz-{name}.gz").write_bytes(gzip.compress(text.encode()))
    (tmp_path / "notes.json").write_text("{}")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    proc = run_newsparse(["parse", "-j", "1", str(tmp_path)])
    assert proc.returncode == 0, proc.stderr
    got = sorted(p.removeprefix(f"{tmp_path}/") for p in inputs_of(proc.stdout))
    assert got == sorted([*kinds, *(f"gz-{n}.gz" for n in kinds)])


def test_a_directory_with_no_article_files_is_a_failure(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.json").write_text("{}")
    (tmp_path / "other" / "sub").mkdir()
    good = write_articles(tmp_path / "good", 1)
    proc = run_newsparse(["parse", "-j", "1", str(tmp_path / "empty"), str(tmp_path / "other"),
                          str(tmp_path / "good")])
    assert proc.returncode == 1
    assert inputs_of(proc.stdout) == [str(tmp_path / "empty"), str(tmp_path / "other"), *good]
    lines = proc.stderr.decode().splitlines()
    assert lines[:2] == [f"newsparse: {tmp_path / 'empty'}: {NO_ARTICLES}",
                         f"newsparse: {tmp_path / 'other'}: {NO_ARTICLES}"]
    assert lines[2].startswith("newsparse: 1 done, 0 skipped, 2 failed")


def test_an_unreadable_directory_is_a_failure(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(article_text("a"))
    locked.chmod(0)
    try:
        proc = run_newsparse(["parse", str(locked)], **unprivileged())
    finally:
        locked.chmod(0o755)
    assert proc.returncode == 1
    assert proc.stderr.decode() == (f"newsparse: {locked}: cannot list directory: "
                                    "permission denied\n")


@pytest.mark.parametrize("how", ["file", "stdin"])
def test_an_empty_input_list_is_a_failure(tmp_path, how):
    listing = tmp_path / "urls.txt"
    listing.write_text("# nothing found today\n\n")
    if how == "file":
        proc = run_newsparse(["parse", "-i", str(listing)])
        name = str(listing)
    else:  # `find … | newsparse parse -i -` where find matched nothing
        proc = subprocess.run([NEWSPARSE, "parse", "-i", "-"], input=b"", capture_output=True,
                              timeout=60)
        name = "<stdin>"
    assert proc.returncode == 1
    assert proc.stdout == b""
    lines = proc.stderr.decode().splitlines()
    assert lines[0] == f"newsparse: {name}: no input in this list"
    assert lines[1].startswith("newsparse: 0 done, 0 skipped, 1 failed")


def test_a_list_with_inputs_next_to_an_empty_one_counts_one_failure(tmp_path):
    full, empty = tmp_path / "full.txt", tmp_path / "empty.txt"
    full.write_text("\n".join(write_articles(tmp_path / "in", 2)) + "\n")
    empty.write_text("")
    proc = run_newsparse(["parse", "-j", "1", "-i", str(full), "-i", str(empty)])
    assert proc.returncode == 1
    assert len(inputs_of(proc.stdout)) == 2
    assert "2 done, 0 skipped, 1 failed" in proc.stderr.decode()
