"""The command line: a thin Click shell over newsparse.pipeline."""

from __future__ import annotations

import sys

import click

from . import __version__
from .errors import NewsparseError
from .model import ErrorInfo, ErrorRecord, Source
from .settings import Options

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def exit_code(failed: int) -> int:
    """0 when every input was parsed, 1 when any failed (2, usage errors, is Click's)."""
    return EXIT_FAILED if failed else EXIT_OK


def _source_for(spec: str, opts: Options) -> Source:
    kind = "stdin" if spec == "-" else "url" if spec.startswith(("http://", "https://")) else "file"
    if kind == "file":  # [warc] a record of an archive
        from .warc import is_warc

        kind = "warc" if is_warc(spec) else kind
    return Source(input=spec, kind=kind, url=opts.url if kind != "url" else spec)


def _error(spec: str, message: str) -> None:
    click.echo(f"newsparse: {'<stdin>' if spec == '-' else spec}: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="newsparse")
def cli() -> None:
    """Turn news articles (URLs, HTML pages, plain text) into structured JSON."""


@cli.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("--format", "fmt", type=click.Choice(["auto", "html", "text"]), default="auto",
              show_default=True, help="Input format; auto detects HTML by its markup.")
@click.option("--url", metavar="URL", help="Page URL of a file or stdin input (for metadata).")
@click.option("--pretty", is_flag=True, help="Indent the JSON.")
@click.option("--error-records/--no-error-records", default=True, show_default=True,
              help="With several inputs, write an error record for each failed input.")
@click.option("--connect-timeout", type=float, default=10.0, show_default=True,
              help="Seconds to wait for a connection.")
@click.option("--read-timeout", type=float, default=30.0, show_default=True,
              help="Seconds to wait for data from a server.")
@click.option("--max-bytes", type=int, default=20_000_000, show_default=True,
              help="Largest response body accepted, after decompression.")
@click.option("--user-agent", default=Options.user_agent, help="User-Agent header for URLs.")
def parse(inputs: tuple[str, ...], fmt: str, url: str | None, pretty: bool,
          error_records: bool, connect_timeout: float, read_timeout: float, max_bytes: int,
          user_agent: str) -> None:
    """Parse articles into JSON: one object for one input, NDJSON for several.

    INPUT is a file path, an http(s) URL, or - for stdin (the default when stdin is a
    pipe). Exit status: 0 all parsed, 1 some input failed, 2 usage error.
    """
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("no INPUT given and stdin is a terminal")
        inputs = ("-",)
    opts = Options(format=fmt, url=url, connect_timeout=connect_timeout,
                   read_timeout=read_timeout, max_bytes=max_bytes, user_agent=user_agent)
    from .acquire import expand_inputs

    skipped: dict = {}  # [warc] archive -> records that are not pages (issue 5)
    specs = list(expand_inputs(inputs, skipped))
    failed = _run(specs, opts, pretty, error_records and len(specs) > 1)
    for archive, counts in skipped.items():  # [warc]
        _error(archive, counts.describe())
    sys.exit(exit_code(failed))


def _run(inputs: list[str], opts: Options, pretty: bool, error_records: bool) -> int:
    from .pipeline import parse_input
    from .serialize import to_json

    out = click.get_binary_stream("stdout")
    failed = 0
    for spec in inputs:
        try:
            record = parse_input(spec, opts)
        except NewsparseError as exc:
            failed += 1
            _error(spec, str(exc))
            if not error_records:
                continue
            record = ErrorRecord(source=_source_for(spec, opts),
                                 error=ErrorInfo(type=exc.kind, message=str(exc)))
        # One record per line, flushed at once, so a pipe sees each article as it is ready.
        out.write(to_json(record, pretty) + b"\n")
        out.flush()
    return failed


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the output records."""
    import json

    from .schema import output_schema

    click.echo(json.dumps(output_schema(), indent=2))


def main() -> None:
    """Console-script entry point; options also read NEWSPARSE_<OPTION> variables."""
    cli(auto_envvar_prefix="NEWSPARSE")
