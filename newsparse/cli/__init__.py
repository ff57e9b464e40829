"""The command line: a thin Click shell over newsparse's pipeline, batch runner and discovery.

Click is used in this package only. `parse_command` and `urls_command` hold the two working
commands, `options` the options they share, `messages` what a run says on stderr and how it
exits.
"""

from __future__ import annotations

import click

from .. import __version__
from .messages import Cli
from .parse_command import parse
from .urls_command import urls


@click.group(cls=Cli, context_settings={"help_option_names": ["-h", "--help"]})
# Click's own message, given here: its default goes through gettext, which searches the
# disk for translation catalogues at every start.
@click.version_option(__version__, "-V", "--version", prog_name="newsparse",
                      message="%(prog)s, version %(version)s")
def cli() -> None:
    """Turn news articles (URLs, HTML pages, plain text) into structured JSON."""


cli.add_command(parse)
cli.add_command(urls)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the output records."""
    import json

    from ..schema import output_schema

    click.echo(json.dumps(output_schema(), indent=2))


def main() -> None:
    """Console-script entry point; options also read NEWSPARSE_<OPTION> variables."""
    cli(auto_envvar_prefix="NEWSPARSE")
