"""Markdown pieces of the evaluation: tables, figures, and blocks rewritten between markers.

A block of docs/evaluation.md is everything between `<!-- eval:NAME:start -->` and
`<!-- eval:NAME:end -->`; `make eval` rewrites the blocks and keeps the prose around them.
"""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def markers(name: str) -> tuple[str, str]:
    """The start and end comments of the block called `name`."""
    return f"<!-- eval:{name}:start -->", f"<!-- eval:{name}:end -->"


def replace_block(text: str, body: str, start: str, end: str) -> str:
    """`text` with what stands between `start` and `end` replaced by `body` (the pair is
    appended when missing); everything outside the markers is kept as it was."""
    if start not in text or end not in text.partition(start)[2]:
        text = text.rstrip("\n") + f"\n\n{start}\n{end}\n"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    return f"{head}{start}\n{body.strip(chr(10))}\n{end}{tail}"


def write_blocks(path: Path, blocks: dict[str, str]) -> None:
    """Rewrite the named blocks of a markdown file at once (a reader never sees half of it)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    for name, body in blocks.items():
        text = replace_block(text, body, *markers(name))
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def table(head: list[str], rows: list[list[str]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def num(value: float | None, digits: int = 3) -> str:
    """A figure with `digits` decimals, "n/a" when there is none."""
    return "n/a" if value is None else f"{value:.{digits}f}"


def pct(value: float | None) -> str:
    """A share as a percentage with one decimal."""
    return "n/a" if value is None else f"{100 * value:.1f} %"


def ratio(hits: int, total: int) -> str:
    """"hits/total (share)", or "-" when there is nothing to count."""
    return f"{hits}/{total} ({hits / total:.2f})" if total else "-"


def commit() -> str:
    """The short hash of the checked-out tree, "+dirty" when it has uncommitted changes."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              timeout=30).stdout.strip()
    try:
        sha = git("rev-parse", "--short", "HEAD") or "unknown"
        dirty = git("status", "--porcelain", "--untracked-files=no", "--", "newsparse")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return sha + ("+dirty" if dirty else "")


def stamp(commands: list[str] | None = None) -> str:
    """The line under a table: what wrote it, when, on which tree, and the scorers' commands."""
    day = datetime.now(UTC).strftime("%Y-%m-%d")
    alone = " and ".join(f"`{c}`" for c in commands or [])
    return (f"_Written by `make eval` on {day}, commit {commit()}"
            + (f"; the same figures: {alone}" if alone else "") + "._")
