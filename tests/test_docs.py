"""The README documents every command and option, and the set-up it promises."""

from __future__ import annotations

import json
import re

import click
from click.testing import CliRunner

from newsparse.cli import cli
from newsparse.cli.messages import exit_code

from .conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def test_readme_opens_with_the_two_setup_commands():
    first_block = README.split("```")[1]
    assert re.findall(r"^make (\w+)", first_block, re.M) == ["run", "test"]


def test_every_command_has_help_and_is_in_readme():
    for name, command in cli.commands.items():
        assert command.help, name
        assert f"newsparse {name}" in README, name


def test_every_parse_option_is_in_readme():
    ctx = click.Context(cli)
    for param in cli.commands["parse"].get_params(ctx):
        if isinstance(param, click.Option) and "--help" not in param.opts:
            assert any(opt in README for opt in param.opts), param.opts


def test_exit_code_table_matches_code():
    assert exit_code(0) == 0 and exit_code(3) == 1
    rows = dict(re.findall(r"^\| ([\d, ]+) \| (.+?) \|$", README, re.M))
    assert set(rows) == {"0", "1", "2", "130, 143"}


def test_readme_record_is_what_newsparse_prints():
    """The README's record is the fixture page's output, less source, body and text."""
    shown = re.search(r"jq 'del\(\.source, \.body, \.text\)'\n```\n\n```json\n(.*?)\n```",
                      README, re.S)
    assert shown, "README shows no record"
    page = ROOT / "tests" / "fixtures" / "html" / "readme-record.html"
    result = CliRunner().invoke(cli, ["parse", str(page), "--url",
                                      "https://www.example.org/news/budget"])
    assert result.exit_code == 0
    record = json.loads(result.output)
    for name in ("source", "body", "text"):
        record.pop(name)
    assert json.loads(shown.group(1)) == record
