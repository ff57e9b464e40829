"""-o/--output-dir as a user meets it: stdin runs that never overwrite one another, files
created as the umask allows."""

from __future__ import annotations

import json
import os

import pytest

from newsparse.output import stdin_name

from .batchfixtures import fault_server, run_newsparse, server_stats, unprivileged  # noqa: F401
from .faultserver import article_text


def pipe(out, text: str, *args: str, umask: int | None = None):
    """`printf text | newsparse parse -o out [args] -`, as a real process."""
    kwargs = {} if umask is None else {"umask": umask}
    proc = run_newsparse(["parse", "-o", str(out), *args, "-"], input=text.encode(), **kwargs)
    assert proc.returncode == 0, proc.stderr
    return proc


def articles(out) -> dict[str, dict]:
    return {p.name: json.loads(p.read_bytes()) for p in sorted(out.iterdir())}


@pytest.mark.parametrize("args", [[], ["--url", "https://news.example/2024/harbour"],
                                  ["--state", "STATE"]])
def test_stdin_runs_with_different_articles_keep_both(tmp_path, args):
    args = [str(tmp_path / "state.db") if a == "STATE" else a for a in args]
    out = tmp_path / "out"
    pipe(out, article_text("first"), *args)
    pipe(out, article_text("second"), *args)
    got = articles(out)
    assert len(got) == 2
    titles = sorted(a["title"] for a in got.values())
    assert titles == ["Harbour report first", "Harbour report second"]
    slug = "news-example-2024-harbour-" if "--url" in args else "stdin-"
    assert all(name.startswith(slug) for name in got)


def test_the_same_article_piped_again_keeps_its_file(tmp_path):
    out = tmp_path / "out"
    pipe(out, article_text("again"))
    (name,) = articles(out)
    pipe(out, article_text("again"))
    assert list(articles(out)) == [name]
    # Named from the content: the hash of the bytes the record holds gives the name.
    assert name == stdin_name(None, articles(out)[name]["source"]["sha256"])


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_files_are_created_as_the_umask_allows(tmp_path, umask, mode):
    out, state = tmp_path / "out", tmp_path / "state.db"
    paths = []
    for n in range(2):
        paths.append(tmp_path / f"a{n}.txt")
        paths[-1].write_text(article_text(str(n)))
    proc = run_newsparse(["parse", "-o", str(out), "--state", str(state), *map(str, paths)],
                         umask=umask)
    assert proc.returncode == 0, proc.stderr
    assert len(list(out.iterdir())) == 2
    assert {os.stat(p).st_mode & 0o777 for p in out.iterdir()} == {mode}
    assert os.stat(state).st_mode & 0o777 == mode


def test_an_unwritable_output_dir_is_a_usage_error_before_any_input(tmp_path,
                                                                     fault_server):  # noqa: F811
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        proc = run_newsparse(["parse", "-o", str(out), f"{fault_server}/ok/1",
                              f"{fault_server}/ok/2"], **unprivileged())
    finally:
        out.chmod(0o755)
    assert proc.returncode == 2
    assert proc.stderr.decode() == (f"newsparse: {out}: cannot write to output directory: "
                                    "permission denied\n")
    assert server_stats(fault_server)["requests"] == 0
    assert list(out.iterdir()) == []


def test_an_output_dir_that_cannot_be_made_is_a_usage_error(tmp_path):
    (tmp_path / "file").write_text("in the way")
    proc = run_newsparse(["parse", "-o", str(tmp_path / "file" / "out"), "-"], input=b"x")
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith(
        f"newsparse: {tmp_path}/file/out: cannot create output directory: not a directory")
