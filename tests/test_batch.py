"""Batch runs of `newsparse parse`: input lists, -j, -o, --state, env vars, summary, exit codes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

from click.testing import CliRunner

from newsparse.acquire import expand_inputs
from newsparse.cli import cli
from newsparse.output import file_name

from .batchfixtures import (  # noqa: F401  (fixture)
    FAST,
    NEWSPARSE,
    fault_server,
    ndjson,
    run_newsparse,
    server_stats,
    write_articles,
)
from .faultserver import article_text


def invoke(args, **kwargs):
    return CliRunner().invoke(cli, ["parse", *args], catch_exceptions=False, **kwargs)


def titles(records):
    return [r.get("title") for r in records]


# ---------------------------------------------------------------- inputs in bulk


def test_input_list_skips_blank_lines_and_comments(tmp_path):
    paths = write_articles(tmp_path / "in", 3)
    listing = tmp_path / "list.txt"
    listing.write_text(f"# today's files\n{paths[0]}\n\n   {paths[1]}  \n#{paths[2]}\n")
    result = invoke(["-i", str(listing), "-j", "1"])
    assert result.exit_code == 0
    assert titles(ndjson(result.stdout_bytes)) == ["Harbour report f0", "Harbour report f1"]


def test_input_list_from_stdin_after_arguments(tmp_path):
    paths = write_articles(tmp_path / "in", 3)
    result = invoke([paths[2], "-i", "-", "-j", "1"], input=f"{paths[0]}\n{paths[1]}\n")
    assert result.exit_code == 0
    assert titles(ndjson(result.stdout_bytes)) == [
        "Harbour report f2", "Harbour report f0", "Harbour report f1"]


def test_stdin_cannot_be_list_and_input(tmp_path):
    result = CliRunner().invoke(cli, ["parse", "-i", "-", "-"], input="x\n")
    assert result.exit_code == 2
    assert "stdin cannot be both an input list (-i -) and an input (-)" in result.output


def test_directory_walk_is_lazy_and_sorted(tmp_path):
    for rel in ["b.txt", "a/z.html", "a.html", "a/y.txt.gz", "c.pdf", "a/deep/x.htm"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    walk = expand_inputs([str(tmp_path)])
    first = next(walk)  # a generator: the first file comes before the rest is listed
    rest = list(walk)
    expected = sorted(str(tmp_path / r) for r in
                      ["b.txt", "a/z.html", "a.html", "a/y.txt.gz", "a/deep/x.htm"])
    assert [first, *rest] == expected


# ---------------------------------------------------------------- order, -j, single input


def test_parallel_output_keeps_input_order(tmp_path):
    paths = write_articles(tmp_path / "in", 40)
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(reversed(paths)) + "\n")
    proc = run_newsparse(["parse", "-j", "3", "-i", str(listing)])
    assert proc.returncode == 0, proc.stderr
    assert titles(ndjson(proc.stdout)) == [f"Harbour report f{n}" for n in reversed(range(40))]
    assert proc.stderr.decode().startswith("newsparse: 40 done, 0 skipped, 0 failed, 0 duplicates")


def test_single_input_is_one_object_and_quiet(tmp_path):
    (path,) = write_articles(tmp_path, 1)
    result = invoke([path, "--pretty"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout.startswith('{\n  "schema_version": 2,')
    assert json.loads(result.stdout)["title"] == "Harbour report f0"


def test_single_failed_input_has_no_record(tmp_path):
    result = invoke([str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"newsparse: {tmp_path / 'missing.txt'}: no such file\n"


def test_failed_input_in_batch_leaves_an_error_record(tmp_path):
    paths = write_articles(tmp_path, 1)
    missing = str(tmp_path / "missing.txt")
    result = invoke([missing, paths[0], "-j", "1"])
    assert result.exit_code == 1
    first, second = ndjson(result.stdout_bytes)
    assert first == {"schema_version": 2,
                     "source": {"input": missing, "kind": "file", "url": None,
                                "format": None, "fetched_at": None, "sha256": None},
                     "error": {"type": "input", "message": "no such file", "status": None}}
    assert second["title"] == "Harbour report f0"
    assert result.stderr.splitlines() == [
        f"newsparse: {missing}: no such file",
        result.stderr.splitlines()[1],
    ]
    assert result.stderr.splitlines()[1].startswith(
        "newsparse: 1 done, 0 skipped, 1 failed, 0 duplicates in ")


def test_no_error_records_leaves_only_articles(tmp_path):
    paths = write_articles(tmp_path, 1)
    result = invoke([str(tmp_path / "missing.txt"), paths[0], "--no-error-records", "-j", "1"])
    assert result.exit_code == 1
    assert titles(ndjson(result.stdout_bytes)) == ["Harbour report f0"]


def test_quiet_hides_summary_but_not_failures(tmp_path):
    paths = write_articles(tmp_path, 1)
    result = invoke([str(tmp_path / "missing.txt"), paths[0], "-q", "-j", "1"])
    assert result.stderr == f"newsparse: {tmp_path / 'missing.txt'}: no such file\n"


def test_progress_line_when_asked(tmp_path):
    paths = write_articles(tmp_path, 2)
    result = invoke([*paths, "--progress", "-j", "1"])
    assert "\r\x1b[K1 done, 0 skipped, 0 failed" in result.stderr
    assert result.exit_code == 0


def test_no_progress_line_by_default_off_a_terminal(tmp_path):
    paths = write_articles(tmp_path, 2)
    result = invoke([*paths, "-j", "1"])
    assert "\r" not in result.stderr


def test_jobs_zero_is_a_usage_error():
    result = CliRunner().invoke(cli, ["parse", "-j", "0", "x"])
    assert result.exit_code == 2


# ---------------------------------------------------------------- output dir and state


def test_output_dir_gets_one_file_per_input(tmp_path):
    paths = write_articles(tmp_path / "in", 3)
    missing = str(tmp_path / "in" / "missing.txt")
    result = invoke([*paths, missing, "-o", str(tmp_path / "out"), "-j", "2"])
    assert result.exit_code == 1
    assert result.stdout == ""
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(file_name(p) for p in [*paths, missing])
    record = json.loads((tmp_path / "out" / file_name(paths[1])).read_bytes())
    assert record["title"] == "Harbour report f1"
    error = json.loads((tmp_path / "out" / file_name(missing)).read_bytes())
    assert error["error"] == {"type": "input", "message": "no such file", "status": None}


def test_state_skips_done_inputs_and_retries_failed_ones_on_request(tmp_path):
    paths = write_articles(tmp_path / "in", 3)
    late = tmp_path / "in" / "late.txt"
    state = str(tmp_path / "s.db")
    first = invoke([*paths, str(late), "--state", state, "-j", "1"])
    assert first.exit_code == 1
    assert len(ndjson(first.stdout_bytes)) == 4
    assert "3 done, 0 skipped, 1 failed, 0 duplicates" in first.stderr

    second = invoke([*paths, str(late), "--state", state, "-j", "1"])
    assert second.exit_code == 0
    assert second.stdout == ""
    assert "0 done, 4 skipped, 0 failed, 0 duplicates" in second.stderr

    # A failed file is not redone while it stays as it was; one that appears since is.
    late.write_text(article_text("late"))
    third = invoke([*paths, str(late), "--state", state, "-j", "1"])
    assert third.exit_code == 0
    assert titles(ndjson(third.stdout_bytes)) == ["Harbour report late"]
    assert "1 done, 3 skipped, 0 failed, 0 duplicates" in third.stderr

    fourth = invoke([*paths, "http://127.0.0.1:1/gone", "--state", state, "-j", "1",
                     "--retries", "0"])
    assert "0 done, 3 skipped, 1 failed" in fourth.stderr
    fifth = invoke([*paths, "http://127.0.0.1:1/gone", "--state", state, "-j", "1"])
    assert "0 done, 4 skipped, 0 failed" in fifth.stderr
    sixth = invoke([*paths, "http://127.0.0.1:1/gone", "--state", state, "--retry-failed",
                    "-j", "1", "--retries", "0"])
    assert "0 done, 3 skipped, 1 failed" in sixth.stderr
    rows = sqlite3.connect(state).execute(
        "SELECT input, status, attempts FROM inputs ORDER BY rowid").fetchall()
    assert rows == [(p, "ok", 1) for p in paths] + [(str(late), "ok", 2),
                                                     ("http://127.0.0.1:1/gone", "failed", 2)]


def test_state_reports_duplicate_content(tmp_path):
    paths = write_articles(tmp_path / "in", 2)
    copy = tmp_path / "in" / "copy.txt"
    copy.write_bytes((tmp_path / "in" / "article-0000.txt").read_bytes())
    state = str(tmp_path / "s.db")
    result = invoke([*paths, str(copy), "--state", state, "-j", "1", "-v"])
    assert result.exit_code == 0
    assert f"newsparse: {copy}: same content as {paths[0]}\n" in result.stderr
    assert "3 done, 0 skipped, 0 failed, 1 duplicates" in result.stderr
    dup = sqlite3.connect(state).execute(
        "SELECT duplicate_of FROM inputs WHERE input = ?", (str(copy),)).fetchone()
    assert dup == (paths[0],)


def test_single_input_with_state_prints_summary(tmp_path):
    (path,) = write_articles(tmp_path, 1)
    result = invoke([path, "--state", str(tmp_path / "s.db")])
    assert result.stderr.startswith("newsparse: 1 done, 0 skipped, 0 failed, 0 duplicates")


def test_unusable_state_file_is_a_usage_error(tmp_path):
    (path,) = write_articles(tmp_path, 1)
    (tmp_path / "bad.db").write_bytes(b"this is not a database" * 100)
    result = CliRunner().invoke(cli, ["parse", path, "--state", str(tmp_path / "bad.db")])
    assert result.exit_code == 2
    assert "cannot open state database" in result.output


# ---------------------------------------------------------------- environment variables


def test_options_read_newsparse_variables(tmp_path):
    paths = write_articles(tmp_path / "in", 2)
    env = {"NEWSPARSE_OUTPUT_DIR": str(tmp_path / "out"), "NEWSPARSE_PRETTY": "1",
           "NEWSPARSE_JOBS": "1", "NEWSPARSE_STATE": str(tmp_path / "s.db"),
           "NEWSPARSE_QUIET": "1"}
    result = invoke(paths, env=env)
    assert result.exit_code == 0
    assert result.stderr == ""  # NEWSPARSE_QUIET: no summary
    written = (tmp_path / "out" / file_name(paths[0])).read_text()
    assert written.startswith('{\n  "schema_version": 2,')  # NEWSPARSE_PRETTY
    assert sqlite3.connect(tmp_path / "s.db").execute(
        "SELECT count(*) FROM inputs").fetchone() == (2,)


def test_input_list_variable_through_the_real_command(tmp_path):
    paths = write_articles(tmp_path / "in", 2)
    (tmp_path / "list.txt").write_text("\n".join(paths))
    proc = run_newsparse(["parse"], env={"NEWSPARSE_INPUT_LIST": str(tmp_path / "list.txt"),
                                         "NEWSPARSE_JOBS": "2"}, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    assert titles(ndjson(proc.stdout)) == ["Harbour report f0", "Harbour report f1"]


def test_help_names_the_variables():
    result = CliRunner().invoke(cli, ["parse", "--help"], terminal_width=200)
    assert "env var: NEWSPARSE_JOBS" in result.output
    assert "env var: NEWSPARSE_STATE" in result.output


# ---------------------------------------------------------------- URLs in a batch


def test_one_request_at_a_time_per_host(fault_server):  # noqa: F811
    urls = [f"{fault_server}/ok/{n}" for n in range(12)]
    proc = run_newsparse(["parse", "-j", "4", *FAST, *urls])
    assert proc.returncode == 0, proc.stderr
    assert len(ndjson(proc.stdout)) == 12
    stats = server_stats(fault_server)
    assert stats["max_active"] == 1
    kinds = [e[0] for e in stats["events"]]
    assert kinds == ["start", "end"] * 13  # never two requests open at once
    # The site's robots.txt is asked for once, first, in the same one-at-a-time line.
    paths = [e[1] for e in stats["events"] if e[0] == "start"]
    assert paths[0] == "/robots.txt" and paths.count("/robots.txt") == 1


def test_files_and_urls_run_side_by_side(tmp_path, fault_server):  # noqa: F811
    paths = write_articles(tmp_path, 6)
    urls = [f"{fault_server}/ok/{n}" for n in range(6)]
    mixed = [x for pair in zip(paths, urls, strict=True) for x in pair]
    proc = run_newsparse(["parse", "-j", "3", *FAST, *mixed])
    assert proc.returncode == 0, proc.stderr
    assert [r["source"]["input"] for r in ndjson(proc.stdout)] == mixed


def test_user_agent_option(fault_server):  # noqa: F811
    proc = run_newsparse(["parse", *FAST, "--user-agent", "cron-job/2", f"{fault_server}/ok/1"])
    assert proc.returncode == 0
    assert server_stats(fault_server)["events"][0][2] == "cron-job/2"


# ---------------------------------------------------------------- pipes


def test_head_closes_the_pipe_quietly(tmp_path):
    paths = write_articles(tmp_path / "in", 60)
    (tmp_path / "list.txt").write_text("\n".join(paths))
    proc = subprocess.run(f"'{NEWSPARSE}' parse -j 2 -i list.txt | head -1", shell=True,
                          cwd=tmp_path, capture_output=True)
    assert proc.returncode == 0
    assert proc.stderr == b""
    assert titles(ndjson(proc.stdout)) == ["Harbour report f0"]


def test_progress_line_on_a_terminal_by_default(tmp_path):
    import pty

    paths = write_articles(tmp_path, 3)
    leader, follower = pty.openpty()
    proc = subprocess.Popen([NEWSPARSE, "parse", "-j", "1", *paths],
                            stdout=subprocess.DEVNULL, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    proc.wait(timeout=60)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal is closed once everything is read
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    text = seen.decode()
    assert text.startswith("\r\x1b[K1 done, 0 skipped, 0 failed, 0 duplicates in ")
    # The progress line is wiped before the summary takes its place.
    assert "\r\x1b[Knewsparse: 3 done, 0 skipped, 0 failed, 0 duplicates in " in text


def test_workers_are_spawned_when_the_caller_has_threads(tmp_path):
    import threading

    # A caller with a thread running (a server, a GUI) must not fork: workers start clean.
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        paths = write_articles(tmp_path, 3)
        result = invoke([*paths, "-j", "2"])
    finally:
        stop.set()
        thread.join()
    assert result.exit_code == 0
    assert titles(ndjson(result.stdout_bytes)) == [f"Harbour report f{n}" for n in range(3)]


def test_politeness_keeps_a_host_waiting():
    from newsparse.polite import Politeness

    polite = Politeness(delay=2.0)
    assert polite.wait_time("a.example", 100.0) == 0.0
    polite.acquire("a.example")
    assert polite.wait_time("a.example", 100.0) == float("inf")  # a request is open
    assert polite.wait_time("b.example", 100.0) == 0.0  # other hosts are not held
    polite.release("a.example", 101.0)
    assert polite.wait_time("a.example", 101.5) == 1.5  # --delay counts from the end
    assert polite.wait_time("a.example", 103.0) == 0.0
    assert polite.wait_time(None, 101.5) == 0.0  # files have no host


def test_full_disk_on_stdout_stops_with_one_line(tmp_path):
    paths = write_articles(tmp_path, 3)
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([NEWSPARSE, "parse", "-j", "2", *paths], stdout=full,
                              stderr=subprocess.PIPE, timeout=60)
    assert proc.returncode == 1
    lines = proc.stderr.decode().splitlines()
    assert lines[0] == "newsparse: stopped: <stdout>: No space left on device"
    assert lines[1].startswith("newsparse: 0 done, 0 skipped, 0 failed, 0 duplicates in ")
    assert len(lines) == 2


def test_output_dir_that_is_a_file_is_a_usage_error(tmp_path):
    (path,) = write_articles(tmp_path, 1)
    result = CliRunner().invoke(cli, ["parse", path, "-o", path])
    assert result.exit_code == 2
    assert "is a file" in result.output


def test_records_flow_before_the_input_list_ends(tmp_path):
    import select

    paths = write_articles(tmp_path, 40)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSPARSE_")}
    proc = subprocess.Popen([NEWSPARSE, "parse", "-j", "2", "-i", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    proc.stdin.write("".join(p + "\n" for p in paths).encode())
    proc.stdin.flush()  # the list stays open: more could come
    ready, _, _ = select.select([proc.stdout], [], [], 60)
    assert ready  # a record came out while the list was still open
    first = json.loads(proc.stdout.readline())
    assert first["title"] == "Harbour report f0"
    proc.stdin.close()
    rest = ndjson(proc.stdout.read())
    assert proc.wait(timeout=60) == 0
    assert titles([first, *rest]) == [f"Harbour report f{n}" for n in range(40)]


def test_file_name_that_is_not_utf8(tmp_path):
    from .faultserver import article_text

    odd = tmp_path / os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes: not UTF-8
    odd.write_text(article_text("odd"))
    (ok,) = write_articles(tmp_path / "in", 1)
    proc = run_newsparse(["parse", "-j", "2", str(odd), ok, "--state", str(tmp_path / "s.db"),
                          "-o", str(tmp_path / "out")])
    assert proc.returncode == 0, proc.stderr
    assert b"Traceback" not in proc.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(names) == 2 and names[0].startswith("article-0000-")
    odd_record = json.loads((tmp_path / "out" / names[1]).read_bytes())
    assert odd_record["source"]["input"] == str(tmp_path / "caf\\xe9.txt")
    assert odd_record["title"] == "Harbour report odd"


def test_a_batch_of_files_loads_no_discovery_http_or_sqlite_code(tmp_path):
    # robots.txt is obeyed by default, but only URLs have one: files start as fast as ever.
    paths = write_articles(tmp_path / "in", 2)
    code = ("import sys; from newsparse.cli import main\n"
            f"sys.argv = ['newsparse', 'parse', '-j', '1', *{paths!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m in ('sqlite3', 'urllib3', 'newsparse.fetch',"
            " 'newsparse.connect') or m.startswith('newsparse.discover')), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert len(ndjson(proc.stdout)) == 2
    assert proc.stderr.strip().splitlines()[-1] == b"[]"
