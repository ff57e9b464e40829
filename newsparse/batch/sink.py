"""Where a batch's results go, in input order: the stdout line or the -o file first, then the
input marked done in the --state file (the order that makes a kill at any moment safe)."""

from __future__ import annotations

from ..acquire import printable
from ..logs import LazyLogger
from .progress import Progress, Summary
from .records import BatchConfig, OutputClosed, Result, Task

log = LazyLogger(__name__)


class Sink:
    """Where results go, in input order: stdout or --output-dir, then --state."""

    def __init__(self, cfg: BatchConfig, out, summary: Summary, stream_errors: bool,
                 stdin_url: str | None = None) -> None:
        from ..writes import RecordStream

        self.cfg, self.out, self.summary = cfg, RecordStream(out), summary
        self.stdin_url = stdin_url  # --url: names stdin's output file
        self.stream_errors = stream_errors
        self.outdir = self.state = None
        # Imported only when asked for: a one-file run stays as light as it was.
        if cfg.output_dir:
            from ..output import OutputDir

            self.outdir = OutputDir(cfg.output_dir)
        if cfg.state:
            from ..state import State

            self.state = State(cfg.state)
        self.progress = Progress() if cfg.progress else None

    def should_skip(self, key: str | None, stamp: str | None = None) -> bool:
        """True for an input the state database records as done, and unchanged since."""
        if self.state is None or key is None:
            return False
        done = self.state.lookup(key)
        if done is None:
            return False
        status, recorded = done
        if stamp and recorded and stamp != recorded:  # the file was edited: parse it again
            return False
        return status == "ok" or (status == "failed" and not self.cfg.retry_failed)

    def emit(self, task: Task, result: Result) -> None:
        """Write one result, then mark its input done (the order makes a kill safe)."""
        name = None
        if self.outdir:
            from ..output import file_name, stdin_name

            name = (stdin_name(self.stdin_url, result.sha256) if task.spec == "-"
                    else file_name(task.key or task.spec))
        keep = result.ok or self.stream_errors
        if self.outdir and name:
            result, keep = self._write_file(name, result, keep)
        elif keep:
            try:
                # Flushed at once: a pipe sees each article as soon as it is ready.
                self.out.write(result.record + b"\n")
            except BrokenPipeError:
                raise OutputClosed() from None
            except OSError as exc:
                raise OSError(exc.errno, exc.strerror, "<stdout>") from None
        if not result.ok:
            if self.progress:
                self.progress.clear()  # the message gets a line of its own
            log.error("%s: %s", _display(task.spec), result.message)
        if self.state is not None and task.key is not None:
            from ..state import Outcome

            dup = self.state.mark(Outcome(task.key, result.ok, result.sha256, result.error_type,
                                          result.message, name if keep else None, task.stamp))
            if dup:
                self.summary.duplicates += 1
                log.info("%s: same content as %s", _display(task.spec), dup)
        if result.ok:
            self.summary.done += 1
        else:
            self.summary.failed += 1
        if self.progress:
            self.progress.show(self.summary)

    def _write_file(self, name: str, result: Result, keep: bool) -> tuple[Result, bool]:
        """Write (or remove) an input's file; a directory in its way fails that input alone."""
        assert self.outdir is not None
        try:
            if keep:
                self.outdir.write(name, result.record + b"\n")
            else:
                self.outdir.remove(name)
        except IsADirectoryError as exc:
            message = f"cannot write {exc.filename}: a directory is in the way"
            return Result(False, b"", None, "output", message), False
        return result, keep

    def close(self) -> None:
        if self.progress:
            self.progress.clear()
        if self.state is not None:
            self.state.close()


def _display(spec: str) -> str:
    return "<stdin>" if spec == "-" else printable(spec)
