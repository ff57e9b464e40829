"""Usage errors: bad option values are refused up front (exit 2), in one `newsparse: ` line."""

from __future__ import annotations

import subprocess

import pytest
from click.testing import CliRunner

from newsparse.cli import cli

from .batchfixtures import NEWSPARSE, fault_server, server_stats  # noqa: F401  (fixture)
from .conftest import SEED


def parse(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["parse", *args], input=input, prog_name="newsparse")


@pytest.mark.parametrize(("args", "said"), [
    (["--read-timeout", "0"], "'--read-timeout'"),
    (["--read-timeout", "-2"], "'--read-timeout'"),
    (["--connect-timeout", "-1"], "'--connect-timeout'"),
    (["--max-bytes", "-5"], "'--max-bytes'"),
    (["--max-bytes", "0"], "'--max-bytes'"),
    (["--timeout", "0"], "'--timeout'"),
    (["--url", "not-a-url"], "'not-a-url' is not an http(s) URL"),
    (["--url", "ftp://example.org/a"], "is not an http(s) URL"),
    (["--url", "http://[::1/x"], "is not an http(s) URL"),
    (["--url", "https://"], "is not an http(s) URL"),
])
def test_bad_option_value_is_a_usage_error(args, said):
    result = parse(*args, str(SEED))
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("newsparse: ") and said in line
    assert line.endswith("(try 'newsparse parse --help')")


def test_url_with_several_inputs_is_refused(tmp_path):
    two = tmp_path / "two"
    two.mkdir()
    for name in ("a.txt", "b.txt"):
        (two / name).write_bytes(SEED.read_bytes())
    for inputs in ([str(SEED), str(SEED)], [str(two)]):
        result = parse("--url", "https://example.org/a", *inputs)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert result.stderr == ("newsparse: --url names the page of one input; give it a "
                                 "single INPUT (try 'newsparse parse --help')\n")


def test_url_with_one_input_still_works():
    result = parse("--url", "https://example.org/a", str(SEED))
    assert result.exit_code == 0, result.stderr


def test_bad_values_fail_before_any_url_is_fetched(fault_server):  # noqa: F811
    proc = subprocess.run([NEWSPARSE, "parse", "--read-timeout", "0", f"{fault_server}/ok/1"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.startswith("newsparse: Invalid value for '--read-timeout'")
    assert server_stats(fault_server)["requests"] == 0


@pytest.mark.parametrize("argv", [
    ["parse", "-j", "0", str(SEED)],
    ["parse", "--timeout", "soon", str(SEED)],
    ["parse", "--no-such-option"],
    ["no-such-command"],
])
def test_every_usage_error_is_one_prefixed_line(argv):
    # A real process: what a cron log or a terminal shows.
    proc = subprocess.run([NEWSPARSE, *argv], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert line.startswith("newsparse: ")
    assert "Traceback" not in proc.stderr


def test_environment_values_are_checked_too():
    proc = subprocess.run([NEWSPARSE, "parse", str(SEED)], capture_output=True, text=True,
                          timeout=60, env={"NEWSPARSE_READ_TIMEOUT": "0", "PATH": "/usr/bin"})
    assert proc.returncode == 2
    assert proc.stderr.startswith("newsparse: Invalid value for '--read-timeout' "
                                  "(env var: 'NEWSPARSE_READ_TIMEOUT')")
