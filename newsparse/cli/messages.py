"""What a run says besides its JSON: `newsparse: ` lines on stderr for log records and usage
errors, exit codes, and a stdout whose reader has gone."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager

import click

from ..logs import NOTICE, after_import, one_line

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def exit_code(failed: int) -> int:
    """0 when every input was parsed, 1 when any failed (2, usage errors, is Click's)."""
    return EXIT_FAILED if failed else EXIT_OK


# Libraries that log chatter (retries, date guesses) we show only with -vv.
_NOISY = ("urllib3", "trafilatura", "htmldate", "courlan", "charset_normalizer", "dateparser")
_HANDLER = None


def _handler():
    """Log lines to stderr as `newsparse: <message>`, through click so tests capture them."""
    global _HANDLER
    if _HANDLER is None:
        import logging

        class ClickHandler(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                try:
                    # A name with a newline in it must not forge a line of its own.
                    line = one_line(record.getMessage())
                    if record.exc_info:  # -vv: the traceback as it is
                        line += "\n" + logging.Formatter().formatException(record.exc_info)
                    click.echo(f"newsparse: {line}", err=True)
                except Exception:  # stderr closed: nowhere left to say it
                    pass

        _HANDLER = ClickHandler()
    return _HANDLER


def setup_logging(verbose: int, quiet: bool) -> None:
    """Send log records to stderr: failures always, the summary unless -q, details with -v.

    Done once `logging` is imported, by us or a library: most runs never log, and so
    never load it (start-up time).
    """
    after_import("logging", lambda: _configure_logging(verbose, quiet))


def _configure_logging(verbose: int, quiet: bool) -> None:
    import logging

    logging.addLevelName(NOTICE, "NOTICE")
    level = logging.ERROR if quiet else {0: NOTICE, 1: logging.INFO}.get(verbose, logging.DEBUG)
    root = logging.getLogger()
    handler = _handler()
    if handler not in root.handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for name in _NOISY:
        logging.getLogger(name).setLevel(logging.DEBUG if verbose >= 2 else logging.CRITICAL)


class UsageLine(click.UsageError):
    """A usage error shown as one `newsparse: ` line, the form of every other message."""

    def show(self, file=None) -> None:
        hint = f" (try '{self.ctx.command_path} --help')" if self.ctx else ""
        click.echo(f"newsparse: {self.format_message()}{hint}", file=file, err=file is None)


@contextmanager
def _usage_lines():
    """Turn Click's usage errors (four lines: usage, hint, blank, error) into a UsageLine."""
    try:
        yield
    except UsageLine:
        raise
    except click.UsageError as exc:
        raise UsageLine(exc.format_message(), exc.ctx) from None


class Cli(click.Group):
    """The command group, its usage errors and its subcommands' in the `newsparse: ` form."""

    def make_context(self, *args, **kwargs):
        with _usage_lines():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx):
        with _usage_lines():  # the subcommand's options are parsed in here
            return super().invoke(ctx)


def drop_stdout() -> None:
    """Point stdout at /dev/null, dropping what is buffered for a reader that is gone."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test runner's stream)
        pass
