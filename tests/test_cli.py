"""The `newsparse` command, through Click's runner and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import orjson
from click.testing import CliRunner

from newsparse import __version__
from newsparse.cli import cli

from .conftest import HTML_SAMPLE, SEED

BIN = Path(sys.executable).parent / "newsparse"


def invoke(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(cli, ["parse", *args], input=input)


def test_one_file_prints_one_object():
    result = invoke(str(SEED))
    assert result.exit_code == 0
    assert result.output.count("\n") == 1
    data = json.loads(result.output)
    assert data["source"] == {"input": str(SEED), "kind": "file", "url": None, "format": "text",
                              "fetched_at": None, "sha256": data["source"]["sha256"]}
    assert len(data["source"]["sha256"]) == 64
    assert data["dateline"]["date"] == "2023-02-17"


def test_pretty_indents():
    result = invoke("--pretty", str(SEED))
    assert result.output.startswith('{\n  "schema_version": 2,\n')


def test_stdin_with_url_and_forced_format():
    html = HTML_SAMPLE.read_text("utf-8")
    result = invoke("-", "--url", "https://example.org/x", "--format", "text", input=html)
    data = json.loads(result.output)
    assert data["source"]["kind"] == "stdin"
    assert data["source"]["url"] == "https://example.org/x"
    assert data["source"]["format"] == "text"


def test_several_inputs_print_ndjson_in_input_order(tmp_path):
    missing = str(tmp_path / "missing.txt")
    result = invoke(str(SEED), missing, str(HTML_SAMPLE))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["input"] for r in lines] == [str(SEED), missing, str(HTML_SAMPLE)]
    assert lines[1]["error"] == {"type": "input", "message": "no such file", "status": None}
    assert "title" in lines[0] and "title" in lines[2]
    first, summary = result.stderr.strip().split("\n")
    assert first == f"newsparse: {missing}: no such file"
    assert summary.startswith("newsparse: 2 done, 0 skipped, 1 failed")


def test_single_failure_is_one_line_and_exit_1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke(str(empty))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"newsparse: {empty}: empty input\n"


def test_binary_input_is_refused(tmp_path):
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 40)
    result = invoke(str(blob))
    assert result.exit_code == 1
    assert "binary data" in result.stderr and "Traceback" not in result.stderr


def test_html_without_article_text(tmp_path):
    page = tmp_path / "nav.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    result = invoke(str(page))
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: {page}: no article text found\n"


def test_url_input_over_http(server):
    result = invoke(f"{server}/redirect")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["source"]["kind"] == "url"
    assert data["source"]["url"] == f"{server}/article.html"
    assert data["source"]["format"] == "html"


def test_url_errors_name_the_input(server):
    result = invoke(f"{server}/missing", "--read-timeout", "2")
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: {server}/missing: HTTP 404\n"


def test_cp1251_over_http_is_decoded(server):
    data = json.loads(invoke(f"{server}/cp1251.txt").output)
    assert data["title"] == "Учёные зафиксировали рекордное сокращение льда в Арктике"
    assert data["language"] == "ru"


def test_bad_option_is_usage_error():
    result = invoke("--format", "pdf", str(SEED))
    assert result.exit_code == 2


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.output == f"newsparse, version {__version__}\n"


def test_schema_is_json_schema():
    result = CliRunner().invoke(cli, ["schema"])
    schema = json.loads(result.output)
    assert schema["$schema"].startswith("https://json-schema.org/")


def test_outputs_validate_against_schema(tmp_path):
    import jsonschema

    schema = json.loads(CliRunner().invoke(cli, ["schema"]).output)
    result = invoke(str(SEED), str(HTML_SAMPLE), str(tmp_path / "missing.txt"))
    for line in result.stdout.splitlines():
        jsonschema.validate(json.loads(line), schema)


# --- real subprocesses: pipes, stdin default, exit codes ---------------------------------


def run(*args: str, input: bytes | None = None, **kw):
    return subprocess.run([str(BIN), *args], input=input, capture_output=True, timeout=60, **kw)


def test_subprocess_reads_stdin_by_default():
    proc = run("parse", input=SEED.read_bytes())
    assert proc.returncode == 0
    assert orjson.loads(proc.stdout)["source"]["kind"] == "stdin"


def test_subprocess_empty_stdin_is_an_input_error():
    proc = subprocess.run([str(BIN), "parse"], stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=60)
    assert proc.returncode == 1
    assert proc.stderr == b"newsparse: <stdin>: empty input\n"


def test_subprocess_without_input_on_a_terminal_is_usage_error():
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run([str(BIN), "parse"], stdin=follower, capture_output=True, timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 2
    assert b"no INPUT given and stdin is a terminal" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_subprocess_pipe_into_head_exits_quietly(tmp_path):
    files = [str(SEED)] * 50
    proc = subprocess.run(f"{BIN} parse {' '.join(files)} | head -c 100", shell=True,
                          capture_output=True, timeout=120)
    assert len(proc.stdout) == 100
    assert b"Traceback" not in proc.stderr and b"Error" not in proc.stderr


def test_text_input_does_not_import_trafilatura_or_lxml():
    code = ("import sys; from newsparse.cli import main\n"
            f"sys.argv = ['newsparse', 'parse', {str(SEED)!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in ('trafilatura','lxml','urllib3') if m in sys.modules], "
            "file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert proc.stderr.strip().splitlines()[-1] == b"[]"


def test_python_dash_m_works():
    proc = subprocess.run([sys.executable, "-m", "newsparse", "--version"], capture_output=True,
                          timeout=60, env={**os.environ})
    assert proc.stdout.decode().strip() == f"newsparse, version {__version__}"


def test_empty_directory_is_a_failure_that_says_so(tmp_path):
    # A mistyped path in a cron job must not end in silence and exit 0 for ever.
    said = (f"newsparse: {tmp_path}: no article files in this directory (.html, .htm, .xhtml, "
            ".txt, .md, .markdown, or .gz)\n")
    result = invoke(str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == said
    assert invoke("-q", str(tmp_path)).stderr == said  # a failure: -q keeps it
